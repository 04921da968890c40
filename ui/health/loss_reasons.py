"""Why customers left or shrank: churned and contracted renewals by reason, with the ARR each
lost (one column per currency, never added across), and the open risks by category."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.health.reasons import LossReasons
from cs_desktop.money import format_money
from ui.account.labels import reason_label, risk_category_label


def _table(name: str) -> QTableWidget:
    table = QTableWidget(0, 0)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _number(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class LossReasonsSection(QWidget):
    """Two small tables: losses by reason over the period, open risks by category now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reasons = _table(self.tr("Why customers left or shrank"))
        self.risks = _table(self.tr("Open risks by category"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Churned and contracted renewals, by reason")))
        left.addWidget(self.reasons, 1)
        left.addWidget(self.note)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Open risks (open or being mitigated), by category")))
        right.addWidget(self.risks, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def set_reasons(self, report: LossReasons) -> None:
        headers = [self.tr("Reason"), self.tr("Churned"), self.tr("Contracted")]
        headers += [self.tr("ARR lost (%1)").replace("%1", code) for code in report.currencies]
        self.reasons.clear()
        self.reasons.setColumnCount(len(headers))
        self.reasons.setHorizontalHeaderLabels(headers)
        self.reasons.setRowCount(len(report.reasons))
        for number, row in enumerate(report.reasons):
            cells = [
                QTableWidgetItem(reason_label(row.reason)),
                _number(str(row.churned)),
                _number(str(row.contracted)),
            ]
            cells += [
                _number(format_money(row.arr_lost[code], code) if code in row.arr_lost else "")
                for code in report.currencies
            ]
            for column, item in enumerate(cells):
                self.reasons.setItem(number, column, item)
        self.note.setText(
            self.tr("No customer left or shrank in this period.")
            if not report.reasons
            else self.tr("ARR lost is before minus after, in each account's own currency.")
        )
        self.risks.clear()
        self.risks.setColumnCount(2)
        self.risks.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Open risks")])
        self.risks.setRowCount(len(report.open_risks))
        for number, (category, count) in enumerate(report.open_risks):
            self.risks.setItem(number, 0, QTableWidgetItem(risk_category_label(category)))
            self.risks.setItem(number, 1, _number(str(count)))

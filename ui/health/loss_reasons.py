"""Why customers left or shrank: churned and contracted renewals by reason, with the ARR each
lost (one column per currency, never added across; beside them, when the book has more than
the reporting currency, the loss converted into it), and the open risks by category."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
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
from ui.translation import Words, is_language_change, number


def _table() -> QTableWidget:
    table = QTableWidget(0, 0)
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
        words = self.words = Words()
        self.report: LossReasons | None = None
        self.reasons = _table()
        words.bind(self.reasons.setAccessibleName, lambda: self.tr("Why customers left or shrank"))
        self.risks = _table()
        words.bind(self.risks.setAccessibleName, lambda: self.tr("Open risks by category"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        left = QVBoxLayout()
        reasons_title = QLabel()
        words.bind(
            reasons_title.setText, lambda: self.tr("Churned and contracted renewals, by reason")
        )
        left.addWidget(reasons_title)
        left.addWidget(self.reasons, 1)
        left.addWidget(self.note)
        right = QVBoxLayout()
        risks_title = QLabel()
        words.bind(
            risks_title.setText,
            lambda: self.tr("Open risks (open or being mitigated), by category"),
        )
        right.addWidget(risks_title)
        right.addWidget(self.risks, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            if self.report is not None:
                self.set_reasons(self.report)
        super().changeEvent(event)

    def set_reasons(self, report: LossReasons) -> None:
        self.report = report
        headers = [self.tr("Reason"), self.tr("Churned"), self.tr("Contracted")]
        headers += [self.tr("ARR lost (%1)").replace("%1", code) for code in report.currencies]
        # Converted only when something needs converting: one currency is shown as it is.
        converted = any(code != report.currency for code in report.currencies)
        if converted:
            headers.append(self.tr("ARR lost, in %1").replace("%1", report.currency))
        self.reasons.clear()
        self.reasons.setColumnCount(len(headers))
        self.reasons.setHorizontalHeaderLabels(headers)
        self.reasons.setRowCount(len(report.reasons))
        missing = "\n".join(gap.message() for gap in report.missing_rates)
        for row_number, row in enumerate(report.reasons):
            cells = [
                QTableWidgetItem(reason_label(row.reason)),
                _number(number(row.churned)),
                _number(number(row.contracted)),
            ]
            cells += [
                _number(format_money(row.arr_lost[code], code) if code in row.arr_lost else "")
                for code in report.currencies
            ]
            if converted:
                value = row.arr_lost_converted
                cell = _number("—" if value is None else format_money(value, report.currency))
                cell.setToolTip(missing)
                cells.append(cell)
            for column, item in enumerate(cells):
                self.reasons.setItem(row_number, column, item)
        if not report.reasons:
            note = self.tr("No customer left or shrank in this period.")
        elif report.missing_rates:
            note = (
                self.tr(
                    "ARR lost is before minus after, in each account's own currency; not converted "
                    "into %1: %2."
                )
                .replace("%1", report.currency)
                .replace("%2", "; ".join(gap.message() for gap in report.missing_rates))
            )
        elif converted:
            total = report.total_lost_converted()
            note = (
                self.tr(
                    "ARR lost is before minus after, in each account's own currency, and in %1 "
                    "at the rate of the day each renewal ended: %2 in all."
                )
                .replace("%1", report.currency)
                .replace("%2", "—" if total is None else format_money(total, report.currency))
            )
        else:
            note = self.tr("ARR lost is before minus after, in each account's own currency.")
        self.note.setText(note)
        self.risks.clear()
        self.risks.setColumnCount(2)
        self.risks.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Open risks")])
        self.risks.setRowCount(len(report.open_risks))
        for row_number, (category, count) in enumerate(report.open_risks):
            self.risks.setItem(row_number, 0, QTableWidgetItem(risk_category_label(category)))
            self.risks.setItem(row_number, 1, _number(number(count)))

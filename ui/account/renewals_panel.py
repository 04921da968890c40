"""Past renewals: period, ARR before and after, outcome."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cs_desktop.account_detail import RenewalRow
from cs_desktop.money import format_money
from cs_desktop.vocabulary import RenewalOutcome
from ui.account.empty_state import EmptyOr
from ui.account.labels import outcome_label

OUTCOME_COLOURS = {
    RenewalOutcome.EXPANDED: QColor(40, 140, 70),
    RenewalOutcome.RENEWED: QColor(40, 140, 70),
    RenewalOutcome.CONTRACTED: QColor(200, 120, 0),
    RenewalOutcome.CHURNED: QColor(200, 40, 40),
}


class RenewalsPanel(EmptyOr):
    def __init__(self, parent: QWidget | None = None) -> None:
        table = QTableWidget(0, 3)
        super().__init__(table, "", parent)
        self.table = table
        self.message.setText(self.tr("No renewals yet: this is the first term."))
        self.table.setAccessibleName(self.tr("Renewals"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Period"), self.tr("ARR before → after"), self.tr("Outcome")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def set_renewals(self, rows: tuple[RenewalRow, ...], currency: str) -> None:
        newest_first = sorted(rows, key=lambda row: row.period_end, reverse=True)
        self.table.setRowCount(len(newest_first))
        for number, row in enumerate(newest_first):
            period = f"{row.period_start.isoformat()} \N{EN DASH} {row.period_end.isoformat()}"
            before = format_money(row.arr_before, currency)
            money = f"{before} → {format_money(row.arr_after, currency)}"
            outcome = QTableWidgetItem(outcome_label(row.outcome))
            outcome.setForeground(OUTCOME_COLOURS[row.outcome])
            self.table.setItem(number, 0, QTableWidgetItem(period))
            amount = QTableWidgetItem(money)
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(number, 1, amount)
            self.table.setItem(number, 2, outcome)
        self.set_empty(not rows)

"""Renewals: the open one's forecast on top, then the past ones (period, ARR, outcome, why).

Double-click (or Enter) edits a past renewal; the context menu edits, deletes and adds; the
Delete key deletes (Ctrl+Z brings it back). The panel only asks: the workspace saves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.account_detail import ForecastRow, RenewalRow
from cs_desktop.book.renewals import needs_reason
from cs_desktop.money import format_money
from cs_desktop.vocabulary import RenewalOutcome
from ui.account.empty_state import EmptyOr
from ui.account.labels import outcome_label, reason_label
from ui.account.record_table import selected_record, set_up_record_table
from ui.dates import period_text
from ui.translation import Words, is_language_change

OUTCOME_COLOURS = {
    RenewalOutcome.EXPANDED: QColor(40, 140, 70),
    RenewalOutcome.RENEWED: QColor(40, 140, 70),
    RenewalOutcome.CONTRACTED: QColor(200, 120, 0),
    RenewalOutcome.CHURNED: QColor(200, 40, 40),
}


class RenewalsPanel(QWidget):
    """The forecast of the open renewal and the table of past ones.

    Signals:
        add_requested: add a past renewal.
        edit_requested(RenewalRow), delete_requested(RenewalRow): about one past renewal.
        forecast_requested: set or edit the forecast.
        clear_forecast_requested, close_requested: clear the forecast, or record the outcome.
    """

    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    forecast_requested = Signal()
    clear_forecast_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        table = QTableWidget(0, 4)
        self.table = table
        words = self.words = Words()
        self.list = EmptyOr(table, "")
        self.message = self.list.message
        words.bind(
            self.message.setText,
            lambda: self.tr(
                "No past renewals recorded.\nAdd the terms that ended, with their outcome."
            ),
        )
        self.rows: tuple[RenewalRow, ...] = ()
        self.forecast: ForecastRow | None = None
        self._currency = "USD"
        words.bind(self.table.setAccessibleName, lambda: self.tr("Renewals"))
        words.bind(
            self.table.setHorizontalHeaderLabels,
            lambda: [
                self.tr("Period"),
                self.tr("ARR before → after"),
                self.tr("Outcome"),
                self.tr("Why"),
            ],
        )
        delete = set_up_record_table(
            self.table,
            on_context_menu=self._on_table_context_menu,
            on_activated=self._on_table_activated,
            on_delete=self._on_delete_key,
        )
        words.bind(delete.setText, lambda: self.tr("Delete renewal"))

        self.forecast_text = QLabel()
        self.forecast_text.setWordWrap(True)
        self.forecast_text.setTextFormat(Qt.TextFormat.PlainText)
        words.bind(self.forecast_text.setAccessibleName, lambda: self.tr("Open renewal forecast"))
        self.forecast_button = QPushButton()
        words.bind(
            self.forecast_button.setToolTip,
            lambda: self.tr("How you expect the open renewal to end"),
        )
        self.forecast_button.clicked.connect(self.forecast_requested)
        self.close_button = QPushButton()
        words.bind(self.close_button.setText, lambda: self.tr("Close renewal…"))
        words.bind(
            self.close_button.setToolTip,
            lambda: self.tr("Record how the open renewal ended; the forecast is then cleared"),
        )
        self.close_button.clicked.connect(self.close_requested)
        self.clear_button = QPushButton()
        words.bind(self.clear_button.setText, lambda: self.tr("Clear forecast"))
        self.clear_button.clicked.connect(self.clear_forecast_requested)
        self.add_button = QPushButton()
        words.bind(self.add_button.setText, lambda: self.tr("Add past renewal…"))
        self.add_button.clicked.connect(self.add_requested)

        # The forecast reads on a line of its own; the buttons follow, the past renewal's last.
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.forecast_button, self.close_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.forecast_text)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.table)
        self.set_forecast(None, "USD")

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            self.set_forecast(self.forecast, self._currency)
            self.set_renewals(self.rows, self._currency)
        super().changeEvent(event)

    def set_forecast(self, forecast: ForecastRow | None, currency: str) -> None:
        self.forecast, self._currency = forecast, currency
        self.close_button.setEnabled(forecast is not None)
        self.clear_button.setEnabled(forecast is not None)
        if forecast is None:
            self.forecast_text.setText(self.tr("Open renewal: no forecast yet."))
            self.forecast_button.setText(self.tr("Forecast…"))
            return
        self.forecast_button.setText(self.tr("Edit forecast…"))
        if needs_reason(forecast.expected_outcome) and forecast.reason is not None:
            text = self.tr("Open renewal: %1 expected (%2% likely), %3 ARR, because of: %4")
            text = text.replace("%4", reason_label(forecast.reason))
        else:
            text = self.tr("Open renewal: %1 expected (%2% likely), %3 ARR")
        self.forecast_text.setText(
            text.replace("%1", outcome_label(forecast.expected_outcome))
            .replace("%2", str(forecast.probability))
            .replace("%3", format_money(forecast.expected_arr, currency))
        )

    def set_renewals(self, rows: tuple[RenewalRow, ...], currency: str) -> None:
        self._currency = currency
        selected = self.selected()
        self.rows = tuple(sorted(rows, key=lambda row: row.period_end, reverse=True))
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            period = period_text(row.period_start, row.period_end)
            before = format_money(row.arr_before, currency)
            money = f"{before} → {format_money(row.arr_after, currency)}"
            outcome = QTableWidgetItem(outcome_label(row.outcome))
            outcome.setForeground(OUTCOME_COLOURS[row.outcome])
            why = reason_label(row.reason) if needs_reason(row.outcome) else ""
            amount = QTableWidgetItem(money)
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            reason = QTableWidgetItem(why)
            reason.setToolTip(row.reason_note or why)
            for column, item in enumerate((QTableWidgetItem(period), amount, outcome, reason)):
                self.table.setItem(number, column, item)
            if selected is not None and row.id == selected.id:
                self.table.selectRow(number)
        self.set_empty(not rows)

    def set_empty(self, empty: bool) -> None:
        self.list.set_empty(empty)

    def is_empty(self) -> bool:
        return self.list.is_empty()

    def selected(self) -> RenewalRow | None:
        return selected_record(self.table, self.rows)

    def select(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setFocus()

    def context_menu(self, renewal: RenewalRow | None) -> QMenu:
        """The menu for ``renewal`` (or for the empty space under the rows)."""
        menu = QMenu(self)
        if renewal is not None:
            menu.addAction(self.tr("&Edit…"), lambda: self.edit_requested.emit(renewal))
            menu.addAction(self.tr("De&lete"), lambda: self.delete_requested.emit(renewal))
            menu.addSeparator()
        menu.addAction(self.tr("&Add past renewal…"), self.add_requested.emit)
        menu.addAction(self.forecast_button.text(), self.forecast_requested.emit)
        return menu

    def _on_table_context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        renewal = self.rows[index.row()] if index.isValid() else None
        if index.isValid():
            self.table.selectRow(index.row())
        self.context_menu(renewal).exec(self.table.viewport().mapToGlobal(position))

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self.rows):
            self.edit_requested.emit(self.rows[index.row()])

    def _on_delete_key(self) -> None:
        renewal = self.selected()
        if renewal is not None:
            self.delete_requested.emit(renewal)

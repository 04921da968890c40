"""The account's risk register: what stands between the customer and their goals.

Unresolved risks first. Double-click (or Enter) edits; the context menu edits, deletes and
adds; the Delete key deletes (Ctrl+Z brings it back). The panel only asks: the workspace saves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.account_detail import RiskRow
from cs_desktop.vocabulary import RiskStatus
from ui.account.empty_state import EmptyOr
from ui.account.labels import risk_category_label, risk_status_label
from ui.account.record_table import selected_record, set_up_record_table
from ui.dates import date_text
from ui.translation import Words, is_language_change


class RisksPanel(QWidget):
    """The risks table (or what to do when there is none yet) and "Add risk".

    Signals:
        add_requested: the user wants to add a risk.
        edit_requested(RiskRow), delete_requested(RiskRow): about one risk.
    """

    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        table = QTableWidget(0, 5)
        self.table = table
        words = self.words = Words()
        self.list = EmptyOr(table, "")
        self.message = self.list.message
        words.bind(
            self.message.setText,
            lambda: self.tr(
                "No risks recorded.\nNote what could stop this customer succeeding: "
                "low adoption, a sponsor leaving, a product gap, budget, a competitor."
            ),
        )
        self.rows: tuple[RiskRow, ...] = ()
        words.bind(self.table.setAccessibleName, lambda: self.tr("Risks"))
        words.bind(
            self.table.setHorizontalHeaderLabels,
            lambda: [
                self.tr("Category"),
                self.tr("Status"),
                self.tr("Found"),
                self.tr("Resolved"),
                self.tr("Note"),
            ],
        )
        delete = set_up_record_table(
            self.table,
            on_context_menu=self._on_table_context_menu,
            on_activated=self._on_table_activated,
            on_delete=self._on_delete_key,
        )
        words.bind(delete.setText, lambda: self.tr("Delete risk"))

        self.add_button = QPushButton()
        words.bind(self.add_button.setText, lambda: self.tr("Add risk…"))
        self.add_button.clicked.connect(self.add_requested)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.table)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            self.set_risks(self.rows)
        super().changeEvent(event)

    def set_risks(self, rows: tuple[RiskRow, ...]) -> None:
        selected = self.selected()
        self.rows = rows
        self.table.setRowCount(len(rows))
        faded = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for number, row in enumerate(rows):
            note = " ".join(row.note.split())
            cells = (
                risk_category_label(row.category),
                risk_status_label(row.status),
                date_text(row.found_on),
                date_text(row.resolved_on) if row.resolved_on else "",
                note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(row.note if column == 4 else text)
                if row.status == RiskStatus.RESOLVED:
                    item.setForeground(faded)
                self.table.setItem(number, column, item)
            if selected is not None and row.id == selected.id:
                self.table.selectRow(number)
        self.set_empty(not rows)

    def open_count(self) -> int:
        return sum(row.status != RiskStatus.RESOLVED for row in self.rows)

    def set_empty(self, empty: bool) -> None:
        self.list.set_empty(empty)

    def is_empty(self) -> bool:
        return self.list.is_empty()

    def selected(self) -> RiskRow | None:
        return selected_record(self.table, self.rows)

    def select(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setFocus()

    def context_menu(self, risk: RiskRow | None) -> QMenu:
        """The menu for ``risk`` (or for the empty space under the rows)."""
        menu = QMenu(self)
        if risk is not None:
            menu.addAction(self.tr("&Edit…"), lambda: self.edit_requested.emit(risk))
            menu.addAction(self.tr("De&lete"), lambda: self.delete_requested.emit(risk))
            menu.addSeparator()
        menu.addAction(self.tr("&Add risk…"), self.add_requested.emit)
        return menu

    def _on_table_context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        risk = self.rows[index.row()] if index.isValid() else None
        if index.isValid():
            self.table.selectRow(index.row())
        self.context_menu(risk).exec(self.table.viewport().mapToGlobal(position))

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self.rows):
            self.edit_requested.emit(self.rows[index.row()])

    def _on_delete_key(self) -> None:
        risk = self.selected()
        if risk is not None:
            self.delete_requested.emit(risk)

"""The account's stakeholders: who they are, their role, how to reach them.

Double-click (or Enter) edits a person; the context menu edits, deactivates or reactivates,
and deletes; the Delete key deactivates someone active and offers to delete someone who
already left. The panel only asks: the workspace saves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
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

from cs_desktop.account_detail import StakeholderRow
from ui.account.empty_state import EmptyOr
from ui.account.labels import role_label
from ui.account.record_table import selected_record, set_up_record_table
from ui.translation import Words, is_language_change


class StakeholdersPanel(QWidget):
    """The stakeholders table (or what to do when there is nobody yet) and "Add stakeholder".

    Signals:
        add_requested: the user wants to add someone.
        edit_requested(StakeholderRow), delete_requested(StakeholderRow): about one person.
        active_requested(StakeholderRow, bool): deactivate (False) or reactivate (True).
    """

    add_requested = Signal()
    edit_requested = Signal(object)
    active_requested = Signal(object, bool)
    delete_requested = Signal(object)

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
                "No stakeholders recorded.\nAdd the decision maker and a champion first."
            ),
        )
        self.rows: tuple[StakeholderRow, ...] = ()
        words.bind(self.table.setAccessibleName, lambda: self.tr("Stakeholders"))
        words.bind(
            self.table.setHorizontalHeaderLabels,
            lambda: [self.tr("Name"), self.tr("Role"), self.tr("Title"), self.tr("Email")],
        )
        delete = set_up_record_table(
            self.table,
            on_context_menu=self._on_table_context_menu,
            on_activated=self._on_table_activated,
            on_delete=self._on_delete_key,
        )
        words.bind(delete.setText, lambda: self.tr("Deactivate or delete"))

        self.add_button = QPushButton()
        words.bind(self.add_button.setText, lambda: self.tr("Add stakeholder…"))
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
            self.set_stakeholders(self.rows)
        super().changeEvent(event)

    def set_stakeholders(self, rows: tuple[StakeholderRow, ...]) -> None:
        selected = self.selected()
        self.rows = rows
        self.table.setRowCount(len(rows))
        faded = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for number, row in enumerate(rows):
            name = row.name if row.active else self.tr("%1 (left)").replace("%1", row.name)
            cells = (name, role_label(row.role), row.title or "", row.email or row.phone or "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if not row.active:
                    item.setForeground(faded)
                self.table.setItem(number, column, item)
            if selected is not None and row.id == selected.id:
                self.table.selectRow(number)
        self.set_empty(not rows)

    def set_empty(self, empty: bool) -> None:
        self.list.set_empty(empty)

    def is_empty(self) -> bool:
        return self.list.is_empty()

    def selected(self) -> StakeholderRow | None:
        return selected_record(self.table, self.rows)

    def select(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setFocus()

    def context_menu(self, person: StakeholderRow | None) -> QMenu:
        """The menu for ``person`` (or for the empty space under the rows)."""
        menu = QMenu(self)
        if person is not None:
            menu.addAction(self.tr("&Edit…"), lambda: self.edit_requested.emit(person))
            if person.active:
                menu.addAction(
                    self.tr("&Deactivate (left the customer)"),
                    lambda: self.active_requested.emit(person, False),
                )
            else:
                menu.addAction(
                    self.tr("&Reactivate"), lambda: self.active_requested.emit(person, True)
                )
            menu.addAction(self.tr("De&lete…"), lambda: self.delete_requested.emit(person))
            menu.addSeparator()
        menu.addAction(self.tr("&Add stakeholder…"), self.add_requested.emit)
        return menu

    def _on_table_context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        person = self.rows[index.row()] if index.isValid() else None
        if index.isValid():
            self.table.selectRow(index.row())
        self.context_menu(person).exec(self.table.viewport().mapToGlobal(position))

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self.rows):
            self.edit_requested.emit(self.rows[index.row()])

    def _on_delete_key(self) -> None:
        person = self.selected()
        if person is None:
            return
        if person.active:
            self.active_requested.emit(person, False)
        else:
            self.delete_requested.emit(person)

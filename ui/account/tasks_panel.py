"""The account's tasks with check boxes; ticking one is an undoable edit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from cs_desktop.account_detail import TaskRow
from ui.account.empty_state import EmptyOr

OVERDUE_COLOUR = QColor(198, 40, 40)


class TasksPanel(EmptyOr):
    """Open tasks first, then done ones; emits ``done_toggled(task_id, done, title)``."""

    done_toggled = Signal(int, bool, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        tasks = QListWidget()
        super().__init__(tasks, "", parent)
        self.list = tasks
        self.message.setText(
            self.tr("No tasks.\nThe next steps of a touchpoint become tasks here.")
        )
        self.list.setAccessibleName(self.tr("Tasks; space ticks the selected one"))
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self._filling = False

    def set_tasks(self, rows: tuple[TaskRow, ...], today: date) -> None:
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self._filling = True  # programmatic check states are not the user's edits
        self.list.clear()
        faded = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row in rows:
            due = ""
            if row.due is not None:
                due = "  —  " + self.tr("due %1").replace("%1", row.due.isoformat())
            item = QListWidgetItem(row.title + due)
            item.setToolTip(row.title)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, row.title)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked)
            if row.done:
                font = QFont(self.list.font())
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(faded)
            elif row.due is not None and row.due < today:
                item.setForeground(OVERDUE_COLOUR)
            self.list.addItem(item)
            if row.id == keep:
                self.list.setCurrentItem(item)
        self._filling = False
        self.set_empty(not rows)

    def open_count(self) -> int:
        return sum(
            self.list.item(i).checkState() == Qt.CheckState.Unchecked
            for i in range(self.list.count())
        )

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        done = item.checkState() == Qt.CheckState.Checked
        self.done_toggled.emit(
            item.data(Qt.ItemDataRole.UserRole), done, item.data(Qt.ItemDataRole.UserRole + 1)
        )

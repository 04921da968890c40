"""The account's tasks with check boxes; ticking, adding, editing and deleting are undoable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.account_detail import TaskRow
from cs_desktop.book import tasks
from cs_desktop.ids import AccountId, TaskId
from ui.account.empty_state import EmptyOr
from ui.account.record_dialog import on_delete_key, open_dialog
from ui.account.task_form import TaskDialog
from ui.dates import date_text, datetime_text
from ui.operations import save_records
from ui.tasks import TaskRunner
from ui.translation import Words, is_language_change

OVERDUE_COLOUR = QColor(198, 40, 40)
TASK_ROW = Qt.ItemDataRole.UserRole + 2


class TasksPanel(EmptyOr):
    """Open tasks first, then done ones; emits ``done_toggled(task_id, done, title)``."""

    done_toggled = Signal(int, bool, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        self.list = QListWidget()
        content = QWidget()
        super().__init__(content, "", parent)
        self.runner: TaskRunner | None = None
        self.undo_stack: QUndoStack | None = None
        self._account_id: Callable[[], AccountId] | None = None
        words = self.words = Words()
        self._shown: tuple[tuple[TaskRow, ...], date] | None = None
        words.bind(
            self.message.setText,
            lambda: self.tr("No tasks.\nThe next steps of a touchpoint become tasks here."),
        )
        words.bind(
            self.list.setAccessibleName, lambda: self.tr("Tasks; space ticks the selected one")
        )
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.itemDoubleClicked.connect(lambda item: self.edit_task(item))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu_requested)
        on_delete_key(self.list, lambda: self.delete_task(self.list.currentItem()))
        self.add_button = QPushButton()
        words.bind(self.add_button.setText, lambda: self.tr("&Add task…"))
        self.add_button.clicked.connect(lambda: self.add_task())
        self.empty_add_button = QPushButton()
        words.bind(self.empty_add_button.setText, lambda: self.tr("&Add task…"))
        self.empty_add_button.clicked.connect(lambda: self.add_task())
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(bar)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        self.removeWidget(self.message)
        empty_layout.addWidget(self.message)
        empty_layout.addWidget(self.empty_add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.empty_page = empty
        self.addWidget(empty)
        self.setFocusProxy(self.list)
        self._filling = False

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            if self._shown is not None:
                self.set_tasks(*self._shown)
        super().changeEvent(event)

    def set_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty_page if empty else self.content)

    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty_page

    def enable_editing(
        self, runner: TaskRunner, undo_stack: QUndoStack, account_id: Callable[[], AccountId]
    ) -> None:
        """Let the panel add, edit and delete tasks."""
        self.runner, self.undo_stack, self._account_id = runner, undo_stack, account_id

    def set_tasks(self, rows: tuple[TaskRow, ...], today: date) -> None:
        self._shown = (rows, today)
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self._filling = True  # programmatic check states are not the user's edits
        self.list.clear()
        faded = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row in rows:
            due = ""
            if row.due is not None:
                due = "  —  " + self.tr("due %1").replace("%1", date_text(row.due))
            if row.remind_at is not None and not row.done:
                due += "  —  " + self.tr("reminder %1").replace("%1", datetime_text(row.remind_at))
            item = QListWidgetItem(row.title + due)
            item.setToolTip(row.title)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, row.title)
            item.setData(TASK_ROW, row)
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

    def item_of(self, task_id: int) -> QListWidgetItem | None:
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == task_id:
                return item
        return None

    # -- editing -------------------------------------------------------------------------------
    def add_task(self) -> QDialog | None:
        if self.runner is None or self.undo_stack is None or self._account_id is None:
            return None
        dialog = TaskDialog(self._account_id(), None, self.runner, self.undo_stack, self)
        return open_dialog(dialog)

    def edit_task(self, item: QListWidgetItem | None) -> QDialog | None:
        row = item.data(TASK_ROW) if item is not None else None
        if row is None or self.runner is None or self.undo_stack is None:
            return None
        if self._account_id is None:
            return None
        dialog = TaskDialog(self._account_id(), row, self.runner, self.undo_stack, self)
        return open_dialog(dialog)

    def delete_task(self, item: QListWidgetItem | None) -> None:
        """Delete the task of ``item`` (Ctrl+Z brings it back)."""
        row = item.data(TASK_ROW) if item is not None else None
        if row is None or self.runner is None or self.undo_stack is None:
            return
        runner, task_id, text = self.runner, TaskId(row.id), self.tr("Delete task")
        save_records(
            self.undo_stack,
            runner,
            text,
            lambda s: tasks.delete_task(s, task_id),
            on_error=lambda error: runner.report_failure(text, error),
        )

    def context_menu(self, item: QListWidgetItem | None) -> QMenu:
        """The menu for ``item`` (None: the list's empty space)."""
        menu = QMenu(self)
        if item is not None:
            menu.addAction(self.tr("&Edit…"), lambda: self.edit_task(item))
            done = item.checkState() == Qt.CheckState.Checked
            menu.addAction(
                self.tr("&Reopen") if done else self.tr("Mark &done"),
                lambda: item.setCheckState(
                    Qt.CheckState.Unchecked if done else Qt.CheckState.Checked
                ),
            )
            menu.addAction(self.tr("&Delete"), lambda: self.delete_task(item))
            menu.addSeparator()
        menu.addAction(self.tr("&Add task…"), lambda: self.add_task())
        return menu

    def _on_list_context_menu_requested(self, point: QPoint) -> None:
        item = self.list.itemAt(point)
        if item is not None:
            self.list.setCurrentItem(item)
        menu = self.context_menu(item)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.list.viewport().mapToGlobal(point))

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        done = item.checkState() == Qt.CheckState.Checked
        self.done_toggled.emit(
            item.data(Qt.ItemDataRole.UserRole), done, item.data(Qt.ItemDataRole.UserRole + 1)
        )

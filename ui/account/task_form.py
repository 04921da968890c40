"""The task editor: a title, an optional due date and reminder, done or not."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from cs_desktop.account_detail import TaskRow
from cs_desktop.book import tasks
from cs_desktop.ids import AccountId, TaskId
from ui.account.record_dialog import RecordDialog
from ui.forms import OptionalDateEdit, OptionalDateTimeEdit
from ui.operations import RecordWrite
from ui.tasks import TaskRunner


class TaskDialog(RecordDialog):
    """Add a task to the account (``task`` None) or edit one."""

    def __init__(
        self,
        account_id: AccountId,
        task: TaskRow | None,
        runner: TaskRunner,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New task") if task is None else self.tr("Edit task")
        super().__init__(title, runner, undo_stack, parent)
        self.account_id, self.task = account_id, task
        self.title = QLineEdit()
        self.title.setMaxLength(tasks.TITLE_MAX)
        self.title.setPlaceholderText(self.tr("e.g. Send the rollout plan to the project team"))
        self.title.setAccessibleName(self.tr("Task"))
        self.due = OptionalDateEdit(self.tr("Due"))
        self.remind = OptionalDateTimeEdit(self.tr("Reminder"))
        self.remind.setToolTip(self.tr("The app reminds you in the system tray while it runs"))
        # Not "done": that name is QDialog's own slot.
        self.done_box = QCheckBox(self.tr("Done"))
        self.add_field("title", self.tr("&Task:"), self.title)
        self.add_field("due", self.tr("&Due:"), self.due)
        self.add_field("remind_at", self.tr("&Remind me:"), self.remind)
        self.add_field("done", "", self.done_box)
        if task is not None:
            self.title.setText(task.title)
            self.due.set_date(task.due)
            self.remind.set_moment(task.remind_at)
            self.done_box.setChecked(task.done)
        self.title.setFocus()

    def undo_text(self) -> str:
        return self.tr("Add task") if self.task is None else self.tr("Edit task")

    def write(self) -> RecordWrite:
        values = {
            "title": self.title.text(),
            "due": self.due.date(),
            "remind_at": self.remind.moment(),
            "done": self.done_box.isChecked(),
        }
        if self.task is None:
            account_id = self.account_id
            return lambda s: tasks.add_task(s, account_id, values)
        task_id = TaskId(self.task.id)
        return lambda s: tasks.update_task(s, task_id, values)

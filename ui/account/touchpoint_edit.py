"""Editing a touchpoint after the fact: the capture form, filled in, saving over the original."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from cs_desktop.account_detail import StakeholderRow, TouchpointRow
from cs_desktop.book import touchpoints
from cs_desktop.ids import AccountId, StakeholderId
from cs_desktop.record_edits import RecordEdit, RecordRejected
from ui.account.record_dialog import problem_text
from ui.account.touchpoint_capture import TouchpointCaptureDialog
from ui.forms import SaveErrors
from ui.operations import save_records
from ui.tasks import TaskRunner, message_for


class TouchpointEditDialog(TouchpointCaptureDialog):
    """The touchpoint ``row`` in the capture form; Save rewrites it (one undoable step)."""

    def __init__(
        self,
        account_id: AccountId,
        row: TouchpointRow,
        attendees: tuple[StakeholderId, ...],
        stakeholders: tuple[StakeholderRow, ...],
        runner: TaskRunner,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        # People who attended but have left the account since stay on the list.
        present = set(attendees)
        shown = tuple(p for p in stakeholders if p.active or p.id in present)
        shown = tuple(
            StakeholderRow(p.id, p.name, p.title, p.role, p.email, p.phone, True) for p in shown
        )
        super().__init__(account_id, shown, runner, undo_stack, parent)
        self.row = row
        self.setWindowTitle(self.tr("Edit touchpoint"))
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
        local = row.occurred_at.astimezone()
        self.when.setDateTime(
            QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second)
        )
        self.title.setText(row.title)
        self.notes.setPlainText(row.notes)
        self.others.setText(row.other_attendees)
        self.product.set_value(row.product_satisfied)
        self.service.set_value(row.service_satisfied)
        self.statement.setPlainText(row.customer_statement)
        self.need.setPlainText(row.inferred_need)
        self.next_steps.setPlainText(row.next_steps)
        self.internal.setChecked(row.internal)
        self.next_steps.setPlaceholderText(self.tr("What happens next"))
        for index in range(self.attendees.count()):
            item = self.attendees.item(index)
            if item.data(Qt.ItemDataRole.UserRole) in present:
                item.setCheckState(Qt.CheckState.Checked)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self._clear_errors()
        if not self.title.text().strip():
            self._show_title_error(self.tr("A touchpoint needs a title."))
            return
        self.save_button.setEnabled(False)
        text = self.tr("Edit touchpoint")
        self._errors = SaveErrors(self.runner, text, self._on_save_failed)  # type: ignore[assignment]
        draft, touchpoint_id = self.draft(), self.row.id
        save_records(
            self.undo_stack,
            self.runner,
            text,
            lambda s: touchpoints.update_touchpoint(s, touchpoint_id, draft),
            self._on_edit_saved,
            self._errors,
        )

    def _on_edit_saved(self, _edits: tuple[RecordEdit, ...]) -> None:
        self._errors.saved = True
        self.accept()

    def _on_save_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, RecordRejected):
            problems = dict(error.errors)
            title = problems.pop("title", None)
            if title is not None:
                self._show_title_error(problem_text(title))
            if not problems:
                return
            message = "\n".join(problem_text(problem) for problem in problems.values())
        else:
            message = message_for(error)
        self.error.setText(self.tr("Not saved: %1").replace("%1", message))
        self.error.show()

"""Acknowledging and snoozing an early warning from My day: one step of undo each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from cs_desktop.ids import HealthWarningId
from cs_desktop.my_day import Triage, TriageEdit, set_triage
from ui.tasks import TaskRunner
from ui.translation import translation_context

Edits = translation_context("Edits")


class TriageCommand(QUndoCommand):
    """An episode's triage, saved before it was pushed; undo puts back what it was."""

    def __init__(self, text: str, edit: TriageEdit, runner: TaskRunner) -> None:
        super().__init__(text)
        self.edit, self.runner = edit, runner
        self._skip_first_redo = True  # already applied

    def _write(self, what: str, triage: Triage) -> None:
        warning_id = self.edit.warning_id
        self.runner.write(
            what,
            lambda s: set_triage(s, warning_id, triage),
            changes_of=lambda edit: edit.changes,
        )

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._write(self.text(), self.edit.after)

    def undo(self) -> None:
        self._write(Edits.tr("Undo %1").replace("%1", self.text()), self.edit.before)


def triage_warning(
    stack: QUndoStack,
    runner: TaskRunner,
    warning_id: HealthWarningId,
    triage: Triage,
    text: str,
    on_done: Callable[[TriageEdit], None] | None = None,
) -> None:
    """Save an episode's triage now (acknowledged, or snoozed); once saved, Ctrl+Z undoes it."""

    def saved(edit: TriageEdit) -> None:
        stack.push(TriageCommand(text, edit, runner))
        if on_done is not None:
            on_done(edit)

    runner.write(
        text,
        lambda s: set_triage(s, warning_id, triage),
        saved,
        changes_of=lambda edit: edit.changes,
    )

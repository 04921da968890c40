"""Undoable edits: each runs its core function on the writer thread through the TaskRunner.

The first run happens before the command is pushed (so a rejected edit never enters the undo
history); ``redo`` after an undo replays it with the same uids.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import reduce
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from cs_desktop.changes import Changes
from cs_desktop.edits import (
    AddedTouchpoint,
    MovedStage,
    TouchpointDraft,
    add_touchpoint,
    change_stage,
    remove_touchpoint,
    revert_stage_change,
    set_task_done,
)
from cs_desktop.ids import AccountId, TaskId
from cs_desktop.models import Stage
from cs_desktop.record_edits import RecordEdit, reverse_all
from ui.account.labels import stage_label
from ui.tasks import TaskRunner
from ui.translation import translation_context

ErrorHandler = Callable[[Exception], None]


Edits = translation_context("Edits")


def _log_text(draft: TouchpointDraft) -> str:
    return Edits.tr("Log “%1”").replace("%1", draft.title)


def _move_text(stage: Stage) -> str:
    return Edits.tr("Move to %1").replace("%1", stage_label(stage))


def _task_text(done: bool, title: str) -> str:
    text = Edits.tr("Complete task “%1”") if done else Edits.tr("Reopen task “%1”")
    return text.replace("%1", title)


class _AsyncCommand(QUndoCommand):
    def __init__(self, text: str, runner: TaskRunner, on_error: ErrorHandler | None) -> None:
        super().__init__(text)
        self.runner = runner
        self.on_error = on_error
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:  # already applied before being pushed
            self._skip_first_redo = False
            return
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError

    def undo_text(self) -> str:
        """What the undo of this step is called while it runs (and in its error messages)."""
        return Edits.tr("Undo %1").replace("%1", self.text())


class AddTouchpointCommand(_AsyncCommand):
    def __init__(
        self,
        draft: TouchpointDraft,
        added: AddedTouchpoint,
        runner: TaskRunner,
        on_error: ErrorHandler | None,
    ) -> None:
        super().__init__(_log_text(draft), runner, on_error)
        self.draft = replace(draft, uid=added.uid, task_uids=added.task_uids)
        self.added = added

    def apply(self) -> None:
        def done(added: AddedTouchpoint) -> None:
            self.added = added

        self.runner.write(self.text(), lambda s: add_touchpoint(s, self.draft), done, self.on_error)

    def undo(self) -> None:
        added = self.added
        self.runner.write(
            self.undo_text(),
            lambda s: remove_touchpoint(s, added.touchpoint_id, added.task_ids),
            on_error=self.on_error,
        )


class ChangeStageCommand(_AsyncCommand):
    def __init__(
        self,
        account_id: AccountId,
        to_stage: Stage,
        note: str,
        moved: MovedStage,
        runner: TaskRunner,
        on_error: ErrorHandler | None,
    ) -> None:
        super().__init__(_move_text(to_stage), runner, on_error)
        self.account_id, self.to_stage, self.note, self.moved = account_id, to_stage, note, moved

    def apply(self) -> None:
        def done(moved: MovedStage) -> None:
            self.moved = moved

        uid = self.moved.uid
        self.runner.write(
            self.text(),
            lambda s: change_stage(s, self.account_id, self.to_stage, self.note, uid=uid),
            done,
            self.on_error,
        )

    def undo(self) -> None:
        change_id = self.moved.stage_change_id
        self.runner.write(
            self.undo_text(),
            lambda s: revert_stage_change(s, change_id),
            on_error=self.on_error,
        )


class TaskDoneCommand(_AsyncCommand):
    def __init__(
        self,
        task_id: TaskId,
        done: bool,
        title: str,
        runner: TaskRunner,
        on_error: ErrorHandler | None,
    ) -> None:
        super().__init__(_task_text(done, title), runner, on_error)
        self.task_id, self.done = task_id, done

    def apply(self) -> None:
        self.runner.write(
            self.text(),
            lambda s: set_task_done(s, self.task_id, self.done),
            on_error=self.on_error,
        )

    def undo(self) -> None:
        self.runner.write(
            self.undo_text(),
            lambda s: set_task_done(s, self.task_id, not self.done),
            on_error=self.on_error,
        )


def log_touchpoint(
    stack: QUndoStack,
    runner: TaskRunner,
    draft: TouchpointDraft,
    on_done: Callable[[AddedTouchpoint], None] | None = None,
    on_error: ErrorHandler | None = None,
) -> None:
    """Save a touchpoint now; once saved, it can be undone."""

    def saved(added: AddedTouchpoint) -> None:
        stack.push(AddTouchpointCommand(draft, added, runner, on_error))
        if on_done is not None:
            on_done(added)

    runner.write(_log_text(draft), lambda s: add_touchpoint(s, draft), saved, on_error)


def move_stage(
    stack: QUndoStack,
    runner: TaskRunner,
    account_id: AccountId,
    to_stage: Stage,
    note: str,
    on_done: Callable[[MovedStage], None] | None = None,
    on_error: ErrorHandler | None = None,
) -> None:
    """Move an account's stage now; once saved, it can be undone."""

    def saved(moved: MovedStage) -> None:
        stack.push(ChangeStageCommand(account_id, to_stage, note, moved, runner, on_error))
        if on_done is not None:
            on_done(moved)

    runner.write(
        _move_text(to_stage),
        lambda s: change_stage(s, account_id, to_stage, note),
        saved,
        on_error,
    )


def mark_task_done(
    stack: QUndoStack,
    runner: TaskRunner,
    task_id: TaskId,
    done: bool,
    title: str,
    on_error: ErrorHandler | None = None,
) -> None:
    def saved(_changes: object) -> None:
        stack.push(TaskDoneCommand(task_id, done, title, runner, on_error))

    runner.write(
        _task_text(done, title),
        lambda s: set_task_done(s, task_id, done),
        saved,
        on_error,
    )


RecordWrite = Callable[[Any], RecordEdit | Sequence[RecordEdit]]
"""Edits of records made in one transaction: ``write(session)`` returns what it did."""


def _edits(result: RecordEdit | Sequence[RecordEdit]) -> tuple[RecordEdit, ...]:
    return (result,) if isinstance(result, RecordEdit) else tuple(result)


def changes_of_edits(edits: Sequence[RecordEdit]) -> Changes:
    return reduce(lambda total, edit: total | edit.changes, edits, Changes())


class RecordEditsCommand(_AsyncCommand):
    """Edits of records saved together; undo reverses them all, redo reverses the reversal."""

    def __init__(
        self,
        text: str,
        edits: tuple[RecordEdit, ...],
        runner: TaskRunner,
        on_error: ErrorHandler | None,
    ) -> None:
        super().__init__(text, runner, on_error)
        self.edits = edits
        self._reversal: tuple[RecordEdit, ...] = ()

    def apply(self) -> None:
        def done(edits: tuple[RecordEdit, ...]) -> None:
            self.edits = edits

        reversal = self._reversal
        self.runner.write(
            self.text(),
            lambda s: reverse_all(s, reversal),
            done,
            self.on_error,
            changes_of=changes_of_edits,
        )

    def undo(self) -> None:
        def done(reversal: tuple[RecordEdit, ...]) -> None:
            self._reversal = reversal

        edits = self.edits
        self.runner.write(
            self.undo_text(),
            lambda s: reverse_all(s, edits),
            done,
            self.on_error,
            changes_of=changes_of_edits,
        )


def save_records(
    stack: QUndoStack,
    runner: TaskRunner,
    text: str,
    write: RecordWrite,
    on_done: Callable[[tuple[RecordEdit, ...]], None] | None = None,
    on_error: ErrorHandler | None = None,
) -> None:
    """Save edits of records now, as one transaction; once saved, Ctrl+Z undoes them.

    A rejected edit (:class:`~cs_desktop.record_edits.RecordRejected`) reaches ``on_error``
    with each field's problem and never enters the undo history.
    """

    def saved(edits: tuple[RecordEdit, ...]) -> None:
        if edits:
            stack.push(RecordEditsCommand(text, edits, runner, on_error))
        if on_done is not None:
            on_done(edits)

    runner.write(text, lambda s: _edits(write(s)), saved, on_error, changes_of=changes_of_edits)

"""What the sync does not send is marked "this computer only" where it is edited; what it
sends is not."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from cs_desktop.vocabulary import Stage
from tests.support.factories import add_account
from ui.account.account_form import AccountFormDialog
from ui.account.renewal_form import RenewalFormDialog
from ui.account.risk_form import RiskFormDialog
from ui.account.stage_note_dialog import StageNoteDialog
from ui.account.task_form import TaskDialog
from ui.tasks import ChangeHub, TaskRunner


def _notes(widget: object) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel, "localOnly")]  # type: ignore[attr-defined]


def test_risks_and_stage_reasons_say_they_stay_here(qtbot, store) -> None:
    runner = TaskRunner(store, ChangeHub())
    account_id = add_account(store, "Acme")
    risk = RiskFormDialog(runner, QUndoStack(), account_id)
    stage = StageNoteDialog("Acme", Stage.SALES, Stage.DELIVERY)
    for dialog in (risk, stage):
        qtbot.addWidget(dialog)
        [note] = _notes(dialog)
        assert note.startswith("This computer only")
        label = dialog.findChild(QLabel, "localOnly")
        assert "accounts, stakeholders, touchpoints" in label.toolTip()
    runner.shutdown()


def test_synced_records_carry_no_such_note(qtbot, store) -> None:
    runner = TaskRunner(store, ChangeHub())
    account_id = add_account(store, "Acme")
    for dialog in (
        AccountFormDialog(runner, QUndoStack()),
        TaskDialog(account_id, None, runner, QUndoStack()),
        RenewalFormDialog(runner, QUndoStack(), account_id, "USD"),
    ):
        qtbot.addWidget(dialog)
        assert _notes(dialog) == []
    runner.shutdown()


def test_the_internal_mark_of_a_touchpoint_says_it_stays_here(qtbot, store) -> None:
    from ui.account.touchpoint_capture import TouchpointCaptureDialog

    runner = TaskRunner(store, ChangeHub())
    dialog = TouchpointCaptureDialog(add_account(store, "Acme"), (), runner, QUndoStack())
    qtbot.addWidget(dialog)
    assert "This computer only" in dialog.internal.toolTip()
    runner.shutdown()

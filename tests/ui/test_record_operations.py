"""Saving records from the window: one transaction, announced to the views, undone by Ctrl+Z."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QUndoStack

from cs_desktop.changes import Changes
from cs_desktop.db import Store
from cs_desktop.models import Account, Stakeholder
from cs_desktop.record_edits import RecordRejected, create_record, update_record
from ui.operations import save_records
from ui.tasks import ChangeHub, TaskRunner


def _names(store: Store) -> list[str]:
    with store.read() as session:
        return sorted(person.name for person in session.query(Stakeholder))


def test_saved_edits_are_announced_and_undone_and_redone_together(qtbot, store: Store) -> None:
    with store.write() as session:
        account = Account(name="Shenzhen Motors", arr=Decimal(500), currency="CNY")
        session.add(account)
        session.flush()
        account_id = account.id
    hub = ChangeHub()
    runner = TaskRunner(store, hub)
    stack = QUndoStack()
    announced: list[Changes] = []
    hub.changes_applied.connect(announced.append)

    def write(session):  # two records in one transaction
        return (
            create_record(session, Stakeholder, {"account_id": account_id, "name": "Li Wei"}),
            update_record(session, Account, account_id, {"arr": Decimal(800)}),
        )

    with qtbot.waitSignal(hub.changes_applied, timeout=5_000):
        save_records(stack, runner, "Add Li Wei", write)
    qtbot.waitUntil(lambda: stack.count() == 1)
    assert _names(store) == ["Li Wei"]
    assert account_id in announced[-1].accounts and announced[-1].health

    with qtbot.waitSignal(hub.changes_applied, timeout=5_000):
        stack.undo()
    assert _names(store) == []
    with store.read() as session:
        assert session.get(Account, account_id).arr == Decimal(500)

    with qtbot.waitSignal(hub.changes_applied, timeout=5_000):
        stack.redo()
    assert _names(store) == ["Li Wei"]
    with store.read() as session:
        assert session.get(Account, account_id).arr == Decimal(800)
    runner.shutdown()


def test_a_rejected_edit_reports_its_fields_and_stays_out_of_the_history(
    qtbot, store: Store
) -> None:
    hub = ChangeHub()
    runner = TaskRunner(store, hub)
    stack = QUndoStack()
    errors: list[Exception] = []

    def reject(session, values, row):
        return {"name": "a stakeholder needs a name"}

    save_records(
        stack,
        runner,
        "Add someone",
        lambda s: create_record(s, Stakeholder, {"name": ""}, validate=reject),
        on_error=errors.append,
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert isinstance(errors[0], RecordRejected)
    assert errors[0].errors == {"name": "a stakeholder needs a name"}
    assert stack.count() == 0
    runner.shutdown()

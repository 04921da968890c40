"""Tasks added and edited by hand; touchpoints edited and deleted after the fact."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from cs_desktop.book import tasks, touchpoints
from cs_desktop.db import Store
from cs_desktop.edits import TouchpointDraft
from cs_desktop.ids import AccountId, StakeholderId, TaskId, TouchpointId
from cs_desktop.models import Account, Stakeholder, Task, Touchpoint, TouchpointKind
from cs_desktop.record_edits import RecordRejected, reverse, reverse_all
from cs_desktop.search import search_touchpoints
from cs_desktop.sync import capture_edits
from cs_desktop.sync.capture import rescan
from cs_desktop.sync.state import CrmConnection, Outbox
from cs_desktop.vocabulary import Satisfaction

WHEN = datetime(2026, 4, 2, 1, 0, tzinfo=UTC)


def _book(store: Store) -> tuple[AccountId, TouchpointId, StakeholderId, StakeholderId]:
    with store.write() as session:
        account = Account(name="Kyoto Robotics", arr=Decimal(10))
        aiko = Stakeholder(name="Aiko Sato")
        ben = Stakeholder(name="Ben Ito")
        account.stakeholders = [aiko, ben]
        meeting = Touchpoint(
            kind=TouchpointKind.MEETING, occurred_at=WHEN, title="Kickoff", attendees=[aiko]
        )
        account.touchpoints = [meeting]
        session.add(account)
        session.flush()
        return AccountId(account.id), TouchpointId(meeting.id), aiko.id, ben.id


def _draft(account_id: AccountId, **fields: object) -> TouchpointDraft:
    values: dict = {
        "account_id": account_id,
        "kind": TouchpointKind.QBR,
        "occurred_at": WHEN,
        "title": "Quarterly review",
        "notes": "導入計画を合意",
    }
    return TouchpointDraft(**{**values, **fields})


def test_a_task_is_added_edited_ticked_and_deleted_with_undo(store: Store) -> None:
    account_id, *_ = _book(store)
    with store.write() as session:
        task_id = TaskId(tasks.add_task(session, account_id, {"title": " Send the deck "}).row_id)
    with store.write() as session:
        edit = tasks.update_task(session, task_id, {"due": date(2026, 5, 1), "done": True})
    with store.read() as session:
        task = session.get(Task, task_id)
        assert (task.title, task.due, task.done) == ("Send the deck", date(2026, 5, 1), True)
    with store.write() as session:
        reverse(session, edit)
        deleted = tasks.delete_task(session, task_id)
    with store.write() as session:
        reverse(session, deleted)
    with store.read() as session:
        task = session.get(Task, task_id)
        assert (task.title, task.due, task.done) == ("Send the deck", None, False)


def test_a_task_needs_a_title(store: Store) -> None:
    account_id, *_ = _book(store)
    with pytest.raises(RecordRejected) as caught, store.write() as session:
        tasks.add_task(session, account_id, {"title": "  "})
    assert caught.value.errors == {"title": tasks.NO_TITLE}


def test_a_touchpoint_edit_changes_fields_and_attendees_and_undo_restores_both(
    store: Store,
) -> None:
    account_id, touchpoint_id, aiko, ben = _book(store)
    draft = _draft(
        account_id, attendee_ids=(ben,), product_satisfied=Satisfaction.YES, next_steps="Call"
    )
    with store.write() as session:
        edits = touchpoints.update_touchpoint(session, touchpoint_id, draft)
    with store.read() as session:
        meeting = session.get(Touchpoint, touchpoint_id)
        assert (meeting.title, meeting.kind, [p.id for p in meeting.attendees]) == (
            "Quarterly review",
            TouchpointKind.QBR,
            [ben],
        )
        assert session.scalars(select(Task)).all() == []  # an edit makes no tasks
    with store.engine.connect() as connection:
        assert [hit.touchpoint_id for hit in search_touchpoints(connection, "導入計画")] == [
            touchpoint_id
        ]
    with store.write() as session:
        redo = reverse_all(session, edits)
    with store.read() as session:
        meeting = session.get(Touchpoint, touchpoint_id)
        assert (meeting.title, [p.id for p in meeting.attendees]) == ("Kickoff", [aiko])
    with store.write() as session:
        reverse_all(session, redo)
    with store.read() as session:
        assert [p.id for p in session.get(Touchpoint, touchpoint_id).attendees] == [ben]


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({"title": " "}, {"title": "a touchpoint needs a title"}),
        (
            {"attendee_ids": (StakeholderId(999),)},
            {"attendees": "pick stakeholders of this account"},
        ),
        (
            {"occurred_at": datetime(2026, 4, 2)},
            {"when": "the date and time must carry a timezone"},
        ),
    ],
)
def test_a_touchpoint_edit_follows_the_rules_of_logging_one(store: Store, fields, errors) -> None:
    account_id, touchpoint_id, *_ = _book(store)
    with pytest.raises(RecordRejected) as caught, store.write() as session:
        touchpoints.update_touchpoint(session, touchpoint_id, _draft(account_id, **fields))
    assert caught.value.errors == errors


def test_a_deleted_touchpoint_comes_back_with_its_attendees(store: Store) -> None:
    _account_id, touchpoint_id, aiko, _ben = _book(store)
    with store.write() as session:
        edit = touchpoints.delete_touchpoint(session, touchpoint_id)
    with store.read() as session:
        assert session.get(Touchpoint, touchpoint_id) is None
    with store.write() as session:
        reverse(session, edit)
    with store.read() as session:
        assert [p.id for p in session.get(Touchpoint, touchpoint_id).attendees] == [aiko]


def _connect(store: Store) -> None:
    capture_edits()  # as connecting through the app does
    with store.write() as session:
        session.add(
            CrmConnection(
                provider="hubspot", base_url="http://x", auth_kind="private_app", account_name="a"
            )
        )
        session.flush()
        rescan(session.connection(), "hubspot")
        session.execute(update(Outbox).values(state="done"))  # as if sent


def _queued(store: Store) -> list[tuple[str, str, dict]]:
    with store.read() as session:
        rows = session.scalars(
            select(Outbox).where(Outbox.state != "done").order_by(Outbox.seq)
        ).all()
        return [(row.entity, row.op, json.loads(row.fields_json)) for row in rows]


def test_on_a_connected_store_a_touchpoint_edit_and_its_attendees_are_queued(
    store: Store,
) -> None:
    account_id, touchpoint_id, _aiko, ben = _book(store)
    _connect(store)
    with store.write() as session:
        touchpoints.update_touchpoint(
            session, touchpoint_id, _draft(account_id, attendee_ids=(ben,))
        )
    queued = _queued(store)
    assert ("touchpoint", "update") in [(entity, op) for entity, op, _ in queued]
    assert next(f for e, _o, f in queued if e == "touchpoint")["title"] == "Quarterly review"
    assert sorted(op for entity, op, _ in queued if entity == "link") == ["link", "unlink"]
    with store.write() as session:
        session.execute(update(Outbox).values(state="done"))
    with store.write() as session:
        touchpoints.delete_touchpoint(session, touchpoint_id)
    assert ("touchpoint", "delete") in [(entity, op) for entity, op, _ in _queued(store)]

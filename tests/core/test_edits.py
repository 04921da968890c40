"""Workspace edits and their inverses."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from cs_desktop.account_detail import load_account_detail
from cs_desktop.edits import (
    EditRejected,
    TouchpointDraft,
    add_touchpoint,
    change_stage,
    remove_touchpoint,
    revert_stage_change,
    set_task_done,
)
from cs_desktop.ids import StakeholderId
from cs_desktop.models import (
    Account,
    Satisfaction,
    Stage,
    StageChange,
    Stakeholder,
    Task,
    Touchpoint,
    TouchpointKind,
)
from cs_desktop.portfolio import load_portfolio, load_portfolio_rows
from cs_desktop.search import search_touchpoints
from tests.support.factories import add_account

VISIT = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)


def count(store, model) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def account(store):
    account_id = add_account(store, "Acme", stage=Stage.DELIVERY)
    with store.write() as session:
        session.add(Stakeholder(account_id=account_id, name="Ana"))
    return account_id


def draft(account_id, **fields) -> TouchpointDraft:
    values = {
        "account_id": account_id,
        "kind": TouchpointKind.ONSITE_VISIT,
        "occurred_at": VISIT,
        "title": "Onsite review",
        "notes": "利用状況を確認",
        "product_satisfied": Satisfaction.YES,
        "service_satisfied": Satisfaction.NO,
        "next_steps": "- Send case studies\n\n• Book training",
    }
    values.update(fields)
    return TouchpointDraft(**values)


def test_touchpoint_with_next_steps_creates_tasks_and_undo_removes_both(store, account) -> None:
    with store.read() as session:
        ana = StakeholderId(session.scalars(select(Stakeholder.id)).one())
    with store.write() as session:
        added = add_touchpoint(session, draft(account, attendee_ids=(ana,)))
    assert added.changes.accounts == {account} and added.changes.touchpoints
    with store.engine.connect() as connection:
        detail = load_account_detail(connection, account)
        assert [hit.title for hit in search_touchpoints(connection, "利用状況")] == [
            "Onsite review"
        ]
    assert [t.title for t in detail.tasks] == ["Send case studies", "Book training"]
    assert all(t.due == date(2025, 3, 10) for t in detail.tasks)
    assert detail.attendees == {added.touchpoint_id: (ana,)}
    with store.write() as session:
        remove_touchpoint(session, added.touchpoint_id, added.task_ids)
    assert count(store, Touchpoint) == 0 and count(store, Task) == 0
    # Redo keeps identities.
    with store.write() as session:
        again = add_touchpoint(session, draft(account, uid=added.uid, task_uids=added.task_uids))
    assert again.uid == added.uid and again.task_uids == added.task_uids


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": "  "}, "needs a title"),
        ({"title": "x" * 301}, "at most 300"),
        ({"occurred_at": datetime(2025, 1, 1)}, "timezone"),
        ({"attendee_ids": (StakeholderId(999),)}, "stakeholders of this account"),
    ],
)
def test_bad_touchpoints_are_rejected_and_nothing_is_written(store, account, fields, message):
    with pytest.raises(EditRejected, match=message), store.write() as session:
        add_touchpoint(session, draft(account, **fields))
    assert count(store, Touchpoint) == 0 and count(store, Task) == 0


def test_stage_change_is_recorded_and_undone(store, account) -> None:
    with store.write() as session:
        moved = change_stage(session, account, Stage.SERVICE, "Go-live done", when=VISIT)
    assert moved.from_stage == Stage.DELIVERY
    with store.read() as session:
        assert session.get(Account, account).stage == Stage.SERVICE
        change = session.scalars(select(StageChange)).one()
        assert (change.from_stage, change.to_stage, change.note) == (
            Stage.DELIVERY,
            Stage.SERVICE,
            "Go-live done",
        )
    with store.write() as session:
        revert_stage_change(session, moved.stage_change_id)
    with store.read() as session:
        assert session.get(Account, account).stage == Stage.DELIVERY
    assert count(store, StageChange) == 0


def test_stage_change_needs_a_note_and_a_new_stage(store, account) -> None:
    with pytest.raises(EditRejected, match="say why"), store.write() as session:
        change_stage(session, account, Stage.SERVICE, " ")
    with pytest.raises(EditRejected, match="already in Delivery"), store.write() as session:
        change_stage(session, account, Stage.DELIVERY, "again")


def test_portfolio_rows_show_last_touchpoint_and_open_tasks(store, account) -> None:
    with store.write() as session:
        added = add_touchpoint(session, draft(account))
    with store.engine.connect() as connection:
        (row,) = load_portfolio(connection)
    assert row.name == "Acme" and row.stage == "delivery"
    assert row.last_touchpoint_at == VISIT and row.open_tasks == 2
    with store.write() as session:
        set_task_done(session, added.task_ids[0], True)
    with store.engine.connect() as connection:
        (row,) = load_portfolio_rows(connection, frozenset({account}))
    assert row.open_tasks == 1


def test_an_account_whose_last_renewal_was_lost_is_churned(store, account) -> None:
    from decimal import Decimal

    from cs_desktop.models import Renewal, RenewalOutcome

    def renewal(end: date, outcome: RenewalOutcome) -> Renewal:
        return Renewal(
            account_id=account,
            period_start=end.replace(year=end.year - 1),
            period_end=end,
            arr_before=Decimal(1000),
            arr_after=Decimal(0) if outcome == RenewalOutcome.CHURNED else Decimal(1000),
            outcome=outcome,
        )

    with store.write() as session:
        session.add(renewal(date(2024, 3, 31), RenewalOutcome.CHURNED))  # they came back
        session.add(renewal(date(2025, 3, 31), RenewalOutcome.RENEWED))
    with store.engine.connect() as connection:
        (row,) = load_portfolio(connection)
    assert not row.churned
    with store.write() as session:
        session.add(renewal(date(2026, 3, 31), RenewalOutcome.CHURNED))
    with store.engine.connect() as connection:
        (row,) = load_portfolio(connection)
    assert row.churned_on == date(2026, 3, 31)

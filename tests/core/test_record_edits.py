"""Create, change and delete any record, and undo or redo each edit exactly."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from cs_desktop.db import Store
from cs_desktop.models import (
    Account,
    Milestone,
    Objective,
    Stakeholder,
    StakeholderRole,
    SuccessPlan,
    Touchpoint,
    TouchpointKind,
)
from cs_desktop.record_edits import (
    RecordRejected,
    create_record,
    delete_record,
    reverse,
    reverse_all,
    update_record,
)
from cs_desktop.search import search_touchpoints


def _dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row but its ``updated_at``: an undo is a new write, and sync must see it as one."""
    tables = ("account", "stakeholder", "touchpoint", "touchpoint_attendee", "success_plan")
    with store.engine.connect() as connection:
        return {
            table: sorted(
                tuple(value for name, value in row.items() if name != "updated_at")
                for row in connection.execute(text(f"SELECT * FROM {table}")).mappings()
            )
            for table in (*tables, "objective", "milestone")
        }


def _book(store: Store) -> int:
    with store.write() as session:
        account = Account(name="Kyoto Robotics", domain="kyoto-robotics.jp", arr=Decimal(1200))
        aiko = Stakeholder(name="Aiko Sato", role=StakeholderRole.CHAMPION)
        account.stakeholders.append(aiko)
        account.touchpoints.append(
            Touchpoint(
                kind=TouchpointKind.QBR,
                occurred_at=datetime(2026, 11, 2, 1, 0, tzinfo=UTC),
                title="Quarterly review",
                notes="Agreed the rollout to the Osaka plant",
                attendees=[aiko],
            )
        )
        plan = SuccessPlan(title="FY2026 plan")
        plan.objectives.append(Objective(goal="Halve ticket backlog", horizon_months=6))
        plan.milestones.append(Milestone(step="Admin training", due=date(2026, 12, 1)))
        account.success_plans.append(plan)
        session.add(account)
        session.flush()
        return account.id


def _name_required(session: Session, values: Mapping[str, Any], row: object) -> dict[str, str]:
    return {} if str(values.get("name") or "").strip() else {"name": "a name is needed"}


def test_an_edit_changes_only_what_differs_and_reverses_exactly(store: Store) -> None:
    account_id = _book(store)
    original = _dump(store)
    with store.write() as session:
        edit = update_record(
            session,
            Account,
            account_id,
            {"name": "Kyoto Robotics KK", "domain": "kyoto-robotics.jp"},
        )
    assert edit.after == {"name": "Kyoto Robotics KK"}
    assert edit.before == {"name": "Kyoto Robotics"}
    # A rename changes its row, not which accounts the book holds.
    assert not edit.changes.portfolio and account_id in edit.changes.accounts
    with store.write() as session:
        redo = reverse(session, edit)
    assert _dump(store) == original
    with store.read() as session:
        assert session.get(Account, account_id).name == "Kyoto Robotics"  # type: ignore[union-attr]
    with store.write() as session:
        reverse(session, redo)
    with store.read() as session:
        assert session.get(Account, account_id).name == "Kyoto Robotics KK"  # type: ignore[union-attr]


def test_rejected_values_write_nothing_and_name_each_field(store: Store) -> None:
    account_id = _book(store)
    before = _dump(store)
    with pytest.raises(RecordRejected) as rejected, store.write() as session:
        update_record(session, Account, account_id, {"name": "  "}, validate=_name_required)
    assert rejected.value.errors == {"name": "a name is needed"}
    assert _dump(store) == before


def test_undoing_a_delete_brings_back_everything_that_went_with_it(store: Store) -> None:
    account_id = _book(store)
    before = _dump(store)
    with store.write() as session:
        deleted = delete_record(session, Account, account_id)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Touchpoint)) == 0
    with store.write() as session:
        restored = reverse(session, deleted)
    # The same rows: ids, uids, timestamps, the attendee link, the plan's goals and steps.
    assert _dump(store) == before
    with store.engine.connect() as connection:
        hits = search_touchpoints(connection, "Osaka")
    assert [hit.title for hit in hits] == ["Quarterly review"]
    with store.write() as session:
        reverse(session, restored)  # redo the delete
    assert all(not rows for rows in _dump(store).values())


def test_a_created_record_is_undone_by_deleting_it_and_redone_with_its_identity(
    store: Store,
) -> None:
    account_id = _book(store)
    with store.write() as session:
        created = create_record(
            session,
            Stakeholder,
            {"account_id": account_id, "name": "Ken Ito", "role": StakeholderRole.BLOCKER},
        )
    with store.read() as session:
        uid = session.get(Stakeholder, created.row_id).uid  # type: ignore[union-attr]
    with store.write() as session:
        undone = reverse(session, created)
    with store.read() as session:
        assert session.get(Stakeholder, created.row_id) is None
    with store.write() as session:
        reverse(session, undone)
    with store.read() as session:
        again = session.get(Stakeholder, created.row_id)
        assert again is not None and again.uid == uid and again.role is StakeholderRole.BLOCKER


def test_edits_made_together_are_undone_together(store: Store) -> None:
    account_id = _book(store)
    before = _dump(store)
    with store.write() as session:
        plan_id = session.scalars(select(SuccessPlan.id)).one()
        second = create_record(
            session, Milestone, {"plan_id": plan_id, "step": "Go live", "position": 1}
        )
        first = session.scalars(select(Milestone.id).where(Milestone.step == "Admin training"))
        moved = update_record(session, Milestone, first.one(), {"position": 2})
        edits = (second, moved)
    assert edits[0].changes.accounts == {account_id}
    with store.write() as session:
        redo = reverse_all(session, edits)
    assert _dump(store) == before
    with store.write() as session:
        reverse_all(session, redo)
    with store.read() as session:
        steps = session.scalars(select(Milestone.step).order_by(Milestone.position)).all()
    assert steps == ["Go live", "Admin training"]

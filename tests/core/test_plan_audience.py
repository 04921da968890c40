"""Whom the plan is for: the customer's copy holds nothing internal, the team's holds it all."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime

from cs_desktop.account_detail import load_account_detail
from cs_desktop.book.touchpoints import update_touchpoint
from cs_desktop.db import Store
from cs_desktop.edits import TouchpointDraft, add_touchpoint
from cs_desktop.ids import AccountId
from cs_desktop.models import TouchpointKind
from cs_desktop.plan import build_plan, plan_file_name
from cs_desktop.plan.audience import Audience, PlanPart, chosen_parts, parts_for
from cs_desktop.plan.document import (
    HealthSection,
    PlanDocument,
    StageSection,
    TableSection,
    TouchpointsSection,
)
from tests.support.factories import add_account
from tests.support.internal_notes import (
    AGREED_STEP,
    INTERNAL_TEXTS,
    add_account_with_internal_notes,
)
from tests.support.plan import TODAY


def every_text(value: object) -> Iterator[str]:
    """Every string anywhere in a document (its dataclasses, tuples and their fields)."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from every_text(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from every_text(item)


def plan(store: Store, account: AccountId, audience: Audience, **options: object) -> PlanDocument:
    with store.engine.connect() as connection:
        return build_plan(
            connection,
            account,
            lang="en",
            today=TODAY,
            audience=audience,
            **options,  # type: ignore[arg-type]
        )


def test_the_customers_copy_holds_nothing_internal(store: Store) -> None:
    account = add_account_with_internal_notes(store).account_id
    document = plan(store, account, Audience.CUSTOMER)
    text = "\n".join(every_text(document))
    leaked = [internal for internal in INTERNAL_TEXTS if internal in text]
    assert leaked == []
    assert not any(isinstance(s, HealthSection | TouchpointsSection) for s in document.sections)
    assert "Health" not in {fact.label for fact in document.cover.facts}
    stage = next(s for s in document.sections if isinstance(s, StageSection))
    assert stage.risks == () and stage.criteria
    keys = [s.key for s in document.sections if isinstance(s, TableSection)]
    assert "tasks" not in keys and "risks" not in keys
    assert document.footer_text == f"Prepared for {document.account_name}"


def test_the_customers_copy_carries_the_agreed_next_steps_of_shared_touchpoints(
    store: Store,
) -> None:
    account = add_account_with_internal_notes(store).account_id
    document = plan(store, account, Audience.CUSTOMER)
    steps = next(
        s for s in document.sections if isinstance(s, TableSection) and s.key == "next-steps"
    )
    agreed = [row[2].text for row in steps.table.rows]
    assert agreed == [AGREED_STEP, "Send two case studies by Friday"]  # newest first
    assert [row[1].text for row in steps.table.rows] == ["Escalation call", "QBR"]


def test_the_internal_copy_carries_everything(store: Store) -> None:
    account = add_account_with_internal_notes(store).account_id
    document = plan(store, account, Audience.INTERNAL)
    text = "\n".join(every_text(document))
    missing = [internal for internal in INTERNAL_TEXTS if internal not in text]
    assert missing == []
    risks = next(s for s in document.sections if isinstance(s, TableSection) and s.key == "risks")
    assert [row[3].text for row in risks.table.rows] == [INTERNAL_TEXTS[9]]  # resolved left out
    touchpoints = next(s for s in document.sections if isinstance(s, TouchpointsSection))
    marked = [e.kind_text for e in touchpoints.entries if e.title == INTERNAL_TEXTS[8]]
    assert marked == ["Note (internal)"]
    assert document.title == "Account plan (internal)"
    assert "Health" in {fact.label for fact in document.cover.facts}


def test_sections_can_be_left_out_but_never_added_to_the_customers_copy(store: Store) -> None:
    account = add_account(store, "Acme")
    only_goals = plan(store, account, Audience.CUSTOMER, parts=[PlanPart.GOALS, PlanPart.HEALTH])
    assert [type(s).__name__ for s in only_goals.sections] == ["GoalsSection"]
    assert chosen_parts(Audience.CUSTOMER, [PlanPart.TASKS, PlanPart.RISKS]) == ()
    everything = plan(store, account, Audience.INTERNAL)
    assert len(everything.sections) == len(parts_for(Audience.INTERNAL))
    assert PlanPart.NEXT_STEPS not in parts_for(Audience.INTERNAL)  # the touchpoints carry them


def test_the_internal_copy_has_its_own_file_name() -> None:
    assert plan_file_name("Acme", TODAY) == "Acme-plan-2025-06-30.pdf"
    assert plan_file_name("Acme", TODAY, Audience.INTERNAL) == "Acme-plan-internal-2025-06-30.pdf"


def test_a_touchpoint_marked_internal_keeps_the_mark_through_edits(store: Store) -> None:
    account = add_account(store, "Acme")
    draft = TouchpointDraft(
        account_id=account,
        kind=TouchpointKind.CALL,
        occurred_at=datetime(2025, 6, 1, 9, tzinfo=UTC),
        title="Call",
        notes="The sponsor is leaving",
        internal=True,
    )
    with store.write() as session:
        added = add_touchpoint(session, draft)
    with store.engine.connect() as connection:
        (row,) = load_account_detail(connection, account).recent_touchpoints
    assert row.internal
    with store.write() as session:
        update_touchpoint(session, added.touchpoint_id, dataclasses.replace(draft, internal=False))
    with store.engine.connect() as connection:
        (row,) = load_account_detail(connection, account).recent_touchpoints
    assert not row.internal

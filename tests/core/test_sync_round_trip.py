"""Every field a user edits round-trips: store A edits it and syncs, store B syncs and holds
the same value, and a further round of syncs writes nothing.

The cases come from the sync's own field table (:data:`cs_desktop.sync.fields.FIELDS`):
a field added there without an edit here fails :func:`test_every_synced_field_has_a_case`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from crm_sandbox import Sandbox
from cs_desktop.models import (
    Account,
    ChurnReason,
    Milestone,
    Objective,
    ObjectiveStatus,
    Renewal,
    RenewalForecast,
    RenewalOutcome,
    Satisfaction,
    Stage,
    Stakeholder,
    StakeholderRole,
    SuccessPlan,
    Task,
    Tier,
    Touchpoint,
    TouchpointKind,
)
from cs_desktop.sync.fields import FIELDS, MODELS, snapshot
from cs_desktop.sync.state import Conflict, CrmConnection, Entity, SyncBase, SyncRecord
from tests.support.hubspot import mutate
from tests.support.two_stores import Laptop, last_request, open_laptop, reset_portal, writes_since

pytestmark = [pytest.mark.usefixtures("memory_keyring"), pytest.mark.slow]

WHEN = datetime(2026, 2, 2, 9, 30, tzinfo=UTC)

# The new value each field is edited to, by entity (each differs from what setup() writes).
EDITED: dict[Entity, dict[str, Any]] = {
    Entity.COMPANY: {
        "name": "Acme Renamed",
        "domain": "acme-group.test",
        "stage": Stage.VALUE,
        "tier": Tier.STRATEGIC,
        "segment": "EMEA",
        "owner": "Kim Sato",
        "arr": Decimal("250000.50"),
        "currency": "EUR",
        "contract_start": date(2025, 1, 15),
        "renewal_date": date(2027, 1, 14),
    },
    Entity.CONTACT: {
        "name": "Dana Park",
        "title": "CTO",
        "email": "dana.park@acme.test",
        "phone": "+1 555 0100",
        "role": StakeholderRole.CHAMPION,
        "active": False,
    },
    Entity.TOUCHPOINT: {
        "title": "Quarterly review, rescheduled",
        "notes": "They asked for the roadmap.",
        "occurred_at": datetime(2026, 2, 3, 10, 45, tzinfo=UTC),
        "kind": TouchpointKind.QBR,
        "product_satisfied": Satisfaction.YES,
        "service_satisfied": Satisfaction.NO,
        "customer_statement": "Support answers too slowly.",
        "inferred_need": "A named support engineer.",
        "next_steps": "Send the escalation path.",
        "other_attendees": "Our solutions engineer",
    },
    Entity.TASK: {
        "title": "Send the renewal quote",
        "due": date(2026, 3, 20),
        "done": True,
        "source_playbook": "renewal_90_days",
    },
    Entity.RENEWAL: {
        "period_start": date(2025, 2, 1),
        "period_end": date(2026, 1, 31),
        "arr_before": Decimal("90000.00"),
        "arr_after": Decimal("60000.25"),
        "outcome": RenewalOutcome.CONTRACTED,
        "reason": ChurnReason.BUDGET,
        "reason_note": "Cut seats after the reorganisation.",
    },
    Entity.FORECAST: {
        "expected_outcome": RenewalOutcome.CHURNED,
        "probability": 35,
        "expected_arr": Decimal("0.00"),
        "reason": ChurnReason.COMPETITOR,
        "note": "Evaluating a competitor.",
    },
    Entity.PLAN: {
        "title": "Joint plan 2026, revised",
        "summary": "Adoption first, then expansion.",
        "agreed_with": "Dana Lee",
        "agreed_on": date(2026, 1, 20),
    },
    Entity.GOAL: {
        "goal": "Cut ticket handling time by half",
        "horizon_months": 12,
        "status": ObjectiveStatus.AT_RISK,
        "target_date": date(2026, 12, 31),
        "measure": "Median hours to close a ticket",
        "measured_value": "30 h",
        "achieved_on": date(2026, 11, 30),
        "position": 3,
    },
    Entity.MILESTONE: {
        "step": "Train the second team",
        "due": date(2026, 5, 15),
        "done": True,
        "done_on": date(2026, 5, 10),
        "owner": "Kim Sato",
        "position": 2,
    },
}
# Fields the store sets, not the user: a record's plan is chosen when it is created.
SET_ONCE = {"plan"}


@dataclass(frozen=True)
class Case:
    entity: Entity
    field: str
    note: bool = False  # the touchpoint sent as a HubSpot note (a support case)

    def __str__(self) -> str:
        return f"{'note ' if self.note else ''}{self.entity}.{self.field}"


CASES = [
    Case(entity, name) for entity, names in FIELDS.items() for name in names if name not in SET_ONCE
] + [Case(Entity.TOUCHPOINT, name, note=True) for name in FIELDS[Entity.TOUCHPOINT]]


@pytest.fixture
def laptops(
    sandbox: Sandbox, migrated_store_file: Path, tmp_path: Path
) -> Iterator[tuple[Laptop, Laptop]]:
    reset_portal(sandbox)
    pair = (
        open_laptop("desktop", sandbox, migrated_store_file, tmp_path),
        open_laptop("laptop", sandbox, migrated_store_file, tmp_path),
    )
    yield pair
    for laptop in pair:
        laptop.close()


def setup(laptop: Laptop) -> dict[tuple[Entity, bool], Any]:
    """An account with one record of every synced kind; their uids by (entity, note)."""
    with laptop.store.write() as session:
        account = Account(
            name="Acme",
            domain="acme.test",
            stage=Stage.DELIVERY,
            tier=Tier.ENTERPRISE,
            segment="Americas",
            owner="Ana Ruiz",
            arr=Decimal("120000.00"),
            currency="USD",
            contract_start=date(2024, 2, 1),
            renewal_date=date(2026, 1, 31),
        )
        person = Stakeholder(
            account=account,
            name="Dana Lee",
            title="VP Operations",
            email="dana@acme.test",
            phone="+1 555 0199",
            role=StakeholderRole.DECISION_MAKER,
        )
        meeting = Touchpoint(
            account=account,
            kind=TouchpointKind.MEETING,
            occurred_at=WHEN,
            title="Quarterly review",
            notes="Went through adoption.",
            attendees=[person],
        )
        case = Touchpoint(
            account=account,
            kind=TouchpointKind.SUPPORT_CASE,
            occurred_at=WHEN,
            title="SSO login fails",
            notes="Opened with support.",
        )
        task = Task(account=account, title="Book the QBR", due=date(2026, 3, 1))
        renewal = Renewal(
            account=account,
            period_start=date(2024, 2, 1),
            period_end=date(2025, 1, 31),
            arr_before=Decimal("100000.00"),
            arr_after=Decimal("120000.00"),
            outcome=RenewalOutcome.EXPANDED,
        )
        forecast = RenewalForecast(
            account=account,
            expected_outcome=RenewalOutcome.RENEWED,
            probability=80,
            expected_arr=Decimal("120000.00"),
        )
        plan = SuccessPlan(account=account, title="Joint plan 2026", summary="Adoption.")
        goal = Objective(plan=plan, goal="Faster ticket handling", horizon_months=6)
        step = Milestone(plan=plan, step="Train the first team", due=date(2026, 4, 1))
        session.add_all([account, person, meeting, case, task, renewal, forecast, plan, goal, step])
    return {
        (Entity.COMPANY, False): account.uid,
        (Entity.CONTACT, False): person.uid,
        (Entity.TOUCHPOINT, False): meeting.uid,
        (Entity.TOUCHPOINT, True): case.uid,
        (Entity.TASK, False): task.uid,
        (Entity.RENEWAL, False): renewal.uid,
        (Entity.FORECAST, False): forecast.uid,
        (Entity.PLAN, False): plan.uid,
        (Entity.GOAL, False): goal.uid,
        (Entity.MILESTONE, False): step.uid,
    }


def values_of(laptop: Laptop, entity: Entity, uid: Any) -> dict[str, str | None]:
    model: Any = MODELS[entity]
    with laptop.store.read() as session:
        row = session.scalars(select(model).where(model.uid == uid)).one()
        return snapshot(entity, row)


def test_every_synced_field_has_a_case() -> None:
    assert {e: set(names) - SET_ONCE for e, names in FIELDS.items()} == {
        e: set(values) for e, values in EDITED.items()
    }


def test_every_record_arrives_whole(laptops: tuple[Laptop, Laptop], sandbox: Sandbox) -> None:
    desktop, laptop = laptops
    uids = setup(desktop)
    desktop.sync(sandbox)
    laptop.sync(sandbox)
    for (entity, _), uid in uids.items():
        assert values_of(laptop, entity, uid) == values_of(desktop, entity, uid), entity


@pytest.mark.parametrize("case", CASES, ids=str)
def test_an_edited_field_reaches_the_other_store(
    laptops: tuple[Laptop, Laptop], sandbox: Sandbox, case: Case
) -> None:
    desktop, laptop = laptops
    uid = setup(desktop)[(case.entity, case.note)]
    desktop.sync(sandbox)
    laptop.sync(sandbox)
    model: Any = MODELS[case.entity]
    with desktop.store.write() as session:
        row = session.scalars(select(model).where(model.uid == uid)).one()
        setattr(row, case.field, EDITED[case.entity][case.field])
    edited = values_of(desktop, case.entity, uid)[case.field]
    desktop.sync(sandbox)
    laptop.sync(sandbox)
    assert values_of(laptop, case.entity, uid)[case.field] == edited
    settled = last_request(sandbox)
    desktop.sync(sandbox)
    laptop.sync(sandbox)
    assert writes_since(sandbox, settled) == []
    assert values_of(desktop, case.entity, uid)[case.field] == edited


def test_fields_an_earlier_version_did_not_sync_go_out_and_are_not_overwritten(
    laptops: tuple[Laptop, Laptop], sandbox: Sandbox
) -> None:
    """A store synced by a version that sent a company's name, domain and stage only: its
    tier and ARR are not replaced by the CRM's blanks, and they reach the CRM."""
    desktop, _ = laptops
    uid = setup(desktop)[(Entity.COMPANY, False)]
    desktop.sync(sandbox)
    old = ("name", "domain", "stage")
    with desktop.store.write() as session:
        for table in (SyncRecord, SyncBase):
            row: Any = session.scalars(
                select(table).where(table.entity == Entity.COMPANY, table.local_uid == uid)
            ).one()
            column = "local_json" if table is SyncRecord else "base_json"
            kept = {k: v for k, v in json.loads(getattr(row, column)).items() if k in old}
            setattr(row, column, json.dumps(kept, sort_keys=True))
        session.execute(update(CrmConnection).values(schema_version="csm-1"))
    company = remote_id_of(desktop, uid)
    with httpx.Client(base_url=sandbox.url + "/__emulator") as control:
        mutate(control, "companies", company, name="Acme Inc", csm_tier="", csm_arr="")
    desktop.sync(sandbox)
    values = values_of(desktop, Entity.COMPANY, uid)
    assert (values["name"], values["tier"], values["arr"]) == (
        "Acme Inc",
        "enterprise",
        "120000.00",
    )
    with sandbox.store.lock:
        props = sandbox.store.records["companies"][company].properties
        assert (props["csm_tier"], props["csm_arr"]) == ("enterprise", "120000.00")
    with desktop.store.read() as session:
        assert session.scalars(select(Conflict)).all() == []


def remote_id_of(laptop: Laptop, uid: Any) -> str:
    with laptop.store.read() as session:
        record = session.scalars(select(SyncRecord).where(SyncRecord.local_uid == uid)).one()
        assert record.remote_id is not None
        return record.remote_id


def test_a_colleague_in_hubspot_sees_titles_satisfaction_renewals_and_the_plan(
    laptops: tuple[Laptop, Laptop], sandbox: Sandbox
) -> None:
    desktop, _ = laptops
    setup(desktop)
    desktop.sync(sandbox)
    with sandbox.store.lock:
        records = {
            kind: [r.properties for r in sandbox.store.records[kind].values()]
            for kind in ("notes", "meetings", "tasks", "deals")
        }
        [pipeline] = [p for p in sandbox.store.pipelines["deals"] if p["id"] != "default"]
    [note] = records["notes"]
    assert (note["csm_title"], note["csm_touchpoint_kind"]) == ("SSO login fails", "support_case")
    [meeting] = records["meetings"]
    assert meeting["hs_meeting_title"] == "Quarterly review"
    assert meeting["csm_product_satisfied"] == "unknown"
    tasks = {t["csm_record"]: t for t in records["tasks"]}
    assert {k: t["hs_task_subject"] for k, t in tasks.items()} == {
        "task": "Book the QBR",
        "plan": "Joint plan 2026",
        "goal": "Faster ticket handling",
        "milestone": "Train the first team",
    }
    assert all(t["hs_timestamp"] for t in tasks.values())  # HubSpot requires a due date
    stages = {s["id"]: s["label"] for s in pipeline["stages"]}
    deals = {d["csm_record"]: d for d in records["deals"]}
    assert {k: stages[d["dealstage"]] for k, d in deals.items()} == {
        "renewal": "Expanded",
        "forecast": "Forecast",
    }
    assert {d["pipeline"] for d in deals.values()} == {pipeline["id"]}
    assert deals["renewal"]["amount"] == "120000.00"

"""What colleagues do in HubSpot reaches both stores: a deal moved to another stage, a task's
due time, status or subject changed, tasks and deals made there; and the object types the
app's kinds share are searched once a run."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from crm_sandbox import Sandbox
from cs_desktop.models import (
    Account,
    Milestone,
    Objective,
    Renewal,
    RenewalForecast,
    RenewalOutcome,
    SuccessPlan,
    Task,
)
from cs_desktop.sync.state import Conflict, SyncCursor, SyncRecord
from tests.support.hubspot import mutate
from tests.support.two_stores import Laptop, last_request, open_laptop, reset_portal, writes_since

pytestmark = [pytest.mark.usefixtures("memory_keyring"), pytest.mark.slow]


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


@pytest.fixture
def control(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url + "/__emulator", timeout=10) as client:
        yield client


def book(laptop: Laptop) -> dict[str, Any]:
    """An account with a task, a renewal, its forecast and a plan with a goal (no target
    date) and a milestone; their uids by name."""
    with laptop.store.write() as session:
        account = Account(name="Acme", domain="acme.test")
        task = Task(account=account, title="Book the QBR", due=date(2026, 3, 1))
        renewal = Renewal(
            account=account,
            period_start=date(2025, 2, 1),
            period_end=date(2026, 1, 31),
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
        plan = SuccessPlan(account=account, title="Joint plan 2026")
        goal = Objective(plan=plan, goal="Faster ticket handling", horizon_months=6)
        step = Milestone(plan=plan, step="Train the first team", due=date(2026, 4, 1))
        session.add_all([account, task, renewal, forecast, plan, goal, step])
    return {
        "account": account.uid,
        "task": task.uid,
        "renewal": renewal.uid,
        "forecast": forecast.uid,
        "goal": goal.uid,
        "milestone": step.uid,
    }


def remote_id(laptop: Laptop, uid: Any) -> str:
    with laptop.store.read() as session:
        record = session.scalars(select(SyncRecord).where(SyncRecord.local_uid == uid)).one()
        assert record.remote_id is not None
        return record.remote_id


def row(laptop: Laptop, model: Any, uid: Any) -> Any:
    with laptop.store.read() as session:
        found = session.scalars(select(model).where(model.uid == uid)).one()
        session.expunge(found)
        return found


def stage_ids(sandbox: Sandbox) -> dict[str, str]:
    """The renewals pipeline's stage ids by label, and its own id under ``pipeline``."""
    with sandbox.store.lock:
        [pipeline] = [p for p in sandbox.store.pipelines["deals"] if p["id"] != "default"]
        return {"pipeline": pipeline["id"], **{s["label"]: s["id"] for s in pipeline["stages"]}}


def both_sync(sandbox: Sandbox, *laptops: Laptop) -> None:
    for laptop in laptops:
        laptop.sync(sandbox)


def settles(sandbox: Sandbox, *laptops: Laptop) -> None:
    """A further round of syncs writes nothing to the CRM."""
    settled = last_request(sandbox)
    both_sync(sandbox, *laptops)
    assert writes_since(sandbox, settled) == []


def test_a_deal_moved_to_another_stage_in_hubspot_changes_the_outcome_on_both_stores(
    laptops: tuple[Laptop, Laptop], sandbox: Sandbox, control: httpx.Client
) -> None:
    desktop, laptop = laptops
    uids = book(desktop)
    both_sync(sandbox, desktop, laptop)
    stages = stage_ids(sandbox)
    renewal, forecast = remote_id(desktop, uids["renewal"]), remote_id(desktop, uids["forecast"])
    # A colleague drags the renewal to Contracted with a lower amount and another close
    # date, and the forecast to Churned.
    mutate(
        control,
        "deals",
        renewal,
        dealstage=stages["Contracted"],
        amount="90000",
        closedate="2026-02-28",
    )
    mutate(control, "deals", forecast, dealstage=stages["Churned"])
    both_sync(sandbox, desktop, laptop)
    for store in (desktop, laptop):
        got = row(store, Renewal, uids["renewal"])
        assert (got.outcome, got.arr_after, got.period_end) == (
            RenewalOutcome.CONTRACTED,
            Decimal("90000.00"),
            date(2026, 2, 28),
        )
        assert row(store, RenewalForecast, uids["forecast"]).expected_outcome == (
            RenewalOutcome.CHURNED
        )
    settles(sandbox, desktop, laptop)


def test_a_stage_moved_in_hubspot_and_an_outcome_edited_here_is_a_conflict(
    laptops: tuple[Laptop, Laptop], sandbox: Sandbox, control: httpx.Client
) -> None:
    desktop, laptop = laptops
    uids = book(desktop)
    both_sync(sandbox, desktop, laptop)
    stages = stage_ids(sandbox)
    mutate(control, "deals", remote_id(desktop, uids["renewal"]), dealstage=stages["Churned"])
    with desktop.store.write() as session:
        found = session.scalars(select(Renewal).where(Renewal.uid == uids["renewal"])).one()
        found.outcome = RenewalOutcome.RENEWED
    desktop.sync(sandbox)
    with desktop.store.read() as session:
        [conflict] = session.scalars(select(Conflict)).all()
        assert conflict.field == "outcome"
    assert row(desktop, Renewal, uids["renewal"]).outcome == RenewalOutcome.RENEWED


def test_a_task_changed_in_hubspot_reaches_both_stores(
    laptops: tuple[Laptop, Laptop], sandbox: Sandbox, control: httpx.Client
) -> None:
    desktop, laptop = laptops
    uids = book(desktop)
    both_sync(sandbox, desktop, laptop)
    # Midday UTC: the same day in every time zone the tests may run in.
    mutate(
        control,
        "tasks",
        remote_id(desktop, uids["task"]),
        hs_timestamp="2026-03-20T12:00:00Z",
        hs_task_status="COMPLETED",
        hs_task_subject="Book the QBR with the CFO",
    )
    mutate(
        control, "tasks", remote_id(desktop, uids["milestone"]), hs_timestamp="2026-05-15T12:00:00Z"
    )
    # The goal has no target date: its due time is a placeholder, still none after a change.
    mutate(control, "tasks", remote_id(desktop, uids["goal"]), csm_measure="Hours to close")
    both_sync(sandbox, desktop, laptop)
    for store in (desktop, laptop):
        task = row(store, Task, uids["task"])
        assert (task.due, task.done, task.title) == (
            date(2026, 3, 20),
            True,
            "Book the QBR with the CFO",
        )
        assert row(store, Milestone, uids["milestone"]).due == date(2026, 5, 15)
        goal = row(store, Objective, uids["goal"])
        assert (goal.target_date, goal.measure) == (None, "Hours to close")
    settles(sandbox, desktop, laptop)


def test_a_due_time_moved_in_hubspot_and_a_due_day_edited_here_is_a_conflict(
    laptops: tuple[Laptop, Laptop], sandbox: Sandbox, control: httpx.Client
) -> None:
    desktop, laptop = laptops
    uids = book(desktop)
    both_sync(sandbox, desktop, laptop)
    task_id = remote_id(desktop, uids["task"])
    mutate(control, "tasks", task_id, hs_timestamp="2026-03-20T12:00:00Z")
    with desktop.store.write() as session:
        found = session.scalars(select(Task).where(Task.uid == uids["task"])).one()
        found.due = date(2026, 3, 25)
    desktop.sync(sandbox)
    with desktop.store.read() as session:
        [conflict] = session.scalars(select(Conflict)).all()
        assert conflict.field == "due"
    assert row(desktop, Task, uids["task"]).due == date(2026, 3, 25)


def test_a_due_day_cleared_here_is_cleared_in_hubspot_and_on_the_other_store(
    laptops: tuple[Laptop, Laptop], sandbox: Sandbox
) -> None:
    desktop, laptop = laptops
    uids = book(desktop)
    both_sync(sandbox, desktop, laptop)
    with desktop.store.write() as session:
        found = session.scalars(select(Task).where(Task.uid == uids["task"])).one()
        found.due = None
    both_sync(sandbox, desktop, laptop)
    # HubSpot requires a due time: a placeholder, which does not read back as a day.
    with sandbox.store.lock:
        props = sandbox.store.records["tasks"][remote_id(desktop, uids["task"])].properties
        assert props["hs_timestamp"] and not props.get("csm_due")
    assert row(laptop, Task, uids["task"]).due is None
    settles(sandbox, desktop, laptop)
    assert row(desktop, Task, uids["task"]).due is None


def create(control: httpx.Client, object_type: str, **props: str) -> str:
    response = control.post(
        "/mutate", json={"op": "create", "type": object_type, "properties": props}
    )
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


def associate(control: httpx.Client, object_type: str, record: str, company: str) -> None:
    response = control.post(
        "/mutate",
        json={
            "op": "associate",
            "type": object_type,
            "id": record,
            "toType": "companies",
            "toId": company,
        },
    )
    assert response.status_code == 200, response.text


def test_tasks_and_deals_made_in_hubspot_join_their_account(
    laptops: tuple[Laptop, Laptop], sandbox: Sandbox, control: httpx.Client
) -> None:
    desktop, laptop = laptops
    uids = book(desktop)
    with desktop.store.write() as session:
        session.add(Account(name="Globex", domain="globex.test"))
    both_sync(sandbox, desktop, laptop)
    stages = stage_ids(sandbox)
    acme = remote_id(desktop, uids["account"])
    with desktop.store.read() as session:
        globex_uid = session.scalars(select(Account.uid).where(Account.name == "Globex")).one()
    globex = remote_id(desktop, globex_uid)

    made = create(
        control,
        "tasks",
        hs_task_subject="Send the SOC 2 report",
        hs_timestamp="2026-03-10T12:00:00Z",
    )
    associate(control, "tasks", made, acme)
    create(control, "tasks", hs_task_subject="Nobody's task", hs_timestamp="2026-03-10T12:00:00Z")
    renewed = create(
        control,
        "deals",
        dealname="Globex renewal 2025",
        pipeline=stages["pipeline"],
        dealstage=stages["Renewed"],
        amount="50000",
        closedate="2025-12-31",
    )
    associate(control, "deals", renewed, globex)
    upcoming = create(
        control,
        "deals",
        dealname="Globex renewal 2026",
        pipeline=stages["pipeline"],
        dealstage=stages["Forecast"],
        amount="55000",
    )
    associate(control, "deals", upcoming, globex)
    sales = create(
        control, "deals", dealname="Globex upsell", pipeline="default", dealstage="closedwon"
    )
    associate(control, "deals", sales, globex)

    result = desktop.sync(sandbox)
    assert result.pulled >= 3
    laptop.sync(sandbox)
    for store in (desktop, laptop):
        with store.store.read() as session:
            tasks = {t.title: (t.account.name, t.due) for t in session.scalars(select(Task))}
            renewals = [
                (r.account.name, r.outcome, r.period_start, r.period_end, r.arr_after)
                for r in session.scalars(select(Renewal)).all()
                if r.account.name == "Globex"
            ]
            forecast = session.scalars(
                select(RenewalForecast).join(Account).where(Account.name == "Globex")
            ).one()
            forecast_values = (forecast.expected_outcome, forecast.expected_arr)
        assert tasks["Send the SOC 2 report"] == ("Acme", date(2026, 3, 10))
        assert "Nobody's task" not in tasks  # no synced company: skipped
        assert renewals == [
            (
                "Globex",
                RenewalOutcome.RENEWED,
                date(2025, 1, 1),
                date(2025, 12, 31),
                Decimal("50000.00"),
            )
        ]
        assert forecast_values == (RenewalOutcome.RENEWED, Decimal("55000.00"))
    settles(sandbox, desktop, laptop)

    # Edited here, the deal becomes the app's, keeping the name the colleague gave it.
    with desktop.store.write() as session:
        globex_renewal = session.scalars(
            select(Renewal).join(Account).where(Account.name == "Globex")
        ).one()
        globex_renewal.outcome = RenewalOutcome.EXPANDED
    both_sync(sandbox, desktop, laptop)
    with sandbox.store.lock:
        props = sandbox.store.records["deals"][renewed].properties
        assert (props["dealname"], props["dealstage"], props["csm_record"]) == (
            "Globex renewal 2025",
            stages["Expanded"],
            "renewal",
        )
    with laptop.store.read() as session:
        outcomes = session.scalars(
            select(Renewal.outcome).join(Account).where(Account.name == "Globex")
        ).all()
    assert outcomes == [RenewalOutcome.EXPANDED]
    settles(sandbox, desktop, laptop)


def test_an_incremental_run_searches_each_object_type_once(
    laptops: tuple[Laptop, Laptop], sandbox: Sandbox, control: httpx.Client
) -> None:
    desktop, laptop = laptops
    uids = book(desktop)
    both_sync(sandbox, desktop, laptop)
    both_sync(sandbox, desktop, laptop)  # every kind is listed now: searched from here on
    mutate(control, "tasks", remote_id(desktop, uids["goal"]), csm_measure="Hours to close")
    mutate(control, "deals", remote_id(desktop, uids["forecast"]), csm_probability="60")
    before = last_request(sandbox)
    laptop.sync(sandbox)
    searches = Counter(
        entry["path"].split("/")[4]
        for entry in sandbox.log.since(before)
        if entry["path"].endswith("/search")
    )
    # Tasks serve tasks, plans, goals and milestones; deals renewals and forecasts.
    assert searches["tasks"] == 1
    assert searches["deals"] == 1
    assert row(laptop, Objective, uids["goal"]).measure == "Hours to close"
    assert row(laptop, RenewalForecast, uids["forecast"]).probability == 60


def test_an_early_version_of_the_shared_cursors_reads_what_each_kind_missed(
    laptops: tuple[Laptop, Laptop], sandbox: Sandbox, control: httpx.Client
) -> None:
    """Cursors kept per kind by an earlier version, one far behind the others: the type is
    read from the earliest, so nothing a kind had not seen yet is skipped."""
    desktop, laptop = laptops
    uids = book(desktop)
    both_sync(sandbox, desktop, laptop)
    both_sync(sandbox, desktop, laptop)
    mutate(control, "tasks", remote_id(desktop, uids["goal"]), csm_measure="Hours to close")
    with laptop.store.write() as session:
        goal = session.get(SyncCursor, ("hubspot", "goal"))
        assert goal is not None and goal.modified_at is not None
        goal.modified_at = datetime(2025, 1, 1, tzinfo=UTC)
    laptop.sync(sandbox)
    assert row(laptop, Objective, uids["goal"]).measure == "Hours to close"
    with laptop.store.read() as session:
        cursors = {
            c.kind: c.modified_at
            for c in session.scalars(select(SyncCursor))
            if c.kind in ("task", "plan", "goal", "milestone")
        }
    assert len(set(cursors.values())) == 1  # one position for the type again

"""My day's groups over a small hand-made book, triage of early warnings, reminders, ``today``."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest

from cs_desktop.book.tasks import add_task, update_task
from cs_desktop.cli import build_parser, run
from cs_desktop.cli_my_day import TODAY_SCHEMA
from cs_desktop.db import Store, open_store
from cs_desktop.ids import AccountId, HealthWarningId, TaskId
from cs_desktop.models import (
    HealthWarning,
    Renewal,
    RenewalForecast,
    RenewalOutcome,
    Satisfaction,
    Task,
    Tier,
    Touchpoint,
    TouchpointKind,
)
from cs_desktop.my_day import (
    CadenceError,
    Group,
    Place,
    acknowledge,
    due_reminders,
    load_cadence,
    load_my_day,
    mark_reminded,
    place_of,
    read_my_day_file,
    snooze,
)
from tests.support.factories import add_account

TODAY = date(2026, 12, 3)
CADENCE = {Tier.STRATEGIC: 14, Tier.MID_MARKET: 30, Tier.SMB: 90}


def local(day: date, hour: int = 10) -> datetime:
    """``hour`` o'clock on ``day`` in this computer's time zone, as the store keeps it."""
    return datetime.combine(day, time(hour)).astimezone(UTC)


def touch(store: Store, account: AccountId, day: date, **fields: object) -> int:
    with store.write() as session:
        row = Touchpoint(
            account_id=account,
            kind=fields.pop("kind", TouchpointKind.MEETING),
            occurred_at=local(day, int(fields.pop("hour", 10))),  # type: ignore[call-overload]
            title=fields.pop("title", "Check-in"),
            **fields,
        )
        session.add(row)
        session.flush()
        return row.id


def task(store: Store, account: AccountId, title: str, due: date | None, **fields: object) -> int:
    with store.write() as session:
        row = Task(account_id=account, title=title, due=due, **fields)
        session.add(row)
        session.flush()
        return row.id


def warning(store: Store, account: AccountId, rule: str, start: date, **fields: object) -> int:
    with store.write() as session:
        row = HealthWarning(
            account_id=account, rule_key=rule, episode_start=start, fired_on=start, **fields
        )
        session.add(row)
        session.flush()
        return row.id


@pytest.fixture
def book(store: Store) -> dict[str, int]:
    """A book with one row of each kind a group keeps, and one of each it leaves out."""
    t = TODAY
    ids: dict[str, int] = {}
    acme = add_account(
        store, "Acme", tier=Tier.STRATEGIC, renewal_date=t + timedelta(days=30), arr=1200
    )
    ids["acme"] = acme
    quiet = add_account(store, "Quiet Co", tier=Tier.STRATEGIC, renewal_date=t + timedelta(130))
    ids["quiet"] = quiet
    never = add_account(store, "Never Met", tier=Tier.SMB)
    ids["never"] = never
    calm = add_account(store, "Calm Ltd", tier=Tier.ENTERPRISE)  # no cadence for its tier
    ids["calm"] = calm
    archived = add_account(
        store,
        "Archived Inc",
        tier=Tier.SMB,
        renewal_date=t + timedelta(days=10),
        archived_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    gone = add_account(store, "Gone GmbH", tier=Tier.SMB, renewal_date=t + timedelta(days=5))
    with store.write() as session:
        session.add(
            Renewal(
                account_id=gone,
                period_start=date(2025, 1, 1),
                period_end=date(2026, 1, 1),
                arr_before=Decimal(100),
                arr_after=Decimal(0),
                outcome=RenewalOutcome.CHURNED,
            )
        )
        session.add(
            RenewalForecast(
                account_id=acme,
                expected_outcome=RenewalOutcome.EXPANDED,
                probability=80,
                expected_arr=Decimal(1500),
            )
        )

    # Touchpoints: Acme met recently, answered "no" last; Quiet Co met 20 days ago, happy.
    touch(store, acme, t - timedelta(days=10), product_satisfied=Satisfaction.YES)
    ids["acme_no"] = touch(
        store,
        acme,
        t - timedelta(days=2),
        service_satisfied=Satisfaction.NO,
        product_satisfied=Satisfaction.YES,
        kind=TouchpointKind.CALL,
    )
    touch(store, acme, t - timedelta(days=1))  # no pulse asked: the "no" stays the last answer
    touch(store, quiet, t - timedelta(days=30), product_satisfied=Satisfaction.NO)
    touch(store, quiet, t - timedelta(days=20), product_satisfied=Satisfaction.YES)
    touch(store, calm, t - timedelta(days=400), service_satisfied=Satisfaction.NO)
    touch(store, archived, t - timedelta(days=400), service_satisfied=Satisfaction.NO)
    # Meetings: today and tomorrow count; a call counts; a note and the day after do not.
    ids["meet_today"] = touch(store, calm, t, hour=15, title="QBR", kind=TouchpointKind.QBR)
    ids["meet_tomorrow"] = touch(
        store, never, t + timedelta(days=1), hour=9, title="Kickoff", kind=TouchpointKind.CALL
    )
    touch(store, never, t + timedelta(days=1), title="A note", kind=TouchpointKind.NOTE)
    touch(store, calm, t + timedelta(days=2), title="Later", kind=TouchpointKind.MEETING)
    touch(store, archived, t, title="Archived meeting")

    # Tasks: overdue, due today, reminded today; not: later, done, archived account's.
    ids["overdue"] = task(store, acme, "Send the plan", t - timedelta(days=3))
    ids["today"] = task(store, quiet, "Call the sponsor", t)
    ids["reminded"] = task(store, calm, "Prepare QBR", None, remind_at=local(t, 8))
    task(store, acme, "Later", t + timedelta(days=3))
    task(store, acme, "Done", t - timedelta(days=3), done=True)
    task(store, archived, "Archived task", t - timedelta(days=1))

    # Early warnings: new, snooze run out; not: acknowledged, snoozed on, archived.
    ids["warn_new"] = warning(store, acme, "score_drop", t - timedelta(days=1))
    ids["warn_back"] = warning(store, quiet, "score_drop", t - timedelta(days=9), snoozed_until=t)
    warning(store, acme, "unsatisfied_pulses", t - timedelta(days=5), acknowledged_at=local(t, 8))
    warning(store, calm, "score_drop", t - timedelta(days=2), snoozed_until=t + timedelta(1))
    warning(store, archived, "score_drop", t - timedelta(days=2))
    return ids


def test_each_group_holds_exactly_its_rows(store: Store, book: dict[str, int]) -> None:
    with store.engine.connect() as connection:
        day = load_my_day(connection, TODAY, cadence=CADENCE)

    # By due day (a reminder's is today), then account.
    assert [item.task_id for item in day.tasks] == [
        book["overdue"],
        book["reminded"],
        book["today"],
    ]
    assert day.tasks[0].days_overdue(TODAY) == 3
    assert {item.warning_id for item in day.warnings} == {book["warn_new"], book["warn_back"]}
    assert [item.account.name for item in day.renewals] == ["Acme"]
    forecast = day.renewals[0].forecast
    assert forecast is not None and forecast.probability == 80
    assert forecast.expected_arr == Decimal(1500)
    assert day.converted(day.renewals[0].arr, "USD") == Decimal(1200)
    assert [(s.account.name, s.touchpoint_id) for s in day.satisfaction] == [
        ("Acme", book["acme_no"]),
        ("Calm Ltd", day.satisfaction[1].touchpoint_id),
    ]
    assert day.satisfaction[0].service is Satisfaction.NO
    # Quiet Co: 20 days > 14 (strategic); Never Met: nothing on record (SMB, 90).
    assert [(q.account.name, q.days_quiet(TODAY)) for q in day.quiet] == [
        ("Never Met", None),
        ("Quiet Co", 20),
    ]
    assert [m.touchpoint_id for m in day.meetings] == [book["meet_today"], book["meet_tomorrow"]]


def test_rows_open_their_account_at_the_right_place(store: Store, book: dict[str, int]) -> None:
    with store.engine.connect() as connection:
        day = load_my_day(connection, TODAY, cadence=CADENCE)

    assert place_of(day.tasks[0]) == (Place.TASKS, book["overdue"])
    assert place_of(day.warnings[0]) == (Place.HEALTH, None)
    assert place_of(day.renewals[0]) == (Place.RENEWALS, None)
    assert place_of(day.satisfaction[0]) == (Place.TOUCHPOINT, book["acme_no"])
    assert place_of(day.quiet[0]) == (Place.LOG, None)
    assert place_of(day.meetings[0]) == (Place.TOUCHPOINT, book["meet_today"])


def test_read_from_the_file_as_at_start_up(store: Store, book: dict[str, int]) -> None:
    with store.engine.connect() as connection:
        through_engine = load_my_day(connection, TODAY)
    from_file = read_my_day_file(store.path, TODAY)

    assert from_file == through_engine
    assert from_file.count == sum(len(from_file.group(group)) for group in Group)


def test_acknowledge_and_snooze_persist_across_a_restart(
    store: Store, book: dict[str, int]
) -> None:
    with store.write() as session:
        acknowledge(session, HealthWarningId(book["warn_new"]), local(TODAY, 9))
    with store.write() as session:
        edit = snooze(session, HealthWarningId(book["warn_back"]), TODAY + timedelta(days=7))
    assert edit.before.snoozed_until == TODAY and edit.after.snoozed_until == TODAY + timedelta(7)
    path = store.path
    store.close()

    reopened = open_store(path)
    try:
        with reopened.engine.connect() as connection:
            assert load_my_day(connection, TODAY).warnings == ()
            later = load_my_day(connection, TODAY + timedelta(days=7)).warnings
        shown_later = {item.warning_id for item in later}  # Calm Ltd's snooze ran out too
        assert book["warn_back"] in shown_later and book["warn_new"] not in shown_later
    finally:
        reopened.close()


def test_the_cadence_comes_from_the_settings_file(tmp_path: Path) -> None:
    shipped = load_cadence()
    assert shipped[Tier.STRATEGIC] == 14 and shipped[Tier.MID_MARKET] == 30
    assert shipped[Tier.SMB] == 90

    bad = tmp_path / "settings.toml"
    bad.write_text("[touch_cadence]\nstrategic = 0\n", encoding="utf-8")
    with pytest.raises(CadenceError, match=r"settings.toml: \[touch_cadence\] strategic"):
        load_cadence(bad)
    bad.write_text("[touch_cadence]\nplatinum = 7\n", encoding="utf-8")
    with pytest.raises(CadenceError, match="unknown tier"):
        load_cadence(bad)


def test_reminders_show_once_and_again_when_moved(store: Store) -> None:
    account = add_account(store, "Acme")
    at = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    with store.write() as session:
        task_id = TaskId(add_task(session, account, {"title": "Call Ana", "remind_at": at}).row_id)

    with store.engine.connect() as connection:
        assert due_reminders(connection, at - timedelta(minutes=1)) == ()
        due = due_reminders(connection, at)
    assert [(r.task_id, r.title, r.account.name) for r in due] == [(task_id, "Call Ana", "Acme")]
    with store.write() as session:
        mark_reminded(session, (task_id,), at)
    with store.engine.connect() as connection:
        assert due_reminders(connection, at + timedelta(hours=1)) == ()

    later = at + timedelta(hours=2)
    with store.write() as session:
        update_task(session, task_id, {"remind_at": later})
    with store.engine.connect() as connection:
        assert [r.task_id for r in due_reminders(connection, later)] == [task_id]


def test_a_reminder_needs_a_time_zone(store: Store) -> None:
    from cs_desktop.record_edits import RecordRejected

    account = add_account(store, "Acme")
    with store.write() as session, pytest.raises(RecordRejected) as rejected:
        add_task(session, account, {"title": "Call", "remind_at": datetime(2026, 12, 3, 9)})
    assert "time zone" in rejected.value.errors["remind_at"]


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(build_parser().parse_args(list(args)), out, err)
    return code, out.getvalue(), err.getvalue()


def test_today_prints_each_group_and_json_for_scripts(store: Store) -> None:
    today = date.today()
    account = add_account(store, "Acme", tier=Tier.STRATEGIC)
    task(store, account, "Send the plan", today - timedelta(days=2))
    path = store.path
    store.close()

    code, out, _ = cli("--db", str(path), "today")
    assert code == 0
    assert "Tasks due and overdue: 1 item" in out
    assert "Send the plan — overdue by 2 days" in out
    assert "No touchpoint for longer than the tier's cadence: 1 item" in out

    code, out, _ = cli("--db", str(path), "today", "--json")
    assert code == 0
    record = json.loads(out)
    jsonschema.validate(record, TODAY_SCHEMA)
    assert record["today"] == today.isoformat()
    assert [row["title"] for row in record["groups"]["tasks"]] == ["Send the plan"]
    assert record["groups"]["quiet"][0]["account"]["name"] == "Acme"

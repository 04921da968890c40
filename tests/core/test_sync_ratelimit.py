"""Client-side rate limits (contract §3.6) on a fake clock: the sync stays under the portal's
limits, paces searches, and stops for the day with the outbox intact."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from crm_sandbox import Sandbox
from cs_desktop.db import Store
from cs_desktop.models import Account
from cs_desktop.sync.adapter import DailyLimitReached, RateInfo
from cs_desktop.sync.connection import open_adapter
from cs_desktop.sync.engine import run_sync
from cs_desktop.sync.hubspot import HubSpotAdapter
from cs_desktop.sync.hubspot.connect import connect_hubspot
from cs_desktop.sync.hubspot.limits import SEARCH_PER_SECOND, read_limits
from cs_desktop.sync.ratelimit import RateGate, RollingLimit
from cs_desktop.sync.retry import RetryPolicy
from cs_desktop.sync.state import Outbox
from tests.support.hubspot import FakeTime, unchecked

pytestmark = pytest.mark.usefixtures("memory_keyring")


def most_in_any_window(times: list[float], window_s: float) -> int:
    return max(
        (sum(1 for t in times if start <= t < start + window_s) for start in times), default=0
    )


def test_requests_stay_under_the_limit_the_portal_announces() -> None:
    clock = FakeTime()
    gate = RateGate(clock.sleep, clock.monotonic)
    gate.observe(
        read_limits(
            {"X-HubSpot-RateLimit-Max": "10", "X-HubSpot-RateLimit-Interval-Milliseconds": "2000"}
        )
    )
    sent = []
    for _ in range(35):
        gate.before(search=False)
        sent.append(clock.now)
    assert most_in_any_window(sent, 2.0) == 10
    assert sent[-1] >= 6.0  # 35 requests at 10 per 2 s need three full windows


def test_searches_go_at_most_four_a_second() -> None:
    clock = FakeTime()
    gate = RateGate(clock.sleep, clock.monotonic, searches_per_s=SEARCH_PER_SECOND)
    searches = []
    for n in range(20):
        gate.before(search=n % 2 == 0)
        if n % 2 == 0:
            searches.append(clock.now)
    assert most_in_any_window(searches, 1.0) == 4


def test_four_searches_go_at_once_and_the_fifth_when_the_first_is_a_second_old() -> None:
    # A burst within HubSpot's rolling second, not a fixed gap between searches.
    clock = FakeTime()
    gate = RateGate(clock.sleep, clock.monotonic, searches_per_s=SEARCH_PER_SECOND)
    sent = []
    for _ in range(4):
        gate.before(search=True)
        sent.append(clock.now)
        clock.now += 0.01  # each search takes a moment
    assert clock.sleeps == []
    gate.before(search=True)
    assert clock.now == pytest.approx(sent[0] + 1.0)
    clock.now += 1.5  # a quiet spell: the next burst goes at once again
    for _ in range(4):
        gate.before(search=True)
    assert len(clock.sleeps) == 1


def test_a_rolling_window_frees_room_as_old_requests_age() -> None:
    limit = RollingLimit(2, 1.0)
    limit.record(0.0)
    limit.record(0.4)
    assert limit.wait(0.5) == pytest.approx(0.5)
    assert limit.wait(1.0) == 0.0


def test_the_daily_reserve_is_left_alone() -> None:
    clock = FakeTime()
    gate = RateGate(clock.sleep, clock.monotonic)
    gate.observe(
        read_limits(
            {"X-HubSpot-RateLimit-Daily": "500000", "X-HubSpot-RateLimit-Daily-Remaining": "6000"}
        )
    )
    gate.before(search=False)
    gate.observe(read_limits({"X-HubSpot-RateLimit-Daily-Remaining": "5000"}))  # 1% is kept
    with pytest.raises(DailyLimitReached):
        gate.before(search=False)
    clock.sleep(3601)  # later on: one request may go to read a fresh figure
    gate.before(search=False)


def test_a_crm_without_a_search_limit_is_not_paced_for_searches() -> None:
    clock = FakeTime()
    gate = RateGate(clock.sleep, clock.monotonic)
    for _ in range(20):
        gate.before(search=True)
    assert clock.sleeps == []


def test_any_crm_s_day_figures_stop_the_run_at_the_reserve() -> None:
    # Neutral figures, as a CRM reporting "api-usage=N/M" gives them (Salesforce).
    clock = FakeTime()
    gate = RateGate(clock.sleep, clock.monotonic)
    gate.observe(RateInfo(day_limit=15_000, day_remaining=15_000 - 14_000))
    gate.before(search=False)
    gate.observe(RateInfo(day_remaining=15_000 - 14_900))  # 1% of the day is kept
    with pytest.raises(DailyLimitReached):
        gate.before(search=False)


def test_hubspot_headers_become_neutral_figures() -> None:
    limits = read_limits(
        {
            "X-HubSpot-RateLimit-Max": "190",
            "X-HubSpot-RateLimit-Remaining": "185",
            "X-HubSpot-RateLimit-Interval-Milliseconds": "10000",
            "X-HubSpot-RateLimit-Daily": "1000000",
            "X-HubSpot-RateLimit-Daily-Remaining": "999000",
            "Content-Type": "application/json",
        }
    )
    assert (limits.window_limit, limits.window_used, limits.window_s) == (190, 5, 10.0)
    assert (limits.day_limit, limits.day_used) == (1_000_000, 1_000)
    assert "Content-Type" not in limits.headers and len(limits.headers) == 5
    assert RateInfo.from_json(limits.as_json()) == limits
    assert read_limits({"Content-Type": "text/html"}) == RateInfo()
    # A response telling only some figures keeps the others.
    later = limits.updated(read_limits({"X-HubSpot-RateLimit-Daily-Remaining": "998000"}))
    assert (later.day_limit, later.day_used, later.window_limit) == (1_000_000, 2_000, 190)


def test_an_older_run_log_of_bare_headers_reads_as_no_figures() -> None:
    assert RateInfo.from_json('{"X-HubSpot-RateLimit-Max": "100"}') == RateInfo()
    assert RateInfo.from_json("not json") == RateInfo()


# -- against the sandbox, which enforces the limits on its own clock -------------------------


class PortalTime(FakeTime):
    """The fake clock of the client, driving the sandbox's frozen clock along with it."""

    def __init__(self, control: httpx.Client) -> None:
        super().__init__()
        self.control = control

    def sleep(self, seconds: float) -> None:
        super().sleep(seconds)
        self.control.post("/clock", json={"advance": seconds})


@pytest.fixture
def portal_time(control: httpx.Client) -> PortalTime:
    # An hour ago and frozen: writes are old enough for search; time moves with the client.
    hour_ago = int(datetime.now(tz=UTC).timestamp() * 1000) - 3_600_000
    control.post("/clock", json={"now": hour_ago, "frozen": True})
    return PortalTime(control)


@pytest.fixture
def hub(store: Store, sandbox: Sandbox, portal_time: PortalTime) -> Iterator[HubSpotAdapter]:
    # Unchecked: the check's request would count in the portal's window before the gate
    # of this adapter knows of it.
    connect_hubspot(store, token=sandbox.auth.private_token, base_url=sandbox.url, verify=unchecked)
    adapter = open_adapter(
        store, retry=RetryPolicy(sleep=portal_time.sleep, monotonic=portal_time.monotonic)
    )
    yield adapter
    adapter.close()


def add_accounts(store: Store, count: int) -> None:
    with store.write() as session:
        session.add_all(Account(name=f"Account {n:03d}") for n in range(count))


def waiting(store: Store) -> int:
    with store.read() as session:
        return int(
            session.scalar(select(func.count()).select_from(Outbox).where(Outbox.state != "done"))
            or 0
        )


def test_a_sync_under_enforced_limits_meets_no_429(
    store: Store, control: httpx.Client, hub: HubSpotAdapter, portal_time: PortalTime
) -> None:
    control.post(
        "/faults",
        json={
            "settings": {
                "enforceRateLimits": True,
                "rateLimitMax": 6,
                "rateLimitIntervalMs": 2000,
            }
        },
    )
    add_accounts(store, 150)  # two upsert batches, then six kinds of searches and listings
    result = run_sync(store, hub)
    assert result.outcome == "ok", result
    log: list[dict[str, Any]] = control.get("/requests").json()["requests"]
    assert len(log) > 15  # well past 6 in 2 s
    assert [r for r in log if r["status"] == 429] == []
    assert hub.retry.attempts_made == len(log)  # nothing had to be sent twice
    assert portal_time.sleeps  # the client waited rather than the portal refusing


def test_a_low_daily_quota_stops_the_run_with_the_outbox_intact(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    hub: HubSpotAdapter,
    portal_time: PortalTime,
) -> None:
    # The schema (a property list and a batch create for each of 8 object types) and 2
    # upsert requests of 100, of the one batch that claimed all 250; then the day's last 20
    # requests are kept. The 200 answered are acknowledged, the other 50 wait.
    control.post("/faults", json={"settings": {"enforceRateLimits": True, "dailyLimit": 38}})
    add_accounts(store, 250)
    result = run_sync(store, hub)
    assert result.outcome == "rate_limited", result
    assert "daily" in result.message
    assert len(sandbox.store.records["companies"]) == 200
    assert result.waiting == waiting(store) == 50  # the third batch, still queued
    log: list[dict[str, Any]] = control.get("/requests").json()["requests"]
    assert [r for r in log if r["status"] == 429] == []  # stopped before the portal refused

    control.post("/faults", json={"settings": {"dailyLimit": 1_000_000}})
    portal_time.sleep(3601)  # an hour later the client looks at the quota again
    again = run_sync(store, hub)
    assert again.outcome == "ok" and again.waiting == 0
    assert len(sandbox.store.records["companies"]) == 250

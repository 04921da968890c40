"""Retry policy on a fake clock: Retry-After honoured, backoff jittered and bounded."""

from __future__ import annotations

import random
from collections.abc import Mapping

import pytest

from cs_desktop.sync.adapter import RateLimited, Transient
from cs_desktop.sync.hubspot.limits import wait_hint
from cs_desktop.sync.retry import (
    MAX_DELAY_S,
    RetryPolicy,
    backoff_delay,
    retry_after_seconds,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def policy(clock: FakeClock, attempts: int = 8) -> RetryPolicy:
    return RetryPolicy(
        sleep=clock.sleep, monotonic=clock.monotonic, max_attempts=attempts, rng=random.Random(1)
    )


def test_retry_after_is_honoured_before_the_next_request() -> None:
    clock = FakeClock()
    calls: list[float] = []

    def request() -> str:
        calls.append(clock.now)
        if len(calls) == 1:
            raise RateLimited(3)
        return "ok"

    assert policy(clock).call(request) == "ok"
    assert calls[1] - calls[0] >= 3


def test_attempts_are_bounded_then_the_error_surfaces() -> None:
    clock = FakeClock()
    calls = []

    def request() -> str:
        calls.append(clock.now)
        raise Transient("503")

    with pytest.raises(Transient):
        policy(clock, attempts=5).call(request)
    assert len(calls) == 5
    assert all(s <= MAX_DELAY_S for s in clock.sleeps)


def test_backoff_is_full_jitter_capped() -> None:
    rng = random.Random(3)
    for attempt in range(12):
        delay = backoff_delay(attempt, rng)
        assert 0 <= delay <= min(MAX_DELAY_S, 2**attempt)


def test_wait_hints_from_headers() -> None:
    interval = {"X-HubSpot-RateLimit-Interval-Milliseconds": "10000"}
    assert retry_after_seconds(429, {"Retry-After": "3"}) == 3
    assert retry_after_seconds(429, {"Retry-After": "3", **interval}, wait_hint) == 3
    assert retry_after_seconds(429, interval, wait_hint) == 10  # HubSpot's own reading
    assert retry_after_seconds(429, interval) is None  # the policy reads no CRM's headers
    assert retry_after_seconds(503, interval, wait_hint) is None
    assert retry_after_seconds(503, {}) is None


def test_a_crm_hint_is_asked_only_without_retry_after() -> None:
    asked: list[int] = []

    def hint(status: int, headers: Mapping[str, str]) -> float | None:
        asked.append(status)
        return 7.0

    assert retry_after_seconds(429, {"retry-after": "2"}, hint) == 2
    assert retry_after_seconds(429, {"Retry-After": "Wed, 21 Oct 2026 07:28:00 GMT"}, hint) == 7
    assert asked == [429]

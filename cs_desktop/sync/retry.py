"""Retry policy (contract §3.6): Retry-After, the CRM's own wait hint, jittered backoff.

The policy is the same for every CRM; what a CRM's own headers say about waiting (HubSpot's
rolling window on a 429) is read by its package and handed in as a :data:`WaitHint`.

The clock and sleep are injected so tests run on a fake clock and prove that no request is
sent before the server allowed it.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from cs_desktop.sync.adapter import CrmError, DailyLimitReached, RateLimited, Transient

T = TypeVar("T")

BASE_DELAY_S = 1.0
MAX_DELAY_S = 60.0
MAX_ATTEMPTS = 8


WaitHint = Callable[[int, Mapping[str, str]], float | None]
"""A CRM's own reading of how long a response (status, headers) asks to wait, or None."""


def retry_after_seconds(
    status: int, headers: Mapping[str, str], hint: WaitHint | None = None
) -> float | None:
    """The wait a response asks for: ``Retry-After`` (seconds), else the CRM's own ``hint``;
    None when neither names one."""
    lowered = {k.lower(): v for k, v in headers.items()}
    value = lowered.get("retry-after")
    if value is not None:
        try:
            return max(0.0, float(value))
        except ValueError:
            pass  # an HTTP date: rare from CRM APIs; fall through to the CRM's hint
    return None if hint is None else hint(status, headers)


def backoff_delay(attempt: int, rng: random.Random) -> float:
    """Full jitter: uniform in [0, min(cap, base * 2**attempt)] (attempt counts from 0)."""
    return rng.uniform(0, min(MAX_DELAY_S, BASE_DELAY_S * 2**attempt))


@dataclass
class RetryPolicy:
    """Runs a call, retrying :class:`RateLimited` and :class:`Transient` a bounded number of times.

    Attributes:
        sleep: waits (``time.sleep`` by default; a fake clock's in tests).
        monotonic: the clock used to keep the earliest time the next request may go.
        max_attempts: attempts in all, first one included.
    """

    sleep: Callable[[float], None] = time.sleep
    monotonic: Callable[[], float] = time.monotonic
    max_attempts: int = MAX_ATTEMPTS
    rng: random.Random = field(default_factory=random.Random)
    not_before: float = 0.0
    attempts_made: int = 0

    def wait_turn(self) -> None:
        """Sleep until the server's last Retry-After has passed."""
        remaining = self.not_before - self.monotonic()
        if remaining > 0:
            self.sleep(remaining)

    def call(
        self,
        fn: Callable[[], T],
        *,
        give_up_at: float | None = None,
        out_of_time: Callable[[], CrmError] | None = None,
    ) -> T:
        """Call ``fn`` until it succeeds or the attempts run out (then re-raise).

        Args:
            give_up_at: on this policy's clock, when to stop retrying: a retry that would
                start later raises ``out_of_time()`` instead (a rate limit re-raises, since
                the CRM named the wait itself).
        """
        attempt = 0
        while True:
            self.wait_turn()
            self.attempts_made += 1
            try:
                return fn()
            except (RateLimited, Transient) as error:
                if isinstance(error, DailyLimitReached):
                    raise  # waiting for tomorrow is not a retry
                if isinstance(error, RateLimited):
                    delay = error.retry_after_s
                else:
                    delay = backoff_delay(attempt, self.rng)
                attempt += 1
                if attempt >= self.max_attempts:
                    raise
                if give_up_at is not None and self.monotonic() + delay >= give_up_at:
                    if isinstance(error, RateLimited) or out_of_time is None:
                        raise
                    raise out_of_time() from None
            self.not_before = max(self.not_before, self.monotonic() + delay)

"""Client-side rate limits (contract §3.6): stay under the CRM's limits instead of meeting 429s.

The figures are neutral (:class:`~cs_desktop.sync.adapter.RateInfo`): each CRM's package reads
them from its own headers (HubSpot's ``X-HubSpot-RateLimit-*``, Salesforce's
``Sforce-Limit-Info``) and hands them to :meth:`RateGate.observe`.

- every request: at most the window's limit per rolling window (read from each response; a
  conservative default until the first one);
- search requests: at most ``searches_per_s`` a second, when the CRM has such a limit;
- the day: when the day's remaining requests fall to a reserve, the run stops
  (:class:`~cs_desktop.sync.adapter.DailyLimitReached`) and leaves the rest of the daily
  quota to the user's other tools; the outbox waits for tomorrow.

Why a rolling window rather than a refilling bucket: CRMs count requests in a rolling window,
and a bucket of ``Max`` tokens refilled at ``Max`` per interval lets through up to twice
``Max`` in one window (a full bucket, then the refill). The window log is exact, and small
(``Max`` is a few hundred at most).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from cs_desktop.i18n import _
from cs_desktop.sync.adapter import DailyLimitReached, RateInfo

DEFAULT_MAX = 100  # the lowest published per-window limit (HubSpot's OAuth apps)
DEFAULT_INTERVAL_S = 10.0
DAILY_RESERVE_SHARE = 0.01
DAILY_RESERVE_MIN = 20
# A low daily figure is trusted this long; then one request goes out to read a fresh one (the
# quota resets at the portal's midnight, which the app does not know).
DAILY_RECHECK_S = 3600.0


@dataclass
class RollingLimit:
    """At most ``count`` events in any ``window_s`` seconds."""

    count: int
    window_s: float
    sent: deque[float] = field(default_factory=deque)

    def wait(self, now: float) -> float:
        """Seconds until one more event fits (0 if it fits now)."""
        while self.sent and self.sent[0] <= now - self.window_s:
            self.sent.popleft()
        if len(self.sent) < self.count:
            return 0.0
        return self.sent[len(self.sent) - self.count] + self.window_s - now

    def record(self, now: float) -> None:
        self.sent.append(now)


class RateGate:
    """Paces requests to one portal. ``before`` each request, ``observe`` each response.

    Args:
        sleep: waits (a fake clock's in tests, like the retry policy's).
        monotonic: the clock of the rolling windows.
        searches_per_s: the CRM's limit on search requests a second, if it has one.
    """

    def __init__(
        self,
        sleep: Callable[[float], None],
        monotonic: Callable[[], float],
        *,
        searches_per_s: int | None = None,
    ) -> None:
        self._sleep = sleep
        self._monotonic = monotonic
        self.requests = RollingLimit(DEFAULT_MAX, DEFAULT_INTERVAL_S)
        self.searches = None if searches_per_s is None else RollingLimit(searches_per_s, 1.0)
        self.daily: int | None = None
        self.daily_remaining: int | None = None
        self._daily_seen_at = 0.0

    def before(self, *, search: bool) -> None:
        """Wait for room under every limit that applies, then count the request.

        Raises:
            DailyLimitReached: the day's quota is down to the reserve.
        """
        if self.daily_low():
            raise DailyLimitReached(
                _("the CRM's daily API limit is nearly used up; sync resumes tomorrow")
            )
        limits = [self.requests]
        if search and self.searches is not None:
            limits.append(self.searches)
        while True:
            now = self._monotonic()
            wait = max(limit.wait(now) for limit in limits)
            if wait <= 0:
                break
            self._sleep(wait)
        for limit in limits:
            limit.record(now)

    def observe(self, limits: RateInfo) -> None:
        """Take the portal's limits from the figures a response told (others stay)."""
        if limits.window_limit and limits.window_s:
            self.requests.count, self.requests.window_s = limits.window_limit, limits.window_s
        if limits.day_limit is not None:
            self.daily = limits.day_limit
        if limits.day_remaining is not None:
            self.daily_remaining, self._daily_seen_at = limits.day_remaining, self._monotonic()

    def daily_low(self) -> bool:
        """Whether the day's remaining requests are down to the reserve."""
        if self.daily_remaining is None:
            return False
        if self._monotonic() - self._daily_seen_at > DAILY_RECHECK_S:
            self.daily_remaining = None
            return False
        reserve = max(DAILY_RESERVE_MIN, int((self.daily or 0) * DAILY_RESERVE_SHARE))
        return self.daily_remaining <= reserve

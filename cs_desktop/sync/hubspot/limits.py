"""HubSpot's request limits as its responses announce them (contract §3.6) [H9][H10].

Every response carries ``X-HubSpot-RateLimit-Max`` requests per
``X-HubSpot-RateLimit-Interval-Milliseconds`` (``-Remaining`` of them left), and for private
apps ``-Daily`` / ``-Daily-Remaining``; they become the neutral figures of :class:`RateInfo`
that the client's pacing (:mod:`cs_desktop.sync.ratelimit`) and the status read. Searches have
a limit of their own, 4 a second, that no header announces.
"""

from __future__ import annotations

from collections.abc import Mapping

from cs_desktop.sync.adapter import RateInfo

SEARCH_PER_SECOND = 4
_PREFIX = "x-hubspot"


def read_limits(headers: Mapping[str, str]) -> RateInfo:
    """The limit figures of a response's ``X-HubSpot-RateLimit-*`` headers (none: empty)."""
    own = {k: v for k, v in headers.items() if k.lower().startswith(_PREFIX)}
    lowered = {k.lower(): v for k, v in own.items()}
    interval_ms = _number(lowered.get("x-hubspot-ratelimit-interval-milliseconds"))
    return RateInfo(
        day_limit=_number(lowered.get("x-hubspot-ratelimit-daily")),
        day_remaining=_number(lowered.get("x-hubspot-ratelimit-daily-remaining")),
        window_limit=_number(lowered.get("x-hubspot-ratelimit-max")),
        window_remaining=_number(lowered.get("x-hubspot-ratelimit-remaining")),
        window_s=None if not interval_ms else interval_ms / 1000,
        headers=own,
    )


def wait_hint(status: int, headers: Mapping[str, str]) -> float | None:
    """On a 429 without ``Retry-After``: the length of HubSpot's rolling window."""
    if status != 429:
        return None
    window_s = read_limits(headers).window_s
    return window_s


def _number(value: str | None) -> int | None:
    return int(value) if value is not None and value.strip().isdigit() else None

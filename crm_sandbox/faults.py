"""Scriptable misbehaviour: which request fails, how, and the standing conditions of the portal.

A test posts rules to ``/__emulator/faults``; each names the calls it hits (method, a glob on
the path, and which of the matching calls) and what happens to them. Settings are conditions
that hold for every request until changed: token lifetime, search lag and cap, identical
timestamps, refresh-token rotation.
"""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

KINDS = frozenset(
    {
        "rate_limit",  # 429 + Retry-After + RATE_LIMIT body
        "server_error",  # 500/502/503/504, JSON or HTML body, nothing applied
        "apply_then_fail",  # the write is committed, then a 5xx is returned
        "delay",  # sleep before or after applying (client timeouts)
        "reset",  # connection reset mid-body, before or after applying
        "expired_token",  # 401 as if the access token had expired
        "invalid_grant",  # token endpoint: 400 invalid_grant
        "batch_errors",  # 207: chosen batch inputs fail
        "captive_portal",  # a sign-in page (200, or a 302/511) answers instead of the API
        "truncated_json",  # 200 with a JSON body cut short, before or after applying
        "trickle",  # the reply (head and body) goes out one byte every `seconds`
        "hang",  # the request is taken and never answered (nothing applied)
    }
)
CAPTIVE_STATUSES = frozenset({200, 302, 511})
POLICIES = {
    "TEN_SECONDLY_ROLLING": "You have reached your ten_secondly_rolling limit.",
    "DAILY": "You have reached your daily limit.",
    "SECONDLY": "You have reached your secondly limit.",  # the search API's per-second limit
}
BATCH_CATEGORIES = frozenset({"VALIDATION_ERROR", "OBJECT_NOT_FOUND", "CONFLICT"})


@dataclass
class Fault:
    """One rule. ``nth`` (1-based, among matching calls) or ``times`` (the first N matching
    calls; 0 = every call) chooses the calls it hits."""

    kind: str
    method: str = "*"
    path: str = "*"
    nth: list[int] | None = None
    times: int = 1
    status: int = 0
    retryAfter: int | None = 10
    policy: str = "TEN_SECONDLY_ROLLING"
    body: str = "json"
    seconds: float = 0.0
    when: str = "before"
    category: str = "VALIDATION_ERROR"
    select: dict[str, list[Any]] = field(default_factory=dict)
    seen: int = 0
    fired: int = 0

    def matches(self, method: str, path: str) -> bool:
        return (self.method in ("*", method.upper())) and fnmatch.fnmatchcase(path, self.path)

    def fires_on(self, call: int) -> bool:
        if self.nth is not None:
            return call in self.nth
        return self.times == 0 or call <= self.times

    def describe(self) -> dict[str, Any]:
        return asdict(self)


def parse_fault(spec: Any) -> Fault:
    """A :class:`Fault` from its JSON form.

    Raises:
        ValueError: for an unknown kind, key or value.
    """
    if not isinstance(spec, dict):
        raise ValueError("a fault is a JSON object")
    known = {f.name for f in fields(Fault)} - {"seen", "fired"}
    unknown = set(spec) - known
    if unknown:
        raise ValueError(f"unknown fault keys: {sorted(unknown)}")
    fault = Fault(**spec)
    if fault.kind not in KINDS:
        raise ValueError(f"unknown fault kind {fault.kind!r}; one of {sorted(KINDS)}")
    fault.method = fault.method.upper()
    if fault.kind in ("server_error", "apply_then_fail"):
        fault.status = fault.status or (500 if fault.kind == "server_error" else 502)
        if fault.status not in (500, 502, 503, 504):
            raise ValueError("status must be 500, 502, 503 or 504")
    if fault.body not in ("json", "html"):
        raise ValueError("body must be 'json' or 'html'")
    if fault.when not in ("before", "after"):
        raise ValueError("when must be 'before' or 'after'")
    if fault.kind == "rate_limit" and fault.policy not in POLICIES:
        raise ValueError(f"policy must be one of {sorted(POLICIES)}")
    if fault.kind == "batch_errors":
        if fault.category not in BATCH_CATEGORIES:
            raise ValueError(f"category must be one of {sorted(BATCH_CATEGORIES)}")
        if not set(fault.select) <= {"traceIds", "ids", "indexes"} or not fault.select:
            raise ValueError("select needs traceIds, ids or indexes")
    if fault.kind == "delay" and fault.seconds <= 0:
        raise ValueError("a delay needs seconds > 0")
    if fault.kind == "trickle" and fault.seconds <= 0:
        raise ValueError("a trickle needs seconds > 0 (between two bytes)")
    if fault.kind == "hang" and fault.seconds < 0:
        raise ValueError("a hang's seconds are >= 0 (0: until the client leaves)")
    if fault.kind == "captive_portal":
        fault.status = fault.status or 200
        if fault.status not in CAPTIVE_STATUSES:
            raise ValueError(f"a captive portal answers {sorted(CAPTIVE_STATUSES)}")
    return fault


@dataclass
class Settings:
    """Standing conditions of the sandbox portal (JSON names as in the control API).

    By default the portal behaves as HubSpot does: its search index lags writes by a few
    seconds [P4][P9] and its rate limits are enforced (190 requests per 10 s for a private
    app, 100 for OAuth, 5 searches a second [H9][H10]). A test that needs neither sets
    ``searchLagSeconds`` to 0 and ``enforceRateLimits`` to false.
    """

    tokenTtlSeconds: int = 1800
    searchLagSeconds: float = 5.0
    searchResultCap: int = 10_000
    identicalTimestamps: bool = False
    rotateRefreshTokens: bool = False
    enforceRateLimits: bool = True
    rateLimitMax: int = 190
    rateLimitIntervalMs: int = 10_000
    dailyLimit: int = 1_000_000
    # Salesforce only: whether the user may create custom fields (the Tooling API), and how
    # many days back /sobjects/{Object}/deleted/ and /updated/ reach.
    toolingAccess: bool = True
    replicationWindowDays: int = 30


@dataclass
class Fired:
    """The rules that hit one call, sorted by when they act."""

    before: list[Fault] = field(default_factory=list)
    after: list[Fault] = field(default_factory=list)
    batch: list[Fault] = field(default_factory=list)

    def kinds(self) -> list[str]:
        return [f.kind for f in (*self.before, *self.batch, *self.after)]


class Faults:
    """The rules and settings in force; thread-safe. ``baseline`` holds the settings the
    sandbox started with, which clearing the faults (or a reset) goes back to."""

    def __init__(self, baseline: Settings | None = None) -> None:
        self._lock = threading.Lock()
        self._rules: list[Fault] = []
        self.baseline = baseline or Settings()
        self.settings = replace(self.baseline)

    def add(self, specs: list[Any]) -> list[Fault]:
        parsed = [parse_fault(spec) for spec in specs]
        with self._lock:
            self._rules.extend(parsed)
        return parsed

    def configure(self, changes: Any) -> None:
        """Change some settings.

        Raises:
            ValueError: for an unknown setting or a value of the wrong type.
        """
        if not isinstance(changes, dict):
            raise ValueError("settings is a JSON object")
        known = {f.name: f for f in fields(Settings)}
        for name, value in changes.items():
            if name not in known:
                raise ValueError(f"unknown setting {name!r}; one of {sorted(known)}")
            current = getattr(self.settings, name)
            if isinstance(current, bool) != isinstance(value, bool) or not isinstance(
                value, int | float
            ):
                raise ValueError(f"setting {name} takes a {type(current).__name__}")
        with self._lock:
            for name, value in changes.items():
                setattr(self.settings, name, type(getattr(self.settings, name))(value))

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()
            self.settings = replace(self.baseline)

    def describe(self) -> dict[str, Any]:
        with self._lock:
            return {
                "faults": [rule.describe() for rule in self._rules],
                "settings": asdict(self.settings),
            }

    def take(self, method: str, path: str) -> Fired:
        """Count this call against every matching rule; the rules that hit it."""
        fired = Fired()
        with self._lock:
            for rule in self._rules:
                if not rule.matches(method, path):
                    continue
                rule.seen += 1
                if not rule.fires_on(rule.seen):
                    continue
                rule.fired += 1
                if rule.kind == "batch_errors":
                    fired.batch.append(rule)
                elif rule.kind in ("apply_then_fail", "trickle") or (
                    rule.kind in ("delay", "reset", "truncated_json") and rule.when == "after"
                ):
                    fired.after.append(rule)
                else:
                    fired.before.append(rule)
        return fired

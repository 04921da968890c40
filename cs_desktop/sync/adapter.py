"""The CRM adapter interface (contract §1): what the engine asks of HubSpot or Salesforce."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, NewType, Protocol, runtime_checkable

from cs_desktop.i18n import _
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.crm import Kind as Kind  # where the adapter interface's users find it
from cs_desktop.sync.deadlines import Deadlines

CrmAccountId = NewType("CrmAccountId", str)
"""A record id on the CRM side; never to be confused with a local integer id."""

WriteError = Literal["retryable", "invalid", "not_found", "conflict", "exists"]
"""Why a write failed. ``exists``: the CRM holds this record already under another key (a
contact with the same email); the result's ``remote_id`` names it."""


class CrmError(Exception):
    """A transport-level failure talking to the CRM; the message is safe to show."""


class RateLimited(CrmError):
    """429: wait ``retry_after_s`` seconds before the next request."""

    def __init__(self, retry_after_s: float, message: str | None = None) -> None:
        super().__init__(_("rate limited") if message is None else message)
        self.retry_after_s = retry_after_s


class DailyLimitReached(RateLimited):
    """The portal's daily request quota is (nearly) used: stop the run, retry tomorrow."""

    def __init__(self, message: str) -> None:
        super().__init__(0.0, message)


class AuthExpired(CrmError):
    """401 on an access token that a refresh may cure."""


class AuthRequired(CrmError):
    """The user must connect again (bad private token, ``invalid_grant``)."""


class Transient(CrmError):
    """5xx, timeout, connection reset: retry later."""


class TimedOut(Transient):
    """No complete answer within a request's deadline (a hang, a trickle): retried."""


class NotAnswering(CrmError):
    """One answer was awaited for the stall limit, retries included: the run stops."""


class BadReply(CrmError):
    """The reply is not the API's (a web page, cut or damaged JSON): the run stops, since
    asking again gets the same page (a captive portal) and the next run resumes."""


class WebPage(BadReply):
    """A web page (or a redirect to one) answered in the API's place: a sign-in page."""


class FullResyncNeeded(CrmError):
    """The CRM no longer says what was deleted since the cursor (Salesforce keeps 30 days):
    the engine checks every record it knows of the kind instead, merging as a pull does.
    ``resume_at``: the CRM's time the check stands for, where the next sweep starts (None:
    this computer's)."""

    def __init__(self, message: str, resume_at: datetime | None = None) -> None:
        super().__init__(message)
        self.resume_at = resume_at


class Fatal(CrmError):
    """A request the CRM will never accept as sent."""


@dataclass(frozen=True)
class Token:
    """Tokens a CRM issued. ``instance_url``: the API address that came with them, when the
    CRM names one (a Salesforce org's); the connection keeps it."""

    access_token: str
    expires_at: datetime | None
    refresh_token: str | None = None
    instance_url: str | None = None


@dataclass(frozen=True)
class Cursor:
    """Where a pull stands: the last fully committed ``modified_at`` and id.

    ``window_start`` and ``page_token`` page through one search window within a run, and
    ``tie_at`` pages by id through one instant shared by more records than a search may
    return. ``page_token`` is the CRM's own, opaque to the engine (HubSpot's ``after``,
    Salesforce's ``nextRecordsUrl``). ``list_after`` is where a first pull that lists the whole
    kind stands (its ``modified_at`` is then the CRM's time when the listing began).
    ``modified_at``, ``last_id`` and ``list_after`` are persisted (``sync_cursor``).
    """

    modified_at: datetime | None = None
    last_id: str | None = None
    window_start: datetime | None = None
    page_token: str | None = None
    tie_at: datetime | None = None
    list_after: str | None = None


@dataclass(frozen=True)
class RemoteRecord:
    remote_id: str
    version: str
    modified_at: datetime
    archived: bool
    props: dict[str, str | None]


@dataclass(frozen=True)
class Page:
    """A page of changed records. ``links`` holds the links that came with them, by the kind
    linked to (remote id -> linked remote ids): complete for every record of the page for
    each kind it names, so the engine reads only the others."""

    records: list[RemoteRecord]
    next: Cursor
    done: bool
    links: Mapping[Kind, dict[str, set[str]]] = field(default_factory=dict)


@dataclass(frozen=True)
class Tombstone:
    remote_id: str
    archived_at: datetime


class Tombstones(list[Tombstone]):
    """A deletion feed's answer: the deletions, and the CRM's time up to which it covered
    them when it says (Salesforce's ``latestDateCovered``): the next sweep starts there, so
    that a kind with no deletion for a while does not fall out of the feed's window."""

    covered_until: datetime | None = None


@dataclass(frozen=True)
class WriteOp:
    """One record write. ``local_id`` is the ``csm_local_id``; ``op_id`` the trace id."""

    op_id: str
    local_id: str
    props: dict[str, str | None]
    remote_id: str | None = None


@dataclass(frozen=True)
class WriteResult:
    op_id: str
    ok: bool
    remote_id: str | None = None
    version: str | None = None
    error: WriteError | None = None
    message: str = ""


@dataclass(frozen=True)
class Link:
    op_id: str
    from_kind: Kind
    from_id: str
    to_kind: Kind
    to_id: str


@dataclass(frozen=True)
class RateInfo:
    """A CRM's request limits as its last response told them, in the same figures for every
    CRM (None: not told): the requests of the day, and of the rolling window of ``window_s``
    seconds. ``headers`` keeps the raw limit headers for the run log.
    """

    day_limit: int | None = None
    day_remaining: int | None = None
    window_limit: int | None = None
    window_remaining: int | None = None
    window_s: float | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def day_used(self) -> int | None:
        return _used(self.day_limit, self.day_remaining)

    @property
    def window_used(self) -> int | None:
        return _used(self.window_limit, self.window_remaining)

    def updated(self, newer: RateInfo) -> RateInfo:
        """These figures with those a newer response told (a response may tell only some)."""
        return RateInfo(
            day_limit=_newer(self.day_limit, newer.day_limit),
            day_remaining=_newer(self.day_remaining, newer.day_remaining),
            window_limit=_newer(self.window_limit, newer.window_limit),
            window_remaining=_newer(self.window_remaining, newer.window_remaining),
            window_s=newer.window_s if newer.window_s is not None else self.window_s,
            headers=newer.headers or self.headers,
        )

    def as_json(self) -> str:
        """What a ``sync_run`` row keeps: the figures and the raw headers."""
        names = ("day_limit", "day_remaining", "window_limit", "window_remaining", "window_s")
        pairs = zip(names, _figures(self), strict=True)
        figures = {name: value for name, value in pairs if value is not None}
        return json.dumps({**figures, "headers": self.headers})

    @classmethod
    def from_json(cls, text: str | None) -> RateInfo:
        """What :meth:`as_json` wrote; an older row's bare headers give no figures."""
        try:
            kept = json.loads(text or "{}")
        except ValueError:
            return cls()
        if not isinstance(kept, dict) or "headers" not in kept:
            return cls()
        headers = kept.get("headers")
        return cls(
            day_limit=_int(kept.get("day_limit")),
            day_remaining=_int(kept.get("day_remaining")),
            window_limit=_int(kept.get("window_limit")),
            window_remaining=_int(kept.get("window_remaining")),
            window_s=kept.get("window_s")
            if isinstance(kept.get("window_s"), int | float)
            else None,
            headers=dict(headers) if isinstance(headers, dict) else {},
        )


def _figures(rate: RateInfo) -> tuple[int | float | None, ...]:
    return (
        rate.day_limit,
        rate.day_remaining,
        rate.window_limit,
        rate.window_remaining,
        rate.window_s,
    )


def _newer(old: int | None, new: int | None) -> int | None:
    return old if new is None else new


def _used(limit: int | None, remaining: int | None) -> int | None:
    return None if limit is None or remaining is None else max(0, limit - remaining)


def _seconds(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def rate_log(adapter: object) -> str:
    """What a run's log keeps of the adapter's last limits (``{}`` when it tells none)."""
    rate = getattr(adapter, "rate", None)
    return rate.as_json() if isinstance(rate, RateInfo) else "{}"


class CrmAdapter(Protocol):
    """One CRM. Methods raise :class:`CrmError` subclasses for transport failures and report
    per-record outcomes in :class:`WriteResult`."""

    crm: Crm  # the CRM it talks to, by which the sync state keys its rows
    max_batch: int
    deadlines: Deadlines  # its requests' limits, and the run's

    def waited_s(self) -> float: ...  # how long an answer has been awaited; any thread

    def ensure_schema(self) -> None: ...
    def refresh_auth(self) -> Token: ...
    def pull_page(self, kind: Kind, cur: Cursor, limit: int) -> Page: ...
    def pull_tombstones(self, kind: Kind, since: datetime) -> list[Tombstone]: ...
    def read(self, kind: Kind, remote_ids: list[str]) -> list[RemoteRecord]: ...
    def upsert(self, kind: Kind, ops: list[WriteOp]) -> list[WriteResult]: ...
    def update(self, kind: Kind, ops: list[WriteOp]) -> list[WriteResult]: ...
    def archive(self, kind: Kind, remote_ids: list[str]) -> list[WriteResult]: ...
    def link(self, links: list[Link]) -> list[WriteResult]: ...
    def unlink(self, links: list[Link]) -> list[WriteResult]: ...
    def read_links(self, kind: Kind, remote_ids: list[str], to: Kind) -> dict[str, set[str]]: ...
    def to_remote(self, kind: Kind, fields: Mapping[str, str | None]) -> dict[str, str | None]: ...
    def to_local(self, kind: Kind, props: Mapping[str, str | None]) -> dict[str, str | None]: ...
    def close(self) -> None: ...


@runtime_checkable
class SharesReads(Protocol):
    """An adapter whose CRM keeps several kinds in one object type (HubSpot's tasks, deals),
    told where every kind stands as a pull begins, so that it reads each type once."""

    def begin_pull(self, cursors: Mapping[Kind, Cursor]) -> None: ...

"""The CRM adapter interface (contract §1): what the engine asks of HubSpot or Salesforce."""

from __future__ import annotations

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


class Fatal(CrmError):
    """A request the CRM will never accept as sent."""


@dataclass(frozen=True)
class Token:
    access_token: str
    expires_at: datetime | None
    refresh_token: str | None = None


@dataclass(frozen=True)
class Cursor:
    """Where a pull stands: the last fully committed ``modified_at`` and id.

    ``window_start`` and ``after`` page through one search window within a run, and
    ``tie_at`` pages by id through one instant shared by more records than a search may
    return. ``list_after`` is where a first pull that lists the whole kind stands (its
    ``modified_at`` is then the CRM's time when the listing began). ``modified_at``,
    ``last_id`` and ``list_after`` are persisted (``sync_cursor``).
    """

    modified_at: datetime | None = None
    last_id: str | None = None
    window_start: datetime | None = None
    after: int = 0
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


@dataclass
class RateInfo:
    """The last ``X-HubSpot-RateLimit-*`` headers seen (empty if the CRM sent none)."""

    headers: dict[str, str] = field(default_factory=dict)


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

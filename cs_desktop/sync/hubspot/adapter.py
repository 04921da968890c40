"""The HubSpot CRM v3/v4 adapter (contract §1, §3; research notes §1): the engine's
:class:`~cs_desktop.sync.adapter.CrmAdapter` over the modules of this package."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime

from cs_desktop.sync.adapter import (
    Cursor,
    Kind,
    Link,
    Page,
    RateInfo,
    RemoteRecord,
    Token,
    Tombstone,
    WriteOp,
    WriteResult,
)
from cs_desktop.sync.deadlines import DEFAULT, Deadlines
from cs_desktop.sync.hubspot import associations, mapping, pipelines, reading, schema, writes
from cs_desktop.sync.hubspot.client import HubSpotAuth, HubSpotClient
from cs_desktop.sync.hubspot.kinds import HUBSPOT
from cs_desktop.sync.merge import Value
from cs_desktop.sync.retry import RetryPolicy

EMPTY_REUSED_S = 5.0  # how long an object type listed with none is taken to hold none


class HubSpotAdapter:
    """:class:`~cs_desktop.sync.adapter.CrmAdapter` for HubSpot.

    Args:
        base_url: ``https://api.hubapi.com`` or a sandbox on loopback.
        auth: the credentials; OAuth ones are refreshed and handed to ``on_tokens``.
        on_tokens: persists a refreshed (possibly rotated) token pair; called before use.
        now: the wall clock, for token expiry and the search horizon.
        retry: the retry policy (fake clock in tests).
        deadlines: how long requests, answers and runs may take.
        timeout: shorthand for ``deadlines.per_request(timeout)`` (tests).
    """

    crm = HUBSPOT
    max_batch = 100

    def __init__(
        self,
        base_url: str,
        auth: HubSpotAuth,
        *,
        on_tokens: Callable[[Token], None] = lambda token: None,
        now: Callable[[], datetime] = lambda: datetime.now(tz=UTC),
        retry: RetryPolicy | None = None,
        deadlines: Deadlines = DEFAULT,
        timeout: float | None = None,
    ) -> None:
        self._now = now
        if timeout is not None:
            deadlines = deadlines.per_request(timeout)
        self.deadlines = deadlines
        self._client = HubSpotClient(
            base_url,
            auth,
            on_tokens=on_tokens,
            now=now,
            retry=retry or RetryPolicy(),
            deadlines=deadlines,
        )
        self._pipeline: pipelines.Pipeline | None = None
        # Object type -> the kind that listed it and found none, and until when that holds.
        self._listed_empty: dict[str, tuple[Kind, float]] = {}

    @property
    def auth(self) -> HubSpotAuth:
        """The credentials in use, refreshed ones included."""
        return self._client.auth

    @property
    def retry(self) -> RetryPolicy:
        return self._client.retry

    @property
    def rate(self) -> RateInfo:
        return self._client.rate

    @property
    def refreshes(self) -> int:
        return self._client.refreshes

    def close(self) -> None:
        self._client.close()

    def waited_s(self) -> float:
        """How long the CRM's answer under way has been awaited (0 when none is)."""
        return self._client.waited_s()

    def refresh_auth(self) -> Token:
        return self._client.refresh_auth()

    def exchange_code(self, code: str, verifier: str, redirect_uri: str) -> Token:
        """Tokens for a browser sign-in's code (see :mod:`cs_desktop.sync.oauth`)."""
        return self._client.exchange_code(code, verifier, redirect_uri)

    def ensure_schema(self) -> None:
        schema.ensure_schema(self._client)

    # -- reading -----------------------------------------------------------------------------

    def pull_page(self, kind: Kind, cur: Cursor, limit: int) -> Page:
        object_type = mapping.OBJECT_TYPES[kind]
        if cur == Cursor():
            # Kinds sharing an object type (tasks, deals) each list it while they have no
            # record: one that found none a moment ago answers for the kinds after it in
            # the same pull. Such a kind stays unlisted and is listed again next pull, so
            # the reused answer delays a record by one run at most, never loses it.
            empty = self._listed_empty.get(object_type)
            if empty is not None and empty[0] != kind and time.monotonic() < empty[1]:
                return reading.empty_listing(kind)
        page = reading.pull_page(self._client, kind, cur, limit, self._now)
        if cur == Cursor():
            if page.done and page.next == Cursor():
                self._listed_empty[object_type] = (kind, time.monotonic() + EMPTY_REUSED_S)
            else:
                self._listed_empty.pop(object_type, None)
        return page

    def pull_tombstones(self, kind: Kind, since: datetime) -> list[Tombstone]:
        return reading.pull_tombstones(self._client, kind, since, self._now)

    def read(self, kind: Kind, remote_ids: list[str]) -> list[RemoteRecord]:
        return reading.read(self._client, kind, remote_ids, self._now)

    # -- writing -----------------------------------------------------------------------------

    def upsert(self, kind: Kind, ops: list[WriteOp]) -> list[WriteResult]:
        now = self._now()
        ops = [replace(op, props=mapping.task_timestamp(kind, op.props, now)) for op in ops]
        return writes.upsert(self._client, kind, self._staged(kind, ops))

    def update(self, kind: Kind, ops: list[WriteOp]) -> list[WriteResult]:
        return writes.update(self._client, kind, self._staged(kind, ops))

    def _staged(self, kind: Kind, ops: list[WriteOp]) -> list[WriteOp]:
        """Deals with the stage of the renewals pipeline their outcome puts them in."""
        if kind not in pipelines.DEAL_KINDS:
            return ops
        if self._pipeline is None:
            self._pipeline = pipelines.renewal_pipeline(self._client)
        pipeline = self._pipeline
        return [replace(op, props=pipelines.staged(kind, op.props, pipeline)) for op in ops]

    def archive(self, kind: Kind, remote_ids: list[str]) -> list[WriteResult]:
        return writes.archive(self._client, kind, remote_ids)

    # -- associations ------------------------------------------------------------------------

    def link(self, links: list[Link]) -> list[WriteResult]:
        return associations.link(self._client, links)

    def unlink(self, links: list[Link]) -> list[WriteResult]:
        return associations.unlink(self._client, links)

    def read_links(self, kind: Kind, remote_ids: list[str], to: Kind) -> dict[str, set[str]]:
        return associations.read_links(self._client, kind, remote_ids, to)

    # -- field mapping -----------------------------------------------------------------------

    @staticmethod
    def to_remote(kind: Kind, fields: Mapping[str, Value]) -> dict[str, Value]:
        """HubSpot properties for local canonical field values."""
        return mapping.to_remote(kind, fields)

    @staticmethod
    def to_local(kind: Kind, props: Mapping[str, str | None]) -> dict[str, Value]:
        """Local canonical field values from HubSpot properties (only those present)."""
        return mapping.to_local(kind, props)

"""The HubSpot CRM v3/v4 adapter (contract §1, §3; research notes §1): the engine's
:class:`~cs_desktop.sync.adapter.CrmAdapter` over the modules of this package."""

from __future__ import annotations

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
from cs_desktop.sync.hubspot.shared import SharedReads
from cs_desktop.sync.merge import Value
from cs_desktop.sync.retry import RetryPolicy


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
        self._pipeline_sought = False  # in this pull, and not found: deals read without it
        self._shared = SharedReads(self._client, now, self._found_pipeline)

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

    def begin_pull(self, cursors: Mapping[Kind, Cursor]) -> None:
        """A pull begins: the object types several kinds share are read once for them all
        (see :mod:`.shared`)."""
        self._pipeline_sought = False
        self._shared.begin(cursors)

    def pull_page(self, kind: Kind, cur: Cursor, limit: int) -> Page:
        if kind in mapping.MARKED:
            return self._shared.page(kind, cur, limit)
        return reading.pull_page(self._client, reading.scope_of(kind), cur, limit, self._now)

    def pull_tombstones(self, kind: Kind, since: datetime) -> list[Tombstone]:
        if kind in mapping.MARKED:
            return self._shared.tombstones(kind, since)
        return reading.pull_tombstones(self._client, kind, since, self._now)

    def read(self, kind: Kind, remote_ids: list[str]) -> list[RemoteRecord]:
        records = reading.read(self._client, kind, remote_ids, self._now)
        if kind not in pipelines.DEAL_KINDS or not records:
            return records
        pipeline = self._found_pipeline()
        read: list[RemoteRecord] = []
        for record in records:
            props = dict(record.props)
            pipelines.read_back(props, pipeline)
            read.append(replace(record, props=props))
        return read

    def _found_pipeline(self) -> pipelines.Pipeline | None:
        """The renewals pipeline, looked for once a pull until the portal has it."""
        if self._pipeline is None and not self._pipeline_sought:
            self._pipeline_sought = True
            self._pipeline = pipelines.find_pipeline(self._client)
        return self._pipeline

    # -- writing -----------------------------------------------------------------------------

    def upsert(self, kind: Kind, ops: list[WriteOp]) -> list[WriteResult]:
        now = self._now()
        ops = [self._timed(kind, op, now, create=True) for op in ops]
        return writes.upsert(self._client, kind, self._staged(kind, ops, create=True))

    def update(self, kind: Kind, ops: list[WriteOp]) -> list[WriteResult]:
        now = self._now()
        ops = [self._timed(kind, op, now, create=False) for op in ops]
        return writes.update(self._client, kind, self._staged(kind, ops, create=False))

    @staticmethod
    def _timed(kind: Kind, op: WriteOp, now: datetime, *, create: bool) -> WriteOp:
        """A task's write with the due time HubSpot requires (see :mod:`.due`)."""
        return replace(op, props=mapping.task_timestamp(kind, op.props, now, create=create))

    def _staged(self, kind: Kind, ops: list[WriteOp], *, create: bool) -> list[WriteOp]:
        """Deals with the stage of the renewals pipeline their outcome puts them in."""
        if kind not in pipelines.DEAL_KINDS:
            return ops
        if self._pipeline is None:
            self._pipeline = pipelines.renewal_pipeline(self._client)
        pipeline = self._pipeline
        staged = [pipelines.staged(kind, op.props, pipeline, create=create) for op in ops]
        return [replace(op, props=props) for op, props in zip(ops, staged, strict=True)]

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

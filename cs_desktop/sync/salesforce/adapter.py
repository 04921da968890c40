"""The Salesforce REST adapter (contract §1, §3; issue #18): the engine's
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
from cs_desktop.sync.merge import Value
from cs_desktop.sync.retry import RetryPolicy
from cs_desktop.sync.salesforce import links, mapping, reading, schema, stages, writes
from cs_desktop.sync.salesforce.api import BATCH_MAX
from cs_desktop.sync.salesforce.client import SalesforceAuth, SalesforceClient
from cs_desktop.sync.salesforce.kinds import SALESFORCE


class SalesforceAdapter:
    """:class:`~cs_desktop.sync.adapter.CrmAdapter` for one Salesforce org.

    Args:
        auth: the org's address and tokens; refreshed ones go to ``on_tokens``.
        on_tokens: persists a refreshed (possibly rotated) token pair; called before use.
        now: the wall clock (the org's is told by its answers), for the deletion feed's
            window and missing stamps.
        retry: the retry policy (fake clock in tests).
        deadlines: how long requests, answers and runs may take.
    """

    crm = SALESFORCE
    max_batch = BATCH_MAX

    def __init__(
        self,
        auth: SalesforceAuth,
        *,
        on_tokens: Callable[[Token], None] = lambda token: None,
        now: Callable[[], datetime] = lambda: datetime.now(tz=UTC),
        retry: RetryPolicy | None = None,
        deadlines: Deadlines = DEFAULT,
    ) -> None:
        self._now = now
        self.deadlines = deadlines
        self._client = SalesforceClient(
            auth, on_tokens=on_tokens, retry=retry or RetryPolicy(), deadlines=deadlines, now=now
        )

    @property
    def auth(self) -> SalesforceAuth:
        """The credentials in use, refreshed ones included."""
        return self._client.auth

    @property
    def retry(self) -> RetryPolicy:
        return self._client.retry

    @property
    def rate(self) -> RateInfo:
        """The day's requests, as the last ``Sforce-Limit-Info`` told them (:mod:`.limits`)."""
        return self._client.rate

    @property
    def refreshes(self) -> int:
        return self._client.refreshes

    def close(self) -> None:
        self._client.close()

    def waited_s(self) -> float:
        return self._client.waited_s()

    def refresh_auth(self) -> Token:
        return self._client.refresh_auth()

    def exchange_code(self, code: str, verifier: str, redirect_uri: str) -> Token:
        """Tokens for a browser sign-in's code (see :mod:`cs_desktop.sync.oauth`)."""
        return self._client.exchange_code(code, verifier, redirect_uri)

    def verify(self) -> None:
        """One authorised read of standard fields only (the app's may not exist yet)."""
        reading.query_all(self._client, "SELECT Id FROM Account LIMIT 1")

    def missing_fields_note(self) -> str | None:
        """The custom fields the org lacks, named for the user, or None: describe calls only
        (connect checks the org; the first sync creates them, which a check must not)."""
        return schema.missing_fields_note(schema.missing_fields(self._client))

    def ensure_schema(self) -> None:
        schema.ensure_schema(self._client)

    # -- reading -----------------------------------------------------------------------------

    def pull_page(self, kind: Kind, cur: Cursor, limit: int) -> Page:
        page = reading.pull_page(self._client, kind, cur, limit, self._now)
        if not mapping.ACCOUNT_FIELD[mapping.OBJECTS[kind]]:
            return page
        # The company links came with the records (their reference field): complete.
        account = mapping.ACCOUNT_FIELD[mapping.OBJECTS[kind]]
        companies = {
            record.remote_id: {str(record.props[account])} if record.props.get(account) else set()
            for record in page.records
        }
        return replace(page, links={"company": companies})

    def pull_tombstones(self, kind: Kind, since: datetime) -> list[Tombstone]:
        return reading.pull_tombstones(self._client, kind, since, self._client.org_now)

    def read(self, kind: Kind, remote_ids: list[str]) -> list[RemoteRecord]:
        return reading.read(self._client, kind, remote_ids, self._now)

    # -- writing -----------------------------------------------------------------------------

    def upsert(self, kind: Kind, ops: list[WriteOp]) -> list[WriteResult]:
        now = self._now()
        made = [
            replace(op, props=stages.for_create(kind, mapping.for_create(kind, op.props, now)))
            for op in ops
        ]
        return writes.upsert(self._client, kind, self._staged(kind, made))

    def update(self, kind: Kind, ops: list[WriteOp]) -> list[WriteResult]:
        return writes.update(self._client, kind, self._staged(kind, ops))

    @staticmethod
    def _staged(kind: Kind, ops: list[WriteOp]) -> list[WriteOp]:
        """Opportunities in the stage their outcome puts them in."""
        if kind not in stages.OPPORTUNITY_KINDS:
            return ops
        return [replace(op, props=stages.staged(kind, op.props)) for op in ops]

    def archive(self, kind: Kind, remote_ids: list[str]) -> list[WriteResult]:
        return writes.delete(self._client, remote_ids)

    # -- links -------------------------------------------------------------------------------

    def link(self, items: list[Link]) -> list[WriteResult]:
        return links.link(self._client, items)

    def unlink(self, items: list[Link]) -> list[WriteResult]:
        return links.unlink(self._client, items)

    def read_links(self, kind: Kind, remote_ids: list[str], to: Kind) -> dict[str, set[str]]:
        return links.read_links(self._client, kind, remote_ids, to)

    # -- field mapping -----------------------------------------------------------------------

    @staticmethod
    def to_remote(kind: Kind, fields: Mapping[str, Value]) -> dict[str, Value]:
        """Salesforce fields for local canonical field values."""
        return mapping.to_remote(kind, fields)

    @staticmethod
    def to_local(kind: Kind, props: Mapping[str, str | None]) -> dict[str, Value]:
        """Local canonical field values from Salesforce fields (only those present)."""
        return mapping.to_local(kind, props)

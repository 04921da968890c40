"""The sync tables (revisions ``0004_sync_state``, ``0005_unplaced_engagements``,
``0006_listing_cursor`` and ``0018_providers``), mapped on the app's declarative ``Base``.

Domain tables stay untouched: each synced row is joined to its CRM identity through
``sync_record`` by ``(entity, local_uid, provider)``, the local ``uid`` being the stable id
(``csm_local_id`` on the CRM side).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cs_desktop.base import Base
from cs_desktop.coltypes import UtcTimestamp, UuidBlob, utc_now


class Entity(StrEnum):
    """Local entity kinds that sync, named after their CRM kind."""

    COMPANY = "company"
    CONTACT = "contact"
    TOUCHPOINT = "touchpoint"
    TASK = "task"
    RENEWAL = "renewal"
    FORECAST = "forecast"
    PLAN = "plan"
    GOAL = "goal"
    MILESTONE = "milestone"
    LINK = "link"


class RecordState(StrEnum):
    CLEAN = "clean"
    DIRTY = "dirty"
    PENDING_CREATE = "pending_create"
    PENDING_DELETE = "pending_delete"
    CONFLICT = "conflict"


class OpKind(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    LINK = "link"
    UNLINK = "unlink"


class OpState(StrEnum):
    PENDING = "pending"
    INFLIGHT = "inflight"
    DONE = "done"
    FAILED = "failed"
    BLOCKED = "blocked"


class CrmConnection(Base):
    """One connected CRM. Its presence turns edit capture on; the secret is in the keyring."""

    __tablename__ = "crm_connection"

    provider: Mapped[str] = mapped_column(String(20), primary_key=True)
    base_url: Mapped[str] = mapped_column(String(300))  # the API's (a Salesforce instance_url)
    # Where OAuth tokens are refreshed when not at base_url (login.salesforce.com); 0018.
    sign_in_url: Mapped[str | None] = mapped_column(String(300))
    auth_kind: Mapped[str] = mapped_column(String(20))  # "private_app" | "oauth"
    account_name: Mapped[str] = mapped_column(String(200))  # keyring user name, not a secret
    connected_at: Mapped[datetime] = mapped_column(UtcTimestamp, default=utc_now)
    token_expires_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    schema_version: Mapped[str | None] = mapped_column(String(40))


class SyncRecord(Base):
    """The CRM identity and sync state of one local row."""

    __tablename__ = "sync_record"
    __table_args__ = (
        UniqueConstraint("entity", "local_uid", "provider"),
        UniqueConstraint("provider", "entity", "remote_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    local_uid: Mapped[uuid.UUID] = mapped_column(UuidBlob)
    provider: Mapped[str] = mapped_column(String(20))
    remote_id: Mapped[str | None] = mapped_column(String(64))
    remote_kind: Mapped[str | None] = mapped_column(String(20))
    sync_state: Mapped[str] = mapped_column(String(20), default=RecordState.PENDING_CREATE)
    local_version: Mapped[int] = mapped_column(Integer, default=0)
    # The field snapshot last captured from the local row: edits are diffs against it.
    local_json: Mapped[str] = mapped_column(Text, default="{}")
    deleted_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)


class SyncBase(Base):
    """The last-synced field snapshot of a record: the base of the three-way merge."""

    __tablename__ = "sync_base"

    entity: Mapped[str] = mapped_column(String(20), primary_key=True)
    local_uid: Mapped[uuid.UUID] = mapped_column(UuidBlob, primary_key=True)
    provider: Mapped[str] = mapped_column(String(20), primary_key=True)
    remote_version: Mapped[str | None] = mapped_column(String(40))
    base_json: Mapped[str] = mapped_column(Text, default="{}")
    synced_at: Mapped[datetime] = mapped_column(UtcTimestamp, default=utc_now)


class Outbox(Base):
    """One local change waiting for the CRM's acknowledgement."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_seq", "state", "seq"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    provider: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(20))
    local_uid: Mapped[uuid.UUID] = mapped_column(UuidBlob, index=True)
    op: Mapped[str] = mapped_column(String(10))
    fields_json: Mapped[str] = mapped_column(Text, default="{}")
    base_version: Mapped[str | None] = mapped_column(String(40))
    depends_on: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10), default=OpState.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    last_error: Mapped[str | None] = mapped_column(Text)


class SyncCursor(Base):
    """How far the pull of one kind has come."""

    __tablename__ = "sync_cursor"

    provider: Mapped[str] = mapped_column(String(20), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    modified_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    last_id: Mapped[str | None] = mapped_column(String(64))
    list_after: Mapped[str | None] = mapped_column(String(64))  # a first pull's listing
    tombstones_since: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    full_resync_needed: Mapped[bool] = mapped_column(Boolean, default=False)


class UnplacedEngagement(Base):
    """An engagement pulled from the CRM while none of its companies was known locally.

    A touchpoint needs an account, so it waits here instead of being dropped: its company
    may arrive on a later run, or be linked to it without its modified date moving [P8].
    """

    __tablename__ = "sync_unplaced"

    provider: Mapped[str] = mapped_column(String(20), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    remote_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(UtcTimestamp, default=utc_now)


class Conflict(Base):
    """A field both sides changed differently (or a delete against an edit), until resolved."""

    __tablename__ = "conflict"
    __table_args__ = (Index("ix_conflict_entity_local_uid", "entity", "local_uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(20))
    local_uid: Mapped[uuid.UUID] = mapped_column(UuidBlob)
    field: Mapped[str] = mapped_column(String(64))  # "*deleted*" for a delete conflict
    base: Mapped[str | None] = mapped_column(Text)
    local: Mapped[str | None] = mapped_column(Text)
    remote: Mapped[str | None] = mapped_column(Text)
    remote_version: Mapped[str | None] = mapped_column(String(40))
    detected_at: Mapped[datetime] = mapped_column(UtcTimestamp, default=utc_now)
    resolution: Mapped[str | None] = mapped_column(String(20))
    resolved_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)


class SyncRun(Base):
    """One sync run: its outcome and counts, and the last rate-limit headers seen."""

    __tablename__ = "sync_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    finished_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    outcome: Mapped[str] = mapped_column(String(20), default="running")
    pushed: Mapped[int] = mapped_column(Integer, default=0)
    pulled: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    errors_json: Mapped[str] = mapped_column(Text, default="[]")
    rate_limit_json: Mapped[str] = mapped_column(Text, default="{}")


DELETED_FIELD = "*deleted*"

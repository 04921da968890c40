"""Shared helpers of push and pull: sync records, bases, local rows, conflicts."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cs_desktop.chunks import chunks
from cs_desktop.coltypes import utc_now
from cs_desktop.db import Store
from cs_desktop.models import Touchpoint
from cs_desktop.sync.adapter import Kind
from cs_desktop.sync.fields import MODELS, engagement_kind
from cs_desktop.sync.merge import FieldConflict, Value
from cs_desktop.sync.state import (
    DELETED_FIELD,
    Conflict,
    Entity,
    OpKind,
    OpState,
    Outbox,
    RecordState,
    SyncBase,
    SyncCursor,
    SyncRecord,
)

ENTITY_OF_KIND: dict[Kind, Entity] = {
    "company": Entity.COMPANY,
    "contact": Entity.CONTACT,
    "note": Entity.TOUCHPOINT,
    "meeting": Entity.TOUCHPOINT,
    "call": Entity.TOUCHPOINT,
    "email": Entity.TOUCHPOINT,
}


def record_of(session: Session, provider: str, entity: str, uid: uuid.UUID) -> SyncRecord | None:
    return session.scalars(
        select(SyncRecord).where(
            SyncRecord.provider == provider,
            SyncRecord.entity == entity,
            SyncRecord.local_uid == uid,
        )
    ).first()


def cursor_row(session: Session, provider: str, kind: str) -> SyncCursor:
    """The ``sync_cursor`` row of a pulled kind, or of a periodic check: made if missing."""
    row = session.get(SyncCursor, (provider, kind))
    if row is None:
        row = SyncCursor(provider=provider, kind=kind, full_resync_needed=False)
        session.add(row)
    return row


def checked_at(store: Store, provider: str, check: str, when: datetime) -> None:
    """Record that the periodic ``check`` (its own ``sync_cursor`` row) ran at ``when``."""
    with store.write() as session:
        cursor_row(session, provider, check).modified_at = when


def records_of(
    session: Session, provider: str, entity: str, uids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, SyncRecord]:
    """The sync records of many local rows, by uid, in a query per chunk of uids."""
    return _by_uid(session, SyncRecord, provider, entity, uids)


def bases_of(
    session: Session, provider: str, entity: str, uids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, SyncBase]:
    """The merge bases of many local rows, by uid. Holding the result keeps them in the
    session's identity map (it references objects weakly), where :func:`base_of` and
    :func:`set_base` then find them without a query."""
    return _by_uid(session, SyncBase, provider, entity, uids)


_Keyed = TypeVar("_Keyed", SyncRecord, SyncBase)


def _by_uid(
    session: Session, model: type[_Keyed], provider: str, entity: str, uids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, _Keyed]:
    found: dict[uuid.UUID, _Keyed] = {}
    for chunk in chunks(uids):
        rows = session.scalars(
            select(model).where(
                model.provider == provider, model.entity == entity, model.local_uid.in_(chunk)
            )
        )
        found.update((row.local_uid, row) for row in rows)
    return found


def ops_by_id(session: Session, op_ids: Iterable[str]) -> dict[str, Outbox]:
    """Outbox rows by op id."""
    found: dict[str, Outbox] = {}
    for chunk in chunks(op_ids):
        found.update(
            (row.op_id, row)
            for row in session.scalars(select(Outbox).where(Outbox.op_id.in_(chunk)))
        )
    return found


def base_of(session: Session, provider: str, entity: str, uid: uuid.UUID) -> SyncBase | None:
    return session.get(SyncBase, (entity, uid, provider))


def set_base(
    session: Session,
    provider: str,
    entity: str,
    uid: uuid.UUID,
    values: dict[str, Value],
    version: str | None,
) -> None:
    """Record what both sides agree on now (merged into the previous base)."""
    base = base_of(session, provider, entity, uid)
    if base is None:
        base = SyncBase(entity=entity, local_uid=uid, provider=provider, base_json="{}")
        session.add(base)
    base.base_json = json.dumps({**json.loads(base.base_json), **values}, sort_keys=True)
    base.remote_version = version
    base.synced_at = utc_now()


def local_row(session: Session, entity: Entity, uid: uuid.UUID) -> Any:
    model = MODELS[entity]
    return session.scalars(select(model).where(model.uid == uid)).first()


def local_rows(session: Session, entity: Entity, uids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Any]:
    """:func:`local_row` of many uids, by uid (rows that are gone are left out)."""
    model = MODELS[entity]
    found: dict[uuid.UUID, Any] = {}
    for chunk in chunks(uids):
        rows: Iterable[Any] = session.scalars(select(model).where(model.uid.in_(chunk)))
        found.update((row.uid, row) for row in rows)
    return found


def remote_kinds(session: Session, records: Iterable[SyncRecord]) -> dict[uuid.UUID, Kind]:
    """:func:`remote_kind` of many records of one entity, by uid (those whose local row is
    gone are left out); one query for the touchpoints not acknowledged yet."""
    kinds: dict[uuid.UUID, Kind] = {}
    unsent: list[uuid.UUID] = []
    for record in records:
        entity = Entity(record.entity)
        if record.remote_kind:
            kinds[record.local_uid] = record.remote_kind  # type: ignore[assignment]
        elif entity is Entity.COMPANY:
            kinds[record.local_uid] = "company"
        elif entity is Entity.CONTACT:
            kinds[record.local_uid] = "contact"
        elif entity is Entity.TOUCHPOINT:
            unsent.append(record.local_uid)
    for chunk in chunks(unsent):
        rows = session.execute(
            select(Touchpoint.uid, Touchpoint.kind).where(Touchpoint.uid.in_(chunk))
        )
        for uid, kind in rows:
            kinds[uid] = engagement_kind(kind)
    return kinds


def remote_kind(session: Session, record: SyncRecord) -> Kind | None:
    """The CRM kind of a record: stored once acknowledged, else derived from the local row."""
    if record.remote_kind:
        return record.remote_kind  # type: ignore[return-value]
    entity = Entity(record.entity)
    if entity is Entity.COMPANY:
        return "company"
    if entity is Entity.CONTACT:
        return "contact"
    row = local_row(session, entity, record.local_uid)
    return None if row is None else engagement_kind(row.kind)


def linked_accounts(
    session: Session, provider: str, companies: dict[str, set[str]]
) -> dict[str, int]:
    """The local account of each record (contact, engagement) of ``companies``, which maps
    its remote id to its linked companies' ids: the lowest-id company known locally."""
    wanted = sorted({c for linked in companies.values() for c in linked})
    account_of: dict[str, int] = {}
    # Straight to the DBAPI cursor: pull asks this for every page, and SQLAlchemy's row
    # handling would cost more than the lookup.
    raw: Any = session.connection().connection.driver_connection
    for chunk in chunks(wanted):
        rows = raw.execute(
            "SELECT s.remote_id, a.id FROM sync_record s JOIN account a ON a.uid = s.local_uid"
            f" WHERE s.provider = ? AND s.entity = ? AND s.remote_id IN ({marks(len(chunk))})",
            (provider, Entity.COMPANY.value, *chunk),
        )
        account_of.update(rows)
    found = {}
    for record, linked in companies.items():
        known = [account_of[c] for c in sorted(linked) if c in account_of]
        if known:
            found[record] = known[0]
    return found


def marks(count: int) -> str:
    """``?, ?, …``: the placeholders of an IN list of ``count`` values."""
    return ", ".join("?" * count)


def parse_uid(text: str | None) -> uuid.UUID | None:
    """The uuid of a ``csm_local_id`` value, or None when it is empty or not ours."""
    if not text:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def has_pending(session: Session, provider: str, entity: str, uid: uuid.UUID) -> bool:
    return bool(
        session.scalar(
            select(func.count())
            .select_from(Outbox)
            .where(
                Outbox.provider == provider,
                Outbox.entity == entity,
                Outbox.local_uid == uid,
                Outbox.state.in_([OpState.PENDING, OpState.INFLIGHT, OpState.BLOCKED]),
            )
        )
    )


def unsent_fields(session: Session, provider: str, entity: str, uid: uuid.UUID) -> set[str]:
    """The fields of a record edited locally and not yet acknowledged by the CRM."""
    edited: set[str] = set()
    for text in session.scalars(
        select(Outbox.fields_json).where(
            Outbox.provider == provider,
            Outbox.entity == entity,
            Outbox.local_uid == uid,
            Outbox.op.in_([OpKind.CREATE, OpKind.UPDATE]),
            Outbox.state.in_([OpState.PENDING, OpState.INFLIGHT, OpState.BLOCKED]),
        )
    ):
        edited.update(json.loads(text))
    return edited


def pending_among(
    session: Session, provider: str, entity: str, uids: Iterable[uuid.UUID]
) -> set[uuid.UUID]:
    """Those of ``uids`` with an op still to send: :func:`has_pending` of many rows."""
    found: set[uuid.UUID] = set()
    for chunk in chunks(uids):
        found.update(
            session.scalars(
                select(Outbox.local_uid).where(
                    Outbox.provider == provider,
                    Outbox.entity == entity,
                    Outbox.local_uid.in_(chunk),
                    Outbox.state.in_([OpState.PENDING, OpState.INFLIGHT, OpState.BLOCKED]),
                )
            )
        )
    return found


def conflicted_fields(
    session: Session, provider: str, entity: str, uids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, set[str]]:
    """:func:`open_conflicts` of many rows, by uid (rows without one are left out)."""
    found: dict[uuid.UUID, set[str]] = {}
    for chunk in chunks(uids):
        for uid, name in session.execute(
            select(Conflict.local_uid, Conflict.field).where(
                Conflict.provider == provider,
                Conflict.entity == entity,
                Conflict.local_uid.in_(chunk),
                Conflict.resolved_at.is_(None),
            )
        ):
            found.setdefault(uid, set()).add(name)
    return found


def open_conflicts(session: Session, provider: str, entity: str, uid: uuid.UUID) -> set[str]:
    return set(
        session.scalars(
            select(Conflict.field).where(
                Conflict.provider == provider,
                Conflict.entity == entity,
                Conflict.local_uid == uid,
                Conflict.resolved_at.is_(None),
            )
        )
    )


def add_conflict(
    session: Session,
    provider: str,
    entity: str,
    uid: uuid.UUID,
    conflict: FieldConflict,
    remote_version: str | None,
) -> bool:
    """Record (or refresh) an open conflict on one field; True if it is new."""
    existing = session.scalars(
        select(Conflict).where(
            Conflict.provider == provider,
            Conflict.entity == entity,
            Conflict.local_uid == uid,
            Conflict.field == conflict.field,
            Conflict.resolved_at.is_(None),
        )
    ).first()
    if existing is not None:
        existing.local, existing.remote = conflict.local, conflict.remote
        existing.remote_version = remote_version
        return False
    session.add(
        Conflict(
            provider=provider,
            entity=entity,
            local_uid=uid,
            field=conflict.field,
            base=conflict.base,
            local=conflict.local,
            remote=conflict.remote,
            remote_version=remote_version,
        )
    )
    return True


def add_delete_conflict(
    session: Session,
    provider: str,
    entity: str,
    record: SyncRecord,
    *,
    deleted_here: bool,
    remote_version: str | None,
) -> bool:
    """Deleted on one side, edited on the other: a conflict holding the whole record.

    True if the conflict is new.
    """
    local, remote = ("deleted", "edited") if deleted_here else ("edited", "deleted")
    new = add_conflict(
        session,
        provider,
        entity,
        record.local_uid,
        FieldConflict(DELETED_FIELD, "exists", local, remote),
        remote_version,
    )
    record.sync_state = RecordState.CONFLICT
    return new

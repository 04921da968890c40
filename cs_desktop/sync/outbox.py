"""The outbox: local changes waiting for the CRM, written in the edit's own transaction.

Core statements on the caller's connection, so the same code serves ORM flush hooks, bulk
imports and the engine. Consecutive changes to one record coalesce into its pending row.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from cs_desktop.coltypes import utc_now
from cs_desktop.sync.merge import Value
from cs_desktop.sync.state import Entity, OpKind, OpState, Outbox, RecordState, SyncRecord

LINK_NAMESPACE = uuid.UUID("6f1d2c8e-3b7a-4c55-9e0a-2d9b1f4e7a10")


def link_uid(from_uid: uuid.UUID, to_uid: uuid.UUID) -> uuid.UUID:
    """A stable id for a link between two local rows."""
    return uuid.uuid5(LINK_NAMESPACE, f"{from_uid}:{to_uid}")


def link_uid_bytes(from_text: str, to_text: str) -> bytes:
    """:func:`link_uid`'s bytes from the two uids' text, without building UUID objects (a
    first pull makes one per attendee: 200,000)."""
    name = f"{from_text}:{to_text}".encode()
    digest = bytearray(hashlib.sha1(LINK_NAMESPACE.bytes + name, usedforsecurity=False).digest())
    digest[6] = digest[6] & 0x0F | 0x50  # version 5, as uuid.uuid5 sets it
    digest[8] = digest[8] & 0x3F | 0x80  # the RFC 4122 variant
    return bytes(digest[:16])


def uid_text(raw: bytes) -> str:
    """``str(uuid.UUID(bytes=raw))``, without the object."""
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def enqueue(
    conn: Connection,
    provider: str,
    entity: str,
    uid: uuid.UUID,
    op: OpKind,
    fields: Mapping[str, Any],
    *,
    base_version: str | None = None,
) -> None:
    """Add an op, coalescing with a not-yet-sent op for the same record.

    - update after a pending create or update: fields merge into it (the oldest base stays);
    - delete after a pending create: both vanish, the CRM never saw the record;
    - delete after pending updates: the updates are dropped;
    - unlink after a pending link (or link after a pending unlink): both vanish.
    """
    pending = conn.execute(
        select(Outbox.seq, Outbox.op, Outbox.fields_json)
        .where(
            Outbox.provider == provider,
            Outbox.entity == entity,
            Outbox.local_uid == uid,
            Outbox.state == OpState.PENDING,
        )
        .order_by(Outbox.seq)
    ).all()
    ops = {row.op: row for row in pending}
    if op == OpKind.UPDATE:
        target = ops.get(OpKind.UPDATE) or ops.get(OpKind.CREATE)
        if target is not None:
            merged = {**json.loads(target.fields_json), **fields}
            conn.execute(
                update(Outbox)
                .where(Outbox.seq == target.seq)
                .values(fields_json=json.dumps(merged, sort_keys=True))
            )
            return
    elif op == OpKind.DELETE:
        conn.execute(delete(Outbox).where(Outbox.seq.in_([row.seq for row in pending])))
        if OpKind.CREATE in ops:
            return
    elif op in (OpKind.LINK, OpKind.UNLINK):
        opposite = OpKind.UNLINK if op == OpKind.LINK else OpKind.LINK
        if opposite in ops:
            conn.execute(delete(Outbox).where(Outbox.seq == ops[opposite].seq))
            return
        if op in ops:
            return
    conn.execute(
        insert(Outbox).values(
            op_id=str(uuid.uuid4()),
            provider=provider,
            entity=entity,
            local_uid=uid,
            op=op,
            fields_json=json.dumps(dict(fields), sort_keys=True),
            base_version=base_version,
            state=OpState.PENDING,
            attempts=0,
        )
    )


def discard_field(conn: Connection, provider: str, entity: str, uid: uuid.UUID, name: str) -> None:
    """Drop one field from a record's unsent updates: the user settled it in the conflict UI.

    The ops' other fields stay; an op left with nothing to send goes. An inflight op only
    loses the field for a retry (its request never carried a field held by a conflict).
    """
    rows = conn.execute(
        select(Outbox.seq, Outbox.state, Outbox.fields_json).where(
            Outbox.provider == provider,
            Outbox.entity == entity,
            Outbox.local_uid == uid,
            Outbox.op == OpKind.UPDATE,
            Outbox.state.in_([OpState.PENDING, OpState.INFLIGHT, OpState.BLOCKED]),
        )
    ).all()
    for row in rows:
        fields = json.loads(row.fields_json)
        if name not in fields:
            continue
        del fields[name]
        if not fields and row.state != OpState.INFLIGHT:
            conn.execute(delete(Outbox).where(Outbox.seq == row.seq))
        else:
            conn.execute(
                update(Outbox)
                .where(Outbox.seq == row.seq)
                .values(fields_json=json.dumps(fields, sort_keys=True))
            )


def capture(
    conn: Connection,
    provider: str,
    entity: Entity,
    uid: uuid.UUID,
    current: Mapping[str, Value] | None,
    *,
    parent: tuple[Entity, uuid.UUID] | None = None,
) -> bool:
    """Record a local change of one row (``current`` None = deleted). True if anything queued.

    Args:
        parent: for a new contact or touchpoint, the company it belongs to (queued as a link).
    """
    record = conn.execute(
        select(SyncRecord).where(
            SyncRecord.entity == entity,
            SyncRecord.local_uid == uid,
            SyncRecord.provider == provider,
        )
    ).first()
    if record is None:
        if current is None:
            return False
        conn.execute(
            insert(SyncRecord).values(
                entity=entity,
                local_uid=uid,
                provider=provider,
                sync_state=RecordState.PENDING_CREATE,
                local_version=1,
                local_json=json.dumps(dict(current), sort_keys=True),
            )
        )
        enqueue(conn, provider, entity, uid, OpKind.CREATE, current)
        if parent is not None:
            capture_link(conn, provider, (entity, uid), parent, linked=True)
        return True
    row = record
    if current is None:
        if row.deleted_at is not None:
            return False
        conn.execute(
            update(SyncRecord)
            .where(SyncRecord.id == row.id)
            .values(
                deleted_at=utc_now(),
                sync_state=RecordState.PENDING_DELETE,
                local_version=row.local_version + 1,
            )
        )
        enqueue(conn, provider, entity, uid, OpKind.DELETE, {})
        return True
    before: dict[str, Value] = json.loads(row.local_json)
    changed = {k: v for k, v in current.items() if before.get(k) != v}
    if not changed:
        return False
    state = row.sync_state
    if state == RecordState.CLEAN:
        state = RecordState.DIRTY
    conn.execute(
        update(SyncRecord)
        .where(SyncRecord.id == row.id)
        .values(
            local_json=json.dumps({**before, **changed}, sort_keys=True),
            local_version=row.local_version + 1,
            sync_state=state,
        )
    )
    enqueue(conn, provider, entity, uid, OpKind.UPDATE, changed)
    return True


def capture_link(
    conn: Connection,
    provider: str,
    source: tuple[Entity, uuid.UUID],
    target: tuple[Entity, uuid.UUID],
    *,
    linked: bool,
) -> None:
    """Queue a link (or unlink) between two local rows."""
    uid = link_uid(source[1], target[1])
    fields = {
        "from_entity": str(source[0]),
        "from_uid": str(source[1]),
        "to_entity": str(target[0]),
        "to_uid": str(target[1]),
    }
    exists = conn.execute(
        select(SyncRecord.id).where(
            SyncRecord.entity == Entity.LINK,
            SyncRecord.local_uid == uid,
            SyncRecord.provider == provider,
        )
    ).first()
    if linked and exists is None:
        conn.execute(
            insert(SyncRecord).values(
                entity=Entity.LINK,
                local_uid=uid,
                provider=provider,
                sync_state=RecordState.PENDING_CREATE,
                local_version=1,
                local_json=json.dumps(fields, sort_keys=True),
            )
        )
    elif not linked and exists is not None:
        conn.execute(delete(SyncRecord).where(SyncRecord.id == exists.id))
    else:
        return
    enqueue(conn, provider, Entity.LINK, uid, OpKind.LINK if linked else OpKind.UNLINK, fields)


def waiting(conn: Connection, provider: str, *, up_to: int | None = None) -> int:
    """How many changes wait to be sent (pending, in flight, or held by a conflict).

    The one count of the app: the status bar, the connect dialog and message, the command
    line and the push's progress (``sent n of total``) all show this number.

    Args:
        up_to: count only changes queued up to this outbox ``seq`` (a push counts the ones
            that waited when it began, not edits made meanwhile).
    """
    query = (
        select(func.count())
        .select_from(Outbox)
        .where(
            Outbox.provider == provider,
            Outbox.state.in_([OpState.PENDING, OpState.INFLIGHT, OpState.BLOCKED]),
        )
    )
    if up_to is not None:
        query = query.where(Outbox.seq <= up_to)
    return int(conn.execute(query).scalar_one())


def last_seq(conn: Connection) -> int:
    """The newest outbox ``seq`` (0 when empty): where a push's count of waiting changes ends."""
    return int(conn.execute(select(func.coalesce(func.max(Outbox.seq), 0))).scalar_one())

"""Acknowledging a batch of creates or updates the CRM accepted, in Core statements.

A first push acknowledges 11,000 records of a 200-account store, a hundred at a time: the
op done, the record's CRM id and state, its merge base, in one ``executemany`` each, not an
ORM object per row (loading, dirtying and flushing those cost more than the requests).
Writes the CRM refused or did not answer for take :mod:`.push`'s own path.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from cs_desktop.chunks import chunks
from cs_desktop.coltypes import utc_now
from cs_desktop.sync.adapter import Kind, WriteResult
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.merge import Value
from cs_desktop.sync.pending import pending_among
from cs_desktop.sync.state import Entity, OpState, Outbox, RecordState, SyncBase, SyncRecord


def ack_writes(
    session: Session,
    crm: Crm,
    entity: Entity,
    kind: Kind,
    results: list[WriteResult],
    sent: dict[str, dict[str, Value]],
) -> set[str]:
    """Settle the successful ``results`` whose record is still here: the op is done, the
    record has its CRM id and is clean (dirty if an edit made meanwhile waits, as a
    conflict it stays), and its merge base takes the values sent. The op ids settled."""
    conn = session.connection()
    done = [result for result in results if result.ok]
    ops: dict[str, tuple[int, uuid.UUID]] = {}
    for chunk in chunks([result.op_id for result in done]):
        rows = conn.execute(
            select(Outbox.op_id, Outbox.seq, Outbox.local_uid).where(Outbox.op_id.in_(chunk))
        )
        ops.update((op_id, (seq, uid)) for op_id, seq, uid in rows)
    uids = [ops[result.op_id][1] for result in done if result.op_id in ops]
    records = _by_uid(
        session,
        select(SyncRecord.local_uid, SyncRecord.id, SyncRecord.sync_state),
        SyncRecord,
        crm,
        entity,
        uids,
    )
    bases = _by_uid(
        session, select(SyncBase.local_uid, SyncBase.base_json), SyncBase, crm, entity, uids
    )
    settled = [r for r in done if r.op_id in ops and ops[r.op_id][1] in records]
    if not settled:
        return set()
    conn.execute(
        update(Outbox)
        .where(Outbox.seq == bindparam("at"))
        .values(state=OpState.DONE, last_error=None),
        [{"at": ops[result.op_id][0]} for result in settled],
    )
    waiting = pending_among(session, crm, entity, [ops[r.op_id][1] for r in settled])
    now = utc_now()
    record_rows: list[dict[str, Any]] = []
    base_rows: list[dict[str, Any]] = []
    for result in settled:
        uid = ops[result.op_id][1]
        record_id, state = records[uid][1:]
        if state != RecordState.CONFLICT:
            state = RecordState.DIRTY if uid in waiting else RecordState.CLEAN
        record_rows.append({"row": record_id, "remote": result.remote_id, "new_state": state})
        before = json.loads(bases[uid][1]) if uid in bases else {}
        base_rows.append(
            {
                "entity": entity,
                "local_uid": uid,
                "provider": crm.provider,
                "base_json": json.dumps({**before, **sent[result.op_id]}, sort_keys=True),
                "remote_version": result.version,
                "synced_at": now,
            }
        )
    conn.execute(
        update(SyncRecord)
        .where(SyncRecord.id == bindparam("row"))
        .values(remote_id=bindparam("remote"), remote_kind=kind, sync_state=bindparam("new_state")),
        record_rows,
    )
    upsert = insert(SyncBase)
    conn.execute(
        upsert.on_conflict_do_update(
            index_elements=[SyncBase.entity, SyncBase.local_uid, SyncBase.provider],
            set_={
                "base_json": upsert.excluded.base_json,
                "remote_version": upsert.excluded.remote_version,
                "synced_at": upsert.excluded.synced_at,
            },
        ),
        base_rows,
    )
    return {result.op_id for result in settled}


def _by_uid(
    session: Session,
    query: Any,
    model: type[SyncRecord] | type[SyncBase],
    crm: Crm,
    entity: Entity,
    uids: list[uuid.UUID],
) -> dict[uuid.UUID, Any]:
    found: dict[uuid.UUID, Any] = {}
    for chunk in chunks(uids):
        rows = session.connection().execute(
            query.where(
                model.provider == crm.provider,
                model.entity == entity,
                model.local_uid.in_(chunk),
            )
        )
        found.update((row[0], row) for row in rows)
    return found

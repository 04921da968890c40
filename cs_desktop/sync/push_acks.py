"""Acknowledging a batch of creates or updates the CRM accepted, in Core statements.

A first push acknowledges 11,000 records of a 200-account store, a hundred at a time: the
op done, the record's CRM id and state, its merge base, in one ``executemany`` each, not an
ORM object per row (loading, dirtying and flushing those cost more than the requests).
Writes the CRM refused or did not answer for take :mod:`.push`'s own path.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from cs_desktop.chunks import chunks, marks
from cs_desktop.clock import to_epoch_ms
from cs_desktop.coltypes import utc_now
from cs_desktop.sync import push_rows
from cs_desktop.sync.adapter import Kind, WriteResult
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.merge import Value
from cs_desktop.sync.state import Entity, OpState, RecordState


def ack_writes(
    session: Session,
    crm: Crm,
    entity: Entity,
    kind: Kind,
    results: list[WriteResult],
    sent: dict[str, dict[str, Value]],
    claimed: Mapping[str, tuple[int, bytes]] | None = None,
) -> set[str]:
    """Settle the successful ``results`` whose record is still here: the op is done, the
    record has its CRM id and is clean (dirty if an edit made meanwhile waits, as a
    conflict it stays), and its merge base takes the values sent. The op ids settled.
    ``claimed``: each op's outbox seq and local uid as the claim read them, by op id (else
    they are looked up).

    Plain statements on the driver's connection, values in their stored form (enums as
    their text, uids as 16 bytes, times as epoch milliseconds): a first push settles every
    one of its records here, and SQLAlchemy's per-row statement handling cost more than
    the statements.
    """
    raw = push_rows.dbapi(session)
    done = [result for result in results if result.ok]
    ops: dict[str, tuple[int, bytes]] = {}
    if claimed is not None:
        # An op in flight stays in the outbox (only unsent ones are dropped or merged).
        ops.update((r.op_id, claimed[r.op_id]) for r in done if r.op_id in claimed)
        done = [result for result in done if result.op_id in ops]
    for chunk in chunks([result.op_id for result in done if result.op_id not in ops]):
        rows = raw.execute(
            f"SELECT op_id, seq, local_uid FROM outbox WHERE op_id IN ({marks(len(chunk))})",
            chunk,
        )
        ops.update((op_id, (seq, bytes(uid))) for op_id, seq, uid in rows)
    uids = [ops[result.op_id][1] for result in done if result.op_id in ops]
    records = _by_uid(raw, "SELECT local_uid, id, sync_state FROM sync_record", crm, entity, uids)
    bases = _by_uid(raw, "SELECT local_uid, base_json FROM sync_base", crm, entity, uids)
    settled = [r for r in done if r.op_id in ops and ops[r.op_id][1] in records]
    if not settled:
        return set()
    raw.executemany(
        "UPDATE outbox SET state = ?, last_error = NULL WHERE seq = ?",
        [(OpState.DONE.value, ops[result.op_id][0]) for result in settled],
    )
    waiting = push_rows.pending(raw, crm.provider, entity, [ops[r.op_id][1] for r in settled])
    now = to_epoch_ms(utc_now())
    record_rows: list[tuple[object, ...]] = []
    base_rows: list[tuple[object, ...]] = []
    for result in settled:
        uid = ops[result.op_id][1]
        record_id, state = records[uid][1:]
        if state != RecordState.CONFLICT:
            state = RecordState.DIRTY if uid in waiting else RecordState.CLEAN
        record_rows.append((result.remote_id, kind, str(state), record_id))
        before = json.loads(bases[uid][1]) if uid in bases else {}
        merged = json.dumps({**before, **sent[result.op_id]}, sort_keys=True)
        base_rows.append((str(entity), uid, crm.provider, merged, result.version, now))
    raw.executemany(
        "UPDATE sync_record SET remote_id = ?, remote_kind = ?, sync_state = ? WHERE id = ?",
        record_rows,
    )
    raw.executemany(
        "INSERT INTO sync_base (entity, local_uid, provider, base_json, remote_version,"
        " synced_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity, local_uid, provider)"
        " DO UPDATE SET base_json = excluded.base_json,"
        " remote_version = excluded.remote_version, synced_at = excluded.synced_at",
        base_rows,
    )
    return {result.op_id for result in settled}


def _by_uid(
    raw: sqlite3.Connection, query: str, crm: Crm, entity: Entity, uids: list[bytes]
) -> dict[bytes, tuple[Any, ...]]:
    found: dict[bytes, tuple[Any, ...]] = {}
    for chunk in chunks(uids):
        rows = raw.execute(
            f"{query} WHERE provider = ? AND entity = ? AND local_uid IN ({marks(len(chunk))})",
            (crm.provider, str(entity), *chunk),
        )
        found.update((bytes(row[0]), row) for row in rows)
    return found

"""Pushing links (contract §3.2e): a batch of link and unlink ops, in Core statements.

A first push is mostly links (a 200-account store queues 24,000 of them beside 11,000
records), so the batch is claimed, looked up and acknowledged in a few statements, not an
ORM object per op: loading, dirtying and flushing those cost more than the requests.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, select, update

from cs_desktop.chunks import chunks
from cs_desktop.db import Store
from cs_desktop.sync import checkpoints
from cs_desktop.sync.adapter import CrmAdapter, Link, WriteResult
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.lookups import remote_kinds
from cs_desktop.sync.push_counts import PushCounts
from cs_desktop.sync.retry import MAX_ATTEMPTS
from cs_desktop.sync.state import Entity, OpKind, OpState, Outbox, RecordState, SyncRecord


@dataclass
class LinkBatch:
    """A claimed batch of link ops: the requests it makes, and what acknowledges them."""

    links: dict[OpKind, list[Link]] = field(default_factory=lambda: defaultdict(list))
    seq_of: dict[str, int] = field(default_factory=dict)
    uid_of: dict[str, uuid.UUID] = field(default_factory=dict)
    attempts: dict[str, int] = field(default_factory=dict)


def claim_links(store: Store, crm: Crm, seqs: list[int]) -> LinkBatch:
    """Mark a batch in flight (committed), settling at once the ops that send nothing."""
    batch = LinkBatch()
    with store.write() as session:
        conn = session.connection()
        rows = claim(conn, seqs)
        ends = {
            seq: [
                (fields[f"{side}_entity"], uuid.UUID(fields[f"{side}_uid"]))
                for side in ("from", "to")
            ]
            for seq, fields in ((row.seq, json.loads(row.fields_json)) for row in rows)
        }
        wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
        for pair in ends.values():
            for entity, uid in pair:
                wanted[entity].add(uid)
        records = {
            (entity, record.local_uid): record
            for entity, uids in wanted.items()
            for record in _records(conn, crm.provider, entity, uids)
        }
        kinds = remote_kinds(session, records.values())
        settled: list[dict[str, Any]] = []
        for row in rows:
            (source, source_kind), (target, target_kind) = (
                (records.get(key), kinds.get(key[1])) for key in ends[row.seq]
            )
            if source is None or target is None or source.deleted_at or target.deleted_at:
                settled.append(_state(row.seq, OpState.DONE))  # an end is gone: nothing to link
            elif not (source.remote_id and target.remote_id and source_kind and target_kind):
                settled.append(_state(row.seq, OpState.PENDING))  # an end awaits its create
            else:
                batch.seq_of[row.op_id] = row.seq
                batch.uid_of[row.op_id] = row.local_uid
                batch.links[OpKind(row.op)].append(
                    Link(row.op_id, source_kind, source.remote_id, target_kind, target.remote_id)
                )
        _set_states(conn, settled)
    batch.attempts = {row.op_id: row.attempts + 1 for row in rows}
    return batch


def send_links(adapter: CrmAdapter, batch: LinkBatch) -> dict[OpKind, list[WriteResult]]:
    """The CRM's answers to a claimed batch (no database work: may run on another thread)."""
    return {
        op: (adapter.link if op is OpKind.LINK else adapter.unlink)(links)
        for op, links in batch.links.items()
    }


def ack_links(
    store: Store,
    crm: Crm,
    batch: LinkBatch,
    answers: dict[OpKind, list[WriteResult]],
    counts: PushCounts,
) -> None:
    for results in answers.values():
        with store.write() as session:
            conn = session.connection()
            states, linked = _outcomes(results, batch.seq_of, batch.attempts, counts)
            _set_states(conn, states)
            clean = [{"uid": batch.uid_of[op_id]} for op_id in linked]
            if clean:
                conn.execute(
                    update(SyncRecord)
                    .where(
                        SyncRecord.provider == crm.provider,
                        SyncRecord.entity == Entity.LINK,
                        SyncRecord.local_uid == bindparam("uid"),
                    )
                    .values(sync_state=RecordState.CLEAN),
                    clean,
                )
            checkpoints.reached("before_ack_commit", "link")


def claim(conn: Connection, seqs: list[int]) -> list[Any]:
    """The ops of a batch, marked in flight with one more attempt (Core rows, as read
    before the mark)."""
    found: list[Any] = []
    for chunk in chunks(seqs):
        found.extend(
            conn.execute(
                select(
                    Outbox.seq,
                    Outbox.op_id,
                    Outbox.op,
                    Outbox.local_uid,
                    Outbox.fields_json,
                    Outbox.attempts,
                )
                .where(Outbox.seq.in_(chunk))
                .order_by(Outbox.seq)
            ).all()
        )
        conn.execute(
            update(Outbox)
            .where(Outbox.seq.in_(chunk))
            .values(state=OpState.INFLIGHT, attempts=Outbox.attempts + 1)
        )
    return found


def _records(conn: Connection, provider: str, entity: str, uids: set[uuid.UUID]) -> list[Any]:
    found: list[Any] = []
    for chunk in chunks(uids):
        found.extend(
            conn.execute(
                select(
                    SyncRecord.entity,
                    SyncRecord.local_uid,
                    SyncRecord.remote_id,
                    SyncRecord.remote_kind,
                    SyncRecord.deleted_at,
                ).where(
                    SyncRecord.provider == provider,
                    SyncRecord.entity == entity,
                    SyncRecord.local_uid.in_(chunk),
                )
            ).all()
        )
    return found


def _outcomes(
    results: list[WriteResult],
    seq_of: dict[str, int],
    attempts: dict[str, int],
    counts: PushCounts,
) -> tuple[list[dict[str, Any]], list[str]]:
    """Each op's new state, and the op ids linked (or unlinked) for good."""
    states: list[dict[str, Any]] = []
    linked: list[str] = []
    for result in results:
        seq = seq_of[result.op_id]
        if result.ok:
            states.append(_state(seq, OpState.DONE))
            linked.append(result.op_id)
            counts.pushed += 1
        elif result.error == "retryable" and attempts[result.op_id] < MAX_ATTEMPTS:
            states.append(_state(seq, OpState.PENDING))
        else:
            states.append(_state(seq, OpState.FAILED, result.message))
            counts.failed += 1
    return states, linked


def _state(seq: int, state: OpState, error: str | None = None) -> dict[str, Any]:
    return {"at": seq, "new_state": state, "error": error}


def _set_states(conn: Connection, states: list[dict[str, Any]]) -> None:
    """Many ops' new states (and errors), in one executemany."""
    if states:
        conn.execute(
            update(Outbox)
            .where(Outbox.seq == bindparam("at"))
            .values(state=bindparam("new_state"), last_error=bindparam("error")),
            states,
        )

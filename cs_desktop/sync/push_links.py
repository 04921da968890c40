"""Pushing links (contract §3.2e): a batch of link and unlink ops, in plain statements.

A first push is mostly links (a 200-account store queues 24,000 of them beside 11,000
records), so the batch is claimed, looked up and acknowledged in a few statements, not an
ORM object per op: loading, dirtying and flushing those cost more than the requests.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial

from cs_desktop.db import Store
from cs_desktop.sync import checkpoints, push_rows
from cs_desktop.sync.adapter import CrmAdapter, Kind, Link, WriteResult
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.push_counts import PushCounts
from cs_desktop.sync.push_pipeline import in_requests
from cs_desktop.sync.retry import MAX_ATTEMPTS
from cs_desktop.sync.state import Entity, OpKind, OpState, RecordState


@dataclass
class LinkBatch:
    """A claimed batch of link ops: the requests it makes, and what acknowledges them."""

    links: dict[OpKind, list[Link]] = field(default_factory=lambda: defaultdict(list))
    seq_of: dict[str, int] = field(default_factory=dict)
    uid_of: dict[str, bytes] = field(default_factory=dict)
    attempts: dict[str, int] = field(default_factory=dict)


def claim_links(store: Store, crm: Crm, seqs: list[int]) -> LinkBatch:
    """Mark a batch in flight (committed), settling at once the ops that send nothing."""
    batch = LinkBatch()
    with store.write() as session:
        raw = push_rows.dbapi(session)
        rows = push_rows.claim(raw, seqs)
        ends = {
            row.seq: [
                (fields[f"{side}_entity"], uuid.UUID(fields[f"{side}_uid"]).bytes)
                for side in ("from", "to")
            ]
            for row, fields in ((row, json.loads(row.fields_json)) for row in rows)
        }
        wanted: dict[str, set[bytes]] = defaultdict(set)
        for pair in ends.values():
            for entity, uid in pair:
                wanted[entity].add(uid)
        records: dict[tuple[str, bytes], push_rows.RecordRow] = {}
        kinds: dict[tuple[str, bytes], Kind] = {}
        for entity, uids in wanted.items():
            found = push_rows.records(raw, crm.provider, entity, uids, values=False)
            records.update(((entity, uid), record) for uid, record in found.items())
            kinds.update(
                ((entity, uid), kind)
                for uid, kind in push_rows.kinds(raw, entity, found.values()).items()
            )
        settled: list[tuple[str, str | None, int]] = []
        for row in rows:
            (source, source_kind), (target, target_kind) = (
                (records.get(key), kinds.get(key)) for key in ends[row.seq]
            )
            if source is None or target is None or source.deleted_at or target.deleted_at:
                settled.append((OpState.DONE.value, None, row.seq))  # an end is gone
            elif not (source.remote_id and target.remote_id and source_kind and target_kind):
                settled.append((OpState.PENDING.value, None, row.seq))  # awaits its create
            else:
                batch.seq_of[row.op_id] = row.seq
                batch.uid_of[row.op_id] = row.local_uid
                batch.links[OpKind(row.op)].append(
                    Link(row.op_id, source_kind, source.remote_id, target_kind, target.remote_id)
                )
        push_rows.set_states(raw, settled)
    batch.attempts = {row.op_id: row.attempts + 1 for row in rows}
    return batch


def send_links(adapter: CrmAdapter, batch: LinkBatch) -> dict[OpKind, list[WriteResult]]:
    """The CRM's answers to a claimed batch (no database work: may run on another thread),
    a request's worth at a time, each pair of kinds together (a CRM links one pair a
    request)."""
    size = adapter.max_batch
    requests = []
    for op, links in batch.links.items():
        call = adapter.link if op is OpKind.LINK else adapter.unlink
        pairs: dict[tuple[Kind, Kind], list[Link]] = {}
        for link in links:
            pairs.setdefault((link.from_kind, link.to_kind), []).append(link)
        for paired in pairs.values():
            for start in range(0, len(paired), size):
                requests.append((op, partial(call, paired[start : start + size])))
    return in_requests(requests)


def ack_links(
    store: Store,
    crm: Crm,
    batch: LinkBatch,
    answers: dict[OpKind, list[WriteResult]],
    counts: PushCounts,
) -> None:
    for results in answers.values():
        with store.write() as session:
            raw = push_rows.dbapi(session)
            states, linked = _outcomes(results, batch.seq_of, batch.attempts, counts)
            push_rows.set_states(raw, states)
            raw.executemany(
                "UPDATE sync_record SET sync_state = ?"
                " WHERE provider = ? AND entity = ? AND local_uid = ?",
                [
                    (RecordState.CLEAN.value, crm.provider, Entity.LINK.value, batch.uid_of[op_id])
                    for op_id in linked
                ],
            )
            checkpoints.reached("before_ack_commit", "link")


def _outcomes(
    results: list[WriteResult],
    seq_of: dict[str, int],
    attempts: dict[str, int],
    counts: PushCounts,
) -> tuple[list[tuple[str, str | None, int]], list[str]]:
    """Each op's new state, and the op ids linked (or unlinked) for good."""
    states: list[tuple[str, str | None, int]] = []
    linked: list[str] = []
    for result in results:
        seq = seq_of[result.op_id]
        if result.ok:
            states.append((OpState.DONE.value, None, seq))
            linked.append(result.op_id)
            counts.pushed += 1
        elif result.error == "retryable" and attempts[result.op_id] < MAX_ATTEMPTS:
            states.append((OpState.PENDING.value, None, seq))
        else:
            states.append((OpState.FAILED.value, result.message, seq))
            counts.failed += 1
    return states, linked

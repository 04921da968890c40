"""Push (contract §3.2): outbox ops to the CRM in dependency order, one ack per transaction."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from cs_desktop.chunks import chunks
from cs_desktop.db import Store
from cs_desktop.sync import capture, checkpoints, push_rows
from cs_desktop.sync.adapter import (
    CrmAdapter,
    Kind,
    RemoteRecord,
    WriteOp,
    WriteResult,
)
from cs_desktop.sync.bases import base_of, bases_of, set_base
from cs_desktop.sync.conflicts import add_delete_conflict, conflicted_fields
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.fields import MODELS, as_stored
from cs_desktop.sync.lookups import local_row, record_of, records_of
from cs_desktop.sync.merge import Value
from cs_desktop.sync.merge_local import merge_into_local
from cs_desktop.sync.outbox import last_seq, waiting
from cs_desktop.sync.pending import ops_by_id, pending_among, unsent_fields
from cs_desktop.sync.progress import Report, SyncProgress, ignore
from cs_desktop.sync.push_acks import ack_writes
from cs_desktop.sync.push_counts import PushCounts
from cs_desktop.sync.push_links import LinkBatch, ack_links, claim_links, send_links
from cs_desktop.sync.push_pipeline import in_requests, pipelined
from cs_desktop.sync.retry import MAX_ATTEMPTS
from cs_desktop.sync.state import (
    DELETED_FIELD,
    Entity,
    OpKind,
    OpState,
    Outbox,
    RecordState,
    SyncRecord,
)

ORDER = tuple(MODELS)  # companies first: the others are linked to them
REPORT_EVERY_S = 0.5  # a count of the outbox each time
# Creates and links are claimed this many requests' worth at a time. A batch of one entity
# spans several CRM kinds (notes, meetings, calls, emails; each pair of kinds for links),
# each its own request: a claim of one request's worth sent a request per kind a quarter
# full, three times the requests a first push needs (HubSpot counts each against its rate
# limit). Still one claim and one acknowledgement per batch, as the contract has it.
CLAIMED_REQUESTS = 5


def push(
    store: Store,
    adapter: CrmAdapter,
    cancelled: Callable[[], bool],
    progress: Report = ignore,
) -> PushCounts:
    """Send every pending op: creates/updates per entity, then links, then deletes.

    ``cancelled`` is polled between batches: each batch's acknowledgement is committed
    before the next goes, so a cancelled push resumes with what the CRM has not
    acknowledged, and sends nothing twice. ``progress`` hears ``sending`` reports.
    """
    counts = PushCounts()
    crm = adapter.crm
    with store.write() as session:
        # Ops left inflight by a crash or cancel go again: upserts, PUT links and archives
        # are idempotent, and an update re-sends the same values.
        session.execute(
            update(Outbox)
            .where(Outbox.provider == crm.provider, Outbox.state == OpState.INFLIGHT)
            .values(state=OpState.PENDING)
        )
        sent = _Sent.starting(store, session.connection(), crm.provider, progress)
    for entity in ORDER:
        creates = _batches(store, crm, entity, OpKind.CREATE, adapter.max_batch * CLAIMED_REQUESTS)
        claim_creates = partial(_claim_writes, store, adapter, entity, OpKind.CREATE)

        def created(writes: _Writes, answers: dict[Kind, list[WriteResult]]) -> None:
            for kind, results in answers.items():
                _ack(
                    store,
                    adapter,
                    writes.entity,
                    kind,
                    writes.ops[kind],
                    results,
                    writes.sent,
                    counts,
                    writes.claimed,
                )
            sent.tell()

        if not pipelined(creates, claim_creates, partial(_upsert, adapter), created, cancelled):
            return counts
        for batch in _batches(store, crm, entity, OpKind.UPDATE, adapter.max_batch):
            if cancelled():
                return counts
            _push_updates(store, adapter, entity, batch, counts)
            sent.tell()

    def links_acknowledged(batch: LinkBatch, answers: dict[OpKind, list[WriteResult]]) -> None:
        ack_links(store, crm, batch, answers, counts)
        sent.tell()

    link_batches = _batches(store, crm, Entity.LINK, None, adapter.max_batch * CLAIMED_REQUESTS)
    claim = partial(claim_links, store, crm)
    send = partial(send_links, adapter)
    if not pipelined(link_batches, claim, send, links_acknowledged, cancelled):
        return counts
    for entity in reversed(ORDER):
        for batch in _batches(store, crm, entity, OpKind.DELETE, adapter.max_batch):
            if cancelled():
                return counts
            _push_deletes(store, adapter, entity, batch, counts)
            sent.tell()
    sent.tell(last=True)
    return counts


class _Sent:
    """The push's ``sent n of total``: of the changes waiting when it began (the count the
    status bar showed), how many have left the queue. Counted at most every
    :data:`REPORT_EVERY_S`, a query each time, so that what it says is the outbox's own
    number and not a tally that could drift from it."""

    def __init__(self, store: Store, provider: str, up_to: int, total: int, report: Report):
        self._store, self._provider, self._up_to = store, provider, up_to
        self.total = total
        self._report = report
        self._last = time.monotonic()

    @classmethod
    def starting(cls, store: Store, conn: Connection, provider: str, report: Report) -> _Sent:
        up_to = last_seq(conn)
        sent = cls(store, provider, up_to, waiting(conn, provider, up_to=up_to), report)
        if sent.total:
            report(SyncProgress("sending", None, 0, sent.total))
        return sent

    def tell(self, *, last: bool = False) -> None:
        now = time.monotonic()
        if not self.total or (not last and now - self._last < REPORT_EVERY_S):
            return
        self._last = now
        with self._store.read() as session:
            left = waiting(session.connection(), self._provider, up_to=self._up_to)
        self._report(SyncProgress("sending", None, self.total - left, self.total))


def _batches(
    store: Store, crm: Crm, entity: Entity, op: OpKind | None, size: int
) -> list[list[int]]:
    with store.read() as session:
        query = select(Outbox.seq).where(
            Outbox.provider == crm.provider,
            Outbox.entity == entity,
            Outbox.state == OpState.PENDING,
        )
        if op is not None:
            query = query.where(Outbox.op == op)
        seqs = list(session.scalars(query.order_by(Outbox.seq)))
    return list(chunks(seqs, size))


def _mark_inflight(session: Session, seqs: list[int]) -> list[Outbox]:
    rows = list(session.scalars(select(Outbox).where(Outbox.seq.in_(seqs)).order_by(Outbox.seq)))
    for row in rows:
        row.state = OpState.INFLIGHT
        row.attempts += 1
    return rows


@dataclass(frozen=True)
class _Writes:
    """A claimed batch of creates or updates: its ops by CRM kind, and the fields each sends."""

    entity: Entity
    ops: dict[Kind, list[WriteOp]]
    sent: dict[str, dict[str, str | None]]
    claimed: dict[str, tuple[int, bytes]]  # each op's outbox seq and local uid, by op id


def _claim_writes(
    store: Store, adapter: CrmAdapter, entity: Entity, op_kind: OpKind, seqs: list[int]
) -> _Writes:
    """Mark a batch in flight (committed), settling at once the ops that send nothing."""
    crm = adapter.crm
    by_kind: dict[Kind, list[WriteOp]] = defaultdict(list)
    sent: dict[str, dict[str, str | None]] = {}
    claimed: dict[str, tuple[int, bytes]] = {}
    settled: list[tuple[str, int]] = []
    with store.write() as session:
        raw = push_rows.dbapi(session)
        rows = push_rows.claim(raw, seqs)
        # A query per batch, not per op, for the records, kinds and conflicts.
        records = push_rows.records(raw, crm.provider, entity, [row.local_uid for row in rows])
        kinds = push_rows.kinds(raw, entity, records.values())
        conflicted = push_rows.conflicted(raw, crm.provider, entity, records)
        for row in rows:
            record = records.get(row.local_uid)
            kind = None if record is None else kinds.get(record.local_uid)
            if record is None or kind is None:
                # The row is gone; its delete op covers it.
                settled.append((OpState.DONE.value, row.seq))
                continue
            if op_kind is OpKind.UPDATE and record.remote_id is None:
                # Its create has not been acknowledged yet.
                settled.append((OpState.PENDING.value, row.seq))
                continue
            fields = json.loads(record.local_json if op_kind is OpKind.CREATE else row.fields_json)
            held = conflicted.get(row.local_uid, set())
            # A field in conflict waits for the user: neither side is overwritten meanwhile.
            fields = {k: v for k, v in fields.items() if k not in held}
            if held and (DELETED_FIELD in held or not fields):
                settled.append((OpState.BLOCKED.value, row.seq))
                continue
            sent[row.op_id] = fields
            claimed[row.op_id] = (row.seq, row.local_uid)
            by_kind[kind].append(
                WriteOp(
                    row.op_id,
                    str(push_rows.as_uuid(row.local_uid)),
                    adapter.to_remote(kind, fields),
                    record.remote_id,
                )
            )
        push_rows.set_states_only(raw, settled)
    return _Writes(entity, dict(by_kind), sent, claimed)


def _upsert(adapter: CrmAdapter, writes: _Writes) -> dict[Kind, list[WriteResult]]:
    """The CRM's answers to a batch of creates (no database work: runs on the push's worker),
    in requests as full as the CRM takes."""
    size = adapter.max_batch
    return in_requests(
        (kind, partial(adapter.upsert, kind, ops[start : start + size]))
        for kind, ops in writes.ops.items()
        for start in range(0, len(ops), size)
    )


def _push_updates(
    store: Store, adapter: CrmAdapter, entity: Entity, seqs: list[int], counts: PushCounts
) -> None:
    writes = _claim_writes(store, adapter, entity, OpKind.UPDATE, seqs)
    for kind, ops in writes.ops.items():
        ops = _merge_before_update(store, adapter, entity, kind, ops, writes.sent, counts)
        if ops:
            results = adapter.update(kind, ops)
            _ack(store, adapter, entity, kind, ops, results, writes.sent, counts, writes.claimed)


def _merge_before_update(
    store: Store,
    adapter: CrmAdapter,
    entity: Entity,
    kind: Kind,
    ops: list[WriteOp],
    sent: dict[str, dict[str, str | None]],
    counts: PushCounts,
) -> list[WriteOp]:
    """Read current remote versions; where the remote moved past the base, merge first and
    push only the fields that do not conflict (contract §3.2b). A value the CRM holds
    already, or one it has no property for, is not sent: an op left with nothing to send is
    done without a request."""
    crm = adapter.crm
    current = {r.remote_id: r for r in adapter.read(kind, [op.remote_id or "" for op in ops])}
    keep: list[WriteOp] = []
    with store.write() as session:
        session.info[capture.APPLYING] = True
        rows = ops_by_id(session, [op.op_id for op in ops])
        uids = [row.local_uid for row in rows.values()]
        records = records_of(session, crm, entity, uids)
        bases = bases_of(session, crm, entity, uids)
        for op in ops:
            row = rows[op.op_id]
            record = records[row.local_uid]
            remote = current.get(op.remote_id or "")
            if remote is None:
                _conflict_deleted_remotely(session, crm, entity, record, row, counts)
                continue
            base = bases.get(record.local_uid)
            if base is not None and base.remote_version == remote.version:
                fields = set(sent[op.op_id])
            else:
                fields = _merge_newer(session, adapter, entity, kind, record, remote, counts)
            wanted = {k: v for k, v in sent[op.op_id].items() if k in fields}
            held = _held_by_crm(adapter, kind, remote, wanted)
            if held:
                set_base(session, crm, entity, record.local_uid, held, remote.version)
            props = adapter.to_remote(kind, {k: v for k, v in wanted.items() if k not in held})
            if not props:
                # Nothing left to send: the CRM holds these values already (another store
                # sent them, or the previous attempt was applied before the app died).
                row.state = OpState.DONE if not fields or wanted else OpState.BLOCKED
                _settle(session, crm, entity, [record])
                continue
            sent[op.op_id] = wanted
            keep.append(WriteOp(op.op_id, op.local_id, props, op.remote_id))
    return keep


def _held_by_crm(
    adapter: CrmAdapter, kind: Kind, remote: RemoteRecord, values: dict[str, Value]
) -> dict[str, Value]:
    """Those of ``values`` the CRM record holds already (compared in the local form)."""
    theirs = as_stored(kind, adapter.to_local(kind, remote.props))
    return {k: v for k, v in values.items() if k in theirs and theirs[k] == v}


def _merge_newer(
    session: Session,
    adapter: CrmAdapter,
    entity: Entity,
    kind: Kind,
    record: SyncRecord,
    remote: RemoteRecord,
    counts: PushCounts,
) -> set[str]:
    """Merge a newer remote record into the local row; the fields still to push."""
    crm = adapter.crm
    result, new_conflicts = merge_into_local(
        session,
        crm,
        entity,
        record,
        as_stored(kind, adapter.to_local(kind, remote.props)),
        remote.version,
        base=base_of(session, crm, entity, record.local_uid),
        edited=unsent_fields(session, crm, entity, record.local_uid),
        row=lambda: local_row(session, entity, record.local_uid),
    )
    counts.conflicts += new_conflicts
    return set(result.keep_local)


def _conflict_deleted_remotely(
    session: Session,
    crm: Crm,
    entity: Entity,
    record: SyncRecord,
    row: Outbox,
    counts: PushCounts,
) -> None:
    counts.conflicts += add_delete_conflict(
        session, crm, entity, record, deleted_here=False, remote_version=None
    )
    row.state = OpState.BLOCKED


def _ack(
    store: Store,
    adapter: CrmAdapter,
    entity: Entity,
    kind: Kind,
    ops: list[WriteOp],
    results: list[WriteResult],
    sent: dict[str, dict[str, str | None]],
    counts: PushCounts,
    claimed: dict[str, tuple[int, bytes]] | None = None,
) -> None:
    crm = adapter.crm
    with store.write() as session:
        settled = ack_writes(session, crm, entity, kind, results, sent, claimed)
        counts.pushed += len(settled)
        results = [result for result in results if result.op_id not in settled]
        rows = ops_by_id(session, [result.op_id for result in results])
        uids = [row.local_uid for row in rows.values()]
        records = records_of(session, crm, entity, uids)
        bases = bases_of(session, crm, entity, uids)
        acked: list[SyncRecord] = []
        for result in results:
            row = rows[result.op_id]
            record = records.get(row.local_uid)
            if result.ok and record is not None:
                record.remote_id = result.remote_id
                record.remote_kind = kind
                row.state = OpState.DONE
                row.last_error = None
                set_base(
                    session,
                    crm,
                    entity,
                    record.local_uid,
                    sent[row.op_id],
                    result.version,
                    known=bases,
                )
                acked.append(record)
                counts.pushed += 1
            elif result.error == "not_found" and record is not None:
                _conflict_deleted_remotely(session, crm, entity, record, row, counts)
            elif result.error == "exists" and result.remote_id and record is not None:
                _adopt(session, crm, kind, record, row, result, sent[row.op_id], counts)
            elif result.error in ("invalid", "conflict") or row.attempts >= MAX_ATTEMPTS:
                row.state = OpState.FAILED
                row.last_error = result.message or str(result.error)
                counts.failed += 1
                counts.errors.append(f"{entity} {row.local_uid}: {row.last_error}")
            else:
                row.state = OpState.PENDING
                row.last_error = result.message
        _settle(session, crm, entity, acked)
        checkpoints.reached("before_ack_commit", f"{entity} {kind}")


def _adopt(
    session: Session,
    crm: Crm,
    kind: Kind,
    record: SyncRecord,
    row: Outbox,
    result: WriteResult,
    fields: dict[str, Value],
    counts: PushCounts,
) -> None:
    """The CRM holds this record already (a contact with the same email, made by a colleague
    or another computer): it becomes this record's CRM twin instead of a failed create. The
    create turns into an update of it, which this push sends after the creates, merged like
    any update whose base is unknown: equal values agree, values only here are sent, and
    values both sides hold differently become conflicts for the user."""
    twin = session.scalar(
        select(SyncRecord.local_uid).where(
            SyncRecord.provider == crm.provider,
            SyncRecord.entity == record.entity,
            SyncRecord.remote_id == result.remote_id,
        )
    )
    if twin is not None and twin != record.local_uid:
        # Two records here for one in the CRM: the user merges them; nothing is guessed.
        row.state = OpState.FAILED
        row.last_error = result.message
        counts.failed += 1
        counts.errors.append(f"{record.entity} {row.local_uid}: {result.message}")
        return
    record.remote_id = result.remote_id
    record.remote_kind = kind
    record.sync_state = RecordState.DIRTY
    row.op = OpKind.UPDATE
    row.fields_json = json.dumps(fields, sort_keys=True)
    row.state = OpState.PENDING
    row.last_error = None


def _settle(session: Session, crm: Crm, entity: Entity, records: list[SyncRecord]) -> None:
    """Records whose op just left the outbox are clean, unless a conflict holds one or an edit
    made while its op was in flight waits as a newer op (WatermelonDB#1374)."""
    if not records:
        return
    session.flush()  # the ops' new states count
    waiting = pending_among(session, crm, entity, [r.local_uid for r in records])
    for record in records:
        if record.sync_state != RecordState.CONFLICT:
            pending = record.local_uid in waiting
            record.sync_state = RecordState.DIRTY if pending else RecordState.CLEAN


def _push_deletes(
    store: Store, adapter: CrmAdapter, entity: Entity, seqs: list[int], counts: PushCounts
) -> None:
    crm = adapter.crm
    by_kind: dict[Kind, dict[str, int]] = defaultdict(dict)
    with store.write() as session:
        rows = _mark_inflight(session, seqs)
        conflicted = conflicted_fields(session, crm, entity, [row.local_uid for row in rows])
        for row in rows:
            record = record_of(session, crm, entity, row.local_uid)
            if record is None or record.remote_id is None or record.remote_kind is None:
                row.state = OpState.DONE  # the CRM never had it
                continue
            if DELETED_FIELD in conflicted.get(row.local_uid, set()):
                row.state = OpState.BLOCKED  # edited in the CRM meanwhile: the user decides
                continue
            by_kind[record.remote_kind][record.remote_id] = row.seq  # type: ignore[index]
    for kind, seq_of in by_kind.items():
        results = adapter.archive(kind, list(seq_of))
        with store.write() as session:
            for result in results:
                op_row = session.get(Outbox, seq_of[result.op_id])
                assert op_row is not None
                if result.ok:
                    op_row.state = OpState.DONE
                    counts.pushed += 1
                    record = record_of(session, crm, entity, op_row.local_uid)
                    if record is not None:
                        record.sync_state = RecordState.CLEAN
                else:
                    retry = op_row.attempts < MAX_ATTEMPTS
                    op_row.state = OpState.PENDING if retry else OpState.FAILED
                    op_row.last_error = result.message
            checkpoints.reached("before_ack_commit", f"delete {entity}")

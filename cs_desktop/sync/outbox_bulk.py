"""Queueing many rows at once: the set-based counterpart of :func:`.outbox.capture` and
:func:`.outbox.capture_link`, for a first connect (every local row becomes a create) and a
bulk import's rescan.

A few ``executemany`` statements instead of several queries per row: a 200-account store
queues its 35,000 changes in about a second, where one row at a time took minutes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import Connection

from cs_desktop.chunks import chunks, marks
from cs_desktop.sync.merge import Value
from cs_desktop.sync.outbox import link_uid_bytes, uid_text
from cs_desktop.sync.state import Entity, OpKind, OpState, Outbox, RecordState, SyncRecord

# One end of a link: the entity and the row's uid as its 16 bytes (no UUID objects: a
# first connect handles tens of thousands).
End = tuple[Entity, bytes]
# json.dumps(..., sort_keys=True), as the outbox writes snapshots, without an encoder a call.
_as_json = json.JSONEncoder(sort_keys=True).encode
_UNSENT_RECORD = (None, None, RecordState.PENDING_CREATE, 1, None)


def queue_creates(
    conn: Connection,
    provider: str,
    entity: Entity,
    rows: Sequence[tuple[bytes, Mapping[str, Value]]],
) -> int:
    """Queue a create for each ``(uid bytes, snapshot)``, as :func:`.outbox.capture` does for
    a row without a sync record; the caller has checked that none of them has one. How many."""
    texts = [(uid, _as_json(dict(values))) for uid, values in rows]
    _insert_records(conn, provider, entity, texts)
    _insert_ops(conn, provider, entity, OpKind.CREATE, texts)
    return len(texts)


def queue_links(
    conn: Connection, provider: str, pairs: Iterable[tuple[End, End]], *, first: bool = False
) -> int:
    """Link each ``(source, target)`` pair, as :func:`.outbox.capture_link` does for one:
    a pair already linked is left alone, and a link whose unlink was not sent yet cancels
    it. How many changes that made to the outbox.

    Args:
        first: no link was recorded or waiting before this connect (:func:`links_known`
            said so): each pair's look-ups are skipped.
    """
    wanted: dict[bytes, str] = {}
    for (source, source_uid), (target, target_uid) in pairs:
        source_text, target_text = uid_text(source_uid), uid_text(target_uid)
        # What json.dumps(..., sort_keys=True) writes (entity names and uids need no
        # escaping), a few times faster.
        wanted[link_uid_bytes(source_text, target_text)] = (
            f'{{"from_entity": "{source}", "from_uid": "{source_text}", '
            f'"to_entity": "{target}", "to_uid": "{target_text}"}}'
        )
    known: set[bytes] = set()
    pending: dict[bytes, list[tuple[int, str]]] = {}
    for chunk in () if first else chunks(wanted):
        known.update(
            bytes(uid)
            for (uid,) in conn.exec_driver_sql(
                f"SELECT local_uid FROM {SyncRecord.__tablename__} "
                f"WHERE entity = ? AND provider = ? AND local_uid IN ({marks(len(chunk))})",
                (str(Entity.LINK), provider, *chunk),
            )
        )
        for seq, uid, op in conn.exec_driver_sql(
            f"SELECT seq, local_uid, op FROM {Outbox.__tablename__} WHERE provider = ? "
            f"AND entity = ? AND state = ? AND local_uid IN ({marks(len(chunk))})",
            (provider, str(Entity.LINK), str(OpState.PENDING), *chunk),
        ):
            pending.setdefault(bytes(uid), []).append((seq, op))
    new = [(uid, text) for uid, text in wanted.items() if uid not in known]
    _insert_records(conn, provider, Entity.LINK, new)
    # Linked again before the unlink went out: neither is sent.
    cancelled = [
        (seq,) for uid, _ in new for seq, op in pending.get(uid, ()) if op == OpKind.UNLINK
    ]
    if cancelled:
        conn.exec_driver_sql(f"DELETE FROM {Outbox.__tablename__} WHERE seq = ?", cancelled)
    fresh = [(uid, text) for uid, text in new if uid not in pending]
    _insert_ops(conn, provider, Entity.LINK, OpKind.LINK, fresh)
    return len(fresh) + len(cancelled)


def links_known(conn: Connection, provider: str) -> bool:
    """Whether any link is recorded or waiting (on a first connect none is)."""
    found = conn.exec_driver_sql(
        f"SELECT 1 FROM {SyncRecord.__tablename__} WHERE entity = ? AND provider = ? "
        f"UNION ALL SELECT 1 FROM {Outbox.__tablename__} WHERE entity = ? AND provider = ? "
        "LIMIT 1",
        (str(Entity.LINK), provider, str(Entity.LINK), provider),
    )
    return found.first() is not None


def _op_ids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs as text, as ``str(uuid.uuid4())`` makes them."""
    noise = bytearray(os.urandom(16 * count))
    noise[6::16] = bytes(b & 0x0F | 0x40 for b in noise[6::16])
    noise[8::16] = bytes(b & 0x3F | 0x80 for b in noise[8::16])
    return [uid_text(bytes(noise[at : at + 16])) for at in range(0, len(noise), 16)]


def _insert_records(
    conn: Connection, provider: str, entity: Entity, texts: Sequence[tuple[bytes, str]]
) -> None:
    if not texts:
        return
    conn.exec_driver_sql(
        f"INSERT INTO {SyncRecord.__tablename__} (entity, local_uid, provider, local_json, "
        "remote_id, remote_kind, sync_state, local_version, deleted_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(str(entity), uid, provider, text, *_UNSENT_RECORD) for uid, text in texts],
    )


def _insert_ops(
    conn: Connection,
    provider: str,
    entity: Entity,
    op: OpKind,
    texts: Sequence[tuple[bytes, str]],
) -> None:
    if not texts:
        return
    conn.exec_driver_sql(
        f"INSERT INTO {Outbox.__tablename__} (op_id, provider, entity, local_uid, op, "
        "fields_json, state, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
        [
            (op_id, provider, str(entity), uid, str(op), text, str(OpState.PENDING))
            for op_id, (uid, text) in zip(_op_ids(len(texts)), texts, strict=True)
        ],
    )

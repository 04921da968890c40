"""A push's reads and writes of the outbox and the sync records, in plain statements on the
driver's connection.

A first push claims and acknowledges 40,000 ops of a 200-account store, a hundred at a time;
SQLAlchemy's per-statement and per-row handling (compiling, binding each uid, building rows
and ORM objects) cost more than the statements. Values here are in their stored form: enums
as their text, uids as 16 bytes.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable
from typing import Any, NamedTuple, cast

from sqlalchemy.orm import Session

from cs_desktop.chunks import chunks, marks
from cs_desktop.sync.adapter import Kind
from cs_desktop.sync.fields import KIND_OF, engagement_kind
from cs_desktop.sync.state import Entity, OpState

# An op in any of these states has not reached the CRM yet.
UNSENT = frozenset(state.value for state in (OpState.PENDING, OpState.INFLIGHT, OpState.BLOCKED))


class ClaimedOp(NamedTuple):
    """An outbox row as claimed (``attempts`` as read, before the claim added one)."""

    seq: int
    op_id: str
    op: str
    local_uid: bytes
    fields_json: str
    attempts: int


class RecordRow(NamedTuple):
    """What a push reads of a sync record."""

    local_uid: bytes
    remote_id: str | None
    remote_kind: str | None
    local_json: str
    deleted_at: int | None


def dbapi(session: Session) -> sqlite3.Connection:
    """The driver's connection of ``session``'s transaction (begun if it was not)."""
    connection: Any = session.connection().connection.driver_connection
    return cast(sqlite3.Connection, connection)


def claim(raw: sqlite3.Connection, seqs: list[int]) -> list[ClaimedOp]:
    """The ops of a batch, in seq order, marked in flight with one more attempt."""
    found: list[ClaimedOp] = []
    for chunk in chunks(seqs):
        where = f"seq IN ({marks(len(chunk))})"
        rows = raw.execute(
            "SELECT seq, op_id, op, local_uid, fields_json, attempts FROM outbox"
            f" WHERE {where} ORDER BY seq",
            chunk,
        )
        found.extend(ClaimedOp(s, o, k, bytes(u), f, a) for s, o, k, u, f, a in rows)
        raw.execute(
            f"UPDATE outbox SET state = ?, attempts = attempts + 1 WHERE {where}",
            (OpState.INFLIGHT.value, *chunk),
        )
    return found


def set_states(raw: sqlite3.Connection, states: Iterable[tuple[str, str | None, int]]) -> None:
    """Many ops' new states and errors: ``(state, last_error, seq)`` each."""
    raw.executemany("UPDATE outbox SET state = ?, last_error = ? WHERE seq = ?", states)


def set_states_only(raw: sqlite3.Connection, states: Iterable[tuple[str, int]]) -> None:
    """Many ops' new states, their errors kept: ``(state, seq)`` each."""
    raw.executemany("UPDATE outbox SET state = ? WHERE seq = ?", states)


def records(
    raw: sqlite3.Connection,
    provider: str,
    entity: str,
    uids: Iterable[bytes],
    *,
    values: bool = True,
) -> dict[bytes, RecordRow]:
    """The sync records of many local rows of one entity, by uid; without ``values``, their
    ``local_json`` is left empty (a link needs only its ends' ids, not their values)."""
    found: dict[bytes, RecordRow] = {}
    local_json = "local_json" if values else "''"
    for chunk in chunks(uids):
        rows = raw.execute(
            f"SELECT local_uid, remote_id, remote_kind, {local_json}, deleted_at FROM sync_record"
            f" WHERE provider = ? AND entity = ? AND local_uid IN ({marks(len(chunk))})",
            (provider, entity, *chunk),
        )
        found.update((bytes(row[0]), RecordRow(bytes(row[0]), *row[1:])) for row in rows)
    return found


def kinds(raw: sqlite3.Connection, entity: str, found: Iterable[RecordRow]) -> dict[bytes, Kind]:
    """The CRM kind of many records of one entity, by uid: as
    :func:`cs_desktop.sync.lookups.remote_kinds`, stored once acknowledged, else derived
    from the local row (those whose touchpoint is gone are left out)."""
    result: dict[bytes, Kind] = {}
    unsent: list[bytes] = []
    derived = KIND_OF.get(Entity(entity))
    for record in found:
        if record.remote_kind:
            result[record.local_uid] = cast(Kind, record.remote_kind)
        elif derived is not None:
            result[record.local_uid] = derived
        elif entity == Entity.TOUCHPOINT:
            unsent.append(record.local_uid)
    for chunk in chunks(unsent):
        rows = raw.execute(
            f"SELECT uid, kind FROM touchpoint WHERE uid IN ({marks(len(chunk))})", chunk
        )
        result.update((bytes(uid), engagement_kind(kind)) for uid, kind in rows)
    return result


def conflicted(
    raw: sqlite3.Connection, provider: str, entity: str, uids: Iterable[bytes]
) -> dict[bytes, set[str]]:
    """The fields with an open conflict of many rows, by uid (rows without one left out)."""
    found: dict[bytes, set[str]] = {}
    for chunk in chunks(uids):
        rows = raw.execute(
            "SELECT local_uid, field FROM conflict WHERE provider = ? AND entity = ?"
            f" AND local_uid IN ({marks(len(chunk))}) AND resolved_at IS NULL",
            (provider, entity, *chunk),
        )
        for uid, name in rows:
            found.setdefault(bytes(uid), set()).add(name)
    return found


def pending(
    raw: sqlite3.Connection, provider: str, entity: str, uids: Iterable[bytes]
) -> set[bytes]:
    """Those of ``uids`` with an op still to send."""
    found: set[bytes] = set()
    for chunk in chunks(uids):
        # The state is checked here, not in SQL: given both, SQLite walks the state index,
        # every pending op of a first push, instead of looking the uids up.
        rows = raw.execute(
            "SELECT local_uid, state FROM outbox WHERE provider = ? AND entity = ?"
            f" AND local_uid IN ({marks(len(chunk))})",
            (provider, entity, *chunk),
        )
        found.update(bytes(uid) for uid, state in rows if state in UNSENT)
    return found


def as_uuid(uid: bytes) -> uuid.UUID:
    return uuid.UUID(bytes=uid)

"""The writing floor of a sync figure: how long a bare ``sqlite3`` ``executemany`` takes to
write the rows a run left in some tables into an empty store with the same schema (the
app's indexes and triggers included), one transaction per table. No sync can write those
rows for less; what a run takes above this and its network floor is its own work.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from cs_desktop.db import BULK_CACHE_KIB, BULK_LOG_PAGES

# The full-text index's own tables: its virtual table makes them.
_FTS_PARTS = ("_data", "_idx", "_docsize", "_config")
_FTS_COLUMNS = "title, notes, customer_statement, inferred_need, next_steps"


def written_floor(db_path: Path, workdir: Path, tables: tuple[str, ...]) -> tuple[float, int]:
    """Seconds to write the rows of ``tables`` again, and how many rows. Touchpoints are
    written as a bulk writer does (listed for the index, then indexed in one statement)."""
    source = sqlite3.connect(db_path)
    try:
        schema = _schema(source)
        rows = {table: source.execute(f"SELECT * FROM {table}").fetchall() for table in tables}
    finally:
        source.close()
    scratch_path = workdir / "written-floor.sqlite3"
    for stale in workdir.glob(scratch_path.name + "*"):
        stale.unlink()
    scratch = sqlite3.connect(scratch_path, isolation_level=None)
    try:
        scratch.execute("PRAGMA journal_mode = WAL")
        scratch.execute("PRAGMA synchronous = NORMAL")
        # As the app's bulk writer (a first pull) sets them.
        scratch.execute(f"PRAGMA wal_autocheckpoint = {BULK_LOG_PAGES}")
        scratch.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        for sql in schema:
            scratch.execute(sql)
        started = time.perf_counter()
        for table in tables:
            if not rows[table]:
                continue
            scratch.execute("BEGIN")
            if table == "touchpoint":
                at = _column(scratch, table, "id")
                ids = [(row[at],) for row in rows[table]]
                scratch.executemany("INSERT INTO touchpoint_unindexed (id) VALUES (?)", ids)
            marks = ", ".join("?" * len(rows[table][0]))
            scratch.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
            scratch.execute("COMMIT")
        if rows.get("touchpoint"):
            scratch.execute("BEGIN")
            scratch.execute(
                f"INSERT INTO touchpoint_fts(rowid, {_FTS_COLUMNS}) "
                f"SELECT id, {_FTS_COLUMNS} FROM touchpoint"
            )
            scratch.execute("DELETE FROM touchpoint_unindexed")
            scratch.execute("COMMIT")
        return time.perf_counter() - started, sum(len(r) for r in rows.values())
    finally:
        scratch.close()


def _schema(source: sqlite3.Connection) -> list[str]:
    """The store's tables, then its indexes, then its triggers (SQLite's own left out)."""
    shadows = {f"touchpoint_fts{part}" for part in _FTS_PARTS}
    found = source.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        " AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    order = {"table": 0, "index": 1, "trigger": 2}
    return [
        sql
        for kind, name, sql in sorted(found, key=lambda item: order.get(item[0], 3))
        if name not in shadows
    ]


def _column(connection: sqlite3.Connection, table: str, name: str) -> int:
    columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
    return columns.index(name)


def acknowledged_floor(before: Path, after: Path, workdir: Path, batch: int) -> tuple[float, int]:
    """Seconds a bare ``sqlite3`` loop takes to write what a crash-safe push must, and how
    many ops: for each ``batch`` of the outbox (in order) a transaction marking them in
    flight before sending, and one after marking them done and writing their sync records'
    remote ids and merge bases (the values read from the store ``after`` the push; a link
    has no base), on a
    copy of the store as it was ``before``."""
    done = sqlite3.connect(after)
    try:
        ops = done.execute(
            "SELECT o.seq, r.id, r.remote_id, r.remote_kind, b.entity, b.local_uid, b.provider,"
            " b.base_json, b.remote_version, b.synced_at FROM outbox o"
            " JOIN sync_record r USING (provider, entity, local_uid)"
            " LEFT JOIN sync_base b USING (provider, entity, local_uid) ORDER BY o.seq"
        ).fetchall()
    finally:
        done.close()
    scratch_path = workdir / "acknowledged-floor.sqlite3"
    for stale in workdir.glob(scratch_path.name + "*"):
        stale.unlink()
    source = sqlite3.connect(before)
    scratch = sqlite3.connect(scratch_path, isolation_level=None)
    try:
        source.backup(scratch)
        scratch.execute("PRAGMA journal_mode = WAL")
        scratch.execute("PRAGMA synchronous = NORMAL")
        started = time.perf_counter()
        for first in range(0, len(ops), batch):
            chunk = ops[first : first + batch]
            scratch.execute("BEGIN IMMEDIATE")
            scratch.executemany(
                "UPDATE outbox SET state = 'inflight', attempts = attempts + 1 WHERE seq = ?",
                [(op[0],) for op in chunk],
            )
            scratch.execute("COMMIT")
            scratch.execute("BEGIN IMMEDIATE")
            scratch.executemany(
                "UPDATE outbox SET state = 'done', last_error = NULL WHERE seq = ?",
                [(op[0],) for op in chunk],
            )
            scratch.executemany(
                "UPDATE sync_record SET remote_id = ?, remote_kind = ?, sync_state = 'clean'"
                " WHERE id = ?",
                [(op[2], op[3], op[1]) for op in chunk],
            )
            scratch.executemany(
                "INSERT INTO sync_base (entity, local_uid, provider, base_json, remote_version,"
                " synced_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity, local_uid, provider)"
                " DO UPDATE SET base_json = excluded.base_json,"
                " remote_version = excluded.remote_version, synced_at = excluded.synced_at",
                [op[4:] for op in chunk if op[4] is not None],  # links keep no base
            )
            scratch.execute("COMMIT")
        return time.perf_counter() - started, len(ops)
    finally:
        scratch.close()
        source.close()

"""Touchpoints written in bulk join the full-text index afterwards, many at a time.

Through the per-row triggers of migration 0002, FTS5 writes (and later merges) a segment per
transaction: a first pull of 200,000 engagements spent a third of its time there. Indexing
the same rows in a few large statements costs about a quarter of that. So a bulk writer lists
the new ids in ``touchpoint_unindexed`` before it inserts the rows (the triggers of migration
0007 then leave them out), and :func:`catch_up` indexes the list in batches. Search scans the
listed rows with LIKE while they wait (:mod:`cs_desktop.search`): nothing written is ever
unsearchable, and a crash or a cancel leaves a list the next catch-up finishes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from cs_desktop.db import Store

BATCH = 20_000  # rows indexed per transaction: about a quarter of a second
COLUMNS = ("title", "notes", "customer_statement", "inferred_need", "next_steps")
_INDEX = (
    f"INSERT INTO touchpoint_fts(rowid, {', '.join(COLUMNS)}) "
    f"SELECT t.id, {', '.join('t.' + c for c in COLUMNS)} FROM touchpoint_unindexed u "
    "JOIN touchpoint t ON t.id = u.id WHERE u.id <= ?"
)


def defer(connection: sqlite3.Connection, ids: Sequence[int]) -> None:
    """List ``ids`` as waiting for the index; call before inserting those touchpoints, in
    the same transaction."""
    connection.executemany("INSERT INTO touchpoint_unindexed (id) VALUES (?)", [(i,) for i in ids])


def catch_up(
    store: Store,
    cancelled: Callable[[], bool] = lambda: False,
    report: Callable[[int], None] = lambda indexed: None,
) -> int:
    """Index the listed touchpoints, :data:`BATCH` per transaction; returns how many.
    ``report`` hears how many are indexed so far after each transaction."""
    with store.engine.connect() as connection:
        if connection.exec_driver_sql("SELECT 1 FROM touchpoint_unindexed LIMIT 1").first() is None:
            return 0  # the usual case: no write transaction (and no commit to wait for)
    indexed = 0
    while not cancelled():
        with store.write() as session:
            connection = session.connection()
            last = connection.exec_driver_sql(
                "SELECT id FROM touchpoint_unindexed ORDER BY id LIMIT 1 OFFSET ?", (BATCH - 1,)
            ).scalar()
            bound = last if last is not None else 2**63 - 1
            connection.exec_driver_sql(_INDEX, (bound,))
            indexed += connection.exec_driver_sql(
                "DELETE FROM touchpoint_unindexed WHERE id <= ?", (bound,)
            ).rowcount
        report(indexed)
        if last is None:
            break
    return indexed

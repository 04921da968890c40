"""Search and account-detail figures on a generated store, against raw sqlite3 floors."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from bench.figures import Figure, median_time
from cs_desktop.account_detail import HEALTH_HISTORY, load_account_detail
from cs_desktop.cipher import connect
from cs_desktop.db import open_store
from cs_desktop.ids import AccountId
from cs_desktop.search import (
    RANKED_HITS_MAX,
    indexed_search_sql,
    parse_query,
    search_touchpoints,
)
from cs_desktop.vault import known_key

SEARCH_QUERIES = {
    "English": "onboarding",
    "Japanese": "オンボーディング",
    "Chinese": "季度业务回顾",
}
# One- and two-character terms cannot use the trigram index: the LIKE fallback, newest first.
SHORT_QUERY = "培训"
SEARCH_LIMIT = 50


def _raw(db_path: Path) -> sqlite3.Connection:
    """The bare driver on the store: SQLCipher's, keyed, when the store is encrypted."""
    return connect(db_path, key=known_key(db_path))  # type: ignore[no-any-return]


def _raw_fts(connection: sqlite3.Connection, query: str) -> list[tuple[object, ...]]:
    # The same queries the app runs (hit count, then ranked or latest), through the bare driver.
    match = parse_query(query).fts_expression()
    hits = connection.execute(
        "SELECT count(*) FROM (SELECT rowid FROM touchpoint_fts WHERE touchpoint_fts MATCH ? "
        "LIMIT ?)",
        (match, RANKED_HITS_MAX + 1),
    ).fetchone()[0]
    sql = indexed_search_sql([], ranked=hits <= RANKED_HITS_MAX)
    return connection.execute(
        sql.replace(":match", "?").replace(":limit", "?"), (match, SEARCH_LIMIT)
    ).fetchall()


def measure_search(db_path: Path) -> list[Figure]:
    figures = []
    store = open_store(db_path)
    with closing(_raw(db_path)) as raw, store.engine.connect() as connection:
        for language, query in SEARCH_QUERIES.items():
            hits = search_touchpoints(connection, query, limit=SEARCH_LIMIT)
            assert hits, f"the sample portfolio should contain {query!r}"
            app = median_time(lambda q=query: search_touchpoints(connection, q, limit=SEARCH_LIMIT))
            floor = median_time(lambda q=query: _raw_fts(raw, q))
            figures.append(
                Figure(
                    f"search {language} {query!r} (top {SEARCH_LIMIT}, {len(hits)} shown)",
                    app,
                    floor,
                    max_seconds=0.020,
                    max_ratio=1.5,
                    floor_name="raw FTS5 query",
                )
            )
        short_hits = search_touchpoints(connection, SHORT_QUERY, limit=SEARCH_LIMIT)
        short = median_time(lambda: search_touchpoints(connection, SHORT_QUERY, limit=SEARCH_LIMIT))
        figures.append(
            Figure(f"search short term {SHORT_QUERY!r} via LIKE ({len(short_hits)} shown)", short)
        )
    store.close()
    return figures


def _raw_detail(connection: sqlite3.Connection, account_id: int, since: str) -> None:
    connection.execute("SELECT * FROM account WHERE id = ?", (account_id,)).fetchall()
    connection.execute("SELECT * FROM stakeholder WHERE account_id = ?", (account_id,)).fetchall()
    connection.execute(
        "SELECT * FROM touchpoint WHERE account_id = ? ORDER BY occurred_at DESC LIMIT 100",
        (account_id,),
    ).fetchall()
    connection.execute(
        "SELECT indicator_key, sample_date, value FROM health_sample WHERE account_id = ? "
        "AND sample_date >= ? ORDER BY indicator_key, sample_date",
        (account_id, since),
    ).fetchall()


def measure_account_detail(db_path: Path, samples: int = 41) -> Figure:
    store = open_store(db_path)
    rng = random.Random(1)
    since = date.today() - HEALTH_HISTORY
    with closing(_raw(db_path)) as raw, store.engine.connect() as connection:
        ids = [row[0] for row in raw.execute("SELECT id FROM account")]
        chosen = [AccountId(rng.choice(ids)) for _ in range(samples)]
        sample_count = sum(
            len(series.values)
            for series in load_account_detail(connection, chosen[0], health_since=since).health
        )
        cycle = iter(chosen * 4)
        app = median_time(
            lambda: load_account_detail(connection, next(cycle), health_since=since),
            repeat=samples,
        )
        raw_cycle = iter(chosen * 4)
        floor = median_time(
            lambda: _raw_detail(raw, next(raw_cycle), since.isoformat()), repeat=samples
        )
    store.close()
    return Figure(
        f"load one account's detail (e.g. {sample_count} health samples, 100 touchpoints)",
        app,
        floor,
        max_seconds=0.015,
        floor_name="raw sqlite3 of the same queries",
    )

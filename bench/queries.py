"""Search and account-detail figures on a generated store, against raw sqlite3 floors."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from bench.figures import Figure, median_time
from cs_desktop.account_detail import HEALTH_HISTORY, load_account_detail
from cs_desktop.db import open_store
from cs_desktop.ids import AccountId
from cs_desktop.search import (
    ELLIPSIS,
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SNIPPET_TOKENS,
    parse_query,
    search_touchpoints,
)

SEARCH_QUERIES = {"English": "onboarding", "Japanese": "オンボーディング", "Chinese": "培训"}
SEARCH_LIMIT = 50


def _raw_fts(connection: sqlite3.Connection, query: str) -> list[tuple[object, ...]]:
    # The same query the app runs, through the bare driver: the floor for search.
    return connection.execute(
        "SELECT t.id, t.account_id, a.name, t.occurred_at, t.kind, t.title, "
        f"snippet(touchpoint_fts, -1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '{ELLIPSIS}', "
        f"{SNIPPET_TOKENS}) FROM touchpoint_fts JOIN touchpoint t ON t.id = touchpoint_fts.rowid "
        "JOIN account a ON a.id = t.account_id WHERE touchpoint_fts MATCH ? "
        "ORDER BY touchpoint_fts.rank LIMIT ?",
        (parse_query(query).fts_expression(), SEARCH_LIMIT),
    ).fetchall()


def measure_search(db_path: Path) -> list[Figure]:
    figures = []
    store = open_store(db_path)
    with closing(sqlite3.connect(db_path)) as raw, store.engine.connect() as connection:
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
    with closing(sqlite3.connect(db_path)) as raw, store.engine.connect() as connection:
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

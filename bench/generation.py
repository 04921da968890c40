"""Sample portfolio generation against its floor: raw ``executemany`` of the very same rows.

The generator builds its rows in Python/numpy and writes them with the DBAPI ``executemany``
in one transaction. The floor is the insert work alone: every row of the generated store,
read into memory beforehand, written into a second fresh store (same schema, indexes and FTS
triggers, same pragmas) with plain ``sqlite3`` in one transaction.

Run alone: ``python -m bench.generation --accounts 1000``.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bench.figures import Figure
from cs_desktop.db import BUSY_TIMEOUT_MS, open_store
from cs_desktop.demo import generate_portfolio
from cs_desktop.demo.generator import BULK_CACHE_KIB
from cs_desktop.tables import metadata

TODAY = date(2026, 11, 23)  # fixed, so every run writes the same rows


@dataclass(frozen=True)
class GenerationRun:
    figure: Figure
    rows: dict[str, int]
    store_bytes: int


def measure(workdir: Path, accounts: int) -> list[Figure]:
    """Generation of ``accounts`` accounts into a fresh store, against its floor."""
    return [run(workdir, accounts).figure]


def run(workdir: Path, accounts: int) -> GenerationRun:
    workdir.mkdir(parents=True, exist_ok=True)
    generated = workdir / f"generated-{accounts}.sqlite3"
    copied = workdir / f"floor-{accounts}.sqlite3"
    for path in (generated, copied):
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()

    store = open_store(generated)
    try:
        start = time.perf_counter()
        generate_portfolio(store, accounts=accounts, seed=7, today=TODAY)
        seconds = time.perf_counter() - start
    finally:
        store.close()

    tables = _read_all_rows(generated)  # outside the timing
    open_store(copied).close()  # same schema: migrations, indexes, FTS table and triggers
    floor = _insert_raw(copied, tables)
    del tables

    figure = Figure(
        name=f"sample portfolio generation ({accounts:,} accounts)",
        seconds=seconds,
        floor_seconds=floor,
        floor_name="raw sqlite3 executemany of the same rows",
        max_ratio=2.0,
    )
    with closing(sqlite3.connect(generated)) as connection:
        rows = {
            table.name: connection.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
            for table in metadata.sorted_tables
        }
    return GenerationRun(figure, rows, generated.stat().st_size)


def _read_all_rows(path: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    tables = []
    with closing(sqlite3.connect(path)) as connection:
        for table in metadata.sorted_tables:
            columns = ", ".join(f'"{column.name}"' for column in table.columns)
            marks = ", ".join("?" * len(table.columns))
            sql = f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})'
            rows = connection.execute(
                f'SELECT {columns} FROM "{table.name}" ORDER BY rowid'
            ).fetchall()
            tables.append((sql, rows))
    return tables


def _insert_raw(path: Path, tables: list[tuple[str, list[tuple[object, ...]]]]) -> float:
    start = time.perf_counter()
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # The pragmas of the store's own connections, and the generator's page cache.
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        connection.execute("BEGIN IMMEDIATE")
        for sql, rows in tables:
            connection.executemany(sql, rows)
        connection.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--accounts", type=int, default=1000)
    parser.add_argument("--workdir", type=Path, help="where the two stores go (default: temp)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        result = run(args.workdir or Path(temp), args.accounts)
        print(result.figure.line())
        print(f"store: {result.store_bytes / 1e6:,.1f} MB")
        for name, count in result.rows.items():
            print(f"  {name}: {count:,}")


if __name__ == "__main__":
    main()

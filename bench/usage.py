"""Usage import: a 1,000,000-row export (10,000 accounts x 100 days) against a raw executemany.

The floor writes the same samples, already built as tuples of stored values, with the
driver's ``executemany`` in one transaction into an identical store: the least any import of
those samples could cost. The import reads the CSV, matches accounts, parses dates and values
with pandas and upserts. Run alone: ``python -m bench.usage [--accounts N] [--days N]``.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import tempfile
import time
import uuid
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

from bench.figures import Figure

_START = date(2024, 1, 1)


def _make_store(path: Path, accounts: int) -> None:
    from sqlalchemy import insert

    from cs_desktop.db import open_store
    from cs_desktop.models import Account

    store = open_store(path)
    try:
        with store.write() as session:
            session.execute(
                insert(Account),
                [
                    {"name": f"Account {i}", "external_key": f"crm:{i}", "domain": None}
                    for i in range(1, accounts + 1)
                ],
            )
    finally:
        store.close()


def _write_export(path: Path, accounts: int, days: int) -> None:
    with path.open("w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["Account ID", "Date", "Login rate"])
        for day in range(days):
            text = (_START + timedelta(days=day)).isoformat()
            writer.writerows(
                (str(i), text, f"{(i * 7 + day) % 100 / 100:.2f}") for i in range(1, accounts + 1)
            )


def _floor(path: Path, accounts: int, days: int) -> float:
    """Raw executemany of the same samples (tuples built beforehand, not timed)."""
    now = int(time.time() * 1000)
    rows = [
        (
            i,
            "login_rate",
            (_START + timedelta(days=day)).isoformat(),
            (i * 7 + day) % 100 / 100,
            uuid.uuid4().bytes,
            now,
            now,
        )
        for day in range(days)
        for i in range(1, accounts + 1)
    ]
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(
            "INSERT INTO health_sample (account_id, indicator_key, sample_date, value, uid, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        connection.execute("COMMIT")
        return time.perf_counter() - started


def _import(path: Path, export: Path) -> tuple[float, int]:
    from cs_desktop.db import open_store
    from cs_desktop.importer.usage import import_usage

    store = open_store(path)
    try:
        started = time.perf_counter()
        report = import_usage(store, export)
        return time.perf_counter() - started, report.created + report.updated + (
            report.unchanged or 0
        )
    finally:
        store.close()


def measure(workdir: Path, accounts: int = 10_000, days: int = 100) -> list[Figure]:
    """The import of ``accounts`` x ``days`` rows, its floor, and a re-import of the same file."""
    base = workdir / f"usage-{accounts}.sqlite3"
    base.unlink(missing_ok=True)
    _make_store(base, accounts)
    export = workdir / f"usage-{accounts}x{days}.csv"
    _write_export(export, accounts, days)
    floor_store, import_store = workdir / "usage-floor.sqlite3", workdir / "usage-import.sqlite3"
    for copy in (floor_store, import_store):
        shutil.copyfile(base, copy)
    floor = _floor(floor_store, accounts, days)
    seconds, written = _import(import_store, export)
    if written != accounts * days:
        raise RuntimeError(f"the import wrote {written} samples, expected {accounts * days}")
    again, _ = _import(import_store, export)
    rows = f"{accounts * days:,} rows"
    return [
        Figure(
            f"usage import, {rows} ({accounts:,} accounts x {days} days) into an empty store",
            seconds,
            floor_seconds=floor,
            floor_name="raw executemany of the same samples",
            max_ratio=2.0,
        ),
        Figure(f"usage re-import of the same {rows} (all updates, no target)", again),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.usage")
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=100)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="cs-desktop-bench-usage-"))
    workdir.mkdir(parents=True, exist_ok=True)
    for figure in measure(workdir, args.accounts, args.days):
        print(figure.line(), flush=True)
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

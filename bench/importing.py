"""Importing 1,000,000 accounts from CSV, against its floor: raw ``executemany`` of the same rows.

The import runs as the app runs it, in a process of its own, on a fresh store. Measured: its
wall time, its peak resident memory (the child's own, from ``wait4``), and how long other
writers were locked out of the store (a probe tries to take the write lock every 50 ms). The
floor is the insert work alone: every row the import wrote, read into memory beforehand, written
into a second fresh store (same schema, indexes and pragmas) with plain ``sqlite3`` in one
transaction. The import also decodes, parses and checks every cell in Python
and matches every row against the store, which the floor does not.

Run alone: ``python -m bench.importing --rows 100000``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from bench.figures import Figure
from cs_desktop.cipher import OPERATIONAL_ERRORS, connect
from cs_desktop.db import BUSY_TIMEOUT_MS, open_store
from cs_desktop.models import Account, Base, StageChange
from cs_desktop.vault import known_key

ROWS = 1_000_000
MAX_RSS_MB = 500.0
_PROBE_S = 0.05
_HEADER = [
    "external_key",
    "name",
    "domain",
    "tier",
    "segment",
    "owner",
    "arr",
    "currency",
    "contract_start",
    "renewal_date",
    "stage",
]
_TIERS = ("strategic", "enterprise", "mid_market", "smb")
_STAGES = ("sales", "delivery", "service", "value")
_SEGMENTS = ("Software", "Manufacturing", "Retail", "Finance", "Logistics")


@dataclass(frozen=True)
class ImportRun:
    """One measured import."""

    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    locked_out_s: float
    created: int
    updated: int


def write_accounts_csv(path: Path, rows: int) -> Path:
    """A CRM-like accounts export in our layout: every field, a record id per row."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(_HEADER)
        for i in range(rows):
            month, day = i % 12 + 1, i % 28 + 1
            writer.writerow(
                [
                    f"crm:{i}",
                    f"Company {i} Holdings",
                    f"company{i}.example",
                    _TIERS[i % 4],
                    _SEGMENTS[i % 5],
                    f"Owner {i % 50}",
                    f"{(i % 1000) * 1000 + 500}.50",
                    "USD",
                    f"2024-{month:02d}-{day:02d}",
                    f"2026-{month:02d}-{day:02d}",
                    _STAGES[i % 4],
                ]
            )
    return path


def measure(workdir: Path, rows: int = ROWS) -> list[Figure]:
    """Import ``rows`` accounts into a fresh store in a child process, against the floor."""
    workdir.mkdir(parents=True, exist_ok=True)
    source = write_accounts_csv(workdir / f"accounts-{rows}.csv", rows)
    imported = _fresh(workdir / f"import-{rows}.sqlite3")
    run = run_import(imported, source)
    if run.created != rows:
        raise RuntimeError(f"the import created {run.created} accounts, not {rows}")
    floor = _floor(imported, _fresh(workdir / f"import-floor-{rows}.sqlite3"))
    return [
        Figure(
            name=f"import {rows:,} accounts from CSV (child process; CPU {run.cpu_seconds:.0f} s)",
            seconds=run.seconds,
            floor_seconds=floor,
            floor_name="raw sqlite3 executemany of the same rows",
        ),
        Figure(
            name=f"peak resident memory importing {rows:,} accounts",
            seconds=run.peak_rss_mb,
            max_seconds=MAX_RSS_MB,
            unit="MB",
        ),
        Figure(
            name="longest time other writers were locked out during that import (no target)",
            seconds=run.locked_out_s,
        ),
    ]


def _fresh(path: Path) -> Path:
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    open_store(path).close()  # migrations, indexes, triggers: as the app makes it
    return path


def run_import(store: Path, source: Path) -> ImportRun:
    """Import ``source`` into ``store`` in a child process; its time, memory and lock-outs."""
    with tempfile.TemporaryFile() as output, tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(
            [sys.executable, "-m", "bench.importing", "--child", str(store), str(source)],
            stdout=output,
            stderr=errors,
        )
        locked_out = _probe_lock(store, child.pid)
        status, usage = locked_out.status, locked_out.usage
        output.seek(0)
        errors.seek(0)
        text = output.read().decode()
        if os.waitstatus_to_exitcode(status) != 0 or not text.strip():
            raise RuntimeError(f"the import failed: {text}{errors.read().decode()}")
    result = json.loads(text.strip().splitlines()[-1])
    return ImportRun(
        seconds=result["seconds"],
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        peak_rss_mb=usage.ru_maxrss / 1024,  # KiB on Linux
        locked_out_s=locked_out.longest,
        created=result["created"],
        updated=result["updated"],
    )


@dataclass(frozen=True)
class _LockOut:
    longest: float
    status: int
    usage: resource.struct_rusage


def _probe_lock(store: Path, pid: int) -> _LockOut:
    """Try to take the write lock every 50 ms until ``pid`` ends: the longest refused span."""
    longest = 0.0
    since: float | None = None
    key = known_key(store)
    with closing(connect(store, key=key, timeout=0, isolation_level=None)) as probe:
        while True:
            ended, status, usage = os.wait4(pid, os.WNOHANG)
            now = time.perf_counter()
            if ended:
                if since is not None:
                    longest = max(longest, now - since)
                return _LockOut(longest, status, usage)
            try:
                probe.execute("BEGIN IMMEDIATE")
                probe.execute("ROLLBACK")
            except OPERATIONAL_ERRORS:
                since = now if since is None else since
            else:
                if since is not None:
                    longest = max(longest, now - since)
                since = None
            time.sleep(_PROBE_S)


def _child(store: Path, source: Path) -> None:
    from cs_desktop.importer import ImportKind, import_file

    opened = open_store(store)
    try:
        started = time.perf_counter()
        report = import_file(opened, ImportKind.ACCOUNTS, source)
        seconds = time.perf_counter() - started
    finally:
        opened.close()
    print(json.dumps({"seconds": seconds, "created": report.created, "updated": report.updated}))


def _floor(imported: Path, target: Path) -> float:
    """Seconds to write the imported rows again with raw ``executemany``, in one transaction."""
    tables = []
    with closing(sqlite3.connect(imported)) as connection:
        for name in (Account.__tablename__, StageChange.__tablename__):
            table = Base.metadata.tables[name]
            columns = ", ".join(f'"{column.name}"' for column in table.columns)
            marks = ", ".join("?" * len(table.columns))
            read = f'SELECT {columns} FROM "{name}" ORDER BY rowid'
            sql = f'INSERT INTO "{name}" ({columns}) VALUES ({marks})'
            tables.append((sql, connection.execute(read).fetchall()))
    started = time.perf_counter()
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        # The pragmas of the store's own connections.
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("BEGIN IMMEDIATE")
        for sql, rows in tables:
            connection.executemany(sql, rows)
        connection.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--workdir", type=Path, help="where the file and stores go (default: temp)")
    parser.add_argument(
        "--child", nargs=2, type=Path, metavar=("STORE", "FILE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    with tempfile.TemporaryDirectory() as temp:
        for figure in measure(args.workdir or Path(temp), args.rows):
            print(figure.line(), flush=True)


if __name__ == "__main__":
    main()

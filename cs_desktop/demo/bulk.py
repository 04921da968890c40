"""Bulk writing of prepared rows with the DBAPI ``executemany``, bypassing the ORM.

The sample portfolio reaches millions of rows; building ORM objects for them would cost far
more than SQLite's own insert work. Rows are therefore built as plain tuples whose values are
already in the stored form the column types produce (see :mod:`cs_desktop.coltypes`):

* UUID -> 16 raw bytes, timestamps -> integer UTC milliseconds,
* dates -> ``'YYYY-MM-DD'`` text (SQLAlchemy's SQLite ``Date`` storage format),
* money -> integer hundredths, enums -> their string value, booleans -> 0/1.

The INSERT statements are built from the model tables, so a renamed or new required column
fails loudly here instead of silently drifting.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

import numpy as np
from sqlalchemy import Table
from sqlalchemy.dialects import sqlite

from cs_desktop.models import Base

Row = tuple[object, ...]
_MS_PER_DAY = 86_400_000
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


class BulkTable:
    """One table's prepared INSERT, its buffered rows and its next free id."""

    def __init__(self, table: Table, fields: Sequence[str]) -> None:
        unknown = [name for name in fields if name not in table.columns]
        if unknown:
            raise ValueError(f"table {table.name} has no column(s) {', '.join(unknown)}")
        row_id = list(table.primary_key.columns)
        for column in table.columns:
            # SQLite numbers a single integer primary key by itself.
            numbered = row_id == [column] and column.autoincrement in (True, "auto")
            required = not column.nullable and column.server_default is None and not numbered
            if column.name not in fields and required:
                raise ValueError(f"the sample data does not fill {table.name}.{column.name}")
        preparer = sqlite.dialect().identifier_preparer
        names = ", ".join(preparer.format_column(table.columns[name]) for name in fields)
        marks = ", ".join("?" for _ in fields)
        self.table = table
        self.fields = tuple(fields)
        self.sql = f"INSERT INTO {preparer.format_table(table)} ({names}) VALUES ({marks})"
        self.pending: list[Iterable[Row]] = []
        self.next_id = 1
        self.written = 0

    def take_ids(self, count: int) -> int:
        """Reserve ``count`` consecutive ids; returns the first."""
        first = self.next_id
        self.next_id += count
        return first

    def add(self, rows: Iterable[Row]) -> None:
        """Queue rows (a list or a lazy iterable) for the next flush."""
        self.pending.append(rows)

    def flush(self, connection: sqlite3.Connection) -> None:
        for rows in self.pending:
            cursor = connection.executemany(self.sql, rows)
            self.written += cursor.rowcount
        self.pending.clear()


class BulkWriter:
    """The bulk tables of one generation run, flushed in foreign-key order."""

    def __init__(self, connection: sqlite3.Connection, fields: Mapping[str, Sequence[str]]) -> None:
        self.connection = connection
        tables = [t for t in Base.metadata.sorted_tables if t.name in fields]
        missing = set(fields) - {t.name for t in tables}
        if missing:
            raise ValueError(f"no such table(s): {', '.join(sorted(missing))}")
        self.tables = {t.name: BulkTable(t, fields[t.name]) for t in tables}
        for name, bulk in self.tables.items():
            if "id" in bulk.fields:
                # Explicit ids let children reference parents without reading ids back.
                top = connection.execute(f'SELECT max(id) FROM "{name}"').fetchone()
                bulk.next_id = (top[0] if top and top[0] is not None else 0) + 1

    def __getitem__(self, name: str) -> BulkTable:
        return self.tables[name]

    def flush(self) -> None:
        for bulk in self.tables.values():  # sorted_tables order: parents before children
            bulk.flush(self.connection)


def uid_bytes(rng: np.random.Generator, count: int) -> list[bytes]:
    """``count`` version-4 UUIDs as 16-byte values, drawn from the seeded generator."""
    raw = np.frombuffer(rng.bytes(16 * count), dtype=np.uint8).reshape(count, 16).copy()
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40  # version 4
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80  # RFC 4122 variant
    blob = raw.tobytes()
    return [blob[i : i + 16] for i in range(0, 16 * count, 16)]


def day_ms(day: date) -> int:
    """Midnight UTC of ``day`` in epoch milliseconds."""
    return (day.toordinal() - _EPOCH_ORDINAL) * _MS_PER_DAY


def ms_of_days(days: np.ndarray) -> np.ndarray:
    """Epoch milliseconds of midnight UTC of the given date ordinals (int64 array)."""
    return (days.astype(np.int64) - _EPOCH_ORDINAL) * _MS_PER_DAY


class UidSource:
    """Version-4 UUIDs (16 bytes each) from the seeded generator, drawn in blocks for speed."""

    def __init__(self, rng: np.random.Generator, block: int = 4096) -> None:
        self._rng = rng
        self._block = block
        self._ready: list[bytes] = []
        self._next = 0

    def take(self, count: int) -> list[bytes]:
        if self._next + count > len(self._ready):
            self._ready = self._ready[self._next :] + uid_bytes(self._rng, max(self._block, count))
            self._next = 0
        taken = self._ready[self._next : self._next + count]
        self._next += count
        return taken

    def one(self) -> bytes:
        if self._next >= len(self._ready):
            self._ready, self._next = uid_bytes(self._rng, self._block), 0
        uid = self._ready[self._next]
        self._next += 1
        return uid

"""Files for the import tests to read, and the store dumped for comparing before and after."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from cs_desktop.db import Store
from cs_desktop.models import Account
from cs_desktop.tables import metadata


def write_csv(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
) -> Path:
    """Write ``rows`` (header first) as CSV in ``encoding``, the way a spreadsheet would."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, sheet: str = "Sheet1") -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = sheet
    for row in rows:
        worksheet.append(list(row))
    workbook.save(path)
    return path


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, for comparing a store before and after."""
    with store.engine.connect() as connection:
        return {
            table: [
                tuple(row)
                for row in connection.execute(text(f'SELECT * FROM "{table}" ORDER BY rowid'))
            ]
            for table in sorted(metadata.tables)
        }


def accounts(store: Store) -> dict[str, Account]:
    """The accounts in the store, by name."""
    with store.read() as session:
        return {a.name: a for a in session.scalars(select(Account).order_by(Account.id))}

"""One import, start to end: read, check every row, then write all of it or none of it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import tzinfo
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from cs_desktop.db import Store
from cs_desktop.importer.accounts import parse_accounts, write_accounts
from cs_desktop.importer.layouts import ColumnPlan, known_headers, plan_columns
from cs_desktop.importer.reading import Table, read_table
from cs_desktop.importer.report import (
    ImportKind,
    ImportRejected,
    ImportReport,
    ImportWriteError,
)
from cs_desktop.importer.rows import Problems
from cs_desktop.importer.touchpoints import parse_touchpoints, write_touchpoints
from cs_desktop.importer.values import symbol_key


def import_file(
    store: Store,
    kind: ImportKind,
    path: Path,
    column_map: Mapping[str, str] | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    timezone: tzinfo | None = None,
) -> ImportReport:
    """Import accounts or touchpoints from a CSV or XLSX file, all rows or none.

    Every row is checked before anything is written; the rows are then matched against the
    store and written in one transaction, so a bad row or a failed write leaves the store as
    it was. Rows that match a record already in the store (by uid, external key, or the
    natural key of the kind) update it instead of adding a duplicate.

    Args:
        store: the open store.
        kind: accounts or touchpoints.
        path: a .csv (any common encoding and delimiter) or .xlsx file.
        column_map: source column to field (or ``ignore``), from :func:`parse_column_map`.
        progress: called with (rows checked, rows in the file) as checking advances.
        timezone: the zone of touchpoint times written without one; None for this
            computer's zone.

    Returns:
        What was read and written.

    Raises:
        ImportSetupError: the file cannot be read, its format is unknown, a required column
            is missing, or the column map does not fit the file.
        ImportRejected: some rows are bad; its report lists every problem. Nothing written.
        ImportWriteError: the store refused the write; nothing was written.
    """
    path = Path(path)
    column_map = dict(column_map or {})
    known = known_headers(kind, column_map)
    table = read_table(
        path, kind, lambda cells: sum(1 for cell in cells if symbol_key(cell) in known)
    )
    plan = plan_columns(kind, table.headers, column_map, str(path))
    problems = Problems()
    try:
        with store.write() as session:
            # Matching reads the store inside the write transaction, so what was matched is
            # still what is there when the rows are written.
            if kind is ImportKind.ACCOUNTS:
                account_rows = parse_accounts(table, plan, problems, progress)
                created, updated = write_accounts(session, account_rows, problems, path.name)
            else:
                touchpoint_rows = parse_touchpoints(table, plan, problems, progress, timezone)
                created, updated = write_touchpoints(session, touchpoint_rows, problems)
            report = _report(path, kind, table, plan, problems, created, updated)
            if problems:
                raise ImportRejected(report)
    except SQLAlchemyError as error:
        detail = getattr(error, "orig", None) or error
        raise ImportWriteError(
            f"{path}: the store refused the import ({detail}); nothing was written"
        ) from error
    return report


def _report(
    path: Path,
    kind: ImportKind,
    table: Table,
    plan: ColumnPlan,
    problems: Problems,
    created: int,
    updated: int,
) -> ImportReport:
    return ImportReport(
        path=path,
        kind=kind,
        layout=plan.layout.name,
        encoding=table.encoding,
        delimiter=table.delimiter,
        rows=len(table.rows),
        created=created,
        updated=updated,
        problems=problems.sorted(),
        ignored_columns=plan.ignored,
    )

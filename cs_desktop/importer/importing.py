"""One import, start to end: check every row, then write all of it or none of it.

Checking streams the file and reads the store without locking it: other programs (and the
app's own edits) write meanwhile. A file with any bad row ends there, having taken no lock.
Only a good file is written: in one transaction that holds the write lock, matched against the
store again so that what changed meanwhile is taken into account.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import tzinfo
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from cs_desktop.clock import utc_now
from cs_desktop.db import Store
from cs_desktop.i18n import _
from cs_desktop.importer.accounts import RowSpill, StoredForm, check_accounts, write_accounts
from cs_desktop.importer.layouts import ColumnPlan, known_headers, plan_columns
from cs_desktop.importer.progress import ImportProgress
from cs_desktop.importer.reading import Table, open_table
from cs_desktop.importer.report import (
    STORE_REFUSED,
    ImportKind,
    ImportRejected,
    ImportReport,
    ImportWriteError,
)
from cs_desktop.importer.rows import Problems
from cs_desktop.importer.touchpoints import (
    check_touchpoints,
    parse_touchpoints,
    write_touchpoints,
)
from cs_desktop.importer.values import symbol_key


def import_file(
    store: Store,
    kind: ImportKind | str,
    path: Path,
    column_map: Mapping[str, str] | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    timezone: tzinfo | None = None,
    allow_duplicates: bool = False,
) -> ImportReport:
    """Import accounts or touchpoints from a CSV or XLSX file, all rows or none.

    Every row is checked before anything is written, without locking the store; the rows are
    then matched against the store again and written in one transaction, so a bad row or a
    failed write leaves the store as it was. Rows that match a record already in the store
    (by uid, external key, or the natural key of the kind) update it instead of adding a
    duplicate. Control characters are removed from every cell (the report says where).

    Args:
        store: the open store.
        kind: accounts or touchpoints (its value, too: a child process is given a string).
        path: a .csv (any common encoding and delimiter) or .xlsx file.
        column_map: source column to field (or ``ignore``), from :func:`parse_column_map`.
        progress: called with (done, total) as the import advances: checking the rows fills
            the first half, writing them the second.
        timezone: the zone of touchpoint times written without one; None for this
            computer's zone.
        allow_duplicates: add an account whose record id or uid is new even when its domain
            is already an account's (a likely duplicate, refused otherwise).

    Returns:
        What was read and written.

    Raises:
        ImportSetupError: the file cannot be read, its format or encoding is unknown, a
            required column is missing, or the column map does not fit the file.
        ImportRejected: some rows are bad; its report lists every problem. Nothing written.
        ImportWriteError: the store refused the write; nothing was written.
    """
    kind = ImportKind(kind)
    path = Path(path)
    column_map = dict(column_map or {})
    known = known_headers(kind, column_map)
    with open_table(
        path, kind, lambda cells: sum(1 for cell in cells if symbol_key(cell) in known)
    ) as table:
        plan = plan_columns(kind, table.headers, column_map, str(path))
        steps = ImportProgress(progress, table.estimated_rows)
        problems = Problems()
        try:
            if kind is ImportKind.ACCOUNTS:
                created, updated = _import_accounts(
                    store, table, plan, problems, steps, path, allow_duplicates
                )
            else:
                created, updated = _import_touchpoints(
                    store, table, plan, problems, steps, path, timezone
                )
        except SQLAlchemyError as error:
            detail = getattr(error, "orig", None) or error
            raise ImportWriteError(_(STORE_REFUSED).format(path=path, reason=detail)) from error
        steps.finished()
        return _report(path, kind, table, plan, problems, created, updated)


def _import_accounts(
    store: Store,
    table: Table,
    plan: ColumnPlan,
    problems: Problems,
    steps: ImportProgress,
    path: Path,
    allow_duplicates: bool,
) -> tuple[int, int]:
    stored_form = StoredForm(store.engine.dialect, utc_now(), path.name)
    with RowSpill() as spill:
        with store.engine.connect() as connection, connection.begin():
            # One read transaction: every batch is matched against the same store.
            check_accounts(
                table, plan, problems, steps, connection, spill, stored_form, allow_duplicates
            )
        _reject_if(problems, path, table, plan)
        steps.checked(table.rows_read)
        with store.write() as session:
            created, updated = write_accounts(
                session, spill, plan, problems, steps, stored_form, allow_duplicates
            )
            _reject_if(problems, path, table, plan)  # raised inside: the write rolls back
    return created, updated


def _import_touchpoints(
    store: Store,
    table: Table,
    plan: ColumnPlan,
    problems: Problems,
    steps: ImportProgress,
    path: Path,
    timezone: tzinfo | None,
) -> tuple[int, int]:
    rows = parse_touchpoints(table, plan, problems, steps, timezone)
    with store.read() as session:
        check_touchpoints(session, rows, problems)
    _reject_if(problems, path, table, plan)
    steps.checked(table.rows_read)
    with store.write() as session:
        created, updated = write_touchpoints(session, rows, problems)
        _reject_if(problems, path, table, plan)
    return created, updated


def _reject_if(problems: Problems, path: Path, table: Table, plan: ColumnPlan) -> None:
    if problems:
        raise ImportRejected(_report(path, plan.layout.kind, table, plan, problems, 0, 0))


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
        rows=table.rows_read,
        created=created,
        updated=updated,
        problems=problems.sorted(),
        ignored_columns=plan.ignored,
        notices=problems.sorted_notices(),
    )

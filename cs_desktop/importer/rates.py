"""Importing exchange rates from a CSV or XLSX file: every row, or none.

Columns: ``date`` (the day the rate takes effect), ``from``, ``to``, ``rate`` (one ``from`` is
worth ``rate`` ``to``) and, optionally, ``source``; a file without a source column is noted as
the rates' source. A pair's rate on a day the store already has is replaced, so importing a
corrected file again updates it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from cs_desktop.book.accounts import is_currency
from cs_desktop.db import Store
from cs_desktop.i18n import _
from cs_desktop.importer.layouts import ColumnPlan, known_headers, plan_columns
from cs_desktop.importer.progress import ImportProgress
from cs_desktop.importer.reading import Table, open_table
from cs_desktop.importer.report import ImportKind, ImportRejected, ImportReport, ImportWriteError
from cs_desktop.importer.rows import SAME_RATE, Problems, RowCells, first_rows, walk
from cs_desktop.importer.values import BadValue, Cell, cell_text, date_value, symbol_key
from cs_desktop.money import currency_code
from cs_desktop.rate_edits import BadRate, RateRow, parse_rate, write_rates


def import_rates(
    store: Store, path: Path, *, progress: Callable[[int, int], None] | None = None
) -> ImportReport:
    """Import the rates of ``path`` into ``store`` in one transaction.

    Raises:
        ImportSetupError: the file cannot be read, or a required column is missing.
        ImportRejected: some rows are bad; its report lists every problem. Nothing written.
        ImportWriteError: the store refused the write; nothing was written.
    """
    path = Path(path)
    known = known_headers(ImportKind.RATES, {})
    with open_table(
        path, ImportKind.RATES, lambda cells: sum(1 for cell in cells if symbol_key(cell) in known)
    ) as table:
        plan = plan_columns(ImportKind.RATES, table.headers, {}, str(path))
        steps = ImportProgress(progress, table.estimated_rows)
        problems = Problems()
        default_source = _("imported from {file}").format(file=path.name)
        rows = _read_rows(table, plan, problems, steps, default_source)
        _reject_if(problems, path, table, plan)
        steps.checked(table.rows_read)
        try:
            with store.write() as session:
                created, updated = write_rates(session, rows)
        except SQLAlchemyError as error:
            detail = getattr(error, "orig", None) or error
            raise ImportWriteError(
                f"{path}: the store refused the import ({detail}); nothing was written"
            ) from error
        steps.finished()
        return _report(path, table, plan, problems, created, updated)


def _read_rows(
    table: Table,
    plan: ColumnPlan,
    problems: Problems,
    steps: ImportProgress,
    default_source: str,
) -> list[RateRow]:
    read: list[tuple[RowCells, RateRow]] = []
    for row in walk(table, plan, problems, steps):
        for field in ("effective_on", "from_currency", "to_currency", "rate"):
            if row.blank(field):
                row.fail(field, _("is empty (every rate needs it)"))
        effective_on = row.parse("effective_on", date_value)
        source = row.parse("from_currency", _currency)
        target = row.parse("to_currency", _currency)
        rate = row.parse("rate", _rate)
        note = cell_text(row.raw("source")) if row.has("source") else ""
        if source is not None and source == target:
            row.fail("to_currency", _("is the same currency as the rate's 'from'"))
        if len(note) > 500:
            row.fail("source", _("is longer than 500 characters"))
        if row.ok and effective_on and source and target and rate is not None:
            read.append((row, RateRow(source, target, effective_on, rate, note or default_source)))
    first_rows(
        (
            ((r.from_currency, r.to_currency, r.effective_on), row, "effective_on")
            for row, r in read
        ),
        _(SAME_RATE),
    )
    return [rate for _row, rate in read]


def _currency(cell: Cell) -> str:
    code = currency_code(cell_text(cell))
    if code is None or not is_currency(code):
        raise BadValue(_("is not a currency code (expected three letters such as USD, JPY, EUR)"))
    return code


def _rate(cell: Cell) -> Decimal:
    try:
        return parse_rate(cell if isinstance(cell, int | str) else cell_text(cell))
    except BadRate as bad:
        if bad.reason == "not_positive":
            raise BadValue(_("is not a rate: a rate is more than 0")) from None
        if bad.reason == "too_large":
            raise BadValue(_("is too large or too precise for a rate")) from None
        raise BadValue(_("is not a rate (expected a number such as 0.0067 or 149.5)")) from None


def _reject_if(problems: Problems, path: Path, table: Table, plan: ColumnPlan) -> None:
    if problems:
        raise ImportRejected(_report(path, table, plan, problems, 0, 0))


def _report(
    path: Path, table: Table, plan: ColumnPlan, problems: Problems, created: int, updated: int
) -> ImportReport:
    return ImportReport(
        path=path,
        kind=ImportKind.RATES,
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


__all__ = ["import_rates"]

"""The exchange-rate commands: ``rates import FILE``, ``rates list``, ``rates currency [CODE]``.

Registered by :mod:`cs_desktop.cli` (:func:`add_commands`, :data:`HANDLERS`). The reporting
currency is the store's own setting: the app shows what these commands set, and the reverse.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from cs_desktop.cli_base import (
    EXIT_FAILED,
    EXIT_OK,
    CommandGroup,
    UserError,
    existing_store,
    store_path,
)
from cs_desktop.db import open_store
from cs_desktop.i18n import _

IMPORT, LIST, CURRENCY = "import", "list", "currency"


def add_commands(commands: CommandGroup[argparse.ArgumentParser]) -> None:
    """Add ``rates`` to the ``cs-desktop`` parser."""
    rates = commands.add_parser(
        "rates",
        help="exchange rates and the reporting currency totals are computed in",
        description=(
            "Totals, retention and ARR sorting are computed in one reporting currency; each "
            "amount is converted with the latest rate of its pair on or before its date."
        ),
    )
    what = rates.add_subparsers(dest="rates_command", metavar="RATES_COMMAND", required=True)
    imports = what.add_parser(
        IMPORT,
        help="import rates from CSV/XLSX (columns date, from, to, rate[, source]); all or none",
    )
    imports.add_argument("file", type=Path, help="a .csv or .xlsx file")
    what.add_parser(LIST, help="every stored rate, and the rates the book is missing today")
    currency = what.add_parser(
        CURRENCY, help="show the reporting currency, or set it (CODE) or reset it (--auto)"
    )
    chosen = currency.add_mutually_exclusive_group()
    chosen.add_argument("code", nargs="?", metavar="CODE", help="an ISO 4217 code, e.g. USD")
    chosen.add_argument(
        "--auto", action="store_true", help="use the book's most common currency again"
    )


def _rates(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.rates_command == IMPORT:
        return _import(args, out, err)
    if args.rates_command == CURRENCY:
        return _currency(args, out)
    return _list(args, out)


def _import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop.importer import ImportRejected, ImportSetupError
    from cs_desktop.importer.rates import import_rates

    store = open_store(store_path(args), check_first=True)
    try:
        store.condition.refuse_writes(store.path)
        report = import_rates(store, args.file)
    except ImportRejected as rejected:
        print(rejected.report.format(), file=err)
        print(_("cs-desktop: error: nothing was imported; fix the rows above and retry"), file=err)
        return EXIT_FAILED
    except ImportSetupError as error:
        raise UserError(str(error)) from None
    finally:
        store.close()
    print(report.format(), file=out)
    return EXIT_OK


def _currency(args: argparse.Namespace, out: TextIO) -> int:
    from cs_desktop.rate_edits import set_reporting_currency
    from cs_desktop.rates import load_reporting
    from cs_desktop.record_edits import RecordRejected

    store = existing_store(args)
    try:
        if args.code is not None or args.auto:
            store.condition.refuse_writes(store.path)
            try:
                with store.write() as session:
                    set_reporting_currency(session, None if args.auto else args.code)
            except RecordRejected as rejected:
                raise UserError(f"{args.code!r}: {rejected.errors['currency']}") from None
        with store.engine.connect() as connection:
            reporting = load_reporting(connection)
    finally:
        store.close()
    print(_reporting_line(reporting.currency, reporting.chosen), file=out)
    return EXIT_OK


def _reporting_line(currency: str, chosen: bool) -> str:
    if chosen:
        return _("Reporting currency: {currency}").format(currency=currency)
    return _(
        "Reporting currency: {currency} (the book's most common currency; choose another with "
        "'cs-desktop rates currency CODE')"
    ).format(currency=currency)


def _list(args: argparse.Namespace, out: TextIO) -> int:
    from cs_desktop.control_chars import printable
    from cs_desktop.rates import list_rates, load_reporting

    store = existing_store(args)
    try:
        with store.engine.connect() as connection:
            rates = list_rates(connection)
            reporting = load_reporting(connection)
    finally:
        store.close()
    print(_reporting_line(reporting.currency, reporting.chosen), file=out)
    if not rates:
        print(
            _("No exchange rates yet: import some with 'cs-desktop rates import FILE.csv'."),
            file=out,
        )
    else:
        header = (_("date"), _("from"), _("to"), _("rate"), _("source"))
        lines = [
            (
                rate.effective_on.isoformat(),
                rate.from_currency,
                rate.to_currency,
                f"{rate.rate:f}",
                printable(rate.source),
            )
            for rate in rates
        ]
        widths = [max(len(row[i]) for row in (header, *lines)) for i in range(4)]
        for row in (header, *lines):
            cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
            print("  ".join([*cells, row[4]]).rstrip(), file=out)
    for gap in reporting.gaps_on(date.today()):
        print(_("missing: {gap}").format(gap=gap.message()), file=out)
    return EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {"rates": _rates}

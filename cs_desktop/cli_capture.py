"""Capture from the command line: ``import calendar FILE.ics``, ``import mail FILE|FOLDER``,
and the unmatched list: ``unmatched [--json]``, ``unmatched assign ITEM ACCOUNT``,
``unmatched dismiss ITEM...``.

Registered by :mod:`cs_desktop.cli`: the two import kinds join ``import``'s (:data:`IMPORT_KINDS`,
:func:`add_import_options`, :func:`import_captured`); ``unmatched`` is a command of its own
(:func:`add_commands`, :data:`HANDLERS`).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from typing import TextIO

from cs_desktop.cli_base import EXIT_OK, CommandGroup, UserError, existing_store, store_path
from cs_desktop.db import open_store
from cs_desktop.formats import format_datetime, format_number
from cs_desktop.i18n import _, ngettext
from cs_desktop.labels import kind_label

CALENDAR, MAIL = "calendar", "mail"
IMPORT_KINDS = (CALENDAR, MAIL)
ASSIGN, DISMISS = "assign", "dismiss"


def add_import_options(imports: argparse.ArgumentParser) -> None:
    """The calendar's options on ``import``."""
    imports.add_argument(
        "--since",
        type=date.fromisoformat,
        metavar="DATE",
        help=_("calendar only: leave out meetings before DATE (YYYY-MM-DD)"),
    )
    imports.add_argument(
        "--until",
        type=date.fromisoformat,
        metavar="DATE",
        help=_(
            "calendar only: leave out meetings after DATE (default: recurring meetings up to "
            "30 days ahead)"
        ),
    )


def import_captured(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``import calendar FILE`` or ``import mail FILE|FOLDER``: all of it or nothing."""
    from cs_desktop.capture.importing import import_calendar, import_mail
    from cs_desktop.capture.items import CaptureError

    # Checked page by page first: an import must not add to a store that is already damaged.
    store = open_store(store_path(args), check_first=True)
    try:
        store.condition.refuse_writes(store.path)
        if args.kind == CALENDAR:
            report = import_calendar(store, args.file, since=args.since, until=args.until)
        else:
            report = import_mail(store, args.file)
    except CaptureError as error:
        raise UserError(str(error)) from None
    finally:
        store.close()
    print(report.format(), file=out)
    return EXIT_OK


def add_commands(commands: CommandGroup[argparse.ArgumentParser]) -> None:
    """Add ``unmatched`` to the ``cs-desktop`` parser."""
    unmatched = commands.add_parser(
        "unmatched",
        help=_("imported meetings and mails that match no account, and assigning them"),
    )
    unmatched.add_argument("--json", action="store_true", help=_("print the list as JSON"))
    what = unmatched.add_subparsers(dest="unmatched_command", metavar="UNMATCHED_COMMAND")
    assign = what.add_parser(ASSIGN, help=_("make an unmatched item a touchpoint of an account"))
    assign.add_argument("item", type=int, metavar="ITEM", help=_("the item's number in the list"))
    assign.add_argument(
        "account",
        metavar="ACCOUNT",
        help=_("#id, exact name or domain, or a unique part of a name"),
    )
    dismiss = what.add_parser(
        DISMISS,
        help=_("take items that belong to no customer off the list for good"),
    )
    dismiss.add_argument(
        "items", type=int, nargs="+", metavar="ITEM", help=_("the items' numbers in the list")
    )


def _unmatched(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.unmatched_command == ASSIGN:
        return _assign(args, out)
    if args.unmatched_command == DISMISS:
        return _dismiss(args, out)
    from cs_desktop.capture.unmatched import list_unmatched

    store = existing_store(args)
    try:
        with store.read() as session:
            rows = list_unmatched(session)
    finally:
        store.close()
    if args.json:
        listed = [
            {
                "item": row.id,
                "kind": row.kind.value,
                "occurred_at": row.occurred_at.isoformat(),
                "title": row.title,
                "people": [{"name": p.name, "email": p.email} for p in row.people],
                "file": row.source_file,
                "candidates": list(row.candidates),
            }
            for row in rows
        ]
        print(json.dumps(listed, ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    if not rows:
        print(_("Nothing waits in the unmatched list."), file=out)
        return EXIT_OK
    from cs_desktop.control_chars import printable

    for row in rows:
        people = ", ".join(p.email for p in row.people) or "-"
        when = format_datetime(row.occurred_at.astimezone())
        print(
            f"{row.id:>5}  {when}  {kind_label(row.kind)}  "
            f"{printable(row.title)}  ({printable(people)})",
            file=out,
        )
    print(
        _("Assign one with 'cs-desktop unmatched assign ITEM ACCOUNT'."),
        file=out,
    )
    return EXIT_OK


def _assign(args: argparse.Namespace, out: TextIO) -> int:
    from cs_desktop.capture.unmatched import UnmatchedGone, assign_unmatched
    from cs_desktop.cli_health import _find_account

    store = existing_store(args)
    try:
        store.condition.refuse_writes(store.path)
        with store.engine.connect() as connection:
            account_id = _find_account(connection, args.account)
        try:
            with store.write() as session:
                assign_unmatched(session, args.item, account_id)
        except UnmatchedGone:
            raise UserError(
                _(
                    "no item {item} in the unmatched list ('cs-desktop unmatched' lists them)"
                ).format(item=args.item)
            ) from None
    finally:
        store.close()
    print(
        _("Item {item} is now a touchpoint of account #{account}.").format(
            item=args.item, account=account_id
        ),
        file=out,
    )
    return EXIT_OK


def _dismiss(args: argparse.Namespace, out: TextIO) -> int:
    from cs_desktop.capture.unmatched import dismiss_unmatched

    store = existing_store(args)
    try:
        store.condition.refuse_writes(store.path)
        with store.write() as session:
            dismissed = dismiss_unmatched(session, args.items)
    finally:
        store.close()
    print(
        ngettext(
            "{count} item dismissed; importing it again will not bring it back.",
            "{count} items dismissed; importing them again will not bring them back.",
            dismissed,
        ).format(count=format_number(dismissed)),
        file=out,
    )
    return EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {"unmatched": _unmatched}

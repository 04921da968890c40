"""``cs-desktop brief ACCOUNT``: the one-page meeting brief as a PDF, no display needed.

Like ``export-plan`` it renders with Qt, so it is the ui layer's command (added by
``ui.launcher``) and imports Qt only when it runs.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from cs_desktop.cli_base import ERROR, EXIT_FAILED, EXIT_OK, NO_STORE, CommandGroup, store_path
from cs_desktop.i18n import LANGUAGES, _
from cs_desktop.plan import cli_messages
from ui.plan.cli import PAGE_SIZES, ensure_qt_platform

COMMAND = "brief"


def add_brief_command(commands: CommandGroup[argparse.ArgumentParser]) -> None:
    """Add ``brief`` to the commands of :func:`cs_desktop.cli.build_parser`."""
    brief = commands.add_parser(
        COMMAND,
        help=_(cli_messages.BRIEF_HELP),
        description=_(cli_messages.BRIEF_DESCRIPTION),
    )
    brief.add_argument("account", metavar="ACCOUNT", help=_(cli_messages.ACCOUNT_HELP))
    brief.add_argument("--out", type=Path, help=_(cli_messages.BRIEF_OUT_HELP))
    brief.add_argument(
        "--meeting",
        type=meeting_argument,
        metavar="DATE|ID",
        help=_(cli_messages.MEETING_HELP),
    )
    brief.add_argument(
        "--lang", choices=LANGUAGES, default="en", help=_(cli_messages.BRIEF_LANG_HELP)
    )
    brief.add_argument(
        "--page-size", choices=PAGE_SIZES, default="A4", help=_(cli_messages.PAGE_SIZE_HELP)
    )


def meeting_argument(text: str) -> date | int:
    """``--meeting``: a day (the account's one touchpoint that day) or a touchpoint id."""
    if text.isdigit():
        return int(text)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_(cli_messages.NOT_A_MEETING).format(text=text)) from None


def run_brief(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run ``brief``; user mistakes print one line on ``err`` and return 1."""
    from cs_desktop.account_detail import AccountNotFoundError
    from cs_desktop.db import StoreError, open_store
    from cs_desktop.ids import TouchpointId
    from cs_desktop.plan import AccountLookupError, resolve_account
    from cs_desktop.plan.brief import (
        MeetingNotFoundError,
        brief_document,
        brief_file_name,
        load_brief,
    )
    from cs_desktop.plan.meeting_lookup import meeting_on

    def fail(message: str) -> int:
        print(_(ERROR).format(message=message), file=err)
        return EXIT_FAILED

    path = store_path(args)
    if not path.exists():
        return fail(_(NO_STORE).format(path=path))
    ensure_qt_platform()
    from PySide6.QtGui import QGuiApplication

    from ui.plan.fonts import ensure_cjk_font
    from ui.plan.pdf_writer import PlanRenderError, render_plan_pdf

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ensure_cjk_font()
    today = date.today()
    try:
        store = open_store(path)
    except StoreError as error:
        return fail(str(error))
    try:
        with store.engine.connect() as connection:
            account_id = resolve_account(connection, args.account)
            meeting = (
                meeting_on(connection, account_id, args.meeting)
                if isinstance(args.meeting, date)
                else None
                if args.meeting is None
                else TouchpointId(args.meeting)
            )
            brief = load_brief(connection, account_id, today=today, meeting_id=meeting)
    except (AccountLookupError, AccountNotFoundError, MeetingNotFoundError, StoreError) as error:
        return fail(str(error))
    finally:
        store.close()
    document = brief_document(brief, args.lang)
    target: Path = args.out.expanduser() if args.out else Path.cwd()
    if target.is_dir():
        target = target / brief_file_name(document.account_name, today)
    try:
        written = render_plan_pdf(document, target, page_size=args.page_size)
    except PlanRenderError as error:
        return fail(str(error))
    print(
        _(cli_messages.BRIEF_WRITTEN).format(account=document.account_name, path=written), file=out
    )
    return EXIT_OK

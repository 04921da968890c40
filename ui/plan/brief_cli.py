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
        help="write the one-page brief to read before meeting an account",
        description="Write a one-page PDF for the team before a meeting with ACCOUNT: last "
        "touchpoints, open tasks and risks, goals and milestones, the satisfaction trend, "
        "health and why it moved, and who attends (or the stakeholders) with when each was "
        "last met. The meeting is the account's next touchpoint unless --meeting names one.",
    )
    brief.add_argument("account", metavar="ACCOUNT", help="the account's name (or part) or id")
    brief.add_argument(
        "--out", type=Path, help="the PDF file, or a folder (default: '<account>-brief-<date>.pdf')"
    )
    brief.add_argument(
        "--meeting", type=int, metavar="ID", help="the touchpoint id of the meeting to prepare"
    )
    brief.add_argument("--lang", choices=LANGUAGES, default="en", help="the brief's language (en)")
    brief.add_argument("--page-size", choices=PAGE_SIZES, default="A4", help="paper (A4)")


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
    meeting = TouchpointId(args.meeting) if args.meeting is not None else None
    try:
        with store.engine.connect() as connection:
            account_id = resolve_account(connection, args.account)
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

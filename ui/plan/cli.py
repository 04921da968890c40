"""``cs-desktop export-plan ACCOUNT``: an account plan PDF from the command line, no display needed.

The core CLI (:mod:`cs_desktop.cli`) cannot import Qt, so this command lives in the ui layer
and ``ui.launcher`` adds it to the parser. Qt is imported only when the command runs, so the
other commands start as fast as before.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from cs_desktop.cli_base import ERROR, EXIT_FAILED, EXIT_OK, NO_STORE, CommandGroup, store_path
from cs_desktop.i18n import LANGUAGES, _
from cs_desktop.plan import cli_messages
from cs_desktop.plan.audience import Audience, PlanPart

COMMAND = "export-plan"
PAGE_SIZES = ("A4", "Letter")
AUDIENCES = tuple(audience.value for audience in Audience)
PARTS = tuple(part.value for part in PlanPart)


def add_export_plan_command(commands: CommandGroup[argparse.ArgumentParser]) -> None:
    """Add ``export-plan`` to the commands of :func:`cs_desktop.cli.build_parser`."""
    export = commands.add_parser(
        COMMAND,
        help=_(cli_messages.EXPORT_PLAN_HELP),
        description=_(cli_messages.EXPORT_PLAN_DESCRIPTION),
    )
    export.add_argument("account", metavar="ACCOUNT", help=_(cli_messages.ACCOUNT_HELP))
    export.add_argument(
        "--out",
        type=Path,
        help=_(cli_messages.PLAN_OUT_HELP),
    )
    export.add_argument(
        "--lang", choices=LANGUAGES, default="en", help=_(cli_messages.PLAN_LANG_HELP)
    )
    export.add_argument(
        "--page-size", choices=PAGE_SIZES, default="A4", help=_(cli_messages.PAGE_SIZE_HELP)
    )
    export.add_argument(
        "--audience",
        choices=AUDIENCES,
        default=Audience.CUSTOMER.value,
        help=_(cli_messages.AUDIENCE_HELP),
    )
    export.add_argument(
        "--without",
        action="append",
        choices=PARTS,
        default=[],
        metavar="SECTION",
        help=_(cli_messages.WITHOUT_HELP).format(sections=", ".join(PARTS)),
    )


def ensure_qt_platform() -> None:
    """Use Qt's offscreen platform when there is no display, so a server or SSH session works."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_export_plan(
    args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> int:
    """Run ``export-plan``; user mistakes print one line on ``err`` and return 1."""
    from cs_desktop.db import StoreError, open_store
    from cs_desktop.plan import AccountLookupError, build_plan, plan_file_name, resolve_account

    def fail(message: str) -> int:
        print(_(ERROR).format(message=message), file=err)
        return EXIT_FAILED

    path = store_path(args)
    if not path.exists():
        return fail(_(NO_STORE).format(path=path))
    ensure_qt_platform()
    from PySide6.QtGui import QGuiApplication

    from ui.plan.fonts import ensure_cjk_font, has_cjk_font
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
            audience = Audience(args.audience)
            parts = [part for part in PlanPart if part.value not in args.without]
            document = build_plan(
                connection,
                account_id,
                lang=args.lang,
                today=today,
                audience=audience,
                parts=parts,
            )
    except (AccountLookupError, StoreError) as error:  # StoreError: e.g. a damaged page
        return fail(str(error))
    finally:
        store.close()
    target: Path = args.out.expanduser() if args.out else Path.cwd()
    if target.is_dir():
        target = target / plan_file_name(document.account_name, today, audience)
    if not has_cjk_font(args.lang):
        print(_(cli_messages.NO_CJK_FONT).format(lang=args.lang), file=err)
    try:
        written = render_plan_pdf(document, target, page_size=args.page_size)
    except PlanRenderError as error:
        return fail(str(error))
    written_message = (
        cli_messages.PLAN_FOR_CUSTOMER_WRITTEN
        if audience is Audience.CUSTOMER
        else cli_messages.INTERNAL_PLAN_WRITTEN
    )
    print(_(written_message).format(account=document.account_name, path=written), file=out)
    return EXIT_OK

"""The ``cs-desktop`` entry point: the app with no command, the core CLI otherwise.

Kept free of Qt imports so that command-line use starts fast and works without a display.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from cs_desktop.app_log import start_logging
from cs_desktop.i18n import set_language, system_language
from cs_desktop.paths import default_db_path


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # a bundle: its background jobs re-enter here
        import multiprocessing

        multiprocessing.freeze_support()
    set_language(system_language())  # the core's messages and the commands' help
    arguments = list(sys.argv[1:] if argv is None else argv)
    window_store = _window_only(arguments)
    if window_store is not None:  # the everyday start: skip the CLI (and SQLAlchemy) imports
        start_logging("app")
        return _start_app(window_store)
    from cs_desktop.cli import build_parser, run
    from cs_desktop.cli_base import store_path
    from ui.plan.brief_cli import COMMAND as BRIEF
    from ui.plan.brief_cli import add_brief_command, run_brief
    from ui.plan.cli import COMMAND as EXPORT_PLAN
    from ui.plan.cli import add_export_plan_command, run_export_plan
    from ui.self_test import COMMAND as SELF_TEST
    from ui.self_test import add_self_test_command, run_self_test

    # These need Qt (to render, to open the window): they are the ui layer's commands.
    parser = build_parser(add_export_plan_command, add_brief_command, add_self_test_command)
    args = parser.parse_args(argv)
    if args.command is None:
        start_logging("app")
        return _start_app(store_path(args))
    start_logging(f"command {args.command}")
    handlers = {EXPORT_PLAN: run_export_plan, BRIEF: run_brief, SELF_TEST: run_self_test}
    return run(args, more_commands=handlers)


def _window_only(arguments: list[str]) -> Path | None:
    """The store to open when the arguments only start the app (none, or just ``--db``)."""
    if not arguments:
        return default_db_path()
    if len(arguments) == 2 and arguments[0] == "--db" and not arguments[1].startswith("-"):
        return Path(arguments[1]).expanduser()
    if len(arguments) == 1 and arguments[0].startswith("--db=") and len(arguments[0]) > 5:
        return Path(arguments[0][5:]).expanduser()
    return None


def _start_app(store: Path) -> int:
    if not _display_available():
        sys.stderr.write(
            "cs-desktop: error: no display to open the window on (DISPLAY and WAYLAND_DISPLAY "
            "are unset). Run it in your desktop session, or use a command: cs-desktop --help\n"
        )
        return 1
    try:
        from ui.app import run_app

        return run_app(store, sys.argv[:1])
    except Exception:  # before the app's own hook (e.g. a bundle missing a library): log it
        logging.getLogger(__name__).exception("the app could not start")
        raise


def _display_available() -> bool:
    # Qt aborts the process when it cannot reach a display; say so plainly instead. Windows,
    # macOS and an explicit QT_QPA_PLATFORM (offscreen, for tests and tools) need no check.
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


if __name__ == "__main__":
    sys.exit(main())

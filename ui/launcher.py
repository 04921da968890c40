"""The ``cs-desktop`` entry point: the app with no command, the core CLI otherwise.

Kept free of Qt imports so that command-line use starts fast and works without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from cs_desktop.cli import build_parser, run, store_path


def main(argv: Sequence[str] | None = None) -> int:
    from ui.plan.cli import COMMAND as EXPORT_PLAN
    from ui.plan.cli import add_export_plan_command, run_export_plan

    parser = build_parser()
    add_export_plan_command(parser)  # needs Qt to render, so it lives in the ui layer
    args = parser.parse_args(argv)
    if args.command == EXPORT_PLAN:
        return run_export_plan(args)
    if args.command is not None:
        return run(args)
    from ui.app import run_app

    return run_app(store_path(args), sys.argv[:1])


if __name__ == "__main__":
    sys.exit(main())

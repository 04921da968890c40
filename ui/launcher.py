"""The ``cs-desktop`` entry point: the app with no command, the core CLI otherwise.

Kept free of Qt imports so that command-line use starts fast and works without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from cs_desktop.cli import build_parser, run, store_path


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return run(args)
    from ui.app import run_app

    return run_app(store_path(args), sys.argv[:1])


if __name__ == "__main__":
    sys.exit(main())

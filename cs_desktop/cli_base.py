"""What every command of ``cs-desktop`` shares: exit codes, user errors, the store to use.

Kept apart from :mod:`cs_desktop.cli` so that command modules (``cli_health``) and the parser
both build on it without importing each other.
"""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from cs_desktop.db import Store, open_store
from cs_desktop.i18n import N_, _
from cs_desktop.paths import default_db_path

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

ERROR = N_("cs-desktop: error: {message}")
NO_STORE = N_("no store at {path} (create one with 'cs-desktop demo' or 'import')")


class UserError(Exception):
    """A mistake in what the user asked for; printed without a traceback."""


CommandGroup = argparse._SubParsersAction  # argparse's only type for a group of sub-commands
Handler = Callable[[argparse.Namespace, TextIO, TextIO], int]


def column(text: str, width: int, *, right: bool = False) -> str:
    """``text`` cut or padded to ``width`` terminal cells: Japanese and Chinese take two each."""
    cells = 0
    kept = []
    for char in text:
        size = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if cells + size > width:
            break
        kept.append(char)
        cells += size
    padding = " " * (width - cells)
    return padding + "".join(kept) if right else "".join(kept) + padding


def store_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else default_db_path()


def existing_store(args: argparse.Namespace) -> Store:
    """The store the command names, which must exist already."""
    path = store_path(args)
    if not path.exists():
        raise UserError(_(NO_STORE).format(path=path))
    return open_store(path)

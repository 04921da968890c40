"""Where the app's files live: the user's store, and the data shipped beside the code."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "cs-desktop"
DB_ENV_VAR = "CS_DESKTOP_DB"


def install_root() -> Path:
    """The folder holding ``migrations/`` and ``resources/`` (source tree or installed bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a frozen app
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    return install_root() / "migrations"


def resources_dir() -> Path:
    return install_root() / "resources"


def default_db_path() -> Path:
    """The store to open when no ``--db`` is given: ``$CS_DESKTOP_DB`` or the user data dir."""
    from_env = os.environ.get(DB_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "store.sqlite3"

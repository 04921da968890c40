"""Encrypted stores for tests: a fixed key, and encrypted copies of plain files."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import text

from cs_desktop.cipher import StoreKey
from cs_desktop.db import Store
from cs_desktop.encryption import convert_file

TEST_KEY = StoreKey.from_bytes(bytes(range(32)))


def encrypted_copy(plain: Path, target: Path, key: StoreKey = TEST_KEY) -> Path:
    """``plain`` copied to ``target``, then encrypted in place with ``key``."""
    shutil.copyfile(plain, target)
    convert_file(target, None, key)
    return target


def scan(paths: list[Path], words: list[str]) -> dict[str, list[str]]:
    """Which of ``words`` each file holds in its bytes (UTF-8, as SQLite writes text)."""
    found: dict[str, list[str]] = {}
    for path in paths:
        data = path.read_bytes()
        hits = [word for word in words if word.encode("utf-8") in data]
        if hits:
            found[path.name] = hits
    return found


def count_accounts(store: Store, progress: object = None) -> int:
    """A job for a child process: how many accounts the store holds."""
    with store.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM account")).scalar_one())

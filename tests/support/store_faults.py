"""Stores harmed on purpose (cut short, bytes overwritten, read-only, full) for the fault tests."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from cs_desktop.db import open_store
from cs_desktop.demo import generate_portfolio

# The first byte of a table's b-tree page (interior, leaf): damage there is structural, so
# SQLite's checks see it, and so does reading every row of the table.
TABLE_PAGE_FLAGS = {0x05, 0x0D}


def cs_desktop(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """The real command, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def sample_store(path: Path, accounts: int = 30) -> Path:
    """A store with a small sample portfolio, closed (its WAL checkpointed away)."""
    store = open_store(path)
    try:
        generate_portfolio(store, accounts=accounts, seed=3)
    finally:
        store.close()
    return path


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that changes nothing, also where the folder is read-only (no -shm there)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not os.access(path.parent, os.W_OK):
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)


def row_counts(path: Path) -> dict[str, int]:
    """Rows in every table, read without changing the file."""
    with closing(read_only_connection(path)) as db:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables
        }


def quick_check(path: Path) -> list[str]:
    with closing(read_only_connection(path)) as db:
        return [row[0] for row in db.execute("PRAGMA quick_check")]


def truncate(path: Path, fraction: float = 0.5) -> None:
    """Cut the file short, as a copy interrupted by a full disk or a pulled cable does."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate(int(size * fraction))


def overwrite_middle_page(path: Path) -> int:
    """Overwrite the header of the first table page from the middle of the file on; its number."""
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big") or 65536
    pages = len(data) // page_size
    for number in range(pages // 2, pages):
        offset = number * page_size
        if data[offset] in TABLE_PAGE_FLAGS:
            with path.open("r+b") as handle:
                handle.seek(offset)
                handle.write(b"\xff" * 12)
            return number + 1
    raise AssertionError("no table page in the second half of the file")


@contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make ``folder`` (and its files) unwritable for this process, or skip the test.

    Permissions are enough for a user; root ignores them (unless it dropped that capability),
    so then the folder is bind-mounted read-only over itself, which needs the right to mount.
    """
    if not sys.platform.startswith("linux"):
        pytest.skip("read-only folders are simulated on Linux only")
    modes = {path: path.stat().st_mode for path in [folder, *folder.iterdir()]}
    for path in modes:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        if not _writable(folder):
            yield
            return
    finally:
        for path, mode in modes.items():
            path.chmod(mode)
    mounted = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot make a folder read-only: {mounted.stderr.decode().strip()}")
    try:
        remounted = subprocess.run(
            ["mount", "-o", "remount,ro,bind", str(folder)], capture_output=True
        )
        if remounted.returncode != 0:
            pytest.skip(f"cannot remount read-only: {remounted.stderr.decode().strip()}")
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def _writable(folder: Path) -> bool:
    probe = folder / ".write-probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return False
    probe.unlink()
    return True


@contextmanager
def small_file_system(folder: Path, size: str = "2m") -> Iterator[None]:
    """A tmpfs of ``size`` on ``folder``: a truly full disk. Skips where mounting is not allowed."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root on Linux")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {mounted.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def assert_clear_failure(result: object, *words: str) -> str:
    """The command failed with a message (no traceback) naming ``words``; its whole output."""
    output = f"{result.stdout}\n{result.stderr}"  # type: ignore[attr-defined]
    assert result.returncode == 1, output  # type: ignore[attr-defined]
    assert "Traceback" not in output
    for word in words:
        assert word in output
    return output

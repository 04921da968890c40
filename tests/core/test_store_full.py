"""A disk filling up while the sample portfolio is written: a clear message, the store as it was."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cs_desktop.db import open_store
from tests.support.store_faults import (
    assert_clear_failure,
    quick_check,
    row_counts,
    small_file_system,
)

# A file may grow this far past the store's size, then the disk is "full".
ROOM_BYTES = 1_500_000


# Commands in subprocesses on a full disk: a few seconds each.
pytestmark = pytest.mark.slow


@pytest.fixture
def empty_store(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    open_store(path).close()
    return path


def test_demo_on_a_size_limited_file_ends_in_a_clear_message(empty_store: Path) -> None:
    resource = pytest.importorskip("resource")  # POSIX: RLIMIT_FSIZE stands in for a full disk
    before = row_counts(empty_store)
    limit = empty_store.stat().st_size + ROOM_BYTES

    def limit_file_size() -> None:  # in the child; Python ignores SIGXFSZ, so writes fail
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--db", str(empty_store), "demo"],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit_file_size,
    )
    assert_clear_failure(result, str(empty_store), "Free")
    assert quick_check(empty_store) == ["ok"]
    assert row_counts(empty_store) == before


def test_demo_on_a_full_file_system_ends_in_a_clear_message(
    empty_store: Path, tmp_path: Path
) -> None:
    disk = tmp_path / "small-disk"
    disk.mkdir()
    with small_file_system(disk):
        path = disk / "store.sqlite3"
        shutil.copy(empty_store, path)
        before = row_counts(path)
        result = subprocess.run(
            [sys.executable, "-m", "ui.launcher", "--db", str(path), "demo"],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ},
        )
        assert_clear_failure(result, "full", str(path))
        assert quick_check(path) == ["ok"]
        assert row_counts(path) == before

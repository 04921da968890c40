"""Every command ends a failure in a message and exit code 1, never a traceback or a hang.

Faults of the environment (a full disk, a read-only folder, the network) say what happened and
what to do; an unexpected error (a bug) says so in one line naming the log, which holds the
traceback.
"""

from __future__ import annotations

import argparse
import errno
import io
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cs_desktop import cli
from cs_desktop.app_log import LOG_FILE_NAME, start_logging, stop_logging
from cs_desktop.db import open_store
from tests.support.factories import add_account, add_touchpoint


def cs_desktop(*args: str, file_size_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def limit_file_size() -> None:  # a full disk, as a process sees one
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        assert file_size_limit is not None
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *args],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit_file_size if file_size_limit else None,
    )


def log_text() -> str:
    return (Path(os.environ["CS_DESKTOP_LOG_DIR"]) / LOG_FILE_NAME).read_text(encoding="utf-8")


@pytest.fixture
def filled_store(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    store = open_store(path)
    add_touchpoint(store, add_account(store, "Acme"), "Kickoff", "Onboarding plan")
    store.close()
    return path


def test_a_100000_character_search_is_refused_with_a_message(filled_store: Path) -> None:
    started = time.perf_counter()
    result = cs_desktop("--db", str(filled_store), "search", "a" * 100_000)
    assert time.perf_counter() - started < 30
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "cs-desktop: error: the search text is too long (100,000 characters): search for at "
        "most 500 characters"
    )


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="POSIX file size limits")
def test_a_full_disk_during_demo_is_a_message(tmp_path: Path) -> None:
    store = tmp_path / "full.sqlite3"
    result = cs_desktop("--db", str(store), "demo", "--accounts", "50", file_size_limit=300_000)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    # SQLite sees a size limit as an I/O error, a full tmpfs as SQLITE_FULL: both say what to
    # do, and the store's own message names the file
    assert result.stderr.startswith(f"cs-desktop: error: CS Desktop could not write to {store}")
    assert "Nothing was saved and the store is as it was. Free some space" in result.stderr
    assert "command demo refused" in log_text()  # what support reads


def failing(error: BaseException) -> cli.Handler:
    def handler(args: argparse.Namespace, out: object, err: object) -> int:
        raise error

    return handler


def run_search_failing_with(
    error: BaseException, monkeypatch: pytest.MonkeyPatch, *options: str
) -> tuple[int, str]:
    monkeypatch.setattr(cli, "_search", failing(error))
    args = cli.build_parser().parse_args([*options, "search", "anything"])
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(args, out, err)
    return code, err.getvalue()


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (
            OSError(errno.ENOSPC, "No space left on device", "/data/store.sqlite3"),
            "There is no space left on the disk holding /data/store.sqlite3. Free some disk "
            "space, or choose another folder, and try again.",
        ),
        (
            PermissionError(errno.EACCES, "Permission denied", "/srv/shared"),
            "Access to /srv/shared was denied. Choose another folder, or ask for permission to "
            "use this one.",
        ),
        (
            OSError(errno.EROFS, "Read-only file system", "/media/cdrom/plan.pdf"),
            "/media/cdrom/plan.pdf is on a read-only disk or file system. Choose another folder.",
        ),
        (
            ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"),
            "A server could not be reached (Connection refused). Check the network connection, "
            "then try again.",
        ),
    ],
)
def test_an_os_error_anywhere_in_a_command_is_a_message(
    error: BaseException, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, err = run_search_failing_with(error, monkeypatch)
    assert code == 1
    assert err == f"cs-desktop: error: {message}\n"


def test_a_bug_is_one_line_naming_the_log_which_holds_the_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    log = start_logging("command search")
    try:
        code, err = run_search_failing_with(KeyError("stage"), monkeypatch)
    finally:
        stop_logging()
    assert code == 1
    assert err == (
        "cs-desktop: error: an unexpected error happened (KeyError: 'stage'). This is a bug: "
        f"the details are in {log}\n"
    )
    text = log_text()
    assert "command search on the store" in text
    assert "Traceback (most recent call last)" in text and "KeyError: 'stage'" in text


def test_debug_prints_the_traceback_of_a_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    code, err = run_search_failing_with(KeyError("stage"), monkeypatch, "--debug")
    assert code == 1
    first, *rest = err.splitlines()
    assert "unexpected error happened (KeyError: 'stage')" in first
    assert "--debug" in first  # no log file in this process: the line says how to see more
    assert "Traceback (most recent call last)" in rest[0]

"""The log file: where it is, what it holds for support, never a secret, never in the way."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cs_desktop import __version__, app_log
from cs_desktop.app_log import LOG_FILE_NAME, RedactSecrets, log_file, redact, start_logging
from cs_desktop.db import open_store

SECRETS = {
    "private-app token": "pat-na1-6b0b2d54-3a43-4f0a-a4bb-7d0b6e7c9a11",
    "refresh token": "na1-8f4e-2a1b-0c9d5e6f7a8b9c0d1e2f3a4b",
    "access token": "CJSP5qf1MRICAQEYs-gDIIGOBii1hQIyGQAf3xBKmlwHjX7OIpuIFEavB2-qYAGQdDXO",
    "client secret": "3d9c5a1e-sandbox-SECRET",
    "password": "correct horse battery staple",
}


@pytest.fixture
def logging_to_file() -> Iterator[Path]:
    path = start_logging("tests")
    assert path is not None
    yield path
    app_log.stop_logging()


def test_the_log_is_in_the_log_folder_and_says_what_support_needs(
    logging_to_file: Path, tmp_path: Path
) -> None:
    assert logging_to_file == Path(os.environ["CS_DESKTOP_LOG_DIR"]) / LOG_FILE_NAME
    assert log_file() == logging_to_file
    logging.getLogger("cs_desktop.test").info("something support wants to read")
    logging.getLogger("cs_desktop.test").debug("too chatty for the file")
    text = logging_to_file.read_text(encoding="utf-8")
    assert f"CS Desktop {__version__}, tests, Python" in text
    assert "something support wants to read" in text
    assert "too chatty" not in text


def test_the_log_rotates(logging_to_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, app_log._LogFile))
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
    monkeypatch.setattr(handler, "maxBytes", 2_000)
    for line in range(100):
        logging.getLogger("cs_desktop.test").info("line %d of a long session", line)
    assert logging_to_file.with_name(f"{LOG_FILE_NAME}.1").exists()
    assert logging_to_file.stat().st_size <= 2_000


@pytest.mark.parametrize(
    "line",
    [
        "GET /crm/v3/objects failed; Authorization: Bearer {access token}",
        'token refresh answered {{"refresh_token": "{refresh token}", "expires_in": 1800}}',
        "POST body client_secret={client secret}&refresh_token={refresh token}&grant_type=x",
        "connect with {private-app token} failed",
        "headers {{'authorization': 'Bearer {access token}'}}",
        "proxy login {{'password': '{password}'}}",
        "proxy answered 407 to Authorization: Token {client secret}",
        "the token is {access token}",
    ],
)
def test_secrets_never_reach_the_log(logging_to_file: Path, line: str) -> None:
    logging.getLogger("cs_desktop.sync").warning(line.format_map(SECRETS))
    text = logging_to_file.read_text(encoding="utf-8")
    assert "[redacted]" in text
    assert [name for name, secret in SECRETS.items() if secret in text] == []


def test_secrets_in_a_traceback_are_redacted(logging_to_file: Path) -> None:
    try:
        raise RuntimeError(f"refresh failed with refresh_token={SECRETS['refresh token']}")
    except RuntimeError:
        logging.getLogger("cs_desktop.sync").exception("sync failed")
    text = logging_to_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "refresh failed with" in text
    assert SECRETS["refresh token"] not in text


def test_what_is_not_a_secret_stays_readable() -> None:
    line = (
        'File "/home/me/.local/lib/python3.11/site-packages/httpx/_client.py", line 1014, in '
        "send_handling_redirects; store 3e1b2cc94d71aa00bb11cc22dd33ee44ff556677 of account "
        "123e4567-e89b-12d3-a456-426614174000; error code: 500; 3 tokens refreshed"
    )
    assert redact(line) == line


def test_the_filter_leaves_a_record_formatted_once() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s and %d", ("Bearer abc", 3), None)
    assert RedactSecrets().filter(record)
    assert record.getMessage() == "Bearer [redacted] and 3"


def test_a_log_folder_that_cannot_be_written_does_not_stop_a_command(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    store = tmp_path / "store.sqlite3"
    open_store(store).close()
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--db", str(store), "db", "check"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "CS_DESKTOP_LOG_DIR": str(blocker / "log")},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("OK")
    assert result.stderr.count("cs-desktop: warning: cannot write a log file in") == 1
    assert "Traceback" not in result.stderr


def test_commands_are_logged(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--db", str(store), "demo", "--accounts", "3"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = (Path(os.environ["CS_DESKTOP_LOG_DIR"]) / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert f"CS Desktop {__version__}, command demo" in text
    assert f"command demo on the store {store}" in text
    assert "command demo finished with exit code 0" in text

"""The command line as a user runs it: real processes, real store files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from cs_desktop import __version__
from cs_desktop.db import open_store
from cs_desktop.sync.state import CrmConnection
from tests.support.factories import add_account, add_touchpoint
from tests.support.import_files import write_csv


def cs_desktop(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def filled_store(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    store = open_store(path)
    account = add_account(store, "東京テック株式会社")
    add_touchpoint(store, account, "Kickoff", "Onboarding オンボーディング plan")
    store.close()
    return path


def test_version() -> None:
    result = cs_desktop("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_search_prints_hits_with_highlights(filled_store: Path) -> None:
    result = cs_desktop("--db", str(filled_store), "search", "オンボーディング")
    assert result.returncode == 0, result.stderr
    assert "東京テック株式会社" in result.stdout
    assert "[オンボーディング]" in result.stdout


def test_store_from_environment_variable(filled_store: Path) -> None:
    result = cs_desktop("search", "onboarding", env={"CS_DESKTOP_DB": str(filled_store)})
    assert result.returncode == 0, result.stderr
    assert "Kickoff" in result.stdout


def test_no_match_exits_non_zero(filled_store: Path) -> None:
    result = cs_desktop("--db", str(filled_store), "search", "zzzz")
    assert result.returncode == 1
    assert "no matches" in result.stderr


def test_db_check_reports_schema_and_integrity(filled_store: Path) -> None:
    result = cs_desktop("--db", str(filled_store), "db", "check")
    assert result.returncode == 0, result.stderr
    assert "integrity: ok" in result.stdout
    assert "account: 1" in result.stdout
    assert result.stdout.strip().endswith("OK")


def test_an_import_on_a_connected_store_is_queued_for_the_crm(tmp_path: Path) -> None:
    path = tmp_path / "connected.sqlite3"
    store = open_store(path)
    with store.write() as session:
        session.add(
            CrmConnection(
                provider="hubspot", base_url="http://x", auth_kind="private_app", account_name="a"
            )
        )
    store.close()
    accounts = write_csv(tmp_path / "a.csv", [["name", "domain"], ["Acme", "acme.test"]])
    result = cs_desktop("--db", str(path), "import", "accounts", str(accounts))
    assert result.returncode == 0, result.stderr
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("SELECT entity, op FROM outbox").fetchall() == [("company", "create")]


def test_backup_to_path(filled_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    result = cs_desktop("--db", str(filled_store), "backup", "--to", str(target))
    assert result.returncode == 0, result.stderr
    assert target.exists()
    check = cs_desktop("--db", str(target), "db", "check")
    assert "account: 1" in check.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "x"], "no store at"),
        (["db", "check"], "no store at"),
        (["backup"], "no store at"),
    ],
)
def test_user_mistakes_are_one_line_errors(tmp_path: Path, args: list[str], message: str) -> None:
    result = cs_desktop("--db", str(tmp_path / "missing.sqlite3"), *args)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_store_that_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("hello")
    result = cs_desktop("--db", str(bogus), "db", "check")
    assert result.returncode == 1
    assert "not a CS Desktop store" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_arguments_are_usage_errors() -> None:
    result = cs_desktop("demo", "--accounts", "0")
    assert result.returncode == 2
    assert "must be at least 1" in result.stderr


def test_app_without_a_display_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--db", str(tmp_path / "s.sqlite3")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    if not sys.platform.startswith("linux"):
        pytest.skip("the display check is for Linux")
    assert result.returncode == 1
    assert "no display" in result.stderr
    assert "Traceback" not in result.stderr

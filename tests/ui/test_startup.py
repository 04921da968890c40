"""Starting the app: the everyday start paints before SQLAlchemy loads; old stores still upgrade."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

import ui.app
from cs_desktop import write_hooks
from cs_desktop.db import open_store
from cs_desktop.deferred_store import DeferredStore, current_revision, is_current_store
from cs_desktop.schema import HEAD_REVISION
from cs_desktop.sync import capture_edits
from tests.support.factories import add_account

SCHEMAS = Path(__file__).parent.parent / "data" / "schemas"
PROBE = """
import os, sys
import ui.launcher
leave = os._exit
def report(code):
    sys.stdout.write("orm-before-paint=%s\\n" % ("sqlalchemy" in sys.modules))
    sys.stdout.flush()
    leave(code)
os._exit = report
sys.exit(ui.launcher.main(sys.argv[1:]))
"""


def start_until_first_paint(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CS_DESKTOP_EXIT_AFTER_FIRST_PAINT": "1"}
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_current_store_paints_before_sqlalchemy_is_imported(store) -> None:
    add_account(store, "Acme")
    store.close()
    result = start_until_first_paint("--db", str(store.path))
    assert "first-paint" in result.stdout, result.stderr
    assert "orm-before-paint=False" in result.stdout


def test_the_app_captures_edits_for_the_crm_from_its_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Started(Exception):
        pass

    def stop_at_start(argv: list[str]) -> None:
        raise Started

    monkeypatch.setattr(write_hooks, "_hooks", [])
    monkeypatch.setattr(ui.app, "create_application", stop_at_start)
    with pytest.raises(Started):
        ui.app.run_app(tmp_path / "store.sqlite3", [])
    registered = write_hooks.write_hooks()
    capture_edits()
    assert registered == write_hooks.write_hooks() != ()


def test_old_store_is_upgraded_with_a_backup_before_the_window(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMAS / "0001_initial.sqlite3", old)
    assert not is_current_store(old)
    result = start_until_first_paint(f"--db={old}")
    assert "first-paint" in result.stdout, result.stderr
    assert current_revision(old) == HEAD_REVISION
    assert list(tmp_path.glob("backups/old.before-upgrade-from-0001_initial.*.sqlite3"))


def test_deferred_store_opens_once_on_first_use(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    open_store(path).close()
    deferred = DeferredStore(path)
    assert deferred._store is None
    with deferred.write() as session:
        session.execute(text("SELECT 1"))
    first = deferred.opened()
    assert deferred.opened() is first and deferred.engine is first.engine
    deferred.close()


def test_not_a_store_is_not_current(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert current_revision(text) is None
    assert not is_current_store(text)
    assert not is_current_store(tmp_path / "missing.sqlite3")

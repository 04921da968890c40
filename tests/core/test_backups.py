"""Backups: written aside and renamed once verified, kept automatically, restored safely."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from cs_desktop.cipher import StoreKey
from cs_desktop.db import open_store
from tests.support.store_faults import (
    cs_desktop,
    overwrite_middle_page,
    quick_check,
    row_counts,
    sample_store,
    truncate,
)

SCHEMAS = Path(__file__).parent.parent / "data" / "schemas"

# The real command in a child whose SQLite copies a few pages at a time and stops after the
# first few, announcing it: the test kills it there, mid-copy, with SIGKILL.
PAUSED_BACKUP = """
import sqlite3, sys, time
class Paused(sqlite3.Connection):
    def backup(self, target, *, pages=-1, progress=None, name="main", sleep=0.25):
        def pause(status, remaining, total):
            sys.stderr.write("copying: %d of %d pages left\\n" % (remaining, total))
            sys.stderr.flush()
            time.sleep(60)
        super().backup(target, pages=8, progress=pause, name=name, sleep=0)
import sqlite3.dbapi2
connect = sqlite3.connect
sqlite3.connect = sqlite3.dbapi2.connect = lambda *a, **k: connect(*a, factory=Paused, **k)
import ui.launcher
sys.exit(ui.launcher.main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_store(tmp_path_factory.mktemp("sample") / "sample.sqlite3")


@pytest.fixture
def store_path(sample: Path, tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    path.write_bytes(sample.read_bytes())
    return path


def test_a_backup_killed_mid_copy_leaves_no_file_at_the_target(
    store_path: Path, tmp_path: Path
) -> None:
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("SIGKILL is POSIX")
    target = tmp_path / "backups" / "copy.sqlite3"
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            PAUSED_BACKUP,
            "--db",
            str(store_path),
            "backup",
            "--to",
            str(target),
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stderr is not None
        line = child.stderr.readline()
        assert line.startswith("copying:"), line + child.stderr.read()
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
    assert not target.exists(), "a killed backup must not look like a finished one"
    retry = cs_desktop("--db", str(store_path), "backup", "--to", str(target))
    assert retry.returncode == 0, retry.stderr
    assert quick_check(target) == ["ok"]
    assert row_counts(target) == row_counts(store_path)


def test_a_backup_is_verified_under_a_temporary_name_before_it_takes_its_own(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cs_desktop import backups

    target = tmp_path / "copy.sqlite3"
    checked: list[Path] = []
    check = backups.copy_damage

    def watch(path: Path, key: StoreKey | None = None) -> str | None:
        checked.append(path)
        assert not target.exists()
        return check(path, key)

    monkeypatch.setattr(backups, "copy_damage", watch)
    store = open_store(store_path)
    try:
        assert backups.backup_store(store.engine, target) == target
    finally:
        store.close()
    assert len(checked) == 1 and checked[0] != target and checked[0].parent == target.parent
    assert not checked[0].exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite3", "store.sqlite3"]
    assert row_counts(target) == row_counts(store_path)


def test_a_daily_backup_is_taken_once_a_day_and_seven_are_kept(store_path: Path) -> None:
    from cs_desktop.backups import backups_folder, daily_backup, list_backups

    store = open_store(store_path)
    try:
        first = date(2025, 3, 1)
        written = [
            daily_backup(store.engine, store_path, today=first + timedelta(d)) for d in range(9)
        ]
        assert all(path is not None for path in written)
        assert daily_backup(store.engine, store_path, today=first + timedelta(8)) is None
    finally:
        store.close()
    kept = sorted(p.name for p in backups_folder(store_path).glob("*.daily-*"))
    assert kept == [f"store.daily-2025-03-{day:02d}.sqlite3" for day in range(3, 10)]
    listed = list_backups(store_path)
    assert [b.path.name for b in listed][:1] == ["store.daily-2025-03-09.sqlite3"]
    assert all(b.size > 0 and b.kind == "daily" for b in listed)


def test_three_upgrade_backups_are_kept(tmp_path: Path) -> None:
    from cs_desktop.backups import backups_folder

    path = tmp_path / "old.sqlite3"
    for _ in range(4):
        path.write_bytes((SCHEMAS / "0001_initial.sqlite3").read_bytes())
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        open_store(path).close()  # within a second or not: each upgrade keeps its copy
    kept = list(backups_folder(path).glob("old.before-upgrade-from-0001_initial.*.sqlite3"))
    assert len(kept) == 3


def test_restore_keeps_the_current_store_aside_and_swaps_in_the_backup(
    store_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "saved.sqlite3"
    assert cs_desktop("--db", str(store_path), "backup", "--to", str(backup)).returncode == 0
    saved = row_counts(store_path)
    with closing(sqlite3.connect(store_path)) as db:
        db.execute("DELETE FROM task")
        db.commit()
    changed = row_counts(store_path)
    result = cs_desktop("--db", str(store_path), "backup", "--restore", str(backup))
    assert result.returncode == 0, result.stderr
    assert row_counts(store_path) == saved
    aside = [p for p in (tmp_path / "backups").glob("store.replaced-*.sqlite3")]
    assert len(aside) == 1 and str(aside[0]) in result.stdout
    assert row_counts(aside[0]) == changed
    assert row_counts(backup) == saved, "the backup itself is left as it was"


@pytest.mark.parametrize("damage", [truncate, overwrite_middle_page])
def test_a_damaged_store_is_restored_from_its_last_daily_backup(
    damage: object, store_path: Path
) -> None:
    from cs_desktop.backups import daily_backup, list_backups

    saved = row_counts(store_path)
    store = open_store(store_path)
    daily_backup(store.engine, store_path)
    store.close()
    damage(store_path)  # type: ignore[operator]
    [latest] = list_backups(store_path)
    result = cs_desktop("--db", str(store_path), "backup", "--restore", str(latest.path))
    assert result.returncode == 0, result.stderr
    check = cs_desktop("--db", str(store_path), "db", "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert row_counts(store_path) == saved


@pytest.mark.slow  # commands in subprocesses, a few seconds
def test_restore_refuses_while_another_process_has_the_store_open(
    store_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "saved.sqlite3"
    assert cs_desktop("--db", str(store_path), "backup", "--to", str(backup)).returncode == 0
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"db = sqlite3.connect({str(store_path)!r})\n"
            "db.execute('SELECT count(*) FROM account').fetchall()\n"
            "print('open', flush=True)\n"
            "time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = store_path.read_bytes()
        result = cs_desktop("--db", str(store_path), "backup", "--restore", str(backup))
        assert result.returncode == 1
        assert "open in another program" in result.stderr
        assert "Traceback" not in result.stderr
        assert store_path.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize("damage", [truncate, overwrite_middle_page])
def test_restore_refuses_a_damaged_backup(damage: object, store_path: Path, tmp_path: Path) -> None:
    backup = tmp_path / "saved.sqlite3"
    backup.write_bytes(store_path.read_bytes())
    damage(backup)  # type: ignore[operator]
    before = store_path.read_bytes()
    result = cs_desktop("--db", str(store_path), "backup", "--restore", str(backup))
    assert result.returncode == 1
    assert "is damaged" in result.stderr and str(backup) in result.stderr
    assert "Traceback" not in result.stderr
    assert store_path.read_bytes() == before


def test_backup_list_names_the_automatic_backups(store_path: Path) -> None:
    from cs_desktop.backups import daily_backup

    store = open_store(store_path)
    written = daily_backup(store.engine, store_path)
    store.close()
    result = cs_desktop("--db", str(store_path), "backup", "--list")
    assert result.returncode == 0, result.stderr
    assert str(written) in result.stdout


def test_a_backup_to_an_existing_file_is_refused(store_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "taken.sqlite3"
    target.write_bytes(b"precious")
    result = cs_desktop("--db", str(store_path), "backup", "--to", str(target))
    assert result.returncode == 1 and "already exists" in result.stderr
    assert target.read_bytes() == b"precious"


def test_restore_into_an_open_store_waits_for_a_query_running_on_another_thread(
    store_path: Path, tmp_path: Path
) -> None:
    import gc
    import threading

    from cs_desktop.restore import restore_into

    backup = tmp_path / "saved.sqlite3"
    assert cs_desktop("--db", str(store_path), "backup", "--to", str(backup)).returncode == 0
    saved = row_counts(store_path)
    store = open_store(store_path)
    with store.write() as session:
        session.connection().exec_driver_sql("DELETE FROM task")
    reading = threading.Event()

    def slow_query() -> None:  # a reader of the app, mid-query when the restore begins
        with store.engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM account").all()
            reading.set()
            time.sleep(1.0)

    reader = threading.Thread(target=slow_query)
    collecting = gc.isenabled()
    gc.disable()  # as in the app: nothing may rely on a collection to close the connection
    try:
        reader.start()
        reading.wait(10)
        restored = restore_into(store, backup)
        reader.join()
        with store.engine.connect() as connection:
            tasks = connection.exec_driver_sql("SELECT count(*) FROM task").scalar()
    finally:
        if collecting:
            gc.enable()
        store.close()
    assert tasks == saved["task"]
    assert restored.replaced is not None and row_counts(restored.replaced)["task"] == 0


def test_a_backup_into_a_folder_not_made_yet(store_path: Path, tmp_path: Path) -> None:
    result = cs_desktop("--db", str(store_path), "backup", "--to", f"{tmp_path}/new/")
    assert result.returncode == 0, result.stderr
    [written] = (tmp_path / "new").iterdir()
    assert written.name.startswith("store.backup-") and str(written) in result.stdout


def test_what_a_killed_backup_left_in_the_backups_folder_is_swept_away(store_path: Path) -> None:
    from cs_desktop.backups import backups_folder, daily_backup

    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    folder = backups_folder(store_path)
    folder.mkdir()
    leftover = folder / f".store.daily-2020-01-01.sqlite3.{ended.pid}.partial"
    leftover.write_bytes(b"half a copy")
    store = open_store(store_path)
    try:
        daily_backup(store.engine, store_path)
    finally:
        store.close()
    assert not leftover.exists()
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []

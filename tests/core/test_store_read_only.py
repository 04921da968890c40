"""A store in a read-only folder: reading commands work, writing ones say why they cannot."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from cs_desktop.db import open_store
from tests.support.import_files import write_csv
from tests.support.store_faults import cs_desktop, read_only_folder, row_counts, sample_store


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_store(tmp_path_factory.mktemp("sample") / "sample.sqlite3")


@pytest.fixture
def read_only_store(sample: Path, tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "store.sqlite3"
    shutil.copy(sample, path)
    with read_only_folder(folder):
        yield path


def assert_no_traceback(result: object) -> str:
    output = f"{result.stdout}\n{result.stderr}"  # type: ignore[attr-defined]
    assert "Traceback" not in output
    return output


def test_reading_commands_work_on_a_read_only_store(read_only_store: Path, tmp_path: Path) -> None:
    before = row_counts(read_only_store)
    db = ["--db", str(read_only_store)]
    search = cs_desktop(*db, "search", "onboarding")
    assert search.returncode == 0, assert_no_traceback(search)
    check = cs_desktop(*db, "db", "check")
    output = assert_no_traceback(check)
    assert check.returncode == 0, output
    assert "read-only" in output
    assert f"account: {before['account']}" in output
    copy = tmp_path / "copy.sqlite3"
    backup = cs_desktop(*db, "backup", "--to", str(copy))
    assert backup.returncode == 0, assert_no_traceback(backup)
    assert row_counts(copy) == before


@pytest.mark.parametrize("command", ["demo", "import"])
def test_writing_commands_say_the_store_is_read_only(
    command: str, read_only_store: Path, tmp_path: Path
) -> None:
    before = row_counts(read_only_store)
    rows = write_csv(tmp_path / "a.csv", [["name", "domain"], ["Acme", "acme.test"]])
    args = ["demo"] if command == "demo" else ["import", "accounts", str(rows)]
    result = cs_desktop("--db", str(read_only_store), *args)
    output = assert_no_traceback(result)
    assert result.returncode == 1, output
    assert "read-only" in output
    assert str(read_only_store.parent) in output
    assert row_counts(read_only_store) == before


def test_a_backup_beside_a_read_only_store_asks_for_another_place(read_only_store: Path) -> None:
    result = cs_desktop("--db", str(read_only_store), "backup")
    output = assert_no_traceback(result)
    assert result.returncode == 1, output
    assert "--to" in output


def test_a_new_store_in_a_read_only_folder_is_refused_clearly(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    with read_only_folder(folder):
        result = cs_desktop("--db", str(folder / "new.sqlite3"), "demo")
    output = assert_no_traceback(result)
    assert result.returncode == 1, output
    assert "cannot be written" in output


def test_a_read_only_store_opens_and_refuses_writes_in_process(read_only_store: Path) -> None:
    from cs_desktop.store_errors import StoreReadOnlyError

    store = open_store(read_only_store)
    try:
        assert store.condition.read_only is not None
        with store.read() as session:
            assert session.connection().exec_driver_sql("SELECT count(*) FROM account").scalar()
        with pytest.raises(StoreReadOnlyError, match="read-only"), store.write():
            pass
    finally:
        store.close()


def test_committed_rows_still_in_the_journal_are_read(sample: Path, tmp_path: Path) -> None:
    """A store copied with its WAL (rows committed but not yet moved into the main file)."""
    source = tmp_path / "live"
    source.mkdir()
    shutil.copy(sample, source / "store.sqlite3")
    folder = tmp_path / "shared"
    folder.mkdir()
    with closing(sqlite3.connect(source / "store.sqlite3")) as live:
        live.execute("PRAGMA wal_autocheckpoint = 0")
        live.execute("DELETE FROM task")  # committed, but only in store.sqlite3-wal
        live.commit()
        for suffix in ("", "-wal", "-shm"):
            shutil.copy(f"{source}/store.sqlite3{suffix}", f"{folder}/store.sqlite3{suffix}")
    assert (folder / "store.sqlite3-wal").stat().st_size > 0
    with read_only_folder(folder):
        store = open_store(folder / "store.sqlite3")
        try:
            with store.engine.connect() as connection:
                assert connection.exec_driver_sql("SELECT count(*) FROM task").scalar() == 0
        finally:
            store.close()

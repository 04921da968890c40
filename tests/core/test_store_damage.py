"""A damaged store (cut short, pages overwritten, an inconsistent schema record) is reported,
opened read-only for reading what can be read, and never written to."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from cs_desktop.db import open_store
from tests.support.import_files import write_csv
from tests.support.store_faults import (
    assert_clear_failure,
    cs_desktop,
    overwrite_middle_page,
    row_counts,
    sample_store,
    truncate,
)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_store(tmp_path_factory.mktemp("sample") / "sample.sqlite3")


@pytest.fixture
def truncated(sample: Path, tmp_path: Path) -> Path:
    path = tmp_path / "truncated.sqlite3"
    path.write_bytes(sample.read_bytes())
    truncate(path)
    return path


@pytest.fixture
def overwritten(sample: Path, tmp_path: Path) -> Path:
    path = tmp_path / "overwritten.sqlite3"
    path.write_bytes(sample.read_bytes())
    overwrite_middle_page(path)
    return path


@pytest.mark.parametrize("damage", ["truncated", "overwritten"])
def test_db_check_reports_damage_instead_of_crashing(
    damage: str, request: pytest.FixtureRequest
) -> None:
    path: Path = request.getfixturevalue(damage)
    before = path.read_bytes()
    result = cs_desktop("--db", str(path), "db", "check")
    output = assert_clear_failure(result, "damaged", "PROBLEMS FOUND", "--restore")
    assert str(path) in output
    assert path.read_bytes() == before, "a check never changes the file"


def test_import_refuses_a_store_db_check_finds_damaged(overwritten: Path, tmp_path: Path) -> None:
    accounts_before = row_counts(overwritten)["account"]
    rows = write_csv(tmp_path / "a.csv", [["name", "domain"], ["Acme", "acme.test"]])
    result = cs_desktop("--db", str(overwritten), "import", "accounts", str(rows))
    assert_clear_failure(result, "damaged", "Nothing will be written")
    assert row_counts(overwritten)["account"] == accounts_before


def test_backup_of_a_damaged_store_warns_that_the_copy_is_damaged_too(
    overwritten: Path, tmp_path: Path
) -> None:
    target = tmp_path / "copy.sqlite3"
    result = cs_desktop("--db", str(overwritten), "backup", "--to", str(target))
    output = assert_clear_failure(result, "damaged too", str(target))
    assert "Backup written" not in output


def test_a_damaged_store_opens_read_only_and_refuses_writes(truncated: Path) -> None:
    from cs_desktop.store_errors import StoreDamagedError

    before = truncated.read_bytes()
    with pytest.raises(StoreDamagedError, match="damaged"):
        open_store(truncated)
    store = open_store(truncated, damaged_ok=True)
    try:
        assert store.condition.damage is not None
        with pytest.raises(StoreDamagedError, match="restore"), store.write():
            pass
    finally:
        store.close()
    assert truncated.read_bytes() == before


def test_damage_met_while_reading_marks_the_store_damaged(overwritten: Path) -> None:
    from cs_desktop.store_errors import StoreDamagedError

    store = open_store(overwritten)  # the overwritten page is not one opening reads
    try:
        assert store.condition.damage is None
        with pytest.raises(StoreDamagedError), store.engine.connect() as connection:
            for (table,) in connection.execute(
                text("SELECT name FROM sqlite_master WHERE type='table'")
            ).all():
                connection.execute(text(f'SELECT * FROM "{table}"')).all()
        assert store.condition.damage is not None
        with pytest.raises(StoreDamagedError), store.write():
            pass
    finally:
        store.close()


def test_an_emptied_store_with_backups_is_damaged_not_new(sample: Path, tmp_path: Path) -> None:
    from cs_desktop.backups import daily_backup
    from cs_desktop.store_errors import StoreDamagedError

    path = tmp_path / "store.sqlite3"
    path.write_bytes(sample.read_bytes())
    store = open_store(path)
    daily_backup(store.engine, path)
    store.close()
    path.write_bytes(b"")  # e.g. a sync tool that copied nothing over it
    with pytest.raises(StoreDamagedError, match="empty"):
        open_store(path)
    assert path.read_bytes() == b""


def _two_rows(db: sqlite3.Connection) -> None:
    db.execute("INSERT INTO alembic_version VALUES ('0003_health_warnings')")


def _unknown(db: sqlite3.Connection) -> None:
    db.execute("UPDATE alembic_version SET version_num = 'banana'")


def _none(db: sqlite3.Connection) -> None:
    db.execute("DELETE FROM alembic_version")


def _missing_table(db: sqlite3.Connection) -> None:
    db.execute("DROP TABLE renewal")


@pytest.mark.slow  # commands in subprocesses, a few seconds
@pytest.mark.parametrize(
    ("harm", "words"),
    [
        (_two_rows, "2 schema versions"),
        (_unknown, "'banana'"),
        (_none, "no schema version"),
        (_missing_table, "renewal"),
    ],
    ids=["two-rows", "unknown-revision", "no-row", "missing-table"],
)
def test_an_inconsistent_schema_record_is_a_clear_message(
    harm: object, words: str, sample: Path, tmp_path: Path
) -> None:
    path = tmp_path / "store.sqlite3"
    path.write_bytes(sample.read_bytes())
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        harm(db)  # type: ignore[operator]
        db.commit()
    before = path.read_bytes()
    for command in (["db", "check"], ["search", "onboarding"], ["import", "accounts", "x.csv"]):
        result = cs_desktop("--db", str(path), *command)
        assert_clear_failure(result, words, "damaged")
    assert path.read_bytes() == before

"""Opening stores: creation through migrations, pragmas, upgrades with backup, refusals."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select, text

from cs_desktop import write_hooks
from cs_desktop.db import (
    BULK_CACHE_KIB,
    BULK_LOG_PAGES,
    CACHE_KIB,
    LOG_PAGES,
    StoreError,
    StoreTooNewError,
    backup_store,
    open_store,
)
from cs_desktop.models import Account, Touchpoint
from cs_desktop.paths import default_db_path
from cs_desktop.schema import HEAD_REVISION
from cs_desktop.search import search_touchpoints
from cs_desktop.store_check import check_store
from cs_desktop.tables import metadata

SCHEMA_FIXTURES = Path(__file__).parent.parent / "data" / "schemas"


def test_new_store_is_created_at_head_with_pragmas(tmp_path: Path) -> None:
    store = open_store(tmp_path / "nested" / "new.sqlite3")
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == HEAD_REVISION
    assert check_store(store, metadata).ok
    store.close()
    assert not list(tmp_path.glob("nested/**/*before-upgrade*")), "a new store needs no backup"


def test_foreign_keys_are_enforced(store) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), store.write() as session:
        session.execute(
            text(
                "INSERT INTO stakeholder (id, uid, created_at, updated_at, account_id, name, "
                "role, active) VALUES (1, x'00', 0, 0, 999, 'Nobody', 'other', 1)"
            )
        )


ORPHAN = (
    "INSERT INTO stakeholder (id, uid, created_at, updated_at, account_id, name, role, active) "
    "VALUES (:id, :uid, 0, 0, 999, 'Nobody', 'other', 1)"
)


def test_a_bulk_write_without_reference_checks_leaves_them_on_for_the_next(store) -> None:
    with store.write(check_references=False) as session:
        session.execute(text(ORPHAN), {"id": 1, "uid": b"\x01"})
    with pytest.raises(RuntimeError), store.write(check_references=False) as session:
        raise RuntimeError("the bulk write failed")
    for attempt in range(3):  # whichever pooled connection comes next
        with pytest.raises(Exception, match="FOREIGN KEY"), store.write() as session:
            session.execute(text(ORPHAN), {"id": 2 + attempt, "uid": bytes([2 + attempt])})


@pytest.mark.parametrize("fixture", sorted(SCHEMA_FIXTURES.glob("*.sqlite3")), ids=lambda p: p.stem)
def test_store_of_every_released_schema_upgrades_with_its_data(
    fixture: Path, tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(fixture, path)
    store = open_store(path)
    with store.read() as session:
        account = session.scalars(select(Account)).one()
        touchpoint = session.scalars(select(Touchpoint)).one()
    assert account.name == "株式会社サンプル"
    assert str(account.uid) == "11111111-1111-4111-8111-111111111111"
    assert touchpoint.customer_statement == "他社事例を見せてほしい"
    with store.engine.connect() as connection:
        hits = search_touchpoints(connection, "オンボーディング")
    assert [hit.title for hit in hits] == ["定例会議"], "old touchpoints are indexed on upgrade"
    assert check_store(store, metadata).ok
    store.close()
    backups = list(tmp_path.glob(f"backups/old.before-upgrade-from-{fixture.stem}.*.sqlite3"))
    if fixture.stem == HEAD_REVISION:
        assert backups == [], "a store already at head is opened as it is"
        return
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            fixture.stem
        )
        assert backup.execute("SELECT name FROM account").fetchone()[0] == "株式会社サンプル"


def test_store_from_a_newer_app_is_refused_and_untouched(store, tmp_path: Path) -> None:
    with store.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.close()
    before = store.path.read_bytes()
    with pytest.raises(StoreTooNewError, match="newer than this version"):
        open_store(store.path)
    assert store.path.read_bytes() == before
    assert not list(tmp_path.glob("**/*before-upgrade*"))


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("meeting notes, not a database")
    with pytest.raises(StoreError, match="not a CS Desktop store"):
        open_store(notes)
    assert notes.read_text() == "meeting notes, not a database"


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    with pytest.raises(StoreError, match="not a CS Desktop store"):
        open_store(other)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder"):
        open_store(tmp_path)


def test_backup_is_a_consistent_copy(store, tmp_path: Path) -> None:
    with store.write() as session:
        session.add(Account(name="Acme"))
    target = backup_store(store.engine, tmp_path / "copies" / "backup.sqlite3")
    copy = open_store(target)
    with copy.read() as session:
        assert session.scalars(select(Account.name)).all() == ["Acme"]
    copy.close()
    with pytest.raises(StoreError, match="already exists"):
        backup_store(store.engine, target)


def test_write_rolls_back_as_one_transaction(store) -> None:
    with pytest.raises(RuntimeError), store.write() as session:
        session.add(Account(name="First"))
        session.flush()
        raise RuntimeError("fails half-way")
    with store.read() as session:
        assert session.scalars(select(Account)).all() == []


def test_every_write_runs_the_registered_hooks_first(
    store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(write_hooks, "_hooks", [])
    seen: list[str] = []

    def note_write() -> None:
        with store.read() as session:  # the write has not begun: nothing of it is visible
            seen.append(f"before, {len(session.scalars(select(Account)).all())} accounts")

    write_hooks.register_write_hook(note_write)
    write_hooks.register_write_hook(note_write)  # once is enough
    with store.write() as session:
        session.add(Account(name="Acme"))
    with store.read() as session:
        session.scalars(select(Account)).all()
    with store.write():
        pass
    assert seen == ["before, 0 accounts", "before, 1 accounts"]


def test_default_path_follows_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CS_DESKTOP_DB", str(tmp_path / "env.sqlite3"))
    assert default_db_path() == tmp_path / "env.sqlite3"
    monkeypatch.delenv("CS_DESKTOP_DB")
    assert default_db_path().name == "store.sqlite3"
    assert "cs-desktop" in str(default_db_path())


def test_a_bulk_write_checkpoints_less_often_then_leaves_the_defaults(store) -> None:
    def settings(session) -> tuple[int, int]:
        raw = session.connection().connection.driver_connection
        return (
            raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0],
            raw.execute("PRAGMA cache_size").fetchone()[0],
        )

    with store.write(bulk=True) as session:
        assert settings(session) == (BULK_LOG_PAGES, -BULK_CACHE_KIB)
    with pytest.raises(RuntimeError), store.write(bulk=True) as session:
        raise RuntimeError("the bulk write failed")
    for _ in range(3):  # whichever pooled connection comes next
        with store.write() as session:
            assert settings(session) == (LOG_PAGES, -CACHE_KIB)

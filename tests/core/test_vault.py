"""Encrypted stores: nothing of a customer on disk, keys from the keychain or a recovery key,
conversions in place that keep every row, and clear messages when a key is missing or wrong."""

from __future__ import annotations

import io
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import text

from cs_desktop import vault
from cs_desktop.backups import backup_store, daily_backup
from cs_desktop.child_jobs import run_in_child
from cs_desktop.cipher import StoreKey, connect, looks_encrypted
from cs_desktop.db import Store, open_store
from cs_desktop.demo import generate_portfolio
from cs_desktop.encryption import decrypt_store, dump_checksum, encrypt_store
from cs_desktop.restore import restore_into
from cs_desktop.schema import HEAD_REVISION
from cs_desktop.search import TouchpointHit, search_touchpoints
from cs_desktop.store_errors import StoreError, StoreKeyMissingError, StoreWrongKeyError
from tests.support.factories import add_account, add_touchpoint
from tests.support.keychain import MemoryKeyring
from tests.support.vault import TEST_KEY, encrypted_copy, scan

NAMES = ["Zephyrine Lumber Holdings", "Quixotic Parcel Logistics"]
NOTE_WORDS = ["marmalade-integration", "budgetfreeze-octopus", "wants a sandbox per region"]
SECRET_WORDS = NAMES + NOTE_WORDS


def _fill(store: Store) -> None:
    for number, name in enumerate(NAMES):
        account = add_account(store, name)
        add_touchpoint(
            store,
            account,
            "Renewal call",
            f"Discussed {NOTE_WORDS[number]} with the champion.",
            customer_statement=NOTE_WORDS[2],
        )


def _search(store: Store, query: str) -> list[TouchpointHit]:
    with store.engine.connect() as connection:
        return search_touchpoints(connection, query)


def _files(store_path: Path) -> list[Path]:
    folder = store_path.parent
    return [path for path in folder.rglob("*") if path.is_file()]


def _clear_keys(path: Path, keychain: MemoryKeyring) -> None:
    """As on another computer: nothing remembered, nothing in the keychain."""
    vault.remember_key(path, None)
    keychain.items.clear()


def test_an_encrypted_store_its_wal_and_backups_hold_no_customer_words(encrypted_store) -> None:
    _fill(encrypted_store)
    wal = Path(f"{encrypted_store.path}-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the rows are still in the WAL"
    backup = daily_backup(encrypted_store.engine, encrypted_store.path)
    assert backup is not None
    files = _files(encrypted_store.path)
    assert wal in files and backup in files
    assert scan(files, SECRET_WORDS) == {}
    assert looks_encrypted(encrypted_store.path) and looks_encrypted(backup)
    # ...while search and the rows read as before.
    found = _search(encrypted_store, "marmalade")
    assert [hit.account_name for hit in found] == [NAMES[0]]


def test_a_plain_store_shows_the_same_words(store) -> None:
    """The scan above can see them: in a plain store they are there to read."""
    if vault.is_encrypted(store.path):
        pytest.skip("the store fixture is encrypted in this run")
    _fill(store)
    assert scan(_files(store.path), SECRET_WORDS)


def test_search_fts_and_migrations_work_on_an_encrypted_store(encrypted_store) -> None:
    _fill(encrypted_store)
    with encrypted_store.engine.connect() as connection:
        tables = connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert tables > 10 and version
    assert [hit.account_name for hit in _search(encrypted_store, "budgetfreeze")] == [NAMES[1]]


def test_no_key_in_the_keychain_says_so_without_a_traceback(
    encrypted_store, memory_keyring, monkeypatch
) -> None:
    path = encrypted_store.path
    encrypted_store.close()
    _clear_keys(path, memory_keyring)
    with pytest.raises(StoreKeyMissingError, match="keychain holds no key"):
        open_store(path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    err = io.StringIO()
    code = _run_cli(["--db", str(path), "search", "anything"], err=err)
    assert code == 1
    assert "keychain holds no key" in err.getvalue() and "Traceback" not in err.getvalue()


def test_a_wrong_recovery_key_or_passphrase_says_so(
    encrypted_store, memory_keyring, monkeypatch
) -> None:
    path = encrypted_store.path
    encrypted_store.close()
    _clear_keys(path, memory_keyring)
    wrong = vault.recovery_key(StoreKey.from_bytes(bytes(32)))
    for typed in (wrong, "not the passphrase"):
        monkeypatch.setattr("sys.stdin", io.StringIO(typed + "\n"))
        err = io.StringIO()
        assert _run_cli(["--db", str(path), "search", "x"], err=err) == 1
        assert "does not open the store" in err.getvalue(), err.getvalue()
        assert "Traceback" not in err.getvalue()
    with pytest.raises(StoreWrongKeyError):
        vault.unlock(path, StoreKey("wrong", passphrase=True))


def test_a_keychain_key_that_does_not_open_the_store_says_so(
    encrypted_store, memory_keyring
) -> None:
    path = encrypted_store.path
    encrypted_store.close()
    vault.remember_key(path, None)
    vault.save_to_keychain(path, StoreKey.from_bytes(bytes(32)))
    with pytest.raises(StoreWrongKeyError, match="keychain holds for"):
        open_store(path)


def test_the_right_recovery_key_opens_the_store(encrypted_store, memory_keyring, monkeypatch):
    path = encrypted_store.path
    _fill(encrypted_store)
    encrypted_store.close()
    _clear_keys(path, memory_keyring)
    typed = vault.recovery_key(TEST_KEY).lower().replace("-", " ")  # as someone types it
    monkeypatch.setattr("sys.stdin", io.StringIO(typed + "\n"))
    out = io.StringIO()
    assert _run_cli(["--db", str(path), "search", "marmalade"], out=out) == 0
    assert NAMES[0] in out.getvalue()


def test_recovery_keys_round_trip_and_catch_typos() -> None:
    written = vault.recovery_key(TEST_KEY)
    assert len(written.split("-")) == 14
    assert vault.key_from_recovery(written) == TEST_KEY
    typo = ("B" if written[0] != "B" else "C") + written[1:]
    with pytest.raises(ValueError, match="typo"):
        vault.key_from_recovery(typo)
    assert vault.key_from_recovery("correct horse").passphrase
    assert "correct" not in repr(vault.key_from_recovery("correct horse"))


def test_a_backup_restored_on_another_computer_asks_for_the_recovery_key(
    encrypted_store, memory_keyring, tmp_path, monkeypatch
) -> None:
    _fill(encrypted_store)
    backup = daily_backup(encrypted_store.engine, encrypted_store.path)
    assert backup is not None
    encrypted_store.close()
    laptop = tmp_path / "new-laptop"
    laptop.mkdir()
    carried = shutil.copy(backup, laptop / "carried.sqlite3")
    new_store = laptop / "store.sqlite3"
    _clear_keys(encrypted_store.path, memory_keyring)
    vault.remember_key(backup, None)

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    err = io.StringIO()
    assert _run_cli(["--db", str(new_store), "backup", "--restore", str(carried)], err=err) == 1
    assert "keychain holds no key" in err.getvalue()

    monkeypatch.setattr("sys.stdin", io.StringIO(vault.recovery_key(TEST_KEY) + "\n"))
    assert _run_cli(["--db", str(new_store), "backup", "--restore", str(carried)]) == 0
    assert vault.keychain_key(new_store) == TEST_KEY, "the keychain keeps it from now on"
    vault.remember_key(new_store, None)
    restored = open_store(new_store)
    try:
        assert _search(restored, "marmalade")
    finally:
        restored.close()
    assert scan(_files(new_store), SECRET_WORDS) == {}


def test_encrypt_then_decrypt_keeps_every_row_and_leaves_nothing_plain(
    store, memory_keyring, tmp_path
) -> None:
    if vault.is_encrypted(store.path):
        pytest.skip("the store fixture is encrypted in this run")
    _fill(store)
    daily_backup(store.engine, store.path)
    path = store.path
    store.close()
    with closing(sqlite3.connect(path)) as plain:
        before = dump_checksum(plain)

    converted = encrypt_store(path)
    assert converted.checksum == before
    assert converted.recovery_key and len(converted.backups) == 1
    assert scan(_files(path), SECRET_WORDS) == {}
    assert vault.keychain_key(path) is not None

    reopened = open_store(path)
    assert _search(reopened, "marmalade")
    reopened.close()
    with pytest.raises(StoreError, match="encrypted already"):
        encrypt_store(path)

    decrypted = decrypt_store(path)
    assert decrypted.checksum == before
    with closing(sqlite3.connect(path)) as plain:
        assert dump_checksum(plain) == before
    assert NAMES[0].encode() in path.read_bytes()


def test_without_a_keychain_encrypting_asks_for_a_passphrase(store, monkeypatch) -> None:
    if vault.is_encrypted(store.path):
        pytest.skip("the store fixture is encrypted in this run")
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    _fill(store)
    path = store.path
    store.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    err = io.StringIO()
    assert _run_cli(["--db", str(path), "db", "encrypt"], err=err) == 1
    assert "no system keychain" in err.getvalue() and "--passphrase" in err.getvalue()

    monkeypatch.setattr("sys.stdin", io.StringIO("tide pool lantern\n"))
    out = io.StringIO()
    assert _run_cli(["--db", str(path), "db", "encrypt", "--passphrase"], out=out) == 0
    assert "passphrase" in out.getvalue()
    assert scan(_files(path), SECRET_WORDS) == {}

    vault.remember_key(path, None)  # the next run of the app: it asks for the passphrase
    monkeypatch.setattr("sys.stdin", io.StringIO("tide pool lantern\n"))
    out = io.StringIO()
    assert _run_cli(["--db", str(path), "search", "octopus"], out=out) == 0
    assert NAMES[1] in out.getvalue()
    # SQLCipher's own key derivation: the sqlcipher shell opens it with the same passphrase.
    with closing(connect(path, key=StoreKey("tide pool lantern", passphrase=True))) as db:
        assert db.execute("SELECT count(*) FROM account").fetchone()[0] == 2


def test_decrypt_warns_and_needs_yes(encrypted_store) -> None:
    path = encrypted_store.path
    encrypted_store.close()
    err = io.StringIO()
    assert _run_cli(["--db", str(path), "db", "decrypt"], err=err) == 1
    assert "in clear" in err.getvalue() and vault.is_encrypted(path)
    assert _run_cli(["--db", str(path), "db", "decrypt", "--yes"]) == 0
    assert not vault.is_encrypted(path)


def test_recovery_key_command_shows_the_keychain_key(encrypted_store) -> None:
    out = io.StringIO()
    assert _run_cli(["--db", str(encrypted_store.path), "db", "recovery-key"], out=out) == 0
    assert vault.recovery_key(TEST_KEY) in out.getvalue()


def test_new_stores_are_encrypted_where_a_keychain_exists(
    memory_keyring, tmp_path, monkeypatch
) -> None:
    monkeypatch.delenv(vault.PLAIN_NEW_STORES_ENV)
    path = tmp_path / "fresh.sqlite3"
    store = open_store(path)
    store.close()
    assert vault.is_encrypted(path) and vault.keychain_key(path) is not None


def test_new_stores_stay_plain_without_a_keychain(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    monkeypatch.delenv(vault.PLAIN_NEW_STORES_ENV)
    path = tmp_path / "fresh.sqlite3"
    open_store(path).close()
    assert not vault.is_encrypted(path)


def test_a_command_that_creates_a_plain_store_says_how_to_encrypt_it(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    monkeypatch.delenv(vault.PLAIN_NEW_STORES_ENV)
    path = tmp_path / "fresh.sqlite3"
    err = io.StringIO()
    assert _run_cli(["--db", str(path), "demo", "--accounts", "3"], err=err) == 0
    assert not vault.is_encrypted(path)
    assert "not encrypted" in err.getvalue() and "db encrypt --passphrase" in err.getvalue()
    again = io.StringIO()  # said once, when the store is made
    assert _run_cli(["--db", str(path), "search", "x"], err=again) == 0
    assert "not encrypted" not in again.getvalue()


def test_a_child_job_opens_the_encrypted_store_with_the_key_it_was_handed(
    encrypted_store, memory_keyring
) -> None:
    _fill(encrypted_store)
    memory_keyring.items.clear()  # the child has no keychain: only the key it is handed
    count = run_in_child(encrypted_store.path, "tests.support.vault:count_accounts", {})
    assert count == 2


def _run_cli(argv: list[str], out: io.StringIO | None = None, err: io.StringIO | None = None):
    from cs_desktop.cli import build_parser, run

    return run(build_parser().parse_args(argv), out or io.StringIO(), err or io.StringIO())


SCHEMAS = Path(__file__).parent.parent / "data" / "schemas"


def test_an_encrypted_store_of_an_old_schema_is_upgraded_with_an_encrypted_backup_first(
    memory_keyring, tmp_path
) -> None:
    path = encrypted_copy(SCHEMAS / "0001_initial.sqlite3", tmp_path / "old.sqlite3")
    vault.save_to_keychain(path, TEST_KEY)
    store = open_store(path)  # every migration since, on SQLCipher connections
    try:
        with store.engine.connect() as connection:
            version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == HEAD_REVISION
    finally:
        store.close()
    backups = list((tmp_path / "backups").glob("old.before-upgrade-*"))
    assert len(backups) == 1 and vault.is_encrypted(backups[0])


@pytest.mark.slow
def test_converting_a_sample_book_keeps_every_row(store, memory_keyring) -> None:
    if vault.is_encrypted(store.path):
        pytest.skip("the store fixture is encrypted in this run")
    generate_portfolio(store, accounts=40, seed=3)
    path = store.path
    store.close()
    with closing(sqlite3.connect(path)) as plain:
        before = dump_checksum(plain)
        accounts = plain.execute("SELECT count(*) FROM account").fetchone()[0]
    assert encrypt_store(path).checksum == before
    decrypt_store(path)
    with closing(sqlite3.connect(path)) as plain:
        assert dump_checksum(plain) == before
        assert plain.execute("SELECT count(*) FROM account").fetchone()[0] == accounts == 40


def test_a_backup_of_the_other_encryption_state_is_restored_into_the_open_store(
    store, memory_keyring, tmp_path
) -> None:
    """The app restores over the store it has open: after turning encryption off, its older
    backups are still encrypted; a plain backup may come from another computer's store."""
    if vault.is_encrypted(store.path):
        pytest.skip("the store fixture is encrypted in this run")
    _fill(store)
    plain_backup = backup_store(store.engine, tmp_path / "plain.bak")
    path = store.path
    store.close()
    encrypt_store(path)
    encrypted = open_store(path)
    try:
        encrypted_backup = backup_store(encrypted.engine, tmp_path / "encrypted.bak")
        add_account(encrypted, "Only In The Encrypted Backup")
        restore_into(encrypted, plain_backup)
        assert not vault.is_encrypted(path)
        assert _search(encrypted, "marmalade"), "the open store reads the plain file"
        add_account(encrypted, "Written After The Restore")
    finally:
        encrypted.close()
    plain = open_store(path)
    try:
        restore_into(plain, encrypted_backup)
        assert vault.is_encrypted(path)
        assert _search(plain, "budgetfreeze")
        with plain.read() as session:
            names = set(session.scalars(text("SELECT name FROM account")))
        assert "Written After The Restore" not in names
        assert "Only In The Encrypted Backup" not in names
    finally:
        plain.close()

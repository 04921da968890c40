"""Turning a store's encryption on and off, in place (``db encrypt``, ``db decrypt``, Preferences).

The store is exported whole into a new file beside it (SQLCipher's ``sqlcipher_export``: the
schema, every row, the FTS index), and that copy is read back and checked against the store
(SQLite's quick check, and a checksum of the full dump of both) before it replaces the file in
one rename. The plain file's bytes are then overwritten with zeros before it is let go, where
the file system writes in place (not on copy-on-write file systems or through an SSD's wear
levelling: there the old blocks may survive until reused). The store's plain backups are
encrypted the same way, so nothing of it is left readable.

Thread contract: seconds on a big store (it is read three times); call from a worker.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cs_desktop import vault
from cs_desktop.backups import backups_folder, damage_found
from cs_desktop.cipher import ERRORS, StoreKey, attach_sql, connect, is_plain_sqlite
from cs_desktop.i18n import N_, _
from cs_desktop.restore import ensure_closed
from cs_desktop.store_errors import StoreError
from cs_desktop.store_files import (
    PARTIAL_SUFFIX,
    SHM_SUFFIX,
    WAL_SUFFIX,
    partial_name,
    publish,
    remove_partial,
    sweep_stale_partials,
    unused_name,
)

ALREADY_ENCRYPTED = N_("The store {path} is encrypted already; nothing was changed.")
NOT_ENCRYPTED = N_("The store {path} is not encrypted; nothing was changed.")
NO_STORE_FILE = N_("There is no store at {path}; nothing was changed.")
COPY_DIFFERS = N_(
    "The converted copy of {path} does not read back the same as the store ({detail}); the "
    "store was left as it was and the copy removed."
)
ROWS_DIFFER = N_("its rows differ")
DECRYPT_WARNING = N_(
    "Turning encryption off writes every customer's plans, notes and answers in clear to {path}: "
    "anyone who gets a copy of this disk can read them. Backups taken while it was encrypted "
    "stay encrypted (the keychain keeps their key)."
)
_CHUNK = 1 << 20
_CONVERSION_ERRORS: tuple[type[Exception], ...] = (StoreError, OSError, *ERRORS)


@dataclass(frozen=True)
class Converted:
    """A store whose encryption was turned on or off.

    Attributes:
        path: the store.
        encrypted: whether it is encrypted now.
        checksum: SHA-256 of the store's full dump, the same before and after.
        backups: the store's backups converted with it.
        recovery_key: to print or save (encryption turned on with a keychain key).
    """

    path: Path
    encrypted: bool
    checksum: str
    backups: tuple[Path, ...] = ()
    recovery_key: str | None = None

    def __repr__(self) -> str:  # the recovery key stays out of logs
        return f"Converted({self.path!s}, encrypted={self.encrypted})"


def encrypt_store(path: Path, *, passphrase: str | None = None) -> Converted:
    """Encrypt the plain store at ``path`` with a new random key kept in the keychain.

    ``passphrase``: use it instead (where no keychain exists); it is its own recovery key.

    Raises:
        StoreError: no store there, encrypted already, no keychain (and no passphrase), the
            store open elsewhere, or the copy did not check out (the store is then unchanged).
    """
    path = Path(path)
    _must_exist(path)
    if vault.is_encrypted(path):
        raise StoreError(_(ALREADY_ENCRYPTED).format(path=path))
    if passphrase is not None:
        key = StoreKey(passphrase, passphrase=True)
    elif vault.keychain_available():
        key = vault.new_key()
    else:
        raise StoreError(_(vault.NO_KEYCHAIN_FOR_STORE))
    ensure_closed(path)

    def keep_key() -> None:  # in the keychain before the plain file goes
        if not key.passphrase:
            vault.save_to_keychain(path, key)

    checksum = convert_file(path, None, key, before_replacing=keep_key)
    vault.remember_key(path, key)
    backups = tuple(
        backup
        for backup in _store_files_in_backups(path)
        if is_plain_sqlite(backup) and _converted_quietly(backup, key)
    )
    recovery = None if key.passphrase else vault.recovery_key(key)
    return Converted(path, True, checksum, backups, recovery)


def decrypt_store(path: Path) -> Converted:
    """Turn the store's encryption off: it becomes a plain SQLite file anyone can read.

    Its backups stay encrypted, and the keychain keeps the key that opens them.

    Raises:
        StoreError: no store there, not encrypted, no key for it, or the copy did not check out.
    """
    path = Path(path)
    _must_exist(path)
    key = vault.store_key(path)
    if key is None:
        raise StoreError(_(NOT_ENCRYPTED).format(path=path))
    vault.unlock(path, key, from_keychain=key is not vault.known_key(path))
    ensure_closed(path)
    checksum = convert_file(path, key, None)
    vault.remember_key(path, None)
    return Converted(path, False, checksum)


def convert_file(
    path: Path,
    source_key: StoreKey | None,
    target_key: StoreKey | None,
    *,
    before_replacing: Callable[[], None] = lambda: None,
) -> str:
    """Rewrite ``path`` under ``target_key`` (None: plain); the checksum of its dump.

    Nothing else may have the file open. The copy is checked before ``before_replacing`` runs
    and it takes the file's place.

    Raises:
        StoreError: the copy does not read back the same (the file is left as it was).
    """
    sweep_stale_partials(path)
    partial = partial_name(path)
    try:
        with closing(
            connect(path, key=source_key, encrypted_driver=True, isolation_level=None)
        ) as source:
            before = dump_checksum(source)
            version = int(source.execute("PRAGMA user_version").fetchone()[0])
            source.execute(attach_sql("converted", partial, target_key))
            source.execute("SELECT sqlcipher_export('converted')")
            source.execute(f"PRAGMA converted.user_version = {version}")
            source.execute("DETACH DATABASE converted")
        with closing(connect(partial, key=target_key, encrypted_driver=True)) as copy:
            problem = damage_found(copy)
            after = dump_checksum(copy)
        if problem is None and after != before:
            problem = _(ROWS_DIFFER)
        if problem is not None:
            raise StoreError(_(COPY_DIFFERS).format(path=path, detail=problem))
        before_replacing()
        _replace_and_overwrite(path, partial)
    finally:
        remove_partial(partial)
    return before


def dump_checksum(connection: Any) -> str:
    """SHA-256 of the database's schema and every row of every table, in a fixed order."""
    digest = hashlib.sha256()
    schema = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    digest.update(repr(schema).encode("utf-8"))
    for kind, name, _table, _sql in schema:
        if kind != "table" or name.startswith("sqlite_"):
            continue  # a virtual table's rows are its shadow tables', hashed as tables
        quoted = '"' + name.replace('"', '""') + '"'
        if _has_rowid(connection, quoted):
            order = "rowid"
        else:
            columns = len(connection.execute(f"SELECT * FROM {quoted} LIMIT 0").description)
            order = ", ".join(str(number) for number in range(1, columns + 1))
        rows = connection.execute(f"SELECT * FROM {quoted} ORDER BY {order}")
        digest.update(name.encode("utf-8"))
        while batch := rows.fetchmany(1000):
            digest.update(repr(batch).encode("utf-8"))
    return digest.hexdigest()


def _has_rowid(connection: Any, quoted: str) -> bool:
    try:
        connection.execute(f"SELECT rowid FROM {quoted} LIMIT 0")
    except ERRORS:
        return False
    return True


def overwrite(handle: Any) -> None:
    """Write zeros over every byte of the open file ``handle``, durably."""
    size = os.fstat(handle.fileno()).st_size
    handle.seek(0)
    zeros = bytes(_CHUNK)
    for start in range(0, size, _CHUNK):
        handle.write(zeros[: min(_CHUNK, size - start)])
    handle.flush()
    os.fsync(handle.fileno())


def _replace_and_overwrite(path: Path, partial: Path) -> None:
    if sys.platform == "win32":  # an open file cannot be replaced there: move it aside first
        aside = unused_name(path.with_name(f".{path.name}.old"))
        os.replace(path, aside)
        publish(partial, path)
        with aside.open("r+b") as old:
            overwrite(old)
        aside.unlink()
    else:
        with path.open("r+b") as old:
            publish(partial, path)  # one rename; ``old`` still holds the former file's bytes
            overwrite(old)
    for leftover in (Path(f"{path}{WAL_SUFFIX}"), Path(f"{path}{SHM_SUFFIX}")):
        leftover.unlink(missing_ok=True)  # of the former file (empty after its last close)


def _must_exist(path: Path) -> None:
    if not path.is_file():
        raise StoreError(_(NO_STORE_FILE).format(path=path))


def _store_files_in_backups(path: Path) -> list[Path]:
    """The store's backups and the stores restores set aside, in its backups folder."""
    folder = backups_folder(path)
    skip = (WAL_SUFFIX, SHM_SUFFIX, PARTIAL_SUFFIX, "-journal")
    found = [*folder.glob(f"{path.stem}.*"), *path.parent.glob(f"{path.stem}.before-upgrade-*")]
    return sorted(p for p in found if p.is_file() and not p.name.endswith(skip))


def _converted_quietly(backup: Path, key: StoreKey) -> bool:
    # A damaged backup is left as it is: the store itself is converted already.
    try:
        convert_file(backup, None, key)
    except _CONVERSION_ERRORS:
        return False
    return True

"""Restoring a backup over a store: the backup checked, the store it replaces kept aside.

The backup is copied beside the store under a temporary name and checked there, so the swap
itself is one rename. The store must be closed by every program first; SQLite's locks tell
whether one still has it open, and then nothing is changed.

Thread contract: seconds of file I/O on a big store; call from a worker, never the GUI thread.
"""

from __future__ import annotations

import os
import shutil
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cs_desktop import vault
from cs_desktop.backups import backups_folder, copy_damage, write_copy
from cs_desktop.cipher import (
    DATABASE_ERRORS,
    ERRORS,
    OPERATIONAL_ERRORS,
    SQLITE_MAGIC,
    StoreKey,
    connect,
)
from cs_desktop.db import (
    Store,
    bring_up_to_date,
    close_connections,
    is_newer_revision,
)
from cs_desktop.i18n import _
from cs_desktop.schema import KNOWN_REVISIONS
from cs_desktop.store_errors import (
    BACKUP_DAMAGED,
    BACKUP_IS_THE_STORE,
    BACKUP_NOT_A_STORE,
    COPY_FAILED,
    IN_USE,
    NO_SUCH_FILE,
    NOT_SQLITE,
    READ_ONLY,
    TOO_NEW,
    VERSION_NONE,
    VERSION_UNKNOWN,
    BackupError,
    StoreInUseError,
    StoreReadOnlyError,
    StoreTooNewError,
    version_rows,
)
from cs_desktop.store_files import (
    SHM_SUFFIX,
    WAL_SUFFIX,
    make_folder,
    partial_name,
    publish,
    read_only_reason,
    remove_partial,
    snapshot_uri,
    sweep_stale_partials,
    unused_name,
)

# How long to wait for another connection to let go of the store (a query finishing).
IN_USE_WAIT_S = 3.0
# From the window: its own readers finish their query first (health scoring takes seconds).
IN_APP_WAIT_S = 30.0
_BUSY, _LOCKED = 5, 6


@dataclass(frozen=True)
class Restored:
    """A finished restore: ``replaced`` keeps the store that was there (None if there was none)."""

    store: Path
    backup: Path
    replaced: Path | None


def restore_backup(store_path: Path, backup: Path, *, wait_s: float = IN_USE_WAIT_S) -> Restored:
    """Replace the store at ``store_path`` with a checked copy of ``backup``.

    ``wait_s`` is how long a connection still open elsewhere may take to close.

    Raises:
        BackupError: ``backup`` is not a sound backup of a store (nothing was changed).
        StoreTooNewError: ``backup`` was written by a newer CS Desktop.
        StoreInUseError: a program has the store open (nothing was changed).
        StoreReadOnlyError: the store's folder cannot be written.
    """
    store_path, backup = Path(store_path), Path(backup)
    if store_path.exists() and backup.exists() and backup.samefile(store_path):
        raise BackupError(_(BACKUP_IS_THE_STORE).format(path=backup))
    # An encrypted backup opens with its store's key, or the recovery key the user gave.
    key = vault.store_key(backup, for_store=store_path)
    if key is not None and key is not vault.known_key(backup):
        vault.unlock(backup, key, from_keychain=True)
    check_backup(backup, key)
    reason = read_only_reason(store_path) or make_folder(store_path.parent)
    if reason is not None:
        raise StoreReadOnlyError(_(READ_ONLY).format(path=store_path, reason=reason))
    sweep_stale_partials(store_path)
    partial = partial_name(store_path)
    try:
        with closing(connect(snapshot_uri(backup), key=key, uri=True)) as source:
            write_copy(source, partial, key)
        problem = copy_damage(partial, key)
        if problem is not None:
            raise BackupError(_(COPY_FAILED).format(path=backup, copy=store_path, detail=problem))
        replaced = None
        if store_path.exists():
            ensure_closed(store_path, wait_s)
            replaced = _set_aside(store_path)
        try:
            publish(partial, store_path)
        except PermissionError:  # Windows: a file another program holds cannot be replaced
            raise StoreInUseError(_(IN_USE).format(path=store_path)) from None
        _keep_key(store_path, key)
    finally:
        remove_partial(partial)
    return Restored(store_path, backup, replaced)


def restore_into(store: Store, backup: Path) -> Restored:
    """Restore ``backup`` over an open store of this process, which keeps working on it.

    Call on the writer thread with nothing else using the store: its connections are closed
    first (they would hold the file open), the next ones open the restored file (with the
    backup's key, or none when the backup is plain), whose schema is brought up to date;
    damage recorded for the old file is forgotten.
    """
    close_connections(store.engine)
    restored = restore_backup(store.path, backup, wait_s=IN_APP_WAIT_S)
    store.reopen(vault.known_key(store.path))
    store.condition.clear_damage()
    bring_up_to_date(store)
    return restored


def _keep_key(store_path: Path, key: StoreKey | None) -> None:
    """The restored store opens with the backup's key: here, and next time from the keychain."""
    vault.remember_key(store_path, key)
    if key is None or key.passphrase or not vault.keychain_available():
        return
    if vault.keychain_key(store_path) != key:  # a backup restored with its recovery key
        vault.save_to_keychain(store_path, key)


def check_backup(backup: Path, key: StoreKey | None = None) -> str:
    """Check that ``backup`` is a sound store this app can open; its schema revision.

    ``key``: the backup's, when it is encrypted.

    Raises:
        BackupError: not a store, or damaged.
        StoreTooNewError: written by a newer CS Desktop.
    """
    if not backup.is_file():
        raise BackupError(_(BACKUP_NOT_A_STORE).format(path=backup, detail=_(NO_SUCH_FILE)))
    with backup.open("rb") as handle:
        if key is None and handle.read(16) != SQLITE_MAGIC:
            raise BackupError(_(BACKUP_NOT_A_STORE).format(path=backup, detail=_(NOT_SQLITE)))
    damage = copy_damage(backup, key)
    if damage is not None:
        raise BackupError(_(BACKUP_DAMAGED).format(path=backup, detail=damage))
    try:
        with closing(connect(snapshot_uri(backup), key=key, uri=True)) as db:
            versions = [
                str(row[0]) for row in db.execute("SELECT version_num FROM alembic_version")
            ]
    except ERRORS:
        versions = []
    if len(versions) != 1:
        detail = version_rows(versions) if versions else _(VERSION_NONE)
        raise BackupError(_(BACKUP_NOT_A_STORE).format(path=backup, detail=detail))
    revision = versions[0]
    if revision not in KNOWN_REVISIONS:
        if is_newer_revision(revision):
            raise StoreTooNewError(_(TOO_NEW).format(path=backup, revision=revision))
        detail = _(VERSION_UNKNOWN).format(revision=revision)
        raise BackupError(_(BACKUP_NOT_A_STORE).format(path=backup, detail=detail))
    return revision


def ensure_closed(store_path: Path, wait_s: float = IN_USE_WAIT_S) -> None:
    """Raise :class:`StoreInUseError` while another connection has the store open.

    In WAL mode every open connection holds a shared lock on the file, so an exclusive lock is
    granted only when no other connection (in any process) remains. Closing this one then
    checkpoints the WAL into the file and removes it, so the file alone is the whole store.
    """
    # Without its key an encrypted store reads as damaged, which nobody can have open usefully.
    key = None
    if vault.is_encrypted(store_path):
        key = vault.known_key(store_path) or vault.keychain_key(store_path)
    with closing(connect(store_path, key=key, timeout=wait_s, isolation_level=None)) as db:
        try:
            db.execute("PRAGMA locking_mode = EXCLUSIVE")
            db.execute("BEGIN EXCLUSIVE")
            db.execute("SELECT count(*) FROM sqlite_master").fetchall()
            db.execute("ROLLBACK")
        except OPERATIONAL_ERRORS as error:
            if (getattr(error, "sqlite_errorcode", 0) & 0xFF) in (_BUSY, _LOCKED):
                raise StoreInUseError(_(IN_USE).format(path=store_path)) from None
            raise
        except DATABASE_ERRORS:
            pass  # a damaged file cannot be read, nor can anyone else have it open usefully


def _set_aside(store_path: Path) -> Path:
    """Keep the store about to be replaced (with its WAL, if one is left) in the backups folder."""
    folder = backups_folder(store_path)
    reason = make_folder(folder)
    if reason is not None:
        raise StoreReadOnlyError(_(READ_ONLY).format(path=folder, reason=reason))
    stamp = datetime.now(tz=UTC).strftime("%Y%m%dT%H%M%SZ")
    name = f"{store_path.stem}.replaced-{stamp}{store_path.suffix or '.sqlite3'}"
    aside = unused_name(folder / name)
    try:
        os.link(store_path, aside)  # instant, and the store stays in place until the swap
    except OSError:
        shutil.copy2(store_path, aside)
    # A WAL left beside the store belongs to the old file: SQLite would replay it onto the new.
    wal = Path(f"{store_path}{WAL_SUFFIX}")
    if wal.exists():
        os.replace(wal, Path(f"{aside}{WAL_SUFFIX}"))
    Path(f"{store_path}{SHM_SUFFIX}").unlink(missing_ok=True)
    return aside

"""What goes wrong with a store file, and what the user reads about it: every message here.

Each message is one whole template with named fields (a translation may reorder them); a
``detail`` field holds another whole phrase from this module or SQLite's own words. Callers
never join fragments into sentences.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# -- messages --------------------------------------------------------------------------------
RESTORE_HINT = (
    "Restore the last good backup: File > Restore from backup… in the app, or "
    "'cs-desktop backup --list' then 'cs-desktop backup --restore FILE'."
)
DAMAGED = "The store {path} is damaged: {detail}. Nothing will be written to it. {hint}"
DAMAGED_COPY = (
    "The store {path} is damaged: {detail}. The copy at {copy} is damaged too: it is kept for "
    "salvage, but it is not a good backup. {hint}"
)
READ_ONLY = (
    "The store {path} is read-only ({reason}): CS Desktop can show it but not change it. "
    "Copy it to a folder you can write to, or ask for write access, then try again."
)
CANNOT_CREATE = "Cannot create a store at {path}: {reason}. Choose another place with --db FILE."
UPGRADE_READ_ONLY = (
    "The store {path} must be upgraded from schema {revision} to {head}, which changes the "
    "file, but it is read-only ({reason}). Copy it to a folder you can write to and open the "
    "copy."
)
FULL = (
    "The disk holding {path} is full: nothing was saved and the store is as it was. Free "
    "some disk space, then try again."
)
WRITE_FAILED = (
    "CS Desktop could not write to {path} ({detail}); the disk may be full, removed or "
    "failing. Nothing was saved and the store is as it was. Free some space or check the "
    "disk, then try again."
)
READ_FAILED = (
    "CS Desktop could not read {path} ({detail}). Check that the disk or network folder is "
    "reachable and that you may read the file, then try again."
)
IN_USE = (
    "The store {path} is open in another program (CS Desktop itself, or a sync, import or "
    "backup running now). Close it, then try again; nothing was changed."
)
TOO_NEW = (
    "{path} uses schema revision {revision!r}, which is newer than this version of CS Desktop "
    "understands. Update CS Desktop to open it; the file was not changed."
)
UPGRADE_FAILED = (
    "The store {path} could not be upgraded from schema {revision} ({detail}). It is as it "
    "was before the failed step; a copy from before the upgrade is in {backups}."
)
NOT_A_STORE = "{path} is not a CS Desktop store (not a SQLite database)"
FOREIGN_DATABASE = "{path} is a SQLite database but not a CS Desktop store"
FOLDER = "{path} is a folder, not a store file"
TARGET_EXISTS = "backup target {path} already exists; choose another path"
TARGET_READ_ONLY = (
    "Cannot write the backup {path}: {reason}. Choose another place: in a terminal, "
    "cs-desktop backup --to FILE."
)
COPY_FAILED = (
    "The copy of {path} written to {copy} does not read back correctly ({detail}), though the "
    "store itself is sound: the target disk may be failing. Nothing was kept; try another place."
)
BACKUP_NOT_A_STORE = "{path} is not a backup of a CS Desktop store ({detail}); choose another file"
BACKUP_IS_THE_STORE = "{path} is the store itself, not a backup of it; choose a backup"
BACKUP_DAMAGED = "The backup {path} is damaged ({detail}); choose another one. Nothing was changed."

# The ``detail`` of a message above, each a whole phrase.
CUT_SHORT = "the file is {size:,} bytes long where its header says {expected:,}: it was cut short"
EMPTIED = "the file is empty, though backups of it exist in {backups}"
NOT_SQLITE_ANY_MORE = (
    "its first bytes are no longer a SQLite database's, though backups of it exist"
)
SQLITE_SAYS = "SQLite reports '{reason}'"
UNREADABLE_PARTS = "SQLite cannot read parts of it ('{reason}')"
CHECK_FOUND = "SQLite's check found {count} problem(s), the first: {first}"
VERSION_ROWS = "it records {count} schema versions ({versions}) where there must be one"
VERSION_NONE = "it records no schema version, though it holds tables"
VERSION_UNKNOWN = "it records the schema version {revision!r}, which no CS Desktop wrote"
TABLES_MISSING = "it records schema {revision} but lacks the table(s) {tables}"
NO_SUCH_FILE = "there is no such file"
NOT_SQLITE = "it is not a SQLite database"
FOLDER_READ_ONLY = "the folder {folder} cannot be written"
FILE_READ_ONLY = "the file cannot be written"
NO_FOLDER = "the folder {folder} cannot be created ({reason})"


# -- errors ----------------------------------------------------------------------------------
class StoreError(Exception):
    """A store cannot be opened or used; the message is meant for the user."""


class StoreTooNewError(StoreError):
    """The store was written by a newer version of the app."""


class StoreDamagedError(StoreError):
    """The file is damaged: SQLite cannot read parts of it, or its schema record is wrong.

    Attributes:
        path: the store.
        detail: what is wrong, in a phrase (for a banner or a report line).
    """

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(DAMAGED.format(path=path, detail=detail, hint=RESTORE_HINT))
        self.path = path
        self.detail = detail

    def __reduce__(self) -> tuple[type, tuple[Path, str]]:
        # Rebuilt from its fields when it crosses a process boundary (an import in a child).
        return type(self), (self.path, self.detail)


class DamagedCopyError(StoreDamagedError):
    """A backup was asked of a damaged store: the copy was written, and is damaged too."""

    def __init__(self, path: Path, detail: str, copy: Path) -> None:
        super().__init__(path, detail)
        self.args = (DAMAGED_COPY.format(path=path, detail=detail, copy=copy, hint=RESTORE_HINT),)
        self.copy = copy

    def __reduce__(self) -> tuple[type, tuple[Path, str, Path]]:  # type: ignore[override]
        return type(self), (self.path, self.detail, self.copy)


class StoreReadOnlyError(StoreError):
    """The store (or its folder) cannot be written: reading works, writing is refused."""


class StoreFullError(StoreError):
    """The disk is full; the transaction was rolled back."""


class StoreIOError(StoreError):
    """The operating system failed to read or write the file."""


class StoreInUseError(StoreError):
    """Another program has the store open, so it cannot be replaced now."""


class BackupError(StoreError):
    """A backup cannot be written, or a file cannot be restored."""


# -- SQLite's errors, translated -----------------------------------------------------------------
# Primary result codes (the low byte of an extended code), from sqlite3.h.
_READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 8, 10, 11, 13, 14, 26
_PERM = 3
# Extended I/O codes of a failed write (SQLITE_IOERR_WRITE, _FSYNC, _TRUNCATE, _DIR_FSYNC).
_WRITE_IOERRS = {778, 1034, 1546, 1290}


def translate(error: BaseException, path: Path, read_only: str | None = None) -> StoreError | None:
    """The :class:`StoreError` a SQLite error stands for, or None when it is not about the file.

    Args:
        error: what the driver raised.
        path: the store it was working on.
        read_only: why the store is read-only, when it is known to be.
    """
    if not isinstance(error, sqlite3.Error):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    reason = str(error)
    if primary in (_CORRUPT, _NOTADB):
        return StoreDamagedError(path, UNREADABLE_PARTS.format(reason=reason))
    if primary == _FULL:
        return StoreFullError(FULL.format(path=path))
    if primary == _READONLY or (primary in (_CANTOPEN, _PERM) and read_only):
        return StoreReadOnlyError(
            READ_ONLY.format(path=path, reason=read_only or SQLITE_SAYS.format(reason=reason))
        )
    if primary == _IOERR and code in _WRITE_IOERRS:
        return StoreIOError(WRITE_FAILED.format(path=path, detail=reason))
    if primary in (_IOERR, _CANTOPEN, _PERM):
        return StoreIOError(READ_FAILED.format(path=path, detail=reason))
    return None

"""What goes wrong with a store file, and what the user reads about it: every message here.

Each message is one whole template with named fields (a translation may reorder them); a
``detail`` field holds another whole phrase from this module or SQLite's own words. Callers
never join fragments into sentences. Templates are marked with ``N_`` and translated where the
message is built (``_(FULL).format(path=...)``); those with a count are functions.
"""

from __future__ import annotations

from pathlib import Path

from cs_desktop.cipher import ERRORS
from cs_desktop.formats import format_number
from cs_desktop.i18n import N_, _, ngettext

# -- messages --------------------------------------------------------------------------------
RESTORE_HINT = N_(
    "Restore the last good backup: File > Restore from backup… in the app, or "
    "'cs-desktop backup --list' then 'cs-desktop backup --restore FILE'."
)
DAMAGED = N_("The store {path} is damaged: {detail}. Nothing will be written to it. {hint}")
DAMAGED_COPY = N_(
    "The store {path} is damaged: {detail}. The copy at {copy} is damaged too: it is kept for "
    "salvage, but it is not a good backup. {hint}"
)
READ_ONLY = N_(
    "The store {path} is read-only ({reason}): CS Desktop can show it but not change it. "
    "Copy it to a folder you can write to, or ask for write access, then try again."
)
CANNOT_CREATE = N_(
    "Cannot create a store at {path}: {reason}. Choose another place with --db FILE."
)
UPGRADE_READ_ONLY = N_(
    "The store {path} must be upgraded from schema {revision} to {head}, which changes the "
    "file, but it is read-only ({reason}). Copy it to a folder you can write to and open the "
    "copy."
)
FULL = N_(
    "The disk holding {path} is full: nothing was saved and the store is as it was. Free "
    "some disk space, then try again."
)
WRITE_FAILED = N_(
    "CS Desktop could not write to {path} ({detail}); the disk may be full, removed or "
    "failing. Nothing was saved and the store is as it was. Free some space or check the "
    "disk, then try again."
)
READ_FAILED = N_(
    "CS Desktop could not read {path} ({detail}). Check that the disk or network folder is "
    "reachable and that you may read the file, then try again."
)
IN_USE = N_(
    "The store {path} is open in another program (CS Desktop itself, or a sync, import or "
    "backup running now). Close it, then try again; nothing was changed."
)
TOO_NEW = N_(
    "{path} uses schema revision {revision!r}, which is newer than this version of CS Desktop "
    "understands. Update CS Desktop to open it; the file was not changed."
)
UPGRADE_FAILED = N_(
    "The store {path} could not be upgraded from schema {revision} ({detail}). It is as it "
    "was before the failed step; a copy from before the upgrade is in {backups}."
)
NOT_A_STORE = N_("{path} is not a CS Desktop store (not a SQLite database)")
KEY_MISSING = N_(
    "The store {path} is encrypted, and this computer's keychain holds no key for it. Open it "
    "with the recovery key saved when encryption was turned on (or its passphrase): the app "
    "asks for it, and so does cs-desktop in a terminal. The file was not changed."
)
WRONG_KEY = N_(
    "The recovery key or passphrase given does not open the store {path}: check it for a typo "
    "and try again. The file was not changed."
)
KEYCHAIN_KEY_WRONG = N_(
    "The key this computer's keychain holds for {path} does not open it (the file was "
    "replaced by another encrypted store?). Open it with its recovery key or passphrase. The "
    "file was not changed."
)
FOREIGN_DATABASE = N_("{path} is a SQLite database but not a CS Desktop store")
FOLDER = N_("{path} is a folder, not a store file")
TARGET_EXISTS = N_("backup target {path} already exists; choose another path")
TARGET_READ_ONLY = N_(
    "Cannot write the backup {path}: {reason}. Choose another place: in a terminal, "
    "cs-desktop backup --to FILE."
)
COPY_FAILED = N_(
    "The copy of {path} written to {copy} does not read back correctly ({detail}), though the "
    "store itself is sound: the target disk may be failing. Nothing was kept; try another place."
)
BACKUP_NOT_A_STORE = N_(
    "{path} is not a backup of a CS Desktop store ({detail}); choose another file"
)
BACKUP_IS_THE_STORE = N_("{path} is the store itself, not a backup of it; choose a backup")
BACKUP_DAMAGED = N_(
    "The backup {path} is damaged ({detail}); choose another one. Nothing was changed."
)

# The ``detail`` of a message above, each a whole phrase.
EMPTIED = N_("the file is empty, though backups of it exist in {backups}")
NOT_SQLITE_ANY_MORE = N_(
    "its first bytes are no longer a SQLite database's, though backups of it exist"
)
SQLITE_SAYS = N_("SQLite reports '{reason}'")
UNREADABLE_PARTS = N_("SQLite cannot read parts of it ('{reason}')")
VERSION_NONE = N_("it records no schema version, though it holds tables")
VERSION_UNKNOWN = N_("it records the schema version {revision!r}, which no CS Desktop wrote")
NO_SUCH_FILE = N_("there is no such file")
NOT_SQLITE = N_("it is not a SQLite database")
FOLDER_READ_ONLY = N_("the folder {folder} cannot be written")
FILE_READ_ONLY = N_("the file cannot be written")
NO_FOLDER = N_("the folder {folder} cannot be created ({reason})")


def cut_short(size: int, expected: int) -> str:
    """The ``detail`` of a file shorter than its header says."""
    return _(
        "the file is {size} bytes long where its header says {expected}: it was cut short"
    ).format(size=format_number(size), expected=format_number(expected))


def check_found(count: int, first: str) -> str:
    """The ``detail`` of SQLite's integrity check finding ``count`` problems."""
    return ngettext(
        "SQLite's check found {count} problem: {first}",
        "SQLite's check found {count} problems, the first: {first}",
        count,
    ).format(count=format_number(count), first=first)


def version_rows(versions: list[str]) -> str:
    """The ``detail`` of a store recording several schema versions."""
    return ngettext(
        "it records {count} schema version ({versions}) where there must be one",
        "it records {count} schema versions ({versions}) where there must be one",
        len(versions),
    ).format(count=len(versions), versions=", ".join(versions))


def tables_missing(revision: str, tables: list[str]) -> str:
    """The ``detail`` of a store that lacks tables its schema revision has."""
    return ngettext(
        "it records schema {revision} but lacks the table {tables}",
        "it records schema {revision} but lacks the tables {tables}",
        len(tables),
    ).format(revision=revision, tables=", ".join(tables))


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
        super().__init__(_(DAMAGED).format(path=path, detail=detail, hint=_(RESTORE_HINT)))
        self.path = path
        self.detail = detail

    def __reduce__(self) -> tuple[type, tuple[Path, str]]:
        # Rebuilt from its fields when it crosses a process boundary (an import in a child).
        return type(self), (self.path, self.detail)


class DamagedCopyError(StoreDamagedError):
    """A backup was asked of a damaged store: the copy was written, and is damaged too."""

    def __init__(self, path: Path, detail: str, copy: Path) -> None:
        super().__init__(path, detail)
        self.args = (
            _(DAMAGED_COPY).format(path=path, detail=detail, copy=copy, hint=_(RESTORE_HINT)),
        )
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


class StoreKeyError(StoreError):
    """An encrypted store cannot be opened: no key for it here, or the key given is wrong.

    Attributes:
        path: the store (or backup) that needs a key.
    """

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path

    def __reduce__(self) -> tuple[type, tuple[Path, str]]:
        return type(self), (self.path, str(self))


class StoreKeyMissingError(StoreKeyError):
    """The store is encrypted and no key for it is known: ask for its recovery key."""


class StoreWrongKeyError(StoreKeyError):
    """The key given (or the keychain's) does not open the store."""


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
    if not isinstance(error, ERRORS):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    reason = str(error)
    if primary in (_CORRUPT, _NOTADB):
        return StoreDamagedError(path, _(UNREADABLE_PARTS).format(reason=reason))
    if primary == _FULL:
        return StoreFullError(_(FULL).format(path=path))
    if primary == _READONLY or (primary in (_CANTOPEN, _PERM) and read_only):
        return StoreReadOnlyError(
            _(READ_ONLY).format(path=path, reason=read_only or _(SQLITE_SAYS).format(reason=reason))
        )
    if primary == _IOERR and code in _WRITE_IOERRS:
        return StoreIOError(_(WRITE_FAILED).format(path=path, detail=reason))
    if primary in (_IOERR, _CANTOPEN, _PERM):
        return StoreIOError(_(READ_FAILED).format(path=path, detail=reason))
    return None

"""The encrypted store's driver: SQLCipher 4 (``sqlcipher3``), a drop-in for ``sqlite3``.

A plain store is opened with the standard library's ``sqlite3``, an encrypted one with
``sqlcipher3``, keyed with ``PRAGMA key`` before any other statement: its pages, its WAL, its
journal and its temporary files are encrypted (AES-256 with an HMAC per page). ``sqlcipher3``
is a DB-API module like ``sqlite3``, so SQLAlchemy's pysqlite dialect, FTS5 and every query
work unchanged; only the error classes differ, hence :data:`ERRORS` and its siblings, which
``except`` clauses about the store use instead of ``sqlite3.Error``.

Kept free of the rest of the app: every module that opens the file builds on it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

SQLITE_MAGIC = b"SQLite format 3\x00"
KEY_BYTES = 32

# Catch these, not sqlite3's alone: an encrypted store's errors are sqlcipher3's classes.
ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher3.Error)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (
    sqlite3.OperationalError,
    sqlcipher3.OperationalError,
)


@dataclass(frozen=True)
class StoreKey:
    """What opens an encrypted store: 32 random bytes (kept in the keychain) or a passphrase.

    A passphrase goes through SQLCipher's own key derivation (PBKDF2-HMAC-SHA512, 256,000
    rounds, with the file's random salt); a random key is used as it is. Never shows itself in
    a repr, a log line or a traceback's locals.
    """

    secret: str
    passphrase: bool = False

    def __repr__(self) -> str:
        return "StoreKey('***', passphrase=True)" if self.passphrase else "StoreKey('***')"

    __str__ = __repr__

    @property
    def pragma(self) -> str:
        """The ``PRAGMA key`` statement; a random key is given raw (no derivation)."""
        if self.passphrase:
            return "PRAGMA key = '" + self.secret.replace("'", "''") + "'"
        return f"PRAGMA key = \"x'{self.secret}'\""

    @classmethod
    def from_bytes(cls, raw: bytes) -> StoreKey:
        if len(raw) != KEY_BYTES:
            raise ValueError(f"a store key has {KEY_BYTES} bytes")
        return cls(raw.hex())


def driver_version() -> str:
    """SQLCipher's version, e.g. ``4.19.0 community`` (what ``self-test`` reports)."""
    with closing(connect(":memory:", key=None, encrypted_driver=True)) as connection:
        row = connection.execute("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row and row[0] else ""


def connect(
    database: str | Path,
    *,
    key: StoreKey | None,
    encrypted_driver: bool = False,
    **options: Any,
) -> Any:
    """A DB-API connection to ``database``: ``sqlite3``'s without a key, else a keyed one.

    ``options`` are ``sqlite3.connect``'s (``uri``, ``timeout``, ``isolation_level``...).
    ``encrypted_driver``: use SQLCipher even without a key (for a plain file being exported
    into an encrypted one).
    """
    if key is None and not encrypted_driver:
        return sqlite3.connect(database, **options)
    connection = sqlcipher3.connect(str(database), **options)
    apply_key(connection, key)
    return connection


def apply_key(connection: Any, key: StoreKey | None) -> None:
    """Key a fresh SQLCipher connection (before any other statement), quietly."""
    # SQLCipher logs every page that fails its check to stderr: a wrong key is our message.
    connection.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        connection.execute(key.pragma)


def attach_sql(alias: str, path: Path, key: StoreKey | None) -> str:
    """``ATTACH`` of ``path`` as ``alias`` with ``key`` (an empty key attaches it plain)."""
    quoted = str(path).replace("'", "''")
    if key is None:
        return f"ATTACH DATABASE '{quoted}' AS {alias} KEY ''"
    if key.passphrase:
        secret = key.secret.replace("'", "''")
        return f"ATTACH DATABASE '{quoted}' AS {alias} KEY '{secret}'"
    return f"ATTACH DATABASE '{quoted}' AS {alias} KEY \"x'{key.secret}'\""


def is_plain_sqlite(path: Path) -> bool:
    """Whether ``path`` starts with SQLite's header (an empty or missing file does not)."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def looks_encrypted(path: Path) -> bool:
    """Whether ``path`` looks like a SQLCipher file: whole pages of what reads as noise.

    An encrypted file has no header to recognise (its first 16 bytes are the random salt):
    whole 1 KiB multiples whose first page uses nearly every byte value tell it from a text
    file or a cut-short store, which are refused as before.
    """
    try:
        size = path.stat().st_size
        if size < 1024 or size % 1024:
            return False
        with path.open("rb") as handle:
            first = handle.read(1024)
    except OSError:
        return False
    return first[:16] != SQLITE_MAGIC and len(set(first)) > 200

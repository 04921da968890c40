"""Opening the store: engine settings, read-only and damaged files, upgrades with a backup first.

SQLite's errors about the file itself (damaged, full, read-only, unreadable) are turned into
:class:`~cs_desktop.store_errors.StoreError` subclasses by the engine, wherever they happen, so
every command and the window can say what is wrong instead of printing a traceback.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.pool import QueuePool

from cs_desktop.backups import (
    backup_store,
    backups_folder,
    damage_found,
    list_backups,
    upgrade_backup,
)
from cs_desktop.cipher import SQLITE_MAGIC, StoreKey, connect
from cs_desktop.i18n import _, ngettext
from cs_desktop.paths import migrations_dir
from cs_desktop.schema import BUSY_TIMEOUT_MS, HEAD_REVISION, HEAD_TABLES, KNOWN_REVISIONS
from cs_desktop.store_condition import StoreCondition
from cs_desktop.store_errors import (
    CANNOT_CREATE,
    EMPTIED,
    FOLDER,
    FOREIGN_DATABASE,
    NOT_A_STORE,
    NOT_SQLITE_ANY_MORE,
    TOO_NEW,
    UPGRADE_FAILED,
    UPGRADE_READ_ONLY,
    VERSION_NONE,
    VERSION_UNKNOWN,
    StoreDamagedError,
    StoreError,
    StoreReadOnlyError,
    StoreTooNewError,
    cut_short,
    tables_missing,
    version_rows,
)
from cs_desktop.store_files import SHM_SUFFIX, WAL_SUFFIX, make_folder, read_only_reason
from cs_desktop.write_hooks import run_write_hooks

__all__ = [
    "BUSY_TIMEOUT_MS",
    "Store",
    "StoreCondition",
    "StoreError",
    "StoreTooNewError",
    "backup_store",
    "open_store",
]

if TYPE_CHECKING:
    # The ORM costs ~0.15 s to import; start-up reads the portfolio with Core alone.
    from sqlalchemy.orm import Session

# SQLite's defaults (a checkpoint per 1,000 log pages, a 2 MB page cache) and what a bulk
# writer takes instead (see Store.write).
LOG_PAGES = 1_000
CACHE_KIB = 2_000
BULK_LOG_PAGES = 16_384  # 64 MB of 4 KB pages
BULK_CACHE_KIB = 65_536

WRITE_NUMBER = "store_write_number"  # in a write session's info: see Store._writes

# Per engine, which connections are current: see close_connections().
_generations: WeakKeyDictionary[Engine, list[int]] = WeakKeyDictionary()


def create_store_engine(
    path: Path | str, condition: StoreCondition | None = None, key: StoreKey | None = None
) -> Engine:
    """An engine on a SQLite file with WAL, foreign keys and a busy timeout.

    Transactions are begun explicitly (the driver's implicit BEGIN is turned off) so that DDL in
    migrations is transactional, and a connection with ``execution_options(begin="IMMEDIATE")``
    takes the write lock up front instead of failing half-way on a busy database.

    With a ``condition``, SQLite's errors about the file become :class:`StoreError` s (damage
    is also recorded there), and a read-only store is opened read-only. With a ``key``, every
    connection is SQLCipher's, keyed before anything else (see :mod:`cs_desktop.cipher`).
    """
    path = Path(path)
    read_only = condition is not None and condition.read_only is not None
    if key is not None:
        import sqlcipher3

        from cs_desktop import vault

        target = _read_only_uri(path) if read_only else str(path)
        engine = create_engine(
            f"sqlite+pysqlite:///{path}",
            module=sqlcipher3,
            # The key remembered now: a backup restored under it may bring another one.
            creator=lambda: connect(
                target,
                key=vault.known_key(path) or key,
                uri=read_only,
                check_same_thread=False,
            ),
            poolclass=QueuePool,
            pool_use_lifo=True,
        )
    elif read_only:
        uri = _read_only_uri(path)
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=QueuePool,
            pool_use_lifo=True,
        )
    else:
        engine = create_engine(f"sqlite+pysqlite:///{path}", pool_use_lifo=True)

    generation = _generations.setdefault(engine, [0])

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        record.info["generation"] = generation[0]
        dbapi_connection.isolation_level = None
        with closing(dbapi_connection.cursor()) as cursor:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute("PRAGMA foreign_keys = ON")

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection: Any, record: Any) -> None:
        if dbapi_connection is not None and record.info.get("generation") != generation[0]:
            record.invalidate()  # opened before close_connections(): close it now

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    if condition is not None:

        @event.listens_for(engine, "handle_error")
        def _on_error(context: Any) -> Exception | None:
            return condition.notice(context.original_exception, path)

    return engine


def close_connections(engine: Engine) -> None:
    """Close every connection of ``engine``: idle ones now, those in use once returned.

    ``Engine.dispose`` alone leaves a connection in use at that moment open for as long as its
    old pool lives, and an open connection keeps the file locked (a restore must wait for it).
    """
    _generations.setdefault(engine, [0])[0] += 1
    engine.dispose()


def _read_only_uri(path: Path) -> str:
    # In WAL mode even a reader needs the -shm index beside the file. Where the folder cannot
    # hold one, SQLite reads the file alone only if told it cannot change ("immutable"): right
    # when the WAL is empty, wrong when it still holds committed pages, so then the existing
    # index must do.
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = Path(f"{path}{WAL_SUFFIX}")
    has_log = wal.exists() and wal.stat().st_size > 0
    if not has_log and read_only_reason(Path(f"{path}{SHM_SUFFIX}")) is not None:
        uri += "&immutable=1"
    return uri


@dataclass(frozen=True)
class Store:
    """An open store: the file and its engine. Sessions are short-lived, one per unit of work."""

    path: Path
    engine: Engine
    condition: StoreCondition = field(default_factory=StoreCondition, compare=False)
    # Numbers each write transaction as it begins (session.info[WRITE_NUMBER]): whoever kept
    # something read in one of theirs can tell whether anyone else wrote since.
    _writes: Iterator[int] = field(default_factory=itertools.count, compare=False, repr=False)

    def read(self) -> Session:
        """A session for reading (use as a context manager)."""
        from sqlalchemy.orm import Session

        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def write(self, *, check_references: bool = True, bulk: bool = False) -> Iterator[Session]:
        """A session whose work is one transaction holding the write lock; commits on success.

        Every edit is written here: the hooks registered in :mod:`cs_desktop.write_hooks` run
        first (the CRM sync's edit capture puts its listeners in place this way). A damaged or
        read-only store refuses (:class:`StoreDamagedError`, :class:`StoreReadOnlyError`).

        ``check_references=False`` turns SQLite's per-row foreign key checks off for this
        transaction: for a bulk writer that looked up every row it refers to in the same
        transaction (the write lock keeps them there), where the checks cost a third of an
        insert.

        ``bulk=True``, for a writer of many large transactions in a row (a first CRM pull):
        SQLite copies its log back into the file only once the log holds
        :data:`BULK_LOG_PAGES`, not every 1,000 pages (4 MB), so an index page that every
        transaction dirties is copied back once per checkpoint instead of once per
        transaction; and the page cache holds a transaction's dirty pages until its commit
        instead of spilling them to the log early. Both are back to SQLite's defaults after
        the commit.
        """
        from sqlalchemy.orm import Session

        self.condition.refuse_writes(self.path)
        run_write_hooks()

        with self.engine.connect().execution_options(begin="IMMEDIATE") as connection:
            # The driver's own connection: a statement through SQLAlchemy would begin the
            # transaction first, and inside one SQLite ignores this pragma.
            raw: Any = connection.connection.driver_connection
            if not check_references:
                raw.execute("PRAGMA foreign_keys = OFF")
            if bulk:
                raw.execute(f"PRAGMA wal_autocheckpoint = {BULK_LOG_PAGES}")
                raw.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            try:
                with (
                    Session(bind=connection, expire_on_commit=False) as session,
                    session.begin(),
                ):
                    session.info[WRITE_NUMBER] = next(self._writes)
                    yield session
            finally:
                if not check_references:
                    raw.execute("PRAGMA foreign_keys = ON")
                if bulk:
                    raw.execute(f"PRAGMA wal_autocheckpoint = {LOG_PAGES}")
                    raw.execute(f"PRAGMA cache_size = -{CACHE_KIB}")

    def reopen(self, key: StoreKey | None) -> None:
        """Open the next connections with ``key`` (None: the file is plain), on a new engine.

        A restore replaces the file under an open store, and the backup may be encrypted
        where the store was plain (or the reverse): the old engine would open it with the
        wrong driver. Every connection of the old engine must be closed already.
        """
        self.engine.dispose()
        # Frozen so that nothing swaps the engine by accident; this is the one place that may.
        object.__setattr__(self, "engine", create_store_engine(self.path, self.condition, key))

    def close(self) -> None:
        self.engine.dispose()


def stored_revision(engine: Engine, path: Path | None = None) -> str | None:
    """The schema revision recorded in the store, or None for a store with no schema yet.

    Raises:
        StoreDamagedError: the record is inconsistent (no row, several, an unknown revision).
        StoreError: the file is a SQLite database of another program.
    """
    path = path or Path(str(engine.url.database))
    with engine.connect() as connection:
        has_version = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if has_version is None:
            user_tables = connection.execute(
                text("SELECT count(*) FROM sqlite_master WHERE type='table'")
            ).scalar_one()
            if user_tables:
                raise StoreError(_(FOREIGN_DATABASE).format(path=path))
            return None
        versions = [
            str(version)
            for version in connection.execute(text("SELECT version_num FROM alembic_version"))
            .scalars()
            .all()
        ]
    if not versions:
        raise StoreDamagedError(path, _(VERSION_NONE))
    if len(versions) > 1:
        raise StoreDamagedError(path, version_rows(sorted(versions)))
    revision = versions[0]
    if revision not in KNOWN_REVISIONS and not is_newer_revision(revision):
        raise StoreDamagedError(path, _(VERSION_UNKNOWN).format(revision=revision))
    return revision


def is_newer_revision(revision: str) -> bool:
    """Whether ``revision`` names a schema of a later version of the app."""
    # Revisions are numbered ("0007_..."): a higher number is a later app's schema.
    number = re.match(r"(\d{4})_", revision)
    return number is not None and int(number.group(1)) > int(HEAD_REVISION[:4])


def open_store(
    path: Path | str,
    *,
    backup_dir: Path | None = None,
    damaged_ok: bool = False,
    check_first: bool = False,
    condition: StoreCondition | None = None,
) -> Store:
    """Open (creating if needed) the store at ``path`` and bring its schema up to date.

    An older schema is first copied to a backup in the ``backups`` folder beside the store (or
    in ``backup_dir``), then upgraded. A schema newer than this app is refused and the file is
    left untouched. A read-only store opens read-only (``store.condition.read_only``).

    Args:
        path: the store file.
        backup_dir: where the copy taken before an upgrade goes.
        damaged_ok: open a damaged store anyway, for reading what can be read (the app, ``db
            check``): ``store.condition.damage`` says what is wrong and writes are refused.
        check_first: run SQLite's quick check first (seconds on a big store), so that damage
            anywhere in the file is found before a writer starts.
        condition: where to record the store's condition (a new one by default).

    Raises:
        StoreTooNewError: the store was written by a newer app.
        StoreDamagedError: the file is damaged (unless ``damaged_ok``).
        StoreReadOnlyError: a new store or an upgrade is needed, and the file cannot be written.
        StoreError: the file is not a CS Desktop store or cannot be read.
    """
    path = Path(path)
    if path.is_dir():
        raise StoreError(_(FOLDER).format(path=path))
    condition = condition or StoreCondition()
    exists = path.exists()
    reason = read_only_reason(path) or (None if exists else make_folder(path.parent))
    if reason is not None and not exists:
        raise StoreReadOnlyError(_(CANNOT_CREATE).format(path=path, reason=reason))
    condition.set_read_only(reason)
    key = _key_of(path, exists, reason)
    engine = create_store_engine(path, condition, key)
    try:
        try:
            if key is None:
                _refuse_non_store(path)
            revision = stored_revision(engine, path)
            if revision == HEAD_REVISION:
                _check_tables(engine, path, revision)
            if check_first and revision is not None:
                check_pages(engine, path)
        except StoreDamagedError as damage:
            condition.mark_damaged(damage)
            if damaged_ok:
                return Store(path, engine, condition)
            raise
        if revision != HEAD_REVISION:
            _bring_up_to_date(engine, path, revision, reason, backup_dir)
    except BaseException:
        engine.dispose()
        raise
    return Store(path, engine, condition)


def _key_of(path: Path, exists: bool, read_only: str | None) -> StoreKey | None:
    """The key of an encrypted store (checked), a new store's if it is to be encrypted."""
    from cs_desktop import vault

    if not exists:
        return None if read_only is not None else vault.key_for_new_store(path)
    remembered = vault.known_key(path)
    key = vault.store_key(path)
    if key is not None and key is not remembered:
        vault.unlock(path, key, from_keychain=True)
    return key


def bring_up_to_date(store: Store, backup_dir: Path | None = None) -> None:
    """Upgrade an open store's schema if it is older (e.g. a backup just restored over it)."""
    revision = stored_revision(store.engine, store.path)
    if revision != HEAD_REVISION:
        _bring_up_to_date(store.engine, store.path, revision, store.condition.read_only, backup_dir)


def _bring_up_to_date(
    engine: Engine,
    path: Path,
    revision: str | None,
    read_only: str | None,
    backup_dir: Path | None,
) -> None:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise StoreTooNewError(_(TOO_NEW).format(path=path, revision=revision))
    if read_only is not None and revision is None:
        raise StoreReadOnlyError(_(CANNOT_CREATE).format(path=path, reason=read_only))
    if read_only is not None:
        raise StoreReadOnlyError(
            _(UPGRADE_READ_ONLY).format(
                path=path, revision=revision, head=HEAD_REVISION, reason=read_only
            )
        )
    if revision is None:
        upgrade_schema(engine)
        return
    upgrade_backup(engine, path, revision, backup_dir)
    from sqlalchemy.exc import DBAPIError

    try:
        upgrade_schema(engine)
    except DBAPIError as error:  # e.g. a table an old migration needs was removed by hand
        raise StoreError(
            _(UPGRADE_FAILED).format(
                path=path,
                revision=revision,
                detail=error.orig,
                backups=backup_dir or backups_folder(path),
            )
        ) from error


def _refuse_non_store(path: Path) -> None:
    """A file that is not SQLite's, or one cut short: damaged when it has backups, else foreign."""
    if not path.exists():
        return
    size = path.stat().st_size
    with path.open("rb") as handle:
        header = handle.read(100)
    if size == 0:
        if _has_backups(path):
            raise StoreDamagedError(path, _(EMPTIED).format(backups=backups_folder(path)))
        return
    if header[:16] != SQLITE_MAGIC:
        if _has_backups(path):
            raise StoreDamagedError(path, _(NOT_SQLITE_ANY_MORE))
        raise StoreError(_(NOT_A_STORE).format(path=path))
    expected = _size_in_header(header)
    wal = Path(f"{path}{WAL_SUFFIX}")
    # Pages still in the WAL may extend the file at the next checkpoint: judge only without one.
    if expected is not None and size < expected and not (wal.exists() and wal.stat().st_size):
        raise StoreDamagedError(path, cut_short(size, expected))


def _size_in_header(header: bytes) -> int | None:
    """The file size SQLite's header promises, when the header vouches for it."""
    if len(header) < 100:
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The count is valid only when the change counter equals "version-valid-for".
    if pages == 0 or header[24:28] != header[92:96]:
        return None
    return pages * page_size


def _has_backups(path: Path) -> bool:
    return bool(list_backups(path))


def _check_tables(engine: Engine, path: Path, revision: str) -> None:
    with engine.connect() as connection:
        tables = set(
            connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
            .scalars()
            .all()
        )
    missing = sorted(HEAD_TABLES - tables)
    if missing:
        raise StoreDamagedError(path, tables_missing(revision, missing))


def check_pages(engine: Engine, path: Path) -> None:
    """SQLite's quick check of every page (seconds on a big store: call from a worker).

    Raises:
        StoreDamagedError: what it found.
    """
    raw = engine.raw_connection()
    try:
        damage = damage_found(raw.driver_connection)
    finally:
        raw.close()
    if damage is not None:
        raise StoreDamagedError(path, damage)


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations on ``engine``'s database, up to ``revision``."""
    from alembic import command

    with engine.connect() as connection:
        # SQLite changes a table by copying it and dropping the old one; with foreign keys on,
        # that drop would cascade to every row referring to it (a plan's goals, a meeting's
        # attendees). The pragma only takes outside a transaction, hence the driver's own
        # connection before Alembic begins one.
        raw: Any = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            config = alembic_config(connection)
            command.upgrade(config, revision)
            broken = raw.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
        if broken:
            raise StoreError(
                ngettext(
                    "the schema upgrade left {count} row referring to missing rows; "
                    "restore the backup written before the upgrade",
                    "the schema upgrade left {count} rows referring to missing rows; "
                    "restore the backup written before the upgrade",
                    len(broken),
                ).format(count=len(broken))
            )


def alembic_config(connection: Any = None) -> Any:
    """An Alembic config for our migrations; ``env.py`` uses the given connection."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config

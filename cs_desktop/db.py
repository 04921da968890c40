"""Opening the store: engine settings, schema upgrade with a backup first, backups, checks."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, MetaData, create_engine, event, text

from cs_desktop.paths import migrations_dir
from cs_desktop.schema import BUSY_TIMEOUT_MS, HEAD_REVISION, KNOWN_REVISIONS
from cs_desktop.write_hooks import run_write_hooks

__all__ = ["BUSY_TIMEOUT_MS", "Store", "StoreError", "StoreTooNewError", "open_store"]

if TYPE_CHECKING:
    # The ORM costs ~0.15 s to import; start-up reads the portfolio with Core alone.
    from sqlalchemy.orm import Session


class StoreError(Exception):
    """A store cannot be opened or used; the message is meant for the user."""


class StoreTooNewError(StoreError):
    """The store was written by a newer version of the app."""


def create_store_engine(path: Path | str) -> Engine:
    """An engine on a SQLite file with WAL, foreign keys and a busy timeout.

    Transactions are begun explicitly (the driver's implicit BEGIN is turned off) so that DDL in
    migrations is transactional, and a connection with ``execution_options(begin="IMMEDIATE")``
    takes the write lock up front instead of failing half-way on a busy database.
    """
    engine = create_engine(f"sqlite+pysqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        with closing(dbapi_connection.cursor()) as cursor:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute("PRAGMA foreign_keys = ON")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


@dataclass(frozen=True)
class Store:
    """An open store: the file and its engine. Sessions are short-lived, one per unit of work."""

    path: Path
    engine: Engine

    def read(self) -> Session:
        """A session for reading (use as a context manager)."""
        from sqlalchemy.orm import Session

        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def write(self, *, check_references: bool = True) -> Iterator[Session]:
        """A session whose work is one transaction holding the write lock; commits on success.

        Every edit is written here: the hooks registered in :mod:`cs_desktop.write_hooks` run
        first (the CRM sync's edit capture puts its listeners in place this way).

        ``check_references=False`` turns SQLite's per-row foreign key checks off for this
        transaction: for a bulk writer that looked up every row it refers to in the same
        transaction (the write lock keeps them there), where the checks cost a third of an
        insert.
        """
        from sqlalchemy.orm import Session

        run_write_hooks()

        with self.engine.connect().execution_options(begin="IMMEDIATE") as connection:
            # The driver's own connection: a statement through SQLAlchemy would begin the
            # transaction first, and inside one SQLite ignores this pragma.
            raw: Any = connection.connection.driver_connection
            if not check_references:
                raw.execute("PRAGMA foreign_keys = OFF")
            try:
                with (
                    Session(bind=connection, expire_on_commit=False) as session,
                    session.begin(),
                ):
                    yield session
            finally:
                if not check_references:
                    raw.execute("PRAGMA foreign_keys = ON")

    def close(self) -> None:
        self.engine.dispose()


def stored_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the store, or None for a store with no schema yet."""
    with engine.connect() as connection:
        has_version = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if has_version is None:
            user_tables = connection.execute(
                text("SELECT count(*) FROM sqlite_master WHERE type='table'")
            ).scalar_one()
            if user_tables:
                raise StoreError("this file is a SQLite database but not a CS Desktop store")
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_store(path: Path | str, *, backup_dir: Path | None = None) -> Store:
    """Open (creating if needed) the store at ``path`` and bring its schema up to date.

    An older schema is first copied to a backup beside the store (or in ``backup_dir``), then
    upgraded. A schema newer than this app is refused and the file is left untouched.

    Raises:
        StoreTooNewError: the store was written by a newer app.
        StoreError: the file is not a CS Desktop store or cannot be read.
    """
    path = Path(path)
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a folder, not a store file")
    path.parent.mkdir(parents=True, exist_ok=True)
    _refuse_non_sqlite(path)
    engine = create_store_engine(path)
    try:
        revision = stored_revision(engine)
        if revision == HEAD_REVISION:
            return Store(path, engine)
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise StoreTooNewError(
                f"{path} uses schema revision {revision!r}, which is newer than this version of "
                "CS Desktop understands. Update CS Desktop to open it; the file was not changed."
            )
        if revision is not None:
            backup_store(engine, _backup_path(path, revision, backup_dir))
        upgrade_schema(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(path, engine)


def _refuse_non_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise StoreError(f"{path} is not a CS Desktop store (not a SQLite database)")


def _backup_path(path: Path, revision: str, backup_dir: Path | None) -> Path:
    stamp = datetime.now(tz=UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = backup_dir or path.parent
    return folder / f"{path.stem}.before-upgrade-from-{revision}.{stamp}{path.suffix}"


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
                f"the schema upgrade left {len(broken)} rows referring to missing rows; "
                "restore the backup written before the upgrade"
            )


def alembic_config(connection: Any = None) -> Any:
    """An Alembic config for our migrations; ``env.py`` uses the given connection."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def backup_store(engine: Engine, target: Path) -> Path:
    """Copy the store to ``target`` with SQLite's online backup API (safe while in use)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise StoreError(f"backup target {target} already exists; choose another path")
    raw = engine.raw_connection()
    try:
        with closing(sqlite3.connect(target)) as destination:
            raw.driver_connection.backup(destination)  # type: ignore[union-attr]
    finally:
        raw.close()
    return target


@dataclass(frozen=True)
class StoreCheck:
    """The result of ``db check``."""

    path: Path
    revision: str | None
    head_revision: str
    integrity: list[str]
    foreign_key_violations: int
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return (
            self.integrity == ["ok"]
            and self.foreign_key_violations == 0
            and self.revision == self.head_revision
        )


def check_store(store: Store, metadata: MetaData) -> StoreCheck:
    """Integrity check, foreign key check, schema version and row counts.

    Args:
        store: the open store.
        metadata: the tables to count (all of them: :data:`cs_desktop.tables.metadata`).
    """
    with store.engine.connect() as connection:
        integrity = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        fk_violations = len(connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
        counts = {
            table: connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
            for table in sorted(metadata.tables)
        }
    return StoreCheck(
        path=store.path,
        revision=stored_revision(store.engine),
        head_revision=HEAD_REVISION,
        integrity=integrity,
        foreign_key_violations=fk_violations,
        counts=counts,
    )

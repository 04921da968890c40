"""A store that is opened on first use, so the app can paint before SQLAlchemy is imported.

Start-up checks the file's schema revision with the standard library alone; when it is current,
the window is built over a :class:`DeferredStore` whose engine is created by the first job that
needs it, on a worker thread. A store that needs creating or upgrading is opened the usual way,
before the window, so nothing is ever shown over a schema the app does not understand.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from cs_desktop.cipher import ERRORS, connect
from cs_desktop.schema import HEAD_REVISION
from cs_desktop.store_condition import StoreCondition
from cs_desktop.vault import known_key

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from cs_desktop.db import Store


def current_revision(path: Path) -> str | None:
    """The schema revision recorded in the file, or None if it has none (or cannot be read)."""
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with closing(connect(uri, key=known_key(path), uri=True)) as db:
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except ERRORS:
        return None
    return None if row is None else str(row[0])


def is_current_store(path: Path) -> bool:
    """Whether ``path`` is an existing store at this app's schema (nothing to create/upgrade)."""
    return path.is_file() and current_revision(path) == HEAD_REVISION


class DeferredStore:
    """Quacks like :class:`cs_desktop.db.Store`; opens it on first use. Thread-safe."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.condition = StoreCondition()  # the window listens here before the store opens
        self._store: Store | None = None
        self._lock = threading.Lock()

    def opened(self) -> Store:
        """The store, opened on first use; a damaged one opens for reading (see its condition)."""
        with self._lock:
            if self._store is None:
                from cs_desktop.db import open_store

                self._store = open_store(self.path, damaged_ok=True, condition=self.condition)
            return self._store

    @property
    def engine(self) -> Engine:
        return self.opened().engine

    def read(self) -> Session:
        return self.opened().read()

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.opened().write() as session:
            yield session

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()

"""What is known about an open store's file: read-only, damaged. No SQLAlchemy here.

The window subscribes before the store is opened (start-up paints before SQLAlchemy loads),
so this stands apart from :mod:`cs_desktop.db`.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from pathlib import Path

from cs_desktop.i18n import _
from cs_desktop.store_errors import (
    READ_ONLY,
    StoreDamagedError,
    StoreError,
    StoreReadOnlyError,
    translate,
)


class StoreCondition:
    """What is known about a store's file while it is open: read-only, damaged. Thread-safe.

    Damage may be found at any time (a query meets a bad page); from then on every write is
    refused until a backup is restored. Listeners are called on the thread that noticed, often
    a worker: a window must hand the call to its own thread.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._read_only: str | None = None
        self._damage: StoreDamagedError | None = None
        self._listeners: list[weakref.WeakMethod[Callable[[], None]]] = []

    @property
    def read_only(self) -> str | None:
        """Why the store cannot be written (a phrase), or None."""
        return self._read_only

    @property
    def damage(self) -> StoreDamagedError | None:
        """The damage found, or None."""
        return self._damage

    @property
    def writable(self) -> bool:
        return self._read_only is None and self._damage is None

    def set_read_only(self, reason: str | None) -> None:
        with self._lock:
            changed, self._read_only = self._read_only != reason, reason
        if changed:
            self._notify()

    def mark_damaged(self, damage: StoreDamagedError) -> None:
        """Remember the first damage found; later ones add nothing the user can act on."""
        with self._lock:
            first, self._damage = self._damage is None, self._damage or damage
        if first:
            self._notify()

    def clear_damage(self) -> None:
        """After a good backup replaced the file."""
        with self._lock:
            changed, self._damage = self._damage is not None, None
        if changed:
            self._notify()

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call the bound method ``listener`` on every change, for as long as its object lives.

        Held weakly: a store outliving its window must not keep the window alive, or free it
        later on whichever thread drops the store last (a Qt object must die on its own).
        """
        with self._lock:
            self._listeners.append(weakref.WeakMethod(listener))

    def notice(self, error: BaseException, path: Path) -> StoreError | None:
        """The :class:`StoreError` a SQLite error about ``path`` stands for, or None.

        Damage is recorded on the way, whichever thread met it.
        """
        translated = translate(error, path, self._read_only)
        if isinstance(translated, StoreDamagedError):
            self.mark_damaged(translated)
        return translated

    def refuse_writes(self, path: Path) -> None:
        """Raise the reason a write must not happen, if there is one."""
        damage = self._damage
        if damage is not None:
            raise StoreDamagedError(damage.path, damage.detail)
        if self._read_only is not None:
            raise StoreReadOnlyError(_(READ_ONLY).format(path=path, reason=self._read_only))

    def _notify(self) -> None:
        with self._lock:
            self._listeners = [ref for ref in self._listeners if ref() is not None]
            listeners = [ref() for ref in self._listeners]
        for listener in listeners:
            if listener is not None:
                listener()

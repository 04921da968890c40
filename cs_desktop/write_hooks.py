"""Hooks that run before every store write: how a higher layer joins in on the store's writes.

The store sits at the bottom of the house and imports nothing above it. The CRM sync, which must
see every edit, registers a hook here (:func:`cs_desktop.sync.capture_edits`) where the app and
the CLI start; :mod:`cs_desktop.child_jobs` registers the same hooks in each child process.

Standard library only, so that registering at start-up imports no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["WriteHook", "register_write_hook", "run_write_hooks", "write_hooks"]

WriteHook = Callable[[], None]
"""Run by :meth:`cs_desktop.db.Store.write` before it opens the session, on the writing thread.

A module-level function: child jobs send the hooks to their process by name (pickle).
"""

_hooks: list[WriteHook] = []


def register_write_hook(hook: WriteHook) -> None:
    """Have every store write in this process run ``hook`` first (registering again is a no-op)."""
    if hook not in _hooks:
        _hooks.append(hook)


def write_hooks() -> tuple[WriteHook, ...]:
    """The hooks registered in this process, in the order they run."""
    return tuple(_hooks)


def run_write_hooks() -> None:
    for hook in tuple(_hooks):
        hook()

"""CRM sync core: local sync state, the outbox, the three-way merge, adapters and the run.

Nothing here opens a window: :func:`cs_desktop.sync.engine.run_sync` returns a
:class:`~cs_desktop.sync.engine.SyncResult` that a UI (or the CLI) presents.
"""

from __future__ import annotations

from cs_desktop.write_hooks import register_write_hook

__all__ = ["capture_edits"]


def capture_edits() -> None:
    """Have every store write in this process capture its edits for the CRM (idempotent).

    The app and the CLI call this as they start, and connecting a CRM does too; child jobs
    inherit it. The capture queues nothing while no CRM is connected. Its listeners, and the
    ORM they need, load on the first write, so that calling this costs start-up nothing.
    """
    register_write_hook(_install_capture)


def _install_capture() -> None:
    from cs_desktop.sync.capture import install

    install()

"""CRM sync core: local sync state, the outbox, the three-way merge, adapters and the run.

Nothing here opens a window: :func:`cs_desktop.sync.engine.run_sync` returns a
:class:`~cs_desktop.sync.engine.SyncResult` that a UI (or the CLI) presents.
"""

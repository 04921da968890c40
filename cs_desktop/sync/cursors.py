"""``sync_cursor`` rows: how far the pull of a kind has come, and when a periodic check
(links, engagements waiting for their company) last ran."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from cs_desktop.db import Store
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.state import SyncCursor


def cursor_row(session: Session, crm: Crm, kind: str) -> SyncCursor:
    """The ``sync_cursor`` row of a pulled kind, or of a periodic check: made if missing."""
    row = session.get(SyncCursor, (crm.provider, kind))
    if row is None:
        row = SyncCursor(provider=crm.provider, kind=kind, full_resync_needed=False)
        session.add(row)
    return row


def checked_at(store: Store, crm: Crm, check: str, when: datetime) -> None:
    """Record that the periodic ``check`` (its own ``sync_cursor`` row) ran at ``when``."""
    with store.write() as session:
        cursor_row(session, crm, check).modified_at = when

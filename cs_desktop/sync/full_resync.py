"""When the CRM no longer says what was deleted (a Salesforce org keeps 30 days of its
deletion feed, and a kind was last swept before that): every record this store knows of the
kind is read again, and those the CRM no longer has are its deletions, merged as pulled ones
are (a record with an unsent edit becomes a conflict, never silently lost). Changes need no
such step: the pull by modified stamp has no window.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from cs_desktop.chunks import chunks
from cs_desktop.db import Store
from cs_desktop.sync.adapter import CrmAdapter, Kind, Tombstone
from cs_desktop.sync.fields import ENGAGEMENT_KINDS, ENTITY_OF_KIND
from cs_desktop.sync.state import SyncRecord


def gone_records(store: Store, adapter: CrmAdapter, kind: Kind, now: datetime) -> list[Tombstone]:
    """The kind's records known here that the CRM no longer holds, as deleted at ``now``."""
    crm = adapter.crm
    query = select(SyncRecord.remote_id).where(
        SyncRecord.provider == crm.provider,
        SyncRecord.entity == ENTITY_OF_KIND[kind],
        SyncRecord.remote_id.is_not(None),
        SyncRecord.deleted_at.is_(None),
    )
    if kind in ENGAGEMENT_KINDS:
        query = query.where(SyncRecord.remote_kind == kind)
    with store.read() as session:
        known = [str(remote_id) for remote_id in session.scalars(query)]
    gone: list[Tombstone] = []
    for chunk in chunks(known, adapter.max_batch):
        found = {record.remote_id for record in adapter.read(kind, list(chunk))}
        gone.extend(Tombstone(remote_id, now) for remote_id in chunk if remote_id not in found)
    return gone

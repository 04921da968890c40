"""Association reconciliation (contract §3.3, last bullet): HubSpot does not bump a record's
modified date when only its associations change [P8], so touchpoint attendees are re-read
from the CRM periodically and merged with the local links that have no change waiting."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from datetime import datetime, timedelta

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from cs_desktop.chunks import chunks
from cs_desktop.db import Store
from cs_desktop.models import Stakeholder, Touchpoint, touchpoint_attendee
from cs_desktop.sync import capture
from cs_desktop.sync.adapter import CrmAdapter
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.cursors import checked_at
from cs_desktop.sync.outbox import link_uid
from cs_desktop.sync.pending import has_pending
from cs_desktop.sync.state import Entity, RecordState, SyncCursor, SyncRecord

RECONCILE_EVERY = timedelta(days=7)
CURSOR_KIND = "links"  # a sync_cursor row whose modified_at is the last reconciliation


def reconcile_links(store: Store, adapter: CrmAdapter, now: datetime) -> int:
    """Bring local attendees in line with the CRM's engagement→contact associations, at most
    once per :data:`RECONCILE_EVERY`; returns how many links changed locally."""
    crm = adapter.crm
    with store.read() as session:
        saved = session.get(SyncCursor, (crm.provider, CURSOR_KIND))
        if saved and saved.modified_at and now - saved.modified_at < RECONCILE_EVERY:
            return 0
        first = saved is None or saved.modified_at is None
    if first:
        # Every link was just pushed, or read along with its engagement by the pull.
        checked_at(store, crm, CURSOR_KIND, now)
        return 0
    with store.read() as session:
        by_kind: dict[str, dict[str, uuid.UUID]] = defaultdict(dict)
        rows = session.execute(
            select(SyncRecord.remote_kind, SyncRecord.remote_id, SyncRecord.local_uid).where(
                SyncRecord.provider == crm.provider,
                SyncRecord.entity == Entity.TOUCHPOINT,
                SyncRecord.remote_id.is_not(None),
                SyncRecord.deleted_at.is_(None),
            )
        )
        for kind, remote_id, uid in rows:
            by_kind[str(kind)][str(remote_id)] = uid
        contacts = dict(
            session.execute(
                select(SyncRecord.remote_id, SyncRecord.local_uid).where(
                    SyncRecord.provider == crm.provider,
                    SyncRecord.entity == Entity.CONTACT,
                    SyncRecord.remote_id.is_not(None),
                )
            ).all()
        )
    changed = 0
    for kind, touchpoints in by_kind.items():
        for chunk in chunks(touchpoints, adapter.max_batch):
            remote = adapter.read_links(kind, chunk, "contact")  # type: ignore[arg-type]
            with store.write() as session:
                session.info[capture.APPLYING] = True
                for remote_id in chunk:
                    wanted = {contacts[c] for c in remote.get(remote_id, set()) if c in contacts}
                    changed += _apply(session, crm, touchpoints[remote_id], wanted)
    checked_at(store, crm, CURSOR_KIND, now)
    return changed


def _apply(session: Session, crm: Crm, tp_uid: uuid.UUID, wanted: set[uuid.UUID]) -> int:
    tp_id = session.scalar(select(Touchpoint.id).where(Touchpoint.uid == tp_uid))
    if tp_id is None:
        return 0
    local = dict(
        session.execute(
            select(Stakeholder.uid, Stakeholder.id)
            .join(touchpoint_attendee, touchpoint_attendee.c.stakeholder_id == Stakeholder.id)
            .where(touchpoint_attendee.c.touchpoint_id == tp_id)
        ).all()
    )
    changed = 0
    for st_uid in wanted - set(local):
        uid = link_uid(tp_uid, st_uid)
        if has_pending(session, crm, Entity.LINK, uid):
            continue  # the local unlink is on its way
        st_id = session.scalar(select(Stakeholder.id).where(Stakeholder.uid == st_uid))
        if st_id is None:
            continue
        session.execute(
            insert(touchpoint_attendee).values(touchpoint_id=tp_id, stakeholder_id=st_id)
        )
        fields = {
            "from_entity": Entity.TOUCHPOINT.value,
            "from_uid": str(tp_uid),
            "to_entity": Entity.CONTACT.value,
            "to_uid": str(st_uid),
        }
        session.execute(delete(SyncRecord).where(SyncRecord.local_uid == uid))
        session.add(
            SyncRecord(
                entity=Entity.LINK,
                local_uid=uid,
                provider=crm.provider,
                sync_state=RecordState.CLEAN,
                local_version=0,
                local_json=json.dumps(fields, sort_keys=True),
            )
        )
        changed += 1
    for st_uid in set(local) - wanted:
        uid = link_uid(tp_uid, st_uid)
        if has_pending(session, crm, Entity.LINK, uid):
            continue  # the local link is on its way
        session.execute(
            delete(touchpoint_attendee).where(
                touchpoint_attendee.c.touchpoint_id == tp_id,
                touchpoint_attendee.c.stakeholder_id == local[st_uid],
            )
        )
        session.execute(delete(SyncRecord).where(SyncRecord.local_uid == uid))
        changed += 1
    return changed

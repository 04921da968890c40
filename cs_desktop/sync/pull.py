"""Pull (contract §3.3): CRM changes by kind, one transaction per page, merged field by field."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cs_desktop.db import Store
from cs_desktop.models import Account, Stakeholder
from cs_desktop.sync import capture, checkpoints
from cs_desktop.sync.adapter import CrmAdapter, Cursor, Kind, RemoteRecord
from cs_desktop.sync.fields import apply, snapshot
from cs_desktop.sync.merge import FieldConflict, merge_fields
from cs_desktop.sync.records import (
    ENTITY_OF_KIND,
    add_conflict,
    base_of,
    has_pending,
    local_row,
    set_base,
)
from cs_desktop.sync.state import (
    DELETED_FIELD,
    Entity,
    RecordState,
    SyncBase,
    SyncCursor,
    SyncRecord,
)

KINDS: tuple[Kind, ...] = ("company", "contact", "note", "meeting", "call", "email")
PAGE = 200
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass
class PullCounts:
    pulled: int = 0
    conflicts: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)


def pull(store: Store, adapter: CrmAdapter, cancelled: Callable[[], bool]) -> PullCounts:
    """Pull every kind's changes and tombstones; cursors advance with committed pages only."""
    counts = PullCounts()
    for kind in KINDS:
        with store.read() as session:
            saved = session.get(SyncCursor, (adapter.provider, kind))
            cur = Cursor(saved.modified_at, saved.last_id) if saved else Cursor()
        done = False
        while not done:
            if cancelled():
                return counts
            page = adapter.pull_page(kind, cur, PAGE)
            with store.write() as session:
                session.info[capture.APPLYING] = True
                for remote in page.records:
                    _apply_remote(session, adapter, kind, remote, counts)
                    checkpoints.reached("mid_page", kind)
                _save_cursor(session, adapter.provider, kind, page.next)
            cur, done = page.next, page.done
        _pull_tombstones(store, adapter, kind, counts)
    return counts


def _save_cursor(session: Session, provider: str, kind: str, cur: Cursor) -> None:
    row = session.get(SyncCursor, (provider, kind))
    if row is None:
        row = SyncCursor(provider=provider, kind=kind, full_resync_needed=False)
        session.add(row)
    row.modified_at, row.last_id = cur.modified_at, cur.last_id


def _find(
    session: Session, provider: str, entity: Entity, remote: RemoteRecord
) -> SyncRecord | None:
    record = session.scalars(
        select(SyncRecord).where(
            SyncRecord.provider == provider,
            SyncRecord.entity == entity,
            SyncRecord.remote_id == remote.remote_id,
        )
    ).first()
    local_id = remote.props.get("csm_local_id")
    if record is None and local_id:
        # Our own create whose acknowledgement was lost (timeout after apply).
        try:
            uid = uuid.UUID(local_id)
        except ValueError:
            return None
        record = session.scalars(
            select(SyncRecord).where(
                SyncRecord.provider == provider,
                SyncRecord.entity == entity,
                SyncRecord.local_uid == uid,
            )
        ).first()
        if record is not None:
            record.remote_id = remote.remote_id
    return record


def _apply_remote(
    session: Session, adapter: CrmAdapter, kind: Kind, remote: RemoteRecord, counts: PullCounts
) -> None:
    provider = adapter.provider
    entity = ENTITY_OF_KIND[kind]
    record = _find(session, provider, entity, remote)
    if record is None:
        _create_local(session, adapter, kind, remote, counts)
        return
    base = base_of(session, provider, entity, record.local_uid)
    if base is not None and base.remote_version == remote.version:
        return  # the echo of our own write, or a record seen on the previous page [P15]
    remote_values = adapter.to_local(kind, remote.props)
    if record.deleted_at is not None:
        counts.conflicts += add_conflict(
            session,
            provider,
            entity,
            record.local_uid,
            FieldConflict(DELETED_FIELD, "exists", "deleted", "edited"),
            remote.version,
        )
        record.sync_state = RecordState.CONFLICT
        return
    base_values = json.loads(base.base_json) if base else {}
    local_values = json.loads(record.local_json)
    result = merge_fields(base_values, local_values, remote_values)
    if result.take_remote:
        obj = local_row(session, entity, record.local_uid)
        if obj is not None:
            apply(entity, obj, result.take_remote)
        record.local_json = json.dumps({**local_values, **result.take_remote}, sort_keys=True)
        counts.pulled += 1
    for conflict in result.conflicts:
        counts.conflicts += add_conflict(
            session, provider, entity, record.local_uid, conflict, remote.version
        )
    if result.conflicts:
        record.sync_state = RecordState.CONFLICT
    record.remote_kind = kind
    set_base(
        session,
        provider,
        entity,
        record.local_uid,
        {**result.take_remote, **result.converged},
        remote.version,
    )


def _create_local(
    session: Session, adapter: CrmAdapter, kind: Kind, remote: RemoteRecord, counts: PullCounts
) -> None:
    """A record made in the CRM: companies and contacts become local rows.

    Engagements made in the CRM are not imported yet (they need a local kind and account).
    """
    values = adapter.to_local(kind, remote.props)
    local_id = remote.props.get("csm_local_id")
    uid = uuid.UUID(local_id) if local_id else uuid.uuid4()
    obj: Account | Stakeholder
    if kind == "company":
        obj = Account(uid=uid, name=values.get("name") or "(no name)")
        entity = Entity.COMPANY
    elif kind == "contact":
        account_id = _contact_account(session, adapter, remote.remote_id)
        if account_id is None:
            counts.skipped += 1
            return
        obj = Stakeholder(uid=uid, account_id=account_id, name=values.get("name") or "")
        entity = Entity.CONTACT
    else:
        counts.skipped += 1
        return
    apply(entity, obj, values)
    session.add(obj)
    session.flush()
    current = snapshot(entity, obj)
    session.add(
        SyncRecord(
            entity=entity,
            local_uid=uid,
            provider=adapter.provider,
            remote_id=remote.remote_id,
            remote_kind=kind,
            sync_state=RecordState.CLEAN,
            local_version=0,
            local_json=json.dumps(current, sort_keys=True),
        )
    )
    session.add(
        SyncBase(
            entity=entity,
            local_uid=uid,
            provider=adapter.provider,
            remote_version=remote.version,
            base_json=json.dumps(current, sort_keys=True),
        )
    )
    counts.pulled += 1


def _contact_account(session: Session, adapter: CrmAdapter, remote_id: str) -> int | None:
    companies = adapter.read_links("contact", [remote_id], "company").get(remote_id, set())
    for company_id in sorted(companies):
        uid = session.scalar(
            select(SyncRecord.local_uid).where(
                SyncRecord.provider == adapter.provider,
                SyncRecord.entity == Entity.COMPANY,
                SyncRecord.remote_id == company_id,
            )
        )
        if uid is not None:
            return session.scalar(select(Account.id).where(Account.uid == uid))
    return None


def _pull_tombstones(store: Store, adapter: CrmAdapter, kind: Kind, counts: PullCounts) -> None:
    provider = adapter.provider
    entity = ENTITY_OF_KIND[kind]
    with store.read() as session:
        saved = session.get(SyncCursor, (provider, kind))
        since = saved.tombstones_since if saved and saved.tombstones_since else EPOCH
    tombstones = adapter.pull_tombstones(kind, since)
    with store.write() as session:
        session.info[capture.APPLYING] = True
        for stone in tombstones:
            record = session.scalars(
                select(SyncRecord).where(
                    SyncRecord.provider == provider,
                    SyncRecord.entity == entity,
                    SyncRecord.remote_id == stone.remote_id,
                )
            ).first()
            if record is None or record.deleted_at is not None:
                continue
            if has_pending(session, provider, entity, record.local_uid):
                counts.conflicts += add_conflict(
                    session,
                    provider,
                    entity,
                    record.local_uid,
                    FieldConflict(DELETED_FIELD, "exists", "edited", "deleted"),
                    None,
                )
                record.sync_state = RecordState.CONFLICT
                continue
            obj = local_row(session, entity, record.local_uid)
            if obj is not None:
                session.delete(obj)
            record.deleted_at = stone.archived_at
            record.sync_state = RecordState.CLEAN
            counts.pulled += 1
        newest = max((s.archived_at for s in tombstones), default=since)
        row = session.get(SyncCursor, (provider, kind))
        if row is None:
            row = SyncCursor(provider=provider, kind=kind, full_resync_needed=False)
            session.add(row)
        row.tombstones_since = newest

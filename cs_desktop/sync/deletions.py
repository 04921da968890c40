"""Settling a delete-versus-edit conflict: one side deleted the record, the other edited it.

The conflict holds the whole record (field ``*deleted*``); ``mine`` keeps this computer's
side and ``theirs`` the CRM's, as for a field:

- Deleted here, edited in the CRM: *keep it deleted* (mine) archives it in the CRM at the
  next sync; *restore the CRM's version* (theirs) forgets the local deletion and the next
  sync brings the record back as the CRM has it (its pull starts again from the CRM's edit).
- Edited here, deleted (archived) in the CRM: *restore with my edit* (mine) creates it in the
  CRM again, with this computer's values and links; *keep it deleted* (theirs) deletes it
  here too, as a deletion pulled from the CRM does.

Each runs inside the resolution's transaction (:func:`.resolve.resolve_conflict`).
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from cs_desktop.coltypes import utc_now
from cs_desktop.models import Account, SuccessPlan, Touchpoint
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.fields import IN_PLAN, MODELS, OWNED, parse_instant, snapshot
from cs_desktop.sync.lookups import local_row
from cs_desktop.sync.outbox import enqueue, link_uid
from cs_desktop.sync.state import (
    Conflict,
    Entity,
    OpKind,
    OpState,
    Outbox,
    RecordState,
    SyncBase,
    SyncCursor,
    SyncRecord,
)

Side = Literal["mine", "theirs"]


def deleted_here(conflict: Conflict) -> bool:
    """Whether this computer holds the deletion (else the CRM does)."""
    return conflict.local == "deleted"


def keeps_deleted(conflict: Conflict, side: Side) -> bool:
    """Whether keeping ``side`` keeps the record deleted."""
    return (side == "mine") == deleted_here(conflict)


def settle_deletion(
    session: Session, crm: Crm, conflict: Conflict, record: SyncRecord, side: Side
) -> None:
    """Keep ``side`` of a delete-versus-edit conflict (see the module's docstring)."""
    entity = Entity(conflict.entity)
    if deleted_here(conflict):
        if side == "mine":
            _archive_in_crm(session, crm, entity, record)
        else:
            _restore_from_crm(session, crm, entity, record, conflict.remote_version)
    elif side == "theirs":
        _delete_here(session, crm, entity, record)
    else:
        _restore_in_crm(session, crm, entity, record)


def _drop_unsent(session: Session, crm: Crm, entity: Entity, uid: uuid.UUID) -> None:
    """The record's changes still waiting: the choice replaces them. (An op in flight is the
    running sync's; it ends done or back in the outbox, where the record's state rules.)"""
    session.execute(
        delete(Outbox).where(
            Outbox.provider == crm.provider,
            Outbox.entity == entity,
            Outbox.local_uid == uid,
            Outbox.state.in_([OpState.PENDING, OpState.BLOCKED]),
        )
    )


def _archive_in_crm(session: Session, crm: Crm, entity: Entity, record: SyncRecord) -> None:
    _drop_unsent(session, crm, entity, record.local_uid)
    if record.remote_id is not None:
        enqueue(session.connection(), crm.provider, entity, record.local_uid, OpKind.DELETE, {})
        record.sync_state = RecordState.PENDING_DELETE
    else:
        record.sync_state = RecordState.CLEAN


def _restore_from_crm(
    session: Session, crm: Crm, entity: Entity, record: SyncRecord, version: str | None
) -> None:
    """Forget the record here, so that the pull makes it anew from the CRM; the pull of its
    kind goes back to the CRM's edit, which it had already passed."""
    _drop_unsent(session, crm, entity, record.local_uid)
    # A kind never pulled, or still being listed, will list the record anyway.
    cursor = (
        None
        if record.remote_kind is None
        else session.get(SyncCursor, (crm.provider, record.remote_kind))
    )
    edited_at = _instant(version)
    if (
        cursor is not None
        and cursor.list_after is None
        and cursor.modified_at is not None
        and edited_at is not None
        and cursor.modified_at > edited_at
    ):
        cursor.modified_at = edited_at
    session.execute(
        delete(SyncBase).where(
            SyncBase.provider == crm.provider,
            SyncBase.entity == entity,
            SyncBase.local_uid == record.local_uid,
        )
    )
    session.delete(record)


def _instant(version: str | None) -> datetime | None:
    """When the CRM's version was written (HubSpot's ``updatedAt``), if it says."""
    try:
        return parse_instant(version) if version else None
    except ValueError:
        return None


def _delete_here(session: Session, crm: Crm, entity: Entity, record: SyncRecord) -> None:
    """As a deletion pulled from the CRM: the row goes, and nothing is sent."""
    _drop_unsent(session, crm, entity, record.local_uid)
    row = local_row(session, entity, record.local_uid)
    if row is not None:
        session.delete(row)
    record.deleted_at = utc_now()
    record.sync_state = RecordState.CLEAN


def _restore_in_crm(session: Session, crm: Crm, entity: Entity, record: SyncRecord) -> None:
    """Create the record in the CRM again, with its values and links as they are here."""
    _drop_unsent(session, crm, entity, record.local_uid)
    row = local_row(session, entity, record.local_uid)
    if row is None:  # gone here meanwhile: nothing to restore
        record.deleted_at = record.deleted_at or utc_now()
        record.sync_state = RecordState.CLEAN
        return
    values = {**json.loads(record.local_json), **snapshot(entity, row)}
    record.local_json = json.dumps(values, sort_keys=True)
    record.remote_id = None
    record.sync_state = RecordState.PENDING_CREATE
    session.execute(
        delete(SyncBase).where(
            SyncBase.provider == crm.provider,
            SyncBase.entity == entity,
            SyncBase.local_uid == record.local_uid,
        )
    )
    session.flush()
    conn = session.connection()
    enqueue(conn, crm.provider, entity, record.local_uid, OpKind.CREATE, values)
    for source, target in _links_of(session, entity, row):
        _relink(session, crm, source, target)


def _links_of(
    session: Session, entity: Entity, row: Any
) -> list[tuple[tuple[Entity, uuid.UUID], tuple[Entity, uuid.UUID]]]:
    """The links of a local row, as the sync sends them (from what belongs to the company)."""
    if isinstance(row, Account):
        company = (Entity.COMPANY, row.uid)
        models: dict[Entity, Any] = MODELS  # each of OWNED has an account_id
        links = [
            ((owned, uid), company)
            for owned in OWNED
            for uid in session.scalars(
                select(models[owned].uid).where(models[owned].account_id == row.id)
            )
        ]
        for entity_in_plan in IN_PLAN:
            model: Any = MODELS[entity_in_plan]
            rows = session.scalars(
                select(model.uid)
                .join(SuccessPlan, SuccessPlan.id == model.plan_id)
                .where(SuccessPlan.account_id == row.id)
            )
            links += [((entity_in_plan, uid), company) for uid in rows]
        return links
    if entity in IN_PLAN:
        account = session.scalar(
            select(Account.uid)
            .join(SuccessPlan, SuccessPlan.account_id == Account.id)
            .where(SuccessPlan.id == row.plan_id)
        )
    else:
        account = session.scalar(select(Account.uid).where(Account.id == row.account_id))
    own = (entity, row.uid)
    links = [] if account is None else [(own, (Entity.COMPANY, account))]
    if isinstance(row, Touchpoint):
        links += [(own, (Entity.CONTACT, person.uid)) for person in row.attendees]
    return links


def _relink(
    session: Session, crm: Crm, source: tuple[Entity, uuid.UUID], target: tuple[Entity, uuid.UUID]
) -> None:
    """Queue a link again, whether or not the sync has sent it before (the record it linked
    in the CRM is archived, and its links with it)."""
    uid = link_uid(source[1], target[1])
    fields = {
        "from_entity": str(source[0]),
        "from_uid": str(source[1]),
        "to_entity": str(target[0]),
        "to_uid": str(target[1]),
    }
    conn = session.connection()
    known = conn.execute(
        select(SyncRecord.id).where(
            SyncRecord.provider == crm.provider,
            SyncRecord.entity == Entity.LINK,
            SyncRecord.local_uid == uid,
        )
    ).first()
    if known is None:
        conn.execute(
            insert(SyncRecord).values(
                entity=Entity.LINK,
                local_uid=uid,
                provider=crm.provider,
                sync_state=RecordState.PENDING_CREATE,
                local_version=1,
                local_json=json.dumps(fields, sort_keys=True),
            )
        )
    enqueue(conn, crm.provider, Entity.LINK, uid, OpKind.LINK, fields)

"""Conflicts (contract §3.4): a field both sides changed differently, or a delete on one
side against an edit on the other, held open until the user settles it."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from cs_desktop.chunks import chunks
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.merge import FieldConflict
from cs_desktop.sync.state import DELETED_FIELD, Conflict, RecordState, SyncRecord


def conflicted_fields(
    session: Session, crm: Crm, entity: str, uids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, set[str]]:
    """The fields with an open conflict of many rows, by uid (rows without one are left out)."""
    found: dict[uuid.UUID, set[str]] = {}
    for chunk in chunks(uids):
        for uid, name in session.execute(
            select(Conflict.local_uid, Conflict.field).where(
                Conflict.provider == crm.provider,
                Conflict.entity == entity,
                Conflict.local_uid.in_(chunk),
                Conflict.resolved_at.is_(None),
            )
        ):
            found.setdefault(uid, set()).add(name)
    return found


def add_conflict(
    session: Session,
    crm: Crm,
    entity: str,
    uid: uuid.UUID,
    conflict: FieldConflict,
    remote_version: str | None,
) -> bool:
    """Record (or refresh) an open conflict on one field; True if it is new."""
    existing = session.scalars(
        select(Conflict).where(
            Conflict.provider == crm.provider,
            Conflict.entity == entity,
            Conflict.local_uid == uid,
            Conflict.field == conflict.field,
            Conflict.resolved_at.is_(None),
        )
    ).first()
    if existing is not None:
        existing.local, existing.remote = conflict.local, conflict.remote
        existing.remote_version = remote_version
        return False
    session.add(
        Conflict(
            provider=crm.provider,
            entity=entity,
            local_uid=uid,
            field=conflict.field,
            base=conflict.base,
            local=conflict.local,
            remote=conflict.remote,
            remote_version=remote_version,
        )
    )
    return True


def add_delete_conflict(
    session: Session,
    crm: Crm,
    entity: str,
    record: SyncRecord,
    *,
    deleted_here: bool,
    remote_version: str | None,
) -> bool:
    """Deleted on one side, edited on the other: a conflict holding the whole record.

    True if the conflict is new.
    """
    local, remote = ("deleted", "edited") if deleted_here else ("edited", "deleted")
    new = add_conflict(
        session,
        crm,
        entity,
        record.local_uid,
        FieldConflict(DELETED_FIELD, "exists", local, remote),
        remote_version,
    )
    record.sync_state = RecordState.CONFLICT
    return new

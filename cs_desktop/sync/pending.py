"""What waits in the outbox: a record's changes not yet acknowledged by the CRM."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cs_desktop.chunks import chunks
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.state import OpKind, OpState, Outbox

# An op in any of these states has not reached the CRM yet.
_UNSENT = (OpState.PENDING, OpState.INFLIGHT, OpState.BLOCKED)


def has_pending(session: Session, crm: Crm, entity: str, uid: uuid.UUID) -> bool:
    return bool(
        session.scalar(
            select(func.count())
            .select_from(Outbox)
            .where(
                Outbox.provider == crm.provider,
                Outbox.entity == entity,
                Outbox.local_uid == uid,
                Outbox.state.in_(_UNSENT),
            )
        )
    )


def unsent_fields(session: Session, crm: Crm, entity: str, uid: uuid.UUID) -> set[str]:
    """The fields of a record edited locally and not yet acknowledged by the CRM."""
    edited: set[str] = set()
    for text in session.scalars(
        select(Outbox.fields_json).where(
            Outbox.provider == crm.provider,
            Outbox.entity == entity,
            Outbox.local_uid == uid,
            Outbox.op.in_([OpKind.CREATE, OpKind.UPDATE]),
            Outbox.state.in_(_UNSENT),
        )
    ):
        edited.update(json.loads(text))
    return edited


def pending_among(
    session: Session, crm: Crm, entity: str, uids: Iterable[uuid.UUID]
) -> set[uuid.UUID]:
    """Those of ``uids`` with an op still to send: :func:`has_pending` of many rows."""
    found: set[uuid.UUID] = set()
    for chunk in chunks(uids):
        # The state is checked here, not in SQL: given both, SQLite walks the state index,
        # every pending op of a first push, instead of looking the uids up.
        found.update(
            uid
            for uid, state in session.execute(
                select(Outbox.local_uid, Outbox.state).where(
                    Outbox.provider == crm.provider,
                    Outbox.entity == entity,
                    Outbox.local_uid.in_(chunk),
                )
            )
            if state in _UNSENT
        )
    return found


def ops_by_id(session: Session, op_ids: Iterable[str]) -> dict[str, Outbox]:
    """Outbox rows by op id."""
    found: dict[str, Outbox] = {}
    for chunk in chunks(op_ids):
        found.update(
            (row.op_id, row)
            for row in session.scalars(select(Outbox).where(Outbox.op_id.in_(chunk)))
        )
    return found

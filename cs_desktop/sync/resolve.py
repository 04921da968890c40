"""Resolving a conflict (contract §3.5): one transaction writes the value, the base and the op."""

from __future__ import annotations

import json
from typing import Literal

from sqlalchemy import select

from cs_desktop.coltypes import utc_now
from cs_desktop.db import Store
from cs_desktop.i18n import _
from cs_desktop.sync import capture
from cs_desktop.sync.bases import set_base
from cs_desktop.sync.deletions import settle_deletion
from cs_desktop.sync.fields import apply
from cs_desktop.sync.lookups import local_row, record_of
from cs_desktop.sync.merge import Value
from cs_desktop.sync.outbox import discard_field, enqueue
from cs_desktop.sync.pending import has_pending
from cs_desktop.sync.providers import crm_named
from cs_desktop.sync.state import (
    DELETED_FIELD,
    Conflict,
    Entity,
    OpKind,
    OpState,
    Outbox,
    RecordState,
)

Choice = Literal["mine", "theirs", "edit"]


class ConflictGone(LookupError):
    """The conflict was already resolved or never existed."""


class ChoiceNotOffered(ValueError):
    """The choice does not apply to this conflict (an edited value for a deletion)."""


def resolve_conflict(store: Store, conflict_id: int, choice: Choice, value: Value = None) -> None:
    """Settle one conflict: keep mine, keep theirs, or an edited value.

    For a field, mine is its current local value. The base becomes the remote value at its
    version, so a kept or edited local value is pushed as an ordinary update based on what
    the CRM has now; local changes of the field still unsent are replaced by the choice. For
    a deletion against an edit, mine or theirs keeps that side (:mod:`.deletions`).

    Raises:
        ConflictGone: no open conflict with that id.
        ChoiceNotOffered: an edited value for a deletion.
    """
    with store.write() as session:
        session.info[capture.APPLYING] = True
        conflict = session.get(Conflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise ConflictGone(_("conflict {id} is not open").format(id=conflict_id))
        crm = crm_named(conflict.provider)
        entity = Entity(conflict.entity)
        record = record_of(session, crm, entity, conflict.local_uid)
        if record is None:
            raise ConflictGone(
                _("conflict {id} is about a record the sync no longer knows").format(id=conflict_id)
            )
        if conflict.field == DELETED_FIELD:
            if choice == "edit":
                raise ChoiceNotOffered(
                    _("a deleted record is kept deleted or restored; it has no value to edit")
                )
            settle_deletion(session, crm, conflict, record, choice)
            conflict.resolution = choice
            conflict.resolved_at = utc_now()
            return
        local_values = json.loads(record.local_json)
        # Mine is the value here now: an edit made while the conflict was open is what the
        # user keeps, not the value the conflict was detected with.
        conflict.local = local_values.get(conflict.field)
        chosen = {"mine": conflict.local, "theirs": conflict.remote, "edit": value}[choice]
        obj = local_row(session, entity, conflict.local_uid)
        if obj is not None:
            apply(entity, obj, {conflict.field: chosen})
        local_values[conflict.field] = chosen
        record.local_json = json.dumps(local_values, sort_keys=True)
        set_base(
            session,
            crm,
            entity,
            conflict.local_uid,
            {conflict.field: conflict.remote},
            conflict.remote_version,
        )
        # The resolution replaces any local change of the field still waiting (one made while
        # the conflict was open included): unblocked, it would be pushed over the choice.
        discard_field(
            session.connection(), conflict.provider, entity, conflict.local_uid, conflict.field
        )
        if chosen != conflict.remote:
            enqueue(
                session.connection(),
                conflict.provider,
                entity,
                conflict.local_uid,
                OpKind.UPDATE,
                {conflict.field: chosen},
                base_version=conflict.remote_version,
            )
        conflict.resolution = choice
        conflict.resolved_at = utc_now()
        session.flush()
        still_open = session.scalar(
            select(Conflict.id).where(
                Conflict.provider == conflict.provider,
                Conflict.entity == conflict.entity,
                Conflict.local_uid == conflict.local_uid,
                Conflict.resolved_at.is_(None),
            )
        )
        if still_open is None:
            blocked = session.scalars(
                select(Outbox).where(
                    Outbox.entity == conflict.entity,
                    Outbox.local_uid == conflict.local_uid,
                    Outbox.state == OpState.BLOCKED,
                )
            )
            for row in blocked:
                row.state = OpState.PENDING
            session.flush()
            # Dirty while any edit of the record waits, whatever was chosen here: a pull
            # skips the outbox of a clean record and would take the CRM's value over it.
            waits = has_pending(session, crm, entity, conflict.local_uid)
            record.sync_state = RecordState.DIRTY if waits else RecordState.CLEAN

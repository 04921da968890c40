"""What the app shows about sync: counts for the status bar and the open conflicts to resolve.

Reads only, on a connection (the UI runs them on a reader thread after every edit and run).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, literal, select

from cs_desktop.changes import Changes
from cs_desktop.ids import AccountId
from cs_desktop.models import Account, SuccessPlan
from cs_desktop.sync.adapter import RateInfo
from cs_desktop.sync.fields import IN_PLAN, MODELS, TEXT_FIELDS
from cs_desktop.sync.merge import Value
from cs_desktop.sync.outbox import waiting
from cs_desktop.sync.providers import provider_named
from cs_desktop.sync.state import (
    DELETED_FIELD,
    Conflict,
    CrmConnection,
    Entity,
    SyncRecord,
    SyncRun,
)


@dataclass(frozen=True)
class SyncOverview:
    """The sync state of the store in a few numbers.

    Attributes:
        provider: the connected CRM's key, or None when none is connected.
        label: its name for the user ("HubSpot"), from the registry.
        base_url: its API address; ``sign_in_url`` the server that signs in, if another.
        waiting: local changes not yet acknowledged by the CRM.
        open_conflicts: conflicts waiting for the user.
        last_synced_at: when the last run that completed without error finished.
        last_outcome: the outcome of the last finished run, if any.
        limits: the CRM's request limits as the last finished run saw them (neutral
            figures, the same for every CRM; empty when it told none).
    """

    provider: str | None = None
    base_url: str | None = None
    auth_kind: str | None = None
    account_name: str | None = None
    waiting: int = 0
    open_conflicts: int = 0
    last_synced_at: datetime | None = None
    last_outcome: str | None = None
    label: str = ""
    sign_in_url: str | None = None
    limits: RateInfo = field(default_factory=RateInfo)

    @property
    def connected(self) -> bool:
        return self.provider is not None


def sync_overview(conn: Connection) -> SyncOverview:
    """The status bar's numbers: the connection, waiting changes, conflicts, last sync."""
    connection = conn.execute(
        select(
            CrmConnection.provider,
            CrmConnection.base_url,
            CrmConnection.auth_kind,
            CrmConnection.account_name,
            CrmConnection.sign_in_url,
        ).limit(1)
    ).first()
    if connection is None:
        # Changes captured before a disconnect still wait; nothing sends them until reconnect.
        return SyncOverview()
    provider = connection.provider
    open_count = conn.execute(
        select(func.count())
        .select_from(Conflict)
        .where(Conflict.provider == provider, Conflict.resolved_at.is_(None))
    ).scalar_one()
    last_ok = conn.execute(
        select(func.max(SyncRun.finished_at)).where(
            SyncRun.provider == provider, SyncRun.outcome == "ok"
        )
    ).scalar()
    last_run = conn.execute(
        select(SyncRun.outcome, SyncRun.rate_limit_json)
        .where(SyncRun.provider == provider, SyncRun.finished_at.is_not(None))
        .order_by(SyncRun.finished_at.desc(), SyncRun.id.desc())
        .limit(1)
    ).first()
    try:
        label = provider_named(provider).label
    except KeyError:  # a CRM of a newer version of the app
        label = provider
    return SyncOverview(
        provider=provider,
        label=label,
        sign_in_url=connection.sign_in_url,
        limits=RateInfo.from_json(None if last_run is None else last_run.rate_limit_json),
        base_url=connection.base_url,
        auth_kind=connection.auth_kind,
        account_name=connection.account_name,
        waiting=waiting(conn, provider),
        open_conflicts=int(open_count),
        last_synced_at=last_ok,
        last_outcome=None if last_run is None else last_run.outcome,
    )


@dataclass(frozen=True)
class ConflictItem:
    """One open conflict, with what the user knows the record by.

    Attributes:
        record: the account name, the person's name or the touchpoint's title.
        account_id: the account the record belongs to (None if it is gone locally).
        base, local, remote: the field's value at the last sync, here now, and in the CRM.
    """

    id: int
    entity: Entity
    field: str
    record: str
    account_id: AccountId | None
    account_name: str
    base: Value
    local: Value
    remote: Value
    detected_at: datetime

    @property
    def is_delete(self) -> bool:
        """A delete on one side against an edit on the other, not a field value."""
        return self.field == DELETED_FIELD

    @property
    def deleted_here(self) -> bool:
        """A deletion held by this computer, against an edit in the CRM (else the reverse)."""
        return self.is_delete and self.local == "deleted"

    @property
    def is_text(self) -> bool:
        """Prose (a note's text): never merged, edited as several lines."""
        return self.field in TEXT_FIELDS


def open_conflicts(conn: Connection) -> list[ConflictItem]:
    """Every unresolved conflict, oldest first."""
    rows = conn.execute(
        select(
            Conflict.id,
            Conflict.provider,
            Conflict.entity,
            Conflict.local_uid,
            Conflict.field,
            Conflict.base,
            Conflict.local,
            Conflict.remote,
            Conflict.detected_at,
            SyncRecord.local_json,
        )
        .outerjoin(
            SyncRecord,
            (SyncRecord.provider == Conflict.provider)
            & (SyncRecord.entity == Conflict.entity)
            & (SyncRecord.local_uid == Conflict.local_uid),
        )
        .where(Conflict.resolved_at.is_(None))
        .order_by(Conflict.id)
    ).all()
    items = []
    for row in rows:
        entity = Entity(row.entity)
        record, account_id, account_name = _describe(conn, row.provider, entity, row.local_uid)
        items.append(
            ConflictItem(
                id=row.id,
                entity=entity,
                field=row.field,
                record=record,
                account_id=account_id,
                account_name=account_name,
                base=row.base,
                local=_current_local(row.field, row.local, row.local_json),
                remote=row.remote,
                detected_at=row.detected_at,
            )
        )
    return items


def _current_local(field: str, detected: Value, snapshot: str | None) -> Value:
    """Mine is the value here now: the user may have edited the field since the conflict
    was detected, and keeping mine keeps that edit (see resolve_conflict)."""
    if field == DELETED_FIELD or snapshot is None:
        return detected
    current: Value = json.loads(snapshot).get(field)
    return current


# The column that names a row of each entity in the conflict list (else the entity's name).
_LABELS = {
    Entity.CONTACT: "name",
    Entity.TOUCHPOINT: "title",
    Entity.TASK: "title",
    Entity.RENEWAL: "period_end",
    Entity.PLAN: "title",
    Entity.GOAL: "goal",
    Entity.MILESTONE: "step",
}


def _describe(
    conn: Connection, provider: str, entity: Entity, uid: uuid.UUID
) -> tuple[str, AccountId | None, str]:
    """(record label, account id, account name) of a synced row, from the row if it exists."""
    if entity is Entity.COMPANY:
        company = conn.execute(select(Account.name, Account.id).where(Account.uid == uid)).first()
        if company is not None:
            return company.name, AccountId(company.id), company.name
    else:
        model: Any = MODELS[entity]
        column = _LABELS.get(entity)
        label = getattr(model, column) if column else literal(str(entity))
        query = (
            select(label.label("label"), Account.id, Account.name)
            .select_from(model)
            .where(model.uid == uid)
        )
        if entity in IN_PLAN:
            query = query.join(SuccessPlan, SuccessPlan.id == model.plan_id).join(
                Account, Account.id == SuccessPlan.account_id
            )
        else:
            query = query.join(Account, Account.id == model.account_id)
        found = conn.execute(query).first()
        if found is not None:
            return str(found.label), AccountId(found.id), found.name
    # Deleted here: the last captured snapshot still has its name.
    snapshot = conn.execute(
        select(SyncRecord.local_json).where(
            SyncRecord.provider == provider,
            SyncRecord.entity == entity,
            SyncRecord.local_uid == uid,
        )
    ).scalar()
    values = json.loads(snapshot) if snapshot else {}
    return str(values.get("name") or values.get("title") or ""), None, ""


def resolution_changes(item: ConflictItem) -> Changes:
    """What resolving ``item`` may change on screen (the resolved value is written locally;
    settling a deletion may delete a record here, with what belongs to it)."""
    if item.is_delete:
        return Changes(portfolio=True, touchpoints=True, health=True)
    if item.account_id is None:
        return Changes(portfolio=True)
    return Changes(
        accounts=frozenset({item.account_id}),
        touchpoints=item.entity is Entity.TOUCHPOINT,
        health=item.entity is Entity.TOUCHPOINT or item.field == "stage",
    )

"""Finding what the sync keeps of local rows: their sync records, the rows themselves, and
the CRM kinds and accounts they go with. Batched where push and pull ask for many at once."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from cs_desktop.chunks import chunks
from cs_desktop.models import Touchpoint
from cs_desktop.sync.adapter import Kind
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.fields import KIND_OF, MODELS, engagement_kind
from cs_desktop.sync.link_ends import LinkEnds, accounts_of
from cs_desktop.sync.state import Entity, SyncBase, SyncRecord

Keyed = TypeVar("Keyed", SyncRecord, SyncBase)


def record_of(session: Session, crm: Crm, entity: str, uid: uuid.UUID) -> SyncRecord | None:
    return session.scalars(
        select(SyncRecord).where(
            SyncRecord.provider == crm.provider,
            SyncRecord.entity == entity,
            SyncRecord.local_uid == uid,
        )
    ).first()


def records_of(
    session: Session, crm: Crm, entity: str, uids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, SyncRecord]:
    """The sync records of many local rows, by uid, in a query per chunk of uids."""
    return by_uid(session, SyncRecord, crm, entity, uids)


def by_uid(
    session: Session, model: type[Keyed], crm: Crm, entity: str, uids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Keyed]:
    """The sync records or merge bases of many local rows, by uid."""
    found: dict[uuid.UUID, Keyed] = {}
    for chunk in chunks(uids):
        rows = session.scalars(
            select(model).where(
                model.provider == crm.provider, model.entity == entity, model.local_uid.in_(chunk)
            )
        )
        found.update((row.local_uid, row) for row in rows)
    return found


def local_row(session: Session, entity: Entity, uid: uuid.UUID) -> Any:
    model = MODELS[entity]
    return session.scalars(select(model).where(model.uid == uid)).first()


def local_rows(session: Session, entity: Entity, uids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Any]:
    """:func:`local_row` of many uids, by uid (rows that are gone are left out)."""
    model = MODELS[entity]
    found: dict[uuid.UUID, Any] = {}
    for chunk in chunks(uids):
        rows: Iterable[Any] = session.scalars(select(model).where(model.uid.in_(chunk)))
        found.update((row.uid, row) for row in rows)
    return found


def remote_kinds(session: Session, records: Iterable[SyncRecord]) -> dict[uuid.UUID, Kind]:
    """The CRM kind of many records of one entity, by uid: stored once acknowledged, else
    derived from the local row (those whose local row is gone are left out); one query for
    the touchpoints not acknowledged yet."""
    kinds: dict[uuid.UUID, Kind] = {}
    unsent: list[uuid.UUID] = []
    for record in records:
        entity = Entity(record.entity)
        if record.remote_kind:
            kinds[record.local_uid] = record.remote_kind  # type: ignore[assignment]
        elif entity in KIND_OF:
            kinds[record.local_uid] = KIND_OF[entity]
        elif entity is Entity.TOUCHPOINT:
            unsent.append(record.local_uid)
    for chunk in chunks(unsent):
        rows = session.execute(
            select(Touchpoint.uid, Touchpoint.kind).where(Touchpoint.uid.in_(chunk))
        )
        for uid, kind in rows:
            kinds[uid] = engagement_kind(kind)
    return kinds


def linked_accounts(
    session: Session, crm: Crm, companies: dict[str, set[str]], ends: LinkEnds | None = None
) -> dict[str, int]:
    """The local account of each record (contact, engagement) of ``companies``, which maps
    its remote id to its linked companies' ids: the lowest-id company known locally. With
    ``ends`` (a first pull), from its map instead of a query."""
    wanted = {c for linked in companies.values() for c in linked}
    # Straight to the DBAPI cursor: pull asks this for every page, and SQLAlchemy's row
    # handling would cost more than the lookup.
    raw: Any = session.connection().connection.driver_connection
    account_of = ends.accounts(session, wanted) if ends else accounts_of(raw, crm, wanted)
    found = {}
    for record, linked in companies.items():
        known = [account_of[c] for c in sorted(linked) if c in account_of]
        if known:
            found[record] = known[0]
    return found

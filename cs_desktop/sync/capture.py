"""Edit capture: every change of a synced row queues its outbox entry in the same transaction.

Session events, registered once by :func:`install` and active only while a CRM is connected
(a ``crm_connection`` row exists):

- ``after_flush`` sees ORM objects (workspace edits) with their uids and attribute history;
- ``do_orm_execute`` sees the bulk INSERT/UPDATE/DELETE statements imports use; rather than
  decode their parameters, it notes the entity and ``before_commit`` rescans that table
  against the captured snapshots (one pass per transaction, not per batch).

The engine sets ``session.info[APPLYING]`` while it writes pulled values, which are not edits.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import Connection, LargeBinary, event, func, select, type_coerce
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, attributes

from cs_desktop.models import Account, Stakeholder, SuccessPlan, Touchpoint, touchpoint_attendee
from cs_desktop.sync import checkpoints, fields, outbox
from cs_desktop.sync.merge import Value
from cs_desktop.sync.outbox_bulk import End, links_known, queue_creates, queue_links
from cs_desktop.sync.state import CrmConnection, Entity, SyncRecord

APPLYING = "cs_desktop.sync.applying"
# A synced row with this column belongs to that account: it is linked to its company.
_RESCAN = "cs_desktop.sync.rescan"
_CAPTURED = "cs_desktop.sync.captured"
_installed = False


def install() -> None:
    """Register the capture hooks on every Session (idempotent)."""
    global _installed
    if _installed:
        return
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "do_orm_execute", _do_orm_execute)
    event.listen(Session, "before_commit", _before_commit)
    if checkpoints.ARMED:  # the kill -9 tests only; no listener otherwise
        event.listen(Session, "after_commit", _edit_committed)
    _installed = True


def _edit_committed(session: Session) -> None:
    if session.info.pop(_CAPTURED, False):
        checkpoints.reached("edit_committed")


def connected_provider(conn: Connection) -> str | None:
    """The connected CRM's provider name, or None."""
    return conn.execute(select(CrmConnection.provider).limit(1)).scalar()


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    if session.info.get(APPLYING):
        return
    changed = [
        (obj, obj in session.deleted)
        for obj in (*session.new, *session.dirty, *session.deleted)
        if type(obj) in fields.ENTITY_OF
    ]
    if not changed:
        return
    conn = session.connection()
    provider = connected_provider(conn)
    if provider is None:
        return
    session.info[_CAPTURED] = True
    if any(deleted and isinstance(obj, Account | SuccessPlan) for obj, deleted in changed):
        # What belongs to them went with them by ON DELETE CASCADE, unseen.
        rescan(conn, provider, {*fields.OWNED, *fields.IN_PLAN})
    for obj, deleted in changed:
        entity = fields.ENTITY_OF[type(obj)]
        if deleted:
            outbox.capture(conn, provider, entity, obj.uid, None)
            continue
        outbox.capture(
            conn, provider, entity, obj.uid, fields.snapshot(entity, obj), parent=_parent(conn, obj)
        )
        if isinstance(obj, Touchpoint):
            history = attributes.get_history(obj, "attendees")
            for person in history.added:
                outbox.capture_link(
                    conn,
                    provider,
                    (Entity.TOUCHPOINT, obj.uid),
                    (Entity.CONTACT, person.uid),
                    linked=True,
                )
            for person in history.deleted:
                outbox.capture_link(
                    conn,
                    provider,
                    (Entity.TOUCHPOINT, obj.uid),
                    (Entity.CONTACT, person.uid),
                    linked=False,
                )


def _parent(conn: Connection, obj: Any) -> tuple[Entity, uuid.UUID] | None:
    """The company a row is linked to: its account's, or its plan's account's."""
    entity = fields.ENTITY_OF[type(obj)]
    # By id on the connection: the relationship may not be loaded, and lazy loads mid-flush
    # are best avoided.
    if entity in fields.OWNED:
        query = select(Account.uid).where(Account.id == obj.account_id)
    elif entity in fields.IN_PLAN:
        query = (
            select(Account.uid)
            .join(SuccessPlan, SuccessPlan.account_id == Account.id)
            .where(SuccessPlan.id == obj.plan_id)
        )
    else:
        return None
    uid = conn.execute(query).scalar()
    return None if uid is None else (Entity.COMPANY, uid)


_TABLES: dict[str, Entity] = {
    **{model.__tablename__: entity for entity, model in fields.MODELS.items()},
    touchpoint_attendee.name: Entity.LINK,
}


def _do_orm_execute(state: ORMExecuteState) -> None:
    if state.session.info.get(APPLYING) or not (
        state.is_insert or state.is_update or state.is_delete
    ):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    touched = _TABLES.get(str(name))
    if touched is not None:
        state.session.info.setdefault(_RESCAN, set()).add(touched)


def _before_commit(session: Session) -> None:
    entities: set[Entity] = session.info.pop(_RESCAN, set())
    if not entities or session.info.get(APPLYING):
        return
    conn = session.connection()
    provider = connected_provider(conn)
    if provider is not None:
        rescan(conn, provider, entities)


def rescan(conn: Connection, provider: str, entities: set[Entity] | None = None) -> int:
    """Compare tables with the captured snapshots and queue what differs; how many queued.

    Used after bulk statements and at connect time, when every existing row becomes a
    create. Rows the CRM has never seen are queued set-based (:mod:`.outbox_bulk`): a first
    connect of tens of thousands of rows takes a second or two, not minutes.
    """
    entities = entities or {*fields.MODELS, Entity.LINK}
    # The links this rescan adds are pairs of distinct rows, each once: only those recorded
    # before it need looking up.
    first = not links_known(conn, provider)
    queued = 0
    for entity in fields.MODELS:  # companies first: the others link to them
        if entity in entities:
            queued += _rescan_rows(conn, provider, entity, first)
    if Entity.LINK in entities or Entity.TOUCHPOINT in entities:
        queued += _rescan_attendees(conn, provider, first)
    return queued


def _rescan_rows(conn: Connection, provider: str, entity: Entity, first: bool) -> int:
    table = fields.MODELS[entity].__table__
    columns = [table.c[name] for name in fields.columns(entity)]
    query = select(_raw(table.c["uid"]), *columns)
    owned = entity in fields.OWNED or entity in fields.IN_PLAN
    if entity in fields.OWNED:
        query = query.add_columns(table.c["account_id"])
    elif entity in fields.IN_PLAN:
        plans = SuccessPlan.__table__
        query = query.add_columns(plans.c.uid.label(fields.PLAN_REF), plans.c.account_id)
        query = query.join_from(table, plans, plans.c.id == table.c["plan_id"])
    parent_uid: dict[int, bytes] = {}
    if owned:
        parent_uid = dict(conn.execute(select(Account.id, _raw(Account.uid))).all())
    known = {
        bytes(uid): (text, deleted)
        for uid, text, deleted in conn.execute(
            select(_raw(SyncRecord.local_uid), SyncRecord.local_json, SyncRecord.deleted_at).where(
                SyncRecord.entity == entity, SyncRecord.provider == provider
            )
        )
    }
    queued = 0
    creates: list[tuple[bytes, dict[str, Value]]] = []
    links: list[tuple[End, End]] = []
    seen: set[bytes] = set()
    for row in conn.execute(query).mappings():
        uid = bytes(row["uid"])
        seen.add(uid)
        current = fields.snapshot(entity, row)
        before = known.get(uid)
        if before is None:
            creates.append((uid, current))
            parent = parent_uid.get(row["account_id"]) if owned else None
            if parent is not None:
                links.append(((entity, uid), (Entity.COMPANY, parent)))
        elif json.loads(before[0]) != current:
            queued += outbox.capture(conn, provider, entity, uuid.UUID(bytes=uid), current)
    queued += queue_creates(conn, provider, entity, creates)
    queue_links(conn, provider, links, first=first)
    for uid, (_, deleted) in known.items():
        if uid not in seen and deleted is None:
            queued += outbox.capture(conn, provider, entity, uuid.UUID(bytes=uid), None)
    return queued


def _raw(column: Any) -> Any:
    """A uid column read as its 16 bytes, without building a UUID per row."""
    return type_coerce(column, LargeBinary).label(column.key)


def _rescan_attendees(conn: Connection, provider: str, first: bool) -> int:
    tp, st = Touchpoint.__table__, Stakeholder.__table__
    now = {
        (bytes(t), bytes(s))
        for t, s in conn.execute(
            select(_raw(tp.c.uid), _raw(st.c.uid))
            .select_from(touchpoint_attendee)
            .join(tp, tp.c.id == touchpoint_attendee.c.touchpoint_id)
            .join(st, st.c.id == touchpoint_attendee.c.stakeholder_id)
        )
    }
    recorded = set()
    ends = [func.json_extract(SyncRecord.local_json, f"$.{key}") for key in _LINK_KEYS]
    for source, target in conn.execute(
        select(ends[1], ends[3]).where(
            SyncRecord.entity == Entity.LINK,
            SyncRecord.provider == provider,
            ends[0] == Entity.TOUCHPOINT,
            ends[2] == Entity.CONTACT,
        )
    ):
        recorded.add((uuid.UUID(source).bytes, uuid.UUID(target).bytes))
    added = now - recorded
    pairs = (((Entity.TOUCHPOINT, t), (Entity.CONTACT, s)) for t, s in added)
    queue_links(conn, provider, pairs, first=first)
    for source, target in recorded - now:
        outbox.capture_link(
            conn,
            provider,
            (Entity.TOUCHPOINT, uuid.UUID(bytes=source)),
            (Entity.CONTACT, uuid.UUID(bytes=target)),
            linked=False,
        )
    return len(now ^ recorded)


_LINK_KEYS = ("from_entity", "from_uid", "to_entity", "to_uid")

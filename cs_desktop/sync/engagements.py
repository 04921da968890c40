"""Engagements made in the CRM (notes, meetings, calls, emails) become touchpoints.

A touchpoint belongs to an account: an engagement is placed on the account of its lowest-id
linked company known locally, with its linked contacts of that account as attendees. One with
no known company waits in ``sync_unplaced`` instead of being dropped, and
:func:`place_unplaced` tries again when companies arrive (or weekly, since a link added in the
CRM does not move the engagement's modified date [P8]).

New rows are written with the DBAPI ``executemany`` of plain tuples already in their stored
form, with explicit ids so that attendees need no read-back, as the sample generator writes
(:mod:`cs_desktop.demo.bulk`, not imported: it needs numpy). The full-text index follows by
the catch-up of :mod:`cs_desktop.note_index` once the pull is done.
"""

from __future__ import annotations

import html
import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from cs_desktop import note_index
from cs_desktop.chunks import chunks, marks
from cs_desktop.clock import to_epoch_ms, utc_now
from cs_desktop.db import Store
from cs_desktop.edits import TITLE_MAX
from cs_desktop.models import Satisfaction, Touchpoint, touchpoint_attendee
from cs_desktop.sync import capture
from cs_desktop.sync.adapter import CrmAdapter, Kind, RemoteRecord
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.cursors import checked_at
from cs_desktop.sync.fields import (
    ENGAGEMENT_KINDS,
    FIELDS,
    UNTITLED,
    as_stored,
    iso_ms,
    parse_instant,
    touchpoint_kind,
)
from cs_desktop.sync.link_ends import LinkEnds, people_of
from cs_desktop.sync.lookups import linked_accounts
from cs_desktop.sync.outbox import link_uid_bytes, uid_text
from cs_desktop.sync.state import (
    Entity,
    RecordState,
    SyncBase,
    SyncCursor,
    SyncRecord,
    UnplacedEngagement,
)
from cs_desktop.sync.uids import parse_uid

RECHECK_EVERY = timedelta(days=7)
TOUCHPOINT_FIELDS = FIELDS[Entity.TOUCHPOINT]
CURSOR_KIND = "unplaced"  # a sync_cursor row whose modified_at is the last full re-check
NOTE_TITLE_MAX = 80  # a note has no title in the CRM: its first line stands in
_CANONICAL = json.JSONEncoder(sort_keys=True)  # json.dumps(..., sort_keys=True), made once


def _insert(table: Table, names: Sequence[str]) -> str:
    """An INSERT of ``names``; every column it leaves out must be nullable, numbered or defaulted
    by the database."""
    numbered = [c.name for c in table.primary_key.columns if c.autoincrement in (True, "auto")]
    required = {c.name for c in table.columns if not c.nullable and c.server_default is None}
    required -= set(numbered)
    if missing := required - set(names):
        raise ValueError(f"{table.name}: {', '.join(sorted(missing))} must be written")
    return f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


_TOUCHPOINT = _insert(
    cast(Table, Touchpoint.__table__),
    (
        "id",
        "uid",
        "created_at",
        "updated_at",
        "account_id",
        "kind",
        "occurred_at",
        "title",
        "notes",
        "other_attendees",
        "product_satisfied",
        "service_satisfied",
        "customer_statement",
        "inferred_need",
        "next_steps",
    ),
)
_ATTENDEE = _insert(touchpoint_attendee, ("touchpoint_id", "stakeholder_id"))
_RECORD = _insert(
    cast(Table, SyncRecord.__table__),
    (
        "entity",
        "local_uid",
        "provider",
        "remote_id",
        "remote_kind",
        "sync_state",
        "local_version",
        "local_json",
    ),
)
_BASE = _insert(
    cast(Table, SyncBase.__table__),
    ("entity", "local_uid", "provider", "remote_version", "base_json", "synced_at"),
)
_UNPLACED = (
    "INSERT OR IGNORE INTO sync_unplaced (provider, kind, remote_id, seen_at) VALUES (?, ?, ?, ?)"
)


@dataclass(frozen=True)
class EngagementLinks:
    """The CRM's links of a page of engagements: remote id -> linked companies / contacts."""

    companies: dict[str, set[str]] = field(default_factory=dict)
    contacts: dict[str, set[str]] = field(default_factory=dict)


def create_touchpoints(
    session: Session,
    crm: Crm,
    kind: Kind,
    remotes: Sequence[tuple[RemoteRecord, dict[str, str | None]]],
    links: EngagementLinks,
    ends: LinkEnds | None = None,
) -> tuple[list[str], list[str]]:
    """Insert the touchpoints of new engagements (with their local values, from
    ``adapter.to_local``), their attendees and sync records; returns the remote ids placed,
    and those left waiting for their company. A first pull passes its ``ends``."""
    companies = {r.remote_id: links.companies.get(r.remote_id, set()) for r, _ in remotes}
    account_of = linked_accounts(session, crm, companies, ends)
    placed = [(r, values) for r, values in remotes if r.remote_id in account_of]
    waiting = [r.remote_id for r, _ in remotes if r.remote_id not in account_of]
    now_ms = to_epoch_ms(utc_now())
    raw = _dbapi(session)
    provider = crm.provider  # the rows below are plain tuples of stored values
    if waiting:
        raw.executemany(_UNPLACED, [(provider, kind, remote_id, now_ms) for remote_id in waiting])
    if not placed:
        return [], waiting
    forget_unplaced(session, crm, kind, [r.remote_id for r, _ in placed])
    contacts = {c for r, _ in placed for c in links.contacts.get(r.remote_id, ())}
    people = ends.people(session, contacts) if ends else people_of(raw, crm, contacts)
    top = raw.execute("SELECT max(id) FROM touchpoint").fetchone()
    next_id = (top[0] or 0) + 1 if top else 1
    new_uids = time_ordered_uids(len(placed))
    encode = _CANONICAL.encode
    # Enum values hoisted out of the loop: it runs for every engagement of a first pull.
    unknown, clean = Satisfaction.UNKNOWN.value, RecordState.CLEAN.value
    touchpoint, contact_entity = Entity.TOUCHPOINT.value, Entity.CONTACT.value
    link = Entity.LINK.value
    local_kind = touchpoint_kind(kind).value
    touchpoints: list[tuple[object, ...]] = []
    attendees: list[tuple[int, int]] = []
    records: list[tuple[object, ...]] = []
    bases: list[tuple[object, ...]] = []
    for n, (remote, values) in enumerate(placed):
        touchpoint_id = next_id + n
        values = as_stored(kind, values)
        ours = parse_uid(remote.props.get("csm_local_id"))
        uid = ours.bytes if ours else new_uids[n]
        account_id = account_of[remote.remote_id]
        notes = values.get("notes") or ""
        title = values.get("title")
        if kind == "note" and not title:
            title = note_title(notes)  # a note made in the CRM: its first line stands in
        # Canonical text already (see fields.iso_ms): the snapshot takes it as it is.
        when = values.get("occurred_at") or iso_ms(remote.modified_at)
        row = {
            **dict.fromkeys(TOUCHPOINT_FIELDS, ""),
            "product_satisfied": unknown,
            "service_satisfied": unknown,
            "kind": local_kind,
            **{k: v for k, v in values.items() if k in TOUCHPOINT_FIELDS and v is not None},
            "title": (title or UNTITLED[kind])[:TITLE_MAX],
            "notes": notes,
            "occurred_at": when,
        }
        current = encode(row)  # the snapshot: these fields, text already
        touchpoints.append(
            (
                touchpoint_id,
                uid,
                now_ms,  # created_at
                now_ms,  # updated_at
                account_id,
                row["kind"],
                to_epoch_ms(parse_instant(when)),
                row["title"],
                notes,
                row["other_attendees"],
                row["product_satisfied"],
                row["service_satisfied"],
                row["customer_statement"],
                row["inferred_need"],
                row["next_steps"],
            )
        )
        records.append(
            (
                *(touchpoint, uid, provider, remote.remote_id, kind),
                *(clean, 0, current),
            )
        )
        bases.append((touchpoint, uid, provider, remote.version, current, now_ms))
        from_text = None
        for contact in sorted(links.contacts.get(remote.remote_id, ())):
            person = people.get(contact)
            if person is None or person[2] != account_id:
                continue  # unknown, or not of this account: attendees are its stakeholders
            attendees.append((touchpoint_id, person[0]))
            from_text = from_text or uid_text(uid)
            fields = {
                "from_entity": touchpoint,
                "from_uid": from_text,
                "to_entity": contact_entity,
                "to_uid": person[1],
            }
            records.append(
                (
                    *(link, link_uid_bytes(from_text, person[1]), provider, None, None),
                    *(clean, 0, encode(fields)),
                )
            )
    # Indexed for search in a batch after the pull (much cheaper than row by row).
    note_index.defer(raw, range(next_id, next_id + len(touchpoints)))
    raw.executemany(_TOUCHPOINT, touchpoints)
    raw.executemany(_ATTENDEE, attendees)
    raw.executemany(_RECORD, records)
    raw.executemany(_BASE, bases)
    return [r.remote_id for r, _ in placed], waiting


def note_title(notes: str) -> str:
    """A note's first line of text (its body may be HTML), shortened; empty if it has none."""
    text = html.unescape(re.sub(r"<[^>]*>", "\n", notes))
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    line = " ".join(line.split())
    return line if len(line) <= NOTE_TITLE_MAX else line[: NOTE_TITLE_MAX - 1].rstrip() + "…"


def time_ordered_uids(count: int) -> list[bytes]:
    """The bytes of new uids in the UUIDv7 layout (milliseconds first, a counter, random bits):
    consecutive ones sort together, so the unique indexes on uids grow at their end instead
    of dirtying a random page per row, which in small transactions costs most of a bulk
    write. Drawn with one call to the OS."""
    stamp = time.time_ns() // 1_000_000
    prefix = stamp.to_bytes(6, "big")
    noise = os.urandom(8 * count)
    uids = []
    for n in range(count):
        counter = n & 0x0FFF
        tail = noise[8 * n : 8 * n + 8]
        raw = prefix + bytes((0x70 | counter >> 8, counter & 0xFF, 0x80 | tail[0] & 0x3F))
        uids.append(raw + tail[1:])
    return uids


def forget_unplaced(session: Session, crm: Crm, kind: str, remote_ids: list[str]) -> None:
    connection = session.connection()
    for chunk in chunks(remote_ids):
        connection.exec_driver_sql(
            "DELETE FROM sync_unplaced WHERE provider = ? AND kind = ?"
            f" AND remote_id IN ({marks(len(chunk))})",
            (crm.provider, kind, *chunk),
        )


def place_unplaced(
    store: Store,
    adapter: CrmAdapter,
    now: datetime,
    companies_arrived: int,
    just_checked: set[str],
    cancelled: Callable[[], bool],
) -> int:
    """Place the engagements that wait for a company, when companies arrived on this run or
    :data:`RECHECK_EVERY` after the last try; returns how many became touchpoints.

    ``just_checked``: the remote ids this run's pull left waiting, after every company it
    pulled: asking again now could not place them.
    """
    crm = adapter.crm
    with store.read() as session:
        waiting: dict[str, list[str]] = {}
        for kind, remote_id in session.execute(
            select(UnplacedEngagement.kind, UnplacedEngagement.remote_id)
            .where(UnplacedEngagement.provider == crm.provider)
            .order_by(UnplacedEngagement.kind, UnplacedEngagement.remote_id)
        ):
            if remote_id not in just_checked:
                waiting.setdefault(kind, []).append(remote_id)
        saved = session.get(SyncCursor, (crm.provider, CURSOR_KIND))
    if not waiting:
        return 0
    if saved is None or saved.modified_at is None:
        # They were just found without a known company: the period starts now.
        checked_at(store, crm, CURSOR_KIND, now)
        due = False
    else:
        due = now - saved.modified_at >= RECHECK_EVERY
    if not (companies_arrived or due):
        return 0
    placed = 0
    for kind in (k for k in ENGAGEMENT_KINDS if k in waiting):
        for chunk in chunks(waiting[kind], adapter.max_batch):
            if cancelled():
                return placed
            placed += _place(store, adapter, kind, chunk)
    checked_at(store, crm, CURSOR_KIND, now)
    return placed


def _place(store: Store, adapter: CrmAdapter, kind: Kind, remote_ids: list[str]) -> int:
    crm = adapter.crm
    companies = adapter.read_links(kind, remote_ids, "company")
    with store.read() as session:
        candidates = sorted(linked_accounts(session, crm, companies))
    if not candidates:
        return 0
    remotes = adapter.read(kind, candidates)  # archived or deleted ones are left out
    found_ids = [r.remote_id for r in remotes]
    contacts = adapter.read_links(kind, found_ids, "contact") if found_ids else {}
    found = set(found_ids)
    with store.write() as session:
        session.info[capture.APPLYING] = True
        forget_unplaced(session, crm, kind, [i for i in candidates if i not in found])
        known: set[str] = set(
            session.scalars(
                select(SyncRecord.remote_id).where(
                    SyncRecord.provider == crm.provider,
                    SyncRecord.entity == Entity.TOUCHPOINT,
                    SyncRecord.remote_id.in_(list(found)),
                )
            )
        )
        forget_unplaced(session, crm, kind, list(known))
        fresh = [(r, adapter.to_local(kind, r.props)) for r in remotes if r.remote_id not in known]
        made, _ = create_touchpoints(
            session, crm, kind, fresh, EngagementLinks(companies, contacts)
        )
    return len(made)


def _dbapi(session: Session) -> sqlite3.Connection:
    """The driver connection of the session's transaction (no ORM events, no type processing:
    callers pass values in their stored form and mark the session as applying pulled data)."""
    connection: Any = session.connection().connection.driver_connection
    return cast(sqlite3.Connection, connection)

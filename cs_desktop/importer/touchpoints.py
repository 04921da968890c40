"""Importing touchpoints: each row names its account, which must already be in the store."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from cs_desktop.chunks import chunks
from cs_desktop.coltypes import to_epoch_ms, utc_now
from cs_desktop.i18n import N_, _
from cs_desktop.importer.accounts import AccountIndex
from cs_desktop.importer.batches import execute_in_batches, scalars_in_batches
from cs_desktop.importer.layouts import ColumnPlan
from cs_desktop.importer.progress import ImportProgress
from cs_desktop.importer.reading import Table
from cs_desktop.importer.rows import (
    SAME_EXTERNAL_KEY,
    SAME_TOUCHPOINT,
    SAME_UID,
    Problems,
    RowCells,
    first_rows,
    walk,
)
from cs_desktop.importer.values import (
    KIND_WORDS,
    NOT_A_KIND,
    BadValue,
    datetime_value,
    domain_value,
    named_value,
    satisfaction_value,
    text_value,
    uid_value,
)
from cs_desktop.labels import kind_label
from cs_desktop.models import Satisfaction, Stakeholder, Touchpoint
from cs_desktop.models import touchpoint_attendee as attendee_table

_FREE_TEXT = ("notes", "customer_statement", "inferred_need", "next_steps")
# Lists of names are split at ASCII and full-width (CJK) commas and semicolons alike.
_ATTENDEE_SPLIT = re.compile(r"\s*[;,\n\u3001\uff0c\uff1b]\s*")


@dataclass
class TouchpointRow:
    """One valid row: its values, the account it names and the people who were there."""

    cells: RowCells
    values: dict[str, Any] = field(default_factory=dict)
    account_ref: str = ""
    attendees: list[str] = field(default_factory=list)
    uid: uuid.UUID | None = None
    external_key: str | None = None
    account_id: int = 0


def parse_touchpoints(
    table: Table,
    plan: ColumnPlan,
    problems: Problems,
    progress: ImportProgress,
    zone: tzinfo | None,
) -> list[TouchpointRow]:
    """Parse every row; bad cells are recorded in ``problems`` and their rows dropped."""
    parsed = [_parse_row(cells, zone) for cells in walk(table, plan, problems, progress)]
    valid = [row for row in parsed if row.cells.ok]
    first_rows(((r.uid, r.cells, "uid") for r in valid if r.uid), _(SAME_UID))
    first_rows(
        ((r.external_key, r.cells, "external_key") for r in valid if r.external_key),
        _(SAME_EXTERNAL_KEY),
    )
    return [row for row in valid if row.cells.ok]


def _parse_row(cells: RowCells, zone: tzinfo | None) -> TouchpointRow:
    row = TouchpointRow(cells)
    row.account_ref = text_value(cells.raw("account"))
    for required, problem in (
        ("account", N_("is empty (every touchpoint needs its account)")),
        ("kind", N_("is empty (every touchpoint needs its kind)")),
        ("occurred_at", N_("is empty (every touchpoint needs its date)")),
    ):
        if cells.blank(required):
            cells.fail(required, _(problem))
    kind = cells.parse("kind", lambda c: named_value(c, KIND_WORDS, _(NOT_A_KIND)))
    occurred_at = cells.parse("occurred_at", lambda c: datetime_value(c, zone))
    title = cells.parse("title", lambda c: text_value(c, max_length=300))
    if kind is not None:
        row.values["kind"] = kind
        row.values["title"] = title or kind_label(kind)
    row.values["occurred_at"] = occurred_at
    for name in _FREE_TEXT:
        if cells.has(name):
            row.values[name] = text_value(cells.raw(name))
    for name in ("product_satisfied", "service_satisfied"):
        if cells.has(name):
            row.values[name] = cells.parse(name, satisfaction_value) or Satisfaction.UNKNOWN
    if cells.has("attendees"):
        row.attendees = [n for n in _ATTENDEE_SPLIT.split(text_value(cells.raw("attendees"))) if n]
    row.uid = cells.parse("uid", uid_value)
    row.external_key = cells.parse("external_key", lambda c: text_value(c, max_length=200))
    return row


def _resolve_account(row: TouchpointRow, accounts: AccountIndex) -> None:
    """Find the row's account by external key, uid, domain or exact name (in that order)."""
    ref = row.account_ref
    found = accounts.by_key.get(ref)
    if found is None:
        try:
            found = accounts.by_uid.get(uid_value(ref))
        except BadValue:
            found = None
    candidates = [found] if found is not None else []
    if not candidates:
        try:
            candidates = accounts.by_domain.get(domain_value(ref), [])
        except BadValue:
            candidates = []
    if not candidates:
        candidates = accounts.by_name.get(ref.casefold(), [])
    if len(candidates) == 1:
        row.account_id = candidates[0].id
    elif candidates:
        row.cells.fail(
            "account",
            _(
                "matches {count} accounts in the store; use the account's external "
                "key or uid to say which"
            ).format(count=len(candidates)),
        )
    else:
        row.cells.fail(
            "account", _("is not an account in the store (by external key, uid, domain or name)")
        )


def check_touchpoints(
    session: Session, rows: list[TouchpointRow], problems: Problems
) -> list[TouchpointRow]:
    """Resolve each row's account and report rows that are one touchpoint; the good rows."""
    accounts = AccountIndex(session)
    for row in rows:
        _resolve_account(row, accounts)
    rows = [row for row in rows if row.cells.ok]
    # Rows with a uid or external key are told apart by it, even when they look alike.
    unkeyed = [r for r in rows if r.uid is None and r.external_key is None]
    first_rows(((_natural_key(r), r.cells, "occurred_at") for r in unkeyed), _(SAME_TOUCHPOINT))
    return [row for row in rows if row.cells.ok]


def write_touchpoints(
    session: Session, rows: list[TouchpointRow], problems: Problems
) -> tuple[int, int]:
    """Match ``rows`` to their accounts and to existing touchpoints, then write them.

    Returns (created, updated); writes nothing and returns (0, 0) when matching finds new
    problems.
    """
    rows = check_touchpoints(session, rows, problems)
    if problems:
        return 0, 0
    account_ids = sorted({row.account_id for row in rows})
    existing = _existing(session, rows, account_ids)
    matched = [(row, existing.match(row)) for row in rows]
    plan = rows[0].cells.plan if rows else None
    with_attendees = plan is not None and "attendees" in plan.columns
    people = _stakeholders(session, account_ids) if with_attendees else {}
    now = utc_now()
    creates = [row for row, found in matched if found is None]
    updates = [(row, found) for row, found in matched if found is not None]
    new_ids: list[int] = []
    if creates:
        statement = insert(Touchpoint).returning(Touchpoint.id, sort_by_parameter_order=True)
        values = [_values(row, people, with_attendees, now, None) for row in creates]
        new_ids = scalars_in_batches(session, statement, values)
    if updates:
        values = [_values(row, people, with_attendees, now, found) for row, found in updates]
        execute_in_batches(session, update(Touchpoint), values)
    if with_attendees:
        updated_ids = [found for _, found in updates]
        for chunk in chunks(updated_ids):
            session.execute(delete(attendee_table).where(attendee_table.c.touchpoint_id.in_(chunk)))
        links = [
            {"touchpoint_id": touchpoint_id, "stakeholder_id": stakeholder_id}
            for row, touchpoint_id in [*zip(creates, new_ids, strict=True), *updates]
            for stakeholder_id in _attendee_ids(row, people)[0]
        ]
        if links:
            execute_in_batches(session, insert(attendee_table), links)
    return len(creates), len(updates)


def _natural_key(row: TouchpointRow) -> Hashable:
    moment: datetime = row.values["occurred_at"]
    return (row.account_id, to_epoch_ms(moment), row.values["kind"], row.values["title"])


@dataclass
class _Existing:
    by_uid: dict[uuid.UUID, int]
    by_key: dict[str, int]
    by_natural: dict[Hashable, int]

    def match(self, row: TouchpointRow) -> int | None:
        if row.uid is not None and row.uid in self.by_uid:
            return self.by_uid[row.uid]
        if row.external_key is not None:
            return self.by_key.get(row.external_key)
        if row.uid is not None:
            return None
        return self.by_natural.get(_natural_key(row))


def _existing(session: Session, rows: Sequence[TouchpointRow], account_ids: list[int]) -> _Existing:
    """The stored touchpoints the rows might be: batched lookups, never one query per row."""
    uids = [row.uid for row in rows if row.uid is not None]
    keys = [row.external_key for row in rows if row.external_key is not None]
    found = _Existing({}, {}, {})
    for uid_chunk in chunks(uids):
        by_uid = select(Touchpoint.uid, Touchpoint.id).where(Touchpoint.uid.in_(uid_chunk))
        found.by_uid.update({uid: id_ for uid, id_ in session.execute(by_uid)})
    for key_chunk in chunks(keys):
        by_key = select(Touchpoint.external_key, Touchpoint.id).where(
            Touchpoint.external_key.in_(key_chunk)
        )
        found.by_key.update({key: id_ for key, id_ in session.execute(by_key) if key})
    for id_chunk in chunks(account_ids):
        query = (
            select(
                Touchpoint.id,
                Touchpoint.account_id,
                Touchpoint.occurred_at,
                Touchpoint.kind,
                Touchpoint.title,
            )
            .where(Touchpoint.account_id.in_(id_chunk))
            .order_by(Touchpoint.id.desc())  # the oldest of identical twins wins
        )
        for id_, account_id, occurred_at, kind, title in session.execute(query):
            key = (account_id, to_epoch_ms(occurred_at), kind, title)
            found.by_natural[key] = id_
    return found


def _stakeholders(session: Session, account_ids: list[int]) -> dict[int, dict[str, int]]:
    """Each account's stakeholders by folded name (the first one of a name wins)."""
    people: dict[int, dict[str, int]] = defaultdict(dict)
    for id_chunk in chunks(account_ids):
        query = (
            select(Stakeholder.id, Stakeholder.account_id, Stakeholder.name)
            .where(Stakeholder.account_id.in_(id_chunk))
            .order_by(Stakeholder.id)
        )
        for id_, account_id, name in session.execute(query):
            people[account_id].setdefault(name.strip().casefold(), id_)
    return people


def _attendee_ids(
    row: TouchpointRow, people: dict[int, dict[str, int]]
) -> tuple[list[int], list[str]]:
    """Stakeholder ids of the named attendees, and the names that are not stakeholders."""
    known = people.get(row.account_id, {})
    ids: list[int] = []
    others: list[str] = []
    for name in row.attendees:
        stakeholder_id = known.get(name.casefold())
        if stakeholder_id is None:
            others.append(name)
        elif stakeholder_id not in ids:
            ids.append(stakeholder_id)
    return ids, others


def _values(
    row: TouchpointRow,
    people: dict[int, dict[str, int]],
    with_attendees: bool,
    now: datetime,
    existing_id: int | None,
) -> dict[str, Any]:
    values: dict[str, Any] = {"account_id": row.account_id, "updated_at": now, **row.values}
    if with_attendees:
        values["other_attendees"] = ", ".join(_attendee_ids(row, people)[1])
    if existing_id is not None:
        values["id"] = existing_id
        if row.external_key is not None:
            values["external_key"] = row.external_key
        return values
    values.update(
        uid=row.uid or uuid.uuid4(),
        external_key=row.external_key,
        created_at=now,
        other_attendees=values.get("other_attendees", ""),
    )
    for name in (*_FREE_TEXT, "product_satisfied", "service_satisfied"):
        values.setdefault(name, "" if name in _FREE_TEXT else Satisfaction.UNKNOWN)
    return values

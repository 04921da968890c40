"""Importing accounts: read every row, match it to the store, then write all in one go."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from cs_desktop.coltypes import utc_now
from cs_desktop.importer.batches import execute_in_batches, scalars_in_batches
from cs_desktop.importer.layouts import OUR_LAYOUT, ColumnPlan
from cs_desktop.importer.reading import Table
from cs_desktop.importer.rows import Problems, Progress, RowCells, first_rows, walk
from cs_desktop.importer.values import (
    STAGE_WORDS,
    TIER_WORDS,
    amount_value,
    currency_value,
    date_value,
    domain_value,
    named_value,
    text_value,
    uid_value,
)
from cs_desktop.models import Account, StageChange

# Field -> (parser, whether a blank cell clears it). Fields that cannot be empty in the store
# keep their current value (or the default, for a new account) when the cell is blank.
_PARSERS: dict[str, tuple[Any, bool]] = {
    "name": (lambda c: text_value(c, max_length=200), False),
    "domain": (domain_value, True),
    "tier": (lambda c: named_value(c, TIER_WORDS, "tier"), False),
    "segment": (lambda c: text_value(c, max_length=100), True),
    "owner": (lambda c: text_value(c, max_length=200), True),
    "arr": (amount_value, False),
    "currency": (currency_value, False),
    "contract_start": (date_value, True),
    "renewal_date": (date_value, True),
    "stage": (lambda c: named_value(c, STAGE_WORDS, "stage"), False),
}
_COLUMNS = tuple(_PARSERS)


@dataclass
class AccountRow:
    """One valid row: the values it sets and what identifies its account."""

    cells: RowCells
    values: dict[str, Any] = field(default_factory=dict)
    uid: uuid.UUID | None = None
    external_key: str | None = None
    natural_key: tuple[str, str] | None = None  # ("domain", ...) or ("name", ...), folded
    key_field: str = "name"


def parse_accounts(
    table: Table, plan: ColumnPlan, problems: Problems, progress: Progress | None
) -> list[AccountRow]:
    """Parse every row; bad cells are recorded in ``problems`` and their rows dropped."""
    parsed: list[AccountRow] = []
    for cells in walk(table, plan, problems, progress):
        row = _parse_row(cells, plan)
        if cells.ok:
            parsed.append(row)
    _check_duplicates(parsed, plan)
    return [row for row in parsed if row.cells.ok]


def _parse_row(cells: RowCells, plan: ColumnPlan) -> AccountRow:
    row = AccountRow(cells)
    for name, (parser, clears) in _PARSERS.items():
        if not cells.has(name):
            continue
        value = cells.parse(name, parser)
        if value is not None or clears:
            row.values[name] = value
    if row.values.get("name") is None and cells.has("name") and cells.ok:
        cells.fail("name", "is empty (every account needs a name)")
    row.uid = cells.parse("uid", uid_value)
    external_key = cells.parse("external_key", lambda c: text_value(c, max_length=200))
    if external_key is None and cells.has("record_id"):
        # The source system's id, prefixed so HubSpot's 123 and Salesforce's 123 differ.
        record_id = cells.parse("record_id", lambda c: text_value(c, max_length=150))
        if record_id is None and cells.blank("record_id"):
            cells.fail("record_id", "is empty (it is how a re-import finds the account again)")
        elif record_id is not None:
            prefix = plan.layout.name if plan.layout.name != OUR_LAYOUT else "import"
            external_key = f"{prefix}:{record_id}"
    row.external_key = external_key
    if row.uid is None and external_key is None:
        if row.values.get("domain"):
            row.natural_key, row.key_field = ("domain", row.values["domain"]), "domain"
        elif row.values.get("name"):
            row.natural_key = ("name", str(row.values["name"]).casefold())
    return row


def _check_duplicates(rows: list[AccountRow], plan: ColumnPlan) -> None:
    key_field = "external_key" if "external_key" in plan.columns else "record_id"

    def keyed(attribute: str, field_name: str) -> Iterator[tuple[Hashable, RowCells, str]]:
        for row in rows:
            value = getattr(row, attribute)
            if value is not None:
                yield value, row.cells, row.key_field if field_name == "*" else field_name

    first_rows(keyed("uid", "uid"), "uid")
    first_rows(keyed("external_key", key_field), "record id")
    first_rows(keyed("natural_key", "*"), "account")


@dataclass(frozen=True)
class _Stored:
    id: int
    uid: uuid.UUID
    external_key: str | None
    name: str
    stage: Any
    tier: Any
    arr: Any
    currency: str


class AccountIndex:
    """Every account already in the store, by each way a row can name it: one query."""

    def __init__(self, session: Session) -> None:
        self.by_uid: dict[uuid.UUID, _Stored] = {}
        self.by_key: dict[str, _Stored] = {}
        self.by_domain: dict[str, list[_Stored]] = defaultdict(list)
        self.by_name: dict[str, list[_Stored]] = defaultdict(list)
        query = select(
            Account.id,
            Account.uid,
            Account.external_key,
            Account.name,
            Account.stage,
            Account.tier,
            Account.arr,
            Account.currency,
            Account.domain,
        )
        for id_, uid, key, name, stage, tier, arr, currency, domain in session.execute(query):
            stored = _Stored(id_, uid, key, name, stage, tier, arr, currency)
            self.by_uid[stored.uid] = stored
            if stored.external_key is not None:
                self.by_key[stored.external_key] = stored
            if domain:
                self.by_domain[domain.casefold()].append(stored)
            self.by_name[stored.name.casefold()].append(stored)

    def match(self, row: AccountRow) -> _Stored | None:
        """The account ``row`` updates, None for a new one; ambiguity is a row problem."""
        if row.uid is not None and row.uid in self.by_uid:
            found = self.by_uid[row.uid]
            owner = self.by_key.get(row.external_key or "")
            if owner is not None and owner.id != found.id:
                row.cells.fail(
                    "external_key", f"already belongs to another account ({owner.name!r})"
                )
            return found
        if row.external_key is not None:
            return self.by_key.get(row.external_key)
        if row.natural_key is None:
            return None
        what, key = row.natural_key
        matches = (self.by_domain if what == "domain" else self.by_name).get(key, [])
        if len(matches) > 1:
            names = ", ".join(repr(m.name) for m in matches[:3])
            row.cells.fail(
                row.key_field,
                f"matches {len(matches)} accounts in the store ({names}); "
                "add an external_key or uid column to tell them apart",
            )
            return None
        return matches[0] if matches else None


def write_accounts(
    session: Session, rows: list[AccountRow], problems: Problems, source: str
) -> tuple[int, int]:
    """Match ``rows`` to the store and write them; returns (created, updated).

    Writes nothing and returns (0, 0) when matching finds new problems: the caller rejects
    the import.
    """
    index = AccountIndex(session)
    matched = [(row, index.match(row)) for row in rows]
    if problems:
        return 0, 0
    now = utc_now()
    creates = [_new_account(row, now) for row, stored in matched if stored is None]
    updates = [_changes(row, stored, now) for row, stored in matched if stored is not None]
    new_ids: list[int] = []
    if creates:
        statement = insert(Account).returning(Account.id, sort_by_parameter_order=True)
        new_ids = scalars_in_batches(session, statement, creates)
    if updates:
        execute_in_batches(session, update(Account), updates)
    stage_changes = _stage_changes(matched, new_ids, now, source)
    if stage_changes:
        execute_in_batches(session, insert(StageChange), stage_changes)
    return len(creates), len(updates)


def _new_account(row: AccountRow, now: datetime) -> dict[str, Any]:
    values: dict[str, Any] = {name: _default(name) for name in _COLUMNS}
    values.update({k: v for k, v in row.values.items() if v is not None})
    values["uid"] = row.uid or uuid.uuid4()
    values["external_key"] = row.external_key
    values["created_at"] = values["updated_at"] = now
    return values


def _changes(row: AccountRow, stored: _Stored, now: datetime) -> dict[str, Any]:
    values: dict[str, Any] = {"id": stored.id, "updated_at": now}
    for name in row.cells.plan.columns:
        if name in _PARSERS:
            value = row.values.get(name)
            values[name] = getattr(stored, name) if value is None and name in _KEPT else value
    # Every dict of one bulk UPDATE carries the same keys: keep the stored key when blank.
    values["external_key"] = row.external_key or stored.external_key
    return values


_KEPT = {name for name, (_, clears) in _PARSERS.items() if not clears} - {"name"}


def _default(name: str) -> Any:
    default = Account.__table__.c[name].default
    return None if default is None else default.arg


def _stage_changes(
    matched: list[tuple[AccountRow, _Stored | None]],
    new_ids: list[int],
    now: datetime,
    source: str,
) -> list[dict[str, Any]]:
    """A stage history entry for each account the file puts in a (new) stage."""
    changes: list[dict[str, Any]] = []
    created = iter(new_ids)
    for row, stored in matched:
        account_id = next(created) if stored is None else stored.id
        stage = row.values.get("stage")
        if stage is None or (stored is not None and stored.stage == stage):
            continue
        changes.append(
            {
                "uid": uuid.uuid4(),
                "account_id": account_id,
                "from_stage": None if stored is None else stored.stage,
                "to_stage": stage,
                "changed_at": now,
                "note": f"imported from {source}",
                "created_at": now,
                "updated_at": now,
            }
        )
    return changes

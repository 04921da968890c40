"""Importing accounts: every row checked as the file streams by, then all written in one go.

Checking reads the file once, a batch of rows at a time: each row is parsed, compared with the
rows before it (a uid, record id or domain may name one account once) and matched against the
store, and the good rows go to a spill file on disk. Nothing holds the whole file, and the
store's write lock is not taken. Only when every row is good is the lock taken: the spilled
rows are matched again (the store may have changed meanwhile) and written in one transaction.
"""

from __future__ import annotations

import pickle
import tempfile
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

from sqlalchemy import Column, Connection, Dialect, MetaData, func, select, update
from sqlalchemy import Table as SqlTable
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from cs_desktop.i18n import _
from cs_desktop.importer.batches import execute_in_batches
from cs_desktop.importer.layouts import OUR_LAYOUT, ColumnPlan
from cs_desktop.importer.progress import ImportProgress
from cs_desktop.importer.reading import Table
from cs_desktop.importer.report import ProblemKind
from cs_desktop.importer.rows import (
    SAME_ACCOUNT,
    SAME_RECORD_ID,
    SAME_UID,
    Problems,
    RowCells,
    walk,
)
from cs_desktop.importer.values import (
    NOT_A_STAGE,
    NOT_A_TIER,
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
from cs_desktop.models import Account, Base, StageChange

# Field -> (parser, whether a blank cell clears it). Fields that cannot be empty in the store
# keep their current value (or the default, for a new account) when the cell is blank.
_PARSERS: dict[str, tuple[Any, bool]] = {
    "name": (lambda c: text_value(c, max_length=200), False),
    "domain": (domain_value, True),
    "tier": (lambda c: named_value(c, TIER_WORDS, _(NOT_A_TIER)), False),
    "segment": (lambda c: text_value(c, max_length=100), True),
    "owner": (lambda c: text_value(c, max_length=200), True),
    "arr": (amount_value, False),
    "currency": (currency_value, False),
    "contract_start": (date_value, True),
    "renewal_date": (date_value, True),
    "stage": (lambda c: named_value(c, STAGE_WORDS, _(NOT_A_STAGE)), False),
}
_COLUMNS = tuple(_PARSERS)
_KEPT = {name for name, (_, clears) in _PARSERS.items() if not clears} - {"name"}
# Rows checked, matched and spilled together; also the longest SQL IN (...) list.
BATCH = 500


@dataclass(slots=True)
class AccountRow:
    """One valid row: the values it sets and what identifies its account.

    Attributes:
        row: the row number in the file.
        values: field -> value for the file's columns; a blank cell of a field that cannot be
            empty is left out (the account keeps its value).
        uid: the account's uid, when the file gives one.
        external_key: the source system's key ("hubspot:123"), when the file gives one.
        natural_key: ("domain", ...) or ("name", ...) folded, for a row with neither.
        key_field: the field the natural key comes from.
        new: the row as a new account, in stored form (see :class:`StoredForm`).
        first_stage: a new account's first stage change, in stored form; None without one.
    """

    row: int
    values: dict[str, Any]
    uid: uuid.UUID | None = None
    external_key: str | None = None
    natural_key: tuple[str, str] | None = None
    key_field: str = "name"
    new: tuple[Any, ...] = ()
    first_stage: tuple[Any, ...] | None = None


class StoredForm:
    """New accounts and their first stage change in the form the store keeps them.

    Uids as bytes, times as milliseconds, amounts as hundredths, enums as stored words: each
    column's own type converts the values while the file is checked, outside the write lock,
    so that writing (under it) only writes. Rows that update an account go through the ORM.

    Args:
        dialect: the store's SQL dialect (what the column types convert for).
        now: the import's time: every new and updated row's timestamps.
        source: the file's name, for the stage history.
    """

    def __init__(self, dialect: Dialect, now: datetime, source: str) -> None:
        self.now = now
        self.source = source
        accounts = Base.metadata.tables[Account.__tablename__]
        changes = Base.metadata.tables[StageChange.__tablename__]
        # id (given when writing) first; then every other column.
        self._account_columns = [c for c in accounts.columns if c.name != "id"]
        self._change_columns = [c for c in changes.columns if c.name not in ("id", "account_id")]
        self._account_names = ["id", *(c.name for c in self._account_columns)]
        self._change_names = ["account_id", *(c.name for c in self._change_columns)]
        self._convert_account = [c.type.bind_processor(dialect) for c in self._account_columns]
        self._convert_change = [c.type.bind_processor(dialect) for c in self._change_columns]
        self._defaults = {name: _default(name) for name in _COLUMNS}
        # The same tables with untyped columns: the values are converted already. Statements
        # on them still go through the session, whose hooks (the sync's capture) see them.
        self.account_insert = _untyped(accounts).insert()
        self.change_insert = _untyped(changes, without={"id"}).insert()

    def new_account(self, row: AccountRow) -> tuple[Any, ...]:
        values = dict(self._defaults)
        values.update({k: v for k, v in row.values.items() if v is not None})
        values["uid"] = row.uid or uuid.uuid4()
        values["external_key"] = row.external_key
        values["created_at"] = values["updated_at"] = self.now
        return _converted(self._account_columns, self._convert_account, values)

    def stage_change(self, from_stage: Any, to_stage: Any) -> tuple[Any, ...]:
        values = {
            "uid": uuid.uuid4(),
            "from_stage": from_stage,
            "to_stage": to_stage,
            "changed_at": self.now,
            "note": _("imported from {source}").format(source=self.source),
            "created_at": self.now,
            "updated_at": self.now,
        }
        return _converted(self._change_columns, self._convert_change, values)

    def account_params(self, account_id: int, new: tuple[Any, ...]) -> dict[str, Any]:
        return dict(zip(self._account_names, (account_id, *new), strict=True))

    def change_params(self, account_id: int, change: tuple[Any, ...]) -> dict[str, Any]:
        return dict(zip(self._change_names, (account_id, *change), strict=True))


def _converted(
    columns: Sequence[Column[Any]],
    converters: Sequence[Callable[[Any], Any] | None],
    values: dict[str, Any],
) -> tuple[Any, ...]:
    converted = []
    for column, convert in zip(columns, converters, strict=True):
        value = values.get(column.name)
        if convert is not None and value is not None:
            value = convert(value)
            if isinstance(value, memoryview):  # the driver's binary type: bytes spill as well
                value = value.tobytes()
        converted.append(value)
    return tuple(converted)


def _untyped(table: SqlTable, without: frozenset[str] | set[str] = frozenset()) -> SqlTable:
    return SqlTable(
        table.name,
        MetaData(),
        *(
            Column(c.name, NullType(), primary_key=c.primary_key)
            for c in table.columns
            if c.name not in without
        ),
    )


# ---- checking ------------------------------------------------------------------------------


def check_accounts(
    table: Table,
    plan: ColumnPlan,
    problems: Problems,
    progress: ImportProgress,
    connection: Connection,
    spill: RowSpill,
    stored_form: StoredForm,
    allow_duplicates: bool,
) -> None:
    """Check every row of ``table`` and spill the good ones; problems go to ``problems``.

    Args:
        table: the open file.
        plan: which column feeds which field.
        problems: where problems (and notices) are recorded.
        progress: told as rows are checked.
        connection: a connection reading the store (no write lock is taken).
        spill: where the good rows go, for :func:`write_accounts`.
        stored_form: converts good rows for writing.
        allow_duplicates: whether a new account may share its domain with one in the store.
    """
    seen = _SeenKeys(plan)
    store = StoreAccounts(connection, key_field(plan))
    batch: list[tuple[AccountRow, RowCells]] = []

    def check_batch() -> None:
        good = [(row, cells) for row, cells in batch if cells.ok]
        by_row = {row.row: cells for row, cells in good}

        def fail(row: AccountRow, field: str, reason: str, kind: ProblemKind) -> None:
            by_row[row.row].fail(field, reason, kind)

        def notice(row: AccountRow, field: str, reason: str) -> None:
            cells = by_row[row.row]
            problems.notice(
                row.row, plan.header(field), cells.raw(field), reason, ProblemKind.DUPLICATE_ADDED
            )

        store.match([row for row, _ in good], fail, notice, allow_duplicates)
        if not problems:
            spill.write([_spilled(row, stored_form) for row, cells in good if cells.ok])
        batch.clear()

    for cells in walk(table, plan, problems, progress):
        row = _parse_row(cells, plan)
        if cells.ok:
            seen.check(row, cells)
        batch.append((row, cells))
        if len(batch) >= BATCH:
            check_batch()
    check_batch()


def _parse_row(cells: RowCells, plan: ColumnPlan) -> AccountRow:
    row = AccountRow(cells.row, {})
    for name, (parser, clears) in _PARSERS.items():
        if not cells.has(name):
            continue
        value = cells.parse(name, parser)
        if value is not None or clears:
            row.values[name] = value
    if row.values.get("name") is None and cells.has("name") and cells.ok:
        cells.fail("name", _("is empty (every account needs a name)"))
    row.uid = cells.parse("uid", uid_value)
    external_key = cells.parse("external_key", lambda c: text_value(c, max_length=200))
    if external_key is None and cells.has("record_id"):
        # The source system's id, prefixed so HubSpot's 123 and Salesforce's 123 differ.
        record_id = cells.parse("record_id", lambda c: text_value(c, max_length=150))
        if record_id is None and cells.blank("record_id"):
            cells.fail("record_id", _("is empty (it is how a re-import finds the account again)"))
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


def key_field(plan: ColumnPlan) -> str:
    """The field the file's external keys come from."""
    return "external_key" if "external_key" in plan.columns else "record_id"


class _SeenKeys:
    """The first row of each uid, record id and natural key so far: each may appear once."""

    def __init__(self, plan: ColumnPlan) -> None:
        self._key_field = key_field(plan)
        self._uids: dict[uuid.UUID, int] = {}
        self._keys: dict[str, int] = {}
        self._natural: dict[tuple[str, str], int] = {}

    def check(self, row: AccountRow, cells: RowCells) -> None:
        if row.uid is not None:
            self._once(self._uids, row.uid, cells, "uid", _(SAME_UID))
        if row.external_key is not None:
            self._once(self._keys, row.external_key, cells, self._key_field, _(SAME_RECORD_ID))
        if row.natural_key is not None:
            self._once(self._natural, row.natural_key, cells, row.key_field, _(SAME_ACCOUNT))

    @staticmethod
    def _once(seen: dict[Any, int], key: Any, cells: RowCells, field: str, what: str) -> None:
        earlier = seen.setdefault(key, cells.row)
        if earlier != cells.row:
            cells.fail(field, what.format(row=earlier))


# ---- matching against the store ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Stored:
    id: int
    uid: uuid.UUID
    external_key: str | None
    name: str
    stage: Any
    tier: Any
    arr: Any
    currency: str
    domain: str | None


_STORED_COLUMNS = (
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
Fail = Callable[[AccountRow, str, str, ProblemKind], None]
Notice = Callable[[AccountRow, str, str], None]


class StoreAccounts:
    """The accounts in the store that rows name, looked up a batch at a time through indexes.

    Args:
        connection: reads the store.
        key_field: the field rows take their external key from (for problems).
        below_id: only accounts with a smaller id are considered: those that were there before
            the import began writing its own.
    """

    def __init__(self, connection: Connection, key_field: str, below_id: int | None = None) -> None:
        self._connection = connection
        self._key_field = key_field
        self._below = below_id
        self._odd_domains: dict[str, list[_Stored]] | None = None
        self._names: dict[str, list[int]] | None = None

    def match(
        self,
        rows: list[AccountRow],
        fail: Fail,
        notice: Notice,
        allow_duplicates: bool,
    ) -> list[_Stored | None]:
        """The account each row updates (None for a new one); ambiguities go to ``fail``.

        A new account whose domain is already an account's is a likely duplicate (another
        record of the same company): a problem, or a notice when duplicates are allowed.
        """
        by_uid = {s.uid: s for s in self._where(Account.uid, [r.uid for r in rows if r.uid])}
        keys = [r.external_key for r in rows if r.external_key is not None]
        by_key = {s.external_key: s for s in self._where(Account.external_key, keys)}
        by_domain = self._by_domain([d for r in rows if (d := r.values.get("domain"))])
        by_name = self._by_name(
            [r.natural_key[1] for r in rows if r.natural_key and r.natural_key[0] == "name"]
        )
        matched: list[_Stored | None] = []
        for row in rows:
            found = self._match(row, by_uid, by_key, by_domain, by_name, fail)
            if found is None and row.natural_key is None:
                self._likely_duplicate(row, by_domain, fail, notice, allow_duplicates)
            matched.append(found)
        return matched

    def _match(
        self,
        row: AccountRow,
        by_uid: dict[uuid.UUID, _Stored],
        by_key: dict[str | None, _Stored],
        by_domain: dict[str, list[_Stored]],
        by_name: dict[str, list[_Stored]],
        fail: Fail,
    ) -> _Stored | None:
        if row.uid is not None and row.uid in by_uid:
            found = by_uid[row.uid]
            owner = by_key.get(row.external_key)
            if owner is not None and owner.id != found.id:
                fail(
                    row,
                    self._key_field,
                    _("already belongs to another account ({name})").format(name=repr(owner.name)),
                    ProblemKind.INVALID,
                )
            return found
        if row.external_key is not None:
            return by_key.get(row.external_key)
        if row.natural_key is None:
            return None
        what, key = row.natural_key
        matches = (by_domain if what == "domain" else by_name).get(key, [])
        if len(matches) > 1:
            names = ", ".join(repr(m.name) for m in matches[:3])
            fail(
                row,
                row.key_field,
                _(
                    "matches {count} accounts in the store ({names}); "
                    "add an external_key or uid column to tell them apart"
                ).format(count=len(matches), names=names),
                ProblemKind.INVALID,
            )
            return None
        return matches[0] if matches else None

    @staticmethod
    def _likely_duplicate(
        row: AccountRow,
        by_domain: dict[str, list[_Stored]],
        fail: Fail,
        notice: Notice,
        allow_duplicates: bool,
    ) -> None:
        domain = row.values.get("domain")
        twins = by_domain.get(domain, []) if domain else []
        if not twins:
            return
        first = twins[0]
        named = ", ".join(
            f"{t.name!r} ({t.external_key})" if t.external_key else repr(t.name) for t in twins[:3]
        )
        if allow_duplicates:
            notice(
                row,
                "domain",
                _(
                    "was added as a second account with the domain of {named}; duplicates were "
                    "allowed"
                ).format(named=named),
            )
            return
        this = row.external_key or _("uid {uid}").format(uid=row.uid)
        key = (
            _("an external_key column holding {key}").format(key=repr(first.external_key))
            if first.external_key
            else _("a uid column holding {uid}").format(uid=first.uid)
        )
        fail(
            row,
            "domain",
            _(
                "is the domain of {named}, already in the store, but this row is another record "
                "({this}): likely a duplicate. To update {name} instead, give this row its key "
                "({key}); to add a second account, import with --allow-duplicates"
            ).format(named=named, this=this, name=repr(first.name), key=key),
            ProblemKind.LIKELY_DUPLICATE,
        )

    def _where(self, column: Any, values: Iterable[Any]) -> list[_Stored]:
        wanted = list(dict.fromkeys(values))
        if not wanted:
            return []
        query = select(*_STORED_COLUMNS).where(column.in_(wanted))
        if self._below is not None:
            query = query.where(Account.id < self._below)
        return [_Stored(*row) for row in self._connection.execute(query)]

    def _by_domain(self, domains: list[str]) -> dict[str, list[_Stored]]:
        """Accounts by folded domain. Imports store domains folded; others may not be."""
        if not domains:
            return {}
        if self._odd_domains is None:
            # The few domains typed or synced with capitals: found once, by a scan.
            self._odd_domains = defaultdict(list)
            odd = select(*_STORED_COLUMNS).where(
                Account.domain.is_not(None),
                (Account.domain != func.lower(Account.domain))
                | Account.domain.op("GLOB")("*[^ -~]*"),
            )
            if self._below is not None:
                odd = odd.where(Account.id < self._below)
            for row in self._connection.execute(odd):
                stored = _Stored(*row)
                if stored.domain and stored.domain.casefold() != stored.domain:
                    self._odd_domains[stored.domain.casefold()].append(stored)
        found: dict[str, list[_Stored]] = defaultdict(list)
        for stored in self._where(Account.domain, domains):
            if stored.domain is not None:
                found[stored.domain].append(stored)
        if self._odd_domains:
            for domain in set(domains):
                found[domain].extend(self._odd_domains.get(domain, ()))
        return found

    def _by_name(self, names: list[str]) -> dict[str, list[_Stored]]:
        """Accounts by name, folded as Python folds it (which SQL cannot): one scan, once."""
        if not names:
            return {}
        if self._names is None:
            self._names = defaultdict(list)
            query = select(Account.id, Account.name)
            if self._below is not None:
                query = query.where(Account.id < self._below)
            for id_, name in self._connection.execute(query):
                self._names[name.casefold()].append(id_)
        ids = {name: self._names.get(name, []) for name in names}
        stored = {s.id: s for s in self._where(Account.id, [i for v in ids.values() for i in v])}
        return {name: [stored[i] for i in found] for name, found in ids.items()}


# ---- the spill -----------------------------------------------------------------------------

# A spilled row: (row, uid bytes, external key, natural key, key field, values by field, the
# new account and its first stage change in stored form).
_Spilled = tuple[
    int,
    bytes | None,
    str | None,
    tuple[str, str] | None,
    str,
    dict[str, Any],
    tuple[Any, ...],
    tuple[Any, ...] | None,
]


class RowSpill:
    """Checked rows kept on disk between checking and writing, a batch per pickle.

    A temporary file: removed when closed, and by the system if the process dies.
    """

    def __init__(self) -> None:
        # Closed by close() (the spill is a context manager itself).
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="cs-desktop-import-")  # noqa: SIM115
        self.rows = 0

    def write(self, rows: list[_Spilled]) -> None:
        if rows:
            pickle.dump(rows, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self.rows += len(rows)

    def batches(self) -> Iterator[list[AccountRow]]:
        self._file.seek(0)
        while True:
            try:
                batch: list[_Spilled] = pickle.load(self._file)
            except EOFError:
                return
            yield [
                AccountRow(
                    number,
                    values,
                    None if uid is None else uuid.UUID(bytes=uid),
                    key,
                    natural,
                    key_field,
                    new,
                    first_stage,
                )
                for number, uid, key, natural, key_field, values, new, first_stage in batch
            ]

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> RowSpill:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _spilled(row: AccountRow, stored_form: StoredForm) -> _Spilled:
    uid = None if row.uid is None else row.uid.bytes
    stage = row.values.get("stage")
    first_stage = None if stage is None else stored_form.stage_change(None, stage)
    new = stored_form.new_account(row)
    return (
        row.row,
        uid,
        row.external_key,
        row.natural_key,
        row.key_field,
        row.values,
        new,
        first_stage,
    )


# ---- writing -------------------------------------------------------------------------------


def write_accounts(
    session: Session,
    spill: RowSpill,
    plan: ColumnPlan,
    problems: Problems,
    progress: ImportProgress,
    stored_form: StoredForm,
    allow_duplicates: bool,
) -> tuple[int, int]:
    """Match the spilled rows to the store again and write them; returns (created, updated).

    Call in the write transaction. New accounts get the ids after the store's last, so that
    matching sees only the accounts that were there before. When matching finds problems (the
    store changed since checking), they go to ``problems`` and the caller rolls back.
    """
    connection = session.connection()
    next_id = (connection.scalar(select(func.max(Account.id))) or 0) + 1
    store = StoreAccounts(connection, key_field(plan), below_id=next_id)
    header = {name: plan.header(name) for name in plan.columns}
    created = updated = 0

    def fail(row: AccountRow, field: str, reason: str, kind: ProblemKind) -> None:
        problems.add(row.row, header.get(field, field), _value_of(row, field), reason, kind)

    # Checking noted the likely duplicates it let through, quoting the file's cells; a note
    # here is for one that only appeared since (another account took the domain meanwhile).
    noted = {n.row for n in problems.notices if n.kind is ProblemKind.DUPLICATE_ADDED}

    def notice(row: AccountRow, field: str, reason: str) -> None:
        if row.row in noted:
            return
        problems.notice(
            row.row,
            header.get(field, field),
            _value_of(row, field),
            reason,
            ProblemKind.DUPLICATE_ADDED,
        )

    for rows in spill.batches():
        matched = store.match(rows, fail, notice, allow_duplicates)
        if problems:
            continue  # keep matching, to report every problem; nothing more is written
        creates: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for row, stored in zip(rows, matched, strict=True):
            if stored is None:
                creates.append(stored_form.account_params(next_id, row.new))
                if row.first_stage is not None:
                    changes.append(stored_form.change_params(next_id, row.first_stage))
                next_id += 1
                continue
            updates.append(_changes(row, stored, plan, stored_form.now))
            stage = row.values.get("stage")
            if stage is not None and stage != stored.stage:
                change = stored_form.stage_change(stored.stage, stage)
                changes.append(stored_form.change_params(stored.id, change))
        if creates:
            session.execute(stored_form.account_insert, creates)
        if updates:
            execute_in_batches(session, update(Account), updates)
        if changes:
            session.execute(stored_form.change_insert, changes)
        created += len(creates)
        updated += len(updates)
        progress.writing(created + updated)
    return created, updated


def _value_of(row: AccountRow, field: str) -> str:
    """What a spilled row holds for ``field``, as text for a report line."""
    if field in ("external_key", "record_id"):
        value: Any = row.external_key
    elif field == "uid":
        value = row.uid
    else:
        value = row.values.get(field)
    return "" if value is None else str(getattr(value, "value", value))


def _changes(row: AccountRow, stored: _Stored, plan: ColumnPlan, now: datetime) -> dict[str, Any]:
    values: dict[str, Any] = {"id": stored.id, "updated_at": now}
    for name in plan.columns:
        if name in _PARSERS:
            value = row.values.get(name)
            values[name] = getattr(stored, name) if value is None and name in _KEPT else value
    # Every dict of one bulk UPDATE carries the same keys: keep the stored key when blank.
    values["external_key"] = row.external_key or stored.external_key
    return values


def _default(name: str) -> Any:
    default = Account.__table__.c[name].default
    return None if default is None else default.arg


class AccountIndex:
    """Every account already in the store, by each way a row can name it: one query.

    For the touchpoint import, which resolves each row's account among all of them.
    """

    def __init__(self, session: Session) -> None:
        self.by_uid: dict[uuid.UUID, _Stored] = {}
        self.by_key: dict[str, _Stored] = {}
        self.by_domain: dict[str, list[_Stored]] = defaultdict(list)
        self.by_name: dict[str, list[_Stored]] = defaultdict(list)
        for row in session.execute(select(*_STORED_COLUMNS)):
            stored = _Stored(*row)
            self.by_uid[stored.uid] = stored
            if stored.external_key is not None:
                self.by_key[stored.external_key] = stored
            if stored.domain:
                self.by_domain[stored.domain.casefold()].append(stored)
            self.by_name[stored.name.casefold()].append(stored)

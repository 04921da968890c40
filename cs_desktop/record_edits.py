"""Create, change and delete any record of the book, each edit carrying what undoes it.

The editors of every record (accounts, stakeholders, plans, renewals, risks, tasks, ...) share
these three operations. Each works inside the caller's session (one transaction, from
``Store.write()``), validates before it writes and returns a :class:`RecordEdit`;
:func:`reverse` applies the opposite edit and returns it, so undo and redo are the same call.
A deleted row comes back with its id, its uid (sync knows rows by uid) and every row that went
with it by ``ON DELETE CASCADE``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Table, insert, inspect, select
from sqlalchemy.orm import Mapper, Session

from cs_desktop.base import Base
from cs_desktop.changes import Changes
from cs_desktop.edits import EditRejected
from cs_desktop.i18n import N_, _
from cs_desktop.ids import AccountId
from cs_desktop.models import (
    Account,
    ExchangeRate,
    Milestone,
    Objective,
    SuccessPlan,
    Task,
    Touchpoint,
)

FieldErrors = Mapping[str, str]
"""Problems with proposed values: field name -> what is wrong, to show next to the field."""

Validator = Callable[[Session, Mapping[str, Any], Any], FieldErrors]
"""Checks a record's values as they would be after the edit (all fields), given the row as it
is now (None when creating); returns the problems, empty when the values are fine."""

Model = type[Base]


class RecordRejected(EditRejected):
    """Values that cannot be saved; ``errors`` names each field and what is wrong with it."""

    def __init__(self, errors: FieldErrors) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{name}: {problem}" for name, problem in self.errors.items()))


@dataclass(frozen=True)
class RowImage:
    """One stored row, column by column, as it was read (to write it back unchanged)."""

    table: str
    values: Mapping[str, Any]


@dataclass(frozen=True)
class RecordEdit:
    """One saved edit of one record, with enough to undo it.

    Attributes:
        action: what the edit did to the record.
        model: the record's model class.
        row_id: the record's local id.
        before: for "update", the changed fields' previous values; for "links", the
            relationship's name and the ids it linked before.
        after: for "update", their new values; for "links", the ids it links now.
        rows: for "delete", the record and the rows that went with it, parents first; for
            "restore", the same rows put back.
        changes: what views showing the record must refresh.
    """

    action: Literal["create", "update", "delete", "restore", "links"]
    model: Model
    row_id: int
    changes: Changes
    before: Mapping[str, Any] = field(default_factory=dict)
    after: Mapping[str, Any] = field(default_factory=dict)
    rows: tuple[RowImage, ...] = ()


def create_record(
    session: Session,
    model: Model,
    values: Mapping[str, Any],
    *,
    validate: Validator | None = None,
) -> RecordEdit:
    """Add a record of ``model`` with ``values`` (attribute names); rejected if invalid."""
    _check_names(model, values)
    if validate is not None:
        _raise_if(validate(session, values, None))
    row: Any = model(**values)
    session.add(row)
    session.flush()
    return RecordEdit("create", model, row.id, changes_of(session, row, joins_or_leaves=True))


def update_record(
    session: Session,
    model: Model,
    row_id: int,
    values: Mapping[str, Any],
    *,
    validate: Validator | None = None,
) -> RecordEdit:
    """Change some fields of a record; only fields whose value differs are written."""
    _check_names(model, values)
    row = _row(session, model, row_id)
    if validate is not None:
        current = {name: getattr(row, name) for name in _names(model)}
        _raise_if(validate(session, {**current, **values}, row))
    before = {name: getattr(row, name) for name, value in values.items()}
    changed = {name: value for name, value in values.items() if before[name] != value}
    for name, value in changed.items():
        setattr(row, name, value)
    session.flush()
    return RecordEdit(
        "update",
        model,
        row_id,
        # An archived or restored account leaves or rejoins the book; other fields only
        # change its own row (the portfolio refreshes that row, the health that account).
        changes_of(session, row, joins_or_leaves="archived_at" in changed),
        before={name: before[name] for name in changed},
        after=changed,
    )


def delete_record(session: Session, model: Model, row_id: int) -> RecordEdit:
    """Delete a record and, as the schema says, what belongs to it; keeps them for undo."""
    row = _row(session, model, row_id)
    changes = changes_of(session, row, joins_or_leaves=True)
    rows = _with_dependents(session, _table(model), [row_id])
    session.delete(row)
    session.flush()
    return RecordEdit("delete", model, row_id, changes, rows=rows)


def set_links(
    session: Session, model: Model, row_id: int, name: str, ids: Iterable[int]
) -> RecordEdit:
    """Link a record to exactly these records through its many-to-many relationship ``name``.

    Goes through the ORM, so hooks that watch links (the sync's capture) see what changed.
    """
    row = _row(session, model, row_id)
    relation = _mapper(model).relationships[name]
    if relation.secondary is None:  # a programming error, not the user's
        raise TypeError(f"{model.__name__}.{name} is not a many-to-many relationship")
    target = relation.mapper.class_
    wanted = sorted(set(ids))
    before = tuple(sorted(linked.id for linked in getattr(row, name)))
    if tuple(wanted) != before:
        found = list(session.scalars(select(target).where(target.id.in_(wanted))))
        if len(found) != len(wanted):
            raise EditRejected(f"{name}: " + _("some of these no longer exist"))
        setattr(row, name, found)
        session.flush()
    return RecordEdit(
        "links",
        model,
        row_id,
        changes_of(session, row),
        before={name: before},
        after={name: tuple(wanted)},
    )


def reverse(session: Session, edit: RecordEdit) -> RecordEdit:
    """Apply the opposite of ``edit``; returns it, so reversing it again redoes ``edit``."""
    if edit.action == "links":
        ((name, ids),) = edit.before.items()
        return set_links(session, edit.model, edit.row_id, name, ids)
    if edit.action == "update":
        return update_record(session, edit.model, edit.row_id, edit.before)
    if edit.action in ("create", "restore"):
        return delete_record(session, edit.model, edit.row_id)
    tables = Base.metadata.tables
    for image in edit.rows:
        session.execute(insert(tables[image.table]), [dict(image.values)])
    session.flush()
    restored = _row(session, edit.model, edit.row_id)
    return RecordEdit(
        "restore",
        edit.model,
        edit.row_id,
        changes_of(session, restored, joins_or_leaves=True),
        rows=edit.rows,
    )


def reverse_all(session: Session, edits: Sequence[RecordEdit]) -> tuple[RecordEdit, ...]:
    """Reverse several edits made together, last first; returns what reverses the reversal.

    The result is in the order it was applied, so reversing it in turn starts with its last
    (a record created with one that depends on it comes back before its dependant).
    """
    return tuple(reverse(session, edit) for edit in reversed(edits))


def changes_of(session: Session, row: Any, *, joins_or_leaves: bool = False) -> Changes:
    """What a change to ``row`` means for the views: its account, and what it feeds.

    ``joins_or_leaves``: the change adds the row to the book or takes it out (created,
    deleted, restored, archived); for an account, the whole portfolio must be read again.
    """
    account_id = _account_of(session, row)
    return Changes(
        accounts=frozenset() if account_id is None else frozenset({account_id}),
        portfolio=joins_or_leaves and isinstance(row, Account),
        touchpoints=isinstance(row, Touchpoint),
        health=not isinstance(row, Task | ExchangeRate),
        tasks=isinstance(row, Task),
        money=isinstance(row, ExchangeRate),
    )


def _account_of(session: Session, row: Any) -> AccountId | None:
    if isinstance(row, Account):
        return AccountId(row.id)
    if isinstance(row, Objective | Milestone):
        plan_account = session.get(SuccessPlan, row.plan_id)
        return None if plan_account is None else AccountId(plan_account.account_id)
    account_id = getattr(row, "account_id", None)
    return None if account_id is None else AccountId(account_id)


def _with_dependents(session: Session, table: Table, ids: list[int]) -> tuple[RowImage, ...]:
    """The rows of ``table`` with these ids and, after them, every row cascading from them."""
    images = [
        RowImage(table.name, dict(row))
        for row in session.execute(select(table).where(table.c.id.in_(ids))).mappings()
    ]
    for child in Base.metadata.sorted_tables:
        for key in child.foreign_keys:
            if key.column.table is not table or key.ondelete != "CASCADE":
                continue
            rows = session.execute(select(child).where(key.parent.in_(ids))).mappings().all()
            if not rows:
                continue
            if "id" in child.c:
                images += _with_dependents(session, child, [row["id"] for row in rows])
            else:  # a link table: its rows depend on nothing further
                images += [RowImage(child.name, dict(row)) for row in rows]
    return tuple(_unique(images))


def _unique(images: list[RowImage]) -> list[RowImage]:
    # A link row reached from both of its ends is put back once, after both ends.
    seen: dict[tuple[str, tuple[tuple[str, Any], ...]], RowImage] = {}
    for image in images:
        key = (image.table, tuple(sorted(image.values.items())))
        seen.pop(key, None)
        seen[key] = image
    return list(seen.values())


def _raise_if(errors: FieldErrors) -> None:
    if errors:
        raise RecordRejected(errors)


# "This ... no longer exists", one whole sentence per kind of record.
_GONE = {
    "account": N_("this account no longer exists"),
    "stakeholder": N_("this stakeholder no longer exists"),
    "stage_change": N_("this stage change no longer exists"),
    "touchpoint": N_("this touchpoint no longer exists"),
    "health_sample": N_("this measurement no longer exists"),
    "success_plan": N_("this success plan no longer exists"),
    "objective": N_("this goal no longer exists"),
    "milestone": N_("this step no longer exists"),
    "renewal": N_("this renewal no longer exists"),
    "renewal_forecast": N_("this renewal forecast no longer exists"),
    "risk": N_("this risk no longer exists"),
    "task": N_("this task no longer exists"),
}
_RECORD_GONE = N_("this record no longer exists")


def _row(session: Session, model: Model, row_id: int) -> Any:
    row = session.get(model, row_id)
    if row is None:
        raise EditRejected(_(_GONE.get(_table(model).name, _RECORD_GONE)))
    return row


def _table(model: Model) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _mapper(model: Model) -> Mapper[Any]:
    mapper = inspect(model)
    assert isinstance(mapper, Mapper)
    return mapper


def _names(model: Model) -> list[str]:
    return [column.key for column in _table(model).columns]


def _check_names(model: Model, values: Mapping[str, Any]) -> None:
    unknown = set(values) - set(_names(model)) - {"id", "uid"}
    if unknown:  # a programming error, not the user's
        raise TypeError(f"{model.__name__} has no field(s) {', '.join(sorted(unknown))}")


__all__ = [
    "FieldErrors",
    "RecordEdit",
    "RecordRejected",
    "RowImage",
    "Validator",
    "changes_of",
    "create_record",
    "delete_record",
    "reverse",
    "reverse_all",
    "set_links",
    "update_record",
]

"""Synced values as canonical text, read off each column's type.

Every synced field travels as one text form, whatever side it comes from, so that the merge
compares like with like: a date is ``2026-03-01``, an amount ``1200.00``, a flag ``true``, an
instant ``2026-03-01T09:30:00.000Z``, a choice its vocabulary value. :func:`canonical` makes
it from a column's Python value, :func:`native` turns it back, :func:`normalised` reads the
forms a CRM may answer with (``1200``, ``2026-03-01T00:00:00Z``, epoch milliseconds).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from sqlalchemy import Boolean, Date, Enum, Integer

from cs_desktop.coltypes import Money, UtcTimestamp

Value = str | None
ColumnLike = Any  # a table's Column, as ``Model.__table__.c[name]`` gives it
Shape = Literal["instant", "date", "money", "flag", "number", "choice", "text"]
CENTS = Decimal("0.01")


def shape(column: ColumnLike) -> Shape:
    """What kind of value a column holds, as the sync sees it."""
    kind = column.type
    if isinstance(kind, UtcTimestamp):
        return "instant"
    if isinstance(kind, Money):
        return "money"
    if isinstance(kind, Boolean):
        return "flag"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Integer):
        return "number"
    if isinstance(kind, Enum):
        return "choice"
    return "text"


def iso_ms(value: datetime) -> str:
    """The canonical text of a timestamp: UTC, milliseconds, ``Z``."""
    return (
        value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
    )


def parse_instant(value: str) -> datetime:
    """An aware datetime from epoch milliseconds or ISO-8601 text."""
    if value.isdigit():
        return datetime.fromtimestamp(int(value) / 1000, tz=UTC)
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def parse_day(value: str) -> date:
    """A calendar day from ``YYYY-MM-DD``, epoch milliseconds or an instant (its UTC day:
    CRMs keep a date as midnight UTC)."""
    if len(value) == 10 and value[4] == "-":
        return date.fromisoformat(value)
    return parse_instant(value).date()


def canonical(value: Any) -> Value:
    """The canonical text of a column's Python value."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return iso_ms(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.quantize(CENTS), "f")
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def normalised(column: ColumnLike, text: Value) -> Value:
    """A CRM's text for ``column`` in canonical form; None when empty or unreadable."""
    if text is None or text == "":
        return None
    try:
        return canonical(native(column, text))
    except (ValueError, InvalidOperation, OverflowError):
        return None


def native(column: ColumnLike, text: Value) -> Any:
    """The Python value of canonical (or CRM) text for ``column``; None stays None.

    Raises:
        ValueError: text the column cannot hold (a choice outside its vocabulary).
    """
    if text is None:
        return None
    return _native(shape(column), column, text)


def normaliser(column: ColumnLike) -> Callable[[Value], Value]:
    """:func:`normalised` for one column, its shape read once (a pull reads every field of
    every record)."""
    form = shape(column)
    if form == "text":
        return lambda text: text or None  # the canonical text of text is itself

    def read(text: Value) -> Value:
        if text is None or text == "":
            return None
        try:
            return canonical(_native(form, column, text))
        except (ValueError, InvalidOperation, OverflowError):
            return None

    return read


def _native(form: Shape, column: ColumnLike, text: str) -> Any:
    if form == "instant":
        return parse_instant(text)
    if form == "date":
        return parse_day(text)
    if form == "money":
        return Decimal(text).quantize(CENTS)
    if form == "flag":
        if text.lower() not in ("true", "false"):
            raise ValueError(text)
        return text.lower() == "true"
    if form == "number":
        return int(Decimal(text))
    if form == "choice":
        choices: type[enum.Enum] | None = getattr(column.type, "enum_class", None)
        return text if choices is None else choices(text)
    return text


def fallback(column: ColumnLike) -> Value:
    """What a required column holds when the CRM has no value: its default, else empty."""
    default = column.default
    if default is not None and not callable(getattr(default, "arg", None)):
        return canonical(getattr(default, "arg", None))
    form = shape(column)
    if form == "money":
        return "0.00"
    if form == "flag":
        return "false"
    if form == "number":
        return "0"
    if form == "choice":
        choices: type[enum.Enum] | None = getattr(column.type, "enum_class", None)
        return None if choices is None else canonical(next(iter(choices)))
    return "" if form == "text" else None

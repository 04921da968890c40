"""Editing exchange rates and choosing the reporting currency (see :mod:`cs_desktop.rates`).

Each change is one edit in the caller's transaction: a rate added, changed or deleted is a
:class:`~cs_desktop.record_edits.RecordEdit` (undo puts it back); values that cannot be stored
are refused with :class:`~cs_desktop.record_edits.RecordRejected`, whose ``errors`` name each
field and what is wrong with it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cs_desktop.book.accounts import is_currency
from cs_desktop.changes import Changes
from cs_desktop.i18n import _
from cs_desktop.models import ExchangeRate, Setting
from cs_desktop.money import currency_code
from cs_desktop.rates import REPORTING_CURRENCY
from cs_desktop.record_edits import (
    FieldErrors,
    RecordEdit,
    RecordRejected,
    create_record,
    delete_record,
    update_record,
)

# Far beyond any real rate (a Zimbabwe dollar per bitcoin is ~1e17), and enough digits for a
# central bank's published rates.
RATE_MAX = Decimal(10) ** 12
RATE_DIGITS = 20
SOURCE_MAX = 500


def set_reporting_currency(session: Session, currency: str | None) -> Changes:
    """Choose the reporting currency; None goes back to the book's most common one.

    Raises:
        RecordRejected: not an ISO 4217 code (``errors["currency"]`` says so).
    """
    if currency is None:
        session.execute(delete(Setting).where(Setting.name == REPORTING_CURRENCY))
        return Changes(money=True)
    code = currency_code(currency)
    if code is None or not is_currency(code):
        raise RecordRejected({"currency": currency_problem()})
    row = session.get(Setting, REPORTING_CURRENCY)
    if row is None:
        session.add(Setting(name=REPORTING_CURRENCY, value=code))
    else:
        row.value = code
    session.flush()
    return Changes(money=True)


def currency_problem() -> str:
    return _("Enter an ISO 4217 currency code such as USD, EUR or JPY.")


class BadRate(ValueError):
    """A rate that cannot be stored; ``reason`` is "format", "not_positive" or "too_large"."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(
            {
                "not_positive": _("A rate is more than 0."),
                "too_large": _("A rate has at most {digits} digits and is below {limit}.").format(
                    digits=RATE_DIGITS, limit=f"{RATE_MAX:,}"
                ),
            }.get(reason, _("Enter a rate such as 0.0067 or 149.5."))
        )


def parse_rate(value: object) -> Decimal:
    """A rate as typed or read from a file: ``0.0067``, ``149.5``, ``1,234.5``.

    Raises:
        BadRate: not a number above 0, or out of range (the message says which).
    """
    if isinstance(value, bool):
        raise BadRate("format")
    if isinstance(value, Decimal | int):
        number = Decimal(value)
    else:
        text = str(value).strip().replace(",", "").replace("_", "").replace(" ", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise BadRate("format") from None
    if not number.is_finite():
        raise BadRate("format")
    if number <= 0:
        raise BadRate("not_positive")
    if number >= RATE_MAX or len(number.normalize().as_tuple().digits) > RATE_DIGITS:
        raise BadRate("too_large")
    return number


def rate_problems(values: Mapping[str, Any]) -> FieldErrors:
    """What is wrong with a rate's values (field -> problem); empty when it can be saved."""
    errors: dict[str, str] = {}
    codes = {}
    for name in ("from_currency", "to_currency"):
        code = currency_code(str(values.get(name) or ""))
        if code is None or not is_currency(code):
            errors[name] = currency_problem()
        codes[name] = code
    if "to_currency" not in errors and codes["from_currency"] == codes["to_currency"]:
        errors["to_currency"] = _("A rate converts one currency into another.")
    if not isinstance(values.get("effective_on"), date):
        errors["effective_on"] = _("Enter the day the rate takes effect.")
    try:
        parse_rate(values.get("rate"))
    except ValueError as bad:
        errors["rate"] = str(bad)
    if len(str(values.get("source") or "")) > SOURCE_MAX:
        errors["source"] = _("At most {limit} characters.").format(limit=SOURCE_MAX)
    return errors


def clean_rate_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Values as the store keeps them: codes upper-cased, the rate a Decimal, the note trimmed."""
    return {
        "from_currency": currency_code(str(values["from_currency"])),
        "to_currency": currency_code(str(values["to_currency"])),
        "effective_on": values["effective_on"],
        "rate": parse_rate(values["rate"]),
        "source": str(values.get("source") or "").strip(),
    }


def _validate(session: Session, values: Mapping[str, Any], row: Any) -> FieldErrors:
    errors = dict(rate_problems(values))
    if errors:
        return errors
    cleaned = clean_rate_values(values)
    same_day = session.scalars(
        select(ExchangeRate.id).where(
            ExchangeRate.from_currency == cleaned["from_currency"],
            ExchangeRate.to_currency == cleaned["to_currency"],
            ExchangeRate.effective_on == cleaned["effective_on"],
        )
    ).first()
    if same_day is not None and (row is None or same_day != row.id):
        errors["effective_on"] = _(
            "{source}->{target} already has a rate on {date}: edit that one."
        ).format(
            source=cleaned["from_currency"],
            target=cleaned["to_currency"],
            date=cleaned["effective_on"].isoformat(),
        )
    return errors


def add_rate(session: Session, values: Mapping[str, Any]) -> RecordEdit:
    """Add a rate (``from_currency``, ``to_currency``, ``effective_on``, ``rate``, ``source``).

    Raises:
        RecordRejected: invalid values, or the pair already has a rate on that day.
    """
    errors = rate_problems(values)
    if errors:
        raise RecordRejected(errors)
    return create_record(session, ExchangeRate, clean_rate_values(values), validate=_validate)


def update_rate(session: Session, rate_id: int, values: Mapping[str, Any]) -> RecordEdit:
    """Change a stored rate; the same checks as :func:`add_rate`."""
    errors = rate_problems(values)
    if errors:
        raise RecordRejected(errors)
    return update_record(
        session, ExchangeRate, rate_id, clean_rate_values(values), validate=_validate
    )


def delete_rates(session: Session, rate_ids: Sequence[int]) -> tuple[RecordEdit, ...]:
    """Delete stored rates (undo puts them back)."""
    return tuple(delete_record(session, ExchangeRate, rate_id) for rate_id in rate_ids)


@dataclass(frozen=True)
class RateRow:
    """A rate to store, as read from a file."""

    from_currency: str
    to_currency: str
    effective_on: date
    rate: Decimal
    source: str = ""


def write_rates(session: Session, rows: Sequence[RateRow]) -> tuple[int, int]:
    """Store ``rows`` in the caller's transaction; a pair's rate on a day already stored is
    replaced. Returns (created, updated)."""
    existing = {
        (row.from_currency, row.to_currency, row.effective_on): row
        for row in session.scalars(select(ExchangeRate))
    }
    created = updated = 0
    for row in rows:
        stored = existing.get((row.from_currency, row.to_currency, row.effective_on))
        if stored is None:
            session.add(
                ExchangeRate(
                    from_currency=row.from_currency,
                    to_currency=row.to_currency,
                    effective_on=row.effective_on,
                    rate=row.rate,
                    source=row.source,
                )
            )
            created += 1
        else:
            stored.rate, stored.source = row.rate, row.source
            updated += 1
    session.flush()
    return created, updated


__all__ = [
    "RATE_DIGITS",
    "RATE_MAX",
    "BadRate",
    "RateRow",
    "add_rate",
    "clean_rate_values",
    "currency_problem",
    "delete_rates",
    "parse_rate",
    "rate_problems",
    "set_reporting_currency",
    "update_rate",
    "write_rates",
]

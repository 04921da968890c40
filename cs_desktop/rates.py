"""Exchange rates and the reporting currency: totals that never mix currencies.

Each account keeps its ARR in its own currency. Totals, retention and sorting across accounts
are computed in one **reporting currency**, chosen by the user (stored in the store's
``setting`` table, so the app and ``cs-desktop rates`` agree) or, until one is chosen, the
book's most common currency: a single-currency book needs nothing configured.

An amount is converted on a date with the latest rate of its pair on or before that date; a
pair's inverse serves too (``1 / rate``), a pair with no rate of its own converts through a
third currency both have rates with (JPY->USD->EUR), and a currency converts to itself at 1.
There is no guessing beyond that: a missing rate is a :class:`RateGap` ("no JPY->USD rate on
or before 2026-03-31") that the caller shows instead of a number, never a total that silently
leaves an amount out or adds it unconverted.

Converted amounts are rounded half up to hundredths of the reporting currency, as the store
keeps money, so a total is exactly the sum of the converted parts it shows.

This module only reads (with Core SQL: the portfolio converts ARR before the ORM is loaded);
:mod:`cs_desktop.rate_edits` stores rates and the reporting currency.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import TYPE_CHECKING

from cs_desktop.i18n import _

if TYPE_CHECKING:
    # Not imported at run time: the portfolio converts ARR before SQLAlchemy is loaded.
    from sqlalchemy import Connection

REPORTING_CURRENCY = "reporting_currency"
# When the book is empty and nothing was chosen.
FALLBACK_CURRENCY = "USD"
CENT = Decimal("0.01")
# The inverse of a rate, to this many significant digits: exact to far below a hundredth.
_INVERSE_DIGITS = 34


@dataclass(frozen=True)
class RateGap:
    """No rate converts ``source`` to ``target`` on ``on`` (nor any day before it)."""

    source: str
    target: str
    on: date

    def message(self) -> str:
        """``no JPY->USD rate on or before 2026-03-31``, in the app's language."""
        return _("no {source}->{target} rate on or before {date}").format(
            source=self.source, target=self.target, date=self.on.isoformat()
        )

    def __str__(self) -> str:
        return self.message()


class MissingRate(LookupError):
    """An amount cannot be converted: ``gap`` says which rate is missing."""

    def __init__(self, gap: RateGap) -> None:
        super().__init__(gap.message())
        self.gap = gap


@dataclass(frozen=True)
class Rate:
    """A stored rate: one ``from_currency`` is worth ``rate`` ``to_currency`` from a day on."""

    id: int
    from_currency: str
    to_currency: str
    effective_on: date
    rate: Decimal
    source: str = ""


@dataclass(frozen=True)
class RateUsed:
    """How an amount was converted: ``rate`` (inverse already applied), from a stored rate."""

    rate: Decimal
    stored: Rate
    inverse: bool


class RateTable:
    """Every rate of the store, in memory, looked up by pair and day (bisect per pair)."""

    def __init__(self, rates: Iterable[Rate] = ()) -> None:
        pairs: dict[tuple[str, str], list[Rate]] = {}
        for rate in rates:
            pairs.setdefault((rate.from_currency, rate.to_currency), []).append(rate)
        self._pairs = {
            pair: sorted(found, key=lambda r: r.effective_on) for pair, found in pairs.items()
        }
        self._days = {
            pair: [r.effective_on.toordinal() for r in found] for pair, found in self._pairs.items()
        }
        self._inverses: dict[int, Decimal] = {}

    def __len__(self) -> int:
        return sum(len(found) for found in self._pairs.values())

    def currencies(self) -> frozenset[str]:
        return frozenset(code for pair in self._pairs for code in pair)

    def lookup(self, source: str, target: str, on: date) -> RateUsed | None:
        """The rate that converts ``source`` to ``target`` on ``on``, or None.

        The latest rate on or before ``on`` of the pair or of its inverse; when both pairs
        have one, the more recent wins (the pair as asked for on the same day).
        """
        direct = self._latest((source, target), on)
        inverse = self._latest((target, source), on)
        if inverse is not None and (direct is None or inverse.effective_on > direct.effective_on):
            return RateUsed(self._inverse(inverse), inverse, True)
        if direct is not None:
            return RateUsed(direct.rate, direct, False)
        return None

    def rate(self, source: str, target: str, on: date) -> Decimal:
        """How many ``target`` one ``source`` is worth on ``on``.

        Raises:
            MissingRate: neither the pair nor its inverse has a rate on or before ``on``.
        """
        if source == target:
            return Decimal(1)
        found = self.lookup(source, target, on)
        if found is not None:
            return found.rate
        legs = self.cross(source, target, on)
        if legs is None:
            raise MissingRate(RateGap(source, target, on))
        with localcontext() as context:
            context.prec = _INVERSE_DIGITS
            return legs[0].rate * legs[1].rate

    def cross(self, source: str, target: str, on: date) -> tuple[RateUsed, RateUsed] | None:
        """Two rates through a third currency when the pair itself has none.

        Rates are usually kept against one base (JPY->USD, EUR->USD): with EUR as reporting
        currency, JPY converts through USD. Among several bridges, the one whose older leg is
        the most recent wins (alphabetical among equals), so the result never depends on order.
        """
        best: tuple[date, str] | None = None
        legs: tuple[RateUsed, RateUsed] | None = None
        for via in sorted(self.currencies() - {source, target}):
            first, second = self.lookup(source, via, on), self.lookup(via, target, on)
            if first is None or second is None:
                continue
            older = min(first.stored.effective_on, second.stored.effective_on)
            if best is None or older > best[0]:
                best, legs = (older, via), (first, second)
        return legs

    def _latest(self, pair: tuple[str, str], on: date) -> Rate | None:
        days = self._days.get(pair)
        if not days:
            return None
        index = bisect.bisect_right(days, on.toordinal())
        return self._pairs[pair][index - 1] if index else None

    def _inverse(self, rate: Rate) -> Decimal:
        found = self._inverses.get(rate.id)
        if found is None:
            with localcontext() as context:
                context.prec = _INVERSE_DIGITS
                found = Decimal(1) / rate.rate
            self._inverses[rate.id] = found
        return found


@dataclass(frozen=True)
class Total:
    """Amounts added up in ``currency``; ``amount`` is None when a rate is missing.

    Attributes:
        currency: the reporting currency.
        amount: the sum of every converted amount, or None when any could not be converted
            (a partial sum would look like a real one).
        gaps: the missing rates, one per pair (the earliest day it is missing).
        recorded: the amounts as recorded, added up per original currency.
    """

    currency: str
    amount: Decimal | None
    gaps: tuple[RateGap, ...] = ()
    recorded: Mapping[str, Decimal] = field(default_factory=dict)

    @property
    def converted(self) -> bool:
        """Whether any amount was in another currency than the reporting one."""
        return any(code != self.currency for code in self.recorded)


class Gaps:
    """Missing rates seen while converting many amounts: per pair, the earliest day.

    A rate added on or before that day fills the gap for every later amount of the pair too.
    """

    def __init__(self) -> None:
        self._earliest: dict[tuple[str, str], date] = {}

    def add(self, gap: RateGap) -> None:
        pair = (gap.source, gap.target)
        known = self._earliest.get(pair)
        if known is None or gap.on < known:
            self._earliest[pair] = gap.on

    def __bool__(self) -> bool:
        return bool(self._earliest)

    def found(self) -> tuple[RateGap, ...]:
        return tuple(
            RateGap(source, target, on) for (source, target), on in sorted(self._earliest.items())
        )


@dataclass(frozen=True)
class Reporting:
    """The reporting currency and the rates that reach it: converts amounts for totals.

    Attributes:
        currency: the ISO code totals are computed in.
        chosen: the user chose it; otherwise it is the book's most common currency.
        rates: the store's rates.
        book: the currencies the accounts keep their ARR in, the most common first.
    """

    currency: str
    chosen: bool = False
    rates: RateTable = field(default_factory=RateTable, compare=False, repr=False)
    book: tuple[str, ...] = ()

    @property
    def automatic(self) -> str:
        """The currency used when none is chosen: the book's most common one."""
        return self.book[0] if self.book else FALLBACK_CURRENCY

    def gaps_on(self, on: date) -> tuple[RateGap, ...]:
        """The rates missing to convert each of the book's currencies on ``on``."""
        return tuple(
            found
            for code in self.book
            if isinstance(found := self.try_convert(Decimal(1), code, on), RateGap)
        )

    def convert(self, amount: Decimal, source: str, on: date) -> Decimal:
        """``amount`` of ``source`` in the reporting currency on ``on``, to the hundredth.

        Raises:
            MissingRate: no rate converts ``source`` on ``on``.
        """
        if source == self.currency:
            return amount
        rate = self.rates.rate(source, self.currency, on)
        with localcontext() as context:
            context.prec = 60  # exact: an amount's 17 digits times a rate's 34 at most
            return (amount * rate).quantize(CENT, rounding=ROUND_HALF_UP)

    def try_convert(self, amount: Decimal, source: str, on: date) -> Decimal | RateGap:
        """Like :meth:`convert`, with the missing rate returned instead of raised."""
        try:
            return self.convert(amount, source, on)
        except MissingRate as missing:
            return missing.gap

    def total(self, amounts: Iterable[tuple[Decimal, str, date]]) -> Total:
        """The sum of ``(amount, currency, day)`` converted on each amount's day."""
        gaps = Gaps()
        total = Decimal(0)
        recorded: dict[str, Decimal] = {}
        for amount, source, on in amounts:
            recorded[source] = recorded.get(source, Decimal(0)) + amount
            converted = self.try_convert(amount, source, on)
            if isinstance(converted, RateGap):
                gaps.add(converted)
            else:
                total += converted
        return Total(
            self.currency,
            None if gaps else total,
            gaps.found(),
            dict(sorted(recorded.items())),
        )


# -- reading (Core SQL only) ------------------------------------------------------------------


def list_rates(connection: Connection) -> tuple[Rate, ...]:
    """Every stored rate: pair by pair, the most recent first."""
    rows = connection.exec_driver_sql(
        "SELECT id, from_currency, to_currency, effective_on, rate, source FROM exchange_rate"
        " ORDER BY from_currency, to_currency, effective_on DESC"
    ).all()
    return tuple(
        Rate(
            int(id_),
            str(source),
            str(target),
            date.fromisoformat(str(day)),
            Decimal(str(rate)),
            str(note),
        )
        for id_, source, target, day, rate, note in rows
    )


def load_rates(connection: Connection) -> RateTable:
    return RateTable(list_rates(connection))


def book_currencies(connection: Connection) -> Counter[str]:
    """How many accounts keep their ARR in each currency."""
    rows = connection.exec_driver_sql("SELECT currency, count(*) FROM account GROUP BY currency")
    return Counter({str(code): int(count) for code, count in rows})


def chosen_reporting_currency(connection: Connection) -> str | None:
    """The reporting currency the user chose, or None (then the book's is used)."""
    value = connection.exec_driver_sql(
        "SELECT value FROM setting WHERE name = ?", (REPORTING_CURRENCY,)
    ).scalar()
    return None if value is None else str(value)


def _by_use(counts: Counter[str]) -> tuple[str, ...]:
    """The codes, the most used first (alphabetical among equals)."""
    return tuple(sorted(counts, key=lambda code: (-counts[code], code)))


def default_reporting_currency(connection: Connection) -> str:
    """The book's most common currency (alphabetical among equals); USD for an empty book."""
    book = _by_use(book_currencies(connection))
    return book[0] if book else FALLBACK_CURRENCY


def load_reporting(connection: Connection) -> Reporting:
    """The reporting currency (chosen, or the book's) with every rate of the store."""
    chosen = chosen_reporting_currency(connection)
    book = _by_use(book_currencies(connection))
    currency = chosen or (book[0] if book else FALLBACK_CURRENCY)
    return Reporting(currency, chosen is not None, load_rates(connection), book)


def convert(connection: Connection, amount: Decimal, source: str, target: str, on: date) -> Decimal:
    """``amount`` of ``source`` in ``target`` on ``on``, with the store's rates.

    Raises:
        MissingRate: no rate of the pair (or its inverse) on or before ``on``.
    """
    return Reporting(target, rates=load_rates(connection)).convert(amount, source, on)


__all__ = [
    "FALLBACK_CURRENCY",
    "REPORTING_CURRENCY",
    "Gaps",
    "MissingRate",
    "Rate",
    "RateGap",
    "RateTable",
    "RateUsed",
    "Reporting",
    "Total",
    "book_currencies",
    "chosen_reporting_currency",
    "convert",
    "default_reporting_currency",
    "list_rates",
    "load_rates",
    "load_reporting",
]

"""Why customers left or shrank, and what blocks the ones still here.

The essays' success model: write down the obstacles unsuccessful customers hit and check them
against real accounts. Over a period, the churned and contracted renewals are counted by the
reason the CSM gave, with the ARR each lost; the risks not yet resolved are counted by category.

Money never mixes currencies: the ARR lost is summed per currency code (the account's), never
added across them, and a report lists each code present. Beside them, each reason's loss is
converted into the reporting currency at the rate of the day each renewal ended; when a rate is
missing, no converted amount is given and the report names the rate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import Connection

from cs_desktop.formats import format_date
from cs_desktop.i18n import _
from cs_desktop.rates import Gaps, RateGap, Reporting, load_reporting
from cs_desktop.vocabulary import ChurnReason, RenewalOutcome, RiskCategory, RiskStatus


@dataclass(frozen=True)
class ReasonCount:
    """The churned and contracted renewals of one reason (None: no reason recorded)."""

    reason: ChurnReason | None
    churned: int = 0
    contracted: int = 0
    arr_lost: dict[str, Decimal] = field(default_factory=dict)  # currency code -> amount
    # In the reporting currency; None when a rate is missing.
    arr_lost_converted: Decimal | None = None

    @property
    def renewals(self) -> int:
        return self.churned + self.contracted


@dataclass(frozen=True)
class LossReasons:
    """Why customers left or shrank between ``start`` and ``end`` (by the renewal's end).

    ``reasons`` holds one row per reason that occurred, the most renewals first;
    ``currencies`` the codes present, in order, each a column of ARR lost.
    ``currency`` is the reporting currency of each row's ``arr_lost_converted``;
    ``missing_rates`` the rates it lacked (then no row has a converted amount).
    ``open_risks`` counts the unresolved risks (open or being mitigated) of accounts still in
    the book, by category, as of now: every category, zero included.
    """

    start: date
    end: date
    reasons: tuple[ReasonCount, ...]
    currencies: tuple[str, ...]
    open_risks: tuple[tuple[RiskCategory, int], ...]
    currency: str = ""
    missing_rates: tuple[RateGap, ...] = ()

    def total_lost(self, currency: str) -> Decimal:
        return sum((row.arr_lost.get(currency, Decimal(0)) for row in self.reasons), Decimal(0))

    def total_lost_converted(self) -> Decimal | None:
        """Every reason's loss in the reporting currency (None when a rate is missing)."""
        if self.missing_rates:
            return None
        return sum((row.arr_lost_converted or Decimal(0) for row in self.reasons), Decimal(0))


_ORDER = {reason: number for number, reason in enumerate(ChurnReason)}


def loss_reasons(
    connection: Connection, start: date, end: date, reporting: Reporting | None = None
) -> LossReasons:
    """Churned and contracted renewals with ``start <= period_end <= end``, by reason.

    ARR lost is ``arr_before - arr_after``; a churn loses its whole ``arr_before`` whatever
    ``arr_after`` says (as :func:`cs_desktop.health.outcomes.portfolio_outcomes` counts it).
    Each loss is converted into the reporting currency (``reporting``; None reads the
    store's) at the rate on the day its renewal ended.
    """
    if end < start:
        raise ValueError(
            _("the period ends ({end}) before it starts ({start})").format(
                end=format_date(end), start=format_date(start)
            )
        )
    if reporting is None:
        reporting = load_reporting(connection)
    rows = connection.exec_driver_sql(
        "SELECT r.outcome, r.reason, r.arr_before, r.arr_after, a.currency, r.period_end"
        " FROM renewal r JOIN account a ON a.id = r.account_id"
        " WHERE r.period_end BETWEEN ? AND ? AND r.outcome IN (?, ?)",
        (
            start.isoformat(),
            end.isoformat(),
            RenewalOutcome.CHURNED.value,
            RenewalOutcome.CONTRACTED.value,
        ),
    ).all()
    counts: dict[ChurnReason | None, dict[str, int]] = {}
    cents: dict[ChurnReason | None, dict[str, int]] = {}
    converted: dict[ChurnReason | None, Decimal] = {}
    gaps = Gaps()
    currencies: set[str] = set()
    for outcome, reason_text, before, after, currency, period_end in rows:
        reason = ChurnReason(reason_text) if reason_text else None
        tally = counts.setdefault(reason, {"churned": 0, "contracted": 0})
        lost = before if outcome == RenewalOutcome.CHURNED else max(before - after, 0)
        tally["churned" if outcome == RenewalOutcome.CHURNED else "contracted"] += 1
        money = cents.setdefault(reason, {})
        money[currency] = money.get(currency, 0) + lost  # stored as integer hundredths
        currencies.add(currency)
        in_reporting = reporting.try_convert(
            Decimal(lost) / 100, currency, date.fromisoformat(str(period_end))
        )
        if isinstance(in_reporting, RateGap):
            gaps.add(in_reporting)
        else:
            converted[reason] = converted.get(reason, Decimal(0)) + in_reporting
    reasons = tuple(
        sorted(
            (
                ReasonCount(
                    reason,
                    tally["churned"],
                    tally["contracted"],
                    {code: Decimal(amount) / 100 for code, amount in sorted(cents[reason].items())},
                    None if gaps else converted.get(reason, Decimal(0)),
                )
                for reason, tally in counts.items()
            ),
            key=lambda row: (
                -row.renewals,
                len(_ORDER) if row.reason is None else _ORDER[row.reason],
            ),
        )
    )
    return LossReasons(
        start,
        end,
        reasons,
        tuple(sorted(currencies)),
        open_risks(connection),
        reporting.currency,
        gaps.found(),
    )


def open_risks(connection: Connection) -> tuple[tuple[RiskCategory, int], ...]:
    """Unresolved risks of the accounts still in the book, by category (every category)."""
    found: dict[str, int] = dict(
        connection.exec_driver_sql(
            "SELECT r.category, count(*) FROM risk r JOIN account a ON a.id = r.account_id"
            " WHERE r.status != ? AND a.archived_at IS NULL GROUP BY r.category",
            (RiskStatus.RESOLVED.value,),
        ).all()
    )
    return tuple((category, int(found.get(category.value, 0))) for category in RiskCategory)


__all__ = ["LossReasons", "ReasonCount", "loss_reasons", "open_risks"]

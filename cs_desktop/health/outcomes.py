"""Portfolio outcomes for a period (logo retention, GRR, NRR) in the reporting currency, and the
churn what-if projection."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import Connection

from cs_desktop.formats import format_date
from cs_desktop.i18n import _
from cs_desktop.models import RenewalOutcome
from cs_desktop.rates import Gaps, RateGap, Reporting, load_reporting


@dataclass(frozen=True)
class ArrFlows:
    """The ARR of some renewals: up for renewal, after, and what churned, shrank or grew."""

    up: Decimal = Decimal(0)
    after: Decimal = Decimal(0)
    churned: Decimal = Decimal(0)
    contracted: Decimal = Decimal(0)
    expansion: Decimal = Decimal(0)

    def plus(self, before: Decimal, after: Decimal, outcome: RenewalOutcome) -> ArrFlows:
        """These flows with one more renewal.

        A churned renewal loses its whole ``before`` whatever ``after`` says; any other
        outcome counts a lower ``after`` as contraction and a higher one as expansion.
        """
        if outcome == RenewalOutcome.CHURNED:
            return replace(self, up=self.up + before, churned=self.churned + before)
        return ArrFlows(
            up=self.up + before,
            after=self.after + after,
            churned=self.churned,
            contracted=self.contracted + max(before - after, Decimal(0)),
            expansion=self.expansion + max(after - before, Decimal(0)),
        )


@dataclass(frozen=True)
class Outcomes:
    """What happened at the renewals whose period ended between ``start`` and ``end``.

    Gross revenue retention counts renewals without expansion (``kept / up``); net revenue
    retention includes it (``after / up``). Shown side by side because NRR can hide a weak product
    or service behind a few expansions. Ratios are None when nothing came up for renewal.

    Money is in ``currency`` (the reporting currency): each renewal's ARR before and after is
    converted at the rate on the day its period ended, so a rate's movement never shows up as
    contraction or expansion. When a rate is missing, ``missing_rates`` names it and every
    amount and revenue ratio is None: a sum leaving out the unconverted renewals would look
    right and be wrong. ``recorded`` keeps the flows as recorded, per original currency.
    """

    start: date
    end: date
    renewals: int
    logos_retained: int
    logos_churned: int
    contracted: int
    expanded: int
    currency: str
    arr_up_for_renewal: Decimal | None
    arr_after: Decimal | None
    churned_arr: Decimal | None
    contracted_arr: Decimal | None
    expansion_arr: Decimal | None
    missing_rates: tuple[RateGap, ...] = ()
    recorded: tuple[tuple[str, ArrFlows], ...] = ()

    @property
    def logo_retention(self) -> float | None:
        return self.logos_retained / self.renewals if self.renewals else None

    @property
    def gross_revenue_retention(self) -> float | None:
        up = self.arr_up_for_renewal
        if not up or self.churned_arr is None or self.contracted_arr is None:
            return None
        kept = up - self.churned_arr - self.contracted_arr
        return float(kept / up)

    @property
    def net_revenue_retention(self) -> float | None:
        up = self.arr_up_for_renewal
        if not up or self.arr_after is None:
            return None
        return float(self.arr_after / up)

    @property
    def converted(self) -> bool:
        """Whether some renewals were in another currency than the reporting one."""
        return any(code != self.currency for code, _flows in self.recorded)


def portfolio_outcomes(
    connection: Connection, start: date, end: date, reporting: Reporting | None = None
) -> Outcomes:
    """Outcomes of the renewals with ``start <= period_end <= end``, in the reporting currency.

    Args:
        connection: the store.
        start: first day of the period.
        end: last day of the period.
        reporting: the currency and rates to compute in; None reads the store's.
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
        "SELECT r.arr_before, r.arr_after, r.outcome, r.period_end, a.currency"
        " FROM renewal r JOIN account a ON a.id = r.account_id"
        " WHERE r.period_end BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat()),
    ).all()
    counts = {outcome: 0 for outcome in RenewalOutcome}
    recorded: dict[str, ArrFlows] = {}
    converted = ArrFlows()
    gaps = Gaps()
    for before_cents, after_cents, outcome_text, period_end, currency in rows:
        outcome = RenewalOutcome(outcome_text)
        counts[outcome] += 1
        before, after = Decimal(before_cents) / 100, Decimal(after_cents) / 100
        recorded[currency] = recorded.get(currency, ArrFlows()).plus(before, after, outcome)
        day = date.fromisoformat(str(period_end))
        # Both ends at the same day's rate: a rate's movement is neither churn nor expansion.
        before_converted = reporting.try_convert(before, currency, day)
        after_converted = reporting.try_convert(after, currency, day)
        if isinstance(before_converted, RateGap):
            gaps.add(before_converted)
        elif isinstance(after_converted, RateGap):
            gaps.add(after_converted)
        else:
            converted = converted.plus(before_converted, after_converted, outcome)
    money: ArrFlows | None = None if gaps else converted
    return Outcomes(
        start,
        end,
        renewals=len(rows),
        logos_retained=len(rows) - counts[RenewalOutcome.CHURNED],
        logos_churned=counts[RenewalOutcome.CHURNED],
        contracted=counts[RenewalOutcome.CONTRACTED],
        expanded=counts[RenewalOutcome.EXPANDED],
        currency=reporting.currency,
        arr_up_for_renewal=None if money is None else money.up,
        arr_after=None if money is None else money.after,
        churned_arr=None if money is None else money.churned,
        contracted_arr=None if money is None else money.contracted,
        expansion_arr=None if money is None else money.expansion,
        missing_rates=gaps.found(),
        recorded=tuple(sorted(recorded.items())),
    )


@dataclass(frozen=True)
class ChurnProjection:
    """Recurring revenue at the end of each month and each year of a churn scenario."""

    monthly_churn: float
    monthly: tuple[float, ...]  # month 1 .. N
    yearly: tuple[float, ...]  # end of year 1 .. N / 12


def churn_projection(
    *,
    monthly_churn: float,
    new_revenue_per_month: float,
    start_revenue: float = 0.0,
    years: int = 3,
) -> ChurnProjection:
    """Recurring revenue under a constant monthly net churn rate and steady new business.

    Each month the existing base loses ``monthly_churn`` of itself (a negative rate is net
    expansion: expansion outgrows churn) and ``new_revenue_per_month`` is added. This is the
    model behind the essays' claim: with the same new sales every month, cutting churn from 5% to
    2% a month makes revenue about 1.5x larger after three years, and -5% (net negative churn)
    over 5x. A constant rate with no new sales would give only (0.98 / 0.95) ** 3 = 1.10x a year
    apart, so the claim only holds with ongoing acquisition, as here.
    """
    if years < 1:
        raise ValueError("project at least one year")
    if not -1 < monthly_churn < 1:
        raise ValueError("a monthly churn rate is between -100% and 100%")
    revenue = start_revenue
    monthly = []
    for _month in range(12 * years):
        revenue = revenue * (1 - monthly_churn) + new_revenue_per_month
        monthly.append(revenue)
    return ChurnProjection(monthly_churn, tuple(monthly), tuple(monthly[11::12]))


@dataclass(frozen=True)
class ChurnWhatIf:
    """Two churn scenarios side by side and how much larger the second ends up."""

    current: ChurnProjection
    target: ChurnProjection

    @property
    def ratio(self) -> float:
        return self.target.yearly[-1] / self.current.yearly[-1]


def churn_what_if(
    *,
    current_churn: float,
    target_churn: float,
    new_revenue_per_month: float,
    start_revenue: float = 0.0,
    years: int = 3,
) -> ChurnWhatIf:
    """Revenue at today's churn vs a target churn, same new business (see ``churn_projection``)."""
    return ChurnWhatIf(
        churn_projection(
            monthly_churn=current_churn,
            new_revenue_per_month=new_revenue_per_month,
            start_revenue=start_revenue,
            years=years,
        ),
        churn_projection(
            monthly_churn=target_churn,
            new_revenue_per_month=new_revenue_per_month,
            start_revenue=start_revenue,
            years=years,
        ),
    )


def average_account_mrr(
    connection: Connection, on: date, reporting: Reporting | None = None
) -> Decimal | None:
    """The recurring revenue a month of the book's average paying account, in the reporting
    currency on ``on``: what the churn what-if adds each month until the user says otherwise
    (one more such customer a month), in the book's own scale and currency. None when no
    open account has ARR, or no rate converts any of them."""
    from sqlalchemy import select

    from cs_desktop.models import Account

    reporting = reporting or load_reporting(connection)
    rows = connection.execute(
        select(Account.arr, Account.currency).where(Account.archived_at.is_(None), Account.arr > 0)
    )
    converted = [reporting.try_convert(arr, currency, on) for arr, currency in rows]
    amounts = [amount for amount in converted if isinstance(amount, Decimal)]
    if not amounts:
        return None
    return (sum(amounts, Decimal(0)) / len(amounts) / 12).quantize(Decimal(1))

"""Portfolio outcomes for a period (logo retention, GRR, NRR) and the churn what-if projection."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Connection

from cs_desktop.formats import format_date
from cs_desktop.i18n import _
from cs_desktop.models import RenewalOutcome


@dataclass(frozen=True)
class Outcomes:
    """What happened at the renewals whose period ended between ``start`` and ``end``.

    Gross revenue retention counts renewals without expansion (``kept / up``); net revenue
    retention includes it (``after / up``). Shown side by side because NRR can hide a weak product
    or service behind a few expansions. Ratios are None when nothing came up for renewal.
    """

    start: date
    end: date
    renewals: int
    logos_retained: int
    logos_churned: int
    contracted: int
    expanded: int
    arr_up_for_renewal: Decimal
    arr_after: Decimal
    churned_arr: Decimal
    contracted_arr: Decimal
    expansion_arr: Decimal

    @property
    def logo_retention(self) -> float | None:
        return self.logos_retained / self.renewals if self.renewals else None

    @property
    def gross_revenue_retention(self) -> float | None:
        if not self.arr_up_for_renewal:
            return None
        kept = self.arr_up_for_renewal - self.churned_arr - self.contracted_arr
        return float(kept / self.arr_up_for_renewal)

    @property
    def net_revenue_retention(self) -> float | None:
        if not self.arr_up_for_renewal:
            return None
        return float(self.arr_after / self.arr_up_for_renewal)


def portfolio_outcomes(connection: Connection, start: date, end: date) -> Outcomes:
    """Outcomes of the renewals with ``start <= period_end <= end``.

    A churned renewal loses its whole ``arr_before`` whatever ``arr_after`` says; any other
    outcome counts a lower ``arr_after`` as contraction and a higher one as expansion.
    """
    if end < start:
        raise ValueError(
            _("the period ends ({end}) before it starts ({start})").format(
                end=format_date(end), start=format_date(start)
            )
        )
    rows = connection.exec_driver_sql(
        "SELECT arr_before, arr_after, outcome FROM renewal WHERE period_end BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat()),
    ).all()
    cents = {"up": 0, "after": 0, "churned": 0, "contracted": 0, "expansion": 0}
    counts = {outcome: 0 for outcome in RenewalOutcome}
    for before, after, outcome in rows:
        counts[RenewalOutcome(outcome)] += 1
        cents["up"] += before
        if outcome == RenewalOutcome.CHURNED:
            cents["churned"] += before
            continue
        cents["after"] += after
        cents["contracted"] += max(before - after, 0)
        cents["expansion"] += max(after - before, 0)
    money = {key: Decimal(value) / 100 for key, value in cents.items()}
    return Outcomes(
        start,
        end,
        renewals=len(rows),
        logos_retained=len(rows) - counts[RenewalOutcome.CHURNED],
        logos_churned=counts[RenewalOutcome.CHURNED],
        contracted=counts[RenewalOutcome.CONTRACTED],
        expanded=counts[RenewalOutcome.EXPANDED],
        arr_up_for_renewal=money["up"],
        arr_after=money["after"],
        churned_arr=money["churned"],
        contracted_arr=money["contracted"],
        expansion_arr=money["expansion"],
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

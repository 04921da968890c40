"""Portfolio outcomes (logo retention, GRR, NRR) by hand, and the churn what-if."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cs_desktop.health.outcomes import churn_projection, churn_what_if, portfolio_outcomes
from cs_desktop.models import Renewal, RenewalOutcome
from tests.support.factories import add_account


def test_retention_side_by_side(store) -> None:
    account = add_account(store, "Acme")
    renewals = [  # (period end, before, after, outcome)
        (date(2025, 3, 31), 1000, 1000, RenewalOutcome.RENEWED),
        (date(2025, 6, 30), 2000, 3000, RenewalOutcome.EXPANDED),
        (date(2025, 9, 30), 1000, 600, RenewalOutcome.CONTRACTED),
        (date(2025, 12, 31), 1000, 0, RenewalOutcome.CHURNED),
        (date(2026, 1, 31), 5000, 0, RenewalOutcome.CHURNED),  # outside the period
    ]
    with store.write() as session:
        session.add_all(
            Renewal(
                account_id=account,
                period_start=date(end.year - 1, end.month, 1),
                period_end=end,
                arr_before=Decimal(before),
                arr_after=Decimal(after),
                outcome=outcome,
            )
            for end, before, after, outcome in renewals
        )
    with store.engine.connect() as connection:
        outcomes = portfolio_outcomes(connection, date(2025, 1, 1), date(2025, 12, 31))
    assert outcomes.renewals == 4
    assert outcomes.logo_retention == pytest.approx(3 / 4)
    assert outcomes.arr_up_for_renewal == Decimal(5000)
    assert outcomes.churned_arr == Decimal(1000)
    assert outcomes.contracted_arr == Decimal(400)
    assert outcomes.expansion_arr == Decimal(1000)
    # GRR: (5000 - 1000 churned - 400 contracted) / 5000; NRR: (1000 + 3000 + 600) / 5000.
    assert outcomes.gross_revenue_retention == pytest.approx(0.72)
    assert outcomes.net_revenue_retention == pytest.approx(0.92)


def test_an_empty_period_has_no_ratios(store) -> None:
    with store.engine.connect() as connection:
        outcomes = portfolio_outcomes(connection, date(2025, 1, 1), date(2025, 12, 31))
    assert outcomes.renewals == 0
    assert outcomes.logo_retention is None
    assert outcomes.gross_revenue_retention is None
    assert outcomes.net_revenue_retention is None


def test_cutting_churn_from_5_to_2_percent_grows_revenue_about_1_5x_in_three_years() -> None:
    # The essay's claim holds for monthly churn with the same new business every month.
    what_if = churn_what_if(current_churn=0.05, target_churn=0.02, new_revenue_per_month=100)
    assert what_if.ratio == pytest.approx(1.5, abs=0.05)
    negative = churn_what_if(current_churn=0.05, target_churn=-0.05, new_revenue_per_month=100)
    assert negative.ratio > 5


def test_churn_projection_by_hand() -> None:
    projection = churn_projection(
        monthly_churn=0.1, new_revenue_per_month=10, start_revenue=100, years=1
    )
    assert projection.monthly[:2] == pytest.approx((100.0, 100.0))  # steady state
    assert len(projection.yearly) == 1
    assert churn_projection(
        monthly_churn=0.5, new_revenue_per_month=0, start_revenue=80, years=1
    ).monthly[:2] == pytest.approx((40, 20))

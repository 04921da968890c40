"""Retention over a book in four currencies, computed in the reporting currency by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from cs_desktop.db import Store, open_store
from cs_desktop.health.outcomes import average_account_mrr, portfolio_outcomes
from cs_desktop.health.reasons import loss_reasons
from cs_desktop.models import Account, ChurnReason, ExchangeRate, Renewal, RenewalOutcome
from cs_desktop.rate_edits import RateRow, set_reporting_currency, write_rates
from cs_desktop.rates import RateGap, load_reporting
from tests.support.factories import add_account

START, END = date(2025, 1, 1), date(2025, 12, 31)
RATES = [
    RateRow("JPY", "USD", date(2025, 1, 1), Decimal("0.0070")),
    RateRow("JPY", "USD", date(2025, 7, 1), Decimal("0.0065")),  # the yen weakens mid-year
    RateRow("EUR", "USD", date(2025, 1, 1), Decimal("1.10")),
    RateRow("USD", "CNY", date(2025, 1, 1), Decimal("7")),  # read the other way: 1/7
]
# (currency, period end, before, after, outcome, reason)
RENEWALS = [
    ("USD", date(2025, 3, 31), 100_000, 100_000, RenewalOutcome.RENEWED, None),
    ("JPY", date(2025, 6, 30), 15_000_000, 18_000_000, RenewalOutcome.EXPANDED, None),
    ("JPY", date(2025, 9, 30), 10_000_000, 0, RenewalOutcome.CHURNED, ChurnReason.COMPETITOR),
    ("EUR", date(2025, 5, 31), 50_000, 40_000, RenewalOutcome.CONTRACTED, ChurnReason.BUDGET),
    ("CNY", date(2025, 11, 30), 700_000, 700_000, RenewalOutcome.RENEWED, None),
]


@pytest.fixture
def book(store: Store) -> Store:
    """A JPY-heavy book (the default reporting currency would be the yen), reported in USD."""
    with store.write() as session:
        write_rates(session, RATES)
        set_reporting_currency(session, "USD")
    for number, (currency, end, before, after, outcome, reason) in enumerate(RENEWALS):
        account = add_account(store, f"Customer {number}", currency=currency)
        with store.write() as session:
            session.add(
                Renewal(
                    account_id=account,
                    period_start=date(end.year - 1, end.month, 1),
                    period_end=end,
                    arr_before=Decimal(before),
                    arr_after=Decimal(after),
                    outcome=outcome,
                    reason=reason,
                )
            )
    return store


def test_retention_of_a_four_currency_book_in_usd_by_hand(book: Store) -> None:
    with book.engine.connect() as connection:
        outcomes = portfolio_outcomes(connection, START, END)
    # Each renewal at the rate of the day it ended, before and after alike:
    #   USD  100,000 -> 100,000                                         renewed
    #   JPY  15,000,000 x 0.0070 = 105,000 -> 18,000,000 x 0.0070 = 126,000   expanded +21,000
    #   JPY  10,000,000 x 0.0065 =  65,000 -> churned                   (the July rate)
    #   EUR  50,000 x 1.10 = 55,000 -> 40,000 x 1.10 = 44,000           contracted -11,000
    #   CNY  700,000 / 7 = 100,000 -> 100,000                           renewed (inverse pair)
    # Up for renewal: 100,000 + 105,000 + 65,000 + 55,000 + 100,000 = 425,000
    # After: 100,000 + 126,000 + 44,000 + 100,000 = 370,000 (the churned one keeps nothing)
    # GRR = (425,000 - 65,000 - 11,000) / 425,000 = 349,000 / 425,000
    # NRR = 370,000 / 425,000
    assert outcomes.currency == "USD"
    assert outcomes.missing_rates == ()
    assert outcomes.arr_up_for_renewal == Decimal(425_000)
    assert outcomes.arr_after == Decimal(370_000)
    assert outcomes.churned_arr == Decimal(65_000)
    assert outcomes.contracted_arr == Decimal(11_000)
    assert outcomes.expansion_arr == Decimal(21_000)
    assert outcomes.gross_revenue_retention == pytest.approx(349_000 / 425_000)  # 82.1%
    assert outcomes.net_revenue_retention == pytest.approx(370_000 / 425_000)  # 87.1%
    assert outcomes.logo_retention == pytest.approx(4 / 5)
    # The amounts as recorded stay per currency, never added across.
    recorded = dict(outcomes.recorded)
    assert recorded["JPY"].up == Decimal(25_000_000)
    assert recorded["CNY"].after == Decimal(700_000)
    assert outcomes.converted


def test_losses_by_reason_in_usd_beside_each_currency(book: Store) -> None:
    with book.engine.connect() as connection:
        report = loss_reasons(connection, START, END)
    by_reason = {row.reason: row for row in report.reasons}
    assert report.currency == "USD"
    assert by_reason[ChurnReason.COMPETITOR].arr_lost == {"JPY": Decimal(10_000_000)}
    assert by_reason[ChurnReason.COMPETITOR].arr_lost_converted == Decimal(65_000)
    assert by_reason[ChurnReason.BUDGET].arr_lost_converted == Decimal(11_000)
    assert report.total_lost_converted() == Decimal(76_000)


def test_a_missing_rate_gives_no_revenue_figure_and_names_the_rate(book: Store) -> None:
    with book.write() as session:
        session.query(ExchangeRate).filter(ExchangeRate.to_currency == "CNY").delete()
    with book.engine.connect() as connection:
        outcomes = portfolio_outcomes(connection, START, END)
        report = loss_reasons(connection, START, END)
    assert outcomes.missing_rates == (RateGap("CNY", "USD", date(2025, 11, 30)),)
    assert str(outcomes.missing_rates[0]) == "no CNY->USD rate on or before 2025-11-30"
    assert outcomes.arr_up_for_renewal is None and outcomes.churned_arr is None
    assert outcomes.gross_revenue_retention is None
    assert outcomes.net_revenue_retention is None
    assert outcomes.logo_retention == pytest.approx(4 / 5)  # counts need no rate
    # The CNY renewal lost nothing: the reasons still convert.
    assert report.missing_rates == () and report.total_lost_converted() == Decimal(76_000)


def test_in_another_reporting_currency_rates_bridge_through_a_third(book: Store) -> None:
    with book.write() as session:
        set_reporting_currency(session, "JPY")
    with book.engine.connect() as connection:
        outcomes = portfolio_outcomes(connection, START, END)
    # EUR and CNY have no rate to the yen: they go through USD, on each renewal's last day.
    usd_first_half, usd_second_half = 1 / 0.0070, 1 / 0.0065
    before = [
        100_000 * usd_first_half,
        15_000_000,
        10_000_000,
        50_000 * 1.10 * usd_first_half,
        700_000 / 7 * usd_second_half,
    ]
    kept = [before[0], 15_000_000, 0, 40_000 * 1.10 * usd_first_half, before[4]]
    assert outcomes.missing_rates == ()
    assert float(outcomes.gross_revenue_retention or 0) == pytest.approx(
        sum(kept) / sum(before), rel=1e-6
    )


def test_in_another_reporting_currency_the_rates_it_lacks_are_named(book: Store) -> None:
    with book.write() as session:
        session.query(ExchangeRate).filter(ExchangeRate.from_currency == "JPY").delete()
        set_reporting_currency(session, "JPY")
    with book.engine.connect() as connection:
        outcomes = portfolio_outcomes(connection, START, END)
    # Without the yen's rates no bridge reaches it either.
    assert outcomes.missing_rates == (
        RateGap("CNY", "JPY", date(2025, 11, 30)),
        RateGap("EUR", "JPY", date(2025, 5, 31)),
        RateGap("USD", "JPY", date(2025, 3, 31)),
    )
    assert outcomes.gross_revenue_retention is None


def test_a_single_currency_book_is_as_recorded(store: Store) -> None:
    account = add_account(store, "Acme", currency="EUR")
    with store.write() as session:
        session.add(
            Renewal(
                account_id=account,
                period_start=date(2024, 6, 1),
                period_end=date(2025, 6, 1),
                arr_before=Decimal("1000.50"),
                arr_after=Decimal(900),
                outcome=RenewalOutcome.CONTRACTED,
            )
        )
    with store.engine.connect() as connection:
        outcomes = portfolio_outcomes(connection, START, END)
    assert (outcomes.currency, outcomes.missing_rates) == ("EUR", ())
    assert outcomes.contracted_arr == Decimal("100.50")
    assert not outcomes.converted


def test_a_sample_portfolio_reads_in_one_currency_from_the_start(tmp_path: Path) -> None:
    from cs_desktop.demo import generate_portfolio

    store = open_store(tmp_path / "sample.sqlite3")
    today = date(2026, 6, 30)
    generate_portfolio(store, accounts=60, seed=5, today=today)
    with store.write() as session:
        set_reporting_currency(session, "USD")
    with store.engine.connect() as connection:
        reporting = load_reporting(connection)
        outcomes = portfolio_outcomes(connection, date(2000, 1, 1), today)
    store.close()
    assert len(reporting.book) > 1  # a book in several currencies
    assert reporting.gaps_on(today) == ()
    assert outcomes.renewals > 0 and outcomes.missing_rates == ()
    assert outcomes.converted and outcomes.gross_revenue_retention is not None


def test_the_what_if_adds_an_average_account_a_month_in_the_reporting_currency(
    store: Store,
) -> None:
    with store.write() as session:
        write_rates(session, RATES)
    # A yen book: 24,000,000 and 12,000,000 a year; one account in euros.
    add_account(store, "Tokyo", currency="JPY", arr=Decimal(24_000_000))
    add_account(store, "Osaka", currency="JPY", arr=Decimal(12_000_000))
    add_account(store, "London", currency="GBP", arr=Decimal(100_000))  # no rate for pounds
    add_account(store, "Trial", currency="JPY", arr=Decimal(0))  # pays nothing yet
    on = date(2025, 8, 1)
    with store.engine.connect() as connection:
        # The yen is the book's currency: (24M + 12M) / 2 / 12, the pound one left out.
        assert average_account_mrr(connection, on) == Decimal(1_500_000)
    with store.write() as session:
        set_reporting_currency(session, "USD")
    with store.engine.connect() as connection:
        # 24M and 12M at the July rate (0.0065): 156,000 and 78,000.
        assert average_account_mrr(connection, on) == Decimal(9_750)  # 234,000 / 24
    with store.write() as session:
        session.execute(update(Account).values(arr=Decimal(0)))
    with store.engine.connect() as connection:
        assert average_account_mrr(connection, on) is None

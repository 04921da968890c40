"""Indicator validation: AUC by hand, and on the sample portfolio the generator's predictive
indicators rank above its random ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cs_desktop.db import open_store
from cs_desktop.health.service import compute_portfolio_health
from cs_desktop.health.success import successful_accounts_over_time
from cs_desktop.health.validation import MIN_PER_CLASS, auc_with_interval, validate_indicators

TODAY = date(2026, 11, 1)


def test_auc_by_hand_with_ties_and_interval() -> None:
    retained = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    churned = [1, 2, 3, 4, 5, 0, 0, 0, 0, 0]
    result = auc_with_interval(retained, churned)
    # Pairs won: 3 beats 8 churned and ties 1 (3); 4 beats 9, ties 1; 5 beats 10 minus tie ...
    wins = sum((r > c) + 0.5 * (r == c) for r in retained for c in churned)
    assert result.auc == pytest.approx(wins / 100)
    assert result.ci_low is not None and result.ci_high is not None
    assert result.ci_low < result.auc < result.ci_high <= 1


def test_too_few_renewals_is_not_enough_data() -> None:
    result = auc_with_interval(range(MIN_PER_CLASS), range(MIN_PER_CLASS - 1))
    assert result.auc is None and not result.enough_data
    assert (result.retained, result.churned) == (MIN_PER_CLASS, MIN_PER_CLASS - 1)


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory):
    generator = pytest.importorskip("cs_desktop.demo.generator")
    store = open_store(Path(tmp_path_factory.mktemp("sample")) / "sample.sqlite3")
    generator.generate_portfolio(store, accounts=300, seed=7, today=TODAY)
    yield store
    store.close()


@pytest.mark.slow  # a 300-account sample portfolio
def test_validation_ranks_predictive_indicators_above_random_ones(sample_store) -> None:
    from cs_desktop.demo.indicators import INDICATORS

    with sample_store.engine.connect() as connection:
        portfolio = compute_portfolio_health(connection, TODAY)
        report = validate_indicators(connection, portfolio)
    auc = {row.key: row.separation.auc for row in report.indicators}
    predictive = [spec.key for spec in INDICATORS if spec.predictive]
    random = [spec.key for spec in INDICATORS if not spec.predictive]
    assert all(auc[key] is not None for key in predictive + random)
    assert min(auc[key] for key in predictive) > max(auc[key] for key in random)  # type: ignore[type-var]
    assert report.score.auc is not None and report.score.auc > 0.65
    # The suggestion gives the random indicators (almost) nothing and separates at least as well.
    assert sum(report.suggested_weights[key] for key in random) < 10
    assert report.suggested.auc is not None and report.suggested.auc >= report.score.auc - 0.02
    assert report.renewals > 100


@pytest.mark.slow
def test_successful_accounts_on_the_sample_portfolio(sample_store) -> None:
    with sample_store.engine.connect() as connection:
        portfolio = compute_portfolio_health(connection, TODAY)
    series = successful_accounts_over_time(portfolio)
    assert len(series.successful) == len(portfolio.trajectory(portfolio.accounts[0].account_id))
    assert 0 < series.successful[-1] <= series.scored[-1] <= len(portfolio.accounts)
    assert series.successful[0] == 0  # not 90 days of history yet


def test_an_empty_book_validates_to_not_enough_data(store) -> None:
    with store.engine.connect() as connection:
        portfolio = compute_portfolio_health(connection, date(2026, 6, 1))
        report = validate_indicators(connection, portfolio)
    assert portfolio.accounts == ()
    assert report.score.auc is None
    assert not any(successful_accounts_over_time(portfolio).successful)

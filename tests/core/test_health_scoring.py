"""Scores, bands, missing-weight redistribution and explanations, computed by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cs_desktop.db import Store
from cs_desktop.health.dto import Band
from cs_desktop.health.explain import explain_change
from cs_desktop.health.scorecard import ScorecardSet, load_scorecards
from cs_desktop.health.service import (
    compute_account_health,
    compute_portfolio_health,
    refresh_accounts,
)
from cs_desktop.health.success import successful_accounts_over_time
from cs_desktop.ids import AccountId
from cs_desktop.models import Stage
from tests.support.factories import add_account
from tests.support.health import (
    add_decision_maker_meeting,
    add_samples,
    add_stage_change,
    write_scorecards,
)

TODAY = date(2025, 3, 1)


@pytest.fixture
def cards(tmp_path: Path) -> ScorecardSet:
    return load_scorecards(write_scorecards(tmp_path / "scorecards"))


@pytest.fixture
def account(store: Store) -> AccountId:
    """In service; login 0.2 then 0.5, adoption 0.8 once, a decision-maker QBR on Feb 10."""
    account_id = add_account(store, "Acme", stage=Stage.SERVICE)
    add_samples(store, account_id, "login_rate", (date(2025, 2, 1), 0.2), (date(2025, 2, 22), 0.5))
    add_samples(store, account_id, "feature_adoption", (date(2025, 2, 1), 0.8))
    add_decision_maker_meeting(store, account_id, date(2025, 2, 10))
    return account_id


def test_score_is_the_weighted_mean_of_present_points(store, cards, account) -> None:
    with store.engine.connect() as connection:
        detail = compute_account_health(connection, account, TODAY, scorecards=cards, days=60)
    # Feb 15: login 0.2 -> 20 (w 3), adoption 0.8 -> 80 (w 1), QBR 5 days ago -> 100 (w 1).
    assert detail.score_on(date(2025, 2, 15)) == pytest.approx((3 * 20 + 80 + 100) / 5)  # 48
    assert detail.bands[detail.day_of(date(2025, 2, 15))] is Band.YELLOW
    # Before any input there is no score at all, not a zero.
    assert detail.score_on(date(2025, 1, 20)) is None


def test_missing_input_hands_its_weight_to_the_others(store, cards, account) -> None:
    with store.engine.connect() as connection:
        detail = compute_account_health(connection, account, TODAY, scorecards=cards, days=60)
    # Mar 1: the adoption sample is 28 days old (> 21): missing, never zero. (3*50 + 100) / 4.
    assert detail.health.score == pytest.approx(62.5)
    assert detail.health.band is Band.YELLOW
    assert detail.health.missing == ("feature_adoption",)
    adoption = next(r for r in detail.readings if r.key == "feature_adoption")
    assert adoption.missing and adoption.points is None and adoption.share == 0
    assert sum(r.contribution for r in detail.readings) == pytest.approx(62.5)
    # The sample was still fresh on day 21 and stale on day 22.
    assert detail.score_on(date(2025, 2, 22)) == pytest.approx((150 + 80 + 100) / 5)
    assert detail.score_on(date(2025, 2, 23)) == pytest.approx((150 + 100) / 4)


def test_explanation_splits_the_change_by_indicator(store, cards, account) -> None:
    with store.engine.connect() as connection:
        detail = compute_account_health(connection, account, TODAY, scorecards=cards, days=60)
    explanation = explain_change(detail, date(2025, 2, 15), TODAY)
    assert explanation.from_score == pytest.approx(48)
    assert explanation.change == pytest.approx(14.5)
    parts = {part.key: part.change for part in explanation.contributions}
    # S1 = 48. login: 0.75*(50-48) - 0.6*(20-48); adoption left: -0.2*(80-48);
    # meeting kept its points but gained share: 0.25*(100-48) - 0.2*(100-48).
    assert parts == pytest.approx(
        {"login_rate": 18.3, "feature_adoption": -6.4, "dm_meeting_recency": 2.6}
    )
    assert explanation.contributions[0].key == "login_rate"  # largest move first


def test_the_scorecard_of_the_stage_in_force_scores_each_day(store, cards) -> None:
    account_id = add_account(store, "Beta", stage=Stage.SERVICE)
    add_samples(store, account_id, "login_rate", (date(2025, 2, 15), 0.4))
    add_samples(store, account_id, "feature_adoption", (date(2025, 2, 15), 1.0))
    add_stage_change(store, account_id, date(2025, 2, 20), Stage.DELIVERY, Stage.SERVICE)
    with store.engine.connect() as connection:
        detail = compute_account_health(connection, account_id, TODAY, scorecards=cards, days=60)
    assert detail.stages[detail.day_of(date(2025, 2, 19))] is Stage.DELIVERY
    assert detail.score_on(date(2025, 2, 19)) == pytest.approx(40)  # login only
    assert detail.score_on(date(2025, 2, 20)) == pytest.approx((3 * 40 + 100) / 4)  # 55
    assert detail.bands[detail.day_of(date(2025, 2, 19))] is Band.YELLOW
    assert detail.health.trend_30d is None  # no score 30 days ago


def test_portfolio_and_single_account_agree_and_an_edit_is_scored_at_once(
    store, cards, account
) -> None:
    other = add_account(store, "Other", stage=Stage.VALUE)
    add_samples(store, other, "login_rate", (date(2025, 2, 26), 0.9))
    with store.engine.connect() as connection:
        portfolio = compute_portfolio_health(connection, TODAY, scorecards=cards, days=60)
        detail = compute_account_health(connection, account, TODAY, scorecards=cards, days=60)
    assert portfolio.account(account) == detail.health
    assert portfolio.trajectory(account) == pytest.approx(detail.scores, nan_ok=True)
    assert portfolio.account(other).score == pytest.approx(90)
    assert portfolio.account(other).band is Band.GREEN
    assert portfolio.account(other).missing == ("feature_adoption", "dm_meeting_recency")

    add_samples(store, account, "feature_adoption", (date(2025, 2, 28), 1.0))
    with store.engine.connect() as connection:
        fresh = refresh_accounts(portfolio, connection, [account])
    assert fresh.account(account).score == pytest.approx((150 + 100 + 100) / 5)
    assert fresh.trajectory(account)[-1] == pytest.approx(70)
    assert fresh.account(account).band is Band.GREEN
    assert fresh.account(other) == portfolio.account(other)
    assert portfolio.account(account).score == pytest.approx(62.5), "the old result is immutable"


def test_successful_accounts_are_counted_each_day(store, cards) -> None:
    account_id = add_account(store, "Gamma", stage=Stage.VALUE)
    add_samples(store, account_id, "login_rate", (date(2025, 2, 20), 0.9), (date(2025, 2, 25), 0.1))
    with store.engine.connect() as connection:
        portfolio = compute_portfolio_health(connection, TODAY, scorecards=cards, days=20)
    series = successful_accounts_over_time(portfolio)
    counted = dict(zip(series.dates, series.successful, strict=True))
    # >= 60 for 3 days running: Feb 22, 23, 24 qualify; the drop on Feb 25 ends it.
    assert [day.day for day, n in counted.items() if n] == [22, 23, 24]

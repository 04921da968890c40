"""The typed entry points the workspace calls (from a worker thread, never the GUI thread).

Every function takes a connection or store and returns frozen dataclasses; nothing here keeps
state between calls except the parsed scorecards and playbooks, which are immutable.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

import numpy as np
from sqlalchemy import Connection

from cs_desktop.account_detail import AccountNotFoundError
from cs_desktop.health.dto import (
    BAND_OF_CODE,
    AccountHealth,
    AccountHealthDetail,
    ChangeExplanation,
    IndicatorReading,
    IndicatorSeries,
)
from cs_desktop.health.explain import explain_change
from cs_desktop.health.inputs import HISTORY_DAYS, STAGES, HealthInputs, load_inputs
from cs_desktop.health.portfolio import PortfolioHealth, _assemble, assemble, portfolio_health
from cs_desktop.health.scorecard import INDICATOR_CATALOG, ScorecardSet, load_scorecards
from cs_desktop.health.scoring import Float32, band_codes, score_inputs
from cs_desktop.i18n import _
from cs_desktop.ids import AccountId

__all__ = [
    "ChangeExplanation",  # re-exported: explain_change returns it
    "compute_account_health",
    "compute_portfolio_health",
    "default_scorecards",
    "detail_from_inputs",
    "explain_change",
    "health_today",
    "refresh_accounts",
    "scores_today",
    "with_inputs",
]


@lru_cache(maxsize=1)
def default_scorecards() -> ScorecardSet:
    """The shipped scorecards, parsed once (raises ``ScorecardError`` if a file is invalid)."""
    return load_scorecards()


def compute_portfolio_health(
    connection: Connection,
    today: date,
    *,
    scorecards: ScorecardSet | None = None,
    days: int = HISTORY_DAYS,
) -> PortfolioHealth:
    """Every account's score today and its daily trajectory over ``days`` days.

    Reads all inputs on ``connection`` and scores them in one vectorised pass. Thread: any
    worker with its own connection.
    """
    cards = scorecards or default_scorecards()
    inputs = load_inputs(connection, today, cards.window, days=days)
    return portfolio_health(inputs, cards)


def with_inputs(connection: Connection, portfolio: PortfolioHealth) -> PortfolioHealth:
    """The portfolio with every input read, for the analyses that need more than its scores.

    A portfolio assembled from kept scores (``inputs.complete`` is False) holds no events; this
    reads them. If accounts were added or removed since, the portfolio is recomputed.
    """
    if portfolio.inputs.complete:
        return portfolio
    inputs = load_inputs(
        connection, portfolio.today, portfolio.scorecards.window, days=portfolio.inputs.days
    )
    if not np.array_equal(inputs.account_ids, portfolio.inputs.account_ids):
        return portfolio_health(inputs, portfolio.scorecards)
    return replace(portfolio, inputs=inputs)


def health_today(
    connection: Connection,
    today: date,
    *,
    account_ids: Iterable[AccountId] | None = None,
    scorecards: ScorecardSet | None = None,
) -> tuple[tuple[AccountHealth, tuple[IndicatorReading, ...]], ...]:
    """Each account's health today with every indicator its stage scores: what scripts ask for.

    Reads one day of inputs only, so the trends are None. Accounts in id order; every account
    when ``account_ids`` is None. Thread: any worker with its own connection.
    """
    cards = scorecards or default_scorecards()
    wanted = None if account_ids is None else list(account_ids)
    inputs = load_inputs(connection, today, cards.window, account_ids=wanted, days=1)
    scores = score_inputs(inputs, cards, components=True)
    parts = scores.components
    assert parts is not None
    portfolio = assemble(inputs, cards, scores.score, scores.present_today)
    weight = parts.weight[:, :, 0]  # (indicator, row)
    used = np.where(np.isnan(parts.points[:, :, 0]), 0, weight)
    total = used.sum(axis=0)
    shares = np.divide(used, total, out=np.zeros_like(used), where=total > 0)
    values, points = parts.values[:, :, 0].tolist(), parts.points[:, :, 0].tolist()
    weights, share_list = weight.tolist(), shares.tolist()
    result = []
    for row, health in enumerate(portfolio.accounts):
        readings = tuple(
            IndicatorReading(
                key,
                INDICATOR_CATALOG[key].group,
                None if math.isnan(values[index][row]) else values[index][row],
                None if math.isnan(points[index][row]) else points[index][row],
                weights[index][row],
                share_list[index][row],
                missing=math.isnan(points[index][row]),
            )
            for index, key in enumerate(parts.keys)
            if weights[index][row] > 0
        )
        result.append((health, readings))
    return tuple(result)


def scores_today(
    connection: Connection, today: date, *, scorecards: ScorecardSet | None = None
) -> dict[AccountId, float | None]:
    """Every account's score today and nothing else: what the CRM is sent. The portfolio's
    bands, trends and gaps are left out (they cost as much as the score itself)."""
    cards = scorecards or default_scorecards()
    inputs = load_inputs(connection, today, cards.window, days=1)
    today_scores = score_inputs(inputs, cards).score[:, -1]
    return {
        AccountId(account_id): None if math.isnan(score) else score
        for account_id, score in zip(
            inputs.account_ids.tolist(), today_scores.tolist(), strict=True
        )
    }


def compute_account_health(
    connection: Connection,
    account_id: AccountId,
    today: date,
    *,
    scorecards: ScorecardSet | None = None,
    days: int = HISTORY_DAYS,
) -> AccountHealthDetail:
    """One account's health, trajectory and per-indicator series: the recompute after an edit.

    Raises:
        AccountNotFoundError: no such account.
    """
    cards = scorecards or default_scorecards()
    inputs = load_inputs(connection, today, cards.window, account_ids=[account_id], days=days)
    if len(inputs.account_ids) == 0:
        raise AccountNotFoundError(_("no account with id {id}").format(id=account_id))
    return detail_from_inputs(inputs, cards)


def detail_from_inputs(inputs: HealthInputs, cards: ScorecardSet) -> AccountHealthDetail:
    """The detail of the first account of ``inputs`` (pure: no database)."""
    scores = score_inputs(inputs, cards, components=True)
    parts = scores.components
    assert parts is not None
    health = _assemble(inputs, cards, scores).accounts[0]
    score = scores.score[0]
    stage = inputs.stage[0]
    bands = band_codes(score[None, :], inputs.stage[:1], cards)[0]
    present_weight = np.where(np.isnan(parts.points[:, 0]), 0, parts.weight[:, 0])
    total = present_weight.sum(axis=0)
    shares = np.divide(present_weight, total, out=np.zeros_like(present_weight), where=total > 0)
    series = tuple(
        IndicatorSeries(
            key,
            INDICATOR_CATALOG[key].group,
            _optional(parts.values[index, 0]),
            _optional(parts.points[index, 0]),
            tuple(parts.weight[index, 0].tolist()),
            tuple(shares[index].tolist()),
        )
        for index, key in enumerate(parts.keys)
    )
    last = inputs.days - 1
    readings = tuple(
        IndicatorReading(
            s.key,
            s.group,
            s.values[last],
            s.points[last],
            s.weights[last],
            s.shares[last],
            missing=s.weights[last] > 0 and s.points[last] is None,
        )
        for s in series
    )
    return AccountHealthDetail(
        health,
        readings,
        inputs.start,
        _optional(score),
        tuple(BAND_OF_CODE[code] for code in bands.tolist()),
        tuple(STAGES[code] for code in stage.tolist()),
        series,
    )


def refresh_accounts(
    portfolio: PortfolioHealth,
    connection: Connection,
    account_ids: Iterable[AccountId],
) -> PortfolioHealth:
    """The portfolio with the given accounts recomputed: call after an edit is saved.

    Accounts created after the portfolio was computed are not added; recompute the portfolio.
    """
    for account_id in account_ids:
        detail = compute_account_health(
            connection,
            account_id,
            portfolio.today,
            scorecards=portfolio.scorecards,
            days=(portfolio.today - portfolio.start).days + 1,
        )
        portfolio = portfolio.with_account(detail)
    return portfolio


def _optional(values: Float32) -> tuple[float | None, ...]:
    return tuple(None if math.isnan(v) else v for v in values.tolist())


def trajectory_dates(start: date, days: int) -> tuple[date, ...]:
    """The dates of a trajectory of ``days`` scores beginning on ``start``."""
    return tuple(start + timedelta(days=day) for day in range(days))

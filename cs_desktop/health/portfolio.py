"""Scores of the whole portfolio: every account's health today and its daily trajectory."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import numpy as np

from cs_desktop.health.dto import BAND_OF_CODE, AccountHealth, AccountHealthDetail, Band
from cs_desktop.health.inputs import STAGES, HealthInputs
from cs_desktop.health.scorecard import ScorecardSet
from cs_desktop.health.scoring import Float32, Scores, band_codes, score_inputs
from cs_desktop.ids import AccountId


@dataclass(frozen=True)
class PortfolioHealth:
    """Every account's health on ``today`` and its daily score since ``start``.

    Immutable: :meth:`with_account` returns a new portfolio with one account recomputed (after an
    edit), sharing everything else. ``inputs`` and ``scores`` are kept for further analyses
    (success model, validation) and are not for display.
    """

    today: date
    start: date
    accounts: tuple[AccountHealth, ...]
    scorecards: ScorecardSet = field(repr=False, compare=False)
    inputs: HealthInputs = field(repr=False, compare=False)
    scores: Float32 = field(repr=False, compare=False)
    _rows: Mapping[AccountId, int] = field(repr=False, compare=False)
    _replaced: Mapping[AccountId, AccountHealthDetail] = field(
        default_factory=dict, repr=False, compare=False
    )

    def account(self, account_id: AccountId) -> AccountHealth:
        return self.accounts[self._rows[account_id]]

    def trajectory(self, account_id: AccountId) -> tuple[float | None, ...]:
        """The account's daily score, ``start`` first (None on days with no score)."""
        replaced = self._replaced.get(account_id)
        if replaced is not None:
            return replaced.scores
        return _optional(self.scores[self._rows[account_id]])

    def band_counts(self) -> Mapping[Band | None, int]:
        return Counter(health.band for health in self.accounts)

    def with_account(self, detail: AccountHealthDetail) -> PortfolioHealth:
        """This portfolio with one account's health replaced by a fresh computation."""
        account_id = detail.health.account_id
        row = self._rows[account_id]
        accounts = list(self.accounts)
        accounts[row] = detail.health
        return replace(
            self,
            accounts=tuple(accounts),
            _replaced={**self._replaced, account_id: detail},
        )


def _optional(values: Float32) -> tuple[float | None, ...]:
    return tuple(None if math.isnan(v) else v for v in values.tolist())


def portfolio_health(inputs: HealthInputs, scorecards: ScorecardSet) -> PortfolioHealth:
    """Score every account of ``inputs`` on every day (the vectorised recompute)."""
    scores = score_inputs(inputs, scorecards)
    return _assemble(inputs, scorecards, scores)


def _assemble(inputs: HealthInputs, scorecards: ScorecardSet, scores: Scores) -> PortfolioHealth:
    score = scores.score
    last = inputs.days - 1
    today_scores = score[:, last]
    bands = band_codes(today_scores[:, None], inputs.stage[:, last : last + 1], scorecards)[:, 0]
    trend_30 = _trend(score, 30)
    trend_90 = _trend(score, 90)
    missing = _missing_today(inputs, scorecards, scores)
    accounts = tuple(
        AccountHealth(
            AccountId(account_id),
            STAGES[stage],
            None if math.isnan(value) else value,
            BAND_OF_CODE[band],
            None if math.isnan(t30) else t30,
            None if math.isnan(t90) else t90,
            gaps,
        )
        for account_id, stage, value, band, t30, t90, gaps in zip(
            inputs.account_ids.tolist(),
            inputs.stage[:, last].tolist(),
            today_scores.tolist(),
            bands.tolist(),
            trend_30.tolist(),
            trend_90.tolist(),
            missing,
            strict=True,
        )
    )
    rows = {AccountId(a): row for row, a in enumerate(inputs.account_ids.tolist())}
    return PortfolioHealth(
        inputs.today,
        inputs.today - timedelta(days=inputs.days - 1),
        accounts,
        scorecards,
        inputs,
        score,
        rows,
    )


def _trend(score: Float32, days: int) -> Float32:
    if score.shape[1] <= days:
        return np.full(score.shape[0], np.nan, dtype=np.float32)
    return score[:, -1] - score[:, -1 - days]


def _missing_today(
    inputs: HealthInputs, scorecards: ScorecardSet, scores: Scores
) -> list[tuple[str, ...]]:
    """For each account, the indicators its stage scores that have no fresh input today."""
    today_stage = inputs.stage[:, inputs.days - 1]
    gaps: list[list[str]] = [[] for _ in range(len(inputs.account_ids))]
    for index, key in enumerate(scorecards.indicator_keys):
        scored = np.array(
            [any(s.key == key for s in scorecards.for_stage(st).indicators) for st in STAGES]
        )[today_stage]
        for row in np.flatnonzero(scored & ~scores.present_today[index]).tolist():
            gaps[row].append(key)
    return [tuple(g) for g in gaps]

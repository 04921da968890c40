"""Scores of the whole portfolio: every account's health today and its daily trajectory."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import numpy as np
import numpy.typing as npt

from cs_desktop.health.dto import (
    BAND_OF_CODE,
    AccountHealth,
    AccountHealthDetail,
    Band,
    Confidence,
)
from cs_desktop.health.inputs import STAGES, HealthInputs
from cs_desktop.health.scorecard import ScorecardSet
from cs_desktop.health.scoring import Bools, Float32, Scores, band_codes, score_inputs
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

    def has(self, account_id: AccountId) -> bool:
        """Whether the account was computed (one created since is not)."""
        return account_id in self._rows

    def trajectory(
        self, account_id: AccountId, *, last: int | None = None
    ) -> tuple[float | None, ...]:
        """The account's daily score, ``start`` first (None on days with no score).

        Args:
            last: only the last this many days, ending today.
        """
        replaced = self._replaced.get(account_id)
        if replaced is not None:
            return replaced.scores if last is None else replaced.scores[-last:]
        row = self.scores[self._rows[account_id]]
        return _optional(row if last is None else row[-last:])

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
    return assemble(inputs, scorecards, scores.score, scores.present_today)


def assemble(
    inputs: HealthInputs,
    scorecards: ScorecardSet,
    score: Float32,
    present_today: Bools,
) -> PortfolioHealth:
    """The portfolio from its daily scores and which indicators are present today.

    ``inputs`` supplies the accounts, dates and daily stages (its events are not read), so a
    portfolio kept from an earlier computation can be assembled without reading them again.
    """
    last = inputs.days - 1
    today_scores = score[:, last]
    today_stage = inputs.stage[:, last]
    bands = band_codes(today_scores[:, None], inputs.stage[:, last : last + 1], scorecards)[:, 0]
    confidence = _confidence(today_stage, present_today, scorecards)
    # A score standing on too little of the weight is never shown green.
    bands = np.where(confidence.low & (bands == 2), 1, bands).astype(np.int8)
    trend_30 = _trend(score, 30)
    trend_90 = _trend(score, 90)
    missing = _missing_today(today_stage, scorecards, present_today)
    accounts = tuple(
        AccountHealth(
            AccountId(account_id),
            STAGES[stage],
            None if math.isnan(value) else value,
            BAND_OF_CODE[band],
            None if math.isnan(t30) else t30,
            None if math.isnan(t90) else t90,
            gaps,
            Confidence(present, scored, share, cut),
        )
        for account_id, stage, value, band, t30, t90, gaps, present, scored, share, cut in zip(
            inputs.account_ids.tolist(),
            today_stage.tolist(),
            today_scores.tolist(),
            bands.tolist(),
            trend_30.tolist(),
            trend_90.tolist(),
            missing,
            confidence.present.tolist(),
            confidence.scored.tolist(),
            confidence.share.tolist(),
            confidence.threshold.tolist(),
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


@dataclass(frozen=True)
class _Confidences:
    present: npt.NDArray[np.int64]
    scored: npt.NDArray[np.int64]
    share: Float32
    threshold: Float32
    low: Bools


def stage_weights(scorecards: ScorecardSet) -> Float32:
    """(stage code, indicator) -> the indicator's weight in that stage's scorecard (0: unscored).

    Indicators in the order of ``scorecards.indicator_keys``.
    """
    keys = scorecards.indicator_keys
    weights = np.zeros((len(STAGES), len(keys)), dtype=np.float32)
    for code, stage in enumerate(STAGES):
        for spec in scorecards.for_stage(stage).indicators:
            weights[code, keys.index(spec.key)] = spec.weight
    return weights


def _confidence(
    today_stage: npt.NDArray[np.int8], present_today: Bools, scorecards: ScorecardSet
) -> _Confidences:
    weights = stage_weights(scorecards)[today_stage]  # (row, indicator)
    present = present_today.T & (weights > 0)
    total = weights.sum(axis=1)
    carried = np.where(present, weights, 0).sum(axis=1)
    share = np.divide(carried, total, out=np.zeros_like(total), where=total > 0)
    threshold = np.asarray(
        [scorecards.for_stage(s).low_confidence_below for s in STAGES], dtype=np.float32
    )[today_stage]
    return _Confidences(
        present.sum(axis=1), (weights > 0).sum(axis=1), share, threshold, share < threshold
    )


def _trend(score: Float32, days: int) -> Float32:
    if score.shape[1] <= days:
        return np.full(score.shape[0], np.nan, dtype=np.float32)
    return score[:, -1] - score[:, -1 - days]


def _missing_today(
    today_stage: npt.NDArray[np.int8], scorecards: ScorecardSet, present_today: Bools
) -> list[tuple[str, ...]]:
    """For each account, the indicators its stage scores that have no fresh input today."""
    gaps: list[list[str]] = [[] for _ in range(len(today_stage))]
    for index, key in enumerate(scorecards.indicator_keys):
        scored = np.array(
            [any(s.key == key for s in scorecards.for_stage(st).indicators) for st in STAGES]
        )[today_stage]
        for row in np.flatnonzero(scored & ~present_today[index]).tolist():
            gaps[row].append(key)
    return [tuple(g) for g in gaps]

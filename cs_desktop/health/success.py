"""The success model: how many accounts count as "successful" on each day.

The essays' intermediate KPI: retention shows up years late, but the number of accounts that
follow the path of successful customers can be counted every day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from cs_desktop.health.inputs import STAGES
from cs_desktop.health.portfolio import PortfolioHealth
from cs_desktop.health.scorecard import SuccessModel
from cs_desktop.health.scoring import daily_values


@dataclass(frozen=True)
class SuccessSeries:
    """The count of successful accounts on each day from ``start`` (and how many were scored)."""

    model: SuccessModel
    start: date
    successful: tuple[int, ...]
    scored: tuple[int, ...]

    @property
    def dates(self) -> tuple[date, ...]:
        return tuple(self.start + timedelta(days=d) for d in range(len(self.successful)))


def successful_accounts_over_time(
    portfolio: PortfolioHealth, model: SuccessModel | None = None
) -> SuccessSeries:
    """Count, day by day, the accounts meeting ``model`` (default: the scorecards' model).

    The first ``sustained_days - 1`` days count no account: their history is too short to know.
    Accounts recomputed with :meth:`PortfolioHealth.with_account` are counted as first scored.
    """
    model = model or portfolio.scorecards.success
    inputs, score = portfolio.inputs, portfolio.scores
    good = np.nan_to_num(score, nan=-1.0) >= model.min_score
    # Sustained: no bad day among the last ``sustained_days`` (count bad days with a cumsum).
    bad = np.zeros((score.shape[0], score.shape[1] + 1), dtype=np.int32)
    np.cumsum(~good, axis=1, out=bad[:, 1:])
    span = model.sustained_days
    ok = np.zeros(score.shape, dtype=bool)
    if span <= score.shape[1]:
        ok[:, span - 1 :] = (bad[:, span:] - bad[:, : score.shape[1] - span + 1]) == 0
    stage_ok = np.isin(inputs.stage, [STAGES.index(s) for s in model.stages])
    ok &= stage_ok
    window = portfolio.scorecards.window
    for key, bound in model.min_values.items():
        daily = daily_values(inputs, key, window)
        ok &= daily.present & (daily.values >= np.float32(bound))
    for key, bound in model.max_values.items():
        daily = daily_values(inputs, key, window)
        ok &= daily.present & (daily.values <= np.float32(bound))
    return SuccessSeries(
        model,
        portfolio.start,
        tuple(ok.sum(axis=0).tolist()),
        tuple((~np.isnan(score)).sum(axis=0).tolist()),
    )

"""Indicator validation: did each indicator, and the score, separate renewals from churn?

For every past renewal, each indicator is read ``lead_days`` before the period ended (the essays:
the outcome is set long before the renewal call) and compared between accounts that stayed and
accounts that churned, as the area under the ROC curve (Mann-Whitney U) with a Hanley-McNeil 95%
confidence interval. Below ``MIN_PER_CLASS`` renewals in either class the answer is "not enough
data". Indicators are oriented by their scorecard direction, so an AUC above 0.5 means the
indicator predicts renewal the way the scorecard assumes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import numpy.typing as npt
from sqlalchemy import Connection

from cs_desktop.health.inputs import STAGES
from cs_desktop.health.portfolio import PortfolioHealth
from cs_desktop.health.scorecard import (
    INDICATOR_CATALOG,
    Direction,
    Group,
    IndicatorSpec,
    ScorecardSet,
)
from cs_desktop.health.scoring import daily_values, normalise
from cs_desktop.labels import indicator_label
from cs_desktop.models import RenewalOutcome

MIN_PER_CLASS = 10
DEFAULT_LEAD_DAYS = 90
Z95 = 1.959963984540054


@dataclass(frozen=True)
class Separation:
    """How well one measure separated retained from churned renewals.

    ``auc`` is None ("not enough data") when either class has fewer than ``MIN_PER_CLASS``.
    """

    retained: int
    churned: int
    auc: float | None
    ci_low: float | None
    ci_high: float | None

    @property
    def enough_data(self) -> bool:
        return self.auc is not None


@dataclass(frozen=True)
class IndicatorValidation:
    key: str
    group: Group
    separation: Separation
    current_weight: float  # mean weight over the stages' scorecards (0 where not scored)
    suggested_weight: float

    @property
    def label(self) -> str:
        """The indicator's name in the app's language."""
        return indicator_label(self.key)


@dataclass(frozen=True)
class ValidationReport:
    """The validation table (best-separating indicator first) and a better-weights suggestion.

    ``suggested_weights`` are proportional to ``max(AUC - 0.5, 0)`` of the indicators with
    enough data, scaled to 100; ``suggested`` is how the score would have separated with them,
    measured on the same renewals (in-sample, so optimistic; recheck on later renewals).
    """

    today: date
    lead_days: int
    renewals: int
    score: Separation
    suggested: Separation
    indicators: tuple[IndicatorValidation, ...]
    suggested_weights: Mapping[str, float]


def auc_with_interval(retained: npt.ArrayLike, churned: npt.ArrayLike) -> Separation:
    """AUC of "retained scores higher than churned" with ties counted half, and its 95% CI."""
    kept = np.asarray(retained, dtype=np.float64)
    lost = np.asarray(churned, dtype=np.float64)
    n1, n2 = len(kept), len(lost)
    if n1 < MIN_PER_CLASS or n2 < MIN_PER_CLASS:
        return Separation(n1, n2, None, None, None)
    ranks = _average_ranks(np.concatenate([kept, lost]))
    u = ranks[:n1].sum() - n1 * (n1 + 1) / 2
    auc = float(u / (n1 * n2))
    q1, q2 = auc / (2 - auc), 2 * auc * auc / (1 + auc)
    variance = (auc * (1 - auc) + (n1 - 1) * (q1 - auc**2) + (n2 - 1) * (q2 - auc**2)) / (n1 * n2)
    half = Z95 * math.sqrt(max(variance, 0.0))
    return Separation(n1, n2, auc, max(auc - half, 0.0), min(auc + half, 1.0))


def _average_ranks(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    order = np.argsort(values, kind="mergesort")
    ordered = values[order]
    # Tied values share the mean of the ranks they span.
    starts = np.flatnonzero(np.concatenate([[True], ordered[1:] != ordered[:-1]]))
    ends = np.concatenate([starts[1:], [len(values)]])
    mean_rank = (starts + ends + 1) / 2
    ranks = np.empty(len(values))
    ranks[order] = np.repeat(mean_rank, ends - starts)
    return ranks


def validate_indicators(
    connection: Connection,
    portfolio: PortfolioHealth,
    *,
    lead_days: int = DEFAULT_LEAD_DAYS,
) -> ValidationReport:
    """Check each indicator and the score against the renewals that ended before today.

    Only renewals whose reading day (``period_end - lead_days``) falls inside the portfolio's
    trajectory can be judged. A churned renewal is "churned"; renewed, expanded and contracted
    ones kept the logo and are "retained".
    """
    inputs, cards = portfolio.inputs, portfolio.scorecards
    first = portfolio.start + timedelta(days=lead_days)
    rows = connection.exec_driver_sql(
        "SELECT account_id, period_end, outcome FROM renewal "
        "WHERE period_end BETWEEN ? AND ? ORDER BY account_id, period_end",
        (first.isoformat(), portfolio.today.isoformat()),
    ).all()
    known = {int(a) for a in inputs.account_ids.tolist()}
    rows = [r for r in rows if r[0] in known]
    account_rows = np.searchsorted(inputs.account_ids, [r[0] for r in rows]).astype(np.int64)
    days = np.array(
        [(date.fromisoformat(r[1]) - portfolio.start).days - lead_days for r in rows],
        dtype=np.int64,
    )
    churned = np.array([r[2] == RenewalOutcome.CHURNED for r in rows], dtype=bool)
    score = portfolio.scores[account_rows, days].astype(np.float64)
    stage = inputs.stage[account_rows, days] if len(rows) else np.zeros(0, np.int8)

    keys = cards.indicator_keys
    points = np.full((len(keys), len(rows)), np.nan)
    separations: dict[str, Separation] = {}
    for index, key in enumerate(keys):
        daily = daily_values(inputs, key, cards.window)
        present = daily.present[account_rows, days]
        raw = daily.values[account_rows, days].astype(np.float64)
        spec = _spec_by_stage(cards, key)
        oriented = raw if spec[0].direction is Direction.HIGHER else -raw
        separations[key] = auc_with_interval(
            oriented[present & ~churned], oriented[present & churned]
        )
        for code, stage_spec in enumerate(spec):
            take = present & (stage == code)
            points[index, take] = normalise(raw[take], stage_spec)

    gains = {
        key: max((sep.auc or 0.5) - 0.5, 0.0) if sep.enough_data else 0.0
        for key, sep in separations.items()
    }
    total_gain = sum(gains.values())
    suggested = {
        key: (100 * gain / total_gain if total_gain else 0.0) for key, gain in gains.items()
    }
    weights = np.array([suggested[key] for key in keys])[:, None]
    have = ~np.isnan(points)
    weight_sum = (weights * have).sum(axis=0)
    suggested_score = np.divide(
        (np.nan_to_num(points) * weights).sum(axis=0),
        weight_sum,
        out=np.full(len(rows), np.nan),
        where=weight_sum > 0,
    )
    table = tuple(
        IndicatorValidation(
            key,
            INDICATOR_CATALOG[key].group,
            separations[key],
            _mean_weight(cards, key),
            suggested[key],
        )
        for key in keys
    )
    table = tuple(
        sorted(table, key=lambda row: -1.0 if row.separation.auc is None else -row.separation.auc)
    )
    return ValidationReport(
        portfolio.today,
        lead_days,
        len(rows),
        _separate(score, churned),
        _separate(suggested_score, churned),
        table,
        suggested,
    )


def _separate(values: npt.NDArray[np.float64], churned: npt.NDArray[np.bool_]) -> Separation:
    known = ~np.isnan(values)
    return auc_with_interval(values[known & ~churned], values[known & churned])


def _spec_by_stage(cards: ScorecardSet, key: str) -> tuple[IndicatorSpec, ...]:
    """The indicator's spec in each stage; stages that do not score it borrow another's."""
    found = {
        code: spec
        for code, stage in enumerate(STAGES)
        for spec in cards.for_stage(stage).indicators
        if spec.key == key
    }
    fallback = next(iter(found.values()))
    return tuple(found.get(code, fallback) for code in range(len(STAGES)))


def _mean_weight(cards: ScorecardSet, key: str) -> float:
    weights = [
        next((spec.weight for spec in cards.for_stage(stage).indicators if spec.key == key), 0.0)
        for stage in STAGES
    ]
    return sum(weights) / len(weights)

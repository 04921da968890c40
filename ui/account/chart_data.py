"""What the health trajectory chart draws, as plain data (no pyqtgraph, no ORM).

The chart shows a health score when one is plugged in (:meth:`ChartData.with_score`), and the
stored indicator samples otherwise, so it works before and without the scoring core.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import NamedTuple, Protocol

from cs_desktop.account_detail import AccountDetail
from cs_desktop.vocabulary import RenewalOutcome, Satisfaction, Stage

DEFAULT_BANDS = (40.0, 70.0)


class IndicatorLine(NamedTuple):
    """One indicator's stored samples, in date order."""

    key: str
    dates: tuple[date, ...]
    values: tuple[float, ...]


class TouchpointMark(NamedTuple):
    when: datetime
    title: str
    product: Satisfaction
    service: Satisfaction


class StageMark(NamedTuple):
    when: datetime
    to_stage: Stage


class RenewalMark(NamedTuple):
    """A past renewal (with its outcome) or the coming one (``outcome`` None)."""

    when: date
    outcome: RenewalOutcome | None


class ScoreTrajectory(Protocol):
    """A daily score series: ``scores[i]`` is the score of ``start + i`` days (None: no score).

    The health core's account trajectory has this shape, so it plugs in without an adapter.
    """

    @property
    def start(self) -> date: ...

    @property
    def scores(self) -> tuple[float | None, ...]: ...


@dataclass(frozen=True)
class ChartData:
    """Everything the chart draws.

    Attributes:
        score_dates: the days of ``scores``.
        scores: the health score (0-100) per day, None where there is none; the whole field is
            None when no score series is available, and the chart draws ``indicator_series``.
        bands: the red/yellow and yellow/green boundaries of the score.
        indicator_series: stored samples per indicator, drawn each scaled to 0-100.
        touchpoints: markers along the time axis.
        stage_changes: vertical lines labelled with the stage moved to.
        renewals: vertical lines labelled with the outcome.
        today: the right end of the "90 days" and "1 year" ranges.
    """

    score_dates: tuple[date, ...] = ()
    scores: tuple[float | None, ...] | None = None
    bands: tuple[float, float] = DEFAULT_BANDS
    indicator_series: tuple[IndicatorLine, ...] = ()
    touchpoints: tuple[TouchpointMark, ...] = ()
    stage_changes: tuple[StageMark, ...] = ()
    renewals: tuple[RenewalMark, ...] = ()
    today: date | None = None

    @property
    def has_score(self) -> bool:
        return self.scores is not None and any(value is not None for value in self.scores)

    @property
    def has_samples(self) -> bool:
        return any(line.dates for line in self.indicator_series)

    def with_score(
        self, trajectory: ScoreTrajectory | None, bands: tuple[float, float] | None = None
    ) -> ChartData:
        """This data with a score series plugged in (or taken out, with None)."""
        if trajectory is None:
            return replace(self, score_dates=(), scores=None)
        start = trajectory.start
        dates = tuple(start + timedelta(days=day) for day in range(len(trajectory.scores)))
        return replace(
            self,
            score_dates=dates,
            scores=tuple(trajectory.scores),
            bands=bands or self.bands,
        )


def chart_data_from_detail(detail: AccountDetail, today: date | None = None) -> ChartData:
    """The chart's input from the account detail: samples, touchpoints, stage moves, renewals."""
    renewals = [RenewalMark(row.period_end, row.outcome) for row in detail.renewals]
    upcoming = detail.header.renewal_date
    if upcoming is not None and all(mark.when != upcoming for mark in renewals):
        renewals.append(RenewalMark(upcoming, None))
    return ChartData(
        indicator_series=tuple(
            IndicatorLine(series.indicator_key, series.dates, series.values)
            for series in detail.health
        ),
        touchpoints=tuple(
            TouchpointMark(row.occurred_at, row.title, row.product_satisfied, row.service_satisfied)
            for row in detail.recent_touchpoints
        ),
        stage_changes=tuple(
            StageMark(change.changed_at, change.to_stage) for change in detail.stage_changes
        ),
        renewals=tuple(renewals),
        today=today or date.today(),
    )

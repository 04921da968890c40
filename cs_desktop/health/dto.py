"""The results of health computations: frozen dataclasses that cross to the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from cs_desktop.health.scorecard import Group
from cs_desktop.ids import AccountId
from cs_desktop.labels import indicator_label
from cs_desktop.models import Stage


class Band(StrEnum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"


BAND_OF_CODE: dict[int, Band | None] = {-1: None, 0: Band.RED, 1: Band.YELLOW, 2: Band.GREEN}


@dataclass(frozen=True)
class IndicatorReading:
    """One indicator on one day, as the scorecard in force read it.

    Attributes:
        value: the raw value (None when missing).
        points: the value turned into 0-100 points (None when missing).
        weight: the indicator's weight in the scorecard of the day's stage (0 if not scored).
        share: the fraction of the score this indicator makes up that day, after missing inputs
            handed their weight to the others (0 when missing or not scored).
        missing: scored in this stage but no fresh input.
    """

    key: str
    group: Group
    value: float | None
    points: float | None
    weight: float
    share: float
    missing: bool

    @property
    def label(self) -> str:
        """The indicator's name in the app's language."""
        return indicator_label(self.key)

    @property
    def contribution(self) -> float:
        """The points this indicator adds to the score (all contributions sum to the score)."""
        return 0.0 if self.points is None else self.points * self.share


@dataclass(frozen=True)
class Confidence:
    """How much data a score stands on today.

    Attributes:
        present: indicators of the stage's scorecard with a fresh input today.
        scored: indicators the stage's scorecard scores.
        weight_share: the share (0-1) of the scorecard's weight the present indicators carry.
        threshold: below this share the score is low-confidence (the scorecard's setting).
    """

    present: int = 0
    scored: int = 0
    weight_share: float = 0.0
    threshold: float = 0.0

    @property
    def low(self) -> bool:
        return self.weight_share < self.threshold


@dataclass(frozen=True)
class AccountHealth:
    """One account's health today: the portfolio list's row.

    ``trend_30d``/``trend_90d`` are the score today minus the score 30/90 days ago (None when
    either day has no score). ``missing`` names the indicators scored in the account's stage for
    which no fresh input exists; ``confidence`` says how much of the weight the present ones
    carry. A low-confidence score's ``band`` is capped at yellow.
    """

    account_id: AccountId
    stage: Stage
    score: float | None
    band: Band | None
    trend_30d: float | None
    trend_90d: float | None
    missing: tuple[str, ...]
    confidence: Confidence = field(default_factory=Confidence)

    @property
    def low_confidence(self) -> bool:
        """A score stands on too little of the weight: marked so, and never green."""
        return self.score is not None and self.confidence.low


@dataclass(frozen=True)
class IndicatorSeries:
    """One indicator's daily raw values, points and score shares (None where missing)."""

    key: str
    group: Group
    values: tuple[float | None, ...]
    points: tuple[float | None, ...]
    weights: tuple[float, ...]
    shares: tuple[float, ...]

    @property
    def label(self) -> str:
        """The indicator's name in the app's language."""
        return indicator_label(self.key)


@dataclass(frozen=True)
class AccountHealthDetail:
    """One account's health with its daily trajectory and what each indicator did each day."""

    health: AccountHealth
    readings: tuple[IndicatorReading, ...]  # today
    start: date
    scores: tuple[float | None, ...]  # daily, ``start`` first, today last
    bands: tuple[Band | None, ...]
    stages: tuple[Stage, ...]
    indicators: tuple[IndicatorSeries, ...]

    @property
    def today(self) -> date:
        return self.start + timedelta(days=len(self.scores) - 1)

    def day_of(self, when: date) -> int:
        day = (when - self.start).days
        if not 0 <= day < len(self.scores):
            raise ValueError(f"{when} is outside the trajectory ({self.start} to {self.today})")
        return day

    def score_on(self, when: date) -> float | None:
        return self.scores[self.day_of(when)]

    def readings_on(self, when: date) -> tuple[IndicatorReading, ...]:
        """Each indicator as it stood on ``when``."""
        day = self.day_of(when)
        return tuple(
            IndicatorReading(
                series.key,
                series.group,
                series.values[day],
                series.points[day],
                series.weights[day],
                series.shares[day],
                missing=series.weights[day] > 0 and series.points[day] is None,
            )
            for series in self.indicators
        )


@dataclass(frozen=True)
class Contribution:
    """How much one indicator moved the score between two days (the changes sum to the move).

    ``change`` is ``to_share * (to_points - from_score) - from_share * (from_points -
    from_score)``: an indicator that kept its weight contributes ``share * points moved``; one
    that appeared (or went missing) contributes how far it sits above or below the old score.
    """

    key: str
    group: Group
    from_value: float | None
    to_value: float | None
    from_points: float | None
    to_points: float | None
    from_share: float
    to_share: float
    change: float

    @property
    def label(self) -> str:
        """The indicator's name in the app's language."""
        return indicator_label(self.key)


@dataclass(frozen=True)
class ChangeExplanation:
    """Why the score moved between two days. ``contributions`` is empty when a day has no score."""

    from_date: date
    to_date: date
    from_score: float | None
    to_score: float | None
    contributions: tuple[Contribution, ...]

    @property
    def change(self) -> float | None:
        if self.from_score is None or self.to_score is None:
            return None
        return self.to_score - self.from_score

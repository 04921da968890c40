"""The calendar a sample portfolio lives on: days as ordinals, weeks as Mondays."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from cs_desktop.demo.bulk import day_ms

HISTORY_DAYS = 4 * 365 + 120  # the oldest sales start: a little over four years back
SAMPLED_WEEKS = 104  # health samples and touchpoints cover two years
MS_PER_HOUR = 3_600_000


@dataclass(frozen=True)
class Timeline:
    """Today, and the weekly grid (oldest Monday first) that latent health is simulated on."""

    today: date
    week_ordinals: np.ndarray  # int64 ordinals of Mondays, the last one on or before today
    week_iso: tuple[str, ...]

    @classmethod
    def ending(cls, today: date) -> Timeline:
        last_monday = today - timedelta(days=today.weekday())
        weeks = HISTORY_DAYS // 7 + 2
        first = last_monday.toordinal() - 7 * (weeks - 1)
        ordinals = np.arange(first, last_monday.toordinal() + 1, 7, dtype=np.int64)
        iso = tuple(date.fromordinal(int(o)).isoformat() for o in ordinals)
        return cls(today, ordinals, iso)

    @property
    def today_ordinal(self) -> int:
        return self.today.toordinal()

    @property
    def weeks(self) -> int:
        return len(self.week_ordinals)

    @property
    def first_sampled_week(self) -> int:
        """Index of the first week of the two sampled years."""
        return self.weeks - SAMPLED_WEEKS

    def week_of(self, ordinal: int) -> int:
        """Index of the week holding day ``ordinal`` (clamped to the grid)."""
        index = (ordinal - int(self.week_ordinals[0])) // 7
        return min(max(index, 0), self.weeks - 1)

    def ms(self, ordinal: int, hour: float = 0.0) -> int:
        """Epoch milliseconds of ``hour`` o'clock UTC on day ``ordinal``."""
        return day_ms(date.fromordinal(ordinal)) + int(hour * MS_PER_HOUR)


def iso(ordinal: int) -> str:
    """The stored form of a date: ISO ``YYYY-MM-DD``."""
    return date.fromordinal(ordinal).isoformat()


def anniversary(start: int, years: int) -> int:
    """The ordinal of ``start`` plus whole years (29 February falls back to the 28th)."""
    day = date.fromordinal(start)
    try:
        return day.replace(year=day.year + years).toordinal()
    except ValueError:
        return day.replace(year=day.year + years, day=28).toordinal()

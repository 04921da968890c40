"""What the app's charts share: colours, the 0-100 score scale, dates on the x axis, pyqtgraph.

The workspace's trajectory chart (:mod:`ui.account.health_chart`), the health views' small
charts (:mod:`ui.health.charts`) and the plan PDF's painted chart (:mod:`ui.plan.chart`) draw
from here, so a band, a line or a touchpoint looks the same on screen and on paper.

pyqtgraph is imported inside functions only: it costs more than half a second of start-up.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtGui import QColor

from cs_desktop.vocabulary import Satisfaction

if TYPE_CHECKING:
    from ui.account.chart_data import RenewalMark

Rgb = tuple[int, int, int]

BAND_COLOURS: dict[str, Rgb] = {
    "red": (220, 60, 60),
    "yellow": (230, 170, 30),
    "green": (50, 160, 80),
}
BAND_ALPHA = 38  # bands are a wash behind the lines, not a fill that hides them
# Eight colours that stay apart for common colour-vision deficiencies (Okabe-Ito plus two).
LINE_COLOURS: tuple[Rgb, ...] = (
    (0, 114, 178),
    (230, 159, 0),
    (0, 158, 115),
    (204, 121, 167),
    (86, 180, 233),
    (213, 94, 0),
    (120, 120, 120),
    (90, 60, 160),
)
LINE_ALPHA = 150  # eight noisy indicators at full strength read as a tangle
MARKER_COLOURS: dict[str, Rgb] = {
    "happy": (50, 160, 80),
    "mixed": (230, 150, 20),
    "unhappy": (210, 50, 50),
    "unknown": (150, 150, 150),
}
STAGE_COLOUR: Rgb = (70, 90, 200)
RENEWAL_COLOUR: Rgb = (120, 60, 140)
UP: Rgb = (46, 125, 50)  # a rise, or points added to the score
DOWN: Rgb = (198, 40, 40)  # a fall, or points taken away
MUTED: Rgb = (120, 120, 120)

SCORE_TICKS = tuple(range(0, 101, 20))
RUG_Y = -5.0  # touchpoint markers sit in a strip under the 0-100 scale, clear of the lines
Y_RANGE = (-10.0, 104.0)
COMING_RENEWAL_DAYS = 183  # a renewal due this soon stays in the default view

_configured = False


def pyqtgraph() -> Any:
    """The pyqtgraph module, configured once for the app's charts."""
    global _configured
    import pyqtgraph as pg

    if not _configured:
        pg.setConfigOptions(antialias=True, foreground="k", background="w")
        _configured = True
    return pg


def plot_widget(*, dates: bool = False) -> Any:
    """A ``PlotWidget`` with no context menu and no auto-range button; dates on x if asked.

    The view box is made without its menu, which costs milliseconds to build and is never shown.
    """
    pg = pyqtgraph()
    axes = {"bottom": _date_axis_class()(orientation="bottom")} if dates else None
    plot = pg.PlotWidget(viewBox=pg.ViewBox(enableMenu=False), axisItems=axes)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    return plot


_DATE_AXIS: Any = None
# pyqtgraph's date formats that name months or weekdays (in English, through strftime), and
# the Qt patterns that name them in the language of the window.
_LOCAL_NAMES = {"%b": "MMM", "%a %d": "ddd d"}


def _date_axis_class() -> Any:
    """pyqtgraph's ``DateAxisItem`` with month and weekday names in the window's language."""
    global _DATE_AXIS
    if _DATE_AXIS is None:
        pg = pyqtgraph()

        class LocalDateAxis(pg.DateAxisItem):  # type: ignore[misc, name-defined]
            def tickStrings(self, values: list[float], scale: float, spacing: float) -> Any:
                specs = self.zoomLevel.tickSpecs
                spec = next((s for s in specs if s.spacing == spacing), None)
                pattern = _LOCAL_NAMES.get(spec.format) if spec is not None else None
                if pattern is None:
                    return super().tickStrings(values, scale, spacing)
                locale = QLocale()
                return [
                    locale.toString(QDateTime.fromSecsSinceEpoch(int(v)).date(), pattern)
                    for v in values
                ]

        _DATE_AXIS = LocalDateAxis
    return _DATE_AXIS


def qcolor(colour: Rgb, alpha: int = 255) -> QColor:
    return QColor(colour[0], colour[1], colour[2], alpha)


def day_x(day: date) -> float:
    """A date's position on the axis: local midnight, as ``DateAxisItem`` labels it."""
    return datetime(day.year, day.month, day.day).timestamp()


def moment_x(when: datetime) -> float:
    return when.timestamp()


def x_day(x: float) -> date:
    return datetime.fromtimestamp(x).date()


def view_end(today: date, renewals: Iterable[RenewalMark]) -> date:
    """The right edge of the default view: a week past today or past a coming renewal.

    A renewal due within half a year stays in view: it is what the CSM works towards.
    """
    soon = today + timedelta(days=COMING_RENEWAL_DAYS)
    coming = [mark.when for mark in renewals if mark.outcome is None and today <= mark.when <= soon]
    return max([today, *coming]) + timedelta(days=7)


def mood(product: Satisfaction, service: Satisfaction) -> str:
    """The marker colour key of a touchpoint's two satisfaction answers."""
    answers = {product, service} - {Satisfaction.UNKNOWN}
    if not answers:
        return "unknown"
    if answers == {Satisfaction.YES}:
        return "happy"
    return "unhappy" if answers == {Satisfaction.NO} else "mixed"


def band_of(score: float, bands: tuple[float, float]) -> str:
    return "red" if score < bands[0] else "green" if score >= bands[1] else "yellow"


def scaled(values: tuple[float, ...]) -> list[float]:
    """Values scaled to 0-100 over their own range (a flat series sits at 50)."""
    low, high = min(values), max(values)
    if math.isclose(low, high):
        return [50.0] * len(values)
    return [(value - low) / (high - low) * 100 for value in values]


def average_line(lines: list[tuple[list[float], list[float]]]) -> tuple[list[float], list[float]]:
    """The mean of scaled indicator lines per sample day, over the lines sampled that day."""
    by_x: dict[float, list[float]] = {}
    for xs, ys in lines:
        for x, y in zip(xs, ys, strict=True):
            by_x.setdefault(x, []).append(y)
    days = sorted(by_x)
    return days, [sum(by_x[x]) / len(by_x[x]) for x in days]

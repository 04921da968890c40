"""The health trajectory chart: score (or indicator samples) over time, with what happened.

pyqtgraph is imported inside functions only: this module is itself imported when the first
account opens, and pyqtgraph costs more than half a second of start-up.
"""

from __future__ import annotations

import bisect
import html
import math
from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.account.chart_data import ChartData, TouchpointMark
from ui.account.labels import (
    indicator_label,
    outcome_label,
    satisfaction_label,
    stage_label,
)
from ui.charting import (
    BAND_ALPHA,
    BAND_COLOURS,
    LINE_ALPHA,
    LINE_COLOURS,
    MARKER_COLOURS,
    RENEWAL_COLOUR,
    RUG_Y,
    SCORE_TICKS,
    STAGE_COLOUR,
    Y_RANGE,
    average_line,
    band_of,
    day_x,
    moment_x,
    mood,
    plot_widget,
    pyqtgraph,
    scaled,
    view_end,
    x_day,
)
from ui.dates import date_text, moment_date_text
from ui.health.formatting import band_label
from ui.translation import Words, is_language_change

RANGES = (90, 365, None)  # days shown; None: everything


class QtHealthChart(QWidget):
    """Health score on red/yellow/green bands, or indicator samples when no score exists.

    Touchpoints are markers coloured by satisfaction (tooltip: title and both answers); stage
    changes and renewals are vertical lines. Mouse: wheel zooms and drag pans the time axis;
    the range buttons give the same from the keyboard.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = ChartData()
        self._range_days: int | None = 365
        self._lines: list[tuple[str, list[float], list[float], tuple[float, ...]]] = []
        self.items: list[Any] = []  # everything drawn for the current data
        self.score_curve: Any = None
        self.average_curve: Any = None
        self.indicator_curves: dict[str, Any] = {}
        self.touchpoint_scatter: Any = None
        # (x, label) of the vertical lines drawn for stage changes and renewals
        self.stage_lines: list[tuple[float, str]] = []
        self.renewal_lines: list[tuple[float, str]] = []
        self.band_regions: list[Any] = []

        self.caption = QLabel()
        self.caption.setObjectName("chartCaption")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        words = self.words = Words()
        self.readout = QLabel()
        words.bind(self.readout.setText, lambda: self.tr("Point at the chart to read values"))
        words.bind(self.readout.setAccessibleName, lambda: self.tr("Value under the pointer"))
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.range_buttons: dict[int | None, QPushButton] = {}
        self._range_group = QButtonGroup(self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption)
        top.addWidget(self.readout, 1)
        for days in RANGES:
            button = QPushButton()
            button.setCheckable(True)
            words.bind(button.setText, partial(self._range_text, days))
            words.bind(button.setAccessibleName, partial(self._range_name, days))
            button.clicked.connect(lambda _=False, d=days: self.show_range(d))
            self._range_group.addButton(button)
            self.range_buttons[days] = button
            top.addWidget(button)
        self.range_buttons[self._range_days].setChecked(True)

        # No context menus: the range buttons replace them.
        self.plot = plot_widget(dates=True)
        words.bind(self.plot.setAccessibleName, lambda: self.tr("Health trajectory chart"))
        self.plot.setMinimumHeight(220)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        view = self.plot.getPlotItem().getViewBox()
        # The score scale is fixed 0-100: zoom and pan move through time only.
        view.setMouseEnabled(x=True, y=False)
        view.disableAutoRange()  # ranges are set once per draw; autorange per item is slow
        view.sigRangeChangedManually.connect(self._on_view_range_changed_manually)
        self.plot.setYRange(*Y_RANGE, padding=0)
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in SCORE_TICKS]])
        self._cursor: Any = None  # the hover line, made on the first hover
        self.plot.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)

        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        words.bind(self.legend.setAccessibleName, lambda: self.tr("Chart legend"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        self._apply_palette()

    def _range_name(self, days: int | None) -> str:
        return self.tr("Show %1").replace("%1", self._range_text(days))

    def _range_text(self, days: int | None) -> str:
        if days is None:
            return self.tr("All")
        if days == 365:
            return self.tr("1 year")
        return self.tr("%n day(s)", "", days)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            if self.items:  # drawn: draw again, in the new words, at the same zoom
                zoomed = not any(button.isChecked() for button in self.range_buttons.values())
                view = self.plot.getPlotItem().getViewBox().viewRange()[0]
                data, self._data = self._data, ChartData()
                self.set_data(data)
                if zoomed:
                    self.plot.setXRange(*view, padding=0)
                    self._on_view_range_changed_manually()
        super().changeEvent(event)

    # -- data --------------------------------------------------------------------------------
    @property
    def chart_data(self) -> ChartData:
        return self._data

    def set_data(self, data: ChartData) -> None:
        """Draw ``data``; the same data again leaves the chart (and the user's zoom) alone."""
        if data == self._data and self.items:
            return
        self._data = data
        pg = pyqtgraph()
        for item in self.items:
            self.plot.removeItem(item)
        self.items = []
        self.score_curve, self.average_curve, self.touchpoint_scatter = None, None, None
        self.indicator_curves, self.stage_lines, self.renewal_lines = {}, [], []
        self.band_regions, self._lines = [], []
        if data.has_score:
            self._draw_score(pg, data)
        elif data.has_samples:
            self._draw_indicators(pg, data)
        else:
            self._draw_empty(pg)
        self._draw_events(pg, data)
        self._draw_touchpoints(pg, data.touchpoints)
        self.legend.setText(self._legend_html(data))
        self.show_range(self._range_days)

    def _add(self, item: Any) -> Any:
        self.plot.addItem(item)
        self.items.append(item)
        return item

    def _draw_score(self, pg: Any, data: ChartData) -> None:
        assert data.scores is not None
        self.caption.setText(self.tr("Health score"))
        low, high = data.bands
        for (start, end), band in zip(
            ((-100.0, low), (low, high), (high, 200.0)), ("red", "yellow", "green"), strict=True
        ):
            region = pg.LinearRegionItem(
                values=(start, end),
                orientation="horizontal",
                movable=False,
                brush=pg.mkBrush(*BAND_COLOURS[band], BAND_ALPHA),
                pen=pg.mkPen(None),
            )
            region.setZValue(-20)
            self.band_regions.append(self._add(region))
        xs = [day_x(day) for day in data.score_dates]
        ys = [math.nan if value is None else value for value in data.scores]
        self.score_curve = self._add(
            pg.PlotCurveItem(xs, ys, pen=pg.mkPen(self._text_colour(), width=2), connect="finite")
        )
        self._lines = [(self.tr("Health score"), xs, ys, tuple(ys))]

    def _draw_indicators(self, pg: Any, data: ChartData) -> None:
        self.caption.setText(self.tr("Indicator samples (no health score yet)"))
        scaled_lines: list[tuple[list[float], list[float]]] = []
        for index, line in enumerate(data.indicator_series):
            if not line.dates:
                continue
            xs = [day_x(day) for day in line.dates]
            ys = scaled(line.values)
            # Thin, light lines: eight noisy indicators at full strength read as a tangle, and
            # one-pixel pens paint several times faster than wide antialiased ones.
            colour = LINE_COLOURS[index % len(LINE_COLOURS)]
            curve = pg.PlotCurveItem(xs, ys, pen=pg.mkPen(*colour, LINE_ALPHA, width=1))
            self.indicator_curves[line.key] = self._add(curve)
            self._lines.append((indicator_label(line.key), xs, ys, line.values))
            scaled_lines.append((xs, ys))
        xs, ys = average_line(scaled_lines)
        if xs:
            self.average_curve = self._add(
                pg.PlotCurveItem(xs, ys, pen=pg.mkPen(self._text_colour(), width=2.5))
            )
            self._lines.append((self.tr("Average of indicators"), xs, ys, tuple(ys)))

    def _draw_empty(self, pg: Any) -> None:
        self.caption.setText(self.tr("Health"))
        text = pg.TextItem(
            self.tr("No health samples recorded yet"), color=self._text_colour(), anchor=(0.5, 0.5)
        )
        # Centred in the default one-year view.
        text.setPos(day_x((self._data.today or date.today()) - timedelta(days=180)), 50)
        self._add(text)

    def _draw_events(self, pg: Any, data: ChartData) -> None:
        # One curve of vertical segments per kind of event, plus text labels: an InfiniteLine
        # per event costs a millisecond each, which adds up on the open-an-account budget.
        stages = [(moment_x(c.when), stage_label(c.to_stage)) for c in data.stage_changes]
        renewals = [
            (
                day_x(r.when),
                outcome_label(r.outcome) if r.outcome is not None else self.tr("Renewal due"),
            )
            for r in data.renewals
        ]
        self.stage_lines = self._verticals(
            pg, stages, STAGE_COLOUR, Qt.PenStyle.SolidLine, (103, 0.0)
        )
        # Renewal labels sit left of their line: the coming renewal is near the right edge.
        self.renewal_lines = self._verticals(
            pg, renewals, RENEWAL_COLOUR, Qt.PenStyle.DashLine, (95, 1.0)
        )

    def _verticals(
        self,
        pg: Any,
        marks: list[tuple[float, str]],
        colour: tuple[int, int, int],
        style: Qt.PenStyle,
        label_at: tuple[float, float],
    ) -> list[tuple[float, str]]:
        """Vertical lines at ``marks``; labels at height ``label_at[0]``, x-anchor ``[1]``."""
        if not marks:
            return []
        xs = [x for x, _text in marks for _ in (0, 1)]
        ys = [Y_RANGE[0], Y_RANGE[1]] * len(marks)
        pen = pg.mkPen(*colour, width=1.5, style=style)
        self._add(pg.PlotCurveItem(xs, ys, pen=pen, connect="pairs")).setZValue(5)
        for x, text in marks:
            label = pg.TextItem(text, color=colour, anchor=(label_at[1], 0))
            label.setPos(x, label_at[0])
            self._add(label)
        return marks

    def _draw_touchpoints(self, pg: Any, marks: tuple[TouchpointMark, ...]) -> None:
        if not marks:
            return
        # Shared brushes: the symbol atlas renders one pixmap per brush, not per marker.
        brushes = {key: pg.mkBrush(*colour) for key, colour in MARKER_COLOURS.items()}
        scatter = pg.ScatterPlotItem(
            size=9,
            symbol="o",
            pen=pg.mkPen(self.palette().color(QPalette.ColorRole.Base), width=1),
            hoverable=True,
            hoverSize=13,
            tip=self._scatter_tip,
        )
        scatter.setData(
            x=[moment_x(mark.when) for mark in marks],
            y=[RUG_Y] * len(marks),
            brush=[brushes[mood(mark.product, mark.service)] for mark in marks],
            data=list(range(len(marks))),
        )
        scatter.setZValue(10)
        self.touchpoint_scatter = self._add(scatter)

    def _scatter_tip(self, x: float, y: float, data: int) -> str:
        return self.touchpoint_tooltip(data)

    def touchpoint_tooltip(self, index: int) -> str:
        """The tooltip of the ``index``-th touchpoint marker."""
        mark = self._data.touchpoints[index]
        return "\n".join(
            (
                mark.title,
                moment_date_text(mark.when),
                self.tr("product: %1 / service: %2")
                .replace("%1", satisfaction_label(mark.product))
                .replace("%2", satisfaction_label(mark.service)),
            )
        )

    # -- range -------------------------------------------------------------------------------
    def show_range(self, days: int | None) -> None:
        """Show the last ``days`` days up to today, or everything with None."""
        self._range_days = days
        button = self.range_buttons.get(days)
        if button is not None:
            button.setChecked(True)
        today = self._data.today or date.today()
        end = day_x(view_end(today, self._data.renewals))
        if days is not None:
            self.plot.setXRange(day_x(today - timedelta(days=days)), end, padding=0)
            return
        xs = self._all_x()
        low = min(xs, default=day_x(today - timedelta(days=365)))
        high = max([*xs, end])
        self.plot.setXRange(low, high, padding=0.02)

    def _all_x(self) -> list[float]:
        data = self._data
        xs = [line[1][0] for line in self._lines if line[1]]
        xs += [line[1][-1] for line in self._lines if line[1]]
        xs += [moment_x(mark.when) for mark in data.touchpoints]
        xs += [moment_x(mark.when) for mark in data.stage_changes]
        xs += [day_x(mark.when) for mark in data.renewals]
        return xs

    def visible_days(self) -> tuple[date, date]:
        (low, high), _ = self.plot.getPlotItem().getViewBox().viewRange()
        return x_day(low), x_day(high)

    def _on_view_range_changed_manually(self, *_args: object) -> None:
        # A mouse zoom leaves every preset: none of the buttons describes the view any more.
        self._range_group.setExclusive(False)
        for button in self.range_buttons.values():
            button.setChecked(False)
        self._range_group.setExclusive(True)

    # -- hover read-out ----------------------------------------------------------------------
    def _on_scene_mouse_moved(self, position: Any) -> None:
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(position):
            return
        point = view.mapSceneToView(position)
        if self._cursor is None:
            pg = pyqtgraph()
            pen = pg.mkPen(self._text_colour(), width=1, style=Qt.PenStyle.DotLine)
            self._cursor = pg.InfiniteLine(angle=90, movable=False, pen=pen)
            self._cursor.setZValue(20)
            self.plot.addItem(self._cursor, ignoreBounds=True)
        self._cursor.setPos(point.x())
        self.readout.setText(self.readout_at(point.x(), point.y()))

    def readout_at(self, x: float, y: float = 50.0) -> str:
        """What the read-out says with the pointer at (``x``, ``y``) in plot coordinates."""
        day = x_day(x)
        best: tuple[float, str] | None = None
        for label, xs, ys, raw in self._lines:
            index = bisect.bisect_left(xs, x)
            candidates = [i for i in (index - 1, index) if 0 <= i < len(xs)]
            if not candidates:
                continue
            nearest = min(candidates, key=lambda i: abs(xs[i] - x))
            if abs(xs[nearest] - x) > 8 * 86400 or math.isnan(ys[nearest]):
                continue  # nothing recorded near this day
            distance = abs(ys[nearest] - y)
            if best is None or distance < best[0]:
                day = x_day(xs[nearest])
                best = (distance, self._value_text(label, ys[nearest], raw[nearest]))
        if best is None:
            return date_text(day)
        return f"{date_text(day)}  ·  {best[1]}"

    def _value_text(self, label: str, shown: float, raw: float) -> str:
        if self.score_curve is not None:
            band = band_of(shown, self._data.bands)
            return f"{label} {shown:.0f} ({band_label(band)})"
        return f"{label} {raw:.3g}"

    # -- looks -------------------------------------------------------------------------------
    def _text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)

    def _apply_palette(self) -> None:
        # Follow the light or dark palette instead of pyqtgraph's black default.
        self.plot.setBackground(self.palette().color(QPalette.ColorRole.Base))
        text = self._text_colour()
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setTextPen(text)
            axis.setPen(self.palette().color(QPalette.ColorRole.Mid))

    def _legend_html(self, data: ChartData) -> str:
        def swatch(colour: tuple[int, ...], text: str, glyph: str = "■") -> str:
            rgb = "#{:02x}{:02x}{:02x}".format(*colour[:3])
            # Non-breaking inside an entry, so the legend wraps between entries only.
            text = text.replace(" ", "&nbsp;")
            return f'<span style="color:{rgb}">{glyph}</span>&nbsp;{text}'

        parts: list[str] = []
        text = self._text_colour()
        text_rgb = (text.red(), text.green(), text.blue())
        if self.score_curve is not None:
            low, high = data.bands
            parts += [
                swatch(BAND_COLOURS["red"], self.tr("below %1").replace("%1", f"{low:.0f}")),
                swatch(BAND_COLOURS["yellow"], f"{low:.0f}\N{EN DASH}{high:.0f}"),
                swatch(BAND_COLOURS["green"], self.tr("%1 and above").replace("%1", f"{high:.0f}")),
            ]
        elif self.indicator_curves:
            parts += [
                swatch(
                    LINE_COLOURS[i % len(LINE_COLOURS)], html.escape(indicator_label(line.key)), "━"
                )
                for i, line in enumerate(data.indicator_series)
                if line.dates
            ]
            parts.insert(0, swatch(text_rgb, self.tr("average"), "━"))
            parts.append("<i>" + self.tr("(each scaled 0 to 100 over its own range)") + "</i>")
        if data.touchpoints:
            parts += [
                swatch(MARKER_COLOURS["happy"], self.tr("satisfied"), "●"),
                swatch(MARKER_COLOURS["mixed"], self.tr("mixed"), "●"),
                swatch(MARKER_COLOURS["unhappy"], self.tr("dissatisfied"), "●"),
                swatch(MARKER_COLOURS["unknown"], self.tr("not asked"), "●"),
            ]
        parts.append(swatch(STAGE_COLOUR, self.tr("stage change"), "│"))
        parts.append(swatch(RENEWAL_COLOUR, self.tr("renewal"), "┆"))
        return "&nbsp;&nbsp; ".join(parts)

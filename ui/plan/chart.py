"""The health trajectory in the plan PDF, painted with QPainter as vector graphics.

The plan's :class:`~cs_desktop.plan.document.PlanChart` becomes the same
:class:`~ui.account.chart_data.ChartData` the workspace's chart draws (:func:`chart_data_for`),
and is painted with the workspace chart's colours, bands and markers over its default one-year
range. pyqtgraph is not used: its widgets belong to the GUI thread, and plans render on workers.

Thread: any thread. :class:`ChartObject` paints inside a QTextDocument on whatever device the
document is drawn on (a QPdfWriter or a QImage), so the chart stays vector in the PDF and its
labels stay selectable text.
"""

from __future__ import annotations

import math
import threading
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSizeF, Qt, QThread
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
)

from cs_desktop.plan.document import ChartLabels, PlanChart
from ui.account.chart_data import (
    ChartData,
    IndicatorLine,
    RenewalMark,
    StageMark,
    TouchpointMark,
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
    Rgb,
    average_line,
    mood,
    qcolor,
    scaled,
    view_end,
)
from ui.plan.fonts import family_font

CHART_IMAGE = "plan-chart"  # the <img src> the HTML uses as the chart's place
RANGE_DAYS = 365  # the workspace chart's default "1 year" view
ASPECT = 0.40  # height / width
TEXT_COLOUR = QColor(40, 40, 40)
GRID_COLOUR = QColor(0, 0, 0, 30)
AXIS_COLOUR = QColor(150, 150, 150)


def chart_data_for(chart: PlanChart) -> ChartData:
    """The workspace chart's input for the plan's chart: same samples, marks, score and bands."""
    data = ChartData(
        indicator_series=tuple(
            IndicatorLine(line.key, line.dates, line.values) for line in chart.indicator_series
        ),
        touchpoints=tuple(
            TouchpointMark(mark.when, mark.title, mark.product, mark.service)
            for mark in chart.touchpoints
        ),
        stage_changes=tuple(StageMark(mark.when, mark.to_stage) for mark in chart.stage_changes),
        renewals=tuple(RenewalMark(mark.when, mark.outcome) for mark in chart.renewals),
        today=chart.today,
    )
    return data.with_score(chart, chart.bands) if chart.has_score else data


def visible_range(data: ChartData) -> tuple[date, date]:
    """The workspace's one-year view: a year back, to today or a renewal due within 6 months."""
    today = data.today or date.today()
    return today - timedelta(days=RANGE_DAYS), view_end(today, data.renewals)


class ChartPainter:
    """Paints one chart into a rectangle; sizes scale with the rectangle's width."""

    def __init__(self, chart: PlanChart, families: list[str]) -> None:
        self.chart = chart
        self.data = chart_data_for(chart)
        self.labels: ChartLabels = chart.labels
        self.families = families
        self.first, self.last = visible_range(self.data)

    def font(self, point_size: float, bold: bool = False) -> QFont:
        return family_font(self.families, point_size, bold=bold)

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = rect.width() / 1000
        small = self.font(7)
        painter.setFont(small)
        metrics = QFontMetricsF(small, painter.device())
        line = metrics.height()
        legend_h = line * 1.6
        axis_h = line * 1.4
        left = metrics.horizontalAdvance("100") + 10 * unit
        plot = QRectF(
            rect.left() + left,
            rect.top() + line * 0.5,
            rect.width() - left - 6 * unit,
            rect.height() - legend_h - axis_h - line * 0.5,
        )
        self.plot, self.unit = plot, unit
        self._paint_bands(painter)
        self._paint_grid(painter, metrics)
        painter.save()
        painter.setClipRect(plot)
        if self.data.has_score:
            self._paint_score(painter)
        elif self.data.has_samples:
            self._paint_samples(painter)
        else:
            painter.setPen(TEXT_COLOUR)
            painter.setFont(self.font(9))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.labels.empty)
            painter.setFont(small)
        self._paint_events(painter, metrics)
        self._paint_touchpoints(painter)
        painter.restore()
        painter.setPen(QPen(AXIS_COLOUR, 1.2 * unit))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        self._paint_legend(
            painter, QRectF(rect.left(), rect.bottom() - legend_h, rect.width(), legend_h), metrics
        )
        painter.restore()

    # -- mapping -----------------------------------------------------------------------------
    def x(self, day: date) -> float:
        span = (self.last - self.first).days or 1
        return self.plot.left() + (day - self.first).days / span * self.plot.width()

    def y(self, value: float) -> float:
        low, high = Y_RANGE
        return self.plot.bottom() - (value - low) / (high - low) * self.plot.height()

    # -- layers ------------------------------------------------------------------------------
    def _paint_bands(self, painter: QPainter) -> None:
        if not self.data.has_score:
            return
        low, high = self.data.bands
        painter.setPen(Qt.PenStyle.NoPen)
        for start, end, band in ((0.0, low, "red"), (low, high, "yellow"), (high, 100.0, "green")):
            top, bottom = self.y(end), self.y(start)
            painter.setBrush(qcolor(BAND_COLOURS[band], BAND_ALPHA))
            painter.drawRect(QRectF(self.plot.left(), top, self.plot.width(), bottom - top))

    def _paint_grid(self, painter: QPainter, metrics: QFontMetricsF) -> None:
        unit = self.unit
        painter.setPen(QPen(GRID_COLOUR, 0.8 * unit))
        for value in SCORE_TICKS:
            painter.drawLine(
                QPointF(self.plot.left(), self.y(value)), QPointF(self.plot.right(), self.y(value))
            )
        painter.setPen(TEXT_COLOUR)
        for value in SCORE_TICKS:
            label_rect = QRectF(
                self.plot.left() - 100 * unit, self.y(value) - metrics.height() / 2, 94 * unit,
                metrics.height(),
            )  # fmt: skip
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
            )
        months = []
        day = date(self.first.year, self.first.month, 1)
        while day <= self.last:
            if day >= self.first:
                months.append(day)
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        widest = metrics.horizontalAdvance("2026-12") * 1.4
        spacing = self.plot.width() * 30 / max((self.last - self.first).days, 1)
        step = max(1, math.ceil(widest / spacing))
        for index, month in enumerate(months):
            x = self.x(month)
            painter.setPen(QPen(GRID_COLOUR, 0.8 * unit))
            painter.drawLine(QPointF(x, self.plot.top()), QPointF(x, self.plot.bottom()))
            if index % step:
                continue
            text = month.strftime("%Y-%m")
            if x + metrics.horizontalAdvance(text) > self.plot.right() + 2 * unit:
                continue
            painter.setPen(TEXT_COLOUR)
            baseline = self.plot.bottom() + metrics.ascent() + 4 * unit
            painter.drawText(QPointF(x + 2 * unit, baseline), text)

    def _paint_score(self, painter: QPainter) -> None:
        data = self.data
        assert data.scores is not None
        path = QPainterPath()
        drawing = False
        for day, score in zip(data.score_dates, data.scores, strict=True):
            if day < self.first - timedelta(days=1) or day > self.last or score is None:
                drawing = False
                continue
            point = QPointF(self.x(day), self.y(score))
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
                drawing = True
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(
            QPen(
                TEXT_COLOUR,
                3.2 * self.unit,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        painter.drawPath(path)

    def _paint_samples(self, painter: QPainter) -> None:
        lines: list[tuple[list[float], list[float]]] = []
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index, line in enumerate(self.data.indicator_series):
            if not line.dates:
                continue
            xs = [float(day.toordinal()) for day in line.dates]
            ys = scaled(line.values)
            lines.append((xs, ys))
            colour = LINE_COLOURS[index % len(LINE_COLOURS)]
            painter.setPen(QPen(qcolor(colour, LINE_ALPHA), 1.2 * self.unit))
            painter.drawPath(self._path(xs, ys))
        xs, ys = average_line(lines)
        painter.setPen(QPen(TEXT_COLOUR, 3.2 * self.unit))
        painter.drawPath(self._path(xs, ys))

    def _path(self, xs: list[float], ys: list[float]) -> QPainterPath:
        path = QPainterPath()
        for index, (x, y) in enumerate(zip(xs, ys, strict=True)):
            point = QPointF(self.x(date.fromordinal(int(x))), self.y(y))
            if index:
                path.lineTo(point)
            else:
                path.moveTo(point)
        return path

    def _paint_events(self, painter: QPainter, metrics: QFontMetricsF) -> None:
        unit = self.unit
        stages = [
            (mark.when.date(), label.label)
            for mark, label in zip(self.data.stage_changes, self.chart.stage_changes, strict=True)
        ]
        renewals = [
            (mark.when, label.label)
            for mark, label in zip(self.data.renewals, self.chart.renewals, strict=True)
        ]
        for marks, colour, style, label_y, right_of in (
            (stages, STAGE_COLOUR, Qt.PenStyle.SolidLine, 100.0, True),
            (renewals, RENEWAL_COLOUR, Qt.PenStyle.DashLine, 90.0, False),
        ):
            for day, text in marks:
                if not self.first <= day <= self.last:
                    continue
                x = self.x(day)
                painter.setPen(QPen(qcolor(colour), 2.0 * unit, style))
                painter.drawLine(QPointF(x, self.plot.top()), QPointF(x, self.plot.bottom()))
                width = metrics.horizontalAdvance(text) + 6 * unit
                left = x + 3 * unit if right_of else x - 3 * unit - width
                if left < self.plot.left():
                    left = x + 3 * unit
                if left + width > self.plot.right():
                    left = x - 3 * unit - width
                box = QRectF(left, self.y(label_y), width, metrics.height())
                painter.fillRect(box, QColor(255, 255, 255, 210))
                painter.setPen(qcolor(colour))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_touchpoints(self, painter: QPainter) -> None:
        radius = 4.5 * self.unit
        painter.setPen(QPen(QColor(255, 255, 255), 1.0 * self.unit))
        for mark in self.data.touchpoints:
            day = mark.when.date()
            if not self.first <= day <= self.last:
                continue
            painter.setBrush(QBrush(qcolor(MARKER_COLOURS[mood(mark.product, mark.service)])))
            painter.drawEllipse(QPointF(self.x(day), self.y(RUG_Y)), radius, radius)

    def _paint_legend(self, painter: QPainter, rect: QRectF, metrics: QFontMetricsF) -> None:
        unit = self.unit
        items: list[tuple[str, Rgb, str]] = []  # (kind, colour, text)
        if self.data.has_score:
            low, high = self.data.bands
            red, yellow, green = self.labels.bands
            items += [
                ("box", BAND_COLOURS["red"], f"{red} < {low:.0f}"),
                ("box", BAND_COLOURS["yellow"], f"{yellow} {low:.0f}\N{EN DASH}{high:.0f}"),
                ("box", BAND_COLOURS["green"], f"{green} ≥ {high:.0f}"),
            ]
        if self.data.touchpoints:
            for key, text in zip(
                ("happy", "mixed", "unhappy", "unknown"), self.labels.moods, strict=True
            ):
                items.append(("dot", MARKER_COLOURS[key], text))
        items.append(("line", STAGE_COLOUR, self.labels.stage_change))
        items.append(("dash", RENEWAL_COLOUR, self.labels.renewal))
        x = self.plot.left()
        middle = rect.center().y()
        swatch = 14 * unit
        for kind, colour, text in items:
            if kind == "box":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(qcolor(colour, 110))
                painter.drawRect(QRectF(x, middle - swatch / 2, swatch, swatch))
            elif kind == "dot":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(qcolor(colour))
                painter.drawEllipse(QPointF(x + swatch / 2, middle), swatch / 3, swatch / 3)
            else:
                style = Qt.PenStyle.SolidLine if kind == "line" else Qt.PenStyle.DashLine
                painter.setPen(QPen(qcolor(colour), 2.0 * unit, style))
                painter.drawLine(QPointF(x + swatch / 2, middle - swatch / 2),
                                 QPointF(x + swatch / 2, middle + swatch / 2))  # fmt: skip
            x += swatch + 4 * unit
            painter.setPen(TEXT_COLOUR)
            painter.drawText(
                QPointF(x, middle + metrics.ascent() / 2 - metrics.descent() / 2), text
            )
            x += metrics.horizontalAdvance(text) + 16 * unit


class ChartObject(QPyTextObject):
    """Draws the chart where the plan's HTML has ``<img src="plan-chart">``.

    Registered as the document's image handler: the plan has no other images, and an ``<img>``
    is the one place-holder user text can never produce (it is escaped).
    """

    def __init__(self, painter: ChartPainter) -> None:
        # No parent: see retire_chart for why the document must not own it.
        super().__init__()
        self.chart_painter = painter

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        width = doc.pageSize().width() - 2 * doc.documentMargin()
        if width <= 0:
            width = doc.textWidth() if doc.textWidth() > 0 else 1000.0
        return QSizeF(width, width * ASPECT)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        if fmt.toImageFormat().name() == CHART_IMAGE:
            self.chart_painter.paint(painter, QRectF(rect))


def install_chart(document: QTextDocument, chart: PlanChart, families: list[str]) -> ChartObject:
    """Make ``document`` draw ``chart`` at its ``plan-chart`` image; keep the result alive.

    When done with the document, pass the handler to :func:`retire_chart`.
    """
    handler = ChartObject(ChartPainter(chart, families))
    document.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject, handler)
    return handler


_retired: list[ChartObject] = []
_retired_lock = threading.Lock()


def retire_chart(handler: ChartObject) -> None:
    """Keep a chart handler used on a worker thread alive until the GUI thread drops it.

    The handler is a QObject with Python methods. Destroying one on a worker can deadlock the
    app: Qt's destructor takes its connection lock and then waits for the GIL, while the GUI
    thread holds the GIL and waits for that lock to connect a new widget. So handlers made on
    a worker move to the GUI thread, which releases them (:func:`release_retired_charts`).
    """
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() == app.thread():
        return  # on the GUI (or only) thread: dropping it here is safe
    handler.moveToThread(app.thread())
    with _retired_lock:
        _retired.append(handler)


def release_retired_charts() -> None:
    """Drop the handlers retired by workers. Call on the GUI thread."""
    with _retired_lock:
        _retired.clear()

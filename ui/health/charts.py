"""Small pyqtgraph charts of the health views; pyqtgraph is imported inside functions only.

Each chart is a plain ``QWidget`` that builds its plot on construction, so a view can create
charts when first shown and keep start-up free of pyqtgraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.charting import DOWN, LINE_COLOURS, MUTED, UP, day_x, plot_widget, pyqtgraph


class _Chart(QWidget):
    def __init__(
        self, accessible_name: str, parent: QWidget | None = None, *, dates: bool = False
    ) -> None:
        super().__init__(parent)
        self.plot = plot_widget(dates=dates)
        self.plot.setMouseEnabled(x=False, y=False)
        self.set_name(accessible_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def set_name(self, accessible_name: str) -> None:
        """What a screen reader calls the chart."""
        self.plot.setAccessibleName(accessible_name)
        self.setAccessibleName(accessible_name)

    @property
    def item(self) -> Any:
        return self.plot.getPlotItem()

    def sizeHint(self) -> QSize:
        # pyqtgraph asks for 480 px; in a scrolling view that height would push every section
        # below down. Charts take what the layout gives them instead.
        return QSize(320, 160)


class ContributionChart(_Chart):
    """Horizontal bars: how many points each indicator added to or took from the score."""

    def set_contributions(self, labels: Sequence[str], changes: Sequence[float]) -> None:
        pg = pyqtgraph()
        item = self.item
        item.clear()
        count = len(changes)
        # Largest move on top: bars are drawn bottom-up.
        ys = [count - 1 - i for i in range(count)]
        if count:
            bars = pg.BarGraphItem(
                x0=[min(c, 0.0) for c in changes],
                y=ys,
                height=0.6,
                width=[abs(c) for c in changes],
                brushes=[pg.mkBrush(*(UP if c >= 0 else DOWN)) for c in changes],
                pens=[pg.mkPen(None)] * count,
            )
            item.addItem(bars)
        item.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(MUTED)))
        item.getAxis("left").setTicks([[(y, label) for y, label in zip(ys, labels, strict=True)]])
        item.getAxis("bottom").setLabel(self.tr("points"))
        span = max([abs(c) for c in changes] + [1.0]) * 1.15
        item.setXRange(-span, span, padding=0)
        item.setYRange(-0.6, max(count, 1) - 0.4, padding=0)


class LinesChart(_Chart):
    """One or two lines over dates or over plain numbers, with a legend."""

    def __init__(self, accessible_name: str, *, dates: bool, parent: QWidget | None = None) -> None:
        super().__init__(accessible_name, parent, dates=dates)
        self._dates = dates
        self.item.showGrid(x=False, y=True, alpha=0.25)
        self.legend = self.item.addLegend(offset=(10, 10))

    def set_lines(
        self,
        xs: Sequence[Any],
        lines: Sequence[tuple[str, Sequence[float]]],
        *,
        x_label: str = "",
        y_label: str = "",
        counts: bool = False,
    ) -> None:
        """Draw ``lines`` over ``xs``.

        Args:
            counts: the values are counts: the axis starts at 0 and reaches at least 1, so a
                book where nothing is counted yet shows a flat line at 0, not an axis
                autoscaled around it.
        """
        pg = pyqtgraph()
        item = self.item
        item.clear()
        self.legend.clear()
        x = [day_x(v) for v in xs] if self._dates else list(xs)
        for (name, ys), colour in zip(lines, LINE_COLOURS[:2], strict=False):
            item.plot(x, list(ys), pen=pg.mkPen(colour, width=2), name=name)
        if x_label:
            item.getAxis("bottom").setLabel(x_label)
        item.getAxis("left").setLabel(y_label)
        item.enableAutoRange()
        if counts:
            top = max((max(ys, default=0.0) for _name, ys in lines), default=0.0)
            item.setYRange(0, max(top, 1.0) * 1.1, padding=0)


class AucChart(_Chart):
    """AUC per indicator (one row each, best on top) with its 95% interval; 0.5 is chance."""

    def set_rows(
        self, labels: Sequence[str], rows: Sequence[tuple[float, float, float] | None]
    ) -> None:
        import numpy as np

        pg = pyqtgraph()
        item = self.item
        item.clear()
        count = len(rows)
        ys = [count - 1 - i for i in range(count)]
        known = [(y, r) for y, r in zip(ys, rows, strict=True) if r is not None]
        if known:
            py = [y for y, _ in known]
            auc = [r[0] for _, r in known]
            item.addItem(
                pg.ErrorBarItem(
                    x=np.array(auc),
                    y=np.array(py, dtype=float),
                    right=np.array([r[2] - r[0] for _, r in known]),
                    left=np.array([r[0] - r[1] for _, r in known]),
                    beam=0.3,
                    pen=pg.mkPen(MUTED, width=1.5),
                )
            )
            item.plot(auc, py, pen=None, symbol="o", symbolSize=8, symbolBrush=LINE_COLOURS[0])
        dashed = pg.mkPen(DOWN, width=1, style=pg.QtCore.Qt.PenStyle.DashLine)
        item.addItem(pg.InfiniteLine(pos=0.5, angle=90, pen=dashed))
        item.getAxis("left").setTicks([[(y, label) for y, label in zip(ys, labels, strict=True)]])
        item.getAxis("bottom").setLabel(self.tr("AUC, 95% interval (0.5 = chance)"))
        item.setXRange(0.2, 1.0, padding=0)
        item.setYRange(-0.6, max(count, 1) - 0.4, padding=0)

"""The account workspace's Health tab: score, band, trend, warnings, indicators, "why it moved".

Threads: the account's health (``compute_account_health``), its active warnings and the change
explanation are computed on a reader; this widget only lays out the DTOs on the GUI thread.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.changes import Changes
from cs_desktop.health.dto import AccountHealth, AccountHealthDetail, ChangeExplanation
from cs_desktop.health.early_warnings import ActiveWarning
from cs_desktop.ids import AccountId
from ui.account.labels import indicator_label, stage_label
from ui.dates import ENTRY_DAY, date_text
from ui.health.charts import ContributionChart
from ui.health.dates import day_of, qdate
from ui.health.formatting import (
    BAND_COLOURS,
    LOW_CONFIDENCE_COLOUR,
    band_label,
    confidence_text,
    group_label,
    indicator_value,
    low_confidence_note,
    percent,
    score_text,
    signed,
)
from ui.tasks import ChangeHub, TaskRunner, message_for
from ui.translation import Words, is_language_change, number

if TYPE_CHECKING:
    from ui.health.measurement_form import MeasurementForm

EXPLAIN_DAYS = 30


@dataclass(frozen=True)
class AccountHealthRead:
    """What the panel shows, read in one go on a reader thread."""

    detail: AccountHealthDetail
    warnings: tuple[ActiveWarning, ...]
    explanation: ChangeExplanation


def read_account_health(
    connection: Any, account_id: AccountId, today: date, span: tuple[date, date] | None
) -> AccountHealthRead:
    """The account's health detail, active warnings and the explanation of ``span``."""
    from cs_desktop.health.early_warnings import active_warnings, default_playbooks, warnings_apply
    from cs_desktop.health.service import compute_account_health, explain_change

    detail = compute_account_health(connection, account_id, today)
    warnings = (
        active_warnings(connection, detail, default_playbooks())
        if warnings_apply(detail.health)
        else ()
    )
    start, end = span or (today - timedelta(days=EXPLAIN_DAYS), today)
    start, end = _clamp(detail, start), _clamp(detail, end)
    return AccountHealthRead(detail, warnings, explain_change(detail, start, end))


def _clamp(detail: AccountHealthDetail, day: date) -> date:
    return min(max(day, detail.start), detail.today)


def _item(text: str, *, right: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    return item


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _set_fitting(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setMinimumWidth(label.sizeHint().width() + 4)


def _fit_height(table: QTableWidget) -> None:
    # The panel scrolls as a whole; each table shows all its rows.
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(rows + table.horizontalHeader().height() + 2 * table.frameWidth() + 2)


class AccountHealthPanel(QScrollArea):
    """One account's health; recomputes when an edit changes the account's health inputs.

    Signals:
        title_changed: the tab title, with the number of active warnings when there are any.
        shown: data (first or refreshed) is on screen.
        explained: a new "why did it move" explanation is on screen.
    """

    title_changed = Signal(str)
    shown = Signal()
    explained = Signal()

    def __init__(
        self,
        account_id: AccountId | None,
        runner: TaskRunner,
        hub: ChangeHub,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        autoload: bool = True,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        """Args:
        account_id: the account, or None in a spare account workspace until it is bound.
        autoload: read the account's health now; the account workspace passes False and
            calls :meth:`reload` once its own content is on screen, so the two reads do not
            compete while the account opens.
        undo_stack: the window's; with it the tab offers "Record a measurement".
        """
        super().__init__(parent)
        self.account_id = account_id
        self.runner = runner
        self._today = today
        self.read: AccountHealthRead | None = None
        self.explanation: ChangeExplanation | None = None
        self._sequence = 0
        self._span: tuple[date, date] | None = None
        self._undo_stack = undo_stack
        self._build()
        hub.changes_applied.connect(self._on_hub_changes_applied)
        if autoload:
            self.reload()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        words = self.words = Words()
        words.bind(self.setAccessibleName, lambda: self.tr("Account health"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(10)

        self.warnings_box = QLabel()
        self.warnings_box.setObjectName("healthWarnings")
        self.warnings_box.setWordWrap(True)
        self.warnings_box.setTextFormat(Qt.TextFormat.RichText)
        words.bind(self.warnings_box.setAccessibleName, lambda: self.tr("Early warnings"))
        self.warnings_box.setStyleSheet(
            "QLabel#healthWarnings { background: #fdecea; border: 1px solid #e0a0a0;"
            " border-radius: 4px; padding: 6px; color: #7f1d1d; }"
        )
        self.warnings_box.hide()
        layout.addWidget(self.warnings_box)

        self.score = QLabel("—")
        font = QFont(self.score.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.score.setFont(font)
        words.bind(self.score.setAccessibleName, lambda: self.tr("Health score"))
        self.band = QLabel()
        words.bind(self.band.setAccessibleName, lambda: self.tr("Health band"))
        self.trend = QLabel()
        words.bind(self.trend.setAccessibleName, lambda: self.tr("Score trend"))
        self.confidence = QLabel()
        self.confidence.setWordWrap(True)
        words.bind(self.confidence.setAccessibleName, lambda: self.tr("Score confidence"))
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        words.bind(self.missing.setAccessibleName, lambda: self.tr("Missing inputs"))
        facts = QVBoxLayout()
        facts.setSpacing(2)
        facts.addWidget(self.band)
        facts.addWidget(self.trend)
        facts.addWidget(self.confidence)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(self.score)
        top.addLayout(facts, 1)
        layout.addLayout(top)
        layout.addWidget(self.missing)

        self.indicators = _table(5)
        words.bind(
            self.indicators.setHorizontalHeaderLabels,
            lambda: [
                self.tr("Indicator"),
                self.tr("Value"),
                self.tr("Points"),
                self.tr("Weight"),
                self.tr("Share"),
            ],
        )
        words.bind(self.indicators.setAccessibleName, lambda: self.tr("Indicators today"))
        box = QGroupBox()
        words.bind(box.setTitle, lambda: self.tr("Indicators today"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.indicators)
        layout.addWidget(box)
        self.measurement_form: MeasurementForm | None = None
        if self._undo_stack is not None:
            from ui.health.measurement_form import MeasurementForm

            self.measurement_form = MeasurementForm(
                lambda: self.account_id, self.runner, self._undo_stack, self._today
            )
            layout.addWidget(self.measurement_form)

        why = QGroupBox()
        words.bind(why.setTitle, lambda: self.tr("Why did it move?"))
        why_layout = QVBoxLayout(why)
        dates = QHBoxLayout()
        self.from_date = QDateEdit()
        self.to_date = QDateEdit()
        words.bind(self.from_date.setAccessibleName, lambda: self.tr("From date"))
        words.bind(self.to_date.setAccessibleName, lambda: self.tr("To date"))
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(ENTRY_DAY)  # typed: ISO on purpose (ui.dates)
            edit.dateChanged.connect(self._on_dates_changed)
        from_label = QLabel()
        to_label = QLabel()
        for label, text in (
            (from_label, lambda: self.tr("&From")),
            (to_label, lambda: self.tr("&To")),
        ):
            # A minimum width: never clipped by the edits, in any language.
            words.bind(partial(_set_fitting, label), text)
        from_label.setBuddy(self.from_date)
        to_label.setBuddy(self.to_date)
        dates.addWidget(from_label)
        dates.addWidget(self.from_date)
        dates.addSpacing(12)
        dates.addWidget(to_label)
        dates.addWidget(self.to_date)
        dates.addStretch(1)
        why_layout.addLayout(dates)
        self.change = QLabel()
        self.change.setWordWrap(True)
        words.bind(self.change.setAccessibleName, lambda: self.tr("Score change"))
        why_layout.addWidget(self.change)
        self.contributions = _table(4)
        words.bind(
            self.contributions.setHorizontalHeaderLabels,
            lambda: [
                self.tr("Indicator"),
                self.tr("Points then"),
                self.tr("Points now"),
                self.tr("Contribution"),
            ],
        )
        words.bind(
            self.contributions.setAccessibleName,
            lambda: self.tr("Contribution of each indicator to the change"),
        )
        why_layout.addWidget(self.contributions)
        # The bar chart (pyqtgraph, ~20 ms to build) is made when the tab is first shown:
        # most account openings never look at it.
        self._chart: ContributionChart | None = None
        self._chart_slot = why_layout
        self._chart_bars: tuple[list[str], list[float]] | None = None
        layout.addWidget(why)
        layout.addStretch(1)
        self.setWidget(body)
        self.setFocusProxy(self.from_date)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            if self.read is not None:
                self._show_health(self.read)
            if self.explanation is not None:
                self._show_explanation(self.explanation)
            if self._chart is not None:
                self._chart.setAccessibleName(self.tr("Contributions chart"))
        super().changeEvent(event)

    # -- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Recompute the account's health (and the explanation of the chosen dates)."""
        account_id = self.account_id
        if account_id is None:
            return  # a spare workspace's panel: nothing to read until it is bound
        self._sequence += 1
        sequence, span = self._sequence, self._span
        today = self._today()
        self.runner.read(
            self.tr("Account health"),
            lambda c: read_account_health(c, account_id, today, span),
            self._alive(lambda result: self._on_read(sequence, result)),
            self._alive(self._on_failed),
        )

    def _alive(self, handler: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            if shiboken6.isValid(self):
                handler(value)

        return call

    def _on_read(self, sequence: int, result: AccountHealthRead) -> None:
        if sequence != self._sequence:
            return  # a newer read is on its way
        self.read = result
        self._show_health(result)
        self._show_explanation(result.explanation)
        self.shown.emit()

    def _on_failed(self, error: Exception) -> None:
        self.score.setText("—")
        self.band.setText(
            self.tr("Health could not be computed: %1").replace("%1", message_for(error))
        )
        self.shown.emit()

    def _show_confidence(self, health: AccountHealth) -> None:
        confidence = health.confidence
        based_on = self.tr("Based on %1").replace(
            "%1", confidence_text(confidence.present, confidence.scored, confidence.weight_share)
        )
        if health.low_confidence:
            # Grey and marked: a score standing on little data must not read as a verdict.
            self.score.setStyleSheet(f"color: {LOW_CONFIDENCE_COLOUR};")
            self.confidence.setText(
                f"<span style='color:{LOW_CONFIDENCE_COLOUR}'>◌ {based_on}.<br>"
                f"{low_confidence_note(confidence.threshold)}</span>"
            )
        else:
            self.score.setStyleSheet("")
            self.confidence.setText(based_on if health.score is not None else "")

    def _show_health(self, result: AccountHealthRead) -> None:
        health = result.detail.health
        self.score.setText(score_text(health.score))
        band = "" if health.band is None else str(health.band)
        colour = BAND_COLOURS.get(band, "#555555")
        self._show_confidence(health)
        self.band.setText(
            self.tr("<b style='color:%1'>%2</b> · %3 stage")
            .replace("%1", colour)
            .replace("%2", band_label(health.band))
            .replace("%3", stage_label(health.stage))
        )
        self.trend.setText(
            self.tr("Trend: %1 over 30 days · %2 over 90 days")
            .replace("%1", signed(health.trend_30d))
            .replace("%2", signed(health.trend_90d))
        )
        labels = {r.key: indicator_label(r.key) for r in result.detail.readings}
        if health.missing:
            names = ", ".join(labels.get(key, key) for key in health.missing)
            self.missing.setText(
                self.tr(
                    "Missing inputs (not counted as zero; their weight goes to the others): %1"
                ).replace("%1", names)
            )
        else:
            self.missing.setText(self.tr("No missing inputs."))
        self._show_warnings(result.warnings)
        self._show_readings(result)
        self._set_date_range(result.detail, result.explanation)

    def _show_warnings(self, warnings: tuple[ActiveWarning, ...]) -> None:
        if warnings:
            lines = "".join(
                f"<li><b>{html.escape(w.title)}</b> — {html.escape(w.detail)} "
                + self.tr("(since %1)").replace(
                    "%1",
                    html.escape(date_text(w.episode_start, "long"))
                    if w.episode_start.year > 1970
                    else "—",
                )
                + "</li>"
                for w in warnings
            )
            self.warnings_box.setText(
                self.tr("<b>⚠ Early warnings</b><ul style='margin:2px 0 0 -20px'>%1</ul>").replace(
                    "%1", lines
                )
            )
            self.title_changed.emit(self.tr("Health ⚠ %1").replace("%1", number(len(warnings))))
        else:
            self.title_changed.emit(self.tr("Health"))
        self.warnings_box.setVisible(bool(warnings))

    def _show_readings(self, result: AccountHealthRead) -> None:
        rows = [r for r in result.detail.readings if r.weight > 0 or r.points is not None]
        rows.sort(key=lambda r: (r.missing, -r.share))
        table = self.indicators
        table.setRowCount(len(rows))
        for row, reading in enumerate(rows):
            name = indicator_label(reading.key)
            table.setItem(row, 0, _item(name, tip=group_label(reading.group)))
            table.setItem(row, 1, _item(indicator_value(reading.key, reading.value), right=True))
            points = self.tr("missing") if reading.points is None else f"{reading.points:.0f}"
            table.setItem(row, 2, _item(points, right=True))
            table.setItem(row, 3, _item(f"{reading.weight:g}", right=True))
            table.setItem(row, 4, _item(percent(reading.share, 0), right=True))
        table.resizeRowsToContents()
        _fit_height(table)

    def _set_date_range(self, detail: AccountHealthDetail, explanation: ChangeExplanation) -> None:
        for edit in (self.from_date, self.to_date):
            edit.blockSignals(True)
            edit.setDateRange(qdate(detail.start), qdate(detail.today))
        self.from_date.setDate(qdate(explanation.from_date))
        self.to_date.setDate(qdate(explanation.to_date))
        for edit in (self.from_date, self.to_date):
            edit.blockSignals(False)

    def _show_explanation(self, explanation: ChangeExplanation) -> None:
        self.explanation = explanation
        if explanation.change is None:
            self.change.setText(
                self.tr("No score on %1 or %2: nothing to explain.")
                .replace("%1", date_text(explanation.from_date, "long"))
                .replace("%2", date_text(explanation.to_date, "long"))
            )
        else:
            self.change.setText(
                self.tr("Score %1 on %2 → %3 on %4: <b>%5 points</b>, split by indicator below.")
                .replace("%1", f"{explanation.from_score:.1f}")
                .replace("%2", date_text(explanation.from_date, "long"))
                .replace("%3", f"{explanation.to_score:.1f}")
                .replace("%4", date_text(explanation.to_date, "long"))
                .replace("%5", signed(explanation.change))
            )
        parts = explanation.contributions
        table = self.contributions
        table.setRowCount(len(parts))
        for row, part in enumerate(parts):
            table.setItem(row, 0, _item(indicator_label(part.key), tip=group_label(part.group)))
            for column, points in ((1, part.from_points), (2, part.to_points)):
                text = self.tr("missing") if points is None else f"{points:.0f}"
                table.setItem(row, column, _item(text, right=True))
            table.setItem(row, 3, _item(signed(part.change), right=True))
        table.resizeRowsToContents()
        _fit_height(table)
        self._chart_bars = ([indicator_label(p.key) for p in parts], [p.change for p in parts])
        if self.isVisible():
            self._draw_chart()
        self.explained.emit()

    @property
    def chart(self) -> ContributionChart:
        """The contributions bar chart, built on first use."""
        if self._chart is None:
            self._chart = ContributionChart(self.tr("Contributions chart"))
            self._chart.setMinimumHeight(160)
            self._chart_slot.addWidget(self._chart)
        return self._chart

    def _draw_chart(self) -> None:
        if self._chart_bars is not None:
            labels, changes = self._chart_bars
            self.chart.setFixedHeight(max(120, 26 * len(labels) + 50))
            self.chart.set_contributions(labels, changes)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._draw_chart()

    def set_span(self, start: date, end: date) -> None:
        """Explain the score change from ``start`` to ``end`` (computed on a reader)."""
        self._span = (start, end)
        result = self.read
        if result is None:
            return
        detail = result.detail
        start, end = _clamp(detail, start), _clamp(detail, end)
        self._sequence += 1
        sequence = self._sequence

        def work(_connection: Any) -> ChangeExplanation:
            from cs_desktop.health.service import explain_change

            return explain_change(detail, start, end)

        def done(explanation: ChangeExplanation) -> None:
            if sequence == self._sequence:
                self._show_explanation(explanation)

        self.runner.read(self.tr("Explain health change"), work, self._alive(done))

    # -- events ------------------------------------------------------------------------------
    def _on_dates_changed(self, _date: QDate) -> None:
        self.set_span(day_of(self.from_date.date()), day_of(self.to_date.date()))

    def _on_hub_changes_applied(self, changes: Changes) -> None:
        if self.account_id is None or not changes.touches(self.account_id):
            return
        if not (changes.health or changes.portfolio):
            return
        # Even when hidden: a few milliseconds on a reader keep the tab's warning count true.
        self.reload()

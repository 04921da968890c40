"""The Portfolio health tab: outcomes for a period, churn what-if, successful accounts over
time and indicator validation.

Threads: every number is computed on a reader from the :class:`HealthFeed`'s portfolio health or
the store; this widget shows DTOs. Analyses rerun when the portfolio health updates (only while
the tab is visible; otherwise when it is next shown), with a "Computing…" state meanwhile.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.changes import Changes
from ui.health.charts import LinesChart
from ui.health.dates import day_of, qdate
from ui.health.formatting import amount, indicator_name, percent, stage_names
from ui.health.health_feed import HealthFeed
from ui.health.kpi_card import KpiCard
from ui.health.loss_reasons import LossReasonsSection
from ui.health.portfolio_analysis import (
    LAST_12_MONTHS,
    LAST_QUARTER,
    YEAR_TO_DATE,
    PortfolioAnalysis,
    analyse_portfolio,
    preset_period,
)
from ui.health.validation_section import ValidationSection
from ui.tasks import ChangeHub, TaskRunner, message_for

if TYPE_CHECKING:
    from collections.abc import Callable

    from cs_desktop.health.outcomes import ChurnWhatIf, Outcomes
    from cs_desktop.health.portfolio import PortfolioHealth
    from cs_desktop.health.reasons import LossReasons

CUSTOM = "custom"


def _spin(
    name: str, low: float, high: float, value: float, suffix: str, step: float
) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(1 if step < 1 else 0)
    spin.setSingleStep(step)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    spin.setKeyboardTracking(False)
    return spin


class PortfolioHealthView(QScrollArea):
    """The tab. Signals ``outcomes_shown``, ``reasons_shown``, ``what_if_shown``,
    ``analysis_shown``: on screen."""

    outcomes_shown = Signal()
    reasons_shown = Signal()
    what_if_shown = Signal()
    analysis_shown = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        hub: ChangeHub,
        health: HealthFeed,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.runner, self.health, self._today = runner, health, today
        self.outcomes: Outcomes | None = None
        self.loss_reasons: LossReasons | None = None
        self.what_if: ChurnWhatIf | None = None
        self.analysis: PortfolioAnalysis | None = None
        self._analysed: PortfolioHealth | None = None
        self._analysing = False
        self._outcome_sequence = 0
        self._what_if_sequence = 0
        self._build()
        health.updated.connect(self._on_health_updated)
        hub.changes_applied.connect(self._on_hub_changes_applied)
        self._on_preset_changed()
        self._update_what_if()
        self._analyse_if_needed()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Portfolio health"))
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(10, 10, 10, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        grid.addWidget(self._build_outcomes(), 0, 0, 1, 2)
        grid.addWidget(self._build_reasons(), 1, 0, 1, 2)
        grid.addWidget(self._build_what_if(), 2, 0)
        grid.addWidget(self._build_success(), 2, 1)
        grid.addWidget(self._build_validation(), 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 3)
        grid.setRowStretch(3, 5)
        self.setWidget(body)
        self.setFocusProxy(self.preset)

    def _build_outcomes(self) -> QGroupBox:
        box = QGroupBox(self.tr("Outcomes of the renewals in a period"))
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Period"))
        for key, text in (
            (LAST_12_MONTHS, self.tr("Last 12 months")),
            (LAST_QUARTER, self.tr("Last quarter")),
            (YEAR_TO_DATE, self.tr("Year to date")),
            (CUSTOM, self.tr("Custom")),
        ):
            self.preset.addItem(text, key)
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        self.period_start = QDateEdit()
        self.period_end = QDateEdit()
        for edit, name in (
            (self.period_start, self.tr("Period start")),
            (self.period_end, self.tr("Period end")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._on_period_edited)
        controls = QHBoxLayout()
        period_label = QLabel(self.tr("&Period"))
        period_label.setBuddy(self.preset)
        controls.addWidget(period_label)
        controls.addWidget(self.preset)
        controls.addSpacing(12)
        controls.addWidget(QLabel(self.tr("from")))
        controls.addWidget(self.period_start)
        controls.addWidget(QLabel(self.tr("to")))
        controls.addWidget(self.period_end)
        controls.addSpacing(12)
        self.outcome_note = QLabel()
        self.outcome_note.setWordWrap(True)
        self.outcome_note.setAccessibleName(self.tr("Period summary"))
        controls.addWidget(self.outcome_note, 1)
        self.logo = KpiCard(self.tr("Logo retention"), self.tr("Renewals that kept the customer"))
        self.grr = KpiCard(
            self.tr("Gross revenue retention"),
            self.tr("ARR kept at renewal without expansion: the product and service's own test"),
        )
        self.nrr = KpiCard(
            self.tr("Net revenue retention"),
            self.tr("ARR after renewal, expansion included: can hide a weak product or service"),
        )
        self.churned = KpiCard(self.tr("Churned ARR"))
        self.contracted = KpiCard(self.tr("Contracted ARR"))
        self.expanded = KpiCard(self.tr("Expansion ARR"))
        cards = QHBoxLayout()
        for card in (self.logo, self.grr, self.nrr, self.churned, self.contracted, self.expanded):
            cards.addWidget(card, 1)
        layout = QVBoxLayout(box)
        layout.addLayout(controls)
        layout.addLayout(cards)
        return box

    def _build_reasons(self) -> QGroupBox:
        box = QGroupBox(self.tr("Why customers left or shrank (in the period), and open risks"))
        self.reasons = LossReasonsSection()
        self.reasons.setMinimumHeight(240)
        layout = QVBoxLayout(box)
        layout.addWidget(self.reasons)
        return box

    def _build_what_if(self) -> QGroupBox:
        box = QGroupBox(self.tr("Churn what-if"))
        self.current_churn = _spin(self.tr("Current monthly churn"), -20, 50, 5, " %", 0.5)
        self.target_churn = _spin(self.tr("Target monthly churn"), -20, 50, 2, " %", 0.5)
        self.years = QSpinBox()
        self.years.setRange(1, 10)
        self.years.setValue(3)
        self.years.setAccessibleName(self.tr("Years"))
        self.years.setKeyboardTracking(False)
        self.new_revenue = _spin(
            self.tr("New recurring revenue per month"), 0, 1e12, 10_000, "", 1_000
        )
        form = QFormLayout()
        form.addRow(self.tr("&Current churn / month"), self.current_churn)
        form.addRow(self.tr("&Target churn / month"), self.target_churn)
        form.addRow(self.tr("&Years"), self.years)
        form.addRow(self.tr("&New revenue / month"), self.new_revenue)
        for spin in (self.current_churn, self.target_churn, self.new_revenue):
            spin.valueChanged.connect(self._update_what_if)
        self.years.valueChanged.connect(self._update_what_if)
        self.ratio = QLabel()
        self.ratio.setWordWrap(True)
        self.ratio.setTextFormat(Qt.TextFormat.RichText)
        self.ratio.setAccessibleName(self.tr("What-if result"))
        assumption = QLabel(
            self.tr(
                "Model: each month the existing revenue loses the churn rate of itself (a negative "
                "rate is net expansion) and the same new revenue is added. Cutting churn pays off "
                "this much only with ongoing new business."
            )
        )
        assumption.setWordWrap(True)
        assumption.setAccessibleName(self.tr("What-if assumption"))
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.ratio)
        side.addWidget(assumption)
        side.addStretch(1)
        self.what_if_chart = LinesChart(self.tr("Projected revenue chart"), dates=False)
        layout = QHBoxLayout(box)
        layout.addLayout(side, 2)
        layout.addWidget(self.what_if_chart, 3)
        box.setMaximumHeight(270)
        return box

    def _build_success(self) -> QGroupBox:
        box = QGroupBox(self.tr("Successful accounts over time"))
        self.success_definition = QLabel()
        self.success_definition.setWordWrap(True)
        self.success_definition.setAccessibleName(self.tr("Success model definition"))
        self.success_chart = LinesChart(self.tr("Successful accounts chart"), dates=True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.success_definition)
        layout.addWidget(self.success_chart, 1)
        box.setMaximumHeight(270)
        return box

    def _build_validation(self) -> QGroupBox:
        box = QGroupBox(self.tr("Does the score predict renewal? Indicator validation"))
        self.validation = ValidationSection()
        self.validation.setMinimumHeight(300)
        layout = QVBoxLayout(box)
        layout.addWidget(self.validation)
        return box

    # -- outcomes ----------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return day_of(self.period_start.date()), day_of(self.period_end.date())

    def set_period(self, start: date, end: date) -> None:
        """Show the outcomes of the renewals ending between ``start`` and ``end``."""
        for edit, day in ((self.period_start, start), (self.period_end, end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self._update_outcomes()

    def _on_preset_changed(self, _index: int = 0) -> None:
        key = self.preset.currentData()
        if key != CUSTOM:
            self.set_period(*preset_period(key, self._today()))

    def _on_period_edited(self, _date: QDate) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
        self.preset.blockSignals(False)
        self._update_outcomes()

    def _update_outcomes(self) -> None:
        start, end = self.period()
        self._outcome_sequence += 1
        sequence = self._outcome_sequence
        if end < start:
            self.outcome_note.setText(self.tr("The period ends before it starts."))
            return
        self.outcome_note.setText(self.tr("Computing…"))

        def work(connection: Any) -> Outcomes:
            from cs_desktop.health.outcomes import portfolio_outcomes

            return portfolio_outcomes(connection, start, end)

        def done(outcomes: Outcomes) -> None:
            if sequence == self._outcome_sequence:
                self._show_outcomes(outcomes)

        self.runner.read(self.tr("Portfolio outcomes"), work, done)

        def reasons_work(connection: Any) -> LossReasons:
            from cs_desktop.health.reasons import loss_reasons

            return loss_reasons(connection, start, end)

        def reasons_done(report: LossReasons) -> None:
            if sequence == self._outcome_sequence:
                self.loss_reasons = report
                self.reasons.set_reasons(report)
                self.reasons_shown.emit()

        self.runner.read(self.tr("Why customers left"), reasons_work, reasons_done)

    def _show_outcomes(self, o: Outcomes) -> None:
        self.outcomes = o
        self.logo.set(
            percent(o.logo_retention),
            self.tr("%1 of %2 renewals kept")
            .replace("%1", str(o.logos_retained))
            .replace("%2", str(o.renewals)),
        )
        self.grr.set(
            percent(o.gross_revenue_retention),
            self.tr("of %1 ARR up for renewal").replace("%1", amount(o.arr_up_for_renewal)),
        )
        self.nrr.set(
            percent(o.net_revenue_retention),
            self.tr("%1 ARR after renewal").replace("%1", amount(o.arr_after)),
        )
        self.churned.set(
            amount(o.churned_arr), self.tr("%1 logos churned").replace("%1", str(o.logos_churned))
        )
        self.contracted.set(
            amount(o.contracted_arr),
            self.tr("%1 renewals contracted").replace("%1", str(o.contracted)),
        )
        self.expanded.set(
            amount(o.expansion_arr), self.tr("%1 renewals expanded").replace("%1", str(o.expanded))
        )
        self.outcome_note.setText(
            self.tr("Renewals whose period ended %1 to %2. Amounts as recorded, not converted.")
            .replace("%1", o.start.isoformat())
            .replace("%2", o.end.isoformat())
            if o.renewals
            else self.tr("No renewal ended in this period.")
        )
        self.outcomes_shown.emit()

    # -- churn what-if -----------------------------------------------------------------------
    def _update_what_if(self, _value: object = None) -> None:
        current = self.current_churn.value() / 100
        target = self.target_churn.value() / 100
        years, new = self.years.value(), self.new_revenue.value()
        self._what_if_sequence += 1
        sequence = self._what_if_sequence

        def work(_connection: Any) -> ChurnWhatIf:
            from cs_desktop.health.outcomes import churn_what_if

            return churn_what_if(
                current_churn=current,
                target_churn=target,
                new_revenue_per_month=new,
                years=years,
            )

        def done(result: ChurnWhatIf) -> None:
            if sequence == self._what_if_sequence:
                self._show_what_if(result)

        self.runner.read(self.tr("Churn what-if"), work, done)

    def _show_what_if(self, result: ChurnWhatIf) -> None:
        self.what_if = result
        current, target = result.current, result.target
        years = len(current.yearly)
        self.ratio.setText(
            self.tr(
                "After %1 years: <b>%2\u00d7</b> the revenue with %3 monthly churn instead of %4 "
                "(%5 vs %6 per month)."
            )
            .replace("%1", str(years))
            .replace("%2", f"{result.ratio:.2f}")
            .replace("%3", percent(target.monthly_churn))
            .replace("%4", percent(current.monthly_churn))
            .replace("%5", amount(target.yearly[-1]))
            .replace("%6", amount(current.yearly[-1]))
        )
        months = list(range(1, len(current.monthly) + 1))
        self.what_if_chart.set_lines(
            months,
            [
                (self._churn_name(current.monthly_churn), current.monthly),
                (self._churn_name(target.monthly_churn), target.monthly),
            ],
            x_label=self.tr("month"),
            y_label=self.tr("recurring revenue / month"),
        )
        self.what_if_shown.emit()

    def _churn_name(self, rate: float) -> str:
        return self.tr("%1 churn / month").replace("%1", percent(rate))

    # -- success and validation --------------------------------------------------------------
    def _analyse_if_needed(self) -> None:
        portfolio = self.health.portfolio
        if portfolio is None:
            self._show_computing(self.tr("Computing health scores…"))
            return
        if portfolio is self._analysed or self._analysing:
            return
        if not self.isVisible() and self.analysis is not None:
            return  # refreshed when next shown
        self._analysing = True
        self._show_computing(self.tr("Computing…"))
        self.runner.read(
            self.tr("Portfolio health"),
            lambda c: analyse_portfolio(c, portfolio),
            lambda analysis: self._on_analysed(portfolio, analysis),
            self._on_analysis_failed,
        )

    def _show_computing(self, text: str) -> None:
        if self.analysis is None:
            self.success_definition.setText(text)
            self.validation.summary.setText(text)

    def _on_analysed(self, portfolio: PortfolioHealth, analysis: PortfolioAnalysis) -> None:
        self._analysing = False
        self._analysed = portfolio
        self.analysis = analysis
        self._show_success(analysis)
        self.validation.set_report(analysis.validation)
        self.analysis_shown.emit()
        if self.health.portfolio is not portfolio:
            self._analyse_if_needed()  # it changed while this one was computed

    def _on_analysis_failed(self, error: Exception) -> None:
        self._analysing = False
        self.validation.summary.setText(
            self.tr("Could not compute: %1").replace("%1", message_for(error))
        )

    def _show_success(self, analysis: PortfolioAnalysis) -> None:
        series = analysis.success
        model = series.model
        from cs_desktop.health.scorecard import INDICATOR_CATALOG

        def name(key: str) -> str:
            info = INDICATOR_CATALOG.get(key)
            return indicator_name(info.label) if info else key

        bounds = [f"{name(key)} ≥ {value:g}" for key, value in model.min_values.items()]
        bounds += [f"{name(key)} ≤ {value:g}" for key, value in model.max_values.items()]
        self.success_definition.setText(
            self.tr(
                "“%1”: in %2, score at least %3 on each of the last %4 days%5. Today: %6 of %7 "
                "scored accounts."
            )
            .replace("%1", model.title.text())
            .replace("%2", stage_names(model.stages))
            .replace("%3", f"{model.min_score:g}")
            .replace("%4", str(model.sustained_days))
            .replace("%5", (", " + ", ".join(bounds)) if bounds else "")
            .replace("%6", str(series.successful[-1] if series.successful else 0))
            .replace("%7", str(series.scored[-1] if series.scored else 0))
        )
        first = model.sustained_days - 1  # earlier days count nobody: history too short
        self.success_chart.set_lines(
            series.dates[first:],
            [(self.tr("successful accounts"), series.successful[first:])],
            y_label=self.tr("accounts"),
        )

    # -- events ------------------------------------------------------------------------------
    def _on_health_updated(self, _portfolio: object) -> None:
        self._analyse_if_needed()

    def _on_hub_changes_applied(self, changes: Changes) -> None:
        if changes.portfolio or changes.accounts:
            self._update_outcomes()  # a renewal may have been recorded

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._analyse_if_needed()

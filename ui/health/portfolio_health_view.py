"""The Portfolio health tab: outcomes for a period, churn what-if, successful accounts over
time and indicator validation.

Money is in the reporting currency (:mod:`cs_desktop.rates`): retention, churned ARR and the
what-if never add amounts of different currencies. A missing exchange rate is named where the
number would be.

Threads: every number is computed on a reader from the :class:`HealthFeed`'s portfolio health or
the store; this widget shows DTOs. Analyses rerun when the portfolio health updates (only while
the tab is visible; otherwise when it is next shown), with a "Computing…" state meanwhile.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
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
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.changes import Changes
from cs_desktop.money import currency_symbol, format_money
from ui.account.labels import indicator_label
from ui.dates import ENTRY_DAY, date_text
from ui.forms import add_form_row
from ui.health.charts import LinesChart
from ui.health.dates import day_of, qdate
from ui.health.formatting import percent, stage_names
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
from ui.money.reporting_feed import ReportingFeed
from ui.tasks import ChangeHub, TaskRunner, message_for
from ui.translation import Words, is_language_change, item_texts, number

if TYPE_CHECKING:
    from collections.abc import Callable
    from decimal import Decimal

    from cs_desktop.health.outcomes import ArrFlows, ChurnWhatIf, Outcomes
    from cs_desktop.health.portfolio import PortfolioHealth
    from cs_desktop.health.reasons import LossReasons
    from cs_desktop.rates import Reporting

CUSTOM = "custom"


def _spin(low: float, high: float, value: float, suffix: str, step: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(1 if step < 1 else 0)
    spin.setSingleStep(step)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    return spin


def _wrap_to_width(label: QLabel) -> None:
    """A paragraph wraps to the width its column gets: a longer translation makes it taller,
    never its column wider (which would squeeze the chart beside it)."""
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)


class PortfolioHealthView(QScrollArea):
    """The tab. Signals ``outcomes_shown``, ``reasons_shown``, ``what_if_shown``,
    ``analysis_shown``: on screen; ``rates_requested``: the user asked for the exchange rates.

    Args:
        reporting: the reporting currency feed the window shares; None makes one of its own.
    """

    outcomes_shown = Signal()
    reasons_shown = Signal()
    what_if_shown = Signal()
    analysis_shown = Signal()
    rates_requested = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        hub: ChangeHub,
        health: HealthFeed,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        reporting: ReportingFeed | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.health, self._today = runner, health, today
        if reporting is None:
            reporting = ReportingFeed(runner, hub, self)
            reporting.reload()
        self.reporting = reporting
        self.outcomes: Outcomes | None = None
        self.loss_reasons: LossReasons | None = None
        self.what_if: ChurnWhatIf | None = None
        self.analysis: PortfolioAnalysis | None = None
        self._analysed: PortfolioHealth | None = None
        self._analysing = False
        self._outcome_sequence = 0
        self._what_if_sequence = 0
        # The what-if's new revenue follows the book (an average account a month, in the
        # reporting currency) until the user types one of their own.
        self._new_revenue_typed = False
        self._setting_new_revenue = False
        self.words = Words()
        self._build()
        health.updated.connect(self._on_health_updated)
        hub.changes_applied.connect(self._on_hub_changes_applied)
        reporting.updated.connect(self._on_reporting_updated)
        if reporting.reporting is not None:
            self._show_currency(reporting.reporting.currency)
        self._on_preset_changed()
        self._update_what_if()
        self._follow_book_revenue()
        self._analyse_if_needed()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.words.bind(self.setAccessibleName, lambda: self.tr("Portfolio health"))
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

    def _label(self, text: Callable[[], str]) -> QLabel:
        label = QLabel()
        self.words.bind(label.setText, text)
        return label

    def _box(self, title: Callable[[], str]) -> QGroupBox:
        box = QGroupBox()
        self.words.bind(box.setTitle, title)
        return box

    def _card(self, caption: Callable[[], str], tip: Callable[[], str] | None = None) -> KpiCard:
        card = KpiCard()
        self.words.bind(lambda texts: card.name(*texts), lambda: (caption(), tip() if tip else ""))
        return card

    def _build_outcomes(self) -> QGroupBox:
        words = self.words
        box = self._box(lambda: self.tr("Outcomes of the renewals in a period"))
        self.preset = QComboBox()
        words.bind(self.preset.setAccessibleName, lambda: self.tr("Period"))
        for key in (LAST_12_MONTHS, LAST_QUARTER, YEAR_TO_DATE, CUSTOM):
            self.preset.addItem("", key)
        words.bind(
            item_texts(self.preset),
            lambda: [
                self.tr("Last 12 months"),
                self.tr("Last quarter"),
                self.tr("Year to date"),
                self.tr("Custom"),
            ],
        )
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        self.period_start = QDateEdit()
        self.period_end = QDateEdit()
        words.bind(self.period_start.setAccessibleName, lambda: self.tr("Period start"))
        words.bind(self.period_end.setAccessibleName, lambda: self.tr("Period end"))
        for edit in (self.period_start, self.period_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(ENTRY_DAY)  # typed: ISO on purpose (ui.dates)
            edit.dateChanged.connect(self._on_period_edited)
        controls = QHBoxLayout()
        period_label = self._label(lambda: self.tr("&Period"))
        period_label.setBuddy(self.preset)
        controls.addWidget(period_label)
        controls.addWidget(self.preset)
        controls.addSpacing(12)
        controls.addWidget(self._label(lambda: self.tr("from")))
        controls.addWidget(self.period_start)
        controls.addWidget(self._label(lambda: self.tr("to")))
        controls.addWidget(self.period_end)
        controls.addSpacing(12)
        self.outcome_note = QLabel()
        self.outcome_note.setWordWrap(True)
        words.bind(self.outcome_note.setAccessibleName, lambda: self.tr("Period summary"))
        controls.addWidget(self.outcome_note, 1)
        self.currency_note = QLabel()
        words.bind(self.currency_note.setAccessibleName, lambda: self.tr("Reporting currency"))
        self.currency_note.setTextFormat(Qt.TextFormat.RichText)
        self.currency_note.linkActivated.connect(lambda _link: self.rates_requested.emit())
        controls.addWidget(self.currency_note)
        self.logo = self._card(
            lambda: self.tr("Logo retention"), lambda: self.tr("Renewals that kept the customer")
        )
        self.grr = self._card(
            lambda: self.tr("Gross revenue retention"),
            lambda: self.tr(
                "ARR kept at renewal without expansion: the product and service's own test"
            ),
        )
        self.nrr = self._card(
            lambda: self.tr("Net revenue retention"),
            lambda: self.tr(
                "ARR after renewal, expansion included: can hide a weak product or service"
            ),
        )
        self.churned = self._card(lambda: self.tr("Churned ARR"))
        self.contracted = self._card(lambda: self.tr("Contracted ARR"))
        self.expanded = self._card(lambda: self.tr("Expansion ARR"))
        cards = QHBoxLayout()
        for card in (self.logo, self.grr, self.nrr, self.churned, self.contracted, self.expanded):
            cards.addWidget(card, 1)
        layout = QVBoxLayout(box)
        layout.addLayout(controls)
        layout.addLayout(cards)
        return box

    def _build_reasons(self) -> QGroupBox:
        box = self._box(
            lambda: self.tr("Why customers left or shrank (in the period), and open risks")
        )
        self.reasons = LossReasonsSection()
        self.reasons.setMinimumHeight(240)
        layout = QVBoxLayout(box)
        layout.addWidget(self.reasons)
        return box

    def _build_what_if(self) -> QGroupBox:
        words = self.words
        box = self._box(lambda: self.tr("Churn what-if"))
        self.current_churn = _spin(-20, 50, 5, " %", 0.5)
        words.bind(self.current_churn.setAccessibleName, lambda: self.tr("Current monthly churn"))
        self.target_churn = _spin(-20, 50, 2, " %", 0.5)
        words.bind(self.target_churn.setAccessibleName, lambda: self.tr("Target monthly churn"))
        self.years = QSpinBox()
        self.years.setRange(1, 10)
        self.years.setValue(3)
        words.bind(self.years.setAccessibleName, lambda: self.tr("Years"))
        self.years.setKeyboardTracking(False)
        self.new_revenue = _spin(0, 1e12, 10_000, "", 1_000)
        words.bind(
            self.new_revenue.setAccessibleName, lambda: self.tr("New recurring revenue per month")
        )
        form = QFormLayout()
        add_form_row(form, words, lambda: self.tr("&Current churn / month"), self.current_churn)
        add_form_row(form, words, lambda: self.tr("&Target churn / month"), self.target_churn)
        add_form_row(form, words, lambda: self.tr("&Years"), self.years)
        add_form_row(form, words, lambda: self.tr("&New revenue / month"), self.new_revenue)
        for spin in (self.current_churn, self.target_churn, self.new_revenue):
            spin.valueChanged.connect(self._update_what_if)
        self.new_revenue.valueChanged.connect(self._on_new_revenue_changed)
        self.years.valueChanged.connect(self._update_what_if)
        self.ratio = QLabel()
        self.ratio.setWordWrap(True)
        _wrap_to_width(self.ratio)
        self.ratio.setTextFormat(Qt.TextFormat.RichText)
        words.bind(self.ratio.setAccessibleName, lambda: self.tr("What-if result"))
        assumption = self._label(
            lambda: self.tr(
                "Model: each month the existing revenue loses the churn rate of itself (a negative "
                "rate is net expansion) and the same new revenue is added. Cutting churn pays off "
                "this much only with ongoing new business."
            )
        )
        assumption.setWordWrap(True)
        _wrap_to_width(assumption)
        words.bind(assumption.setAccessibleName, lambda: self.tr("What-if assumption"))
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.ratio)
        side.addWidget(assumption)
        side.addStretch(1)
        self.what_if_chart = LinesChart("", dates=False)
        words.bind(self.what_if_chart.set_name, lambda: self.tr("Projected revenue chart"))
        self.what_if_chart.setMinimumWidth(280)  # longer words take the form's side, not this
        layout = QHBoxLayout(box)
        layout.addLayout(side, 2)
        layout.addWidget(self.what_if_chart, 3)
        box.setMaximumHeight(270)
        return box

    def _build_success(self) -> QGroupBox:
        box = self._box(lambda: self.tr("Successful accounts over time"))
        self.success_definition = QLabel()
        self.success_definition.setWordWrap(True)
        _wrap_to_width(self.success_definition)
        self.words.bind(
            self.success_definition.setAccessibleName, lambda: self.tr("Success model definition")
        )
        self.success_chart = LinesChart("", dates=True)
        self.words.bind(self.success_chart.set_name, lambda: self.tr("Successful accounts chart"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.success_definition)
        layout.addWidget(self.success_chart, 1)
        box.setMaximumHeight(270)
        return box

    def _build_validation(self) -> QGroupBox:
        box = self._box(lambda: self.tr("Does the score predict renewal? Indicator validation"))
        self.validation = ValidationSection()
        self.validation.setMinimumHeight(300)
        layout = QVBoxLayout(box)
        layout.addWidget(self.validation)
        return box

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            if self.outcomes is not None:
                self._show_outcomes(self.outcomes)
            if self.what_if is not None:
                self._show_what_if(self.what_if)
            if self.analysis is not None:
                self._show_success(self.analysis)
            elif self.health.portfolio is None:
                self._show_computing(self.tr("Computing health scores…"))
        super().changeEvent(event)

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
            self.tr("%1 of %Ln renewal(s) kept", "", o.renewals).replace(
                "%1", number(o.logos_retained)
            ),
        )
        counts = (
            (self.churned, self.tr("%Ln logo(s) churned", "", o.logos_churned)),
            (self.contracted, self.tr("%Ln renewal(s) contracted", "", o.contracted)),
            (self.expanded, self.tr("%Ln renewal(s) expanded", "", o.expanded)),
        )
        if o.missing_rates:
            # No figure at all rather than one that leaves some renewals out.
            reason = "\n".join(gap.message() for gap in o.missing_rates)
            for card in (self.grr, self.nrr):
                card.set_missing(reason)
            for card, context in counts:
                card.set_missing(reason, context)
        else:
            self._show_money(o, counts)
        self.outcome_note.setText(
            self.tr(
                "Renewals whose period ended %1 to %2, in %3 at the exchange rate of the day "
                "each ended."
            )
            .replace("%1", date_text(o.start, "long"))
            .replace("%2", date_text(o.end, "long"))
            .replace("%3", o.currency)
            if o.renewals and o.converted
            else self.tr("Renewals whose period ended %1 to %2.")
            .replace("%1", date_text(o.start, "long"))
            .replace("%2", date_text(o.end, "long"))
            if o.renewals
            else self.tr("No renewal ended in this period.")
        )
        self.outcomes_shown.emit()

    def _show_money(self, o: Outcomes, counts: tuple[tuple[KpiCard, str], ...]) -> None:
        def money(value: Decimal | None) -> str:
            return "—" if value is None else format_money(value, o.currency)

        def recorded(flow: Callable[[ArrFlows], Decimal]) -> str:
            if not o.converted:
                return ""
            return self.tr("As recorded: %1").replace(
                "%1", " + ".join(format_money(flow(flows), code) for code, flows in o.recorded)
            )

        self.grr.set(
            percent(o.gross_revenue_retention),
            self.tr("of %1 ARR up for renewal").replace("%1", money(o.arr_up_for_renewal)),
            recorded(lambda f: f.up),
        )
        self.nrr.set(
            percent(o.net_revenue_retention),
            self.tr("%1 ARR after renewal").replace("%1", money(o.arr_after)),
            recorded(lambda f: f.after),
        )
        amounts = (
            (o.churned_arr, lambda f: f.churned),
            (o.contracted_arr, lambda f: f.contracted),
            (o.expansion_arr, lambda f: f.expansion),
        )
        for (card, context), (value, flow) in zip(counts, amounts, strict=True):
            card.set(money(value), context, recorded(flow))

    def _show_currency(self, currency: str) -> None:
        self.currency_note.setText(
            self.tr("Amounts in %1 · <a href='rates'>Exchange rates…</a>").replace("%1", currency)
        )
        self.new_revenue.setPrefix(f"{currency_symbol(currency)}\u2009")

    # -- churn what-if -----------------------------------------------------------------------
    def _on_new_revenue_changed(self, _value: float) -> None:
        if not self._setting_new_revenue:
            self._new_revenue_typed = True

    def _follow_book_revenue(self) -> None:
        """Set the new revenue to the book's average account a month (see
        :func:`cs_desktop.health.outcomes.average_account_mrr`), unless the user chose one."""
        if self._new_revenue_typed:
            return
        on = self._today()

        def work(connection: Any) -> Decimal | None:
            from cs_desktop.health.outcomes import average_account_mrr

            return average_account_mrr(connection, on)

        def done(amount: Decimal | None) -> None:
            if amount is None or self._new_revenue_typed:
                return
            self._setting_new_revenue = True
            try:
                self.new_revenue.setValue(float(amount))
            finally:
                self._setting_new_revenue = False

        self.runner.read(self.tr("Churn what-if"), work, done)

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
                "After %n year(s): <b>%2\u00d7</b> the revenue with %3 monthly churn instead of "
                "%4 (%5 vs %6 per month).",
                "",
                years,
            )
            .replace("%2", number(result.ratio, 2))
            .replace("%3", percent(target.monthly_churn))
            .replace("%4", percent(current.monthly_churn))
            .replace("%5", self._what_if_money(target.yearly[-1]))
            .replace("%6", self._what_if_money(current.yearly[-1]))
        )
        months = list(range(1, len(current.monthly) + 1))
        self.what_if_chart.set_lines(
            months,
            [
                (self._churn_name(current.monthly_churn), current.monthly),
                (self._churn_name(target.monthly_churn), target.monthly),
            ],
            x_label=self.tr("month"),
            y_label=self._revenue_label(),
        )
        self.what_if_shown.emit()

    def _revenue_label(self) -> str:
        reporting = self.reporting.reporting
        if reporting is None:
            return self.tr("recurring revenue / month")
        return self.tr("recurring revenue / month (%1)").replace("%1", reporting.currency)

    def _what_if_money(self, value: float) -> str:
        reporting = self.reporting.reporting
        if reporting is None:
            return f"{value:,.0f}"
        return format_money(round(value), reporting.currency)

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
            return indicator_label(key) if key in INDICATOR_CATALOG else key

        bounds = [f"{name(key)} ≥ {number(value)}" for key, value in model.min_values.items()]
        bounds += [f"{name(key)} ≤ {number(value)}" for key, value in model.max_values.items()]
        self.success_definition.setText(
            self.tr(
                "“%1”: in %2, score at least %3 on each of the last %4 days%5. Today: %6 of %7 "
                "scored accounts."
            )
            .replace("%1", model.title.text())
            .replace("%2", stage_names(model.stages))
            .replace("%3", number(model.min_score))
            .replace("%4", number(model.sustained_days))
            .replace("%5", (", " + ", ".join(bounds)) if bounds else "")
            .replace("%6", number(series.successful[-1] if series.successful else 0))
            .replace("%7", number(series.scored[-1] if series.scored else 0))
        )
        first = model.sustained_days - 1  # earlier days count nobody: history too short
        self.success_chart.set_lines(
            series.dates[first:],
            [(self.tr("successful accounts"), series.successful[first:])],
            y_label=self.tr("accounts"),
            counts=True,
        )

    # -- events ------------------------------------------------------------------------------
    def _on_health_updated(self, _portfolio: object) -> None:
        self._analyse_if_needed()

    def _on_hub_changes_applied(self, changes: Changes) -> None:
        # A renewal may have been recorded; rates or the reporting currency may have changed.
        if changes.portfolio or changes.accounts or changes.money:
            self._update_outcomes()
            self._follow_book_revenue()

    def _on_reporting_updated(self, reporting: Reporting) -> None:
        self._show_currency(reporting.currency)
        self._follow_book_revenue()
        if self.what_if is not None:
            self._show_what_if(self.what_if)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._analyse_if_needed()

"""Health in the app: the account's Health tab, early warnings on save, the Portfolio health tab."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import func, select

from cs_desktop.changes import Changes
from cs_desktop.db import open_store
from cs_desktop.edits import TouchpointDraft
from cs_desktop.health.outcomes import churn_what_if, portfolio_outcomes
from cs_desktop.health.service import compute_portfolio_health
from cs_desktop.models import Satisfaction, Task, TouchpointKind
from ui.account.labels import indicator_label
from ui.health.account_health_panel import AccountHealthPanel
from ui.health.formatting import band_label, percent, signed
from ui.health.portfolio_analysis import LAST_QUARTER, preset_period
from ui.main.main_window import MainWindow
from ui.operations import log_touchpoint
from ui.tasks import ChangeHub, TaskRunner


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory):
    """200 sample accounts: enough churned renewals for the validation to have data."""
    from cs_desktop.demo import generate_portfolio

    store = open_store(Path(tmp_path_factory.mktemp("demo")) / "demo.sqlite3")
    generate_portfolio(store, accounts=200, seed=7)
    yield store
    store.close()


@pytest.fixture
def small_store(tmp_path: Path):
    from cs_desktop.demo import generate_portfolio

    store = open_store(tmp_path / "small.sqlite3")
    generate_portfolio(store, accounts=40, seed=3)
    yield store
    store.close()


@pytest.fixture
def runner(demo_store):
    hub = ChangeHub()
    runner = TaskRunner(demo_store, hub)
    yield runner
    runner.shutdown()


@pytest.fixture
def make_window(qtbot, tmp_path: Path):
    windows: list[MainWindow] = []

    def make(store) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitUntil(lambda: window.health.portfolio is not None, timeout=30_000)
        qtbot.waitUntil(lambda: not window.warnings.is_busy(), timeout=60_000)
        return window

    yield make
    for window in windows:
        window.runner.shutdown()


def _portfolio(store):
    with store.engine.connect() as connection:
        return compute_portfolio_health(connection, datetime.now().date())


def test_panel_shows_score_band_trend_and_missing_inputs(qtbot, demo_store, runner) -> None:
    portfolio = _portfolio(demo_store)
    health = next(h for h in portfolio.accounts if h.missing and h.score is not None)
    panel = AccountHealthPanel(health.account_id, runner, runner.hub)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.shown, timeout=10_000):
        pass
    assert panel.score.text() == f"{health.score:.0f}"
    assert band_label(health.band) in panel.band.text()
    assert signed(health.trend_30d) in panel.trend.text()
    assert signed(health.trend_90d) in panel.trend.text()
    labels = {r.key: indicator_label(r.key) for r in panel.read.detail.readings}
    for key in health.missing:
        assert labels[key] in panel.missing.text()
    # Missing inputs read "missing" in the table, never zero points.
    points = {
        panel.indicators.item(row, 0).text(): panel.indicators.item(row, 2).text()
        for row in range(panel.indicators.rowCount())
    }
    assert all(points[labels[key]] == "missing" for key in health.missing)


def test_why_did_it_move_adds_up_to_the_change_shown(qtbot, demo_store, runner) -> None:
    portfolio = _portfolio(demo_store)
    health = max(
        (h for h in portfolio.accounts if h.trend_90d is not None), key=lambda h: abs(h.trend_90d)
    )
    panel = AccountHealthPanel(health.account_id, runner, runner.hub)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.shown, timeout=10_000):
        pass
    today = panel.read.detail.today
    with qtbot.waitSignal(panel.explained, timeout=10_000):
        panel.from_date.setDate(today - timedelta(days=90))
    explanation = panel.explanation
    assert explanation.from_date == today - timedelta(days=90) and explanation.to_date == today
    assert explanation.change == pytest.approx(health.trend_90d, abs=1e-3)
    assert sum(p.change for p in explanation.contributions) == pytest.approx(
        explanation.change, abs=1e-3
    )
    assert f"{signed(explanation.change)} points" in panel.change.text()
    shown = [
        float(panel.contributions.item(row, 3).text().replace("\u2212", "-").replace("±", ""))
        for row in range(panel.contributions.rowCount())
    ]
    assert sum(shown) == pytest.approx(explanation.change, abs=0.05 * len(shown) + 0.05)
    # The bar chart is built when the panel is on screen, with one bar per indicator.
    panel.show()
    qtbot.waitUntil(lambda: panel._chart is not None)
    assert panel._chart_bars is not None
    assert len(panel._chart_bars[0]) == len(explanation.contributions)


def _playbook_tasks(store, account_id, playbook: str) -> list[str]:
    with store.read() as session:
        return list(
            session.scalars(
                select(Task.title).where(
                    Task.account_id == account_id, Task.source_playbook == playbook
                )
            )
        )


def _pulse(account_id, minutes: int) -> TouchpointDraft:
    return TouchpointDraft(
        account_id=account_id,
        kind=TouchpointKind.CALL,
        occurred_at=datetime.now(UTC) - timedelta(minutes=minutes),
        title="Check-in call",
        product_satisfied=Satisfaction.NO,
        service_satisfied=Satisfaction.NO,
    )


def test_an_edit_that_raises_a_warning_creates_its_tasks_once(
    qtbot, make_window, small_store
) -> None:
    window = make_window(small_store)
    portfolio = window.health.portfolio
    account_id = next(
        h.account_id
        for h in portfolio.accounts
        if h.score is not None
        and "unsatisfied_pulses"
        not in {w.rule_key for w in window.warnings.warnings_for(h.account_id)}
    )
    before = len(_playbook_tasks(small_store, account_id, "unsatisfied_pulses"))
    workspace = window.open_account(account_id)
    qtbot.waitUntil(lambda: workspace.detail is not None, timeout=10_000)

    undo = window.undo_stack
    for minutes in (20, 10):
        log_touchpoint(undo, window.runner, _pulse(account_id, minutes))
    qtbot.waitUntil(
        lambda: len(_playbook_tasks(small_store, account_id, "unsatisfied_pulses")) == before + 2,
        timeout=15_000,
    )
    qtbot.waitUntil(lambda: not window.warnings.is_busy(), timeout=15_000)
    titles = _playbook_tasks(small_store, account_id, "unsatisfied_pulses")
    qtbot.waitUntil(
        lambda: any(
            titles[-1] in workspace.tasks.list.item(i).text()
            for i in range(workspace.tasks.list.count())
        ),
        timeout=10_000,
    )
    assert "unsatisfied_pulses" in {w.rule_key for w in window.warnings.warnings_for(account_id)}
    qtbot.waitUntil(lambda: "⚠" in workspace.side_tabs.tabText(3), timeout=10_000)

    # The next recompute (another edit, same episode) creates nothing new.
    evaluated: list[object] = []
    window.warnings.evaluated.connect(evaluated.append)
    note = TouchpointDraft(
        account_id=account_id,
        kind=TouchpointKind.NOTE,
        occurred_at=datetime.now(UTC),
        title="Internal note",
    )
    log_touchpoint(undo, window.runner, note)
    qtbot.waitUntil(lambda: any(account_id in e for e in evaluated), timeout=15_000)
    assert len(_playbook_tasks(small_store, account_id, "unsatisfied_pulses")) == before + 2


def test_portfolio_health_tab_matches_the_core(qtbot, make_window, demo_store) -> None:
    window = make_window(demo_store)
    view = window.show_portfolio_health()
    assert window.tabs.tabText(2) == "Portfolio health"  # after My day and the portfolio
    window._on_tabs_close_requested(2)  # not closable
    assert window.tabs.widget(2) is view
    qtbot.waitUntil(lambda: view.analysis is not None, timeout=30_000)

    today = datetime.now().date()
    start, end = preset_period(LAST_QUARTER, today)
    with qtbot.waitSignal(view.outcomes_shown, timeout=10_000):
        view.preset.setCurrentIndex(view.preset.findData(LAST_QUARTER))
    assert view.period() == (start, end)
    with demo_store.engine.connect() as connection:
        core = portfolio_outcomes(connection, start, end)
    assert view.outcomes == core
    assert view.logo.value.text() == percent(core.logo_retention)
    assert view.grr.value.text() == percent(core.gross_revenue_retention)
    assert view.nrr.value.text() == percent(core.net_revenue_retention)

    view.current_churn.setValue(5)
    view.target_churn.setValue(2)
    view.years.setValue(3)
    view.new_revenue.setValue(20_000)
    expected = churn_what_if(current_churn=0.05, target_churn=0.02, new_revenue_per_month=20_000)
    qtbot.waitUntil(lambda: view.what_if == expected, timeout=10_000)
    assert f"{expected.ratio:.2f}\u00d7" in view.ratio.text()
    assert 1.4 < expected.ratio < 1.6


def test_validation_table_ranks_predictive_indicators_first(qtbot, make_window, demo_store) -> None:
    from cs_desktop.demo.indicators import INDICATORS

    window = make_window(demo_store)
    view = window.show_portfolio_health()
    qtbot.waitUntil(lambda: view.analysis is not None, timeout=30_000)
    report = view.analysis.validation
    table = view.validation.table
    keys = window.health.portfolio.scorecards.indicator_keys
    assert table.rowCount() == len(keys) == len(report.indicators)
    order = [table.item(row, 0).text() for row in range(table.rowCount())]
    rank = {row.key: order.index(indicator_label(row.key)) for row in report.indicators}
    predictive = [spec.key for spec in INDICATORS if spec.predictive]
    random = [spec.key for spec in INDICATORS if not spec.predictive]
    assert max(rank[key] for key in predictive) < min(rank[key] for key in random)
    for row in range(table.rowCount()):
        assert table.item(row, 2).text()  # an AUC or "not enough data"
    assert f"AUC {report.score.auc:.2f}" in view.validation.summary.text()
    assert "optimistic" in view.validation.summary.text()


def test_health_tab_is_reachable_from_the_view_menu(qtbot, make_window, small_store) -> None:
    window = make_window(small_store)
    actions = [
        action
        for menu in window.menuBar().actions()
        for action in (menu.menu().actions() if menu.menu() else [])
        if action.shortcut().toString() == "Ctrl+3"
    ]
    assert len(actions) == 1
    actions[0].trigger()
    assert window.tabs.currentWidget() is window.portfolio_health
    assert window.portfolio_health.accessibleName()
    with small_store.read() as session:
        assert session.scalar(select(func.count()).select_from(Task)) > 0


def test_an_empty_book_counts_zero_successful_accounts_on_a_plain_axis(
    qtbot, make_window, store
) -> None:
    window = make_window(store)
    view = window.show_portfolio_health()
    qtbot.waitUntil(lambda: view.analysis is not None, timeout=30_000)
    assert not any(view.analysis.success.successful)
    low, high = view.success_chart.item.viewRange()[1]
    assert low == 0
    assert 1 <= high < 2


def test_the_what_if_starts_from_an_average_account_of_the_book(
    qtbot, make_window, small_store
) -> None:
    from cs_desktop.health.outcomes import average_account_mrr
    from cs_desktop.rate_edits import set_reporting_currency

    window = make_window(small_store)
    view = window.show_portfolio_health()
    today = datetime.now().date()
    with small_store.engine.connect() as connection:
        book = average_account_mrr(connection, today)
    assert book is not None
    qtbot.waitUntil(lambda: view.new_revenue.value() == float(book), timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            view.what_if is not None
            and view.what_if.current.monthly[0] == pytest.approx(float(book))
        ),
        timeout=10_000,
    )
    # The user's own figure stays, whatever the book or its currency does next.
    view.new_revenue.setValue(12_345)
    with small_store.write() as session:
        set_reporting_currency(session, "JPY")
    window.hub.changes_applied.emit(Changes(money=True))
    qtbot.waitUntil(lambda: "JPY" in view.currency_note.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10_000)
    assert view.new_revenue.value() == 12_345

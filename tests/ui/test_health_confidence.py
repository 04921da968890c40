"""Honest scores in the window: what a score stands on, low confidence marked, filtered, kept."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QPixmap

from cs_desktop.db import Store, open_store
from cs_desktop.ids import AccountId
from cs_desktop.models import Stage
from tests.support.factories import add_account
from tests.support.health import add_samples
from tests.support.portfolio_rows import TODAY, make_rows
from ui.health.account_health_panel import AccountHealthPanel
from ui.main.main_window import MainWindow
from ui.portfolio.portfolio_model import Column, HealthCell, PortfolioModel
from ui.portfolio.portfolio_view import PortfolioView
from ui.tasks import ChangeHub, TaskRunner


@pytest.fixture
def store(tmp_path: Path):
    """Acme stands on half the service weight; Thin Data on inquiries alone (5%)."""
    store = open_store(tmp_path / "confidence.sqlite3")
    yesterday = date.today() - timedelta(days=1)
    acme = add_account(store, "Acme Robotics", stage=Stage.SERVICE)
    for key in ("login_rate", "feature_adoption", "goal_achievement_rate", "roi", "feedback_rate"):
        add_samples(store, acme, key, (yesterday, 5.0))
    thin = add_account(store, "Thin Data Ltd", stage=Stage.SERVICE)
    add_samples(store, thin, "inquiry_count", (yesterday, 10.0))
    yield store
    store.close()


@pytest.fixture
def runner(store: Store):
    runner = TaskRunner(store, ChangeHub())
    yield runner
    runner.shutdown()


def _panel(qtbot, runner: TaskRunner, account_id: AccountId) -> AccountHealthPanel:
    panel = AccountHealthPanel(account_id, runner, runner.hub)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.shown, timeout=10_000):
        pass
    return panel


def test_health_tab_says_what_the_score_stands_on(qtbot, runner) -> None:
    panel = _panel(qtbot, runner, AccountId(1))

    assert panel.score.text() == "100"
    assert "Green" in panel.band.text()
    assert panel.confidence.text() == "Based on 5 of 11 indicators, 50% of the weight"
    assert panel.score.styleSheet() == ""


def test_health_tab_marks_a_low_confidence_score_and_never_shows_it_green(qtbot, runner) -> None:
    panel = _panel(qtbot, runner, AccountId(2))

    assert panel.score.text() == "100"
    assert "Yellow" in panel.band.text()
    text = panel.confidence.text()
    assert "Based on 1 of 11 indicators, 5% of the weight" in text
    assert "Low confidence: the inputs present carry less than 50% of the weight" in text
    assert "#8a8a8a" in panel.score.styleSheet()


def _cells(count: int) -> dict[AccountId, HealthCell]:
    """Every third account low-confidence, every fifth without a score."""
    cells = {}
    for i in range(count):
        if i % 5 == 4:
            cells[AccountId(i + 1)] = HealthCell(None, None, None)
        elif i % 3 == 0:
            cells[AccountId(i + 1)] = HealthCell(80.0, "yellow", 1.0, True, 2, 11, 0.2)
        else:
            cells[AccountId(i + 1)] = HealthCell(60.0, "yellow", -1.0, False, 9, 11, 0.85)
    return cells


def test_portfolio_filters_on_confidence_beside_the_band(qtbot) -> None:
    model = PortfolioModel(today=lambda: TODAY)
    model.set_rows(make_rows(60))
    model.set_health(_cells(60))
    view = PortfolioView(model)
    qtbot.addWidget(view)
    layout = view.layout().itemAt(0).layout()
    widgets = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert widgets.index(view.confidence) == widgets.index(view.band) + 1

    def shown() -> list[AccountId]:
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        return sorted(model.account_id(row) for row in range(model.rowCount()))

    view.confidence.setCurrentIndex(view.confidence.findText("Low confidence"))
    low = shown()
    assert low == [AccountId(i + 1) for i in range(60) if i % 5 != 4 and i % 3 == 0]
    index = model.index(0, Column.HEALTH)  # whichever row the view shows first: all are low
    assert isinstance(model.data(index, Qt.ItemDataRole.DecorationRole), QPixmap)
    tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "low confidence: 2 of 11 indicators, 20% of the weight" in tooltip

    view.confidence.setCurrentIndex(view.confidence.findText("Enough data"))
    enough = shown()
    assert enough == [AccountId(i + 1) for i in range(60) if i % 5 != 4 and i % 3 != 0]
    assert "9 of 11 indicators, 85% of the weight" in model.data(
        model.index(0, Column.HEALTH), Qt.ItemDataRole.ToolTipRole
    )

    view.confidence.setCurrentIndex(view.confidence.findText("No data"))
    assert len(shown()) == 12
    view.confidence.setCurrentIndex(0)
    assert len(shown()) == 60


def _start(qtbot, store: Store, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.health.portfolio is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not window.warnings.is_busy(), timeout=60_000)
    qtbot.waitUntil(
        lambda: not window.runner.busy() and not window.health.is_packing(), timeout=30_000
    )
    return window


def _unpacked_samples(store: Store) -> tuple[int, int]:
    """(samples above the packs' mark, stale packs)."""
    with store.engine.connect() as connection:
        above = connection.exec_driver_sql(
            "SELECT (SELECT max(id) FROM health_sample) - coalesce((SELECT value FROM "
            "health_score_mark WHERE name = 'health_sample_pack'), 0)"
        ).scalar_one()
        stale = connection.exec_driver_sql(
            "SELECT count(*) FROM health_sample_pack WHERE sample_days IS NULL"
        ).scalar_one()
    return int(above), int(stale)


def test_a_second_start_recomputes_nothing_and_an_edit_only_its_account(
    qtbot, tmp_path: Path
) -> None:
    from cs_desktop.demo import generate_portfolio

    path = tmp_path / "book.sqlite3"
    store = open_store(path)
    generate_portfolio(store, accounts=30, seed=3)
    first = _start(qtbot, store, tmp_path)
    assert first.health.kept is not None
    assert len(first.health.kept.recomputed) == 30
    assert _unpacked_samples(store) == (0, 0)  # packed for the next full recompute
    first.runner.shutdown()
    first.close()

    second = _start(qtbot, store, tmp_path)
    kept = second.health.kept
    assert kept is not None
    assert kept.recomputed == frozenset()
    assert kept.extended == frozenset()
    assert len(kept.warnings) == 30  # every early-warning check of today kept
    assert second.warnings.active == {a: w for a, w in kept.warnings.items() if w}
    second.runner.shutdown()
    second.close()

    add_samples(store, AccountId(7), "login_rate", (date.today(), 0.5))
    assert _unpacked_samples(store) == (1, 0)
    third = _start(qtbot, store, tmp_path)
    assert third.health.kept is not None
    assert third.health.kept.recomputed == frozenset({AccountId(7)})
    assert _unpacked_samples(store) == (0, 0)
    third.runner.shutdown()
    store.close()

"""Record a measurement in the Health tab: create, refused input keeps its text, undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import text

from cs_desktop.db import Store, open_store
from cs_desktop.ids import AccountId
from tests.support.factories import add_account
from ui.health.account_health_panel import AccountHealthPanel
from ui.tasks import ChangeHub, TaskRunner

TODAY = date(2024, 6, 30)


@pytest.fixture
def setup(tmp_path: Path):
    store = open_store(tmp_path / "store.sqlite3")
    account_id = add_account(store, "Acme", stage="service")
    runner = TaskRunner(store, ChangeHub())
    yield store, account_id, runner
    runner.shutdown()
    store.close()


def _samples(store: Store) -> list[tuple[str, str, float]]:
    with store.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT indicator_key, sample_date, value FROM health_sample ORDER BY id")
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_record_a_measurement_then_undo(qtbot, setup) -> None:
    store, account_id, runner = setup
    stack = QUndoStack()
    panel = AccountHealthPanel(
        AccountId(account_id), runner, runner.hub, today=lambda: TODAY, undo_stack=stack
    )
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.read is not None, timeout=10_000)
    form = panel.measurement_form
    assert form is not None
    form.indicator.setCurrentIndex(form.indicator.findData("roi"))

    # Refused: the message names the field, and the typed text stays.
    form.value.setText("lots")
    with qtbot.waitSignal(form.refused, timeout=2000) as refused:
        form.save.click()
    assert refused.args[0].startswith("Value:") and "'lots' is not a number" in refused.args[0]
    assert form.value.text() == "lots"
    assert form.message.isVisible() or not panel.isVisible()
    assert _samples(store) == []

    form.value.setText("180%")
    with qtbot.waitSignal(panel.shown, timeout=10_000):  # the score refreshes
        form.save.click()
    assert _samples(store) == [("roi", TODAY.isoformat(), 1.8)]
    assert form.value.text() == ""
    assert any(r.key == "roi" and r.value == pytest.approx(1.8) for r in panel.read.detail.readings)

    with qtbot.waitSignal(panel.shown, timeout=10_000):
        stack.undo()
    assert _samples(store) == []
    with qtbot.waitSignal(panel.shown, timeout=10_000):
        stack.redo()
    assert _samples(store) == [("roi", TODAY.isoformat(), 1.8)]


def test_a_future_day_is_refused_next_to_the_date(qtbot, setup) -> None:
    _store, account_id, runner = setup
    panel = AccountHealthPanel(
        AccountId(account_id), runner, runner.hub, today=lambda: TODAY, undo_stack=QUndoStack()
    )
    qtbot.addWidget(panel)
    form = panel.measurement_form
    assert form is not None
    form.day.setDate(form.day.date().addDays(3))
    form.value.setText("0.4")
    with qtbot.waitSignal(form.refused, timeout=2000) as refused:
        form.submit()
    assert refused.args[0] == "Measured on: Jul 3, 2024 is in the future"
    assert form.value.text() == "0.4"

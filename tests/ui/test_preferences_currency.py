"""Preferences holds the reporting currency beside the language: the store's own setting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cs_desktop.db import Store
from cs_desktop.rates import chosen_reporting_currency
from tests.support.factories import add_account
from ui.main.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path, store: Store) -> Iterator[MainWindow]:
    add_account(store, "Tokyo Mitsuba", currency="JPY")
    add_account(store, "Acme", currency="USD")
    add_account(store, "Osaka Denki", currency="JPY")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(store, settings)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.portfolio_loaded, timeout=10_000):
        shown.show()
    yield shown
    shown.runner.shutdown()


def chosen(store: Store) -> str | None:
    with store.engine.connect() as connection:
        return chosen_reporting_currency(connection)


def test_the_reporting_currency_is_chosen_in_preferences(qtbot, window: MainWindow) -> None:
    dialog = window.show_preferences()
    from ui.money.reporting_currency import ReportingCurrencyField

    field = dialog.findChild(ReportingCurrencyField)
    assert field is not None
    qtbot.waitUntil(lambda: field.reporting is not None)
    # Until one is chosen, the book's most common currency.
    assert field.value() is None
    assert "JPY" in field.combo.itemText(0)
    field.set_value("USD")
    dialog.accept()
    qtbot.waitUntil(lambda: chosen(window.store) == "USD", timeout=10_000)
    # The portfolio's total follows: in dollars now, and the yen has no rate to them.
    qtbot.waitUntil(lambda: "no JPY->USD rate" in window.portfolio.total.text(), timeout=10_000)


def test_ok_without_a_change_writes_nothing(qtbot, window: MainWindow) -> None:
    from ui.money.reporting_currency import ReportingCurrencyField

    dialog = window.show_preferences()
    field = dialog.findChild(ReportingCurrencyField)
    assert field is not None
    qtbot.waitUntil(lambda: field.reporting is not None)
    undo_steps = window.undo_stack.count()
    dialog.accept()
    qtbot.wait(200)
    assert chosen(window.store) is None
    assert window.undo_stack.count() == undo_steps

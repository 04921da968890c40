"""The application window opens on a store and shows it, without blocking on the read."""

from __future__ import annotations

from ui.app import MainWindow
from tests.core.factories import add_account


def test_window_shows_the_portfolio(qtbot, store) -> None:
    add_account(store, "Acme")
    add_account(store, "東京テック株式会社")
    window = MainWindow(store)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.accounts.count() == 2)
    assert "2 accounts" in window.summary.text()
    assert [window.accounts.item(i).text() for i in range(2)] == ["Acme", "東京テック株式会社"]


def test_empty_store_says_how_to_fill_it(qtbot, store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "empty" in window.summary.text())

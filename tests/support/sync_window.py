"""The app on a store synced with the CRM sandbox: a window, an account, a sync, the settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from cs_desktop.db import Store
from cs_desktop.models import Account, Stage, Stakeholder, Touchpoint, TouchpointKind
from cs_desktop.sync.online import SyncReport
from ui.main.main_window import MainWindow
from ui.sync import settings_dialog
from ui.sync.conflict_dialog import ConflictQueueDialog

SECRET = "pat-sandbox-local-0000"


@pytest.fixture
def make_window(qtbot: Any, tmp_path: Path) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(store: Store, name: str = "app") -> MainWindow:
        settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        windows.append(window)
        with qtbot.waitSignal(window.portfolio_loaded, timeout=10_000):
            window.show()
        qtbot.waitUntil(lambda: window.sync.overview is not None, timeout=10_000)
        return window

    yield make
    for window in windows:
        window.sync.shutdown()
        window.runner.shutdown()


def add_acme(store: Store) -> int:
    with store.write() as session:
        account = Account(name="Acme", domain="acme.test", stage=Stage.SALES)
        person = Stakeholder(account=account, name="Ann Lee", email="ann@acme.test")
        session.add_all([account, person])
        session.flush()
        session.add(
            Touchpoint(
                account_id=account.id,
                kind=TouchpointKind.NOTE,
                occurred_at=datetime(2026, 1, 5, 9, tzinfo=UTC),
                title="Kick-off",
                notes="They want a rollout plan.",
                attendees=[person],
            )
        )
        return account.id


def sync_in(qtbot: Any, window: MainWindow) -> SyncReport:
    """Sync now from the menu, and wait for the status bar to show the new counts."""
    with qtbot.waitSignal(window.sync.sync_finished, timeout=60_000) as finished:
        window.sync_now_action.trigger()
    with qtbot.waitSignal(window.sync.state_changed, timeout=10_000):
        pass
    report: SyncReport = finished.args[0]
    return report


def open_queue(qtbot: Any, window: MainWindow) -> ConflictQueueDialog:
    dialog: ConflictQueueDialog = window.show_conflicts()
    qtbot.waitUntil(lambda: dialog.status.text() != "", timeout=10_000)  # the list was read
    return dialog


def resolve_with(qtbot: Any, dialog: ConflictQueueDialog, click: Callable[[], None]) -> None:
    """Settle the selected conflict by ``click``; returns once the queue is read again."""
    with (
        qtbot.waitSignal(dialog.resolved, timeout=10_000),
        qtbot.waitSignal(dialog.conflicts_shown, timeout=10_000),
    ):
        click()


def open_settings(qtbot: Any, window: MainWindow) -> settings_dialog.CrmSettingsDialog:
    dialog: settings_dialog.CrmSettingsDialog = window.show_crm_settings()
    qtbot.waitUntil(lambda: dialog.overview is not None, timeout=10_000)
    return dialog


def press(qtbot: Any, dialog: Any, button: Any) -> None:
    with qtbot.waitSignal(dialog.finished_work, timeout=30_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

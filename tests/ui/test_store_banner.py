"""The window on a damaged or read-only store: a banner says so, writes are refused, and a
backup can be restored from it; daily backups run off the GUI thread."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

import ui.app
from cs_desktop import backups
from cs_desktop.db import Store, open_store
from cs_desktop.restore import Restored
from cs_desktop.store_errors import StoreDamagedError
from tests.support.store_faults import (
    cs_desktop,
    overwrite_middle_page,
    quick_check,
    read_only_folder,
    row_counts,
    sample_store,
    truncate,
)
from ui.main.main_window import MainWindow
from ui.main.restore_dialog import RestoreDialog


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_store(tmp_path_factory.mktemp("sample") / "sample.sqlite3")


@pytest.fixture
def saved(sample: Path, tmp_path: Path) -> Path:
    """A store with today's daily backup taken while it was sound."""
    path = tmp_path / "store.sqlite3"
    shutil.copy(sample, path)
    store = open_store(path)
    backups.daily_backup(store.engine, path)
    store.close()
    return path


@pytest.fixture
def make_window(qtbot, tmp_path: Path) -> Iterator:
    windows: list[MainWindow] = []

    def make(store: Store) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.runner.shutdown()
        window.store.close()


def test_a_truncated_store_opens_under_a_banner_and_a_backup_is_restored_from_it(
    qtbot, make_window, saved: Path, sample: Path
) -> None:
    truncate(saved)
    window = make_window(open_store(saved, damaged_ok=True))
    banner = window.keeper.banner
    qtbot.waitUntil(lambda: banner.isVisibleTo(window) and banner.latest is not None)
    assert "cut short" in banner.text.text()
    assert not window.import_accounts_action.isEnabled()
    refused: list[Exception] = []
    window.runner.write("Edit", lambda session: None, on_error=refused.append)
    qtbot.waitUntil(lambda: bool(refused), timeout=10_000)
    assert isinstance(refused[0], StoreDamagedError)

    qtbot.mouseClick(banner.latest_button, Qt.MouseButton.LeftButton)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
    restore = next(b for b in box.findChildren(QPushButton) if b.text() == "Restore")
    with qtbot.waitSignal(window.keeper.restored, timeout=30_000) as restored:
        restore.click()
    qtbot.waitUntil(banner.isHidden)
    assert window.import_accounts_action.isEnabled()
    assert quick_check(saved) == ["ok"]
    assert row_counts(saved) == row_counts(sample)
    result: Restored = restored.args[0]
    assert result.replaced is not None and result.replaced.parent.name == "backups"
    qtbot.waitUntil(lambda: window.model.total_count() == row_counts(sample)["account"])


def test_damage_found_by_the_daily_check_shows_the_banner(qtbot, make_window, saved: Path) -> None:
    overwrite_middle_page(saved)
    window = make_window(open_store(saved))  # nothing opening reads is damaged
    assert window.keeper.banner.isHidden()
    with qtbot.waitSignal(window.keeper.daily_backup_done, timeout=30_000):
        window.keeper.run_daily_backup()
    qtbot.waitUntil(lambda: window.keeper.banner.isVisibleTo(window))
    assert window.store.condition.damage is not None
    assert len(backups.list_backups(saved)) == 1, "no damaged copy among the daily backups"


def test_a_read_only_store_says_why_and_still_shows_the_portfolio(
    qtbot, make_window, sample: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    shutil.copy(sample, folder / "store.sqlite3")
    with read_only_folder(folder):
        window = make_window(open_store(folder / "store.sqlite3"))
        with qtbot.waitSignal(window.portfolio_loaded, timeout=10_000):
            window.show()
        banner = window.keeper.banner
        assert banner.isVisible() and "read-only" in banner.title.text()
        assert str(folder) in banner.text.text()
        assert window.model.total_count() == row_counts(folder / "store.sqlite3")["account"]
        assert not window.import_accounts_action.isEnabled()
        window.runner.shutdown()
        window.store.close()


def test_the_daily_backup_runs_off_the_gui_thread_once_a_day(
    qtbot, make_window, sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.sqlite3"
    shutil.copy(sample, path)
    threads: list[threading.Thread] = []
    real = backups.daily_backup

    def watched(*args: object, **kwargs: object) -> Path | None:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "daily_backup", watched)
    window = make_window(open_store(path))
    with qtbot.waitSignal(window.keeper.daily_backup_done, timeout=30_000) as first:
        window.keeper.run_daily_backup()
    with qtbot.waitSignal(window.keeper.daily_backup_done, timeout=30_000) as second:
        window.keeper.run_daily_backup()
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert first.args[0] is not None and first.args[0].exists()
    assert second.args[0] is None, "one a day"


def test_restore_from_the_file_menu_lists_the_automatic_backups(
    qtbot, make_window, saved: Path, sample: Path
) -> None:
    overwrite_middle_page(saved)
    window = make_window(open_store(saved, damaged_ok=True))
    window.keeper.show_restore_dialog()
    qtbot.waitUntil(lambda: window.findChild(RestoreDialog) is not None, timeout=10_000)
    dialog = window.findChild(RestoreDialog)
    assert dialog.list.count() == 1 and "daily backup" in dialog.list.item(0).text()
    with qtbot.waitSignal(window.keeper.restored, timeout=30_000):
        dialog.restore_button.click()
    assert row_counts(saved) == row_counts(sample)


def test_the_app_starts_on_a_truncated_store(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    truncate(saved)
    shown: list[MainWindow] = []

    def run_briefly(app: QApplication) -> int:
        windows = (w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        shown.extend(w for w in windows if w.store.path == saved)  # not earlier tests' ones
        for window in shown:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_briefly)
    assert ui.app.run_app(saved, []) == 0
    assert shown and shown[0].store.condition.damage is not None


def test_export_plan_works_on_a_read_only_store(sample: Path, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    shutil.copy(sample, folder / "store.sqlite3")
    out = tmp_path / "plan.pdf"
    with read_only_folder(folder):
        result = cs_desktop(
            "--db", str(folder / "store.sqlite3"), "export-plan", "1", "--out", str(out)
        )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0

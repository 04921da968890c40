"""Exporting plans from the app: the workspace's button and menu entry, and the batch export."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings

from tests.support.factories import add_account
from tests.support.plan import add_plan_account
from ui.main.main_window import MainWindow
from ui.plan.export import ExportOptions, PlanExportDialog
from ui.portfolio.portfolio_model import PortfolioFilter


@pytest.fixture
def window(qtbot, store, tmp_path: Path):
    add_plan_account(store)
    add_account(store, "Osaka Foods")
    add_account(store, "Osaka Steel")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = MainWindow(store, settings)
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.portfolio_loaded, timeout=10_000):
        made.show()
    yield made
    made.runner.shutdown()


def test_workspace_exports_its_plan_off_the_gui_thread(qtbot, window, tmp_path: Path) -> None:
    account = window.model.account_id(0)
    workspace = window.open_account(account)
    qtbot.waitUntil(lambda: workspace.detail is not None, timeout=10_000)
    assert workspace.export_button.text() == "Export account plan…"
    target = tmp_path / "plan.pdf"
    job = workspace.export_plan(path=target, options=ExportOptions("ja", "A4"))
    qtbot.waitUntil(job.done, timeout=20_000)
    assert job.result() == target
    qtbot.waitUntil(lambda: "Plan written to" in window.statusBar().currentMessage())
    text = "".join(PdfReader(target).pages[0].extract_text().split())
    assert "".join(workspace.detail.header.name.split()) in text


def test_account_menu_has_the_export_entry(window) -> None:
    texts = [
        action.text()
        for menu_action in window.menuBar().actions()
        for action in (menu_action.menu().actions() if menu_action.menu() else [])
    ]
    assert "&Export account plan…" in texts
    assert "Export &plans of the filtered portfolio…" in texts


def test_batch_export_follows_the_portfolio_filter(qtbot, window, tmp_path: Path) -> None:
    window.model.set_filter(PortfolioFilter(text="osaka"))
    assert window.model.matching_count() == 2
    job = window.export_plans(folder=tmp_path, options=ExportOptions("en", "Letter"))
    qtbot.waitUntil(job.done, timeout=30_000)
    result = job.result()
    assert sorted(path.name.split("-plan-")[0] for path in result.written) == [
        "Osaka Foods",
        "Osaka Steel",
    ]
    qtbot.waitUntil(lambda: "2 of 2 plans written" in window.statusBar().currentMessage())


def test_options_dialog_remembers_the_choice(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = PlanExportDialog(settings)
    qtbot.addWidget(dialog)
    dialog.lang.setCurrentIndex(dialog.lang.findData("zh-Hant"))
    dialog.page_size.setCurrentIndex(1)
    dialog.accept()
    again = PlanExportDialog(settings)
    qtbot.addWidget(again)
    assert again.options() == ExportOptions("zh-Hant", "Letter")

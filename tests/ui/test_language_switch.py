"""Choosing another language in Preferences: the open window changes language, nothing is lost."""
# Japanese uses full-width punctuation, which is not a mistake.
# ruff: noqa: RUF001

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu

from cs_desktop.db import Store, open_store
from tests.support.language import english_left, enum_labels, messages, plain
from ui.main.main_window import MainWindow
from ui.portfolio.portfolio_model import Column
from ui.translation import (
    CATALOG,
    LANGUAGE_SETTING,
    TRANSLATIONS_DIR,
    current_language,
    startup_language,
)

JAPANESE = messages(TRANSLATIONS_DIR / f"{CATALOG}_ja.ts")
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    from cs_desktop.demo import generate_portfolio

    store = open_store(tmp_path_factory.mktemp("book") / "book.sqlite3")
    generate_portfolio(store, accounts=40, seed=5)
    yield store
    store.close()


@pytest.fixture
def window(qtbot, tmp_path: Path, book: Store) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(book, settings)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.portfolio_loaded, timeout=10_000):
        shown.show()
    yield shown
    shown.runner.shutdown()


def choose_language(window: MainWindow, language: str, qtbot) -> None:
    """Edit > Preferences…, pick the language, OK; then let Qt deliver LanguageChange."""
    dialog = window.show_preferences()
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    QApplication.processEvents()
    QApplication.sendPostedEvents()


def menu_titles(window: MainWindow) -> list[str]:
    return [plain(action.text()) for action in window.menuBar().actions()]


def wait_for(qtbot, condition: Callable[[], bool]) -> None:
    qtbot.waitUntil(condition, timeout=20_000)


def test_switching_to_japanese_keeps_the_open_work(qtbot, window: MainWindow) -> None:
    core_words = enum_labels()  # the core's catalog translates these (cs_desktop.i18n)
    # Open work: a typed filter, an account open on its Stakeholders tab, the health tab, search.
    account_id = window.model.account_id(0)
    name = window.model.portfolio_row(account_id).name
    typed = name[:3]
    qtbot.keyClicks(window.portfolio.search, typed)
    ids = window.model.visible_account_ids()
    rows = [window.model.portfolio_row(i) for i in ids]
    matching = sum(typed.casefold() in f"{r.name}\0{r.owner or ''}".casefold() for r in rows if r)
    wait_for(qtbot, lambda: window.model.matching_count() == matching)
    workspace = window.open_account(account_id)
    wait_for(qtbot, lambda: workspace.detail is not None)
    workspace.side_tabs.setCurrentWidget(workspace.stakeholders)
    health = window.show_portfolio_health()
    window.tabs.setCurrentWidget(workspace)
    search = window.show_search()
    search.query.setText("onboarding")
    settings, conflicts = window.show_crm_settings(), window.show_conflicts()
    qtbot.waitUntil(lambda: settings.overview is not None, timeout=10_000)
    tabs = window.tabs.count()

    choose_language(window, "ja", qtbot)

    assert current_language() == "ja"
    assert menu_titles(window)[:3] == ["ファイル", "編集", "表示"]
    assert window.tabs.tabText(0) == "今日の予定"
    assert window.tabs.tabText(window.tabs.indexOf(window.portfolio_stack)) == "ポートフォリオ"
    assert window.tabs.tabText(window.tabs.indexOf(health)) == "ポートフォリオのヘルス"
    side = [plain(workspace.side_tabs.tabText(i)) for i in range(workspace.side_tabs.count())]
    assert side[0] == "サクセスプラン" and side[1].startswith("関係者（") and side[3] == "ヘルス"
    tier = window.model.headerData(Column.TIER, Qt.Orientation.Horizontal, DISPLAY)
    assert tier == "ティア"
    # Nothing lost: the same account on the same tab, the filter typed, the search text.
    assert window.tabs.count() == tabs and window.current_workspace() is workspace
    assert workspace.account_id == account_id
    assert workspace.side_tabs.currentWidget() is workspace.stakeholders
    assert window.portfolio.search.text() == typed
    assert window.model.matching_count() == matching
    assert search.isVisible() and search.query.text() == "onboarding"
    assert window.settings.value(LANGUAGE_SETTING) == "ja"
    assert startup_language(window.settings, {}) == "ja"  # the next start too
    # And no word the catalog translates is left in English anywhere on screen (a job started
    # before the switch keeps its name until it ends).
    wait_for(qtbot, lambda: health.analysis is not None and window.task_progress.isHidden())
    left = [
        shown
        for root in (window, search, settings, conflicts)
        for shown in english_left(root, JAPANESE)
        if shown[1] not in core_words
    ]
    assert not left, "\n".join(map(str, left))


def test_the_system_default_follows_the_system_again(qtbot, window: MainWindow) -> None:
    choose_language(window, "zh-Hant", qtbot)
    assert current_language() == "zh-Hant"
    choose_language(window, "", qtbot)  # "System default"
    assert window.settings.value(LANGUAGE_SETTING) == ""
    assert startup_language(window.settings, {"LANG": "ja_JP.UTF-8"}) == "ja"
    assert startup_language(window.settings, {"LANG": "C"}) == "en"


def test_the_environment_variable_overrides_preferences(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_SETTING, "ja")
    assert startup_language(settings, {"CS_DESKTOP_LANGUAGE": "pseudo"}) == "pseudo"
    assert startup_language(settings, {"CS_DESKTOP_LANGUAGE": "xx", "LANG": "C"}) == "ja"
    settings.setValue(LANGUAGE_SETTING, "")
    assert startup_language(settings, {"LANG": "zh_TW.UTF-8"}) == "zh-Hant"


def test_menus_read_every_language_after_switching(qtbot, window: MainWindow) -> None:
    for language, file_menu in (("zh-Hans", None), ("ja", "ファイル"), ("en", "File")):
        choose_language(window, language, qtbot)
        titles = menu_titles(window)
        if file_menu is not None:
            assert titles[0] == file_menu
        # every action of every menu has words (none left empty by a binding)
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            assert isinstance(menu, QMenu)
            assert all(a.text() or a.isSeparator() for a in menu.actions())

"""The app as a CSM uses it: open the portfolio, filter, open accounts, edit, undo, search."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select, update

from cs_desktop.changes import Changes
from cs_desktop.edits import TouchpointDraft
from cs_desktop.ids import AccountId
from cs_desktop.models import Account, Stage, StageChange, Touchpoint, TouchpointKind
from tests.support.factories import add_account, add_touchpoint
from ui.main.main_window import MainWindow
from ui.operations import log_touchpoint, move_stage
from ui.portfolio.portfolio_model import Column


@pytest.fixture
def make_window(qtbot, tmp_path: Path):
    windows: list[MainWindow] = []

    def make(store) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        windows.append(window)
        with qtbot.waitSignals([window.portfolio_loaded, window.my_day.loaded], timeout=10_000):
            window.show()
        return window

    yield make
    for window in windows:
        window.runner.shutdown()


def count(store, model) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_empty_store_offers_sample_and_import(make_window, store) -> None:
    window = make_window(store)
    assert window.portfolio_stack.currentWidget() is window.welcome
    assert window.sample_action.isEnabled()


def test_sample_portfolio_from_the_welcome_page(qtbot, make_window, store) -> None:
    window = make_window(store)
    with qtbot.waitSignal(window.portfolio_loaded, timeout=60_000):
        qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.model.total_count() == 200
    assert window.portfolio_stack.currentWidget() is window.portfolio
    progress = window.task_progress  # hidden, or showing the checks that follow the sample
    assert progress.isHidden() or progress.label.text() != "Creating a sample portfolio"


@pytest.fixture
def portfolio_store(store):
    acme = add_account(store, "Acme", stage=Stage.DELIVERY, owner="Ana")
    add_account(store, "東京テック株式会社", stage=Stage.SERVICE, owner="Ken")
    add_account(store, "上海云帆科技有限公司", stage=Stage.VALUE, owner="Mei")
    add_touchpoint(store, acme, "Kickoff", "Onboarding plan agreed")
    return store


def test_filter_sort_and_open_an_account(qtbot, make_window, portfolio_store) -> None:
    window = make_window(portfolio_store)
    assert window.model.rowCount() == 3
    window.portfolio.table.sortByColumn(Column.STAGE, Qt.SortOrder.DescendingOrder)
    assert window.model.data(window.model.index(0, Column.NAME)) == "上海云帆科技有限公司"
    window.portfolio.search.setText("東京")  # keyClicks only types ASCII
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.portfolio.table.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(window.portfolio.table, Qt.Key.Key_Return)
    workspace = window.current_workspace()
    assert workspace is not None
    qtbot.waitUntil(
        lambda: "東京テック株式会社" in window.tabs.tabText(window.tabs.indexOf(workspace))
    )
    # Opening it again focuses the same tab.
    assert window.open_account(workspace.account_id) is workspace
    assert window.tabs.count() == 3  # My day, the portfolio and the account


def test_edits_update_the_portfolio_and_undo_reverts_them(qtbot, make_window, portfolio_store):
    window = make_window(portfolio_store)
    acme = AccountId(1)
    draft = TouchpointDraft(
        account_id=acme,
        kind=TouchpointKind.ONSITE_VISIT,
        occurred_at=datetime.now(UTC),
        title="Onsite visit",
        next_steps="Send the rollout plan",
    )
    with qtbot.waitSignal(window.hub.changes_applied):
        log_touchpoint(window.undo_stack, window.runner, draft)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)
    with qtbot.waitSignal(window.hub.changes_applied):
        move_stage(window.undo_stack, window.runner, acme, Stage.SERVICE, "Live in production")
    qtbot.waitUntil(lambda: window.undo_stack.count() == 2)
    row = window.model.row_of(acme)
    qtbot.waitUntil(lambda: window.model.data(window.model.index(row, Column.STAGE)) == "Service")
    assert window.model.data(window.model.index(row, Column.OPEN_TASKS)) == "1"
    assert window.model.data(window.model.index(row, Column.LAST_TOUCHPOINT)) == "today"

    undo = window.undo_action
    assert undo.text().endswith("Move to Service") and undo.shortcut().toString() == "Ctrl+Z"
    with qtbot.waitSignal(window.hub.changes_applied):
        undo.trigger()
    with qtbot.waitSignal(window.hub.changes_applied):
        undo.trigger()
    qtbot.waitUntil(lambda: window.model.data(window.model.index(row, Column.STAGE)) == "Delivery")
    assert count(portfolio_store, Touchpoint) == 1  # only the original kickoff remains
    assert count(portfolio_store, StageChange) == 0
    with portfolio_store.read() as session:
        assert session.get(Account, acme).stage == Stage.DELIVERY
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: count(portfolio_store, Touchpoint) == 2)


def test_search_jumps_to_the_touchpoint(qtbot, make_window, portfolio_store) -> None:
    window = make_window(portfolio_store)
    dialog = window.show_search()
    with qtbot.waitSignal(dialog.results_shown, timeout=10_000):
        qtbot.keyClicks(dialog.query, "onboarding")
    assert dialog.results.count() == 1
    assert "<b>Onboarding</b>" in dialog.results.itemWidget(dialog.results.item(0)).text()
    with qtbot.waitSignal(dialog.touchpoint_chosen) as chosen:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert chosen.args[0] == AccountId(1)
    workspace = window.current_workspace()
    assert workspace is not None and workspace.account_id == AccountId(1)


def test_search_escapes_user_text(qtbot, make_window, store) -> None:
    account = add_account(store, "Injection Inc")
    add_touchpoint(store, account, "<script>alert(1)</script>", "<b>not bold</b> marker")
    window = make_window(store)
    dialog = window.show_search()
    with qtbot.waitSignal(dialog.results_shown, timeout=10_000):
        dialog.search_for("marker")
    text = dialog.results.itemWidget(dialog.results.item(0)).text()
    assert "&lt;script&gt;" in text and "&lt;b&gt;not bold&lt;/b&gt;" in text


def test_a_search_text_over_the_limit_says_so_without_searching(
    qtbot, make_window, portfolio_store
) -> None:
    window = make_window(portfolio_store)
    dialog = window.show_search()
    dialog.search_for("a" * 100_000)  # a paste too long for SQLite (QLineEdit keeps 32,767)
    length = dialog.locale().toString(32_767)
    assert dialog.status.text() == (
        f"The search text is too long ({length} characters): search for at most 500."
    )
    assert not window.runner.busy() and dialog.results.count() == 0
    dialog.search_for(" ".join(f"w{number:02d}" for number in range(40)))
    assert dialog.status.text() == (
        "The search text has too many words: search for at most 32 different words."
    )
    with qtbot.waitSignal(dialog.results_shown, timeout=10_000):
        dialog.search_for("onboarding")
    assert dialog.results.count() == 1


def test_bad_import_reports_and_writes_nothing(qtbot, make_window, portfolio_store, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,renewal_date\nGood Co,2026-01-31\nBad Co,2026-02-30\n", encoding="utf-8")
    window = make_window(portfolio_store)
    window.import_file("accounts", bad)
    qtbot.waitUntil(lambda: not window.task_progress.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "Nothing was written" in box.text()
    assert "row 3" in box.detailedText()
    assert count(portfolio_store, Account) == 3


def test_good_import_adds_rows(qtbot, make_window, portfolio_store, tmp_path) -> None:
    good = tmp_path / "good.csv"
    good.write_text("name,renewal_date\nNew Co,2026-01-31\n", encoding="utf-8")
    window = make_window(portfolio_store)
    with qtbot.waitSignal(window.portfolio_loaded, timeout=10_000):
        window.import_file("accounts", good)
    assert window.model.total_count() == 4


def test_health_column_is_computed_and_follows_edits(qtbot, make_window, store) -> None:
    from datetime import date, timedelta

    from cs_desktop.models import HealthSample

    account = add_account(store, "Scored Co", stage=Stage.SERVICE)
    add_account(store, "Unscored Co")
    today = date.today()
    with store.write() as session:
        for week in range(30):
            for key in ("login_rate", "feature_adoption", "question_response_rate"):
                session.add(
                    HealthSample(
                        account_id=account,
                        indicator_key=key,
                        sample_date=today - timedelta(weeks=week),
                        value=0.9,
                    )
                )
    window = make_window(store)
    row = window.model.row_of(account)
    qtbot.waitUntil(lambda: window.health.portfolio is not None, timeout=20_000)
    scored = window.model.data(window.model.index(row, Column.HEALTH))
    assert scored[0].isdigit(), scored
    other = window.model.row_of(AccountId(2))
    assert window.model.data(window.model.index(other, Column.HEALTH)) == "no data"
    before = window.health.portfolio.account(account).score
    with qtbot.waitSignal(window.health.updated, timeout=10_000):
        with store.write() as session:
            session.execute(
                update(HealthSample)
                .where(
                    HealthSample.indicator_key == "login_rate", HealthSample.sample_date == today
                )
                .values(value=0.05)
            )
        window.hub.changes_applied.emit(Changes(accounts=frozenset({account}), health=True))
    assert window.health.portfolio.account(account).score < before


def test_open_account_shows_its_health_score_line(qtbot, make_window, store) -> None:
    from cs_desktop.demo import generate_portfolio

    generate_portfolio(store, accounts=8, seed=3)
    window = make_window(store)
    qtbot.waitUntil(lambda: window.health.portfolio is not None, timeout=30_000)
    account = window.model.account_id(0)
    workspace = window.open_account(account)
    qtbot.waitUntil(lambda: workspace.detail is not None, timeout=10_000)
    data = workspace.chart.chart_data
    assert data.scores is not None
    expected = window.health.portfolio.trajectory(account)
    assert len(data.scores) == len(expected)
    assert data.scores[-1] == expected[-1]


def test_window_header_and_splitter_state_persist(qtbot, store, tmp_path) -> None:
    from PySide6.QtWidgets import QSplitter

    account = add_account(store, "Acme")
    settings = QSettings(str(tmp_path / "persist.ini"), QSettings.Format.IniFormat)
    first = MainWindow(store, settings)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.portfolio_loaded):
        first.show()
    first.resize(first.minimumSizeHint().width() + 37, first.minimumSizeHint().height() + 23)
    first.portfolio.table.horizontalHeader().resizeSection(Column.ARR, 222)
    workspace = first.open_account(account)
    qtbot.waitUntil(lambda: workspace.detail is not None)
    splitter = workspace.findChildren(QSplitter)[0]
    default_sizes = splitter.sizes()
    splitter.setSizes([default_sizes[0] // 2, sum(default_sizes) - default_sizes[0] // 2])
    sizes = splitter.sizes()  # as the splitter's minimum sizes allow
    saved_size = (first.width(), first.height())
    first.close()

    second = MainWindow(store, settings)
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.portfolio_loaded):
        second.show()
    # The offscreen screen is 800 px wide and restoreGeometry fits windows to the screen, so
    # compare what was saved rather than the restored width.
    assert not settings.value("window/geometry").isEmpty()
    assert second.height() == saved_size[1]
    assert second.portfolio.table.horizontalHeader().sectionSize(Column.ARR) == 222
    second.resize(*saved_size)  # the same room for the splitter as when it was saved
    reopened = second.open_account(account)
    qtbot.waitUntil(lambda: reopened.detail is not None)
    # The pane the user sized comes back at that size; the other takes the rest of the room.
    restored = reopened.findChildren(QSplitter)[0].sizes()
    assert sizes != default_sizes
    assert restored[0] == sizes[0]
    second.close()


def test_next_account_opens_in_a_workspace_built_ahead(qtbot, make_window, portfolio_store):
    window = make_window(portfolio_store)
    first = window.open_account(AccountId(1))
    qtbot.waitUntil(lambda: window._spare is not None, timeout=10_000)
    spare = window._spare
    second = window.open_account(AccountId(2))
    assert second is spare and second.account_id == AccountId(2)
    qtbot.waitUntil(lambda: second.detail is not None, timeout=10_000)
    assert second.detail.header.name == "東京テック株式会社"
    assert first.detail.header.name == "Acme"
    qtbot.waitUntil(lambda: window._spare not in (None, spare), timeout=10_000)
    assert window._spare.account_id is None  # a fresh spare, shown nowhere


def test_cancelling_an_import_writes_nothing(qtbot, make_window, portfolio_store, tmp_path):
    rows = "".join(f"Cancelled Co {i},2027-01-31\n" for i in range(2000))
    path = tmp_path / "many.csv"
    path.write_text("name,renewal_date\n" + rows, encoding="utf-8")
    window = make_window(portfolio_store)
    window.import_file("accounts", path)
    progress = window.task_progress
    qtbot.waitUntil(lambda: progress.label.text() == "Importing many.csv", timeout=5000)
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=30_000)
    assert count(portfolio_store, Account) == 3


def test_progress_shows_the_task_still_running_when_another_ends(qtbot, make_window, store):
    from ui.main.status import TaskProgress
    from ui.tasks import LongTask

    progress = TaskProgress()
    qtbot.addWidget(progress)
    first, second = LongTask("Importing a.csv"), LongTask("Running playbooks")
    progress.track(first)
    progress.track(second)
    second.report(3, 10)
    assert (progress.label.text(), progress.bar.value()) == ("Running playbooks", 3)
    first.report(9, 10)  # an older task's report does not take over the bar
    assert progress.bar.value() == 3
    second.finished.emit()
    assert not progress.isHidden() and progress.label.text() == "Importing a.csv"
    first.finished.emit()
    assert progress.isHidden()


def test_likely_duplicates_can_be_imported_anyway(qtbot, make_window, portfolio_store, tmp_path):
    with portfolio_store.write() as session:
        session.execute(
            update(Account)
            .where(Account.name == "Acme")
            .values(domain="acme.com", external_key="hubspot:1")
        )
    path = tmp_path / "hubspot.csv"
    path.write_text(
        "Record ID,Company name,Company Domain Name\n9,Acme Japan,acme.com\n", encoding="utf-8"
    )
    window = make_window(portfolio_store)
    window.import_file("accounts", path)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "1 row looks like an account already in the store" in box.text()
    assert "likely a duplicate" in box.detailedText()
    assert count(portfolio_store, Account) == 3
    [anyway] = [b for b in box.buttons() if b.text() == "Import anyway"]
    with qtbot.waitSignal(window.portfolio_loaded, timeout=30_000):
        qtbot.mouseClick(anyway, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: count(portfolio_store, Account) == 4, timeout=30_000)
    notes = next(b for b in window.findChildren(QMessageBox) if b.isVisible() and b is not box)
    assert "added as a second account" in notes.detailedText()


def test_a_usage_export_opens_the_mapping_dialog_once(qtbot, make_window, store, tmp_path):
    usage = Path(__file__).parents[1] / "data" / "usage"
    window = make_window(store)
    window.import_file("usage", usage / "weekly-usage.csv")
    dialog = window._usage_import.current
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview_data is not None, timeout=10_000)
    assert dialog.account_column.currentData() == "Account ID"
    assert window.import_usage(usage / "daily-long.csv") is dialog  # one at a time
    qtbot.waitUntil(lambda: dialog.metric_column.currentData() == "metric", timeout=10_000)
    dialog.reject()
    assert window._usage_import.current is None

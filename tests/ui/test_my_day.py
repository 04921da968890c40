"""My day over a sample store: each group against a query of its own, triage across a restart,
rows opening their account, reminders."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack

from cs_desktop.db import Store, open_store
from cs_desktop.ids import AccountId
from cs_desktop.models import Task
from cs_desktop.my_day import Group, Place, WarningItem, load_cadence
from ui.main.main_window import MainWindow
from ui.my_day.my_day_view import MyDayView
from ui.my_day.reminders import ReminderFeed
from ui.tasks import ChangeHub, TaskRunner

TODAY = date.today()
MEETING_KINDS = "'meeting', 'call', 'qbr', 'onsite_visit', 'event'"


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 sample accounts with the early warnings the app records for them."""
    from cs_desktop.demo import generate_portfolio
    from cs_desktop.health.early_warnings import evaluate_warnings

    path = Path(tmp_path_factory.mktemp("my-day")) / "sample.sqlite3"
    store = open_store(path)
    generate_portfolio(store, accounts=40, seed=3)
    with store.engine.connect() as connection:
        ids = [row[0] for row in connection.exec_driver_sql("SELECT id FROM account")]
    for account_id in ids:
        evaluate_warnings(store, AccountId(account_id), TODAY)
    store.close()
    return path


@pytest.fixture
def sample(sample_file: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "sample.sqlite3"
    shutil.copyfile(sample_file, path)
    store = open_store(path)
    yield store
    store.close()


class Shown:
    """A My day view on a store, with its runner; ``close`` shuts it as the app does."""

    def __init__(self, qtbot, store: Store) -> None:
        self.hub = ChangeHub()
        self.runner = TaskRunner(store, self.hub)
        self.undo = QUndoStack()
        self.view = MyDayView(self.runner, self.hub, self.undo)
        qtbot.addWidget(self.view)
        with qtbot.waitSignal(self.view.loaded, timeout=20_000):
            self.view.reload()
        self.view.show()

    def keys(self, group: Group) -> set[int]:
        return {_key(item) for item in self.view.model.items(group)}

    def close(self) -> None:
        self.runner.shutdown()


def _key(item: object) -> int:
    for name in ("task_id", "warning_id", "touchpoint_id"):
        if hasattr(item, name):
            return int(getattr(item, name))
    return int(item.account.id)  # type: ignore[attr-defined]


# -- the queries the groups are checked against, written apart from the app's ------------------

IN_BOOK = """a.archived_at IS NULL AND coalesce((SELECT r.outcome FROM renewal r
    WHERE r.account_id = a.id ORDER BY r.period_end DESC LIMIT 1), '') != 'churned'"""


def _ms(day: date) -> int:
    return int(datetime.combine(day, time()).astimezone(UTC).timestamp() * 1000)


def expected(store: Store, group: Group) -> set[int]:
    today, tomorrow = TODAY.isoformat(), TODAY + timedelta(days=1)
    with store.engine.connect() as connection:
        run = connection.exec_driver_sql
        if group is Group.TASKS:
            sql = f"""SELECT t.id FROM task t JOIN account a ON a.id = t.account_id
                WHERE t.done = 0 AND {IN_BOOK}
                AND (t.due <= ? OR (t.remind_at >= ? AND t.remind_at < ?))"""
            return {row[0] for row in run(sql, (today, _ms(TODAY), _ms(tomorrow)))}
        if group is Group.WARNINGS:
            sql = f"""SELECT w.id FROM health_warning w JOIN account a ON a.id = w.account_id
                WHERE w.acknowledged_at IS NULL AND {IN_BOOK}
                AND (w.snoozed_until IS NULL OR w.snoozed_until <= ?)"""
            return {row[0] for row in run(sql, (today,))}
        if group is Group.RENEWALS:
            sql = f"SELECT a.id FROM account a WHERE {IN_BOOK} AND a.renewal_date BETWEEN ? AND ?"
            return {row[0] for row in run(sql, (today, (TODAY + timedelta(120)).isoformat()))}
        if group is Group.SATISFACTION:
            sql = f"""SELECT id FROM (
                SELECT t.id, t.product_satisfied p, t.service_satisfied s, row_number() OVER (
                    PARTITION BY t.account_id ORDER BY t.occurred_at DESC, t.id DESC) n
                FROM touchpoint t JOIN account a ON a.id = t.account_id
                WHERE {IN_BOOK} AND t.occurred_at < ?
                AND (t.product_satisfied != 'unknown' OR t.service_satisfied != 'unknown'))
                WHERE n = 1 AND 'no' IN (p, s)"""
            return {row[0] for row in run(sql, (_ms(tomorrow),))}
        if group is Group.QUIET:
            cadence = {tier.value: days for tier, days in load_cadence().items()}
            sql = f"""SELECT a.id, a.tier, max(t.occurred_at) FROM account a
                LEFT JOIN touchpoint t ON t.account_id = a.id AND t.occurred_at < ?
                WHERE {IN_BOOK} GROUP BY a.id"""
            found = set()
            for account_id, tier, last in run(sql, (_ms(tomorrow),)):
                if tier not in cadence:
                    continue
                last_day = None if last is None else datetime.fromtimestamp(last / 1000).date()
                if last_day is None or (TODAY - last_day).days > cadence[tier]:
                    found.add(account_id)
            return found
        sql = f"""SELECT t.id FROM touchpoint t JOIN account a ON a.id = t.account_id
            WHERE {IN_BOOK} AND t.kind IN ({MEETING_KINDS})
            AND t.occurred_at >= ? AND t.occurred_at < ?"""
        return {row[0] for row in run(sql, (_ms(TODAY), _ms(TODAY + timedelta(days=2))))}


def test_each_group_shows_what_its_query_finds(qtbot, sample: Store) -> None:
    shown = Shown(qtbot, sample)
    try:
        for group in Group:
            assert shown.keys(group) == expected(sample, group), group
        # The sample book has something in the groups a CSM acts on first.
        assert shown.keys(Group.TASKS) and shown.keys(Group.WARNINGS)
        assert shown.keys(Group.RENEWALS) and shown.keys(Group.MEETINGS)
        model = shown.view.model
        heading = model.data(model.group_index(Group.WARNINGS))
        assert heading == f"▾ New early warnings ({len(shown.keys(Group.WARNINGS))})"
        # Activating a heading folds its group; again unfolds it.
        rows = model.rowCount()
        shown.view.table.activated.emit(model.group_index(Group.TASKS))
        assert model.rowCount() == rows - len(shown.keys(Group.TASKS))
        assert model.data(model.group_index(Group.TASKS)).startswith("▸ Tasks due and overdue")
        shown.view.table.activated.emit(model.group_index(Group.TASKS))
        assert model.rowCount() == rows
    finally:
        shown.close()


def test_a_group_sorts_within_itself(qtbot, sample: Store) -> None:
    from ui.my_day.my_day_model import Column

    shown = Shown(qtbot, sample)
    try:
        shown.view.table.sortByColumn(Column.ACCOUNT, Qt.SortOrder.DescendingOrder)
        names = [item.account.name.casefold() for item in shown.view.model.items(Group.TASKS)]
        assert names == sorted(names, reverse=True)
        assert shown.keys(Group.TASKS) == expected(sample, Group.TASKS)  # nothing moved out
    finally:
        shown.close()


def test_acknowledge_and_snooze_survive_a_restart(qtbot, sample: Store) -> None:
    shown = Shown(qtbot, sample)
    warnings = [i for i in shown.view.model.items(Group.WARNINGS) if isinstance(i, WarningItem)]
    assert len(warnings) >= 2
    acknowledged, snoozed = warnings[0], warnings[1]
    shown.view.select(acknowledged)
    assert shown.view.acknowledge_button.isEnabled()
    with qtbot.waitSignal(shown.view.loaded, timeout=10_000):
        shown.view.acknowledge_button.click()
    shown.view.select(next(i for i in shown.view.model.items(Group.WARNINGS) if i == snoozed))
    with qtbot.waitSignal(shown.view.loaded, timeout=10_000):
        shown.view.snooze_current(TODAY + timedelta(days=3))
    gone = {int(acknowledged.warning_id), int(snoozed.warning_id)}
    assert not gone & shown.keys(Group.WARNINGS)
    assert shown.undo.count() == 2
    shown.close()
    path = sample.path
    sample.close()

    reopened = open_store(path)  # a restart: the store as the next start finds it
    try:
        again = Shown(qtbot, reopened)
        try:
            assert not gone & again.keys(Group.WARNINGS)
            assert again.keys(Group.WARNINGS) == expected(reopened, Group.WARNINGS)
        finally:
            again.close()
        with reopened.engine.connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT snoozed_until FROM health_warning WHERE id = ?", (snoozed.warning_id,)
            ).scalar()
        assert row == (TODAY + timedelta(days=3)).isoformat()
    finally:
        reopened.close()


def test_undo_brings_an_acknowledged_warning_back(qtbot, sample: Store) -> None:
    shown = Shown(qtbot, sample)
    try:
        item = next(i for i in shown.view.model.items(Group.WARNINGS))
        with qtbot.waitSignal(shown.view.loaded, timeout=10_000):
            shown.view.acknowledge(item)  # type: ignore[arg-type]
        assert _key(item) not in shown.keys(Group.WARNINGS)
        with qtbot.waitSignal(shown.view.loaded, timeout=10_000):
            shown.undo.undo()
        assert _key(item) in shown.keys(Group.WARNINGS)
    finally:
        shown.close()


@pytest.fixture
def window(qtbot, sample: Store, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = MainWindow(sample, settings)
    qtbot.addWidget(made)
    with qtbot.waitSignals([made.portfolio_loaded, made.my_day.loaded], timeout=20_000):
        made.show()
    yield made
    made.runner.shutdown()


def test_my_day_is_the_first_tab_and_its_rows_open_the_account_there(
    qtbot, window: MainWindow
) -> None:
    assert window.tabs.widget(0) is window.my_day and window.tabs.currentIndex() == 0
    assert window.tabs.tabText(0) == "My day"
    keys = {
        action.shortcut().toString(): action.text().replace("&", "")
        for menu in window.menuBar().actions()
        for action in (menu.menu().actions() if menu.menu() else [])
        if action.shortcut().toString() in ("Ctrl+1", "Ctrl+2", "Ctrl+3")
    }
    assert keys == {"Ctrl+1": "My day", "Ctrl+2": "Portfolio", "Ctrl+3": "Portfolio health"}
    window._on_tabs_close_requested(0)  # not closable
    assert window.tabs.widget(0) is window.my_day

    view = window.my_day
    task = view.model.items(Group.TASKS)[0]
    view.select(task)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    workspace = window.current_workspace()
    assert workspace is not None and workspace.account_id == task.account.id
    qtbot.waitUntil(lambda: workspace.detail is not None, timeout=10_000)
    current = workspace.tasks.list.currentItem()
    assert current is not None and current.data(Qt.ItemDataRole.UserRole) == task.task_id

    renewal = view.model.items(Group.RENEWALS)[0]
    opened = window.open_account_at(renewal.account.id, Place.RENEWALS)
    assert opened.side_tabs.currentWidget() is opened.renewals

    window.show_my_day()
    assert window.tabs.currentWidget() is window.my_day


def test_a_due_reminder_is_announced_once(qtbot, sample: Store) -> None:
    account = AccountId(1)
    at = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=1)
    with sample.write() as session:
        session.add(Task(account_id=account, title="Call Ana about the rollout", remind_at=at))
    hub = ChangeHub()
    runner = TaskRunner(sample, hub)
    try:
        feed = ReminderFeed(runner, hub, tray=False)
        messages: list[str] = []
        feed.message.connect(messages.append)
        with qtbot.waitSignal(feed.reminded, timeout=10_000) as shown:
            feed.check()
        assert [r.title for r in shown.args[0]] == ["Call Ana about the rollout"]
        assert messages and "Call Ana about the rollout" in messages[0]
        qtbot.waitUntil(lambda: not runner.busy(), timeout=10_000)
        with qtbot.assertNotEmitted(feed.reminded, wait=500):
            feed.check()
    finally:
        runner.shutdown()

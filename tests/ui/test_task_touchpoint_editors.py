"""Tasks added, edited and deleted in the workspace; touchpoints edited and deleted later."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from cs_desktop.db import Store
from cs_desktop.ids import AccountId
from cs_desktop.models import Account, Stakeholder, Task, Touchpoint, TouchpointKind
from cs_desktop.vocabulary import Satisfaction
from ui.account.account_workspace import AccountWorkspace
from ui.account.task_form import TaskDialog
from ui.account.touchpoint_edit import TouchpointEditDialog
from ui.tasks import ChangeHub, TaskRunner

TODAY = date.today()


def _account(store: Store) -> AccountId:
    with store.write() as session:
        account = Account(name="Kyoto Robotics", arr=Decimal(10))
        aiko, ben = Stakeholder(name="佐藤 愛子"), Stakeholder(name="Ben Ito")
        account.stakeholders = [aiko, ben]
        account.touchpoints = [
            Touchpoint(
                kind=TouchpointKind.MEETING,
                occurred_at=datetime.now(UTC) - timedelta(days=3),
                title="キックオフ",
                notes="導入計画を合意",
                attendees=[aiko],
            )
        ]
        account.tasks = [Task(title="Send the deck")]
        session.add(account)
        session.flush()
        return AccountId(account.id)


@pytest.fixture
def workspace(qtbot) -> Iterator[Callable[[Store, AccountId], AccountWorkspace]]:
    runners: list[TaskRunner] = []

    def open_(store: Store, account_id: AccountId) -> AccountWorkspace:
        hub = ChangeHub()
        runner = TaskRunner(store, hub)
        runners.append(runner)
        widget = AccountWorkspace(account_id, runner, hub, QUndoStack(), today=lambda: TODAY)
        qtbot.addWidget(widget)
        widget.resize(1400, 900)
        with qtbot.waitSignal(widget.loaded, timeout=10_000):
            widget.show()
        return widget

    yield open_
    for runner in runners:
        runner.shutdown()


def _saved(qtbot, workspace: AccountWorkspace, act: Callable[[], object]) -> None:
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        act()


def _tasks(workspace: AccountWorkspace) -> list[str]:
    return [row.title for row in workspace.detail.tasks]


def test_a_task_is_added_edited_and_undone(qtbot, store, workspace) -> None:
    opened = workspace(store, _account(store))
    panel = opened.tasks
    dialog = panel.add_task()
    assert isinstance(dialog, TaskDialog)
    dialog.title.setText("議事録を送る")
    dialog.due.set_date(TODAY + timedelta(days=2))
    _saved(qtbot, opened, dialog.save)
    assert "議事録を送る" in _tasks(opened)

    edit = panel.edit_task(panel.item_of(next(r.id for r in opened.detail.tasks if r.due)))
    assert isinstance(edit, TaskDialog) and edit.title.text() == "議事録を送る"
    edit.title.setText("議事録と資料を送る")
    edit.due.set_date(None)
    _saved(qtbot, opened, edit.save)
    assert "議事録と資料を送る" in _tasks(opened)
    _saved(qtbot, opened, opened.undo_stack.undo)
    assert "議事録を送る" in _tasks(opened)
    _saved(qtbot, opened, opened.undo_stack.redo)
    assert "議事録と資料を送る" in _tasks(opened)


def test_a_task_without_a_title_is_refused_and_keeps_its_due_date(qtbot, store, workspace) -> None:
    opened = workspace(store, _account(store))
    dialog = opened.tasks.add_task()
    assert isinstance(dialog, TaskDialog)
    dialog.title.setText("   ")
    dialog.due.set_date(TODAY)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.problem("title") != "", timeout=5_000)
    assert dialog.errors.problem("title") == "A task needs a title"
    assert dialog.due.date() == TODAY and dialog.title.text() == "   "
    assert opened.undo_stack.count() == 0


def test_a_task_is_deleted_with_the_delete_key_and_double_click_edits_one(
    qtbot, store, workspace
) -> None:
    opened = workspace(store, _account(store))
    panel = opened.tasks
    panel.list.setCurrentRow(0)
    panel.list.setFocus()
    _saved(qtbot, opened, lambda: qtbot.keyClick(panel.list, Qt.Key.Key_Delete))
    assert _tasks(opened) == [] and panel.is_empty()
    _saved(qtbot, opened, opened.undo_stack.undo)
    assert _tasks(opened) == ["Send the deck"]
    panel.list.itemDoubleClicked.emit(panel.list.item(0))
    dialog = panel.findChild(TaskDialog)
    assert dialog is not None and dialog.title.text() == "Send the deck"
    menu = panel.context_menu(panel.list.item(0))
    assert [a.text() for a in menu.actions() if a.text()] == [
        "&Edit…",
        "Mark &done",
        "&Delete",
        "&Add task…",
    ]


def test_a_touchpoint_is_edited_with_its_attendees_and_undone(qtbot, store, workspace) -> None:
    opened = workspace(store, _account(store))
    opened.log.table.selectRow(0)
    dialog = opened.edit_touchpoint(opened.log.selected_id())
    assert dialog is not None
    assert dialog.title.text() == "キックオフ" and dialog.notes.toPlainText() == "導入計画を合意"
    checked = [
        dialog.attendees.item(i).text().split(" — ")[0]
        for i in range(dialog.attendees.count())
        if dialog.attendees.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert checked == ["佐藤 愛子"]
    for i in range(dialog.attendees.count()):
        dialog.attendees.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.title.setText("キックオフ会議")
    dialog.product.set_value(Satisfaction.YES)
    _saved(qtbot, opened, dialog.save)
    with store.read() as session:
        meeting = session.scalars(select(Touchpoint)).one()
        assert meeting.title == "キックオフ会議"
        assert meeting.product_satisfied == Satisfaction.YES
        assert sorted(p.name for p in meeting.attendees) == ["Ben Ito", "佐藤 愛子"]
    assert opened.log.model.row_data(0).title == "キックオフ会議"
    _saved(qtbot, opened, opened.undo_stack.undo)
    with store.read() as session:
        meeting = session.scalars(select(Touchpoint)).one()
        assert (meeting.title, [p.name for p in meeting.attendees]) == ("キックオフ", ["佐藤 愛子"])


def test_an_emptied_touchpoint_title_is_refused_and_the_notes_are_kept(
    qtbot, store, workspace
) -> None:
    opened = workspace(store, _account(store))
    opened.log.table.selectRow(0)
    opened.log.table.doubleClicked.emit(opened.log.table.currentIndex())
    dialog = opened.findChild(TouchpointEditDialog)
    assert dialog is not None and dialog.title.text() == "キックオフ"
    dialog.title.setText("")
    dialog.notes.setPlainText("Changed my mind")
    dialog.save()
    assert dialog.title_error.isVisible()
    assert dialog.title_error.text() == "A touchpoint needs a title."
    assert dialog.notes.toPlainText() == "Changed my mind" and dialog.isVisible()
    assert opened.undo_stack.count() == 0


def test_a_touchpoint_is_deleted_with_the_delete_key_and_comes_back(
    qtbot, store, workspace
) -> None:
    opened = workspace(store, _account(store))
    opened.log.table.selectRow(0)
    opened.log.table.setFocus()
    _saved(qtbot, opened, lambda: qtbot.keyClick(opened.log.table, Qt.Key.Key_Delete))
    assert opened.log.model.total_count() == 0
    _saved(qtbot, opened, opened.undo_stack.undo)
    assert opened.log.model.row_data(0).title == "キックオフ"
    assert [a.text() for a in opened.log.context_menu().actions() if a.text()] == [
        "&Edit…",
        "&Delete",
        "Meeting &brief…",
        "&Log touchpoint…",
    ]

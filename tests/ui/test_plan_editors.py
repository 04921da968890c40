"""Editing the success plan in the account workspace: plan, goals, steps, order, undo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from cs_desktop.db import Store
from cs_desktop.ids import AccountId
from cs_desktop.models import Account, Milestone, Objective, SuccessPlan
from cs_desktop.vocabulary import ObjectiveStatus
from ui.account.account_workspace import AccountWorkspace
from ui.account.plan_forms import MilestoneDialog, ObjectiveDialog, PlanDialog
from ui.tasks import ChangeHub, TaskRunner

TODAY = date(2026, 5, 20)


def _account(store: Store, with_plan: bool = False) -> AccountId:
    with store.write() as session:
        account = Account(name="大阪フーズ", arr=Decimal(100))
        if with_plan:
            plan = SuccessPlan(title="FY2026")
            plan.objectives = [
                Objective(goal=goal, horizon_months=6, position=i)
                for i, goal in enumerate(("在庫を半減", "Close tickets in a day", "Roll out"))
            ]
            plan.milestones = [
                Milestone(step=step, position=i) for i, step in enumerate(("Kickoff", "Training"))
            ]
            account.success_plans = [plan]
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
        widget.side_tabs.setCurrentWidget(widget.plan)
        return widget

    yield open_
    for runner in runners:
        runner.shutdown()


def _saved(qtbot, workspace: AccountWorkspace, act: Callable[[], object]) -> None:
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        act()


def _goals(store: Store) -> list[tuple[str, int, ObjectiveStatus]]:
    with store.read() as session:
        return [
            (o.goal, o.horizon_months, o.status)
            for o in session.scalars(select(Objective).order_by(Objective.position, Objective.id))
        ]


def _shown_goals(workspace: AccountWorkspace) -> list[str]:
    return [
        item.text(0)
        for item in workspace.plan._items()
        if (item.data(0, Qt.ItemDataRole.UserRole) or ("",))[0] == "goal"
    ]


def test_a_plan_is_created_from_the_empty_panel_and_undone_and_redone(
    qtbot, store, workspace
) -> None:
    opened = workspace(store, _account(store))
    panel = opened.plan
    assert panel.is_empty() and panel.create_button.isVisible()
    dialog = panel.edit_plan()
    assert isinstance(dialog, PlanDialog)
    dialog.title.setText("成功計画 FY2026")
    dialog.agreed_with.setText("佐藤 花子")
    dialog.agreed_on.set_date(TODAY)
    _saved(qtbot, opened, dialog.save)
    assert not panel.is_empty()
    assert panel.title.text() == "成功計画 FY2026"
    assert panel.agreement.text() == "Agreed with 佐藤 花子 on May 20, 2026"
    _saved(qtbot, opened, opened.undo_stack.undo)
    assert panel.is_empty()
    _saved(qtbot, opened, opened.undo_stack.redo)
    assert panel.title.text() == "成功計画 FY2026"


def test_an_invalid_plan_shows_its_message_next_to_the_field_and_keeps_the_text(
    qtbot, store, workspace
) -> None:
    opened = workspace(store, _account(store))
    dialog = opened.plan.edit_plan()
    assert isinstance(dialog, PlanDialog)
    dialog.summary.setPlainText("Grow usage in every plant")
    dialog.agreed_on.set_date(TODAY)  # but with whom?
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.problem("title") != "", timeout=5_000)
    assert dialog.errors.problem("title") == "A plan needs a title"
    assert dialog.errors.problem("agreed_with") == "Say who agreed to the plan"
    assert dialog.summary.toPlainText() == "Grow usage in every plant"
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert opened.undo_stack.count() == 0
    dialog.title.setText("Plan")
    dialog.agreed_with.setText("Ann")
    _saved(qtbot, opened, dialog.save)
    assert opened.plan.title.text() == "Plan"


def test_a_goal_is_added_edited_to_achieved_and_needs_its_date(qtbot, store, workspace) -> None:
    opened = workspace(store, _account(store, with_plan=True))
    panel = opened.plan
    dialog = panel.add_goal(12)
    assert isinstance(dialog, ObjectiveDialog)
    assert dialog.horizon.currentData() == 12
    dialog.text.setPlainText("全拠点へ展開")
    dialog.measure.setText("plants live")
    _saved(qtbot, opened, dialog.save)
    assert ("全拠点へ展開", 12, ObjectiveStatus.PLANNED) in _goals(store)
    assert "全拠点へ展開" in _shown_goals(opened)

    item = panel.item_of("goal", panel.plan.objectives[-1].id)
    edit = panel.edit_item(item)
    assert isinstance(edit, ObjectiveDialog)
    edit.status.setCurrentIndex(edit.status.findData(ObjectiveStatus.ACHIEVED))
    assert edit.achieved_on.date() == TODAY  # achieved fills in today
    edit.achieved_on.set_date(None)
    edit.measured.setText("12 of 12")
    edit.save()
    qtbot.waitUntil(lambda: edit.errors.problem("achieved_on") != "", timeout=5_000)
    assert edit.errors.problem("achieved_on") == "Say when the goal was achieved"
    assert edit.measured.text() == "12 of 12"
    edit.achieved_on.set_date(TODAY - timedelta(days=2))
    _saved(qtbot, opened, edit.save)
    with store.read() as session:
        goal = session.scalars(select(Objective).where(Objective.goal == "全拠点へ展開")).one()
        assert (goal.status, goal.achieved_on, goal.measured_value) == (
            ObjectiveStatus.ACHIEVED,
            TODAY - timedelta(days=2),
            "12 of 12",
        )
    _saved(qtbot, opened, opened.undo_stack.undo)
    assert ("全拠点へ展開", 12, ObjectiveStatus.PLANNED) in _goals(store)


def test_goals_move_up_and_down_and_undo_puts_them_back(qtbot, store, workspace) -> None:
    opened = workspace(store, _account(store, with_plan=True))
    panel = opened.plan
    assert _shown_goals(opened) == ["在庫を半減", "Close tickets in a day", "Roll out"]
    panel.tree.setCurrentItem(panel.item_of("goal", panel.plan.objectives[2].id))
    _saved(qtbot, opened, lambda: panel.move_selected(-1))
    assert _shown_goals(opened) == ["在庫を半減", "Roll out", "Close tickets in a day"]
    assert panel.tree.currentItem().text(0) == "Roll out"  # the selection follows
    _saved(qtbot, opened, panel.up_button.click)
    assert _shown_goals(opened) == ["Roll out", "在庫を半減", "Close tickets in a day"]
    _saved(qtbot, opened, opened.undo_stack.undo)
    _saved(qtbot, opened, opened.undo_stack.undo)
    assert _shown_goals(opened) == ["在庫を半減", "Close tickets in a day", "Roll out"]
    _saved(qtbot, opened, opened.undo_stack.redo)
    assert _shown_goals(opened) == ["在庫を半減", "Roll out", "Close tickets in a day"]


def test_a_step_is_added_ticked_from_the_menu_and_deleted_with_the_delete_key(
    qtbot, store, workspace
) -> None:
    opened = workspace(store, _account(store, with_plan=True))
    panel = opened.plan
    dialog = panel.add_step()
    assert isinstance(dialog, MilestoneDialog)
    dialog.text.setPlainText("Go live")
    dialog.owner.setText("Ken")
    dialog.due.set_date(TODAY + timedelta(days=30))
    _saved(qtbot, opened, dialog.save)
    step = panel.plan.milestones[-1]
    assert (step.step, step.owner) == ("Go live", "Ken")

    item = panel.item_of("step", step.id)
    panel.tree.setCurrentItem(item)
    menu = panel.context_menu(item)
    done = next(a for a in menu.actions() if a.text() == "Mark &done")
    _saved(qtbot, opened, done.trigger)
    assert panel.plan.milestones[-1].done_on == TODAY

    panel.tree.setCurrentItem(panel.item_of("step", step.id))
    panel.tree.setFocus()
    _saved(qtbot, opened, lambda: qtbot.keyClick(panel.tree, Qt.Key.Key_Delete))
    assert [m.step for m in panel.plan.milestones] == ["Kickoff", "Training"]
    _saved(qtbot, opened, opened.undo_stack.undo)
    assert [m.step for m in panel.plan.milestones] == ["Kickoff", "Training", "Go live"]
    assert panel.plan.milestones[-1].done


def test_double_click_edits_a_step(qtbot, store, workspace) -> None:
    opened = workspace(store, _account(store, with_plan=True))
    panel = opened.plan
    item = panel.item_of("step", panel.plan.milestones[0].id)
    panel.tree.itemActivated.emit(item, 0)
    dialog = panel.findChild(MilestoneDialog)
    assert dialog is not None and dialog.text.toPlainText() == "Kickoff"
    dialog.text.setPlainText("Kickoff on site")
    _saved(qtbot, opened, dialog.save)
    assert panel.plan.milestones[0].step == "Kickoff on site"

"""The account workspace: header, chart, touchpoint capture and log, stage moves, undo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import delete, func, select

from cs_desktop.db import Store
from cs_desktop.ids import AccountId, TouchpointId
from cs_desktop.models import (
    Account,
    HealthSample,
    Milestone,
    Objective,
    ObjectiveStatus,
    Renewal,
    RenewalOutcome,
    Satisfaction,
    Stage,
    StageChange,
    Stakeholder,
    StakeholderRole,
    SuccessPlan,
    Task,
    Tier,
    Touchpoint,
    TouchpointKind,
)
from tests.support.factories import add_account, add_touchpoint
from ui.account.account_workspace import AccountWorkspace
from ui.account.touchpoint_model import Column
from ui.tasks import ChangeHub, TaskRunner

TODAY = date.today()
NOW = datetime.now(UTC)


def build_account(store: Store) -> AccountId:
    """An account with a bit of everything, partly in Japanese."""
    with store.write() as session:
        account = Account(
            name="東京テック株式会社",
            tier=Tier.STRATEGIC,
            arr=Decimal(12_000_000),
            currency="JPY",
            renewal_date=TODAY + timedelta(days=93),
            stage=Stage.DELIVERY,
            owner="Ken",
        )
        account.stakeholders = [
            Stakeholder(name="佐藤 花子", role=StakeholderRole.DECISION_MAKER),
            Stakeholder(name="Ana Silva", role=StakeholderRole.CHAMPION),
        ]
        account.stage_changes = [
            StageChange(
                from_stage=Stage.SALES,
                to_stage=Stage.DELIVERY,
                changed_at=NOW - timedelta(days=60),
                note="Signed",
            )
        ]
        account.touchpoints = [
            Touchpoint(
                kind=TouchpointKind.MEETING,
                occurred_at=NOW - timedelta(days=10),
                title="キックオフ",
                notes="導入計画を合意\nsecond line",
                product_satisfied=Satisfaction.YES,
                service_satisfied=Satisfaction.NO,
            ),
            Touchpoint(
                kind=TouchpointKind.CALL,
                occurred_at=NOW - timedelta(days=5),
                title="Weekly call",
            ),
        ]
        plan = SuccessPlan(title="Plan 2025")
        plan.objectives = [
            Objective(goal="月次レポートを自動化", horizon_months=3),
            Objective(goal="全拠点へ展開", horizon_months=12, status=ObjectiveStatus.AT_RISK),
        ]
        plan.milestones = [Milestone(step="Kickoff", due=TODAY, done=True)]
        account.success_plans = [plan]
        account.renewals = [
            Renewal(
                period_start=TODAY - timedelta(days=400),
                period_end=TODAY - timedelta(days=35),
                arr_before=Decimal(10_000_000),
                arr_after=Decimal(12_000_000),
                outcome=RenewalOutcome.EXPANDED,
            )
        ]
        account.tasks = [Task(title="Send the deck", due=TODAY + timedelta(days=3))]
        session.add(account)
        session.flush()
        for week in range(10):
            day = TODAY - timedelta(weeks=10 - week)
            session.add_all(
                [
                    HealthSample(
                        account_id=account.id,
                        indicator_key="login_rate",
                        sample_date=day,
                        value=0.5 + week / 50,
                    ),
                    HealthSample(
                        account_id=account.id,
                        indicator_key="roi",
                        sample_date=day,
                        value=float(week),
                    ),
                ]
            )
        return AccountId(account.id)


@dataclass
class Opened:
    workspace: AccountWorkspace
    runner: TaskRunner
    stack: QUndoStack


@pytest.fixture
def open_workspace(qtbot) -> Iterator[Callable[[Store, AccountId], Opened]]:
    runners: list[TaskRunner] = []
    kept: list[Opened] = []  # parentless widgets die with their last Python reference

    def open_(store: Store, account_id: AccountId) -> Opened:
        hub = ChangeHub()
        runner = TaskRunner(store, hub)
        runners.append(runner)
        stack = QUndoStack()
        workspace = AccountWorkspace(account_id, runner, hub, stack, today=lambda: TODAY)
        qtbot.addWidget(workspace)
        workspace.resize(1400, 900)
        with qtbot.waitSignal(workspace.loaded, timeout=10_000):
            workspace.show()
        kept.append(Opened(workspace, runner, stack))
        return kept[-1]

    yield open_
    for runner in runners:
        runner.shutdown()


def count(store: Store, model: type, *where: object) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_opens_and_shows_the_header(open_workspace, store) -> None:
    workspace = open_workspace(store, build_account(store)).workspace
    header = workspace.header
    assert workspace.title() == "東京テック株式会社"
    assert header.name.text() == "東京テック株式会社"
    assert "Strategic" in header.facts.text()
    assert header.arr.text() == "ARR ¥12,000,000"
    assert header.renewal.text().startswith("renews in 93 days")
    assert header.renewal.property("urgent") is True
    assert workspace.header.stepper.buttons[Stage.DELIVERY].isChecked()
    assert workspace.stakeholders.table.rowCount() == 2
    assert workspace.renewals.table.rowCount() == 1
    assert workspace.tasks.list.count() == 1
    assert workspace.plan.tree.topLevelItemCount() == 2
    assert workspace.side_tabs.tabText(1) == "Stakeholders (2)"


def test_chart_shows_the_stored_samples(open_workspace, store) -> None:
    chart = open_workspace(store, build_account(store)).workspace.chart
    assert chart.caption.text().startswith("Indicator samples")
    assert set(chart.indicator_curves) == {"login_rate", "roi"}
    xs, ys = chart.indicator_curves["roi"].getData()
    assert len(xs) == 10
    assert min(ys) == 0 and max(ys) == 100  # scaled to its own range
    assert chart.average_curve is not None
    assert len(chart.touchpoint_scatter.points()) == 2
    assert [label for _x, label in chart.stage_lines] == ["Delivery"]
    assert sorted(label for _x, label in chart.renewal_lines) == ["Expanded", "Renewal due"]
    kickoff = next(i for i, m in enumerate(chart.chart_data.touchpoints) if m.title == "キックオフ")
    assert chart.touchpoint_tooltip(kickoff).endswith("product: satisfied / service: not satisfied")
    assert "Login&nbsp;rate" in chart.legend.text()
    seven_weeks_ago = TODAY - timedelta(weeks=7)
    assert chart.readout_at(xs[3], ys[3]).startswith(f"{seven_weeks_ago:%b} {seven_weeks_ago.day},")


def test_chart_draws_a_plugged_in_score_on_bands(open_workspace, store) -> None:
    @dataclass(frozen=True)
    class Trajectory:
        start: date
        scores: tuple[float | None, ...]

    workspace = open_workspace(store, build_account(store)).workspace
    scores = (None, 30.0, 55.0, 80.0)
    workspace.set_health(Trajectory(TODAY - timedelta(days=3), scores))
    chart = workspace.chart
    assert chart.caption.text() == "Health score"
    assert len(chart.band_regions) == 3
    xs, ys = chart.score_curve.getData()
    assert len(xs) == 4 and list(ys[1:]) == [30.0, 55.0, 80.0]
    assert chart.readout_at(xs[2], 55).endswith("Health score 55 (Yellow)")
    chart.show_range(90)
    low, high = chart.visible_days()
    assert low == TODAY - timedelta(days=90) and high >= TODAY + timedelta(days=93)


def test_capture_writes_the_touchpoint_and_its_tasks_and_undo_removes_them(
    qtbot, open_workspace, store
) -> None:
    account = build_account(store)
    opened = open_workspace(store, account)
    workspace = opened.workspace
    dialog = workspace.capture_touchpoint()
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData(TouchpointKind.QBR))
    dialog.title.setText("QBR 第3四半期")
    dialog.notes.setPlainText("Reviewed adoption")
    dialog.attendees.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.product.buttons[Satisfaction.YES].click()
    dialog.service.buttons[Satisfaction.NO].click()
    dialog.statement.setPlainText("他社事例を見せてほしい")
    dialog.need.setPlainText("Picture success in their own company")
    dialog.next_steps.setPlainText("Send case studies\n- Book onsite visit\n")
    dialog.save()
    qtbot.waitUntil(lambda: opened.stack.count() == 1, timeout=10_000)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed on save

    with store.read() as session:
        saved = session.scalars(select(Touchpoint).where(Touchpoint.title == "QBR 第3四半期")).one()
        assert saved.kind == TouchpointKind.QBR
        assert saved.product_satisfied == Satisfaction.YES
        assert saved.service_satisfied == Satisfaction.NO
        assert saved.customer_statement == "他社事例を見せてほしい"
        assert [person.name for person in saved.attendees] == ["Ana Silva"]
        new_id = TouchpointId(saved.id)
    titles = {task.title for task in _tasks(store)}
    assert {"Send case studies", "Book onsite visit"} <= titles

    log = workspace.log
    qtbot.waitUntil(lambda: log.selected_id() == new_id, timeout=10_000)
    assert log.model.row_of(new_id) == 0  # newest first
    assert "Picture success" in log.detail.toPlainText()
    qtbot.waitUntil(lambda: workspace.tasks.list.count() == 3)

    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        opened.stack.undo()
    assert count(store, Touchpoint, Touchpoint.id == new_id) == 0
    assert not log.model.contains(new_id)
    assert workspace.tasks.list.count() == 1


def _tasks(store: Store) -> list[Task]:
    with store.read() as session:
        return list(session.scalars(select(Task)))


def test_empty_title_is_refused_in_the_dialog(qtbot, open_workspace, store) -> None:
    opened = open_workspace(store, build_account(store))
    dialog = opened.workspace.capture_touchpoint()
    dialog.notes.setPlainText("kept")
    dialog.title.setText("   ")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.title_error.isVisibleTo(dialog)
    assert "needs a title" in dialog.title_error.text()
    assert dialog.notes.toPlainText() == "kept"
    assert opened.stack.count() == 0


def test_a_rejected_edit_shows_its_message_and_keeps_the_input(
    qtbot, open_workspace, store
) -> None:
    account = build_account(store)
    opened = open_workspace(store, account)
    dialog = opened.workspace.capture_touchpoint()
    dialog.title.setText("Call about the rollout")
    with store.write() as session:  # deleted elsewhere while the dialog was open
        session.execute(delete(Account).where(Account.id == account))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10_000)
    assert "no longer exists" in dialog.error.text()
    assert dialog.title.text() == "Call about the rollout"
    assert dialog.save_button.isEnabled()


def test_ctrl_enter_saves(qtbot, open_workspace, store) -> None:
    opened = open_workspace(store, build_account(store))
    dialog = opened.workspace.capture_touchpoint()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.title, "Quick note")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: opened.stack.count() == 1, timeout=10_000)


def test_stage_move_asks_for_a_note_and_undo_restores(qtbot, open_workspace, store) -> None:
    account = build_account(store)
    opened = open_workspace(store, account)
    workspace = opened.workspace
    assert workspace.move_stage_to(Stage.DELIVERY) is None  # already there
    dialog = workspace.move_stage_to(Stage.SERVICE)
    assert dialog is not None and not dialog.ok.isEnabled()
    dialog.note.setPlainText("Live in production")
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        dialog.ok.click()
    qtbot.waitUntil(lambda: workspace.header.stepper.stage == Stage.SERVICE, timeout=10_000)
    assert workspace.header.stepper.buttons[Stage.SERVICE].isChecked()
    assert workspace.header.stepper.buttons[Stage.DELIVERY].text().startswith("✓")
    with store.read() as session:
        change = session.scalars(select(StageChange).where(StageChange.note != "Signed")).one()
        assert (change.from_stage, change.to_stage) == (Stage.DELIVERY, Stage.SERVICE)
        assert change.note == "Live in production"
    # On a refresh the chart is redrawn in the next event-loop turn.
    qtbot.waitUntil(
        lambda: [label for _x, label in workspace.chart.stage_lines] == ["Delivery", "Service"]
    )

    qtbot.waitUntil(lambda: opened.stack.count() == 1)
    opened.stack.undo()
    qtbot.waitUntil(lambda: workspace.header.stepper.stage == Stage.DELIVERY, timeout=10_000)
    assert count(store, StageChange) == 1


def test_clicking_a_stage_opens_the_note_dialog(qtbot, open_workspace, store) -> None:
    workspace = open_workspace(store, build_account(store)).workspace
    qtbot.mouseClick(workspace.header.stepper.buttons[Stage.VALUE], Qt.MouseButton.LeftButton)
    from ui.account.stage_note_dialog import StageNoteDialog

    dialogs = [d for d in workspace.findChildren(StageNoteDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].to_stage == Stage.VALUE
    # The stepper still shows the recorded stage until the move is saved.
    assert workspace.header.stepper.buttons[Stage.DELIVERY].isChecked()
    dialogs[0].reject()


def test_kind_filter_filters(open_workspace, store) -> None:
    log = open_workspace(store, build_account(store)).workspace.log
    assert log.model.rowCount() == 2
    assert log.model.data(log.model.index(0, Column.TITLE)) == "Weekly call"
    assert log.model.data(log.model.index(1, Column.NOTES)) == "導入計画を合意"
    log.kind_filter.setCurrentIndex(log.kind_filter.findData(TouchpointKind.MEETING))
    assert log.model.rowCount() == 1
    assert log.model.data(log.model.index(0, Column.TITLE)) == "キックオフ"
    log.kind_filter.setCurrentIndex(log.kind_filter.findData(TouchpointKind.EMAIL))
    assert log.model.rowCount() == 0
    assert log.list_stack.currentWidget() is log.empty
    assert "No touchpoints of this kind" in log.empty.text()


def test_ticking_a_task_marks_it_done_and_undo_reopens_it(qtbot, open_workspace, store) -> None:
    opened = open_workspace(store, build_account(store))
    tasks = opened.workspace.tasks
    tasks.list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: count(store, Task, Task.done.is_(True)) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: tasks.open_count() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: opened.stack.count() == 1)
    opened.stack.undo()
    qtbot.waitUntil(lambda: tasks.open_count() == 1, timeout=10_000)
    assert count(store, Task, Task.done.is_(True)) == 0


def test_focus_touchpoint_selects_it_even_beyond_the_loaded_ones(
    qtbot, open_workspace, store
) -> None:
    account = add_account(store, "Busy Co")
    ids = [add_touchpoint(store, account, f"Touchpoint {day}", days=day) for day in range(130)]
    workspace = open_workspace(store, account).workspace
    log = workspace.log
    assert log.model.rowCount() == 100 and log.more_button.isVisibleTo(log)
    workspace.focus_touchpoint(TouchpointId(ids[120]))
    assert log.selected_id() == ids[120]
    workspace.focus_touchpoint(TouchpointId(ids[3]))  # older than the latest 100
    qtbot.waitUntil(lambda: log.selected_id() == ids[3], timeout=10_000)
    assert log.model.rowCount() >= 127


def test_focus_before_loading_and_under_a_filter(qtbot, open_workspace, store) -> None:
    account = build_account(store)
    workspace = open_workspace(store, account).workspace
    log = workspace.log
    call = log.model.row_data(0).id
    log.kind_filter.setCurrentIndex(log.kind_filter.findData(TouchpointKind.MEETING))
    workspace.focus_touchpoint(call)
    assert log.kind_filter.currentIndex() == 0 and log.selected_id() == call


def test_an_account_with_no_data_shows_empty_states(open_workspace, store) -> None:
    workspace = open_workspace(store, add_account(store, "Blank KK")).workspace
    assert workspace.header.renewal.text() == "no renewal date"
    assert workspace.log.list_stack.currentWidget() is workspace.log.empty
    assert "Ctrl+N" in workspace.log.empty.text()
    for panel in (workspace.plan, workspace.stakeholders, workspace.renewals, workspace.tasks):
        assert panel.is_empty() and panel.message.text()
    chart = workspace.chart
    assert chart.items and not chart.indicator_curves and chart.score_curve is None
    assert chart.caption.text() == "Health"


def test_hidden_workspace_reloads_when_shown(qtbot, open_workspace, store) -> None:
    account = build_account(store)
    opened = open_workspace(store, account)
    workspace = opened.workspace
    workspace.hide()
    from cs_desktop.changes import Changes

    workspace.hub.changes_applied.emit(Changes(accounts=frozenset({account})))
    assert workspace._dirty
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        workspace.show()


def test_missing_account_says_so(qtbot, open_workspace, store) -> None:
    workspace = open_workspace(store, AccountId(999)).workspace
    assert "no longer exists" in workspace.loading.text()

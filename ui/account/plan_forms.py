"""Editors of the success plan: the plan itself, a customer goal (A), a delivery step (B)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from cs_desktop.account_detail import MilestoneRow, ObjectiveRow, PlanDetail
from cs_desktop.book import plans
from cs_desktop.ids import AccountId, MilestoneId, ObjectiveId, SuccessPlanId
from cs_desktop.vocabulary import OBJECTIVE_HORIZONS_MONTHS, ObjectiveStatus
from ui.account.labels import status_label
from ui.account.record_dialog import RecordDialog
from ui.forms import OptionalDateEdit
from ui.operations import RecordWrite
from ui.tasks import TaskRunner

Today = Callable[[], date]


def _text(placeholder: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * (lines + 2) + 12)
    return edit


class PlanDialog(RecordDialog):
    """Start the account's plan (``plan`` None) or edit its title, summary and agreement."""

    def __init__(
        self,
        account_id: AccountId,
        plan: PlanDetail | None,
        runner: TaskRunner,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Today = date.today,
    ) -> None:
        title = self.tr("New success plan") if plan is None else self.tr("Edit success plan")
        super().__init__(title, runner, undo_stack, parent)
        self.account_id, self.plan, self._today = account_id, plan, today
        self.title = QLineEdit()
        self.title.setMaxLength(plans.TITLE_MAX)
        self.title.setPlaceholderText(self.tr("e.g. Success plan FY2026"))
        self.summary = _text(self.tr("What the customer wants, and how we get them there"))
        self.agreed_with = QLineEdit()
        self.agreed_with.setMaxLength(plans.NAME_MAX)
        self.agreed_with.setPlaceholderText(self.tr("Who on the customer's side agreed"))
        self.agreed_on = OptionalDateEdit(self.tr("Agreed on"))
        self.title.setAccessibleName(self.tr("Plan title"))
        self.summary.setAccessibleName(self.tr("Summary"))
        self.agreed_with.setAccessibleName(self.tr("Agreed with"))
        self.add_field("title", self.tr("&Title:"), self.title)
        self.add_field("summary", self.tr("S&ummary:"), self.summary)
        self.add_field("agreed_with", self.tr("Agreed &with:"), self.agreed_with)
        self.add_field("agreed_on", self.tr("Agreed &on:"), self.agreed_on)
        if plan is not None:
            self.title.setText(plan.title)
            self.summary.setPlainText(plan.summary)
            self.agreed_with.setText(plan.agreed_with)
            self.agreed_on.set_date(plan.agreed_on)
        self.title.setFocus()

    def undo_text(self) -> str:
        return self.tr("Create success plan") if self.plan is None else self.tr("Edit success plan")

    def write(self) -> RecordWrite:
        values = {
            "title": self.title.text(),
            "summary": self.summary.toPlainText(),
            "agreed_with": self.agreed_with.text(),
            "agreed_on": self.agreed_on.date(),
        }
        account_id, today, plan = self.account_id, self._today, self.plan
        if plan is None or plan.id is None:
            return lambda s: plans.create_plan(s, account_id, values, today=today)
        plan_id = plan.id
        return lambda s: plans.update_plan(s, plan_id, values, today=today)


class ObjectiveDialog(RecordDialog):
    """Add a customer goal (``goal`` None) or edit one."""

    def __init__(
        self,
        plan_id: SuccessPlanId,
        goal: ObjectiveRow | None,
        runner: TaskRunner,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        horizon: int = 3,
        today: Today = date.today,
    ) -> None:
        title = self.tr("New customer goal") if goal is None else self.tr("Edit customer goal")
        super().__init__(title, runner, undo_stack, parent)
        self.plan_id, self.goal, self._today = plan_id, goal, today
        self.text = _text(self.tr("What the customer wants to achieve, in their words"), 2)
        self.horizon = QComboBox()
        for months in OBJECTIVE_HORIZONS_MONTHS:
            self.horizon.addItem(self.tr("%n month(s)", "", months), months)
        self.status = QComboBox()
        for status in ObjectiveStatus:
            self.status.addItem(status_label(status), status)
        self.target = OptionalDateEdit(self.tr("Target date"))
        self.measure = QLineEdit()
        self.measure.setPlaceholderText(self.tr("How the customer tells it is reached"))
        self.measured = QLineEdit()
        self.measured.setPlaceholderText(self.tr("The latest value measured"))
        self.achieved_on = OptionalDateEdit(self.tr("Achieved on"))
        for widget, name in (
            (self.text, self.tr("Goal")),
            (self.horizon, self.tr("Horizon")),
            (self.status, self.tr("Status")),
            (self.measure, self.tr("Measure")),
            (self.measured, self.tr("Measured value")),
        ):
            widget.setAccessibleName(name)
        self.add_field("goal", self.tr("&Goal:"), self.text)
        self.add_field("horizon_months", self.tr("&Horizon:"), self.horizon)
        self.add_field("status", self.tr("&Status:"), self.status)
        self.add_field("target_date", self.tr("&Target date:"), self.target)
        self.add_field("measure", self.tr("&Measure:"), self.measure)
        self.add_field("measured_value", self.tr("Measured &value:"), self.measured)
        self.add_field("achieved_on", self.tr("&Achieved on:"), self.achieved_on)
        self.horizon.setCurrentIndex(max(0, self.horizon.findData(horizon)))
        if goal is not None:
            self.text.setPlainText(goal.goal)
            self.horizon.setCurrentIndex(max(0, self.horizon.findData(goal.horizon_months)))
            self.status.setCurrentIndex(max(0, self.status.findData(goal.status)))
            self.target.set_date(goal.target_date)
            self.measure.setText(goal.measure)
            self.measured.setText(goal.measured_value)
            self.achieved_on.set_date(goal.achieved_on)
        # Achieved goes with its date: choosing it fills in today, leaving it clears the date.
        self.status.currentIndexChanged.connect(self._on_status_changed)
        self.text.setFocus()

    def _on_status_changed(self, _index: int) -> None:
        achieved = self.status.currentData() == ObjectiveStatus.ACHIEVED
        if achieved and self.achieved_on.date() is None:
            self.achieved_on.set_date(self._today())
        elif not achieved:
            self.achieved_on.set_date(None)

    def undo_text(self) -> str:
        return self.tr("Add customer goal") if self.goal is None else self.tr("Edit customer goal")

    def write(self) -> RecordWrite:
        values = {
            "goal": self.text.toPlainText(),
            "horizon_months": self.horizon.currentData(),
            "status": self.status.currentData(),
            "target_date": self.target.date(),
            "measure": self.measure.text(),
            "measured_value": self.measured.text(),
            "achieved_on": self.achieved_on.date(),
        }
        today, plan_id = self._today, self.plan_id
        if self.goal is None:
            return lambda s: plans.add_objective(s, plan_id, values, today=today)
        goal_id = ObjectiveId(self.goal.id)
        return lambda s: plans.update_objective(s, goal_id, values, today=today)


class MilestoneDialog(RecordDialog):
    """Add a delivery step (``step`` None) or edit one."""

    def __init__(
        self,
        plan_id: SuccessPlanId,
        step: MilestoneRow | None,
        runner: TaskRunner,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Today = date.today,
    ) -> None:
        title = self.tr("New delivery step") if step is None else self.tr("Edit delivery step")
        super().__init__(title, runner, undo_stack, parent)
        self.plan_id, self.step, self._today = plan_id, step, today
        self.text = _text(self.tr("What we deliver, e.g. Admin training"), 2)
        self.due = OptionalDateEdit(self.tr("Due"))
        self.owner = QLineEdit()
        self.owner.setMaxLength(plans.NAME_MAX)
        self.owner.setPlaceholderText(self.tr("Who on our side carries it"))
        self.done_box = QCheckBox(self.tr("Done"))
        self.done_on = OptionalDateEdit(self.tr("Done on"))
        self.text.setAccessibleName(self.tr("Step"))
        self.owner.setAccessibleName(self.tr("Owner"))
        self.add_field("step", self.tr("&Step:"), self.text)
        self.add_field("due", self.tr("D&ue:"), self.due)
        self.add_field("owner", self.tr("&Owner:"), self.owner)
        self.add_field("done", "", self.done_box)
        self.add_field("done_on", self.tr("Done &on:"), self.done_on)
        if step is not None:
            self.text.setPlainText(step.step)
            self.due.set_date(step.due)
            self.owner.setText(step.owner)
            self.done_box.setChecked(step.done)
            self.done_on.set_date(step.done_on)
        self.done_box.toggled.connect(self._on_done_toggled)
        self.text.setFocus()

    def _on_done_toggled(self, done: bool) -> None:
        if done and self.done_on.date() is None:
            self.done_on.set_date(self._today())
        elif not done:
            self.done_on.set_date(None)

    def undo_text(self) -> str:
        return self.tr("Add delivery step") if self.step is None else self.tr("Edit delivery step")

    def write(self) -> RecordWrite:
        values = {
            "step": self.text.toPlainText(),
            "due": self.due.date(),
            "owner": self.owner.text(),
            "done": self.done_box.isChecked(),
            "done_on": self.done_on.date(),
        }
        today, plan_id = self._today, self.plan_id
        if self.step is None:
            return lambda s: plans.add_milestone(s, plan_id, values, today=today)
        step_id = MilestoneId(self.step.id)
        return lambda s: plans.update_milestone(s, step_id, values, today=today)

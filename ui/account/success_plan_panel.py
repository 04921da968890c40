"""The success plan: the customer's goals by horizon (journey A) beside our milestones (B).

Everything in it is editable: double-click or Enter edits, Delete deletes, the context menu
and the buttons add, move and delete; each save is one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import groupby

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.account_detail import MilestoneRow, ObjectiveRow, PlanDetail
from cs_desktop.book import plans
from cs_desktop.ids import AccountId, MilestoneId, ObjectiveId, SuccessPlanId
from cs_desktop.vocabulary import ObjectiveStatus
from ui.account.empty_state import EmptyOr
from ui.account.labels import status_label
from ui.account.plan_forms import MilestoneDialog, ObjectiveDialog, PlanDialog
from ui.account.record_dialog import on_delete_key, open_dialog
from ui.dates import date_text
from ui.operations import RecordWrite, save_records
from ui.tasks import TaskRunner
from ui.translation import Words, is_language_change

STATUS_COLOURS = {
    ObjectiveStatus.ACHIEVED: QColor(40, 140, 70),
    ObjectiveStatus.AT_RISK: QColor(200, 120, 0),
    ObjectiveStatus.MISSED: QColor(200, 40, 40),
}
ROW = Qt.ItemDataRole.UserRole  # ("goal", ObjectiveRow) | ("step", MilestoneRow) | ("horizon", n)


class SuccessPlanPanel(EmptyOr):
    def __init__(self, parent: QWidget | None = None) -> None:
        content = QWidget()
        super().__init__(content, "", parent)
        self.plan: PlanDetail | None = None
        self.runner: TaskRunner | None = None
        self.undo_stack: QUndoStack | None = None
        self._account_id: Callable[[], AccountId] | None = None
        self._today: Callable[[], date] = date.today
        words = self.words = Words()
        words.bind(
            self.message.setText,
            lambda: self.tr(
                "No success plan yet.\nAgree with the customer what they want to achieve "
                "in 3, 6, 12 and 24 months, and how we get them there."
            ),
        )
        self.create_button = QPushButton()
        words.bind(self.create_button.setText, lambda: self.tr("&Create success plan…"))
        self.create_button.clicked.connect(lambda: self.edit_plan())
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.message)
        empty_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.removeWidget(self.message)
        self.empty_page = empty
        self.addWidget(empty)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.agreement = QLabel()
        self.agreement.setTextFormat(Qt.TextFormat.PlainText)
        self.agreement.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.edit_plan_button = QPushButton()
        words.bind(self.edit_plan_button.setText, lambda: self.tr("Edit &plan…"))
        self.edit_plan_button.clicked.connect(lambda: self.edit_plan())
        self.add_goal_button = QPushButton()
        words.bind(self.add_goal_button.setText, lambda: self.tr("Add &goal…"))
        self.add_goal_button.clicked.connect(lambda: self.add_goal())
        self.add_step_button = QPushButton()
        words.bind(self.add_step_button.setText, lambda: self.tr("Add s&tep…"))
        self.add_step_button.clicked.connect(lambda: self.add_step())
        self.up_button = QPushButton("▲")
        words.bind(self.up_button.setToolTip, lambda: self.tr("Move up (Ctrl+Up)"))
        words.bind(self.up_button.setAccessibleName, lambda: self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton("▼")
        words.bind(self.down_button.setToolTip, lambda: self.tr("Move down (Ctrl+Down)"))
        words.bind(self.down_button.setAccessibleName, lambda: self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(button.sizeHint().height() + 8)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (self.edit_plan_button, self.add_goal_button, self.add_step_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.up_button)
        bar.addWidget(self.down_button)

        self.tree = QTreeWidget()
        words.bind(self.tree.setAccessibleName, lambda: self.tr("Success plan"))
        self.tree.setColumnCount(3)
        words.bind(
            self.tree.setHeaderLabels,
            lambda: [self.tr("Goal or step"), self.tr("Status"), self.tr("Date")],
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu_requested)
        self.tree.itemActivated.connect(lambda item, _column: self.edit_item(item))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        on_delete_key(self.tree, lambda: self.delete_item(self.tree.currentItem()))
        for keys, offset in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda offset=offset: self.move_selected(offset))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.agreement)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            if self.plan is not None:
                self.set_plan(self.plan)
        super().changeEvent(event)

    def set_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty_page if empty else self.content)

    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty_page

    def enable_editing(
        self,
        runner: TaskRunner,
        undo_stack: QUndoStack,
        account_id: Callable[[], AccountId],
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        """Let the panel save edits (it only shows the plan until then)."""
        self.runner, self.undo_stack, self._account_id, self._today = (
            runner,
            undo_stack,
            account_id,
            today,
        )

    # -- showing -------------------------------------------------------------------------------
    def set_plan(self, plan: PlanDetail | None) -> None:
        keep = self._key(self.tree.currentItem())
        self.plan = plan
        self.tree.clear()
        if plan is None:
            self.set_empty(True)
            return
        self.title.setText(plan.title)
        if plan.agreed_with and plan.agreed_on is not None:
            agreed = (
                self.tr("Agreed with %1 on %2")
                .replace("%1", plan.agreed_with)
                .replace("%2", date_text(plan.agreed_on, "long"))
            )
        elif plan.agreed_with:
            agreed = self.tr("Agreed with %1").replace("%1", plan.agreed_with)
        else:
            agreed = self.tr("Not agreed with the customer yet")
        self.agreement.setText(agreed)
        self.summary.setText(plan.summary)
        self.summary.setVisible(bool(plan.summary.strip()))
        goals = self._group(self.tr("Customer goals (journey A)"), "goals")
        if not plan.objectives:
            self._leaf(goals, self.tr("No goals recorded"), "")
        for months, objectives in groupby(plan.objectives, key=lambda o: o.horizon_months):
            horizon = self._leaf(goals, self.tr("In %n month(s)", "", months), "")
            horizon.setData(0, ROW, ("horizon", months))
            horizon.setFirstColumnSpanned(True)
            for objective in objectives:
                item = self._leaf(horizon, objective.goal, status_label(objective.status))
                item.setData(0, ROW, ("goal", objective))
                when = objective.achieved_on or objective.target_date
                item.setText(2, date_text(when) if when else "")
                colour = STATUS_COLOURS.get(objective.status)
                if colour is not None:
                    item.setForeground(1, colour)
        steps = self._group(self.tr("Our delivery plan (journey B)"), "steps")
        if not plan.milestones:
            self._leaf(steps, self.tr("No milestones recorded"), "")
        for milestone in plan.milestones:
            state = self.tr("done") if milestone.done else self.tr("to do")
            item = self._leaf(steps, ("✓ " if milestone.done else "") + milestone.step, state)
            item.setData(0, ROW, ("step", milestone))
            when = milestone.done_on or milestone.due
            item.setText(2, date_text(when) if when else "")
            if milestone.owner:
                item.setToolTip(
                    0,
                    self.tr("%1\nOwner: %2")
                    .replace("%1", milestone.step)
                    .replace("%2", milestone.owner),
                )
            if milestone.done:
                item.setForeground(1, STATUS_COLOURS[ObjectiveStatus.ACHIEVED])
        self.tree.expandAll()
        self.set_empty(False)
        if keep is not None:
            self._select(keep)
        self._update_buttons()

    def _group(self, text: str, kind: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [text])
        font = QFont(self.tree.font())
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        item.setData(0, ROW, (kind, None))
        return item

    def _leaf(self, parent: QTreeWidgetItem, text: str, state: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text, state])
        item.setToolTip(0, text)
        return item

    def item_of(self, kind: str, row_id: int) -> QTreeWidgetItem | None:
        """The tree item of a goal ("goal") or step ("step")."""
        found = [item for item in self._items() if self._key(item) == (kind, row_id)]
        return found[0] if found else None

    def _items(self) -> list[QTreeWidgetItem]:
        """Every item of the tree, in the order shown."""
        items: list[QTreeWidgetItem] = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value() is not None:
            items.append(iterator.value())
            iterator += 1
        return items

    @staticmethod
    def _key(item: QTreeWidgetItem | None) -> tuple[str, int] | None:
        data = item.data(0, ROW) if item is not None else None
        if not data or data[0] not in ("goal", "step"):
            return None
        return data[0], data[1].id

    def _select(self, key: tuple[str, int]) -> None:
        item = self.item_of(*key)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _update_buttons(self) -> None:
        movable = self._key(self.tree.currentItem()) is not None
        self.up_button.setEnabled(movable)
        self.down_button.setEnabled(movable)

    # -- editing -------------------------------------------------------------------------------
    def _plan_id(self) -> SuccessPlanId | None:
        return None if self.plan is None else self.plan.id

    def edit_plan(self) -> QDialog | None:
        """Open the plan's form (a new plan when the account has none)."""
        if self.runner is None or self.undo_stack is None or self._account_id is None:
            return None
        dialog = PlanDialog(
            self._account_id(), self.plan, self.runner, self.undo_stack, self, today=self._today
        )
        return open_dialog(dialog)

    def add_goal(self, horizon: int | None = None) -> QDialog | None:
        plan_id = self._plan_id()
        if plan_id is None or self.runner is None or self.undo_stack is None:
            return None
        if horizon is None:
            current = self.tree.currentItem()
            data = current.data(0, ROW) if current is not None else None
            if data and data[0] == "goal":
                horizon = data[1].horizon_months
            elif data and data[0] == "horizon":
                horizon = data[1]
        dialog = ObjectiveDialog(
            plan_id,
            None,
            self.runner,
            self.undo_stack,
            self,
            horizon=horizon or 3,
            today=self._today,
        )
        dialog.saved.connect(lambda edits: self._select(("goal", edits[0].row_id)))
        return open_dialog(dialog)

    def add_step(self) -> QDialog | None:
        plan_id = self._plan_id()
        if plan_id is None or self.runner is None or self.undo_stack is None:
            return None
        dialog = MilestoneDialog(
            plan_id, None, self.runner, self.undo_stack, self, today=self._today
        )
        dialog.saved.connect(lambda edits: self._select(("step", edits[0].row_id)))
        return open_dialog(dialog)

    def edit_item(self, item: QTreeWidgetItem | None) -> QDialog | None:
        """Edit the goal or step of ``item``; a group or horizon adds one instead."""
        data = item.data(0, ROW) if item is not None else None
        plan_id = self._plan_id()
        if not data or plan_id is None or self.runner is None or self.undo_stack is None:
            return None
        kind, row = data
        if kind == "goal":
            assert isinstance(row, ObjectiveRow)
            dialog: QDialog = ObjectiveDialog(
                plan_id, row, self.runner, self.undo_stack, self, today=self._today
            )
        elif kind == "step":
            assert isinstance(row, MilestoneRow)
            dialog = MilestoneDialog(
                plan_id, row, self.runner, self.undo_stack, self, today=self._today
            )
        elif kind in ("goals", "horizon"):
            return self.add_goal(row)
        else:
            return self.add_step()
        return open_dialog(dialog)

    def delete_item(self, item: QTreeWidgetItem | None) -> None:
        """Delete the goal or step of ``item`` (Ctrl+Z brings it back)."""
        data = item.data(0, ROW) if item is not None else None
        if not data or data[0] not in ("goal", "step"):
            return
        kind, row = data
        if kind == "goal":
            goal_id = ObjectiveId(row.id)
            self._save(
                self.tr("Delete customer goal"), lambda s: plans.delete_objective(s, goal_id)
            )
        else:
            step_id = MilestoneId(row.id)
            self._save(
                self.tr("Delete delivery step"), lambda s: plans.delete_milestone(s, step_id)
            )

    def delete_plan(self) -> None:
        plan_id = self._plan_id()
        if plan_id is not None:
            self._save(self.tr("Delete success plan"), lambda s: plans.delete_plan(s, plan_id))

    def move_selected(self, offset: int) -> None:
        """Move the selected goal (within its horizon) or step up (-1) or down (+1)."""
        key = self._key(self.tree.currentItem())
        if key is None:
            return
        kind, row_id = key
        if kind == "goal":
            goal_id = ObjectiveId(row_id)
            write: RecordWrite = lambda s: plans.move_objective(s, goal_id, offset)  # noqa: E731
            text = self.tr("Move customer goal")
        else:
            step_id = MilestoneId(row_id)
            write = lambda s: plans.move_milestone(s, step_id, offset)  # noqa: E731
            text = self.tr("Move delivery step")
        self._save(text, write)

    def set_step_done(self, step: MilestoneRow, done: bool) -> None:
        step_id, today = MilestoneId(step.id), self._today
        text = self.tr("Mark step done") if done else self.tr("Reopen step")
        self._save(text, lambda s: plans.set_milestone_done(s, step_id, done, today=today))

    def _save(self, text: str, write: RecordWrite) -> None:
        if self.runner is None or self.undo_stack is None:
            return
        runner = self.runner
        save_records(
            self.undo_stack,
            runner,
            text,
            write,
            on_error=lambda error: runner.report_failure(text, error),
        )

    # -- context menu --------------------------------------------------------------------------
    def context_menu(self, item: QTreeWidgetItem | None) -> QMenu:
        """The menu for ``item`` (None: the tree's empty space)."""
        menu = QMenu(self)
        data = item.data(0, ROW) if item is not None else None
        kind = data[0] if data else None
        if data and kind in ("goal", "step"):
            menu.addAction(self.tr("&Edit…"), lambda: self.edit_item(item))
            if kind == "step":
                step = data[1]
                if step.done:
                    menu.addAction(self.tr("&Reopen"), lambda: self.set_step_done(step, False))
                else:
                    menu.addAction(self.tr("Mark &done"), lambda: self.set_step_done(step, True))
            menu.addAction(self.tr("Move &up"), lambda: self.move_selected(-1))
            menu.addAction(self.tr("Move do&wn"), lambda: self.move_selected(1))
            menu.addAction(self.tr("&Delete"), lambda: self.delete_item(item))
            menu.addSeparator()
        menu.addAction(self.tr("Add &goal…"), lambda: self.add_goal())
        menu.addAction(self.tr("Add s&tep…"), lambda: self.add_step())
        menu.addSeparator()
        menu.addAction(self.tr("Edit &plan…"), lambda: self.edit_plan())
        menu.addAction(self.tr("Delete the &whole plan"), self.delete_plan)
        return menu

    def _on_tree_context_menu_requested(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        if item is not None:
            self.tree.setCurrentItem(item)
        menu = self.context_menu(item)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.tree.viewport().mapToGlobal(point))

"""The success plan: the customer's goals by horizon (journey A) beside our milestones (B)."""

from __future__ import annotations

from itertools import groupby

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.account_detail import PlanDetail
from cs_desktop.vocabulary import ObjectiveStatus
from ui.account.empty_state import EmptyOr
from ui.account.labels import status_label

STATUS_COLOURS = {
    ObjectiveStatus.ACHIEVED: QColor(40, 140, 70),
    ObjectiveStatus.AT_RISK: QColor(200, 120, 0),
    ObjectiveStatus.MISSED: QColor(200, 40, 40),
}


class SuccessPlanPanel(EmptyOr):
    def __init__(self, parent: QWidget | None = None) -> None:
        content = QWidget()
        super().__init__(content, "", parent)
        self.message.setText(
            self.tr(
                "No success plan yet.\nAgree with the customer what they want to achieve "
                "in 3, 6, 12 and 24 months, and how we get them there."
            )
        )
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Success plan"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Goal or step"), self.tr("Status")])
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)

    def set_plan(self, plan: PlanDetail | None) -> None:
        self.tree.clear()
        if plan is None:
            self.set_empty(True)
            return
        self.title.setText(plan.title)
        self.summary.setText(plan.summary)
        self.summary.setVisible(bool(plan.summary.strip()))
        goals = self._group(self.tr("Customer goals (journey A)"))
        if not plan.objectives:
            self._leaf(goals, self.tr("No goals recorded"), "")
        for months, objectives in groupby(plan.objectives, key=lambda o: o.horizon_months):
            horizon = self._leaf(goals, self.tr("In %1 months").replace("%1", str(months)), "")
            horizon.setFirstColumnSpanned(True)
            for objective in objectives:
                item = self._leaf(horizon, objective.goal, status_label(objective.status))
                colour = STATUS_COLOURS.get(objective.status)
                if colour is not None:
                    item.setForeground(1, colour)
        steps = self._group(self.tr("Our delivery plan (journey B)"))
        if not plan.milestones:
            self._leaf(steps, self.tr("No milestones recorded"), "")
        for milestone in plan.milestones:
            due = milestone.due.isoformat() if milestone.due else self.tr("no date")
            state = self.tr("done") if milestone.done else self.tr("due %1").replace("%1", due)
            item = self._leaf(steps, ("✓ " if milestone.done else "") + milestone.step, state)
            if milestone.done:
                item.setForeground(1, STATUS_COLOURS[ObjectiveStatus.ACHIEVED])
        self.tree.expandAll()
        self.set_empty(False)

    def _group(self, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [text])
        font = QFont(self.tree.font())
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        return item

    def _leaf(self, parent: QTreeWidgetItem, text: str, state: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text, state])
        item.setToolTip(0, text)
        return item

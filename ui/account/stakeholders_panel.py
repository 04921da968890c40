"""The account's stakeholders: who they are, their role, how to reach them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cs_desktop.account_detail import StakeholderRow
from ui.account.empty_state import EmptyOr
from ui.account.labels import role_label


class StakeholdersPanel(EmptyOr):
    def __init__(self, parent: QWidget | None = None) -> None:
        table = QTableWidget(0, 4)
        super().__init__(table, "", parent)
        self.table = table
        self.message.setText(
            self.tr("No stakeholders recorded.\nAdd the decision maker and a champion first.")
        )
        self.table.setAccessibleName(self.tr("Stakeholders"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Title"), self.tr("Email")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def set_stakeholders(self, rows: tuple[StakeholderRow, ...]) -> None:
        self.table.setRowCount(len(rows))
        faded = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for number, row in enumerate(rows):
            name = row.name if row.active else self.tr("%1 (left)").replace("%1", row.name)
            cells = (name, role_label(row.role), row.title or "", row.email or row.phone or "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if not row.active:
                    item.setForeground(faded)
                self.table.setItem(number, column, item)
        self.set_empty(not rows)

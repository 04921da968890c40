"""The table a workspace tab lists records in: whole rows selected one at a time, a context
menu, double-click or Enter to edit, and the Delete key."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

Row = TypeVar("Row")


def set_up_record_table(
    table: QTableWidget,
    *,
    on_context_menu: Callable[[QPoint], Any],
    on_activated: Callable[[QModelIndex], Any],
    on_delete: Callable[[], Any],
) -> QAction:
    """Make ``table`` a read-only list of records that opens, menus and deletes them.

    Returns the Delete key's action, for its owner to name.
    """
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.customContextMenuRequested.connect(on_context_menu)
    table.doubleClicked.connect(on_activated)
    table.activated.connect(on_activated)
    delete = QAction(table)
    delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    delete.triggered.connect(on_delete)
    table.addAction(delete)
    return delete


def selected_record(table: QTableWidget, rows: Sequence[Row]) -> Row | None:
    """The record of the selected row, or None."""
    model = table.selectionModel()
    selected = model.selectedRows() if model else []
    return rows[selected[0].row()] if selected and selected[0].row() < len(rows) else None

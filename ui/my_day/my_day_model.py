"""My day's rows as one flat table: each group's heading row, then the group's rows.

A flat table rather than a tree: on a 10,000-account book My day may hold thousands of rows, and
a tree lays out every expanded row when it opens, while a table with rows of one height asks only
for the rows on screen. A heading row spans the table; activating it folds its group. Sorting
sorts the rows inside each group; the groups keep their order.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from cs_desktop.money import format_money
from cs_desktop.my_day import (
    Group,
    Item,
    MyDay,
    RenewalItem,
    TaskItem,
    describe,
    group_title,
    title_of,
    when_of,
)
from ui.account.labels import tier_label
from ui.dates import date_text, datetime_text
from ui.translation import number

Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = QColor("#c62828")
GROUPS = tuple(Group)
COLUMNS = 6  # len(Column): asked for often, so no enum work per call
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class Column(IntEnum):
    ACCOUNT = 0
    TITLE = 1
    WHEN = 2
    DETAIL = 3
    TIER = 4
    ARR = 5


def _when_key(value: date | datetime | None) -> tuple[int, float]:
    if value is None:
        return (0, 0.0)  # never: first, the longest ago
    if isinstance(value, datetime):
        return (1, value.timestamp())
    return (1, datetime(value.year, value.month, value.day).timestamp())


class MyDayModel(QAbstractTableModel):
    """The groups of a :class:`MyDay` and their rows (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.day: MyDay | None = None
        # Each group's rows, by the group's position; ``_flat`` is what the table shows.
        self._rows: list[list[Item]] = [[] for _ in GROUPS]
        self._flat: list[Group | Item] = []
        self._headings: dict[Group, int] = {}
        self.folded: set[Group] = set()
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    # -- data in -----------------------------------------------------------------------------
    def set_day(self, day: MyDay) -> None:
        self.beginResetModel()
        self.day = day
        self._rows = [list(day.group(group)) for group in GROUPS]
        if self._sorted is not None:
            self._sort_rows(*self._sorted)
        self._flatten()
        self.endResetModel()

    def _flatten(self) -> None:
        flat: list[Group | Item] = []
        self._headings = {}
        for group, rows in zip(GROUPS, self._rows, strict=True):
            self._headings[group] = len(flat)
            flat.append(group)
            if group not in self.folded:
                flat.extend(rows)
        self._flat = flat

    def heading_rows(self) -> list[int]:
        """The table rows holding a group's heading (they span the table)."""
        return list(self._headings.values())

    def toggle(self, group: Group) -> None:
        """Fold the group's rows under its heading, or unfold them."""
        self.beginResetModel()
        self.folded ^= {group}
        self._flatten()
        self.endResetModel()

    def items(self, group: Group) -> list[Item]:
        return list(self._rows[GROUPS.index(group)])

    def group_index(self, group: Group) -> QModelIndex:
        return self.index(self._headings.get(group, 0), 0)

    def group_at(self, index: Index) -> Group | None:
        """The group whose heading is at ``index``, or None on a row."""
        if not index.isValid() or index.row() >= len(self._flat):
            return None
        entry = self._flat[index.row()]
        return entry if isinstance(entry, Group) else None

    def item(self, index: Index) -> Item | None:
        if not index.isValid() or index.row() >= len(self._flat):
            return None
        entry = self._flat[index.row()]
        return None if isinstance(entry, Group) else entry

    def index_of(self, item: Item) -> QModelIndex:
        try:
            return self.index(self._flat.index(item), 0)
        except ValueError:
            return QModelIndex()

    # -- the table ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._flat)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ROW_FLAGS

    # -- cells -------------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.header_text(Column(section))

    def header_text(self, column: Column) -> str:
        texts: dict[Column, Callable[[], str]] = {
            Column.ACCOUNT: lambda: self.tr("Account"),
            Column.TITLE: lambda: self.tr("What"),
            Column.WHEN: lambda: self.tr("When"),
            Column.DETAIL: lambda: self.tr("Detail"),
            Column.TIER: lambda: self.tr("Tier"),
            Column.ARR: lambda: self.tr("ARR"),
        }
        return texts[column]()

    def retranslate(self) -> None:
        """The language changed: the headers are written again (the view sets the rows again)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._flat):
            return None
        entry = self._flat[index.row()]
        if isinstance(entry, Group):
            return self._group_data(entry, self._rows[GROUPS.index(entry)], index.column(), role)
        item = entry
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.TITLE, Column.DETAIL):
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.ARR:
            return self._arr_tooltip(item)
        if role == Qt.ItemDataRole.ForegroundRole and self._overdue(item, column):
            return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.ARR:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _group_data(self, group: Group, rows: list[Item], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == Column.ACCOUNT:
            mark = "▸" if group in self.folded else "▾"
            return (
                self.tr("%1 (%2)")
                .replace("%1", f"{mark} {group_title(group)}")
                .replace("%2", number(len(rows)))
            )
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return QApplication.palette().color(QPalette.ColorRole.Button)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Enter or a double-click folds or unfolds the group")
        return None

    def _today(self) -> date:
        return self.day.today if self.day is not None else date.today()

    def _display(self, item: Item, column: Column) -> str:
        if column == Column.ACCOUNT:
            return item.account.name
        if column == Column.TITLE:
            return title_of(item)
        if column == Column.WHEN:
            when = when_of(item)
            if when is None:
                return self.tr("never")
            return datetime_text(when) if isinstance(when, datetime) else date_text(when)
        if column == Column.DETAIL:
            return describe(item, self._today())
        if column == Column.TIER:
            return tier_label(item.account.tier)
        if isinstance(item, RenewalItem) and self.day is not None:
            reported = self.day.converted(item.arr, item.currency)
            if isinstance(reported, Decimal):
                return format_money(reported, self.day.reporting_currency)
            return format_money(item.arr, item.currency)
        return ""

    def _arr_key(self, item: Item) -> Decimal:
        if isinstance(item, RenewalItem) and self.day is not None:
            reported = self.day.converted(item.arr, item.currency)
            if isinstance(reported, Decimal):
                return reported
        return Decimal(-1)

    def _arr_tooltip(self, item: Item) -> str | None:
        if not isinstance(item, RenewalItem):
            return None
        recorded = format_money(item.arr, item.currency)
        if self.day is None or isinstance(self.day.converted(item.arr, item.currency), Decimal):
            return recorded
        return (
            self.tr("%1 (no exchange rate into %2 today)")
            .replace("%1", recorded)
            .replace("%2", self.day.reporting_currency if self.day is not None else "")
        )

    def _overdue(self, item: Item, column: Column) -> bool:
        return (
            column in (Column.WHEN, Column.DETAIL)
            and isinstance(item, TaskItem)
            and item.days_overdue(self._today()) > 0
        )

    # -- sorting -----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        kept = [(index, self.item(index)) for index in self.persistentIndexList()]
        self._sorted = (column, order)
        self._sort_rows(column, order)
        self._flatten()
        for index, item in kept:  # the selection follows its rows
            if item is not None:
                moved = self.index_of(item)
                self.changePersistentIndex(index, self.index(moved.row(), index.column()))
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        if column < 0:  # no sort column: the order each group was read in
            if self.day is not None:
                self._rows = [list(self.day.group(group)) for group in GROUPS]
            return
        which = Column(column)
        keys: dict[Column, Callable[[Item], Any]] = {
            Column.ACCOUNT: lambda item: item.account.name.casefold(),
            Column.TITLE: lambda item: title_of(item).casefold(),
            Column.WHEN: lambda item: _when_key(when_of(item)),
            Column.DETAIL: lambda item: describe(item, self._today()).casefold(),
            Column.TIER: lambda item: list(type(item.account.tier)).index(item.account.tier),
            Column.ARR: self._arr_key,
        }
        key = keys[which]
        descending = order == Qt.SortOrder.DescendingOrder
        for rows in self._rows:
            rows.sort(key=key, reverse=descending)

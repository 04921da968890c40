"""My day's rows as a two-level tree: the groups, and each group's rows under it.

A model of its own rather than items: on a 10,000-account book My day may hold thousands of
rows, and this model builds nothing per row until the view asks for a visible cell. Sorting
sorts the rows inside each group; the groups keep their order.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

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
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's core Item (None on a group)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2  # the Group a group row or a row belongs to
# A group row's internal id; a row's is its group's position plus one.
NO_PARENT = 0


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


def _arr_key(item: Item) -> Decimal:
    if isinstance(item, RenewalItem) and isinstance(item.arr_reporting, Decimal):
        return item.arr_reporting
    return Decimal(-1)


class MyDayModel(QAbstractItemModel):
    """The groups of a :class:`MyDay` and their rows (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.day: MyDay | None = None
        self._rows: dict[Group, list[Item]] = {group: [] for group in Group}
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    # -- data in -----------------------------------------------------------------------------
    def set_day(self, day: MyDay) -> None:
        self.beginResetModel()
        self.day = day
        self._rows = {group: list(day.group(group)) for group in Group}
        if self._sorted is not None:
            self._sort_rows(*self._sorted)
        self.endResetModel()

    def items(self, group: Group) -> list[Item]:
        return list(self._rows[group])

    def group_index(self, group: Group) -> QModelIndex:
        return self.index(list(Group).index(group), 0)

    def item(self, index: Index) -> Item | None:
        if not index.isValid() or index.internalId() == NO_PARENT:
            return None
        group = list(Group)[index.internalId() - 1]
        rows = self._rows[group]
        return rows[index.row()] if index.row() < len(rows) else None

    def index_of(self, item: Item) -> QModelIndex:
        for position, group in enumerate(Group):
            rows = self._rows[group]
            if item in rows:
                return self.createIndex(rows.index(item), 0, position + 1)
        return QModelIndex()

    # -- the tree ----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not parent.isValid():
            if 0 <= row < len(Group) and 0 <= column < len(Column):
                return self.createIndex(row, column, NO_PARENT)
            return QModelIndex()
        if parent.internalId() != NO_PARENT:
            return QModelIndex()
        group = list(Group)[parent.row()]
        if 0 <= row < len(self._rows[group]) and 0 <= column < len(Column):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == NO_PARENT:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(Group)
        if parent.internalId() != NO_PARENT or parent.column() != 0:
            return 0
        return len(self._rows[list(Group)[parent.row()]])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

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
        if not index.isValid():
            return None
        if index.internalId() == NO_PARENT:
            return self._group_data(list(Group)[index.row()], Column(index.column()), role)
        item = self.item(index)
        if item is None:
            return None
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
        if role == ITEM_ROLE:
            return item
        if role == GROUP_ROLE:
            return list(Group)[index.internalId() - 1]
        return None

    def _group_data(self, group: Group, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == Column.ACCOUNT:
            return (
                self.tr("%1 (%2)")
                .replace("%1", group_title(group))
                .replace("%2", number(len(self._rows[group])))
            )
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == GROUP_ROLE:
            return group
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
        if isinstance(item, RenewalItem):
            reported = item.arr_reporting
            if isinstance(reported, Decimal) and self.day is not None:
                return format_money(reported, self.day.reporting_currency)
            return format_money(item.arr, item.currency)
        return ""

    def _arr_tooltip(self, item: Item) -> str | None:
        if not isinstance(item, RenewalItem):
            return None
        recorded = format_money(item.arr, item.currency)
        if isinstance(item.arr_reporting, Decimal):
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
        for index, item in kept:  # the selection follows its rows
            if item is not None:
                moved = self.index_of(item)
                self.changePersistentIndex(
                    index, self.index(moved.row(), index.column(), moved.parent())
                )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        if column < 0:  # no sort column: the order each group was read in
            if self.day is not None:
                self._rows = {group: list(self.day.group(group)) for group in Group}
            return
        which = Column(column)
        keys: dict[Column, Callable[[Item], Any]] = {
            Column.ACCOUNT: lambda item: item.account.name.casefold(),
            Column.TITLE: lambda item: title_of(item).casefold(),
            Column.WHEN: lambda item: _when_key(when_of(item)),
            Column.DETAIL: lambda item: describe(item, self._today()).casefold(),
            Column.TIER: lambda item: list(type(item.account.tier)).index(item.account.tier),
            Column.ARR: _arr_key,
        }
        key = keys[which]
        descending = order == Qt.SortOrder.DescendingOrder
        for group in Group:
            self._rows[group].sort(key=key, reverse=descending)

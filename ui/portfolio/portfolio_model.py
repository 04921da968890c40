"""The portfolio table model: every account, filtered and sorted in memory, shown lazily.

All rows arrive at once from one query on a worker thread (10,000 accounts is a few MB of
DTOs); the view is handed them in chunks through ``canFetchMore``/``fetchMore`` so the first
paint does not wait for 10,000 rows of layout.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap

from cs_desktop.ids import AccountId
from cs_desktop.labels import stage_label, tier_label
from cs_desktop.money import format_money
from cs_desktop.portfolio import PortfolioRow
from cs_desktop.vocabulary import Stage, Tier
from ui.health.formatting import confidence_text, low_confidence_label

FETCH_CHUNK = 500
Index = QModelIndex | QPersistentModelIndex

BAND_COLOURS = {
    "red": QColor(220, 60, 60),
    "yellow": QColor(230, 170, 30),
    "green": QColor(50, 160, 80),
}


@dataclass(frozen=True)
class HealthCell:
    """What the portfolio shows of an account's health."""

    score: float | None
    band: str | None
    trend_30d: float | None
    low_confidence: bool = False  # the score stands on too little data: never shown green
    indicators_present: int = 0
    indicators_scored: int = 0
    weight_share: float = 0.0

    @property
    def confidence(self) -> str:
        """The confidence filter's value: "low", "enough", or "missing" (no score)."""
        if self.score is None:
            return MISSING
        return LOW if self.low_confidence else ENOUGH


class Column(IntEnum):
    NAME = 0
    TIER = 1
    STAGE = 2
    HEALTH = 3
    ARR = 4
    RENEWAL = 5
    LAST_TOUCHPOINT = 6
    OPEN_TASKS = 7


HEADERS = {
    Column.NAME: "Account",
    Column.TIER: "Tier",
    Column.STAGE: "Stage",
    Column.HEALTH: "Health",
    Column.ARR: "ARR",
    Column.RENEWAL: "Renews in",
    Column.LAST_TOUCHPOINT: "Last touchpoint",
    Column.OPEN_TASKS: "Open tasks",
}
TIER_ORDER = {"strategic": 0, "enterprise": 1, "mid_market": 2, "smb": 3}
STAGE_ORDER = {"sales": 0, "delivery": 1, "service": 2, "value": 3}


# The status filter's values; "" is every account.
ACTIVE, CHURNED, ARCHIVED = "active", "churned", "archived"
LOW, ENOUGH, MISSING = "low", "enough", "missing"  # the confidence filter's values
LOW_CONFIDENCE_COLOUR = QColor(138, 138, 138)
CHURNED_COLOUR = QColor(128, 128, 128)


@dataclass(frozen=True)
class PortfolioFilter:
    # Churned customers and archived accounts have left the book: shown only when asked for.
    status: str = ACTIVE
    text: str = ""
    stages: frozenset[str] = frozenset()
    tiers: frozenset[str] = frozenset()
    bands: frozenset[str] = frozenset()
    owner: str | None = None
    confidence: str = ""  # LOW, ENOUGH or MISSING; "" accepts every score

    def filters_on_health(self) -> bool:
        return bool(self.bands or self.confidence)

    def accepts(self, row: PortfolioRow, health: HealthCell | None) -> bool:
        if self.status and status_of(row) != self.status:
            return False
        if self.stages and row.stage not in self.stages:
            return False
        if self.tiers and row.tier not in self.tiers:
            return False
        if self.owner is not None and row.owner != self.owner:
            return False
        if self.bands:
            band = health.band if health is not None else None
            if (band or "missing") not in self.bands:
                return False
        if self.confidence:
            state = health.confidence if health is not None else MISSING
            if state != self.confidence:
                return False
        if self.text:
            needle = self.text.casefold()
            return needle in row.name.casefold() or needle in (row.owner or "").casefold()
        return True


def status_of(row: PortfolioRow) -> str:
    """Archived (by the CSM), else churned (the last renewal was lost), else active."""
    return ARCHIVED if row.archived else CHURNED if row.churned else ACTIVE


def _low_confidence_mark() -> QPixmap:
    """A grey hatched square: the band of a score that stands on too little data."""
    mark = QPixmap(12, 12)
    mark.fill(QColor(0, 0, 0, 0))
    painter = QPainter(mark)
    painter.setPen(LOW_CONFIDENCE_COLOUR)
    painter.setBrush(QBrush(LOW_CONFIDENCE_COLOUR, Qt.BrushStyle.BDiagPattern))
    painter.drawRect(0, 0, 11, 11)
    painter.end()
    return mark


def trend_arrow(trend: float | None) -> str:
    if trend is None:
        return ""
    if trend >= 3:
        return "▲"
    if trend <= -3:
        return "▼"
    return "▶"


class PortfolioModel(QAbstractTableModel):
    """Rows are :class:`PortfolioRow` DTOs; health cells are set separately when computed."""

    def __init__(self, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self._today = today
        self._rows: list[PortfolioRow] = []
        self._by_id: dict[AccountId, int] = {}
        self._health: dict[AccountId, HealthCell] = {}
        self._visible: list[int] = []
        self._shown = 0
        self._filter = PortfolioFilter()
        self._sort: tuple[int, Qt.SortOrder] = (Column.NAME, Qt.SortOrder.AscendingOrder)

    # -- data in -----------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[PortfolioRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._by_id = {row.id: index for index, row in enumerate(self._rows)}
        self._recompute_visible()
        self.endResetModel()

    def update_rows(self, rows: Iterable[PortfolioRow], removed: Iterable[AccountId] = ()) -> None:
        """Replace or add some accounts' rows (after an edit) and drop removed ones."""
        changed = False
        for row in rows:
            position = self._by_id.get(row.id)
            if position is None:
                self._by_id[row.id] = len(self._rows)
                self._rows.append(row)
            else:
                self._rows[position] = row
            changed = True
        gone = set(removed)
        if gone:
            self._rows = [row for row in self._rows if row.id not in gone]
            self._by_id = {row.id: index for index, row in enumerate(self._rows)}
            changed = True
        if changed:
            self.layoutAboutToBeChanged.emit()
            self._recompute_visible(keep_shown=True)
            self.layoutChanged.emit()

    def set_health(self, cells: dict[AccountId, HealthCell]) -> None:
        self._health.update(cells)
        if self._sort[0] == Column.HEALTH or self._filter.filters_on_health():
            self.layoutAboutToBeChanged.emit()
            self._recompute_visible(keep_shown=True)
            self.layoutChanged.emit()
        elif self._shown:
            self.dataChanged.emit(
                self.index(0, Column.HEALTH), self.index(self._shown - 1, Column.HEALTH)
            )

    def set_filter(self, portfolio_filter: PortfolioFilter) -> None:
        if portfolio_filter == self._filter:
            return
        self.beginResetModel()
        self._filter = portfolio_filter
        self._recompute_visible()
        self.endResetModel()

    # -- queries -----------------------------------------------------------------------------
    def account_id(self, row: int) -> AccountId:
        return self._rows[self._visible[row]].id

    def visible_account_ids(self) -> list[AccountId]:
        """Every account the filter lets through, in display order (fetched into view or not)."""
        return [self._rows[position].id for position in self._visible]

    def row_of(self, account_id: AccountId) -> int | None:
        position = self._by_id.get(account_id)
        if position is None:
            return None
        try:
            visible_row = self._visible.index(position)
        except ValueError:
            return None
        while visible_row >= self._shown and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return visible_row

    def total_count(self) -> int:
        return len(self._rows)

    def matching_count(self) -> int:
        return len(self._visible)

    def owners(self) -> list[str]:
        return sorted({row.owner for row in self._rows if row.owner})

    def portfolio_row(self, account_id: AccountId) -> PortfolioRow | None:
        """The account's row, shown or not (None when it is not in the store)."""
        position = self._by_id.get(account_id)
        return None if position is None else self._rows[position]

    def health_of(self, account_id: AccountId) -> HealthCell | None:
        return self._health.get(account_id)

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._visible)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(FETCH_CHUNK, len(self._visible) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        row = self._rows[self._visible[index.row()]]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.ARR,
            Column.RENEWAL,
            Column.OPEN_TASKS,
            Column.HEALTH,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.HEALTH:
            cell = self._health.get(row.id)
            if cell is not None and cell.low_confidence:
                return _low_confidence_mark()
            return BAND_COLOURS.get(cell.band or "") if cell else None
        if role == Qt.ItemDataRole.ForegroundRole and (row.churned or row.archived):
            return CHURNED_COLOUR
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.HEALTH:
            cell = self._health.get(row.id)
            if cell is not None and cell.low_confidence:
                return LOW_CONFIDENCE_COLOUR
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.RENEWAL:
            days = row.days_to_renewal(self._today())
            if days is not None and days < 120:
                return QColor(200, 40, 40)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _display(self, row: PortfolioRow, column: Column) -> str:
        if column == Column.NAME:
            return row.name
        if column == Column.TIER:
            return tier_label(Tier(row.tier))
        if column == Column.STAGE:
            return stage_label(Stage(row.stage))
        if column == Column.HEALTH:
            cell = self._health.get(row.id)
            if cell is None:
                return "…"
            if cell.score is None:
                return "no data"
            return f"{cell.score:.0f} {trend_arrow(cell.trend_30d)}"
        if column == Column.ARR:
            return format_money(row.arr, row.currency)
        if column == Column.RENEWAL:
            if row.archived:
                return "archived"
            if row.churned:
                return "churned"
            days = row.days_to_renewal(self._today())
            if days is None:
                return "—"
            return f"{days} days" if days >= 0 else f"{-days} days ago"
        if column == Column.LAST_TOUCHPOINT:
            return _ago(row.last_touchpoint_at, self._today())
        return str(row.open_tasks) if row.open_tasks else ""

    def _tooltip(self, row: PortfolioRow, column: Column) -> str | None:
        if column == Column.HEALTH:
            cell = self._health.get(row.id)
            if cell is None:
                return "Health is being computed"
            if cell.score is None:
                return "No health inputs recorded yet"
            trend = "" if cell.trend_30d is None else f", {cell.trend_30d:+.0f} in 30 days"
            based_on = confidence_text(
                cell.indicators_present, cell.indicators_scored, cell.weight_share
            )
            if cell.low_confidence:
                based_on = f"{low_confidence_label()}: {based_on}"
            return f"Health {cell.score:.0f} ({cell.band}){trend}\n{based_on}"
        if column == Column.RENEWAL and row.archived:
            return "Archived: out of the book until restored"
        if column == Column.RENEWAL and row.churned_on is not None:
            return f"Churned: the contract ended on {row.churned_on.isoformat()}"
        if column == Column.RENEWAL and row.renewal_date:
            return f"Renews on {row.renewal_date.isoformat()}"
        if column == Column.LAST_TOUCHPOINT and row.last_touchpoint_at:
            return row.last_touchpoint_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._recompute_visible(keep_shown=True)
        self.layoutChanged.emit()

    # -- internals ---------------------------------------------------------------------------
    def _recompute_visible(self, keep_shown: bool = False) -> None:
        health = self._health
        visible = [
            index
            for index, row in enumerate(self._rows)
            if self._filter.accepts(row, health.get(row.id))
        ]
        column, order = self._sort
        key = self._sort_key(Column(column))
        visible.sort(key=lambda index: key(self._rows[index]))
        if order == Qt.SortOrder.DescendingOrder:
            visible.reverse()
        self._visible = visible
        wanted = max(self._shown, FETCH_CHUNK) if keep_shown else FETCH_CHUNK
        self._shown = min(len(visible), wanted)

    def _sort_key(self, column: Column) -> Callable[[PortfolioRow], Any]:
        today = self._today()
        far = 10**9
        keys: dict[Column, Callable[[PortfolioRow], Any]] = {
            Column.NAME: lambda r: r.name.casefold(),
            Column.TIER: lambda r: (TIER_ORDER.get(r.tier, 9), r.name.casefold()),
            Column.STAGE: lambda r: (STAGE_ORDER.get(r.stage, 9), r.name.casefold()),
            Column.HEALTH: lambda r: _health_key(self._health.get(r.id)),
            Column.ARR: lambda r: (r.currency, r.arr),
            Column.RENEWAL: lambda r: (
                far if r.churned or r.archived or (d := r.days_to_renewal(today)) is None else d
            ),
            Column.LAST_TOUCHPOINT: lambda r: (
                r.last_touchpoint_at.timestamp() if r.last_touchpoint_at else -far
            ),
            Column.OPEN_TASKS: lambda r: r.open_tasks,
        }
        return keys[column]


def _health_key(cell: HealthCell | None) -> float:
    # Unknown scores sort below every real score, whichever direction.
    return -1.0 if cell is None or cell.score is None else cell.score


def _ago(when: datetime | None, today: date) -> str:
    if when is None:
        return "never"
    days = (today - when.astimezone().date()).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 60:
        return f"{days} days ago"
    return when.astimezone().strftime("%Y-%m-%d")

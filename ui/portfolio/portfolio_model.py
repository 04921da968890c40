"""The portfolio table model: every account, filtered and sorted in memory, shown lazily.

All rows arrive at once from one query on a worker thread (10,000 accounts is a few MB of
DTOs); the view is handed them in chunks through ``canFetchMore``/``fetchMore`` so the first
paint does not wait for 10,000 rows of layout.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap

from cs_desktop.ids import AccountId
from cs_desktop.money import format_money
from cs_desktop.portfolio import PortfolioRow
from cs_desktop.rates import Gaps, RateGap, Reporting, Total
from cs_desktop.vocabulary import Stage, Tier
from ui.account.labels import stage_label, tier_label
from ui.dates import date_text, datetime_text, moment_date_text
from ui.health.formatting import band_label, confidence_text, low_confidence_label
from ui.translation import number

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


TIER_ORDER = {"strategic": 0, "enterprise": 1, "mid_market": 2, "smb": 3}
STAGE_ORDER = {"sales": 0, "delivery": 1, "service": 2, "value": 3}


def tier_text(tier: str) -> str:
    """A tier as the portfolio shows it; one it does not know reads as stored."""
    try:
        return tier_label(Tier(tier))
    except ValueError:
        return tier


def stage_text(stage: str) -> str:
    try:
        return stage_label(Stage(stage))
    except ValueError:
        return stage


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
    """Rows are :class:`PortfolioRow` DTOs; health cells are set separately when computed.

    Signals:
        rows_edited: some rows changed in place (no layout change): the total may have moved.
    """

    rows_edited = Signal()

    def __init__(self, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self._today = today
        self._rows: list[PortfolioRow] = []
        self._by_id: dict[AccountId, int] = {}
        self._health: dict[AccountId, HealthCell] = {}
        self._visible: list[int] = []
        self._visible_version = 0  # moves whenever the shown accounts or their order change
        self._shown = 0
        self._filter = PortfolioFilter()
        self._sort: tuple[int, Qt.SortOrder] = (Column.NAME, Qt.SortOrder.AscendingOrder)
        self._reporting: Reporting | None = None
        # Each account's ARR in the reporting currency today (or the missing rate), as needed.
        self._converted: dict[AccountId, Decimal | RateGap] = {}
        # The last total and what it was of: sorting (a new layout) does not change it.
        self._total: tuple[object, Total | None] = (None, None)

    # -- data in -----------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[PortfolioRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._converted.clear()
        self._total = (None, None)
        self._by_id = {row.id: index for index, row in enumerate(self._rows)}
        self._recompute_visible()
        self.endResetModel()

    def update_rows(self, rows: Iterable[PortfolioRow], removed: Iterable[AccountId] = ()) -> None:
        """Replace or add some accounts' rows (after an edit) and drop removed ones.

        An edit that leaves a row where it was (same place in the sort, same answer to the
        filter) repaints that row only: re-sorting every account would cost an edit's refresh
        tens of milliseconds on a large book.
        """
        self._total = (None, None)
        gone = set(removed)
        relayout = bool(gone)
        key = self._sort_key(Column(self._sort[0]))
        repaint: list[int] = []
        for row in rows:
            position = self._by_id.get(row.id)
            if position is None:
                self._by_id[row.id] = len(self._rows)
                self._rows.append(row)
                relayout = True
                continue
            old = self._rows[position]
            before = None if relayout else (self._accepts(old), key(old))
            self._converted.pop(row.id, None)
            self._rows[position] = row
            if before is not None and before != (self._accepts(row), key(row)):
                relayout = True
            repaint.append(position)
        if gone:
            self._rows = [row for row in self._rows if row.id not in gone]
            self._by_id = {row.id: index for index, row in enumerate(self._rows)}
        if relayout:
            self.layoutAboutToBeChanged.emit()
            self._recompute_visible(keep_shown=True)
            self.layoutChanged.emit()
            return
        shown = {position: index for index, position in enumerate(self._visible[: self._shown])}
        for position in repaint:
            index = shown.get(position)
            if index is not None:
                self.dataChanged.emit(self.index(index, 0), self.index(index, len(Column) - 1))
        if repaint:
            self.rows_edited.emit()

    def _accepts(self, row: PortfolioRow) -> bool:
        return self._filter.accepts(row, self._health.get(row.id))

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

    def set_reporting(self, reporting: Reporting | None) -> None:
        """Compute ARR (sort, total, the converted amount shown) in ``reporting``'s currency."""
        self.layoutAboutToBeChanged.emit()
        self._reporting = reporting
        self._converted.clear()
        self._total = (None, None)
        self._recompute_visible(keep_shown=True)
        self.layoutChanged.emit()

    @property
    def reporting(self) -> Reporting | None:
        return self._reporting

    def converted_arr(self, row: PortfolioRow) -> Decimal | RateGap | None:
        """The row's ARR in the reporting currency today; the missing rate; None before the
        reporting currency is known."""
        reporting = self._reporting
        if reporting is None:
            return None
        found = self._converted.get(row.id)
        if found is None:
            found = reporting.try_convert(row.arr, row.currency, self._today())
            self._converted[row.id] = found
        return found

    def arr_total(self) -> Total | None:
        """The ARR of the accounts the filter lets through, in the reporting currency."""
        reporting = self._reporting
        if reporting is None:
            return None
        key = (id(reporting), self._today(), self._visible_version)
        if self._total[0] == key:
            return self._total[1]
        total = Decimal(0)
        recorded: dict[str, Decimal] = {}
        gaps = Gaps()
        for position in self._visible:
            row = self._rows[position]
            recorded[row.currency] = recorded.get(row.currency, Decimal(0)) + row.arr
            converted = self.converted_arr(row)
            if isinstance(converted, RateGap):
                gaps.add(converted)
            elif converted is not None:
                total += converted
        found = Total(
            reporting.currency,
            None if gaps else total,
            gaps.found(),
            dict(sorted(recorded.items())),
        )
        self._total = (key, found)
        return found

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
            return self.header_text(Column(section))
        return None

    def header_text(self, column: Column) -> str:
        return {
            Column.NAME: self.tr("Account"),
            Column.TIER: self.tr("Tier"),
            Column.STAGE: self.tr("Stage"),
            Column.HEALTH: self.tr("Health"),
            Column.ARR: self.tr("ARR"),
            Column.RENEWAL: self.tr("Renews in"),
            Column.LAST_TOUCHPOINT: self.tr("Last touchpoint"),
            Column.OPEN_TASKS: self.tr("Open tasks"),
        }[column]

    def retranslate(self) -> None:
        """The language changed: every header and cell reads again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, len(Column) - 1))

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
            return tier_text(row.tier)
        if column == Column.STAGE:
            return stage_text(row.stage)
        if column == Column.HEALTH:
            cell = self._health.get(row.id)
            if cell is None:
                return "…"
            if cell.score is None:
                return self.tr("no data")
            return f"{cell.score:.0f} {trend_arrow(cell.trend_30d)}"
        if column == Column.ARR:
            return self._arr_text(row)
        if column == Column.RENEWAL:
            if row.archived:
                return self.tr("archived")
            if row.churned:
                return self.tr("churned")
            days = row.days_to_renewal(self._today())
            if days is None:
                return "—"
            if days >= 0:
                return self.tr("%Ln day(s)", "", days)
            return self.tr("%Ln day(s) ago", "", -days)
        if column == Column.LAST_TOUCHPOINT:
            return self._ago(row.last_touchpoint_at, self._today())
        return number(row.open_tasks) if row.open_tasks else ""

    def _arr_text(self, row: PortfolioRow) -> str:
        """``¥104,770,000 (US$702,000)``: as recorded, then in the reporting currency."""
        recorded = format_money(row.arr, row.currency)
        reporting = self._reporting
        if reporting is None or row.currency == reporting.currency:
            return recorded
        converted = self.converted_arr(row)
        if isinstance(converted, RateGap) or converted is None:
            return self.tr("%1 (no rate)").replace("%1", recorded)
        return (
            self.tr("%1 (%2)")
            .replace("%1", recorded)
            .replace("%2", format_money(converted, reporting.currency))
        )

    def _arr_tooltip(self, row: PortfolioRow) -> str | None:
        reporting = self._reporting
        if reporting is None or row.currency == reporting.currency:
            return None
        converted = self.converted_arr(row)
        if isinstance(converted, RateGap):
            return self.tr("Not converted: %1").replace("%1", converted.message())
        used = reporting.rates.lookup(row.currency, reporting.currency, self._today())
        if converted is None or used is None:
            return None
        stored = used.stored
        return (
            self.tr("%1 = %2 at the %3->%4 rate of %5 (from %6)")
            .replace("%1", format_money(row.arr, row.currency, whole=False))
            .replace("%2", format_money(converted, reporting.currency, whole=False))
            .replace("%3", stored.from_currency)
            .replace("%4", stored.to_currency)
            .replace("%5", f"{stored.rate:f}")
            .replace("%6", date_text(stored.effective_on))
        )

    def _tooltip(self, row: PortfolioRow, column: Column) -> str | None:
        if column == Column.ARR:
            return self._arr_tooltip(row)
        if column == Column.HEALTH:
            cell = self._health.get(row.id)
            if cell is None:
                return self.tr("Health is being computed")
            if cell.score is None:
                return self.tr("No health inputs recorded yet")
            based_on = confidence_text(
                cell.indicators_present, cell.indicators_scored, cell.weight_share
            )
            if cell.low_confidence:
                based_on = (
                    self.tr("%1: %2").replace("%1", low_confidence_label()).replace("%2", based_on)
                )
            score = (
                self.tr("Health %1 (%2)")
                if cell.trend_30d is None
                else self.tr("Health %1 (%2), %3 in 30 days").replace(
                    "%3", f"{cell.trend_30d:+.0f}"
                )
            )
            score = score.replace("%1", f"{cell.score:.0f}").replace("%2", band_label(cell.band))
            return f"{score}\n{based_on}"
        if column == Column.RENEWAL and row.archived:
            return self.tr("Archived: out of the book until restored")
        if column == Column.RENEWAL and row.churned_on is not None:
            return self.tr("Churned: the contract ended on %1").replace(
                "%1", date_text(row.churned_on, "long")
            )
        if column == Column.RENEWAL and row.renewal_date:
            return self.tr("Renews on %1").replace("%1", date_text(row.renewal_date, "long"))
        if column == Column.LAST_TOUCHPOINT and row.last_touchpoint_at:
            return datetime_text(row.last_touchpoint_at)
        return None

    def _ago(self, when: datetime | None, today: date) -> str:
        if when is None:
            return self.tr("never")
        days = (today - when.astimezone().date()).days
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        if days < 60:
            return self.tr("%Ln day(s) ago", "", days)
        return moment_date_text(when)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._recompute_visible(keep_shown=True)
        self.layoutChanged.emit()

    # -- internals ---------------------------------------------------------------------------
    def _arr_key(self, row: PortfolioRow) -> tuple[int, str, Decimal]:
        # Converted amounts compare across currencies; an amount that cannot be converted
        # (a missing rate, or before the rates are read) sorts below every converted one.
        converted = self.converted_arr(row)
        if isinstance(converted, Decimal):
            return (1, "", converted)
        return (0, row.currency, row.arr)

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
        self._visible_version += 1
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
            Column.ARR: self._arr_key,
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

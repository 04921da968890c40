"""The portfolio: a filter bar over the accounts table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.ids import AccountId
from cs_desktop.labels import band_label, stage_label, tier_label
from cs_desktop.vocabulary import Stage, Tier
from ui.portfolio.portfolio_model import (
    ACTIVE,
    ARCHIVED,
    CHURNED,
    ENOUGH,
    LOW,
    MISSING,
    Column,
    PortfolioFilter,
    PortfolioModel,
)

ALL = ""
STAGES = ("sales", "delivery", "service", "value")
BANDS = ("red", "yellow", "green")
TYPE_TO_FILTER_DELAY_MS = 120


class PortfolioView(QWidget):
    """Filters and the accounts table; emits ``account_opened`` on Enter or double-click."""

    account_opened = Signal(object)  # AccountId

    def __init__(self, model: PortfolioModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter accounts by name or owner…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter accounts"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Active accounts"), ACTIVE)
        self.status.addItem(self.tr("Churned"), CHURNED)
        self.status.addItem(self.tr("Archived"), ARCHIVED)
        self.status.addItem(self.tr("All accounts"), ALL)
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.setToolTip(
            self.tr("Churned customers and archived accounts have left the book: shown on request")
        )
        self.stage = self._combo(
            self.tr("All stages"), [(s, stage_label(Stage(s))) for s in STAGES]
        )
        self.stage.setAccessibleName(self.tr("Stage filter"))
        self.tier = self._combo(self.tr("All tiers"), [(t.value, tier_label(t)) for t in Tier])
        self.tier.setAccessibleName(self.tr("Tier filter"))
        self.band = self._combo(
            self.tr("Any health"),
            [*((band, band_label(band)) for band in BANDS), ("missing", self.tr("No data"))],
        )
        self.band.setAccessibleName(self.tr("Health band filter"))
        self.confidence = self._combo(
            self.tr("Any confidence"),
            [
                (LOW, self.tr("Low confidence")),
                (ENOUGH, self.tr("Enough data")),
                (MISSING, self.tr("No data")),
            ],
        )
        self.confidence.setAccessibleName(self.tr("Score confidence filter"))
        self.confidence.setToolTip(
            self.tr("Low confidence: the inputs present carry too little of the scorecard's weight")
        )
        self.owner = self._combo(self.tr("All owners"), [])
        self.owner.setAccessibleName(self.tr("Owner filter"))
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Matching accounts"))

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for combo in (self.status, self.stage, self.tier, self.band, self.confidence, self.owner):
            bar.addWidget(combo, 1)
        bar.addWidget(self.count)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (Column.TIER, 100),
            (Column.STAGE, 90),
            (Column.HEALTH, 90),
            (Column.ARR, 130),
            (Column.RENEWAL, 100),
            (Column.LAST_TOUCHPOINT, 130),
            (Column.OPEN_TASKS, 90),
        ):
            header.resizeSection(column, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated.connect(self._on_table_activated)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self._debounce = QTimer(self, singleShot=True, interval=TYPE_TO_FILTER_DELAY_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.status, self.stage, self.tier, self.band, self.confidence, self.owner):
            combo.currentIndexChanged.connect(self._apply_filter)
        model.modelReset.connect(self._on_model_reset)
        model.layoutChanged.connect(self._update_count)
        model.rowsInserted.connect(self._update_count)
        self._update_count()

    def _combo(self, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, ALL)
        for value, label in items:
            combo.addItem(label, value)
        return combo

    def _on_model_reset(self) -> None:
        owners = self.model.owners()
        current = self.owner.currentData()
        if [self.owner.itemData(i) for i in range(1, self.owner.count())] != owners:
            self.owner.blockSignals(True)
            self.owner.clear()
            self.owner.addItem(self.tr("All owners"), ALL)
            for owner in owners:
                self.owner.addItem(owner, owner)
            self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
            self.owner.blockSignals(False)
        self._update_count()

    def _apply_filter(self) -> None:
        def chosen(combo: QComboBox) -> frozenset[str]:
            value = combo.currentData()
            return frozenset({value}) if value else frozenset()

        self.model.set_filter(
            PortfolioFilter(
                status=self.status.currentData(),
                text=self.search.text().strip(),
                stages=chosen(self.stage),
                tiers=chosen(self.tier),
                bands=chosen(self.band),
                owner=self.owner.currentData() or None,
                confidence=self.confidence.currentData() or "",
            )
        )

    def _update_count(self) -> None:
        total, matching = self.model.total_count(), self.model.matching_count()
        text = (
            self.tr("%n account(s)", "", total)
            if matching == total
            else self.tr("%1 of %2 accounts")
            .replace("%1", f"{matching:,}")
            .replace("%2", f"{total:,}")
        )
        self.count.setText(text.replace(str(total), f"{total:,}", 1) if matching == total else text)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.account_opened.emit(self.model.account_id(index.row()))

    def selected_account(self) -> AccountId | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.account_id(rows[0].row()) if rows else None

    def select_account(self, account_id: AccountId) -> None:
        row = self.model.row_of(account_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def focus_filter(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

"""The portfolio: a filter bar over the accounts table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
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
from cs_desktop.money import format_money
from cs_desktop.vocabulary import Stage, Tier
from ui.account.labels import stage_label, tier_label
from ui.forms import ERROR_COLOUR
from ui.health.formatting import band_label
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
from ui.translation import Words, is_language_change, item_texts, number

ALL = ""
BANDS = ("red", "yellow", "green", "missing")
TYPE_TO_FILTER_DELAY_MS = 120

TOTAL_DELAY_MS = 150


class PortfolioView(QWidget):
    """Filters and the accounts table; emits ``account_opened`` on Enter or double-click."""

    account_opened = Signal(object)  # AccountId

    def __init__(self, model: PortfolioModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        words = self.words = Words()
        self.search = QLineEdit()
        words.bind(
            self.search.setPlaceholderText, lambda: self.tr("Filter accounts by name or owner…")
        )
        self.search.setClearButtonEnabled(True)
        words.bind(self.search.setAccessibleName, lambda: self.tr("Filter accounts"))
        self.status = self._combo([ACTIVE, CHURNED, ARCHIVED, ALL])
        words.bind(
            item_texts(self.status),
            lambda: [
                self.tr("Active accounts"),
                self.tr("Churned"),
                self.tr("Archived"),
                self.tr("All accounts"),
            ],
        )
        words.bind(self.status.setAccessibleName, lambda: self.tr("Status filter"))
        words.bind(
            self.status.setToolTip,
            lambda: self.tr(
                "Churned customers and archived accounts have left the book: shown on request"
            ),
        )
        self.stage = self._combo([ALL, *(stage.value for stage in Stage)])
        words.bind(
            item_texts(self.stage),
            lambda: [self.tr("All stages"), *(stage_label(stage) for stage in Stage)],
        )
        words.bind(self.stage.setAccessibleName, lambda: self.tr("Stage filter"))
        self.tier = self._combo([ALL, *(tier.value for tier in Tier)])
        words.bind(
            item_texts(self.tier), lambda: [self.tr("All tiers"), *(tier_label(t) for t in Tier)]
        )
        words.bind(self.tier.setAccessibleName, lambda: self.tr("Tier filter"))
        self.band = self._combo([ALL, *BANDS])
        words.bind(
            item_texts(self.band),
            lambda: [
                self.tr("Any health"),
                *(band_label(band) for band in BANDS[:-1]),
                self.tr("No data"),
            ],
        )
        words.bind(self.band.setAccessibleName, lambda: self.tr("Health band filter"))
        self.confidence = self._combo([ALL, LOW, ENOUGH, MISSING])
        words.bind(
            item_texts(self.confidence),
            lambda: [
                self.tr("Any confidence"),
                self.tr("Low confidence"),
                self.tr("Enough data"),
                self.tr("No data"),
            ],
        )
        words.bind(self.confidence.setAccessibleName, lambda: self.tr("Score confidence filter"))
        words.bind(
            self.confidence.setToolTip,
            lambda: self.tr(
                "Low confidence: the inputs present carry too little of the scorecard's weight"
            ),
        )
        self.owner = self._combo([ALL])
        words.bind(item_texts(self.owner), lambda: [self.tr("All owners")])
        words.bind(self.owner.setAccessibleName, lambda: self.tr("Owner filter"))
        self.count = QLabel()
        words.bind(self.count.setAccessibleName, lambda: self.tr("Matching accounts"))
        self.total = QLabel()
        words.bind(self.total.setAccessibleName, lambda: self.tr("Total ARR"))
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        self.total.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for combo in (self.status, self.stage, self.tier, self.band, self.confidence, self.owner):
            bar.addWidget(combo, 1)
        bar.addWidget(self.count)

        self.table = QTableView()
        words.bind(self.table.setAccessibleName, lambda: self.tr("Accounts"))
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
            (Column.ARR, 210),
            (Column.RENEWAL, 100),
            (Column.LAST_TOUCHPOINT, 130),
            (Column.OPEN_TASKS, 90),
        ):
            header.resizeSection(column, width)
        self.fit_header()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated.connect(self._on_table_activated)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.total)

        self._debounce = QTimer(self, singleShot=True, interval=TYPE_TO_FILTER_DELAY_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.status, self.stage, self.tier, self.band, self.confidence, self.owner):
            combo.currentIndexChanged.connect(self._apply_filter)
        model.modelReset.connect(self._on_model_reset)
        model.layoutChanged.connect(self._update_count)
        # The total adds up every shown account: computed once the burst of changes (an edit,
        # then its score) is over, never on the way of the edit itself.
        self._total_timer = QTimer(self, singleShot=True, interval=TOTAL_DELAY_MS)
        self._total_timer.timeout.connect(self._update_total)
        model.layoutChanged.connect(self._total_timer.start)
        model.rows_edited.connect(self._total_timer.start)
        model.rowsInserted.connect(self._update_count)
        self._update_count()
        self._update_total()

    def _combo(self, values: list[str]) -> QComboBox:
        """A filter box with an item per value; their words are bound after."""
        combo = QComboBox()
        for value in values:
            combo.addItem("", value)
        return combo

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            self.model.retranslate()
            self._update_count()
            self.fit_header()
        super().changeEvent(event)

    def fit_header(self) -> None:
        """Widen any column too narrow for its title (a longer language); never narrow one."""
        header = self.table.horizontalHeader()
        for column in range(1, header.count()):  # the name column stretches
            wanted = header.sectionSizeHint(column)
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)

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
        self._update_total()

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
        self.count.setText(
            self.tr("%Ln account(s)", "", total)
            if matching == total
            else self.tr("%1 of %Ln account(s)", "", total).replace("%1", number(matching))
        )

    def _update_total(self) -> None:
        """The ARR of the accounts shown, in the reporting currency (or the missing rate)."""
        total = self.model.arr_total()
        if total is None or not total.recorded:
            self.total.clear()
            self.total.setToolTip("")
            return
        recorded = " + ".join(format_money(amount, code) for code, amount in total.recorded.items())
        if total.amount is None:
            self.total.setText(
                self.tr("Total ARR not computed: %1. Add it in Tools → Exchange rates…").replace(
                    "%1", "; ".join(gap.message() for gap in total.gaps)
                )
            )
            self.total.setStyleSheet(f"color: {ERROR_COLOUR};")
        elif total.converted:
            self.total.setText(
                self.tr("Total ARR of the accounts shown: %1 (%2, at today's rates)")
                .replace("%1", format_money(total.amount, total.currency))
                .replace("%2", recorded)
            )
            self.total.setStyleSheet("")
        else:
            self.total.setText(
                self.tr("Total ARR of the accounts shown: %1").replace(
                    "%1", format_money(total.amount, total.currency)
                )
            )
            self.total.setStyleSheet("")
        self.total.setToolTip(
            self.tr("In the reporting currency, %1; as recorded: %2")
            .replace("%1", total.currency)
            .replace("%2", recorded)
        )

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

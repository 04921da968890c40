"""The touchpoint log: newest first, filtered by kind, with the selected one in full."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.account_detail import TouchpointRow
from cs_desktop.ids import StakeholderId, TouchpointId
from cs_desktop.vocabulary import TouchpointKind
from ui.account.empty_state import empty_label
from ui.account.labels import kind_label, satisfaction_label
from ui.account.record_dialog import on_delete_key
from ui.account.touchpoint_model import Column, SatisfactionDelegate, TouchpointTableModel
from ui.dates import date_width, datetime_text
from ui.translation import Words, is_language_change, item_texts, number


class TouchpointLog(QWidget):
    """Lists touchpoint DTOs; asks the workspace for capture or older rows through signals."""

    capture_requested = Signal()
    more_requested = Signal()
    edit_requested = Signal(int)  # TouchpointId
    delete_requested = Signal(int)  # TouchpointId
    brief_requested = Signal(int)  # TouchpointId: the meeting to prepare

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attendees: dict[TouchpointId, tuple[StakeholderId, ...]] = {}
        self._people: dict[StakeholderId, str] = {}
        self._limit = 0

        words = self.words = Words()
        title = QLabel()
        words.bind(title.setText, lambda: self.tr("Touchpoints"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.kind_filter = QComboBox()
        words.bind(self.kind_filter.setAccessibleName, lambda: self.tr("Show touchpoints of kind"))
        self.kind_filter.addItem("", None)
        for kind in TouchpointKind:
            self.kind_filter.addItem("", kind)
        words.bind(
            item_texts(self.kind_filter),
            lambda: [self.tr("All kinds"), *(kind_label(kind) for kind in TouchpointKind)],
        )
        self.kind_filter.currentIndexChanged.connect(self._on_kind_filter_changed)
        filter_label = QLabel()
        words.bind(filter_label.setText, lambda: self.tr("&Kind:"))
        filter_label.setBuddy(self.kind_filter)
        self.count = QLabel()
        self.more_button = QPushButton()
        words.bind(self.more_button.setText, lambda: self.tr("Show &older"))
        words.bind(self.more_button.setAccessibleName, lambda: self.tr("Show older touchpoints"))
        self.more_button.clicked.connect(self.more_requested)
        self.capture_button = QPushButton()
        words.bind(self.capture_button.setText, lambda: self.tr("&Log touchpoint…"))
        words.bind(self.capture_button.setToolTip, lambda: self.tr("Log a touchpoint (Ctrl+N)"))
        words.bind(self.capture_button.setAccessibleName, lambda: self.tr("Log a touchpoint"))
        self.capture_button.clicked.connect(self.capture_requested)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(title)
        bar.addSpacing(12)
        bar.addWidget(filter_label)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.more_button)
        bar.addWidget(self.capture_button)

        self.model = TouchpointTableModel(self)
        self.table = QTableView()
        words.bind(self.table.setAccessibleName, lambda: self.tr("Touchpoint log"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(Column.PULSE, SatisfactionDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self._size_columns()
        self.table.setColumnWidth(
            Column.TITLE, self.table.fontMetrics().horizontalAdvance("M" * 22) + 36
        )
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.doubleClicked.connect(lambda _index: self._request(self.edit_requested))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        on_delete_key(self.table, lambda: self._request(self.delete_requested))

        self.empty = empty_label("")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.detail = QTextBrowser()
        words.bind(self.detail.setAccessibleName, lambda: self.tr("Selected touchpoint"))
        self.detail.setOpenLinks(False)
        words.bind(
            self.detail.setPlaceholderText,
            lambda: self.tr("Select a touchpoint to read it in full."),
        )

        # Detail under the list: the table keeps the full width for title and notes.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.detail.setMinimumHeight(90)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.table)
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            self.model.retranslate()
            self._size_columns()
            self._show_counts()
            self._show_detail(self.table.currentIndex())
        super().changeEvent(event)

    def _size_columns(self) -> None:
        """Fit the date, kind and satisfaction columns to their words in the current language."""
        metrics = self.table.fontMetrics()
        self.table.setColumnWidth(Column.WHEN, date_width(metrics) + 36)
        kind = metrics.horizontalAdvance(kind_label(TouchpointKind.SUPPORT_CASE))
        self.table.setColumnWidth(Column.KIND, kind + 36)
        self.table.setColumnWidth(Column.PULSE, SatisfactionDelegate.width_for(metrics) + 8)

    def set_touchpoints(
        self,
        rows: tuple[TouchpointRow, ...],
        attendees: dict[TouchpointId, tuple[StakeholderId, ...]],
        people: dict[StakeholderId, str],
        limit: int,
    ) -> None:
        """Show ``rows`` (the latest ``limit`` at most); keeps the selection where it can."""
        current = self.selected_id()
        self._attendees, self._people, self._limit = attendees, people, limit
        self.model.set_rows(rows)
        self.more_button.setVisible(len(rows) >= limit)
        self._after_rows_changed(current)

    def select(self, touchpoint_id: TouchpointId) -> bool:
        """Select and show one touchpoint; clears a kind filter that hides it."""
        if not self.model.contains(touchpoint_id):
            return False
        if self.model.row_of(touchpoint_id) is None:
            self.kind_filter.setCurrentIndex(0)
        row = self.model.row_of(touchpoint_id)
        assert row is not None
        index = self.model.index(row, Column.TITLE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def selected_id(self) -> TouchpointId | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_data(index.row()).id

    def context_menu(self) -> QMenu:
        """The menu for the selected touchpoint."""
        menu = QMenu(self)
        if self.selected_id() is not None:
            menu.addAction(self.tr("&Edit…"), lambda: self._request(self.edit_requested))
            menu.addAction(self.tr("&Delete"), lambda: self._request(self.delete_requested))
            menu.addAction(self.tr("Meeting &brief…"), lambda: self._request(self.brief_requested))
            menu.addSeparator()
        menu.addAction(self.tr("&Log touchpoint…"), self.capture_requested.emit)
        return menu

    def _request(self, signal: SignalInstance) -> None:
        selected = self.selected_id()
        if selected is not None:
            signal.emit(selected)

    def _on_table_context_menu_requested(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _show_counts(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if total == 0:
            self.count.setText("")
        elif self.model.kind is None:
            self.count.setText(self.tr("%1 shown").replace("%1", number(total)))
        else:
            self.count.setText(
                self.tr("%1 of %2").replace("%1", number(shown)).replace("%2", number(total))
            )
        if shown == 0 and total > 0:
            self.empty.setText(
                self.tr("No touchpoints of this kind among the latest %Ln.", "", total)
            )
        else:
            self.empty.setText(self.tr("No touchpoints yet.\nPress Ctrl+N to log the first one."))

    def _after_rows_changed(self, keep: TouchpointId | None) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        self._show_counts()
        self.list_stack.setCurrentWidget(self.table if shown else self.empty)
        self.detail.setVisible(total > 0)  # no blank reading pane under "no touchpoints yet"
        if keep is not None and self.model.row_of(keep) is not None:
            self.select(keep)
        elif shown:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, Column.TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.detail.clear()

    def _on_kind_filter_changed(self, _index: int) -> None:
        current = self.selected_id()
        self.model.set_kind(self.kind_filter.currentData())
        self._after_rows_changed(current)

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(current)

    def _show_detail(self, current: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        self.detail.setHtml(self._detail_html(self.model.row_data(current.row())))

    def _detail_html(self, row: TouchpointRow) -> str:
        def block(label: str, text: str) -> str:
            if not text.strip():
                return ""
            body = html.escape(text).replace("\n", "<br>")
            return f"<p><b>{html.escape(label)}</b><br>{body}</p>"

        names = [self._people.get(person, "?") for person in self._attendees.get(row.id, ())]
        when = html.escape(datetime_text(row.occurred_at))
        pulse = (
            self.tr("Product: %1 · Service: %2")
            .replace("%1", satisfaction_label(row.product_satisfied))
            .replace("%2", satisfaction_label(row.service_satisfied))
        )
        parts = [
            f"<h3>{html.escape(row.title)}</h3>",
            f"<p>{html.escape(kind_label(row.kind))} · {when}<br>{html.escape(pulse)}</p>",
            block(self.tr("Attendees"), ", ".join(names)),
            block(self.tr("Notes"), row.notes),
            block(self.tr("Customer said"), row.customer_statement),
            block(self.tr("Inferred need"), row.inferred_need),
            block(self.tr("Next steps"), row.next_steps),
        ]
        return "".join(parts)

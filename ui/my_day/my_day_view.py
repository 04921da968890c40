"""My day, the window's first tab: the groups of :mod:`cs_desktop.my_day` in one sortable table.

Read on a reader thread, again whenever an edit is announced (only once shown, when hidden)
and when the day changes. Enter or a double-click opens the row's account at its place;
early warnings can be acknowledged or snoozed from the buttons, the right-click menu or the
keyboard (each one step of undo).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.changes import Changes
from cs_desktop.my_day import Group, Item, MyDay, Triage, WarningItem, load_my_day, place_of
from ui.dates import ENTRY_DAY, date_text
from ui.my_day.my_day_model import Column, MyDayModel
from ui.my_day.triage import triage_warning
from ui.translation import Words, is_language_change

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from ui.tasks import ChangeHub, TaskRunner

DAY_CHECK_MS = 60_000  # how often to look whether the day changed (midnight, a laptop waking)
# Edits come in bursts (the early warnings of a start are saved 25 accounts at a time): one
# reading after the burst, not one per edit.
RELOAD_DELAY_MS = 200


class _PaintWatcher(QObject):
    """Calls ``on_painted`` after the first paint of the table once new rows were set."""

    def __init__(self, on_painted: Callable[[], None]) -> None:
        super().__init__()
        self.on_painted = on_painted
        self.waiting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.waiting and event.type() == QEvent.Type.Paint:
            self.waiting = False
            QTimer.singleShot(0, self.on_painted)  # after this paint has finished
        return False


class SnoozeDialog(QDialog):
    """Asks until which day an early warning stays off My day (tomorrow at the earliest)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze early warning"))
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(ENTRY_DAY)
        tomorrow = today + timedelta(days=1)
        self.until.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        week = today + timedelta(days=7)
        self.until.setDate(QDate(week.year, week.month, week.day))
        self.until.setAccessibleName(self.tr("Snooze until"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Until:"), self.until)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> date:
        chosen = self.until.date()
        return date(chosen.year(), chosen.month(), chosen.day())


class MyDayView(QWidget):
    """My day; see the module docstring.

    Signals:
        open_requested: ``(AccountId, Place, record id or None)``, to open the account there.
        loaded: My day was read and shown (``MyDay``).
        painted: the table was painted with the rows last read.
    """

    open_requested = Signal(object, object, object)
    loaded = Signal(object)
    painted = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.runner, self.undo_stack = runner, undo_stack
        self._today = today
        self._sequence = 0
        self._dirty = False
        self._shown_day: date | None = None
        self.day: MyDay | None = None
        words = self.words = Words()

        self.heading = QLabel()
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.summary = QLabel()
        self.open_button = QPushButton()
        words.bind(self.open_button.setText, lambda: self.tr("&Open account"))
        self.open_button.clicked.connect(self.open_current)
        self.acknowledge_button = QPushButton()
        words.bind(self.acknowledge_button.setText, lambda: self.tr("&Acknowledge"))
        words.bind(
            self.acknowledge_button.setToolTip,
            lambda: self.tr("Take this early warning off My day (Ctrl+D)"),
        )
        self.acknowledge_button.clicked.connect(self.acknowledge_current)
        self.snooze_button = QPushButton()
        words.bind(self.snooze_button.setText, lambda: self.tr("&Snooze…"))
        words.bind(
            self.snooze_button.setToolTip,
            lambda: self.tr("Take this early warning off My day until a day you choose"),
        )
        self.snooze_button.clicked.connect(lambda: self.snooze_current())
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        for button in (self.open_button, self.acknowledge_button, self.snooze_button):
            top.addWidget(button)

        self.model = MyDayModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as read
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one height: nothing measured
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        words.bind(self.table.setAccessibleName, lambda: self.tr("My day"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.DETAIL, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (Column.ACCOUNT, 260),
            (Column.WHEN, 170),
            (Column.TIER, 110),
            (Column.ARR, 120),
        ):
            header.resizeSection(column, width)
        acknowledge_key = QShortcut(QKeySequence("Ctrl+D"), self.table)
        acknowledge_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        acknowledge_key.activated.connect(self.acknowledge_current)
        self._watcher = _PaintWatcher(self.painted.emit)
        self.table.viewport().installEventFilter(self._watcher)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self._update_buttons()
        hub.changes_applied.connect(self._on_hub_changes_applied)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._on_day_timer_timeout)
        self._day_timer.start()

    # -- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read My day again (on a reader thread)."""
        self._reload_timer.stop()
        self._dirty = False
        self._sequence += 1
        sequence, today = self._sequence, self._today()

        def done(day: MyDay) -> None:
            if sequence == self._sequence:  # an older reading arriving late is dropped
                self.show_day(day)

        self.runner.read(self.tr("My day"), lambda c: load_my_day(c, today), done)

    def show_day(self, day: MyDay) -> None:
        """Show ``day`` (read here, or at start-up before the window was built)."""
        current = self.current_item()
        self.day = day
        self._shown_day = day.today
        self._watcher.waiting = True
        self.model.set_day(day)
        self._span_headings()
        if current is not None:
            found = self._same_row(current)
            if found.isValid():
                self.table.setCurrentIndex(found)
        self._show_heading()
        self._update_buttons()
        self.table.viewport().update()
        self.loaded.emit(day)

    def _span_headings(self) -> None:
        self.table.clearSpans()
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, self.model.columnCount())

    def toggle_group(self, group: Group) -> None:
        """Fold or unfold a group (its heading stays)."""
        self.model.toggle(group)
        self._span_headings()
        self.table.setCurrentIndex(self.model.group_index(group))

    def _same_row(self, item: Item) -> QModelIndex:
        """The row showing the same record as ``item`` did (its fields may have changed)."""
        wanted = (type(item), item.account.id, place_of(item))
        for group in Group:
            for row in self.model.items(group):
                if (type(row), row.account.id, place_of(row)) == wanted:
                    return self.model.index_of(row)
        return QModelIndex()

    def _show_heading(self) -> None:
        day = self.day.today if self.day is not None else self._today()
        self.heading.setText(self.tr("My day — %1").replace("%1", date_text(day, "full")))
        if self.day is None:
            self.summary.setText(self.tr("Reading…"))
        elif self.day.count == 0:
            self.summary.setText(self.tr("Nothing needs you today."))
        else:
            self.summary.setText(
                self.tr("%n item(s) across the book; Enter opens the account", "", self.day.count)
            )

    # -- the selected row --------------------------------------------------------------------
    def current_item(self) -> Item | None:
        return self.model.item(self.table.currentIndex())

    def select(self, item: Item) -> None:
        self.table.setCurrentIndex(self.model.index_of(item))

    def _update_buttons(self, *_args: Any) -> None:
        item = self.current_item()
        self.open_button.setEnabled(item is not None)
        is_warning = isinstance(item, WarningItem)
        self.acknowledge_button.setEnabled(is_warning)
        self.snooze_button.setEnabled(is_warning)

    def open_current(self) -> None:
        item = self.current_item()
        if item is not None:
            place, record = place_of(item)
            self.open_requested.emit(item.account.id, place, record)

    def acknowledge_current(self) -> None:
        item = self.current_item()
        if isinstance(item, WarningItem):
            self.acknowledge(item)

    def snooze_current(self, until: date | None = None) -> None:
        """Snooze the selected early warning until ``until`` (asked for when None)."""
        item = self.current_item()
        if not isinstance(item, WarningItem):
            return
        if until is None:
            dialog = SnoozeDialog(self._today(), self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self.snooze(item, dialog.chosen()))
            dialog.open()
            return
        self.snooze(item, until)

    def acknowledge(self, item: WarningItem) -> None:
        from cs_desktop.clock import utc_now

        text = self.tr("Acknowledge “%1”").replace("%1", item.title)
        self._select_next(item)
        triage_warning(
            self.undo_stack, self.runner, item.warning_id, Triage(acknowledged_at=utc_now()), text
        )

    def snooze(self, item: WarningItem, until: date) -> None:
        text = (
            self.tr("Snooze “%1” until %2")
            .replace("%1", item.title)
            .replace("%2", date_text(until))
        )
        self._select_next(item)
        triage_warning(
            self.undo_stack, self.runner, item.warning_id, Triage(snoozed_until=until), text
        )

    def _select_next(self, item: Item) -> None:
        """Move the selection to the row after ``item``, which is about to leave the list."""
        index = self.model.index_of(item)
        for row in (index.row() + 1, index.row() - 1):
            following = index.siblingAtRow(row)
            if self.model.item(following) is not None:
                self.table.setCurrentIndex(following)
                return

    # -- events ------------------------------------------------------------------------------
    def _on_table_activated(self, index: QModelIndex) -> None:
        group = self.model.group_at(index)
        if group is not None:
            self.toggle_group(group)
        elif self.model.item(index) is not None:
            self.open_current()

    def _on_table_context_menu_requested(self, point: QPoint) -> None:
        self.context_menu(point).exec(self.table.viewport().mapToGlobal(point))

    def context_menu(self, point: QPoint) -> QMenu:
        """The menu of the row at ``point``: open, and for an early warning its triage."""
        menu = QMenu(self)
        index = self.table.indexAt(point)
        item = self.model.item(index)
        if item is None:
            return menu
        self.table.setCurrentIndex(index)
        menu.addAction(self.tr("&Open account"), self.open_current)
        if isinstance(item, WarningItem):
            menu.addSeparator()
            menu.addAction(self.tr("&Acknowledge"), lambda: self.acknowledge(item))
            today = self._today()
            menu.addAction(
                self.tr("Snooze until &tomorrow"),
                lambda: self.snooze(item, today + timedelta(days=1)),
            )
            menu.addAction(
                self.tr("Snooze for a &week"), lambda: self.snooze(item, today + timedelta(days=7))
            )
            menu.addAction(self.tr("Snooze &until…"), lambda: self.snooze_current())
        return menu

    def _on_hub_changes_applied(self, changes: Changes) -> None:
        if changes == Changes():
            return
        if self.isVisible():
            self._reload_timer.start()
        else:
            self._dirty = True  # read again when shown: a hidden tab costs nothing

    def _on_day_timer_timeout(self) -> None:
        if self._shown_day is not None and self._today() != self._shown_day:
            if self.isVisible():
                self.reload()
            else:
                self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            self.model.retranslate()
            if self.day is not None:
                self.show_day(self.day)  # every row's words again
            else:
                self._show_heading()
        super().changeEvent(event)

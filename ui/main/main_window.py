"""The main window: portfolio and account tabs, menus, search, undo, status bar."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cs_desktop import __version__
from cs_desktop.changes import Changes
from cs_desktop.ids import AccountId, TouchpointId
from cs_desktop.portfolio import PortfolioRow, load_portfolio, load_portfolio_rows
from cs_desktop.vocabulary import Stage
from ui.account.labels import stage_label
from ui.main.status import SyncStatus, TaskProgress
from ui.main.store_keeper import StoreKeeper
from ui.main.welcome import WelcomePage
from ui.money.reporting_feed import ReportingFeed
from ui.my_day.my_day_view import MyDayView
from ui.portfolio.portfolio_model import PortfolioModel
from ui.portfolio.portfolio_view import PortfolioView
from ui.single_dialog import SingleDialog
from ui.sync.controller import SyncController
from ui.tasks import ChangeHub, LongTask, TaskRunner, freeze_heap
from ui.translation import Words, is_language_change, number

if TYPE_CHECKING:
    from cs_desktop.db import Store
    from cs_desktop.deferred_store import DeferredStore
    from cs_desktop.my_day import MyDay, Place
    from ui.account.account_form import AccountFormDialog
    from ui.account.account_workspace import AccountWorkspace
    from ui.main.usage_import_dialog import UsageImportDialog
    from ui.money.rates_dialog import RatesDialog
    from ui.preferences import PreferencesDialog
    from ui.sync.conflict_dialog import ConflictQueueDialog
    from ui.sync.settings_dialog import CrmSettingsDialog

SAMPLE_ACCOUNTS = 200


def _preferences_keys() -> list[QKeySequence]:
    """The platform's Preferences keys (Cmd+, on macOS), or Ctrl+, where it has none."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    return keys or [QKeySequence("Ctrl+,")]


class _FirstPaintWatcher(QObject):
    """Calls ``on_painted`` once, right after the first paint of the table showing rows."""

    def __init__(self, model: PortfolioModel, on_painted: Callable[[], None]) -> None:
        super().__init__()
        self.model = model
        self.on_painted = on_painted
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint and self.model.rowCount() > 0:
            self.done = True
            QTimer.singleShot(0, self.on_painted)  # after this paint has finished
        return False


class MainWindow(QMainWindow):
    portfolio_loaded = Signal()
    # Once, the first time the book is on screen: My day or the portfolio table painted with
    # what was read.
    portfolio_painted = Signal()

    def __init__(
        self,
        store: Store | DeferredStore,
        settings: QSettings | None = None,
        *,
        prefetched: Future[list[PortfolioRow]] | None = None,
        prefetched_day: Future[MyDay] | None = None,
    ) -> None:
        """Args:
        store: the open store.
        settings: where window state is kept (the user's settings by default).
        prefetched: the portfolio already being read (start-up starts it before building
            the window, so the query overlaps with building it).
        prefetched_day: My day already being read, likewise.
        """
        super().__init__()
        self.store = store
        self.settings = settings or QSettings()
        self.hub = ChangeHub(self)
        self.runner = TaskRunner(store, self.hub)
        self.undo_stack = QUndoStack(self)
        self._open_accounts: dict[AccountId, AccountWorkspace] = {}
        self._spare: AccountWorkspace | None = None  # built ahead for the next account opened
        self._closing = False
        self.words = Words()
        self.words.bind(
            self.setWindowTitle,
            lambda: self.tr("CS Desktop — %1").replace("%1", store.path.name),
        )
        self.setObjectName("MainWindow")

        self.model = PortfolioModel()
        self.portfolio = PortfolioView(self.model)
        self.welcome = WelcomePage()
        self.portfolio_stack = QStackedWidget()
        self.portfolio_stack.addWidget(self.portfolio)
        self.portfolio_stack.addWidget(self.welcome)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.words.bind(self.tabs.setAccessibleName, lambda: self.tr("Portfolio and open accounts"))
        self.my_day = MyDayView(self.runner, self.hub, self.undo_stack)
        self.my_day.open_requested.connect(self.open_account_at)
        self._add_fixed_tab(self.my_day, lambda: self.tr("My day"))
        self._add_fixed_tab(self.portfolio_stack, lambda: self.tr("Portfolio"))
        self.tabs.tabCloseRequested.connect(self._on_tabs_close_requested)
        self.keeper = StoreKeeper(self, self.runner, self.prepare_for_restore)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.keeper.banner)  # shown while the store is damaged or read-only
        column.addWidget(self.tabs)
        self.setCentralWidget(central)

        self.task_progress = TaskProgress()
        self.sync_status = SyncStatus()
        self.statusBar().addWidget(self.task_progress)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.sync = SyncController(self.runner, self.hub, self.settings, self)
        self._conflicts = SingleDialog(self._make_conflicts_dialog)
        self._crm_settings = SingleDialog(self._make_crm_settings_dialog)
        self._rates = SingleDialog(self._make_rates_dialog)
        # The reporting currency and rates the ARR column, totals and retention convert with.
        self.reporting = ReportingFeed(self.runner, self.hub, self)
        self.reporting.updated.connect(self.model.set_reporting)
        self._usage_import = SingleDialog(self._make_usage_import_dialog)
        self._unmatched = SingleDialog(self._make_unmatched_dialog)
        from ui.main.capture import CaptureDrops

        self.drops = CaptureDrops(self, lambda source, path: self.import_capture(source, path))

        self._build_menus()
        self.keeper.writable_changed.connect(self._on_keeper_writable_changed)
        self.keeper.restored.connect(self._on_keeper_restored)
        self._on_keeper_writable_changed(self.keeper.writable)
        self.hub.changes_applied.connect(self._on_hub_changes_applied)
        self.runner.long_task_started.connect(self.task_progress.track)
        self.runner.failed.connect(self._on_runner_failed)
        self.sync.state_changed.connect(self._show_sync_state)
        self.sync.sync_finished.connect(self._on_sync_finished)
        self.sync_status.conflicts_clicked.connect(self.show_conflicts)
        self.portfolio.account_opened.connect(self.open_account)
        self.welcome.sample_requested.connect(self.open_sample_portfolio)
        self.welcome.import_requested.connect(lambda: self.import_file("accounts"))
        self.welcome.new_account_requested.connect(self.new_account)
        self.portfolio.table.customContextMenuRequested.connect(self._on_portfolio_context_menu)
        archive_key = QAction(self.portfolio.table)
        self.words.bind(archive_key.setText, lambda: self.tr("Archive account"))
        archive_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        archive_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        archive_key.triggered.connect(lambda: self.set_archived(True))
        self.portfolio.table.addAction(archive_key)
        from ui.health.health_feed import HealthFeed

        self.health = HealthFeed(self.runner, self.hub, self.model)
        from ui.health.warnings_feed import WarningsFeed

        self.warnings = WarningsFeed(self.runner, self.health)
        self.portfolio_health: Any = None  # the Portfolio health tab, built on first use
        self.health.updated.connect(self._on_health_updated)
        from ui.my_day.reminders import ReminderFeed

        self.reminders = ReminderFeed(self.runner, self.hub, self)
        self.reminders.open_requested.connect(self._on_reminders_open_requested)
        self.reminders.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self._restore_state()
        # Scoring reads every health sample (seconds on a big store) and competes with the GUI
        # thread for the interpreter: start it once the portfolio is on screen.
        self._first_painted = False
        self._paint_watcher = _FirstPaintWatcher(self.model, self._on_book_painted)
        self.portfolio.table.viewport().installEventFilter(self._paint_watcher)
        self.my_day.painted.connect(self._on_book_painted)
        self.portfolio_painted.connect(self._on_portfolio_painted)
        if prefetched is None:
            self.reload_portfolio()
        else:
            prefetched.add_done_callback(
                lambda done: self.runner.on_main(lambda: self._on_portfolio_prefetched(done))
            )
        if prefetched_day is None:
            self.my_day.reload()
        else:
            prefetched_day.add_done_callback(
                lambda done: self.runner.on_main(lambda: self._on_my_day_prefetched(done))
            )

    def _add_fixed_tab(self, page: QWidget, title: Callable[[], str], at: int = -1) -> None:
        """A tab the user cannot close (My day, the portfolio, the portfolio health)."""
        index = self.tabs.insertTab(at, page, "")
        self.words.bind(lambda text: self.tabs.setTabText(self.tabs.indexOf(page), text), title)
        self.tabs.tabBar().setTabButton(index, self.tabs.tabBar().ButtonPosition.RightSide, None)

    def _fixed_tabs(self) -> tuple[QWidget, ...]:
        return tuple(
            page
            for page in (self.my_day, self.portfolio_stack, self.portfolio_health)
            if page is not None
        )

    # -- menus -------------------------------------------------------------------------------
    def _menu(self, parent: QMenu | QMenuBar, title: Callable[[], str]) -> QMenu:
        menu = parent.addMenu("")
        self.words.bind(menu.setTitle, title)
        return menu

    def _action(
        self,
        menu: QMenu,
        text: Callable[[], str],
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | list[QKeySequence] | None = None,
    ) -> QAction:
        """An action of ``menu``; ``text`` gives its words (again when the language changes)."""
        action = QAction(self)
        self.words.bind(action.setText, text)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self._menu(bar, lambda: self.tr("&File"))
        self._action(file_menu, lambda: self.tr("&New account…"), self.new_account, "Ctrl+Shift+N")
        self.import_accounts_action = self._action(
            file_menu,
            lambda: self.tr("Import &accounts…"),
            lambda: self.import_file("accounts"),
            "Ctrl+I",
        )
        self.import_touchpoints_action = self._action(
            file_menu,
            lambda: self.tr("Import &touchpoints…"),
            lambda: self.import_file("touchpoints"),
        )
        self.import_usage_action = self._action(
            file_menu, lambda: self.tr("Import &usage data…"), lambda: self.import_file("usage")
        )
        self.import_calendar_action = self._action(
            file_menu, lambda: self.tr("Import &calendar…"), lambda: self.import_capture("calendar")
        )
        self.import_mail_action = self._action(
            file_menu, lambda: self.tr("Import &mail…"), lambda: self.import_capture("mail")
        )
        self.import_mail_folder_action = self._action(
            file_menu,
            lambda: self.tr("Import a mail &folder…"),
            lambda: self.import_capture("mail_folder"),
        )
        self._action(
            file_menu, lambda: self.tr("Unmatched meetings and mai&ls…"), self.show_unmatched
        )
        self.sample_action = self._action(
            file_menu, lambda: self.tr("Open a &sample portfolio"), self.open_sample_portfolio
        )
        self._action(file_menu, lambda: self.tr("&Back up store…"), self.backup_store)
        self._action(
            file_menu, lambda: self.tr("&Restore from backup…"), self.keeper.show_restore_dialog
        )
        self._action(
            file_menu,
            lambda: self.tr("Export &plans of the filtered portfolio…"),
            self.export_plans,
        )
        file_menu.addSeparator()
        self._action(file_menu, lambda: self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self._menu(bar, lambda: self.tr("&Edit"))
        self.undo_action = undo = self.undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = redo = self.undo_stack.createRedoAction(self)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self._action(
            edit_menu,
            lambda: self.tr("&Search accounts and notes…"),
            self.show_search,
            [QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")],
        )
        self._action(
            edit_menu,
            lambda: self.tr("&Filter portfolio"),
            self._focus_portfolio_filter,
            "Ctrl+L",
        )
        edit_menu.addSeparator()
        self.preferences_action = self._action(
            edit_menu, lambda: self.tr("&Preferences…"), self.show_preferences, _preferences_keys()
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        view_menu = self._menu(bar, lambda: self.tr("&View"))
        self._action(view_menu, lambda: self.tr("&My day"), self.show_my_day, "Ctrl+1")
        self._action(
            view_menu,
            lambda: self.tr("&Portfolio"),
            lambda: self.tabs.setCurrentWidget(self.portfolio_stack),
            "Ctrl+2",
        )
        self._action(
            view_menu, lambda: self.tr("Portfolio &health"), self.show_portfolio_health, "Ctrl+3"
        )
        self._action(
            view_menu, lambda: self.tr("&Next tab"), lambda: self._cycle_tab(1), "Ctrl+Tab"
        )
        self._action(
            view_menu,
            lambda: self.tr("P&revious tab"),
            lambda: self._cycle_tab(-1),
            "Ctrl+Shift+Tab",
        )
        self._action(
            view_menu,
            lambda: self.tr("Re&fresh"),
            self.refresh_views,
            QKeySequence.StandardKey.Refresh,
        )

        account_menu = self._menu(bar, lambda: self.tr("&Account"))
        self._action(
            account_menu, lambda: self.tr("&Open selected account"), self._open_selected, "Ctrl+O"
        )
        self._action(account_menu, lambda: self.tr("&New account…"), self.new_account)
        self._action(account_menu, lambda: self.tr("E&dit account…"), self.edit_account)
        self._action(
            account_menu, lambda: self.tr("A&rchive account"), lambda: self.set_archived(True)
        )
        self._action(
            account_menu, lambda: self.tr("Restore a&rchived account"), self._restore_account
        )
        self._action(
            account_menu, lambda: self.tr("&Log touchpoint…"), self._capture_touchpoint, "Ctrl+N"
        )
        self._action(
            account_menu, lambda: self.tr("&Export account plan…"), self._export_account_plan
        )
        stage_menu = self._menu(account_menu, lambda: self.tr("Move to &stage"))
        for number_key, stage in enumerate(Stage, start=1):
            self._action(
                stage_menu,
                partial(stage_label, stage),
                lambda _=False, s=stage: self._move_stage(s),
                f"Ctrl+Alt+{number_key}",
            )
        self._action(
            account_menu,
            lambda: self.tr("&Close account tab"),
            self._close_current_tab,
            QKeySequence.StandardKey.Close,
        )

        sync_menu = self._menu(bar, lambda: self.tr("&Sync"))
        self.sync_now_action = self._action(
            sync_menu, lambda: self.tr("Sync &now"), self.sync_now, "Ctrl+Shift+S"
        )
        self._action(sync_menu, lambda: self.tr("&Conflicts…"), self.show_conflicts, "Ctrl+Shift+C")
        sync_menu.addSeparator()
        self._action(sync_menu, lambda: self.tr("CRM &settings…"), self.show_crm_settings)

        tools_menu = self._menu(bar, lambda: self.tr("&Tools"))
        self.rates_action = self._action(
            tools_menu, lambda: self.tr("&Exchange rates…"), self.show_exchange_rates
        )

        help_menu = self._menu(bar, lambda: self.tr("&Help"))
        self._action(help_menu, lambda: self.tr("&Keyboard shortcuts"), self._show_shortcuts, "F1")
        self._action(help_menu, lambda: self.tr("&About CS Desktop"), self._show_about)

    def retranslate(self) -> None:
        """Set every word of the window again in the language just installed."""
        self.words.refresh()
        # Qt names the undo actions itself ("Undo Edit task", in Qt's own translation) when
        # the step changes: ask it again.
        self.undo_stack.undoTextChanged.emit(self.undo_stack.undoText())
        self.undo_stack.redoTextChanged.emit(self.undo_stack.redoText())
        self._show_sync_state()
        for workspace in self._open_accounts.values():
            self.tabs.setTabText(self.tabs.indexOf(workspace), workspace.title())

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # -- portfolio ---------------------------------------------------------------------------
    def reload_portfolio(self) -> None:
        self.runner.read(self.tr("Load portfolio"), load_portfolio, self._on_portfolio_read)

    def refresh_views(self) -> None:
        """View > Refresh: read the portfolio and My day again."""
        self.reload_portfolio()
        self.my_day.reload()

    def show_my_day(self) -> None:
        self.tabs.setCurrentWidget(self.my_day)
        self.my_day.setFocus()

    def _on_my_day_prefetched(self, done: Future[MyDay]) -> None:
        if done.exception() is None:
            self.my_day.show_day(done.result())
        else:  # e.g. the store was upgraded meanwhile: read it the usual way
            self.my_day.reload()

    def _on_book_painted(self) -> None:
        if not self._first_painted:
            self._first_painted = True
            self.portfolio_painted.emit()

    def _on_portfolio_read(self, rows: list[PortfolioRow]) -> None:
        self.model.set_rows(rows)
        self.portfolio_stack.setCurrentWidget(self.portfolio if rows else self.welcome)
        if not rows and self.tabs.currentWidget() is self.my_day:
            self.tabs.setCurrentWidget(self.portfolio_stack)  # an empty book: how to start
        freeze_heap()
        self.sample_action.setEnabled(not rows and self.keeper.writable)
        if not rows:
            # No table to paint first: an empty book still gets its (empty) health, sync
            # status and backups, else Portfolio health would wait for an account forever.
            QTimer.singleShot(0, self, self._on_portfolio_painted)
        self.portfolio_loaded.emit()

    def _on_portfolio_prefetched(self, done: Future[list[PortfolioRow]]) -> None:
        if done.exception() is None:
            self._on_portfolio_read(done.result())
        else:  # e.g. the store was upgraded meanwhile: read it the usual way
            self.reload_portfolio()

    def _on_portfolio_painted(self) -> None:
        self.keeper.start_daily_backups()
        QTimer.singleShot(0, self, self.reminders.start)
        if self.health.portfolio is None:
            self.health.recompute_all()
        if self.sync.overview is None:
            # A turn of the event loop later: the store opens (and SQLAlchemy loads) only
            # once whatever waits for the first paint has run.
            QTimer.singleShot(0, self, self.sync.refresh)
        if self.reporting.reporting is None:
            # Then the ARR column shows converted amounts too; later the feed follows changes.
            QTimer.singleShot(0, self, self.reporting.reload)

    def _on_hub_changes_applied(self, changes: Changes) -> None:
        if changes.portfolio:
            self.reload_portfolio()
        elif changes.accounts:
            accounts = changes.accounts
            self.runner.read(
                self.tr("Refresh accounts"),
                lambda c: load_portfolio_rows(c, accounts),
                self.model.update_rows,
            )
        for account_id, workspace in self._open_accounts.items():
            if changes.touches(account_id):
                self.tabs.setTabText(self.tabs.indexOf(workspace), workspace.title())

    # -- accounts ----------------------------------------------------------------------------
    def open_account(self, account_id: AccountId) -> AccountWorkspace:
        if account_id in self._open_accounts:
            workspace = self._open_accounts[account_id]
            self.tabs.setCurrentWidget(workspace)
            return workspace
        # Imported on first use: the chart brings pyqtgraph, too slow for start-up.
        from ui.account.account_workspace import AccountWorkspace

        if self._spare is not None:
            workspace, self._spare = self._spare.bind(account_id), None
        else:
            workspace = AccountWorkspace(account_id, self.runner, self.hub, self.undo_stack)
        # Build the next account's workspace while the user reads this one.
        workspace.loaded.connect(lambda: QTimer.singleShot(0, self, self._prepare_spare))
        row = self.model.row_of(account_id)
        name = self.model.data(self.model.index(row, 0)) if row is not None else ""
        self._open_accounts[account_id] = workspace
        # Restored once laid out with data: a splitter scales sizes set before its first layout.
        workspace.loaded.connect(lambda: self._restore_splitters(workspace))
        self._show_health(account_id, workspace)
        index = self.tabs.addTab(workspace, name or self.tr("Account"))
        workspace.loaded.connect(
            lambda: self.tabs.setTabText(self.tabs.indexOf(workspace), workspace.title())
        )
        self.tabs.setCurrentIndex(index)
        return workspace

    def _prepare_spare(self) -> None:
        if self._spare is None and not self._closing:
            from ui.account.account_workspace import AccountWorkspace

            self._spare = AccountWorkspace.spare(self.runner, self.hub, self.undo_stack)

    def _show_health(self, account_id: AccountId, workspace: AccountWorkspace) -> None:
        trajectory = self.health.trajectory(account_id)
        if trajectory is not None:
            workspace.set_health(trajectory, trajectory.bands)

    def _on_health_updated(self, _portfolio: object) -> None:
        for account_id, workspace in self._open_accounts.items():
            self._show_health(account_id, workspace)

    def open_touchpoint(self, account_id: AccountId, touchpoint_id: TouchpointId) -> None:
        self.open_account(account_id).focus_touchpoint(touchpoint_id)

    def _on_reminders_open_requested(
        self, account_id: AccountId, place: Place, task_id: int | None
    ) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.open_account_at(account_id, place, task_id)

    def open_account_at(
        self, account_id: AccountId, place: Place, record_id: int | None = None
    ) -> AccountWorkspace:
        """Open the account with a part of it forward (a row of My day, a reminder)."""
        workspace = self.open_account(account_id)
        workspace.show_place(place, record_id)
        return workspace

    def current_workspace(self) -> AccountWorkspace | None:
        widget = self.tabs.currentWidget()
        for workspace in self._open_accounts.values():
            if workspace is widget:
                return workspace
        return None

    def _open_selected(self) -> None:
        account_id = self.portfolio.selected_account()
        if account_id is not None:
            self.open_account(account_id)

    def _capture_touchpoint(self) -> None:
        workspace = self.current_workspace()
        if workspace is None:
            account_id = self.portfolio.selected_account()
            if account_id is None:
                self.statusBar().showMessage(self.tr("Open or select an account first"), 4000)
                return
            workspace = self.open_account(account_id)
        workspace.capture_touchpoint()

    def new_account(self) -> AccountFormDialog:
        """The account form for a new account; once created, the account opens."""
        from ui.account.account_form import AccountFormDialog

        dialog = AccountFormDialog(self.runner, self.undo_stack, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.open_account)
        dialog.open_requested.connect(self.open_account)
        dialog.open()
        return dialog

    def edit_account(self) -> None:
        """Edit the account shown, or the one selected in the portfolio (opening it)."""
        workspace = self._workspace_or_selected()
        if workspace is None:
            return
        if workspace.detail is None:
            workspace.loaded.connect(workspace.edit_account, Qt.ConnectionType.SingleShotConnection)
        else:
            workspace.edit_account()

    def set_archived(self, archived: bool) -> None:
        """Archive (or restore) the account shown, or the one selected in the portfolio."""
        from ui.account.account_form import set_archived

        workspace = self.current_workspace()
        if workspace is not None:
            workspace.set_archived(archived)
            return
        account_id = self.portfolio.selected_account()
        row = None if account_id is None else self.model.portfolio_row(account_id)
        if account_id is None or row is None:
            self.statusBar().showMessage(self.tr("Open or select an account first"), 4000)
            return
        if row.archived == archived:
            return
        message = (
            self.tr("Archived “%1”: Ctrl+Z brings it back")
            if archived
            else self.tr("Restored “%1”")
        ).replace("%1", row.name)
        set_archived(
            self.undo_stack,
            self.runner,
            account_id,
            row.name,
            archived,
            lambda _edits: self.statusBar().showMessage(message, 6000),
        )

    def _restore_account(self) -> None:
        self.set_archived(False)

    def _workspace_or_selected(self) -> AccountWorkspace | None:
        workspace = self.current_workspace()
        if workspace is None:
            account_id = self.portfolio.selected_account()
            if account_id is None:
                self.statusBar().showMessage(self.tr("Open or select an account first"), 4000)
                return None
            workspace = self.open_account(account_id)
        return workspace

    def _on_portfolio_context_menu(self, position: QPoint) -> None:
        self.portfolio_context_menu(position).exec(
            self.portfolio.table.viewport().mapToGlobal(position)
        )

    def portfolio_context_menu(self, position: QPoint) -> QMenu:
        """The portfolio's menu for the row at ``position`` (or the empty space below)."""
        menu = QMenu(self)
        index = self.portfolio.table.indexAt(position)
        if index.isValid():
            self.portfolio.table.selectRow(index.row())
            account_id = self.model.account_id(index.row())
            row = self.model.portfolio_row(account_id)
            menu.addAction(self.tr("&Open"), lambda: self.open_account(account_id))
            menu.addAction(self.tr("&Edit account…"), self.edit_account)
            if row is not None and row.archived:
                menu.addAction(self.tr("&Restore"), lambda: self.set_archived(False))
            else:
                menu.addAction(self.tr("&Archive"), lambda: self.set_archived(True))
            menu.addSeparator()
        menu.addAction(self.tr("&New account…"), self.new_account)
        return menu

    def _export_account_plan(self) -> None:
        workspace = self.current_workspace()
        if workspace is None:
            account_id = self.portfolio.selected_account()
            if account_id is None:
                self.statusBar().showMessage(self.tr("Open or select an account first"), 4000)
                return
            workspace = self.open_account(account_id)
        workspace.export_plan()

    def _move_stage(self, stage: Stage) -> None:
        workspace = self.current_workspace()
        if workspace is None:
            self.statusBar().showMessage(self.tr("Open an account first"), 4000)
            return
        workspace.move_stage_to(stage)

    def _close_current_tab(self) -> None:
        self._on_tabs_close_requested(self.tabs.currentIndex())

    def show_portfolio_health(self) -> Any:
        """Show the Portfolio health tab (not closable), building it the first time."""
        if self.portfolio_health is None:
            from ui.health.portfolio_health_view import PortfolioHealthView

            self.portfolio_health = PortfolioHealthView(
                self.runner, self.hub, self.health, reporting=self.reporting
            )
            self.portfolio_health.rates_requested.connect(self.show_exchange_rates)
            health = self.portfolio_health
            self._add_fixed_tab(
                health,
                lambda: self.tr("Portfolio health"),
                self.tabs.indexOf(self.portfolio_stack) + 1,
            )
        self.tabs.setCurrentWidget(self.portfolio_health)
        return self.portfolio_health

    def _on_tabs_close_requested(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is None or widget in self._fixed_tabs():
            return
        self._remember_splitters(widget)
        self._open_accounts = {
            key: workspace
            for key, workspace in self._open_accounts.items()
            if workspace is not widget
        }
        self.tabs.removeTab(index)
        widget.deleteLater()

    def _cycle_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _focus_portfolio_filter(self) -> None:
        self.tabs.setCurrentWidget(self.portfolio_stack)
        self.portfolio.focus_filter()

    # -- search ------------------------------------------------------------------------------
    def show_search(self) -> Any:
        from ui.search.search_dialog import SearchDialog

        dialog = SearchDialog(self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.account_chosen.connect(self.open_account)
        dialog.touchpoint_chosen.connect(self.open_touchpoint)
        dialog.show()
        return dialog

    # -- CRM sync ----------------------------------------------------------------------------
    def sync_now(self) -> None:
        # Not decided on the counted state, which may lag a connect: the run says so itself.
        if self.sync.sync_now() is None:
            self.statusBar().showMessage(self.tr("A sync is already running"), 4000)

    def show_conflicts(self) -> ConflictQueueDialog:
        """The conflict queue (one window, raised if already open)."""
        return self._conflicts.show()

    def show_crm_settings(self) -> CrmSettingsDialog:
        return self._crm_settings.show()

    def show_exchange_rates(self) -> RatesDialog:
        """The exchange rates and reporting currency (one window, raised if already open)."""
        return self._rates.show()

    # -- preferences ---------------------------------------------------------------------------
    def show_preferences(self) -> PreferencesDialog:
        """Edit > Preferences…: the language (applied at once, nothing open is lost) and the
        reporting currency of totals and retention (the store's own setting)."""
        from ui.money.reporting_currency import ReportingCurrencyField
        from ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        currency = ReportingCurrencyField(self.runner, apply_on_change=False)
        currency.setEnabled(
            self.keeper.writable
        )  # the store's own setting: a read-only store keeps it
        currency.load()

        def apply_currency() -> None:
            shown = currency.reporting
            if shown is None or not currency.isEnabled():
                return
            if currency.value() != (shown.currency if shown.chosen else None):
                currency.apply()

        dialog.add_row(self.tr("&Reporting currency:"), currency, apply_currency)
        from ui.vault_dialogs import encryption_row

        encrypt, apply_encryption = encryption_row(self.settings, self.keeper.store.path)
        dialog.add_row(self.tr("Security:"), encrypt, apply_encryption)
        dialog.open()
        return dialog

    # The open dialogs (None when closed), as the sync tests check them.
    @property
    def _conflicts_dialog(self) -> ConflictQueueDialog | None:
        return self._conflicts.current

    @property
    def _crm_settings_dialog(self) -> CrmSettingsDialog | None:
        return self._crm_settings.current

    def _make_conflicts_dialog(self) -> ConflictQueueDialog:
        from ui.sync.conflict_dialog import ConflictQueueDialog

        return ConflictQueueDialog(self.sync, self)

    def _make_rates_dialog(self) -> RatesDialog:
        from ui.money.rates_dialog import RatesDialog

        return RatesDialog(self.runner, self.hub, self.undo_stack, self)

    def _make_crm_settings_dialog(self) -> CrmSettingsDialog:
        from ui.sync.settings_dialog import CrmSettingsDialog

        return CrmSettingsDialog(self.sync, self)

    def _show_sync_state(self) -> None:
        report = self.sync.last_report
        problem = ""
        if report is not None and report.outcome == "auth_required":
            problem = self.tr("Connect again")
        elif report is not None and report.outcome in ("failed", "rate_limited"):
            problem = self.tr("Last sync failed")
        self.sync_status.show_state(
            self.sync.overview,
            offline=self.sync.offline,
            syncing=self.sync.running is not None,
            problem=problem,
        )
        self.sync_now_action.setEnabled(self.sync.running is None)

    def _on_sync_finished(self, report: Any) -> None:
        self._show_sync_state()
        if report.outcome == "not_connected":
            self.show_crm_settings()
            return
        result = report.result
        if report.outcome == "ok" and result is not None:
            text = (
                self.tr("Synced: %1 sent, %2 received")
                .replace("%1", number(result.pushed))
                .replace("%2", number(result.pulled))
            )
            if result.conflicts:
                text = self.tr("%1; %Ln new conflict(s)", "", result.conflicts).replace("%1", text)
            self.statusBar().showMessage(text, 8000)
        elif report.outcome not in ("ok", "busy") and report.message:
            self.statusBar().showMessage(self.tr("Sync: %1").replace("%1", report.message), 10000)

    # -- long tasks --------------------------------------------------------------------------
    def open_sample_portfolio(self) -> None:
        from cs_desktop.child_jobs import run_in_child
        from cs_desktop.demo import generate_portfolio

        task = LongTask(self.tr("Creating a sample portfolio"))
        self.welcome.setEnabled(False)

        def done(_summary: object) -> None:
            self.welcome.setEnabled(True)

        def failed(error: Exception) -> None:
            self.welcome.setEnabled(True)
            if not task.is_cancelled():
                QMessageBox.warning(self, self.tr("Sample portfolio"), str(error))

        self.runner.run_long(
            task,
            lambda t: run_in_child(  # its own process: the window stays smooth meanwhile
                self.store.path,
                generate_portfolio,
                {"accounts": SAMPLE_ACCOUNTS},
                progress=t.report,
                cancelled=t.is_cancelled,
            ),
            done,
            failed,
            writes=True,
            changes_of=lambda _summary: Changes(portfolio=True, touchpoints=True, health=True),
        )

    def import_file(self, kind: str, path: Path | None = None) -> None:
        """Import ``path`` (asked for when None); a usage export opens the mapping dialog."""
        if path is None:
            titles = {
                "accounts": self.tr("Import accounts"),
                "touchpoints": self.tr("Import touchpoints"),
                "usage": self.tr("Import usage data"),
            }
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                titles.get(kind, titles["accounts"]),
                str(Path.home()),
                self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        if kind == "usage":
            self.import_usage(path)
            return
        from ui.main.importing import run_import

        run_import(self, self.runner, kind, path)

    def import_capture(self, source: str, path: Path | list[Path] | None = None) -> Any:
        """Import a calendar (.ics) or mails (.eml, .msg files, or a folder of them).

        ``source`` is ``calendar``, ``mail`` or ``mail_folder`` (which asks for a folder).
        """
        from ui.main.capture import run_capture

        if not self.keeper.writable:
            return None
        if path is None:
            path = self._ask_capture_path(source)
            if path is None:
                return None
        source = "mail" if source == "mail_folder" else source
        return run_capture(self, self.runner, source, path, show_unmatched=self.show_unmatched)

    def _ask_capture_path(self, source: str) -> Path | list[Path] | None:
        home = str(Path.home())
        if source == "calendar":
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import calendar"), home, self.tr("Calendars (*.ics);;All files (*)")
            )
            return Path(chosen) if chosen else None
        if source == "mail":
            files, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Import mail"), home, self.tr("Mails (*.eml *.msg);;All files (*)")
            )
            if not files:
                return None
            return [Path(file) for file in files] if len(files) > 1 else Path(files[0])
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a mail folder"), home)
        return Path(folder) if folder else None

    def show_unmatched(self) -> Any:
        """The meetings and mails that matched no account, to assign them."""
        return self._unmatched.show()

    def _make_unmatched_dialog(self) -> Any:
        from ui.main.capture import UnmatchedDialog

        return UnmatchedDialog(self.runner, self.hub, self)

    def import_usage(self, path: Path) -> UsageImportDialog:
        """The usage import dialog on ``path``: its preview, how to read it, the import."""
        dialog = self._usage_import.show()
        if dialog.task is None:  # an import running in it keeps its file
            dialog.open_file(path)
        return dialog

    def _make_usage_import_dialog(self) -> UsageImportDialog:
        from ui.main.usage_import_dialog import UsageImportDialog

        return UsageImportDialog(self, self.runner, self.settings)

    def backup_store(self) -> None:
        from cs_desktop.db import backup_store

        stamp = date.today().isoformat()  # a file name, not prose: ISO sorts by name
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up store"),
            str(self.store.path.with_name(f"{self.store.path.stem}-backup-{stamp}.sqlite3")),
            self.tr("CS Desktop store (*.sqlite3)"),
        )
        if not chosen:
            return
        task = LongTask(self.tr("Backing up"))
        self.runner.run_long(
            task,
            lambda _t: backup_store(self.store.engine, Path(chosen)),
            lambda written: self.statusBar().showMessage(
                self.tr("Backup written to %1").replace("%1", str(written)), 8000
            ),
        )

    def export_plans(self, **kwargs: Any) -> Any:
        """Export the plan of every account the portfolio's filter shows, into one folder."""
        from ui.plan.export import describe, export_portfolio_plans

        ids = self.model.visible_account_ids()
        if not ids:
            self.statusBar().showMessage(self.tr("No accounts match the filter"), 4000)
            return None
        return export_portfolio_plans(
            self,
            self.runner,
            ids,
            settings=self.settings,
            on_done=lambda result: self.statusBar().showMessage(describe(result), 10000),
            **kwargs,
        )

    def _on_runner_failed(self, what: str, message: str) -> None:
        # While the banner explains what is wrong with the store: a line, not a dialog per job.
        condition = self.store.condition
        if condition.damage is not None:
            text = self.tr("%1: not done, the store is damaged").replace("%1", what)
        elif condition.read_only is not None:
            text = self.tr("%1: not saved, the store is read-only").replace("%1", what)
        else:
            QMessageBox.warning(self, what, message)
            return
        self.statusBar().showMessage(text, 10000)

    # -- the store's condition -----------------------------------------------------------------
    def _on_keeper_writable_changed(self, writable: bool) -> None:
        for action in (
            self.import_accounts_action,
            self.import_touchpoints_action,
            self.import_usage_action,
            self.import_calendar_action,
            self.import_mail_action,
            self.import_mail_folder_action,
        ):
            action.setEnabled(writable)
        self.sample_action.setEnabled(writable and self.model.rowCount() == 0)
        self.welcome.setEnabled(writable)

    def prepare_for_restore(self) -> str | None:
        """Close what shows the store about to be replaced; why a restore cannot start, or None."""
        if self.sync.running is not None:
            return self.tr("A sync is running: let it finish (or cancel it), then restore.")
        for index in reversed(range(self.tabs.count())):
            self._on_tabs_close_requested(index)
        self.undo_stack.clear()  # its edits name rows of the store being replaced
        return None

    def _on_keeper_restored(self, _restored: object) -> None:
        self.sync.refresh()

    # -- help --------------------------------------------------------------------------------
    def _show_shortcuts(self) -> None:
        lines = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            for action in menu.actions() if isinstance(menu, QMenu) else []:
                if action.shortcut().toString():
                    label = action.text().replace("&", "")
                    lines.append(
                        f"{action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}\t{label}"
                    )
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "\n".join(lines))

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About CS Desktop"),
            self.tr("CS Desktop %1\nYour customer portfolio, offline.\nStore: %2")
            .replace("%1", __version__)
            .replace("%2", str(self.store.path)),
        )

    # -- state -------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        header = self.settings.value("portfolio/header")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.portfolio.table.horizontalHeader().restoreState(header)
            self.portfolio.fit_header()  # widths kept in another language may cut its words

    def _restore_splitters(self, workspace: QWidget) -> None:
        states = self.settings.value("account/splitters")
        if isinstance(states, list):
            for splitter, state in zip(workspace.findChildren(QSplitter), states, strict=False):
                if isinstance(state, QByteArray):
                    splitter.restoreState(state)

    def _remember_splitters(self, workspace: QWidget) -> None:
        splitters = workspace.findChildren(QSplitter)
        if splitters:
            self.settings.setValue("account/splitters", [s.saveState() for s in splitters])

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        if self._spare is not None:
            self._spare.deleteLater()
            self._spare = None
        current = self.current_workspace()
        if current is not None:
            self._remember_splitters(current)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue(
            "portfolio/header", self.portfolio.table.horizontalHeader().saveState()
        )
        self.reminders.stop()
        self.keeper.shutdown()
        self.sync.shutdown()  # a running sync stops at its next safe point
        self.runner.shutdown()  # waits for queued edits: nothing typed is lost
        super().closeEvent(event)

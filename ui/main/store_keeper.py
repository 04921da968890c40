"""Looking after the store from the window: its banner, daily backups, restoring a backup.

File work (listing backups, copying, checking, swapping files) runs on worker threads; this
object only starts it and shows the outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from cs_desktop.changes import Changes
from ui.main.store_banner import StoreBanner, when
from ui.tasks import LongTask, TaskRunner

if TYPE_CHECKING:
    from cs_desktop.backups import BackupFile
    from cs_desktop.restore import Restored

# The first daily backup waits for start-up's own reading (portfolio, health) to settle.
DAILY_BACKUP_DELAY_MS = 20_000
# A window left open overnight takes the next day's backup within the hour.
DAILY_BACKUP_EVERY_MS = 3_600_000


class StoreKeeper(QObject):
    """The window's side of :mod:`cs_desktop.backups` and :mod:`cs_desktop.restore`.

    Signals:
        writable_changed(bool): the store became writable again, or stopped being writable.
        restored(object): a backup was restored (its :class:`~cs_desktop.restore.Restored`).
        daily_backup_done(object): the daily backup ran (the file written, or None).
    """

    writable_changed = Signal(bool)
    restored = Signal(object)
    daily_backup_done = Signal(object)

    def __init__(
        self, window: QMainWindow, runner: TaskRunner, prepare: Callable[[], str | None]
    ) -> None:
        """Args:
        window: shows the outcomes in its status bar and parents the dialogs.
        runner: runs the file work off the GUI thread.
        prepare: readies the window for a restore (closes what shows the old store); returns
            why a restore cannot start now, or None.
        """
        super().__init__(window)
        self.window = window
        self.runner = runner
        self._prepare = prepare
        self.store = runner.store
        self.banner = StoreBanner()
        self.banner.restore_latest.connect(self._on_banner_restore_latest)
        self.banner.restore_other.connect(self.show_restore_dialog)
        self._first = QTimer(self, singleShot=True)  # a child, so shutdown() can stop it
        self._first.timeout.connect(self.run_daily_backup)
        self._daily = QTimer(self, interval=DAILY_BACKUP_EVERY_MS)
        self._daily.timeout.connect(self.run_daily_backup)
        self._restoring = False
        self._closed = False
        # May be called on any thread (a query meeting a damaged page): hop to this one.
        self.store.condition.subscribe(self._on_condition_changed_anywhere)
        self._show_condition()

    # -- condition ---------------------------------------------------------------------------
    @property
    def writable(self) -> bool:
        return bool(self.store.condition.writable)

    def _on_condition_changed_anywhere(self) -> None:
        if not self._closed:
            self.runner.on_main(self._show_condition)

    def _show_condition(self) -> None:
        if self._closed:
            return
        condition = self.store.condition
        if condition.damage is not None:
            detail = condition.damage.detail
            self.runner.background(
                self.tr("List backups"),
                self._list_backups,
                lambda backups: self.banner.show_damaged(detail, backups[0] if backups else None),
            )
        elif condition.read_only is not None:
            self.banner.show_read_only(condition.read_only)
        else:
            self.banner.hide_state()
        self.writable_changed.emit(self.writable)

    def _list_backups(self) -> list[BackupFile]:
        from cs_desktop.backups import list_backups

        return list_backups(self.store.path)

    # -- daily backup ------------------------------------------------------------------------
    def start_daily_backups(self, delay_ms: int = DAILY_BACKUP_DELAY_MS) -> None:
        """Take today's backup soon (if not taken yet), then look again every hour."""
        if not self._daily.isActive() and not self._closed:
            self._first.start(delay_ms)
            self._daily.start()

    def run_daily_backup(self) -> None:
        """Back up the store once a day, or check it when today's backup exists; on a worker.

        Either way every page of the store is read once per start (the copy's check covers
        the store), so damage where no view reads is found too: 5 to 9 s on a 1.2 GB store,
        with the interpreter lock released.
        """
        if self._closed or not self.writable or self._restoring:
            return  # a damaged copy must not push a good backup out of the seven kept

        def work() -> Path | None:
            from cs_desktop.backups import daily_backup
            from cs_desktop.db import check_pages
            from cs_desktop.store_errors import StoreDamagedError

            store = self.runner.opened_store()
            try:
                written = daily_backup(store.engine, store.path, today=date.today())
                if written is None:
                    check_pages(store.engine, store.path)
                return written
            except StoreDamagedError as damage:
                store.condition.mark_damaged(damage)
                raise

        self.runner.background(
            self.tr("Daily backup"), work, self._on_daily_backup_done, self._on_daily_failed
        )

    def _on_daily_backup_done(self, written: Path | None) -> None:
        if written is not None:
            self.window.statusBar().showMessage(
                self.tr("Daily backup written to %1").replace("%1", str(written)), 6000
            )
        self.daily_backup_done.emit(written)

    def _on_daily_failed(self, error: Exception) -> None:
        from cs_desktop.store_errors import StoreDamagedError

        if not isinstance(error, StoreDamagedError):  # the banner says that one
            self.window.statusBar().showMessage(
                self.tr("Daily backup not written: %1").replace("%1", str(error)), 15000
            )
        self.daily_backup_done.emit(None)

    # -- restore -----------------------------------------------------------------------------
    def show_restore_dialog(self) -> None:
        """File > Restore from backup…: list the automatic backups (off this thread), then ask."""
        self.runner.background(self.tr("List backups"), self._list_backups, self._open_dialog)

    def _open_dialog(self, backups: list[BackupFile]) -> Any:
        from ui.main.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.store.path, backups, self.window)
        dialog.accepted.connect(lambda: self._restore_chosen(dialog.chosen))
        dialog.open()
        return dialog

    def _restore_chosen(self, chosen: Path | None) -> None:
        if chosen is not None:
            self.restore(chosen)

    def _on_banner_restore_latest(self) -> None:
        latest = self.banner.latest
        if latest is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore from backup"),
            self.tr(
                "Restore the backup of %1? The damaged store is kept in the backups folder; "
                "what changed since the backup is not in it."
            ).replace("%1", when(latest)),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.accepted.connect(lambda: self.restore(latest.path))
        box.open()

    def restore(self, backup: Path) -> LongTask | None:
        """Restore ``backup`` over the open store, on the writer (no edit runs meanwhile)."""
        if self._restoring:
            return None
        refusal = self._prepare()
        if refusal:
            self.window.statusBar().showMessage(refusal, 8000)
            return None
        self._restoring = True
        task = LongTask(self.tr("Restoring a backup"), cancellable=False)

        def work(_task: LongTask) -> Restored:
            from cs_desktop.restore import restore_into

            return restore_into(self.runner.opened_store(), backup)

        self.runner.run_long(
            task,
            work,
            self._on_restored,
            self._on_restore_failed,
            writes=True,
            changes_of=lambda _restored: Changes(
                portfolio=True, touchpoints=True, health=True, tasks=True, money=True
            ),
        )
        return task

    def _on_restored(self, restored: Restored) -> None:
        self._restoring = False
        if restored.replaced is None:
            text = self.tr("Restored %1").replace("%1", restored.backup.name)
        else:
            text = (
                self.tr("Restored %1; the store it replaced is kept as %2")
                .replace("%1", restored.backup.name)
                .replace("%2", str(restored.replaced))
            )
        self.window.statusBar().showMessage(text, 15000)
        self._show_condition()
        self.restored.emit(restored)

    def _on_restore_failed(self, error: Exception) -> None:
        self._restoring = False
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The backup was not restored"),
            str(error),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.open()

    def shutdown(self) -> None:
        self._closed = True
        self._first.stop()
        self._daily.stop()

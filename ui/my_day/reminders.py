"""Task reminders: while the app runs, a task whose reminder time has come is announced once.

Through the system tray when the desktop has one (clicking the message opens the task), else in
the window's status bar. Each reminder is marked shown in the store, so it is not repeated
after a restart; one set while the app was closed shows at the next start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from cs_desktop.changes import Changes
from cs_desktop.clock import utc_now
from cs_desktop.my_day import Place, Reminder, due_reminders, mark_reminded
from ui.dates import datetime_text
from ui.tasks import ChangeHub, TaskRunner

CHECK_EVERY_MS = 30_000
MESSAGE_MS = 15_000


class ReminderFeed(QObject):
    """Checks for due reminders every :data:`CHECK_EVERY_MS` and after every task edit.

    Signals:
        reminded: ``tuple[Reminder, ...]`` just announced (on the GUI thread).
        open_requested: ``(AccountId, Place, task id)`` when the user clicks the message.
        message: the text to show in the status bar when there is no system tray.
    """

    reminded = Signal(object)
    open_requested = Signal(object, object, object)
    message = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        hub: ChangeHub,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = utc_now,
        tray: bool | None = None,
    ) -> None:
        """Args:
        now: the clock (tests move it).
        tray: use the system tray; None: when the desktop has one.
        """
        super().__init__(parent)
        self.runner, self._now = runner, now
        self._checking = False
        self._last: Reminder | None = None
        use_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.tray: QSystemTrayIcon | None = None
        if use_tray:
            self.tray = QSystemTrayIcon(self._icon(), self)
            self.tray.setToolTip(self.tr("CS Desktop"))
            self.tray.messageClicked.connect(self._on_tray_message_clicked)
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        hub.changes_applied.connect(self._on_hub_changes_applied)

    def start(self) -> None:
        """Check now, then every :data:`CHECK_EVERY_MS`."""
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def check(self) -> None:
        """Announce the reminders due now (read on a reader thread)."""
        if self._checking:
            return
        self._checking = True
        now = self._now()

        def done(found: tuple[Reminder, ...]) -> None:
            self._checking = False
            if found:
                self._announce(found, now)

        def failed(error: Exception) -> None:
            self._checking = False
            self.runner.report_failure(self.tr("Reminders"), error)

        self.runner.read(self.tr("Reminders"), lambda c: due_reminders(c, now), done, failed)

    def _announce(self, found: Sequence[Reminder], now: datetime) -> None:
        self._last = found[-1]
        text = self.text_of(found)
        if self.tray is not None:
            self.tray.showMessage(
                self.tr("Reminder"), text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS
            )
        else:
            self.message.emit(text)
            window = QApplication.activeWindow()
            if window is not None:
                QApplication.alert(window)
        ids = tuple(reminder.task_id for reminder in found)
        self.runner.write(
            self.tr("Reminders"),
            lambda s: mark_reminded(s, ids, now),
            changes_of=lambda changes: changes,
        )
        self.reminded.emit(tuple(found))

    def text_of(self, found: Sequence[Reminder]) -> str:
        """The message: the task and its account, or how many tasks when there are several."""
        first = found[0]
        if len(found) == 1:
            return (
                self.tr("%1 — %2 (%3)")
                .replace("%1", first.title)
                .replace("%2", first.account.name)
                .replace("%3", datetime_text(first.remind_at))
            )
        return (
            self.tr("%1 — %2, and %n more task(s)", "", len(found) - 1)
            .replace("%1", first.title)
            .replace("%2", first.account.name)
        )

    def _on_tray_message_clicked(self) -> None:
        last = self._last
        if last is not None:
            self.open_requested.emit(last.account.id, Place.TASKS, last.task_id)

    def _on_hub_changes_applied(self, changes: Changes) -> None:
        if changes.tasks and self.timer.isActive():
            self.check()  # a reminder set for a moment already past shows at once

    @staticmethod
    def _icon() -> QIcon:
        app = QApplication.instance()
        if isinstance(app, QApplication) and not app.windowIcon().isNull():
            return app.windowIcon()
        style = QApplication.style()
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)

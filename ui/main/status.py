"""The status bar's parts: long-task progress with Cancel, and the sync state."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ui.tasks import LongTask

if TYPE_CHECKING:
    from cs_desktop.sync.status import SyncOverview


class TaskProgress(QWidget):
    """Shows the newest running long task (label, progress, Cancel); hidden when none runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(200)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running task"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._tasks: list[LongTask] = []  # running, newest last; the newest is shown
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.hide()

    def track(self, task: LongTask) -> None:
        self._tasks.append(task)
        # Bound methods, so that reports from worker threads are queued to this thread.
        task.progress.connect(self._on_task_progress)
        task.detail_changed.connect(self._on_task_detail)
        task.finished.connect(self._on_task_finished)
        self._show_task(task)

    def _show_task(self, task: LongTask) -> None:
        self.label.setText(self.tr("Cancelling…") if task.is_cancelled() else _words(task))
        self.bar.setRange(0, 0)  # busy until its next progress report
        self.cancel_button.setEnabled(not task.is_cancelled())
        self.cancel_button.setVisible(task.cancellable)
        self.show()

    def _on_task_progress(self, done: int, total: int) -> None:
        if self._tasks and self.sender() is self._tasks[-1] and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _on_task_detail(self, _detail: str) -> None:
        task = self._tasks[-1] if self._tasks else None
        if task is not None and self.sender() is task and not task.is_cancelled():
            self.label.setText(_words(task))

    def _on_task_finished(self) -> None:
        task = self.sender()
        if task in self._tasks:
            self._tasks.remove(task)
        if self._tasks:
            self._show_task(self._tasks[-1])  # one started earlier is still running
        else:
            self.hide()

    def _on_cancel_clicked(self) -> None:
        if self._tasks:
            self._tasks[-1].cancel()
            self.label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)


def _words(task: LongTask) -> str:
    return f"{task.label}: {task.detail}" if task.detail else task.label


def describe_sync(
    overview: SyncOverview | None,
    *,
    offline: bool,
    syncing: bool,
    problem: str = "",
    now: datetime | None = None,
) -> str:
    """The status bar's sync text, e.g. "3 changes waiting · last synced 14:02"."""
    if overview is None:
        return ""
    if not overview.connected:
        return QCoreApplication.translate("SyncStatus", "Not connected to a CRM")
    parts = []
    if syncing:
        parts.append(QCoreApplication.translate("SyncStatus", "Syncing…"))
    elif offline:
        parts.append(QCoreApplication.translate("SyncStatus", "Offline"))
    elif problem:
        parts.append(problem)
    parts.append(
        counted(overview.waiting, "1 change waiting", "%1 changes waiting")
        if overview.waiting
        else QCoreApplication.translate("SyncStatus", "no changes waiting")
    )
    if not offline and not syncing:
        parts.append(_last_synced(overview.last_synced_at, now or datetime.now().astimezone()))
    return " · ".join(parts)


def counted(count: int, one: str, many: str) -> str:
    """English plurals without a translation file ("%n thing(s)" would show as such)."""
    text = QCoreApplication.translate("SyncStatus", one if count == 1 else many)
    return text.replace("%1", str(count))


def _last_synced(when: datetime | None, now: datetime) -> str:
    if when is None:
        return QCoreApplication.translate("SyncStatus", "never synced")
    local = when.astimezone(now.tzinfo)
    stamp = f"{local:%H:%M}" if local.date() == now.date() else f"{local.day} {local:%b %H:%M}"
    return QCoreApplication.translate("SyncStatus", "last synced %1").replace("%1", stamp)


class SyncStatus(QWidget):
    """The sync state in the status bar, and a button to the conflicts when there are any."""

    conflicts_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Sync status"))
        self.conflicts_button = QPushButton()
        self.conflicts_button.setFlat(True)
        self.conflicts_button.setStyleSheet("color: palette(link); font-weight: bold;")
        self.conflicts_button.clicked.connect(self.conflicts_clicked)
        self.conflicts_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.conflicts_button)
        layout.addWidget(self.label)

    def text(self) -> str:
        """Everything shown, as one line (what a screen reader or a test reads)."""
        shown = [self.label.text()]
        if self.conflicts_button.isVisibleTo(self):
            shown.insert(0, self.conflicts_button.text())
        return " · ".join(part for part in shown if part)

    def show_state(
        self,
        overview: SyncOverview | None,
        *,
        offline: bool = False,
        syncing: bool = False,
        problem: str = "",
    ) -> None:
        self.label.setText(
            describe_sync(overview, offline=offline, syncing=syncing, problem=problem)
        )
        conflicts = overview.open_conflicts if overview is not None else 0
        self.conflicts_button.setText(counted(conflicts, "1 conflict", "%1 conflicts"))
        self.conflicts_button.setAccessibleName(
            counted(conflicts, "1 sync conflict", "%1 sync conflicts") + self.tr(": open the queue")
        )
        self.conflicts_button.setVisible(conflicts > 0)

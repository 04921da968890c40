"""The status bar's parts: long-task progress with Cancel, and the sync state."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ui.tasks import LongTask
from ui.translation import Words, is_language_change, translation_context, two_sentences

SyncStatusText = translation_context("SyncStatusText")

if TYPE_CHECKING:
    from cs_desktop.sync.status import SyncOverview


class TaskProgress(QWidget):
    """Shows the newest running long task (label, progress, Cancel); hidden when none runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = Words()
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(200)
        self.words.bind(self.bar.setAccessibleName, lambda: self.tr("Progress"))
        self.cancel_button = QPushButton()
        self.words.bind(self.cancel_button.setText, lambda: self.tr("Cancel"))
        self.words.bind(
            self.cancel_button.setAccessibleName, lambda: self.tr("Cancel the running task")
        )
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
        # Where it stood when it was last shown (another task may have been shown since),
        # or busy until its first progress report.
        done, total = task.counted
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(done)
        self.cancel_button.setEnabled(not task.is_cancelled())
        self.cancel_button.setVisible(task.cancellable)
        self.show()

    def _on_task_progress(self, done: int, total: int) -> None:
        """``done`` of ``total``; a total of 0 means busy again, with no count to show."""
        if self._tasks and self.sender() is self._tasks[-1]:
            self.bar.setRange(0, max(total, 0))
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
            self.label.clear()
            self.hide()

    def _on_cancel_clicked(self) -> None:
        if self._tasks:
            self._tasks[-1].cancel()
            self.label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            if self._tasks:
                self._show_task(self._tasks[-1])
        super().changeEvent(event)


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
        return SyncStatusText.tr("Not connected to a CRM")
    parts = []
    if syncing:
        parts.append(SyncStatusText.tr("Syncing…"))
    elif offline:
        parts.append(SyncStatusText.tr("Offline"))
    elif problem:
        parts.append(problem)
    parts.append(
        SyncStatusText.tr("%Ln change(s) waiting", "", overview.waiting)
        if overview.waiting
        else SyncStatusText.tr("no changes waiting")
    )
    if not offline and not syncing:
        parts.append(_last_synced(overview.last_synced_at, now or datetime.now().astimezone()))
    return " · ".join(parts)


def describe_connection(overview: SyncOverview | None) -> str:
    """Which CRM the store syncs with and how much of its daily API allowance the last sync
    saw used: the same words for every CRM (the figures are the registry's neutral ones)."""
    if overview is None or not overview.connected:
        return ""
    where = (
        SyncStatusText.tr("Syncs with %1 at %2.")
        .replace("%1", overview.label)
        .replace("%2", overview.base_url or "")
    )
    limits = overview.limits
    if limits.day_limit is None or limits.day_used is None:
        return where
    used = (
        SyncStatusText.tr("At the last sync, %1 of the %2 API requests allowed a day were used.")
        .replace("%1", QLocale().toString(limits.day_used))
        .replace("%2", QLocale().toString(limits.day_limit))
    )
    return two_sentences(where, used)


def _last_synced(when: datetime | None, now: datetime) -> str:
    if when is None:
        return SyncStatusText.tr("never synced")
    local = when.astimezone(now.tzinfo)
    moment = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    pattern = (
        "HH:mm"
        if local.date() == now.date()
        # Qt's date format: "1 Mar 14:02" in English; the translation orders it as it reads.
        else SyncStatusText.tr("d MMM HH:mm", "date format of an earlier day")
    )
    stamp = QLocale().toString(moment, pattern)
    return SyncStatusText.tr("last synced %1").replace("%1", stamp)


class SyncStatus(QWidget):
    """The sync state in the status bar, and a button to the conflicts when there are any."""

    conflicts_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = Words()
        self.label = QLabel()
        self.words.bind(self.label.setAccessibleName, lambda: self.tr("Sync status"))
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
        self.label.setToolTip(describe_connection(overview))
        conflicts = overview.open_conflicts if overview is not None else 0
        self.conflicts_button.setText(self.tr("%Ln conflict(s)", "", conflicts))
        self.conflicts_button.setAccessibleName(
            self.tr("%Ln sync conflict(s): open the queue", "", conflicts)
        )
        self.conflicts_button.setVisible(conflicts > 0)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()  # the state itself is shown again by the window
        super().changeEvent(event)

"""The status bar's parts: long-task progress with Cancel, and the sync state."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ui.tasks import LongTask


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
        task.finished.connect(self._on_task_finished)
        self._show_task(task)

    def _show_task(self, task: LongTask) -> None:
        self.label.setText(self.tr("Cancelling…") if task.is_cancelled() else task.label)
        self.bar.setRange(0, 0)  # busy until its next progress report
        self.cancel_button.setEnabled(not task.is_cancelled())
        self.cancel_button.setVisible(task.cancellable)
        self.show()

    def _on_task_progress(self, done: int, total: int) -> None:
        if self._tasks and self.sender() is self._tasks[-1] and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

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


class SyncStatus(QLabel):
    """ "offline / N changes waiting to sync". The CRM sync fills in the numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sync status"))
        self.setText(self.tr("Not connected to a CRM · everything is saved on this computer"))

    def show_state(self, *, online: bool, waiting: int) -> None:
        where = self.tr("online") if online else self.tr("offline")
        self.setText(
            self.tr("%1 · %2 changes waiting to sync")
            .replace("%1", where)
            .replace("%2", str(waiting))
        )

"""Importing a CSV/XLSX file from the app: off the GUI thread, cancellable, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QMessageBox

from cs_desktop.changes import Changes
from ui.tasks import LongTask, TaskRunner

if TYPE_CHECKING:
    from cs_desktop.importer import ImportReport


def run_import(window: QMainWindow, runner: TaskRunner, kind: str, path: Path) -> None:
    """Import in a child process (see cs_desktop.child_jobs): the window never stutters.

    Args:
        window: shows progress and the outcome in its status bar, and parents any message.
        runner: runs the import as a long task on the store's writer.
        kind: what the file holds (an :class:`~cs_desktop.importer.ImportKind` value).
        path: the CSV or XLSX file.
    """
    from cs_desktop.child_jobs import JobCancelled, run_in_child
    from cs_desktop.importer import ImportKind, ImportRejected, import_file
    from cs_desktop.importer.usage import import_usage

    task = LongTask(window.tr("Importing %1").replace("%1", path.name))

    def done(report: ImportReport) -> None:
        window.statusBar().showMessage(
            window.tr("Imported %1: %2")
            .replace("%1", path.name)
            .replace("%2", report.format().splitlines()[0]),
            10_000,
        )

    def failed(error: Exception) -> None:
        if isinstance(error, JobCancelled):
            window.statusBar().showMessage(window.tr("Import cancelled; nothing was written"), 8000)
            return
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(window.tr("Nothing was imported"))
        if isinstance(error, ImportRejected):
            problems = error.report.problems
            box.setText(
                window.tr("%1 has %2 problem(s); fix them and import again. Nothing was written.")
                .replace("%1", path.name)
                .replace("%2", str(len(problems)))
            )
            box.setDetailedText(error.report.format())
        else:
            box.setText(str(error))
        box.open()

    # A usage export's columns are read by their indicator names (see cs_desktop.importer.usage).
    job, arguments = (
        (import_usage, {"path": path})
        if ImportKind(kind) is ImportKind.USAGE
        else (import_file, {"kind": ImportKind(kind), "path": path})
    )
    runner.run_long(
        task,
        lambda _t: run_in_child(
            runner.store.path,
            job,
            arguments,
            progress=task.report,
            cancelled=task.is_cancelled,
        ),
        done,
        failed,
        writes=True,
        changes_of=lambda _report: Changes(portfolio=True, touchpoints=True, health=True),
    )

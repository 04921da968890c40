"""Importing a CSV/XLSX file from the app: off the GUI thread, cancellable, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from cs_desktop.changes import Changes
from ui.tasks import LongTask

if TYPE_CHECKING:
    from ui.main.main_window import MainWindow


class ImportCancelled(Exception):
    """Raised from the progress callback to stop an import; its transaction rolls back."""


def run_import(window: MainWindow, kind: str, path: Path) -> None:
    from cs_desktop.importer import ImportKind, ImportRejected, import_file

    task = LongTask(window.tr("Importing %1").replace("%1", path.name))

    def progress(done: int, total: int) -> None:
        if task.is_cancelled():
            raise ImportCancelled
        task.report(done, total)

    def done(report: object) -> None:
        window.statusBar().showMessage(
            window.tr("Imported %1: %2")
            .replace("%1", path.name)
            .replace(
                "%2",
                report.format().splitlines()[0],  # type: ignore[attr-defined]
            ),
            10_000,
        )

    def failed(error: Exception) -> None:
        if isinstance(error, ImportCancelled):
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

    window.runner.run_long(
        task,
        lambda _t: import_file(window.store, ImportKind(kind), path, None, progress=progress),
        done,
        failed,
        writes=True,
        changes_of=lambda _report: Changes(portfolio=True, touchpoints=True, health=True),
    )

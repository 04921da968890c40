"""Importing a CSV/XLSX file from the app: off the GUI thread, cancellable, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QMessageBox

from cs_desktop.changes import Changes
from ui.tasks import LongTask, TaskRunner
from ui.translation import translation_context

Importing = translation_context("Importing")

if TYPE_CHECKING:
    from cs_desktop.importer import ImportReport


def run_import(
    window: QMainWindow,
    runner: TaskRunner,
    kind: str,
    path: Path,
    *,
    allow_duplicates: bool = False,
) -> None:
    """Import in a child process (see cs_desktop.child_jobs): the window never stutters.

    Args:
        window: shows progress and the outcome in its status bar, and parents any message.
        runner: runs the import as a long task on the store's writer.
        kind: what the file holds (an :class:`~cs_desktop.importer.ImportKind` value).
        path: the CSV or XLSX file.
        allow_duplicates: add rows that look like accounts already in the store.

    When the only problems are rows that look like accounts already in the store (same
    domain, another record), the message offers to import them anyway as new accounts.
    """
    task = LongTask(Importing.tr("Importing %1").replace("%1", path.name))

    def done(report: ImportReport) -> None:
        window.statusBar().showMessage(
            Importing.tr("Imported %1: %2")
            .replace("%1", path.name)
            .replace("%2", report.format().splitlines()[0]),
            10_000,
        )
        if report.notices:
            # Cells the import changed on the way in (control characters removed, duplicates
            # added as allowed): the user is told which.
            box = QMessageBox(window)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(Importing.tr("Imported"))
            box.setText(
                Importing.tr(
                    "%1 was imported; %Ln cell(s) were changed or allowed on the way in.",
                    "",
                    len(report.notices),
                ).replace("%1", path.name)
            )
            box.setDetailedText(report.format())
            box.open()

    def failed(error: Exception) -> None:
        from cs_desktop.child_jobs import JobCancelled
        from cs_desktop.importer import ImportRejected

        if isinstance(error, JobCancelled):
            window.statusBar().showMessage(
                Importing.tr("Import cancelled; nothing was written"), 8000
            )
            return
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(Importing.tr("Nothing was imported"))
        if isinstance(error, ImportRejected) and error.report.only_likely_duplicates:
            _offer_duplicates(window, runner, box, kind, path, error.report)
            return
        if isinstance(error, ImportRejected):
            problems = error.report.problems
            box.setText(
                Importing.tr(
                    "%1 has %Ln problem(s); fix them and import again. Nothing was written.",
                    "",
                    len(problems),
                ).replace("%1", path.name)
            )
            box.setDetailedText(error.report.format())
        else:
            box.setText(str(error))
        box.open()

    def work(_task: LongTask) -> ImportReport:
        # The importer's modules load here, on the worker: their first import (pandas'
        # helpers, the layouts) would stall the window for tens of milliseconds.
        from cs_desktop.child_jobs import run_in_child
        from cs_desktop.importer import ImportKind, import_file
        from cs_desktop.importer.usage import import_usage

        # A usage export's columns are read by their indicator names (see
        # cs_desktop.importer.usage).
        job, arguments = (
            (import_usage, {"path": path})
            if ImportKind(kind) is ImportKind.USAGE
            else (
                import_file,
                {"kind": ImportKind(kind), "path": path, "allow_duplicates": allow_duplicates},
            )
        )
        report: ImportReport = run_in_child(
            runner.store.path,
            job,
            arguments,
            progress=task.report,
            cancelled=task.is_cancelled,
        )
        return report

    runner.run_long(
        task,
        work,
        done,
        failed,
        writes=True,
        changes_of=lambda _report: Changes(portfolio=True, touchpoints=True, health=True),
    )


def _offer_duplicates(
    window: QMainWindow,
    runner: TaskRunner,
    box: QMessageBox,
    kind: str,
    path: Path,
    report: ImportReport,
) -> None:
    """Ask whether rows that look like accounts already in the store are new ones after all."""
    count = len(report.problems)
    box.setText(
        Importing.tr(
            "%1: %Ln row(s) look like accounts already in the store: the same domain, but "
            "another record. Nothing was written.\n\nImport them as new accounts anyway?",
            "",
            count,
        ).replace("%1", path.name)
    )
    box.setDetailedText(report.format())
    anyway = box.addButton(Importing.tr("Import anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def chosen(button: object) -> None:
        if button is anyway:
            run_import(window, runner, kind, path, allow_duplicates=True)

    box.buttonClicked.connect(chosen)
    box.open()

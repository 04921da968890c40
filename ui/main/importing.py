"""Importing a CSV/XLSX file from the app: off the GUI thread, cancellable, all or nothing."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

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
    options: Mapping[str, object] | None = None,
    on_done: Callable[[ImportReport], None] | None = None,
    on_failed: Callable[[Exception], bool] | None = None,
) -> LongTask:
    """Import in a child process (see cs_desktop.child_jobs): the window never stutters.

    Args:
        window: shows progress and the outcome in its status bar, and parents any message.
        runner: runs the import as a long task on the store's writer.
        kind: what the file holds (an :class:`~cs_desktop.importer.ImportKind` value).
        path: the CSV or XLSX file.
        allow_duplicates: add rows that look like accounts already in the store.
        options: more arguments of the usage import (``column_map``, ``period``).
        on_done: called after the window has announced a written import.
        on_failed: called first with a failure (a cancel, too); returns True when it told the
            user itself, else the window does.

    Returns:
        The running task (its progress, and its Cancel).

    When the only problems are rows that look like accounts already in the store (same
    domain, another record), the message offers to import them anyway as new accounts.
    """
    task = LongTask(Importing.tr("Importing %1").replace("%1", path.name))

    def done(report: ImportReport) -> None:
        announce_import(window, path, report)
        if on_done is not None:
            on_done(report)

    def failed(error: Exception) -> None:
        if on_failed is not None and on_failed(error):
            return
        from cs_desktop.child_jobs import JobCancelled
        from cs_desktop.importer import ImportRejected

        if isinstance(error, JobCancelled):
            window.statusBar().showMessage(
                Importing.tr("Import cancelled; nothing was written"), 8000
            )
            return
        if isinstance(error, ImportRejected) and error.report.only_likely_duplicates:
            _offer_duplicates(window, runner, kind, path, error.report)
            return
        show_import_failure(window, path, error)

    def work(_task: LongTask) -> ImportReport:
        from cs_desktop.child_jobs import run_in_child

        # The child loads the importer by name: loading it here (pandas' helpers, the layouts)
        # would hold the interpreter lock long enough for the window to stutter.
        job, arguments = (
            ("cs_desktop.importer.usage:import_usage", {"path": path, **(options or {})})
            if kind == "usage"
            else (
                "cs_desktop.importer:import_file",
                {"kind": kind, "path": path, "allow_duplicates": allow_duplicates},
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
    return task


def announce_import(window: QMainWindow, path: Path, report: ImportReport) -> None:
    """Say in the status bar what an import wrote; list the cells it changed on the way in."""
    if report.unchanged is None:
        summary = report.format().splitlines()[0]
    else:
        locale = QLocale()
        summary = (
            Importing.tr(
                "%Ln row(s); daily samples added %1, updated %2, unchanged %3", "", report.rows
            )
            .replace("%1", locale.toString(report.created))
            .replace("%2", locale.toString(report.updated))
            .replace("%3", locale.toString(report.unchanged))
        )
    window.statusBar().showMessage(
        Importing.tr("Imported %1: %2").replace("%1", path.name).replace("%2", summary), 10_000
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


def show_import_failure(parent: QWidget, path: Path, error: Exception) -> QMessageBox:
    """Explain why nothing was imported; a rejected file's report lists every bad row."""
    from cs_desktop.importer import ImportRejected
    from ui.tasks import message_for

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(Importing.tr("Nothing was imported"))
    if isinstance(error, ImportRejected):
        box.setText(
            Importing.tr(
                "%1 has %Ln problem(s); fix them and import again. Nothing was written.",
                "",
                len(error.report.problems),
            ).replace("%1", path.name)
        )
        box.setDetailedText(error.report.format())
    else:
        box.setText(message_for(error))
    box.open()
    return box


def _offer_duplicates(
    window: QMainWindow,
    runner: TaskRunner,
    kind: str,
    path: Path,
    report: ImportReport,
) -> None:
    """Ask whether rows that look like accounts already in the store are new ones after all."""
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(Importing.tr("Nothing was imported"))
    box.setText(
        Importing.tr(
            "%1: %Ln row(s) look like accounts already in the store: the same domain, but "
            "another record. Nothing was written.\n\nImport them as new accounts anyway?",
            "",
            len(report.problems),
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

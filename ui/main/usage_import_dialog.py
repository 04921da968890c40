"""Import usage data: preview an export, say how to read it, import it with progress and Cancel.

The file's first rows are read on a worker (:func:`~cs_desktop.importer.usage_preview.
preview_usage`); the core's automatic matching makes the first choice, or the choice the user
made for the last file with the same headers (kept in QSettings as the command line's --map
pairs). A choice is checked before anything runs, each problem under its field; the import
then runs in a child process, all or nothing, and a refused one leaves the dialog open with
the choices as they were.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QMainWindow, QTableWidgetItem

from cs_desktop.importer.usage import Period
from ui.main.importing import run_import, show_import_failure
from ui.main.usage_import_view import PREVIEW_SHOWN, UsageImportView
from ui.tasks import LongTask, TaskRunner, message_for
from ui.translation import translation_context

# The file line under the file name (a module function: lupdate needs a named context).
UsageFile = translation_context("UsageFile")

if TYPE_CHECKING:
    from cs_desktop.importer import ImportReport
    from cs_desktop.importer.usage_preview import UsageChoice, UsagePreview

SETTINGS_GROUP = "usage_import"
_ROLES = ("account", "date", "metric", "value")


class UsageImportDialog(UsageImportView):
    """The usage import, from choosing the file to the written report.

    Signals (always on the GUI thread):
        preview_shown: the file's preview and the first choice are on screen.
        preview_failed(str): the file cannot be read; why.
        imported(object): the import was written; its ImportReport.
        import_failed(object): nothing was written (refused, cancelled or failed); the error.
    """

    preview_shown = Signal()
    preview_failed = Signal(str)
    imported = Signal(object)
    import_failed = Signal(object)

    def __init__(self, window: QMainWindow, runner: TaskRunner, settings: QSettings) -> None:
        super().__init__(window)
        self.main_window = window
        self.runner = runner
        self.settings = settings
        self.path: Path | None = None
        self.preview_data: UsagePreview | None = None
        self.choice: UsageChoice | None = None
        self.task: LongTask | None = None
        self._checking = False  # after a refused Import: problems follow each change
        self._filling = False
        self.choose_file.clicked.connect(self.ask_file)
        self.use_suggestions.clicked.connect(self._on_use_suggestions_clicked)
        for box in (self.account_column, self.date_column, self.metric_column, self.value_column):
            box.currentIndexChanged.connect(self._on_role_changed)
        self.period.currentIndexChanged.connect(self._on_choice_changed)
        self.mapping.changed.connect(self._on_choice_changed)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)
        self.finished.connect(self._on_finished)
        self._set_enabled(False)
        self.show_message("")
        self._show_remembered(False)

    # -- the file --------------------------------------------------------------------------
    def ask_file(self) -> None:
        folder = str(self.path.parent if self.path else Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import usage data"),
            folder,
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if chosen:
            self.open_file(Path(chosen))

    def open_file(self, path: Path) -> None:
        """Read ``path``'s first rows on a worker; the choices follow once they are in."""
        self.path = path
        self.preview_data = None
        self.choice = None
        self._checking = False
        self.errors.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.mapping.set_rows((), {}, {})
        for box in self._role_boxes():
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        self._show_remembered(False)
        self.file_name.setText(path.name)
        self.file_details.setText(self.tr("reading…"))
        self.show_message("")
        self._set_enabled(False)
        self.choose_file.setEnabled(True)

        def shown(preview: UsagePreview) -> None:
            if self.path == path:  # not another file chosen meanwhile
                self._show_preview(preview)

        def failed(error: Exception) -> None:
            if self.path == path:
                why = message_for(error)
                self.file_details.setText("")
                self.show_message(why)
                self.preview_failed.emit(why)

        def read() -> UsagePreview:
            # Imported here, on the worker: the importer brings numpy and pandas.
            from cs_desktop.importer.usage_preview import preview_usage

            return preview_usage(path)

        self.runner.background(self.tr("Reading %1").replace("%1", path.name), read, shown, failed)

    def _show_preview(self, preview: UsagePreview) -> None:
        self.preview_data = preview
        self.file_details.setText(_details(preview))
        table = self.preview
        table.clear()
        table.setColumnCount(len(preview.headers))
        table.setRowCount(min(PREVIEW_SHOWN, len(preview.rows)))
        for row, cells in enumerate(preview.rows[:PREVIEW_SHOWN]):
            for column, cell in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(cell))
        for box in (self.account_column, self.date_column, self.metric_column, self.value_column):
            box.blockSignals(True)
            box.clear()
            box.addItem(
                self.tr("— choose a column —")
                if box in (self.account_column, self.date_column)
                else self.tr("— none: one column per measure —"),
                None,
            )
            for header in preview.headers:
                if header:
                    box.addItem(header, header)
            box.blockSignals(False)
        remembered = self._remembered(preview)
        self._show_remembered(remembered is not None)
        self._apply(remembered or preview.suggested())
        self._set_enabled(True)
        self.preview_shown.emit()

    # -- the choice ------------------------------------------------------------------------
    def _apply(self, choice: UsageChoice) -> None:
        """Show ``choice`` in the widgets."""
        assert self.preview_data is not None
        self._filling = True
        try:
            for role, box in zip(_ROLES, self._role_boxes(), strict=True):
                box.setCurrentIndex(max(box.findData(choice.roles.get(role)), 0))
            self.period.setCurrentIndex(max(self.period.findData(choice.period.value), 0))
            self._fill_mapping(choice)
        finally:
            self._filling = False
        self.choice = choice
        self._on_choice_changed()

    def _fill_mapping(self, choice: UsageChoice) -> None:
        assert self.preview_data is not None
        names = self.preview_data.names(choice.roles)
        examples = {name: self.preview_data.examples(name, choice.roles) for name in names}
        self.mapping.set_long(choice.long)
        self.mapping.set_rows(names, examples, choice.sources)

    def current_choice(self) -> UsageChoice:
        """What the widgets say."""
        from cs_desktop.importer.usage_preview import UsageChoice

        roles = {
            role: str(box.currentData())
            for role, box in zip(_ROLES, self._role_boxes(), strict=True)
            if box.currentData()
        }
        return UsageChoice(roles, self.mapping.sources(), Period(self.period.currentData()))

    def _on_role_changed(self) -> None:
        if self._filling or self.preview_data is None:
            return
        chosen = self.current_choice()
        previous = self.choice or chosen
        choice = replace(previous, sources=chosen.sources, period=chosen.period)
        choice = choice.with_roles(self.preview_data, chosen.roles)
        self._filling = True
        try:
            self._fill_mapping(choice)
        finally:
            self._filling = False
        self.choice = choice
        self._on_choice_changed()

    def _on_choice_changed(self) -> None:
        if self._filling or self.preview_data is None:
            return
        choice = self.current_choice()
        self.choice = choice
        weekly = choice.effective_period() is Period.WEEKLY
        self.period.setItemText(
            0,
            self.tr("As the date column's header says (now: weekly)")
            if weekly
            else self.tr("As the date column's header says (now: daily)"),
        )
        self._label_columns(choice)
        if self._checking:
            self._show_problems(choice.problems(), focus=False)

    def _label_columns(self, choice: UsageChoice) -> None:
        """Each preview column's header says what it feeds."""
        assert self.preview_data is not None
        feeds: dict[str, list[str]] = {}
        role_names = {
            "account": self.tr("account"),
            "date": self.tr("date"),
            "metric": self.tr("metric"),
            "value": self.tr("value"),
        }
        for role in _ROLES:
            column = choice.roles.get(role)
            if column:
                feeds.setdefault(column, []).append(role_names[role])
        if not choice.long:
            for name, (indicator, denominator) in choice.sources.items():
                label = _indicator_label(indicator)
                feeds.setdefault(name, []).append(label)
                if denominator:
                    feeds.setdefault(denominator, []).append(self.tr("%1 (÷)").replace("%1", label))
        for position, header in enumerate(self.preview_data.headers):
            fed = feeds.get(header)
            what = "→ " + ", ".join(fed) if fed else self.tr("not imported")
            item = QTableWidgetItem(f"{header}\n{what}")
            item.setToolTip(f"{header}: {what}")
            if header not in feeds:
                item.setForeground(self.palette().placeholderText())
            self.preview.setHorizontalHeaderItem(position, item)
        self.preview.resizeColumnsToContents()
        self.fit_preview()

    def _show_problems(self, problems: dict[str, str], *, focus: bool) -> None:
        self.errors.show(problems, focus=focus)

    # -- remembered choices ------------------------------------------------------------------
    def _key(self, preview: UsagePreview) -> str:
        return f"{SETTINGS_GROUP}/{preview.shape}"

    def _remembered(self, preview: UsagePreview) -> UsageChoice | None:
        stored = self.settings.value(self._key(preview))
        try:
            kept = json.loads(str(stored)) if stored else None
            if not isinstance(kept, dict):
                return None
            return preview.remembered(list(kept["map"]), str(kept["period"]))
        except (ValueError, KeyError, TypeError):  # kept by another version: start afresh
            return None

    def _remember(self, preview: UsagePreview, choice: UsageChoice) -> None:
        kept = {"map": choice.pairs(), "period": choice.period.value}
        self.settings.setValue(self._key(preview), json.dumps(kept))

    def _show_remembered(self, remembered: bool) -> None:
        self.remembered.setText(
            self.tr("Read as you chose for your last file with these columns.")
            if remembered
            else ""
        )
        self.remembered.setVisible(remembered)
        self.use_suggestions.setVisible(remembered)

    def _on_use_suggestions_clicked(self) -> None:
        if self.preview_data is not None:
            self._show_remembered(False)
            self._apply(self.preview_data.suggested())

    # -- importing ---------------------------------------------------------------------------
    def start_import(self) -> None:
        """Check the choice; import when it holds, else show each problem under its field."""
        if self.preview_data is None or self.path is None or self.task is not None:
            return
        choice = self.current_choice()
        problems = choice.problems()
        if problems:
            self._checking = True
            self._show_problems(problems, focus=True)
            return
        self.errors.clear()
        self._remember(self.preview_data, choice)
        self._set_enabled(False)
        self.show_message(self.tr("Importing…"), problem=False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        path = self.path
        self.task = run_import(
            self.main_window,
            self.runner,
            "usage",
            path,
            options={"column_map": choice.usage_map(), "period": choice.period.value},
            on_done=self._on_imported,
            on_failed=lambda error: self._on_import_failed(path, error),
        )
        self.task.progress.connect(self._on_task_progress)

    def _on_task_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finish_task(self) -> None:
        self.task = None
        self.progress.hide()
        self._set_enabled(True)

    def _on_imported(self, report: ImportReport) -> None:
        self._finish_task()
        self.imported.emit(report)
        self.accept()

    def _on_import_failed(self, path: Path, error: Exception) -> bool:
        """Tell the user here, by the choices, and keep them as they are."""
        from cs_desktop.child_jobs import JobCancelled
        from cs_desktop.importer import ImportRejected
        from cs_desktop.importer.usage import UnmatchedAccounts

        self._finish_task()
        if isinstance(error, JobCancelled):
            self.show_message(self.tr("Import cancelled; nothing was written."), problem=False)
        elif isinstance(error, UnmatchedAccounts):
            self.show_message("")
            why = str(error).removeprefix(f"{path}: ")
            self._show_problems({"account": why[:1].upper() + why[1:]}, focus=True)
        elif isinstance(error, ImportRejected):
            count = len(error.report.problems)
            self.show_message(
                self.tr("Nothing was imported: 1 problem in the file.")
                if count == 1
                else self.tr("Nothing was imported: %1 problems in the file.").replace(
                    "%1", QLocale().toString(count)
                )
            )
            show_import_failure(self, path, error)
        else:
            self.show_message(message_for(error))
        self.import_failed.emit(error)
        return True

    def reject(self) -> None:
        """Cancel: of the running import (nothing is written), else of the dialog."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.show_message(self.tr("Cancelling…"), problem=False)
            return
        super().reject()

    def _on_finished(self, _result: int) -> None:
        self.path = None  # a preview still being read is for no one now

    # -- helpers ---------------------------------------------------------------------------
    def _role_boxes(self) -> tuple[QComboBox, ...]:
        return (self.account_column, self.date_column, self.metric_column, self.value_column)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in self.choices:
            widget.setEnabled(enabled)
        self.import_button.setEnabled(enabled)


def _indicator_label(key: str) -> str:
    from ui.account.labels import indicator_label

    return indicator_label(key)


def _details(preview: UsagePreview) -> str:
    """``6 rows · comma-separated · UTF-8``, or ``about 1,000,000 rows`` for a big file."""
    if not preview.complete:  # an estimate from the part read: two significant digits
        count = QLocale().toString(_rounded(preview.row_count))
        rows = UsageFile.tr("about %1 rows").replace("%1", count)
    else:
        rows = UsageFile.tr("%Ln row(s)", "", preview.row_count)
    parts = [rows]
    if preview.delimiter is not None:
        names = {
            ",": UsageFile.tr("comma-separated"),
            ";": UsageFile.tr("semicolon-separated"),
            "\t": UsageFile.tr("tab-separated"),
            "|": UsageFile.tr("pipe-separated"),
        }
        parts.append(names.get(preview.delimiter, repr(preview.delimiter)))
    if preview.encoding is not None:
        parts.append(preview.encoding.upper())
    return " · ".join(parts)


def _rounded(count: int) -> int:
    """``count`` to two significant digits: 999,957 is about 1,000,000."""
    digits = max(len(str(count)) - 2, 0)
    return int(round(count, -digits))

"""The exchange rates editor: the reporting currency, the dated rates, and a CSV import.

Each rate is added, changed or deleted as one undoable step (Ctrl+Z here or in the window);
a refused rate keeps the form open with the problem under its field. Importing a file writes
every row or none, and says which rows are wrong. The dialog follows changes made anywhere
(another window, an import, ``cs-desktop rates``) through the change hub.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.book.accounts import COMMON_CURRENCIES
from cs_desktop.changes import Changes
from cs_desktop.rate_edits import add_rate, delete_rates, update_rate
from cs_desktop.rates import Rate, Reporting, list_rates, load_reporting
from ui.account.record_form import RecordFormDialog, date_edit, date_of, set_date
from ui.account.record_table import selected_record, set_up_record_table
from ui.dates import date_text
from ui.forms import ERROR_COLOUR
from ui.local_only import local_only_label
from ui.money.reporting_currency import ReportingCurrencyField
from ui.operations import save_records
from ui.tasks import ChangeHub, LongTask, TaskRunner

if TYPE_CHECKING:
    from collections.abc import Callable

    from cs_desktop.importer import ImportReport


def currency_box(tip: str) -> QComboBox:
    """An editable list of the common currencies; any ISO code can be typed."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(COMMON_CURRENCIES)
    edit = combo.lineEdit()
    if edit is not None:  # always, as the box is editable
        edit.setMaxLength(3)
    combo.setToolTip(tip)
    return combo


def rate_text(rate: Rate) -> str:
    return f"{rate.rate:f}"


class RateFormDialog(RecordFormDialog):
    """Add a rate, or change one (``rate`` given)."""

    def __init__(
        self,
        runner: TaskRunner,
        undo_stack: QUndoStack,
        rate: Rate | None,
        reporting_currency: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(runner, undo_stack, "rate", parent)
        self.rate = rate
        self.setWindowTitle(
            self.tr("Change exchange rate") if rate else self.tr("Add exchange rate")
        )
        self.effective_on = date_edit()
        self.from_currency = currency_box(self.tr("The currency converted: an ISO 4217 code"))
        self.to_currency = currency_box(self.tr("The currency it is converted into"))
        self.rate_edit = QLineEdit()
        self.rate_edit.setMaxLength(30)
        self.rate_edit.setPlaceholderText(self.tr("e.g. 0.0067"))
        self.rate_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.source = QLineEdit()
        self.source.setMaxLength(500)
        self.source.setPlaceholderText(self.tr("e.g. ECB reference rate"))
        self.add_field("effective_on", self.effective_on, self.tr("&From the day:"))
        self.add_field("from_currency", self.from_currency, self.tr("One &unit of:"))
        self.add_field("rate", self.rate_edit, self.tr("Is &worth:"))
        self.add_field("to_currency", self.to_currency, self.tr("&In:"))
        self.add_field("source", self.source, self.tr("&Source:"))
        self.example = QLabel()
        self.example.setEnabled(False)
        self.form.addRow("", self.example)
        for signal in (
            self.from_currency.currentTextChanged,
            self.to_currency.currentTextChanged,
            self.rate_edit.textChanged,
        ):
            signal.connect(self._show_example)
        if rate is None:
            self.from_currency.setCurrentText("JPY" if reporting_currency != "JPY" else "USD")
            self.to_currency.setCurrentText(reporting_currency)
        else:
            set_date(self.effective_on, rate.effective_on)
            self.from_currency.setCurrentText(rate.from_currency)
            self.to_currency.setCurrentText(rate.to_currency)
            self.rate_edit.setText(rate_text(rate))
            self.source.setText(rate.source)
        self._show_example()

    def values(self) -> dict[str, Any]:
        return {
            "effective_on": date_of(self.effective_on),
            "from_currency": self.from_currency.currentText(),
            "to_currency": self.to_currency.currentText(),
            "rate": self.rate_edit.text(),
            "source": self.source.text(),
        }

    def write(self, values: dict[str, Any]) -> tuple[str, Callable[[Any], Any]]:
        rate = self.rate
        if rate is None:
            return self.tr("Add exchange rate"), lambda s: add_rate(s, values)
        return self.tr("Change exchange rate"), lambda s: update_rate(s, rate.id, values)

    def _show_example(self, _text: str = "") -> None:
        source = self.from_currency.currentText().upper() or "…"
        target = self.to_currency.currentText().upper() or "…"
        rate = self.rate_edit.text().strip() or "…"
        self.example.setText(
            self.tr("1 %1 = %2 %3").replace("%1", source).replace("%2", rate).replace("%3", target)
        )


class RatesDialog(QDialog):
    """The reporting currency and every stored rate, with add, edit, delete and import.

    Attributes:
        rates: the rates shown, in table order.
        reporting: the reporting currency and rates as last read.
        import_message: the message box of the last import (for its outcome), or None.
    """

    def __init__(
        self,
        runner: TaskRunner,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.runner, self.undo_stack, self._today = runner, undo_stack, today
        self.rates: tuple[Rate, ...] = ()
        self.reporting: Reporting | None = None
        self.import_message: QMessageBox | None = None
        self._sequence = 0
        self.setWindowTitle(self.tr("Exchange rates"))
        self.resize(720, 520)

        self.currency = ReportingCurrencyField(runner, self)
        top = QFormLayout()
        top.addRow(self.tr("&Reporting currency:"), self.currency)
        explanation = QLabel(
            self.tr(
                "Totals, retention and ARR sorting are computed in the reporting currency. "
                "Each amount is converted with the latest rate of its pair on or before its "
                "date (the day a renewal ended; today for current ARR). A rate also converts "
                "the other way."
            )
        )
        explanation.setWordWrap(True)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.missing.setAccessibleName(self.tr("Missing rates"))
        self.missing.hide()

        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Exchange rates"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("From the day"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Rate"),
                self.tr("Source"),
            ]
        )
        delete = set_up_record_table(
            self.table,
            on_context_menu=self._on_table_context_menu,
            on_activated=self._on_table_activated,
            on_delete=self.delete_selected,
        )
        delete.setText(self.tr("Delete rate"))
        self.empty = QLabel(
            self.tr(
                "No exchange rates yet. Add one, or import a CSV file with the columns "
                "date, from, to, rate (and optionally source)."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.empty.hide()  # until the rates are read

        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.add_button.clicked.connect(self.add_rate)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(lambda: self.import_file())
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        self.local_only = local_only_label(
            self.tr("This computer only: exchange rates are not sent to the CRM.")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(explanation)
        layout.addWidget(self.local_only)
        layout.addWidget(self.missing)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        for sequence, slot in (
            (QKeySequence.StandardKey.Undo, undo_stack.undo),
            (QKeySequence.StandardKey.Redo, undo_stack.redo),
        ):
            action = QAction(self)
            action.setShortcut(sequence)
            action.triggered.connect(slot)
            self.addAction(action)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        hub.changes_applied.connect(self._on_hub_changes_applied)
        self._update_buttons()
        self.reload()

    # -- reading -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the rates and the reporting currency again (on a reader thread)."""
        self._sequence += 1
        sequence = self._sequence

        def work(connection: Any) -> tuple[tuple[Rate, ...], Reporting]:
            return list_rates(connection), load_reporting(connection)

        def done(result: tuple[tuple[Rate, ...], Reporting]) -> None:
            if sequence == self._sequence:
                self._show(*result)

        self.runner.read(self.tr("Exchange rates"), work, done)

    def _show(self, rates: tuple[Rate, ...], reporting: Reporting) -> None:
        selected = self.selected_rate()
        self.rates, self.reporting = rates, reporting
        self.currency.set_reporting(reporting)
        self.table.setRowCount(len(rates))
        for row, rate in enumerate(rates):
            cells = (
                date_text(rate.effective_on),
                rate.from_currency,
                rate.to_currency,
                rate_text(rate),
                rate.source,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
            if selected is not None and rate.id == selected.id:
                self.table.selectRow(row)
        self.table.setVisible(bool(rates))
        self.empty.setVisible(not rates)
        gaps = reporting.gaps_on(self._today())
        self.missing.setText(
            "\n".join(
                self.tr("Missing for today's ARR: %1").replace("%1", gap.message()) for gap in gaps
            )
        )
        self.missing.setVisible(bool(gaps))
        self._update_buttons()

    def selected_rate(self) -> Rate | None:
        return selected_record(self.table, self.rates)

    def select_rate(self, rate_id: int) -> None:
        for row, rate in enumerate(self.rates):
            if rate.id == rate_id:
                self.table.selectRow(row)

    # -- editing -------------------------------------------------------------------------------
    def add_rate(self) -> RateFormDialog:
        return self._open_form(None)

    def edit_selected(self) -> RateFormDialog | None:
        rate = self.selected_rate()
        return None if rate is None else self._open_form(rate)

    def _open_form(self, rate: Rate | None) -> RateFormDialog:
        currency = self.reporting.currency if self.reporting is not None else "USD"
        form = RateFormDialog(self.runner, self.undo_stack, rate, currency, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._on_form_saved)
        form.open()
        return form

    def delete_selected(self) -> None:
        rate = self.selected_rate()
        if rate is None:
            return
        text = (
            self.tr("Delete the %1->%2 rate of %3")
            .replace("%1", rate.from_currency)
            .replace("%2", rate.to_currency)
            .replace("%3", date_text(rate.effective_on))
        )
        save_records(
            self.undo_stack,
            self.runner,
            text,
            lambda s: delete_rates(s, [rate.id]),
            lambda _edits: self.status.setText(self.tr("Deleted: Ctrl+Z brings it back.")),
        )

    def _on_form_saved(self, _edits: object) -> None:
        self.status.setText(self.tr("Saved: Ctrl+Z undoes it."))

    # -- importing -----------------------------------------------------------------------------
    def import_file(self, path: Path | None = None) -> None:
        """Import the rates of a CSV or XLSX file, all rows or none (asks for the file)."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import exchange rates"),
                str(Path.home()),
                self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        runner = self.runner
        task = LongTask(self.tr("Importing %1").replace("%1", path.name), cancellable=False)
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing %1…").replace("%1", path.name))

        def work(task: LongTask) -> ImportReport:
            from cs_desktop.importer.rates import import_rates

            return import_rates(runner.opened_store(), path, progress=task.report)

        runner.run_long(
            task,
            work,
            lambda report: self._on_imported(path, report),
            lambda error: self._on_import_failed(path, error),
            writes=True,
            changes_of=lambda _report: Changes(money=True),
        )

    def _on_imported(self, path: Path, report: ImportReport) -> None:
        self.import_button.setEnabled(True)
        self.status.setText(
            self.tr("Imported %1: %2 new, %3 updated.")
            .replace("%1", path.name)
            .replace("%2", str(report.created))
            .replace("%3", str(report.updated))
        )

    def _on_import_failed(self, path: Path, error: Exception) -> None:
        from cs_desktop.importer import ImportRejected

        self.import_button.setEnabled(True)
        self.status.setText(self.tr("Nothing was imported from %1.").replace("%1", path.name))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Nothing was imported"))
        if isinstance(error, ImportRejected):
            box.setText(
                self.tr(
                    "%1 has %Ln problem(s); fix them and import again. Nothing was written.",
                    "",
                    len(error.report.problems),
                ).replace("%1", path.name)
            )
            box.setDetailedText(error.report.format())
        else:
            box.setText(str(error))
        self.import_message = box
        box.open()

    # -- events --------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        chosen = self.selected_rate() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _on_table_activated(self, _index: QModelIndex) -> None:
        self.edit_selected()

    def _on_table_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.selectRow(index.row())
            menu.addAction(self.tr("&Edit…"), self.edit_selected)
            menu.addAction(self.tr("&Delete"), self.delete_selected)
            menu.addSeparator()
        menu.addAction(self.tr("&Add…"), self.add_rate)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _on_hub_changes_applied(self, changes: Changes) -> None:
        if changes.money or changes.portfolio:
            self.reload()

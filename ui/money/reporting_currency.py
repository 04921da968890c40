"""The reporting currency chooser: a field for any settings form.

Totals, retention and ARR sorting are computed in the reporting currency. "Automatic" (the
default) is the book's most common currency, so a book in one currency needs nothing set. The
choice is the store's own setting (:func:`cs_desktop.rate_edits.set_reporting_currency`),
shared with ``cs-desktop rates currency``.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from cs_desktop.book.accounts import COMMON_CURRENCIES
from cs_desktop.money import currency_name, format_money
from cs_desktop.rate_edits import set_reporting_currency
from cs_desktop.rates import Reporting
from ui.tasks import TaskRunner

AUTOMATIC = ""  # the combo's data for "the book's most common currency"


class ReportingCurrencyField(QWidget):
    """A combo of currencies with "Automatic" first; :meth:`apply` saves the choice.

    A settings form calls :meth:`load` (or hands it what it read, :meth:`set_reporting`) and,
    on OK, :meth:`apply`::

        field = ReportingCurrencyField(runner, apply_on_change=False)
        field.load()
        form.addRow(tr("Reporting currency:"), field)
        ...
        field.apply()  # one transaction; the portfolio and health views follow

    Signals:
        changed(str | None): the user picked another entry (None: automatic).
        applied(): the choice was saved.

    Args:
        runner: saves the choice on the store's writer.
        apply_on_change: save as soon as the user picks (a dialog without OK); otherwise the
            owner calls :meth:`apply` (a settings dialog's OK).
    """

    changed = Signal(object)
    applied = Signal()

    def __init__(
        self, runner: TaskRunner, parent: QWidget | None = None, *, apply_on_change: bool = True
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.apply_on_change = apply_on_change
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Reporting currency"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setToolTip(
            self.tr(
                "Totals, retention and ARR sorting are computed in this currency, with the "
                "exchange rates of each amount's date"
            )
        )
        self.note = QLabel()
        self.note.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.note, 1)
        self.setFocusProxy(self.combo)
        self.reporting: Reporting | None = None  # as last shown
        self._currencies: tuple[str, ...] = ()
        self.combo.activated.connect(self._on_combo_activated)

    def load(self) -> None:
        """Read the store's reporting currency and show it (a form opening on its own)."""
        from cs_desktop.rates import load_reporting

        def show(reporting: Reporting) -> None:
            if shiboken6.isValid(self):  # a dialog may close before the read ends
                self.set_reporting(reporting)

        self.runner.read(self.tr("Reporting currency"), load_reporting, show)

    def set_reporting(self, reporting: Reporting) -> None:
        """Show ``reporting``'s choice, among the common currencies, the book's and the rates'."""
        self.reporting = reporting
        wanted = tuple(
            dict.fromkeys(
                (
                    *COMMON_CURRENCIES,
                    *reporting.book,
                    *sorted(reporting.rates.currencies()),
                    reporting.currency,
                )
            )
        )
        if wanted != self._currencies:
            self._currencies = wanted
            self.combo.blockSignals(True)
            self.combo.clear()
            self.combo.addItem("", AUTOMATIC)
            for code in wanted:
                self.combo.addItem(f"{code} — {currency_name(code)}", code)
            self.combo.blockSignals(False)
        self.combo.setItemText(
            0,
            self.tr("Automatic: %1, the book's most common currency").replace(
                "%1", reporting.automatic
            ),
        )
        self.combo.setCurrentIndex(
            self.combo.findData(reporting.currency if reporting.chosen else AUTOMATIC)
        )
        self.note.setText(
            self.tr("Amounts show as %1").replace("%1", format_money(1234567, reporting.currency))
        )

    def value(self) -> str | None:
        """The chosen code, or None for automatic."""
        code = self.combo.currentData()
        return str(code) if code else None

    def set_value(self, code: str | None) -> None:
        index = self.combo.findData(code or AUTOMATIC)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def apply(self) -> None:
        """Save the choice (one transaction); views showing money refresh."""
        code = self.value()

        def done(_changes: object) -> None:
            if shiboken6.isValid(self):  # a settings dialog may close before the write ends
                self.applied.emit()

        self.runner.write(
            self.tr("Set the reporting currency"),
            lambda session: set_reporting_currency(session, code),
            done,
        )

    def _on_combo_activated(self, _index: int) -> None:
        self.changed.emit(self.value())
        if self.apply_on_change:
            self.apply()

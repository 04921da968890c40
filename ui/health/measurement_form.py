"""Record a measurement: the Health tab's form for values no export carries (ROI, goals...).

The value is saved on the store's writer as one transaction and pushed on the window's undo
stack once saved (Ctrl+Z removes it, or puts back the value it replaced). A refused input is
explained under the form, and the typed text stays.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from cs_desktop.edits import EditRejected
from cs_desktop.ids import AccountId
from cs_desktop.indicators import SAMPLE_INDICATORS
from cs_desktop.measurements import (
    Measurement,
    RecordedMeasurement,
    check_measurement,
    parse_value,
    record_measurement,
    undo_measurement,
)
from ui.account.labels import indicator_label
from ui.dates import ENTRY_DAY
from ui.forms import add_form_row
from ui.health.dates import day_of, qdate
from ui.tasks import TaskRunner
from ui.translation import Words, is_language_change, item_texts, translation_context

Measurements = translation_context("Measurements")

# What no usage export carries comes first: these are the ones recorded by hand.
_FIRST = ("roi", "goal_achievement_rate", "event_participation")


class RecordMeasurementCommand(QUndoCommand):
    """Undo removes the recorded value (or restores the one it replaced); redo records again."""

    def __init__(
        self,
        recorded: RecordedMeasurement,
        runner: TaskRunner,
        on_error: Callable[[Exception], None] | None,
    ) -> None:
        label = indicator_label(recorded.measurement.indicator_key)
        super().__init__(Measurements.tr("Record %1").replace("%1", label))
        self.recorded, self.runner, self.on_error = recorded, runner, on_error
        self._skip_first_redo = True  # already saved before being pushed

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return

        def done(recorded: RecordedMeasurement) -> None:
            self.recorded = recorded

        measurement = self.recorded.measurement
        self.runner.write(
            self.text(),
            lambda s: record_measurement(s, measurement),
            done,
            self.on_error,
            changes_of=lambda r: r.changes,
        )

    def undo(self) -> None:
        recorded = self.recorded
        self.runner.write(
            Measurements.tr("Undo %1").replace("%1", self.text()),
            lambda s: undo_measurement(s, recorded),
            on_error=self.on_error,
        )


def save_measurement(
    stack: QUndoStack,
    runner: TaskRunner,
    measurement: Measurement,
    on_done: Callable[[RecordedMeasurement], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
) -> None:
    """Save the measurement now; once saved, it can be undone."""

    def saved(recorded: RecordedMeasurement) -> None:
        stack.push(RecordMeasurementCommand(recorded, runner, on_error))
        if on_done is not None:
            on_done(recorded)

    runner.write(
        Measurements.tr("Record a measurement"),
        lambda s: record_measurement(s, measurement),
        saved,
        on_error,
        changes_of=lambda r: r.changes,
    )


class MeasurementForm(QGroupBox):
    """Indicator, date and value, and a Record button.

    Signals:
        recorded: the measurement was saved (the panel's score refreshes through the hub).
        refused: the input was refused; the message is on screen.
    """

    recorded = Signal()
    refused = Signal(str)

    def __init__(
        self,
        account_id: Callable[[], AccountId | None],
        runner: TaskRunner,
        undo_stack: QUndoStack,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        words = self.words = Words()
        words.bind(self.setTitle, lambda: self.tr("Record a measurement"))
        self._account_id, self.runner, self.undo_stack, self._today = (
            account_id,
            runner,
            undo_stack,
            today,
        )
        self.indicator = QComboBox()
        words.bind(self.indicator.setAccessibleName, lambda: self.tr("Indicator"))
        keys = [*_FIRST, *(k for k in SAMPLE_INDICATORS if k not in _FIRST)]
        for key in keys:
            self.indicator.addItem("", key)
        words.bind(
            item_texts(self.indicator),
            lambda: [indicator_label(key) for key in keys],
        )
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(ENTRY_DAY)  # typed: ISO on purpose (ui.dates)
        words.bind(self.day.setAccessibleName, lambda: self.tr("Measured on"))
        self.day.setDate(qdate(today()))
        self.value = QLineEdit()
        words.bind(self.value.setAccessibleName, lambda: self.tr("Value"))
        words.bind(self.value.setPlaceholderText, lambda: self.tr("e.g. 1.8 or 65%"))
        self.value.returnPressed.connect(self.submit)
        self.save = QPushButton()
        words.bind(self.save.setText, lambda: self.tr("&Record"))
        self.save.clicked.connect(self.submit)
        self.message = QLabel()
        self.message.setObjectName("measurementMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel#measurementMessage { color: #b91c1c; }")
        words.bind(self.message.setAccessibleName, lambda: self.tr("Measurement problem"))
        self.message.hide()
        form = QFormLayout(self)
        add_form_row(form, words, lambda: self.tr("&Indicator"), self.indicator)
        add_form_row(form, words, lambda: self.tr("&Measured on"), self.day)
        row = QHBoxLayout()
        row.addWidget(self.value, 1)
        row.addWidget(self.save)
        add_form_row(form, words, lambda: self.tr("&Value"), row).setBuddy(self.value)
        form.addRow(self.message)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
        super().changeEvent(event)

    def submit(self) -> None:
        """Check the input here, then save it on the writer (undoable once saved)."""
        account_id = self._account_id()
        if account_id is None:
            return
        try:
            measurement = Measurement(
                account_id,
                str(self.indicator.currentData()),
                day_of(self.day.date()),
                parse_value(self.value.text()),
            )
            check_measurement(measurement, self._today())
        except EditRejected as rejected:
            self._refuse(str(rejected))
            return
        self.save.setEnabled(False)
        save_measurement(
            self.undo_stack, self.runner, measurement, self._on_saved, self._on_save_failed
        )

    def _on_saved(self, _recorded: RecordedMeasurement) -> None:
        self.save.setEnabled(True)
        self.message.hide()
        self.value.clear()
        self.recorded.emit()

    def _on_save_failed(self, error: Exception) -> None:
        self.save.setEnabled(True)
        self._refuse(str(error))

    def _refuse(self, reason: str) -> None:
        """Show why, next to the form, and put the cursor where the problem is."""
        field, _, detail = reason.partition(": ")
        widgets: dict[str, QWidget] = {
            "value": self.value,
            "date": self.day,
            "indicator": self.indicator,
        }
        names = {
            "value": self.tr("Value"),
            "date": self.tr("Measured on"),
            "indicator": self.tr("Indicator"),
        }
        widget = widgets.get(field)
        text = reason if widget is None else self.tr("%1: %2").replace("%1", names[field])
        if widget is not None:
            text = text.replace("%2", detail)
            widget.setFocus()
        self.message.setText(text)
        self.message.show()
        self.refused.emit(text)

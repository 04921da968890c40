"""What the renewal, forecast and risk forms share: a form of fields with their problems under
them, Save and Cancel, and one undoable save through :func:`ui.operations.save_records`.

A subclass lays out its fields (``self.fields.add(name, widget, label)``), says what its values
are and what a save writes; a rejected save shows each problem under its field and keeps every
character typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.book.accounts import parse_amount
from cs_desktop.record_edits import RecordEdit, RecordRejected
from ui.dates import ENTRY_DAY
from ui.forms import ERROR_COLOUR, FieldErrors, SaveErrors
from ui.local_only import local_only_label
from ui.operations import save_records
from ui.tasks import TaskRunner, message_for


class RecordFormDialog(QDialog):
    """A dialog of fields saved as one undoable step.

    Signals:
        saved(tuple[RecordEdit, ...]): saved (the dialog then closes).
    """

    saved = Signal(object)

    def __init__(
        self, runner: TaskRunner, undo_stack: QUndoStack, what: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.runner, self.undo_stack, self.what = runner, undo_stack, what
        self._errors = SaveErrors(runner, what, self._on_save_failed)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FieldErrors(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._layout = layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def mark_local_only(self, text: str) -> QLabel:
        """Say above the fields that what the form edits is not sent to the CRM."""
        label = local_only_label(text)
        self._layout.insertWidget(0, label)
        return label

    # -- what a form adds --------------------------------------------------------------------
    def add_field(self, name: str, widget: QWidget, label: str) -> None:
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.fields.add(name, widget, label)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def write(self, values: dict[str, Any]) -> tuple[str, Callable[[Any], Any]]:
        """The undo text and the write of a save of ``values``."""
        raise NotImplementedError

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # a save is on its way
        self.fields.clear()
        self.error.hide()
        text, write = self.write(self.values())
        self.save_button.setEnabled(False)
        self._errors = SaveErrors(self.runner, self.what, self._on_save_failed)
        save_records(self.undo_stack, self.runner, text, write, self._on_saved, self._errors)

    def _on_saved(self, edits: tuple[RecordEdit, ...]) -> None:
        self._errors.saved = True
        self.saved.emit(edits)
        self.accept()

    def _on_save_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, RecordRejected):
            rest = self.fields.show(error.errors)
            if not rest:
                return
            message = "\n".join(rest.values())
        else:
            message = message_for(error)
        self.error.setText(self.tr("Not saved: %1").replace("%1", message))
        self.error.show()


def date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate() if day is None else QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(ENTRY_DAY)  # typed: ISO on purpose (ui.dates)
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def set_date(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def amount_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(30)
    edit.setPlaceholderText(placeholder)
    return edit


def amount_of(edit: QLineEdit) -> Decimal | str:
    """The amount typed, or the text itself when it is not one (the core then says so)."""
    try:
        return parse_amount(edit.text())
    except ValueError:
        return edit.text()


def amount_text(amount: Decimal) -> str:
    """An amount as the form shows it: ``120,000`` or ``120,000.50``."""
    return f"{amount:,.2f}".removesuffix(".00")


def note_edit(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(80)
    return edit


def select_data(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


__all__ = [
    "RecordFormDialog",
    "amount_edit",
    "amount_of",
    "amount_text",
    "date_edit",
    "date_of",
    "note_edit",
    "select_data",
    "set_date",
]

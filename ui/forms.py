"""What every record form shares: a problem shown under its field, optional dates, save errors.

A form lays out its fields in a ``QFormLayout`` and registers each with :class:`FieldErrors`
under the name the core uses for it (the model's attribute name). The core's validation
answers ``{field: problem}`` (:class:`~cs_desktop.record_edits.RecordRejected`); the form
hands that to :meth:`FieldErrors.show`, which puts each problem right under its field and
moves the focus to the first one. Nothing the user typed is touched::

    form = QFormLayout()
    errors = FieldErrors(form)
    errors.add("name", self.name, self.tr("&Name:"))       # adds the row and its error line
    errors.add("email", self.email, self.tr("&Email:"))
    ...
    def _on_save_failed(self, error: Exception) -> None:
        if isinstance(error, RecordRejected):
            rest = errors.show(error.errors)              # problems of fields not in the form
        ...

:class:`SaveErrors` routes a save's errors to the form while it is open and to the window's
error path once it is saved (a later undo or redo can still fail). :class:`OptionalDateEdit`
is a date that may be left empty (a renewal date not known yet).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QWidget,
)

from ui.dates import ENTRY_DAY, ENTRY_MINUTE
from ui.tasks import TaskRunner
from ui.translation import Words

ERROR_COLOUR = "#c62828"
_INVALID_STYLE = f"border: 1px solid {ERROR_COLOUR};"
# Fields whose frame can be outlined without losing their native look.
_OUTLINED = ("QLineEdit", "QPlainTextEdit", "QTextEdit")


def add_form_row(
    form: QFormLayout, words: Words, text: Callable[[], str], field: QWidget | QLayout
) -> QLabel:
    """A row of ``form`` whose label ``text`` gives (again when the language changes).

    The label is the buddy of a widget field, so its ``&`` shortcut moves the focus there.
    """
    label = QLabel()
    words.bind(label.setText, text)
    if isinstance(field, QWidget):
        label.setBuddy(field)
        form.addRow(label, field)
    else:
        form.addRow(label, field)
    return label


class FieldErrors:
    """The problems of a form's fields, each shown on a line of its own under the field.

    Args:
        form: the layout holding the fields.
    """

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}

    def add(self, name: str, widget: QWidget, label: str | None = None) -> QWidget:
        """Register ``widget`` as the field ``name``; with ``label``, add its row first.

        A widget already in the form keeps its row. Returns ``widget``.
        """
        if label is not None:
            self.form.addRow(label, widget)
        position: Any = self.form.getWidgetPosition(widget)  # (row, role); typed as object
        row = int(position[0])
        if row < 0:
            raise ValueError(f"the field {name!r} is not in this form")
        error = QLabel()
        error.setObjectName("fieldError")
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setWordWrap(True)
        # Top-aligned: a form may give a wrapped label more height than its lines take.
        error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        error.setStyleSheet(f"color: {ERROR_COLOUR};")
        error.setAccessibleName(name)
        self.form.insertRow(row + 1, "", error)
        self.form.setRowVisible(error, False)
        self.widgets[name] = widget
        self.labels[name] = error
        return widget

    def show(self, errors: Mapping[str, str], *, focus: bool = True) -> dict[str, str]:
        """Show each problem under its field (clearing the others) and focus the first field.

        Without ``focus`` the focus stays where it is (problems re-checked as the user edits).
        Returns the problems of names this form has no field for, to show elsewhere.
        """
        self.clear()
        first: QWidget | None = None
        for name in self.widgets:  # in the form's order, so the focus goes to the topmost
            problem = errors.get(name)
            if problem is None:
                continue
            widget, label = self.widgets[name], self.labels[name]
            label.setText(problem)
            self.form.setRowVisible(label, True)
            widget.setAccessibleDescription(problem)
            if widget.metaObject().className() in _OUTLINED:
                widget.setStyleSheet(_INVALID_STYLE)
            first = first or widget
        if first is not None and focus:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return {name: problem for name, problem in errors.items() if name not in self.widgets}

    def clear(self) -> None:
        """Hide every problem."""
        for name, label in self.labels.items():
            label.clear()
            self.form.setRowVisible(label, False)
            widget = self.widgets[name]
            widget.setAccessibleDescription("")
            if widget.metaObject().className() in _OUTLINED:
                widget.setStyleSheet("")

    def problem(self, name: str) -> str:
        """The problem shown under ``name`` ("" when none)."""
        label = self.labels[name]
        return label.text() if self.form.isRowVisible(label) else ""


class SaveErrors:
    """Routes the errors of a save: to the form while it waits, to the window after.

    :func:`ui.operations.save_records` keeps the handler for the undo and redo of the saved
    edit, when the form is long closed; set ``saved`` once the save is done.
    """

    def __init__(self, runner: TaskRunner, what: str, show: Callable[[Exception], None]) -> None:
        self.runner, self.what, self.show, self.saved = runner, what, show, False

    def __call__(self, error: Exception) -> None:
        if self.saved:
            self.runner.report_failure(self.what, error)
        else:
            self.show(error)


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a tick box enables the calendar date beside it.

    ``date()`` is None while unticked; ``set_date(None)`` unticks it.
    """

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.known = QCheckBox()
        self.known.setAccessibleName(accessible_name)
        self.known.setToolTip(self.tr("Tick to set a date; untick to leave it empty"))
        self.edit: QDateTimeEdit = QDateEdit(QDate.currentDate())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(ENTRY_DAY)  # typed: ISO on purpose (ui.dates)
        self.edit.setAccessibleName(accessible_name)
        self.none = QLabel(self.tr("not set"))
        self.none.setEnabled(False)
        layout = self._row = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit)
        layout.addWidget(self.none)
        layout.addStretch(1)
        self.setFocusProxy(self.known)
        self.known.toggled.connect(self._on_known_toggled)
        self.edit.dateChanged.connect(self.changed)
        self._on_known_toggled(False)

    def date(self) -> dt.date | None:
        if not self.known.isChecked():
            return None
        value = self.edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def set_date(self, value: dt.date | None) -> None:
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.known.setChecked(value is not None)

    def _on_known_toggled(self, known: bool) -> None:
        self.edit.setVisible(known)
        self.none.setVisible(not known)
        if known:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()


class OptionalDateTimeEdit(OptionalDateEdit):
    """A moment that may be left empty (a task's reminder), to the minute, in local time.

    ``moment()`` is an aware datetime, or None while unticked.
    """

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(accessible_name, parent)
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(ENTRY_MINUTE)  # typed: ISO on purpose (ui.dates)
        self.when.setAccessibleName(accessible_name)
        self._row.replaceWidget(self.edit, self.when)
        self.edit.hide()
        self.edit = self.when  # the tick box shows and hides this one now
        self.when.dateTimeChanged.connect(self.changed)
        self._on_known_toggled(self.known.isChecked())

    def moment(self) -> dt.datetime | None:
        if not self.known.isChecked():
            return None
        value = self.when.dateTime()
        day, clock = value.date(), value.time()
        naive = dt.datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
        return naive.astimezone()  # the computer's time zone, as typed

    def set_moment(self, value: dt.datetime | None) -> None:
        if value is not None:
            local = value.astimezone()
            self.when.setDateTime(
                QDateTime(
                    QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
                )
            )
        self.known.setChecked(value is not None)


__all__ = [
    "ERROR_COLOUR",
    "FieldErrors",
    "OptionalDateEdit",
    "OptionalDateTimeEdit",
    "SaveErrors",
]

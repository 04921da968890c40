"""Quick capture of a touchpoint: the form a CSM fills in during or right after a meeting."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.account_detail import StakeholderRow
from cs_desktop.capture.templates import NoteTemplate
from cs_desktop.edits import AddedTouchpoint, EditRejected, TouchpointDraft
from cs_desktop.ids import AccountId, StakeholderId
from cs_desktop.vocabulary import Satisfaction, TouchpointKind
from ui.account.labels import kind_label, role_label
from ui.dates import ENTRY_MINUTE
from ui.operations import log_touchpoint
from ui.tasks import TaskRunner, message_for

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #c62828;"


def _note_templates() -> tuple[NoteTemplate, ...]:
    """The shipped note templates; none when the file is unreadable (logging still works)."""
    from cs_desktop.capture.templates import TemplateError, load_templates

    try:
        return load_templates()
    except TemplateError:
        log.warning("note templates not loaded", exc_info=True)
        return ()


class SatisfactionToggle(QWidget):
    """Yes / No / Not asked: the pulse is binary, but it is not always taken."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self._group = QButtonGroup(self)
        self.buttons: dict[Satisfaction, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for value, text in (
            (Satisfaction.YES, self.tr("Yes")),
            (Satisfaction.NO, self.tr("No")),
            (Satisfaction.UNKNOWN, self.tr("Not asked")),
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAccessibleName(
                self.tr("%1: %2").replace("%1", accessible_name).replace("%2", text)
            )
            self._group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.set_value(Satisfaction.UNKNOWN)

    def value(self) -> Satisfaction:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return Satisfaction.UNKNOWN

    def set_value(self, value: Satisfaction) -> None:
        self.buttons[value].setChecked(True)


class _SaveErrors:
    """Routes errors of a save: to the dialog while it waits, to the runner after.

    ``log_touchpoint`` keeps the same handler for later undo/redo, when the dialog is long gone.
    """

    def __init__(self, runner: TaskRunner, show: Callable[[Exception], None]) -> None:
        self.runner, self.show, self.saved = runner, show, False

    def __call__(self, error: Exception) -> None:
        if self.saved:
            self.runner.report_failure(
                QCoreApplication.translate("TouchpointCaptureDialog", "Touchpoint"), error
            )
        else:
            self.show(error)


class TouchpointCaptureDialog(QDialog):
    """Saves at once through :func:`ui.operations.log_touchpoint`; stays open on rejection."""

    saved = Signal(object)  # AddedTouchpoint

    def __init__(
        self,
        account_id: AccountId,
        stakeholders: tuple[StakeholderRow, ...],
        runner: TaskRunner,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.account_id, self.runner, self.undo_stack = account_id, runner, undo_stack
        self._errors = _SaveErrors(runner, self._on_save_failed)
        self.setWindowTitle(self.tr("Log touchpoint"))
        self.template = QComboBox()
        self.template.addItem(self.tr("None"), None)
        for template in _note_templates():
            self.template.addItem(template.name.text(), template)
        self.template.setToolTip(
            self.tr("Fills in the kind, a title and the questions to ask at this kind of meeting")
        )
        self.template.activated.connect(self._on_template_activated)
        self.kind = QComboBox()
        for kind in TouchpointKind:
            self.kind.addItem(kind_label(kind), kind)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(ENTRY_MINUTE)  # typed: ISO on purpose (ui.dates)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Quarterly review with the project team"))
        self.title.setMaxLength(300)
        self.title_error = QLabel()
        self.title_error.setStyleSheet(ERROR_STYLE)
        self.title_error.hide()
        self.notes = self._text(self.tr("What happened, what was decided"))
        self.attendees = QListWidget()
        for person in stakeholders:
            if not person.active:
                continue
            text = f"{person.name} — {role_label(person.role)}"
            item = QListWidgetItem(text, self.attendees)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if not self.attendees.count():
            QListWidgetItem(self.tr("No stakeholders on record"), self.attendees).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        self.others = QLineEdit()
        self.others.setPlaceholderText(self.tr("Our team, guests"))
        self.product = SatisfactionToggle(self.tr("Satisfied with the product"))
        self.service = SatisfactionToggle(self.tr("Satisfied with our service"))
        self.statement = self._text(self.tr("In the customer's words"), lines=2)
        self.need = self._text(self.tr("What they really need"), lines=2)
        self.next_steps = self._text(self.tr("One per line; each becomes a task due in a week"))
        self.internal = QCheckBox(self.tr("&Internal: never in plans shared with the customer"))
        self.internal.setToolTip(
            self.tr(
                "The customer's copy of the account plan leaves this touchpoint out: its notes, "
                "title and next steps stay with the team. This computer only: the mark is not "
                "sent to the CRM."
            )
        )
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        self._name_fields()
        self._lay_out()
        self.title.setFocus()

    def _text(self, placeholder: str, lines: int = 4) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)  # Tab moves on; the form is filled from the keyboard
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        return edit

    def _name_fields(self) -> None:
        for widget, name in (
            (self.template, self.tr("Template")),
            (self.kind, self.tr("Kind")),
            (self.when, self.tr("Date and time")),
            (self.title, self.tr("Title")),
            (self.notes, self.tr("Notes")),
            (self.attendees, self.tr("Attendees")),
            (self.others, self.tr("Others present")),
            (self.statement, self.tr("Customer statement")),
            (self.need, self.tr("Inferred need")),
            (self.next_steps, self.tr("Next steps")),
            (self.internal, self.tr("Internal notes")),
        ):
            widget.setAccessibleName(name)

    def _lay_out(self) -> None:
        left = QFormLayout()
        left.addRow(self.tr("Te&mplate:"), self.template)
        left.addRow(self.tr("&Kind:"), self.kind)
        left.addRow(self.tr("&When:"), self.when)
        left.addRow(self.tr("&Title:"), self.title)
        left.addRow("", self.title_error)
        left.addRow(self.tr("&Notes:"), self.notes)
        left.addRow(self.tr("Ne&xt steps:"), self.next_steps)
        left.addRow("", self.internal)
        right = QFormLayout()
        right.addRow(self.tr("&Attendees:"), self.attendees)
        right.addRow(self.tr("&Others:"), self.others)
        right.addRow(self.tr("&Product:"), self.product)
        right.addRow(self.tr("&Service:"), self.service)
        right.addRow(self.tr("Customer &said:"), self.statement)
        right.addRow(self.tr("Inferred n&eed:"), self.need)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.setTabOrder(self.kind, self.when)
        for before, after in (
            (self.when, self.title),
            (self.title, self.notes),
            (self.notes, self.next_steps),
            (self.next_steps, self.internal),
            (self.internal, self.attendees),
            (self.attendees, self.others),
            (self.others, self.product),
        ):
            self.setTabOrder(before, after)

    def _on_template_activated(self, index: int) -> None:
        template: NoteTemplate | None = self.template.itemData(index)
        if template is None:
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(template.kind)))
        if not self.title.text().strip():
            self.title.setText(template.title.text())
        questions = template.notes().rstrip()
        notes = self.notes.toPlainText().rstrip()
        if questions not in notes:  # choosing it twice adds the questions once
            self.notes.setPlainText(f"{notes}\n\n{questions}" if notes else questions)
        self.notes.setFocus()

    # -- saving ------------------------------------------------------------------------------
    def draft(self) -> TouchpointDraft:
        picked = []
        for row in range(self.attendees.count()):
            item = self.attendees.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                picked.append(StakeholderId(item.data(Qt.ItemDataRole.UserRole)))
        # PySide6's stubs type toPython() as object; for a QDateTime it is a naive local datetime.
        when: datetime = self.when.dateTime().toPython()  # type: ignore[assignment]
        return TouchpointDraft(
            account_id=self.account_id,
            kind=self.kind.currentData(),
            occurred_at=when.astimezone(),  # local wall time, with its offset
            title=self.title.text().strip(),
            notes=self.notes.toPlainText().strip(),
            attendee_ids=tuple(picked),
            other_attendees=self.others.text().strip(),
            product_satisfied=self.product.value(),
            service_satisfied=self.service.value(),
            customer_statement=self.statement.toPlainText().strip(),
            inferred_need=self.need.toPlainText().strip(),
            next_steps=self.next_steps.toPlainText().strip(),
            internal=self.internal.isChecked(),
        )

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # a save is already on its way
        self._clear_errors()
        if not self.title.text().strip():
            self._show_title_error(self.tr("A touchpoint needs a title."))
            return
        self.save_button.setEnabled(False)
        self._errors = _SaveErrors(self.runner, self._on_save_failed)
        log_touchpoint(self.undo_stack, self.runner, self.draft(), self._on_save_done, self._errors)

    def _on_save_done(self, added: AddedTouchpoint) -> None:
        self._errors.saved = True
        self.saved.emit(added)
        self.accept()

    def _on_save_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        message = message_for(error)
        if isinstance(error, EditRejected) and message.startswith("title:"):
            self._show_title_error(message.removeprefix("title:").strip().capitalize())
            return
        self.error.setText(self.tr("Not saved: %1").replace("%1", message))
        self.error.show()

    def _show_title_error(self, message: str) -> None:
        self.title_error.setText(message)
        self.title_error.show()
        self.title.setStyleSheet("border: 1px solid #c62828;")
        self.title.setFocus()

    def _clear_errors(self) -> None:
        self.title_error.hide()
        self.title.setStyleSheet("")
        self.error.hide()

"""The stakeholder form, and the one-step edits of the stakeholders list.

Add or edit a person (name, role, title, email, phone; active or left); deactivate someone
who left the customer, or delete a record entered by mistake. Each is one undoable save
through :func:`ui.operations.save_records`; the core's rules
(:mod:`cs_desktop.book.stakeholders`) refuse invalid values, shown under their fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.account_detail import StakeholderRow
from cs_desktop.book.stakeholders import (
    EMAIL_MAX,
    NAME_MAX,
    PHONE_MAX,
    TITLE_MAX,
    add_stakeholder,
    delete_stakeholder,
    set_stakeholder_active,
    update_stakeholder,
)
from cs_desktop.ids import AccountId, StakeholderId
from cs_desktop.record_edits import RecordEdit, RecordRejected
from cs_desktop.vocabulary import StakeholderRole
from ui.account.labels import role_label
from ui.forms import ERROR_COLOUR, FieldErrors, SaveErrors
from ui.operations import save_records
from ui.tasks import TaskRunner, message_for


class StakeholderFormDialog(QDialog):
    """Add a stakeholder to ``account_id`` (``person`` None) or edit ``person``.

    Signals:
        saved(StakeholderId): saved (the dialog then closes).
    """

    saved = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        undo_stack: QUndoStack,
        account_id: AccountId,
        person: StakeholderRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.undo_stack = runner, undo_stack
        self.account_id, self.person = account_id, person
        self._errors = SaveErrors(runner, self.tr("Stakeholder"), self._on_save_failed)
        self.setWindowTitle(
            self.tr("Add stakeholder") if person is None else self.tr("Edit stakeholder")
        )
        self.name = self._line(NAME_MAX, self.tr("e.g. Sato Hanako"))
        self.role = QComboBox()
        for role in StakeholderRole:
            self.role.addItem(role_label(role), role)
        self.title = self._line(TITLE_MAX, self.tr("e.g. Head of Operations"))
        self.email = self._line(EMAIL_MAX, self.tr("name@example.com"))
        self.phone = self._line(PHONE_MAX, self.tr("e.g. +81 3-1234-5678"))
        self.active = QCheckBox(self.tr("Still with the customer"))
        self.active.setToolTip(self.tr("Untick when the person has left; their history stays"))

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FieldErrors(self.form)
        for name, widget, label in (
            ("name", self.name, self.tr("&Name:")),
            ("role", self.role, self.tr("&Role:")),
            ("title", self.title, self.tr("&Title:")),
            ("email", self.email, self.tr("&Email:")),
            ("phone", self.phone, self.tr("&Phone:")),
        ):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            self.fields.add(name, widget, label)
        if person is not None:
            self.fields.add("active", self.active, "")

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
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._fill(person)
        self.name.setFocus()

    def _line(self, limit: int, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(limit)
        edit.setPlaceholderText(placeholder)
        return edit

    def _fill(self, person: StakeholderRow | None) -> None:
        if person is None:
            self.role.setCurrentIndex(self.role.findData(StakeholderRole.USER))
            self.active.setChecked(True)
            return
        self.name.setText(person.name)
        self.role.setCurrentIndex(max(0, self.role.findData(person.role)))
        self.title.setText(person.title or "")
        self.email.setText(person.email or "")
        self.phone.setText(person.phone or "")
        self.active.setChecked(person.active)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": self.name.text(),
            "role": StakeholderRole(self.role.currentData()),
            "title": self.title.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
        }
        if self.person is not None:
            values["active"] = self.active.isChecked()
        return values

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # a save is on its way
        self.fields.clear()
        self.error.hide()
        values = self.values()
        name = values["name"].strip()
        if self.person is None:
            account_id = self.account_id
            text = self.tr("Add stakeholder “%1”").replace("%1", name)
            self._write(text, lambda s: add_stakeholder(s, account_id, values))
            return
        person_id = self.person.id
        text = self.tr("Edit stakeholder “%1”").replace("%1", name)
        self._write(text, lambda s: update_stakeholder(s, person_id, values))

    def _write(self, text: str, write: Callable[[Any], Any]) -> None:
        self.save_button.setEnabled(False)
        self._errors = SaveErrors(self.runner, self.tr("Stakeholder"), self._on_save_failed)
        save_records(self.undo_stack, self.runner, text, write, self._on_saved, self._errors)

    def _on_saved(self, edits: tuple[RecordEdit, ...]) -> None:
        self._errors.saved = True
        if edits:
            self.saved.emit(StakeholderId(edits[0].row_id))
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


def set_active(stack: QUndoStack, runner: TaskRunner, person: StakeholderRow, active: bool) -> None:
    """Deactivate someone who left the customer, or bring them back; one undoable step."""
    text = (
        QCoreApplication.translate("StakeholderFormDialog", "Reactivate “%1”")
        if active
        else QCoreApplication.translate("StakeholderFormDialog", "Deactivate “%1”")
    ).replace("%1", person.name)
    person_id = person.id
    save_records(stack, runner, text, lambda s: set_stakeholder_active(s, person_id, active))


def confirm_delete(parent: QWidget, person: StakeholderRow) -> bool:
    """Ask before deleting: deactivating is what keeps the history of someone who left."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("StakeholderFormDialog", "Delete stakeholder"),
        QCoreApplication.translate(
            "StakeholderFormDialog",
            "Delete “%1” and their place in past touchpoints? Use Deactivate for someone who "
            "left the customer. You can undo this with Ctrl+Z.",
        ).replace("%1", person.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def delete(stack: QUndoStack, runner: TaskRunner, person: StakeholderRow) -> None:
    """Delete a stakeholder (with their attendances); one undoable step."""
    text = QCoreApplication.translate("StakeholderFormDialog", "Delete stakeholder “%1”").replace(
        "%1", person.name
    )
    person_id = person.id
    save_records(stack, runner, text, lambda s: delete_stakeholder(s, person_id))

"""The account form: create an account (warned of a likely duplicate) or edit every field.

Saves through :func:`ui.operations.save_records` (one transaction, one undo step); the core's
rules (:mod:`cs_desktop.book.accounts`) refuse invalid values, and each problem shows under
its field while everything typed stays. Archive and restore are one-step undoable edits too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.account_detail import AccountHeader
from cs_desktop.book.accounts import (
    COMMON_CURRENCIES,
    DOMAIN_MAX,
    NAME_MAX,
    OWNER_MAX,
    SEGMENT_MAX,
    LikelyDuplicate,
    archive_account,
    clean_account_values,
    create_account,
    likely_duplicates,
    parse_amount,
    restore_account,
    update_account,
)
from cs_desktop.ids import AccountId
from cs_desktop.record_edits import RecordEdit, RecordRejected
from cs_desktop.vocabulary import Tier
from ui.account.labels import tier_label
from ui.forms import ERROR_COLOUR, FieldErrors, OptionalDateEdit, SaveErrors
from ui.operations import save_records
from ui.tasks import TaskRunner, message_for

SHOWN_DUPLICATES = 3


class AccountFormDialog(QDialog):
    """New account (``header`` None) or edit of the account ``header`` shows.

    Signals:
        saved(AccountId): the account is saved (the dialog then closes).
        open_requested(AccountId): the user chose to open a likely duplicate instead.
    """

    saved = Signal(object)
    open_requested = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        undo_stack: QUndoStack,
        header: AccountHeader | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.undo_stack, self.header = runner, undo_stack, header
        self._errors = SaveErrors(runner, self.tr("Account"), self._on_save_failed)
        self._checked_duplicates: tuple[str, str] | None = None
        self.setWindowTitle(self.tr("New account") if header is None else self.tr("Edit account"))
        self.name = self._line(NAME_MAX, self.tr("e.g. Tokyo Tech KK"))
        self.domain = self._line(DOMAIN_MAX, self.tr("e.g. tokyotech.co.jp"))
        self.tier = QComboBox()
        for tier in Tier:
            self.tier.addItem(tier_label(tier), tier)
        self.segment = self._line(SEGMENT_MAX, self.tr("e.g. Manufacturing"))
        self.owner = self._line(OWNER_MAX, self.tr("The CSM who owns the account"))
        self.arr = self._line(30, self.tr("e.g. 120,000"))
        self.arr.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItems(COMMON_CURRENCIES)
        currency_edit = self.currency.lineEdit()
        if currency_edit is not None:  # always, as the box is editable
            currency_edit.setMaxLength(3)
        self.currency.setToolTip(self.tr("An ISO 4217 code: pick one or type it"))
        self.contract_start = OptionalDateEdit(self.tr("Contract start"))
        self.renewal_date = OptionalDateEdit(self.tr("Renewal date"))

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FieldErrors(self.form)
        for name, widget, label in (
            ("name", self.name, self.tr("&Name:")),
            ("domain", self.domain, self.tr("&Domain:")),
            ("tier", self.tier, self.tr("&Tier:")),
            ("segment", self.segment, self.tr("&Segment:")),
            ("owner", self.owner, self.tr("&Owner:")),
            ("arr", self.arr, self.tr("&ARR:")),
            ("currency", self.currency, self.tr("&Currency:")),
            ("contract_start", self.contract_start, self.tr("Contract s&tart:")),
            ("renewal_date", self.renewal_date, self.tr("&Renewal date:")),
        ):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            self.fields.add(name, widget, label)

        self.duplicates = QFrame()
        self.duplicates.setObjectName("duplicateWarning")
        self.duplicates.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicates_layout = QVBoxLayout(self.duplicates)
        self.duplicates.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if header is None:
            self.save_button.setText(self.tr("Create"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._fill(header)
        self.name.setFocus()

    def _line(self, limit: int, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(limit)
        edit.setPlaceholderText(placeholder)
        return edit

    def _fill(self, header: AccountHeader | None) -> None:
        if header is None:
            self.tier.setCurrentIndex(self.tier.findData(Tier.MID_MARKET))
            self.currency.setCurrentText("USD")
            return
        self.name.setText(header.name)
        self.domain.setText(header.domain or "")
        self.tier.setCurrentIndex(max(0, self.tier.findData(header.tier)))
        self.segment.setText(header.segment or "")
        self.owner.setText(header.owner or "")
        self.arr.setText(f"{header.arr:,.2f}".removesuffix(".00"))
        self.currency.setCurrentText(header.currency)
        self.contract_start.set_date(header.contract_start)
        self.renewal_date.set_date(header.renewal_date)

    # -- saving ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The form's values as the core takes them (raises ValueError for an unreadable ARR)."""
        return {
            "name": self.name.text(),
            "domain": self.domain.text(),
            "tier": Tier(self.tier.currentData()),
            "segment": self.segment.text(),
            "owner": self.owner.text(),
            "arr": parse_amount(self.arr.text()),
            "currency": self.currency.currentText(),
            "contract_start": self.contract_start.date(),
            "renewal_date": self.renewal_date.date(),
        }

    def save(self) -> None:
        """Check and save; a likely duplicate is shown first, and a second Save goes on."""
        if not self.save_button.isEnabled():
            return  # a save or a check is on its way
        self.fields.clear()
        self.error.hide()
        try:
            values = self.values()
        except ValueError as error:
            self.fields.show({"arr": str(error)})
            return
        if self.header is None:
            key = (values["name"].strip(), values["domain"].strip())
            if self._checked_duplicates != key and key[0]:
                self._check_duplicates(key, values)
                return
            self._write(
                self.tr("Create account “%1”").replace("%1", key[0]),
                lambda s: create_account(s, values),
            )
            return
        if self._unchanged(values):
            self.accept()
            return
        account_id = self.header.id
        self._write(
            self.tr("Edit account “%1”").replace("%1", values["name"].strip()),
            lambda s: update_account(s, account_id, values),
        )

    def _unchanged(self, values: dict[str, Any]) -> bool:
        header = self.header
        assert header is not None
        before = clean_account_values({name: getattr(header, name) for name in values})
        return clean_account_values(values) == before

    def _check_duplicates(self, key: tuple[str, str], values: dict[str, Any]) -> None:
        self.save_button.setEnabled(False)
        self.save_button.setText(self.tr("Create"))
        self.duplicates.hide()
        name, domain = key

        def found(duplicates: tuple[LikelyDuplicate, ...]) -> None:
            self.save_button.setEnabled(True)
            self._checked_duplicates = key
            if duplicates:
                self._show_duplicates(duplicates)
            else:
                self.save()

        def failed(error: Exception) -> None:
            self.save_button.setEnabled(True)
            self._show_general(message_for(error))

        self.runner.read(
            self.tr("Look for the account"),
            lambda c: likely_duplicates(c, name, domain),
            found,
            failed,
        )

    def _show_duplicates(self, duplicates: tuple[LikelyDuplicate, ...]) -> None:
        while self.duplicates_layout.count():
            item = self.duplicates_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        text = QLabel(
            self.tr("Your book may already have this account. Open it, or choose Create anyway.")
        )
        text.setWordWrap(True)
        self.duplicates_layout.addWidget(text)
        self.duplicate_buttons: list[QPushButton] = []
        for duplicate in duplicates[:SHOWN_DUPLICATES]:
            label = self.tr("Open “%1”").replace("%1", duplicate.name)
            if duplicate.domain:
                label = self.tr("%1 · %2").replace("%1", label).replace("%2", duplicate.domain)
            if duplicate.archived:
                label = self.tr("%1 (archived)").replace("%1", label)
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, d=duplicate.id: self._open_instead(d))
            self.duplicates_layout.addWidget(button)
            self.duplicate_buttons.append(button)
        self.duplicates.show()
        self.save_button.setText(self.tr("Create anyway"))

    def _open_instead(self, account_id: AccountId) -> None:
        self.open_requested.emit(account_id)
        self.reject()

    def _write(self, text: str, write: Callable[[Any], Any]) -> None:
        self.save_button.setEnabled(False)
        self._errors = SaveErrors(self.runner, self.tr("Account"), self._on_save_failed)
        save_records(self.undo_stack, self.runner, text, write, self._on_saved, self._errors)

    def _on_saved(self, edits: tuple[RecordEdit, ...]) -> None:
        self._errors.saved = True
        if edits:
            self.saved.emit(AccountId(edits[0].row_id))
        self.accept()

    def _on_save_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, RecordRejected):
            rest = self.fields.show(error.errors)
            if rest:
                self._show_general("\n".join(rest.values()))
            return
        self._show_general(message_for(error))

    def _show_general(self, message: str) -> None:
        self.error.setText(self.tr("Not saved: %1").replace("%1", message))
        self.error.show()


def set_archived(
    stack: QUndoStack,
    runner: TaskRunner,
    account_id: AccountId,
    name: str,
    archived: bool,
    on_done: Callable[[tuple[RecordEdit, ...]], None] | None = None,
) -> None:
    """Archive an account (it leaves the portfolio) or restore it; one undoable step."""
    if archived:
        text = QCoreApplication.translate("AccountFormDialog", "Archive “%1”").replace("%1", name)
        save_records(stack, runner, text, lambda s: archive_account(s, account_id), on_done)
    else:
        text = QCoreApplication.translate("AccountFormDialog", "Restore “%1”").replace("%1", name)
        save_records(stack, runner, text, lambda s: restore_account(s, account_id), on_done)

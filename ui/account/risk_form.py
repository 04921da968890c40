"""The risk form: category, status, found on, resolved on, note; one undoable save.

The core's rules (:mod:`cs_desktop.book.risks`) refuse invalid values, shown under their
fields with all the text typed kept. The resolution day is asked only once the risk is
resolved (choosing Resolved fills in today, to change if it was earlier).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QWidget

from cs_desktop.account_detail import RiskRow
from cs_desktop.book.risks import add_risk, delete_risk, update_risk
from cs_desktop.ids import AccountId, RiskId
from cs_desktop.vocabulary import RiskCategory, RiskStatus
from ui.account.labels import risk_category_label, risk_status_label
from ui.account.record_form import (
    RecordFormDialog,
    date_edit,
    date_of,
    note_edit,
    select_data,
    set_date,
)
from ui.forms import OptionalDateEdit
from ui.operations import save_records
from ui.tasks import TaskRunner


class RiskFormDialog(RecordFormDialog):
    """Add a risk to ``account_id`` (``risk`` None) or edit ``risk``."""

    def __init__(
        self,
        runner: TaskRunner,
        undo_stack: QUndoStack,
        account_id: AccountId,
        risk: RiskRow | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(
            runner, undo_stack, QCoreApplication.translate("RiskFormDialog", "Risk"), parent
        )
        self.account_id, self.risk = account_id, risk
        self._today = today or date.today()
        self.setWindowTitle(self.tr("Add risk") if risk is None else self.tr("Edit risk"))
        self.category = QComboBox()
        for category in RiskCategory:
            self.category.addItem(risk_category_label(category), category)
        self.status = QComboBox()
        for status in RiskStatus:
            self.status.addItem(risk_status_label(status), status)
        self.found_on = date_edit(self._today)
        self.resolved_on = OptionalDateEdit(self.tr("Resolved on"))
        self.note = note_edit(self.tr("What stands in the way, and what is being done"))
        for name, widget, label in (
            ("category", self.category, self.tr("&Category:")),
            ("status", self.status, self.tr("&Status:")),
            ("found_on", self.found_on, self.tr("&Found on:")),
            ("resolved_on", self.resolved_on, self.tr("&Resolved on:")),
            ("note", self.note, self.tr("&Note:")),
        ):
            self.add_field(name, widget, label)
        if risk is not None:
            select_data(self.category, risk.category)
            select_data(self.status, risk.status)
            set_date(self.found_on, risk.found_on)
            self.resolved_on.set_date(risk.resolved_on)
            self.note.setPlainText(risk.note)
        self.local_only = self.mark_local_only(
            self.tr("This computer only: risks are not sent to the CRM.")
        )
        self.status.currentIndexChanged.connect(self._on_status_changed)
        self._on_status_changed(-1)  # as filled: a resolved risk keeps its own day
        self.category.setFocus()

    def _on_status_changed(self, _index: int = 0) -> None:
        resolved = self.status.currentData() == RiskStatus.RESOLVED
        if resolved and self.resolved_on.date() is None and _index >= 0:
            self.resolved_on.set_date(self._today)
        self.resolved_on.setEnabled(resolved)

    def values(self) -> dict[str, Any]:
        return {
            "category": RiskCategory(self.category.currentData()),
            "status": RiskStatus(self.status.currentData()),
            "found_on": date_of(self.found_on),
            "resolved_on": self.resolved_on.date(),
            "note": self.note.toPlainText(),
        }

    def write(self, values: dict[str, Any]) -> tuple[str, Callable[[Any], Any]]:
        category = risk_category_label(values["category"])
        if self.risk is None:
            account_id = self.account_id
            text = self.tr("Add risk (%1)").replace("%1", category)
            return text, lambda s: add_risk(s, account_id, values)
        risk_id: RiskId = self.risk.id
        text = self.tr("Edit risk (%1)").replace("%1", category)
        return text, lambda s: update_risk(s, risk_id, values)


def delete(stack: QUndoStack, runner: TaskRunner, risk: RiskRow) -> None:
    """Delete a risk entered by mistake; one undoable step."""
    text = QCoreApplication.translate("RiskFormDialog", "Delete risk (%1)").replace(
        "%1", risk_category_label(risk.category)
    )
    risk_id = risk.id
    save_records(stack, runner, text, lambda s: delete_risk(s, risk_id))

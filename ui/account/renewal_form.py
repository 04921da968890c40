"""The renewal forms: a past renewal, the open renewal's forecast, and closing it.

Each save is one undoable step (:func:`ui.operations.save_records`); the core's rules
(:mod:`cs_desktop.book.renewals`) refuse invalid values, shown under their fields with all the
text typed kept. The reason and its note are asked only for a churn or a contraction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget

from cs_desktop.account_detail import AccountDetail, ForecastRow, RenewalRow
from cs_desktop.book.renewals import (
    add_renewal,
    clear_forecast,
    close_renewal,
    delete_renewal,
    needs_reason,
    proposed_close,
    set_forecast,
    update_renewal,
)
from cs_desktop.ids import AccountId, RenewalId
from cs_desktop.money import format_money
from cs_desktop.vocabulary import ChurnReason, RenewalOutcome
from ui.account.labels import outcome_label, reason_label
from ui.account.record_form import (
    RecordFormDialog,
    amount_edit,
    amount_of,
    amount_text,
    date_edit,
    date_of,
    note_edit,
    select_data,
    set_date,
)
from ui.dates import date_text
from ui.operations import save_records
from ui.tasks import TaskRunner

NO_REASON = ""  # the reason list's first item: nothing chosen yet


def _outcomes() -> QComboBox:
    combo = QComboBox()
    for outcome in RenewalOutcome:
        combo.addItem(outcome_label(outcome), outcome)
    return combo


def _reasons() -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("RenewalFormDialog", "Choose why…"), NO_REASON)
    for reason in ChurnReason:
        combo.addItem(reason_label(reason), reason)
    return combo


def _reason_of(combo: QComboBox) -> ChurnReason | None:
    data = combo.currentData()
    return None if data in (None, NO_REASON) else ChurnReason(data)


class RenewalFormDialog(RecordFormDialog):
    """Add a past renewal (``renewal`` None), edit ``renewal``, or close the open one.

    With ``closing`` (the values :func:`~cs_desktop.book.renewals.proposed_close` gives) the
    form records how the open renewal ended: the renewal is added and the forecast cleared in
    one step.
    """

    def __init__(
        self,
        runner: TaskRunner,
        undo_stack: QUndoStack,
        account_id: AccountId,
        currency: str,
        renewal: RenewalRow | None = None,
        parent: QWidget | None = None,
        *,
        closing: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(
            runner, undo_stack, QCoreApplication.translate("RenewalFormDialog", "Renewal"), parent
        )
        self.account_id, self.renewal, self.closing = account_id, renewal, closing
        if closing is not None:
            title = self.tr("Close the open renewal")
        elif renewal is None:
            title = self.tr("Add past renewal")
        else:
            title = self.tr("Edit renewal")
        self.setWindowTitle(title)
        self.period_start = date_edit()
        self.period_end = date_edit()
        hint = self.tr("e.g. 120,000 (%1)").replace("%1", currency)
        self.arr_before = amount_edit(hint)
        self.arr_after = amount_edit(hint)
        self.outcome = _outcomes()
        self.reason = _reasons()
        self.reason_note = note_edit(self.tr("What happened, in a sentence or two"))
        for name, widget, label in (
            ("period_start", self.period_start, self.tr("Period &start:")),
            ("period_end", self.period_end, self.tr("Period &end:")),
            ("arr_before", self.arr_before, self.tr("ARR &before:")),
            ("outcome", self.outcome, self.tr("&Outcome:")),
            ("arr_after", self.arr_after, self.tr("ARR &after:")),
            ("reason", self.reason, self.tr("&Why:")),
            ("reason_note", self.reason_note, self.tr("&Note:")),
        ):
            self.add_field(name, widget, label)
        if closing is not None:
            self.form.insertRow(
                0,
                QLabel(
                    self.tr(
                        "Record how the open renewal ended. The forecast is cleared and the "
                        "account's ARR becomes the ARR after. Ctrl+Z undoes it all."
                    )
                ),
            )
        self.outcome.currentIndexChanged.connect(self._on_outcome_changed)
        self._fill()
        self._on_outcome_changed()
        self.period_start.setFocus()

    def _fill(self) -> None:
        values: dict[str, Any] | None = self.closing
        if values is None and self.renewal is not None:
            row = self.renewal
            values = {
                "period_start": row.period_start,
                "period_end": row.period_end,
                "arr_before": row.arr_before,
                "arr_after": row.arr_after,
                "outcome": row.outcome,
                "reason": row.reason,
                "reason_note": row.reason_note,
            }
        if values is None:
            today = date.today()
            set_date(self.period_start, date(today.year - 1, today.month, min(today.day, 28)))
            set_date(self.period_end, today)
            return
        set_date(self.period_start, values["period_start"])
        set_date(self.period_end, values["period_end"])
        self.arr_before.setText(amount_text(Decimal(values["arr_before"])))
        self.arr_after.setText(amount_text(Decimal(values["arr_after"])))
        select_data(self.outcome, values["outcome"])
        select_data(self.reason, values.get("reason") or NO_REASON)
        self.reason_note.setPlainText(values.get("reason_note") or "")

    def _on_outcome_changed(self, _index: int = 0) -> None:
        # Greyed out, never cleared: switching back to a churn finds the reason still there.
        asks = needs_reason(self.outcome.currentData())
        self.reason.setEnabled(asks)
        self.reason_note.setEnabled(asks)

    def values(self) -> dict[str, Any]:
        return {
            "period_start": date_of(self.period_start),
            "period_end": date_of(self.period_end),
            "arr_before": amount_of(self.arr_before),
            "arr_after": amount_of(self.arr_after),
            "outcome": RenewalOutcome(self.outcome.currentData()),
            "reason": _reason_of(self.reason),
            "reason_note": self.reason_note.toPlainText(),
        }

    def write(self, values: dict[str, Any]) -> tuple[str, Callable[[Any], Any]]:
        account_id = self.account_id
        outcome = outcome_label(values["outcome"])
        if self.closing is not None:
            text = self.tr("Close renewal (%1)").replace("%1", outcome)
            return text, lambda s: close_renewal(s, account_id, values)
        if self.renewal is None or self.renewal.id is None:
            text = self.tr("Add renewal (%1)").replace("%1", outcome)
            return text, lambda s: add_renewal(s, account_id, values)
        renewal_id = self.renewal.id
        text = self.tr("Edit renewal (%1)").replace("%1", outcome)
        return text, lambda s: update_renewal(s, renewal_id, values)


class ForecastFormDialog(RecordFormDialog):
    """Set or change the open renewal's forecast: expected outcome, probability, expected ARR."""

    def __init__(
        self,
        runner: TaskRunner,
        undo_stack: QUndoStack,
        account_id: AccountId,
        currency: str,
        arr: Decimal,
        forecast: ForecastRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner,
            undo_stack,
            QCoreApplication.translate("RenewalFormDialog", "Renewal forecast"),
            parent,
        )
        self.account_id, self.forecast = account_id, forecast
        self.setWindowTitle(
            self.tr("Forecast the open renewal") if forecast is None else self.tr("Edit forecast")
        )
        self.expected_outcome = _outcomes()
        self.probability = QSpinBox()
        self.probability.setRange(0, 100)
        self.probability.setSuffix("%")
        self.expected_arr = amount_edit(
            self.tr("ARR today: %1").replace("%1", format_money(arr, currency))
        )
        self.reason = _reasons()
        self.note = note_edit(self.tr("What the forecast rests on"))
        for name, widget, label in (
            ("expected_outcome", self.expected_outcome, self.tr("&Expected outcome:")),
            ("probability", self.probability, self.tr("&Probability:")),
            ("expected_arr", self.expected_arr, self.tr("Expected &ARR:")),
            ("reason", self.reason, self.tr("&Why:")),
            ("note", self.note, self.tr("&Note:")),
        ):
            self.add_field(name, widget, label)
        self.expected_outcome.currentIndexChanged.connect(self._on_outcome_changed)
        if forecast is None:
            select_data(self.expected_outcome, RenewalOutcome.RENEWED)
            self.probability.setValue(80)
            self.expected_arr.setText(amount_text(arr))
        else:
            select_data(self.expected_outcome, forecast.expected_outcome)
            self.probability.setValue(forecast.probability)
            self.expected_arr.setText(amount_text(forecast.expected_arr))
            select_data(self.reason, forecast.reason or NO_REASON)
            self.note.setPlainText(forecast.note)
        self._on_outcome_changed()
        self.expected_outcome.setFocus()

    def _on_outcome_changed(self, _index: int = 0) -> None:
        self.reason.setEnabled(needs_reason(self.expected_outcome.currentData()))

    def values(self) -> dict[str, Any]:
        return {
            "expected_outcome": RenewalOutcome(self.expected_outcome.currentData()),
            "probability": self.probability.value(),
            "expected_arr": amount_of(self.expected_arr),
            "reason": _reason_of(self.reason),
            "note": self.note.toPlainText(),
        }

    def write(self, values: dict[str, Any]) -> tuple[str, Callable[[Any], Any]]:
        account_id = self.account_id
        text = self.tr("Forecast renewal (%1)").replace(
            "%1", outcome_label(values["expected_outcome"])
        )
        return text, lambda s: set_forecast(s, account_id, values)


def closing_values(detail: AccountDetail, today: date) -> dict[str, Any]:
    """What the "close renewal" form starts from for this account."""
    forecast = detail.forecast
    header = detail.header
    start = (
        {}
        if forecast is None
        else {
            "expected_outcome": forecast.expected_outcome,
            "expected_arr": forecast.expected_arr,
            "reason": forecast.reason,
            "note": forecast.note,
        }
    )
    return proposed_close(
        start,
        arr=header.arr,
        contract_start=header.contract_start,
        renewal_date=header.renewal_date,
        last_period_end=max((r.period_end for r in detail.renewals), default=None),
        today=today,
    )


def delete(stack: QUndoStack, runner: TaskRunner, renewal: RenewalRow) -> None:
    """Delete a past renewal entered by mistake; one undoable step."""
    if renewal.id is None:
        return
    renewal_id: RenewalId = renewal.id
    text = (
        QCoreApplication.translate("RenewalFormDialog", "Delete renewal %1 to %2")
        .replace("%1", date_text(renewal.period_start))
        .replace("%2", date_text(renewal.period_end))
    )
    save_records(stack, runner, text, lambda s: delete_renewal(s, renewal_id))


def clear(stack: QUndoStack, runner: TaskRunner, account_id: AccountId) -> None:
    """Remove the open renewal's forecast; one undoable step."""
    save_records(
        stack,
        runner,
        QCoreApplication.translate("RenewalFormDialog", "Clear renewal forecast"),
        lambda s: clear_forecast(s, account_id),
    )

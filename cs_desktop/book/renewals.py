"""Renewals a CSM records by hand: past terms, the open one's forecast, and closing it.

A past renewal is one contract term that came up for renewal: its period, the ARR before and
after, and how it ended. For a churn or a contraction the CSM picks why from a fixed list
(:class:`~cs_desktop.vocabulary.ChurnReason`, which the portfolio counts) and may add a note.
The open renewal has a forecast instead (expected outcome, probability, expected ARR), one per
account. Closing it records its outcome: a renewal row is created, the forecast cleared and the
account's ARR (and, unless it churned, its next renewal date) moved on, in one transaction.

Every save validates first ({field: problem}, shown next to the field) and returns what undoes
it (:mod:`cs_desktop.record_edits`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cs_desktop.book.accounts import ARR_MAX
from cs_desktop.formats import format_date, format_number
from cs_desktop.i18n import N_, _
from cs_desktop.ids import AccountId, RenewalId
from cs_desktop.models import Account, Renewal, RenewalForecast
from cs_desktop.money import format_money
from cs_desktop.record_edits import (
    FieldErrors,
    RecordEdit,
    RecordRejected,
    create_record,
    delete_record,
    update_record,
)
from cs_desktop.vocabulary import ChurnReason, RenewalOutcome

# What the form says next to a field, one sentence each (kept here, to translate in one place).
DATE_MISSING = N_("Enter a date.")
PERIOD_END_NOT_AFTER_START = N_("The period ends after it starts.")
PERIOD_OVERLAPS = N_("This period overlaps another renewal of the account ({start} to {end}).")
AMOUNT_INVALID = N_("Enter an amount such as 120000 or 120,000.50.")
AMOUNT_NEGATIVE = N_("ARR cannot be negative.")
AMOUNT_TOO_BIG = N_("ARR is at most {limit}.")
OUTCOME_INVALID = N_("Choose an outcome.")
CHURNED_KEEPS_ARR = N_("A churned customer pays nothing after: ARR after is 0.")
CONTRACTED_NOT_LOWER = N_("A contraction ends below the ARR before.")
EXPANDED_NOT_HIGHER = N_("An expansion ends above the ARR before.")
RENEWED_WITHOUT_ARR = N_("A renewal with no ARR after is a churn.")
REASON_MISSING = N_("Say why the customer left or shrank.")
REASON_INVALID = N_("Choose a reason from the list.")
NOTE_TOO_LONG = N_("At most {limit} characters.")
PROBABILITY_INVALID = N_("A probability is a whole number from 0 to 100.")
FORECAST_CHURN_KEEPS_ARR = N_("A churn is expected to leave no ARR: expected ARR is 0.")
FORECAST_CONTRACTION_NOT_LOWER = N_("A contraction is expected below today's ARR ({arr}).")
FORECAST_EXPANSION_NOT_HIGHER = N_("An expansion is expected above today's ARR ({arr}).")
NO_FORECAST = N_("This account has no open renewal forecast to close.")

NOTE_MAX = 2000

# Outcomes that ask why (and count in "why customers left or shrank").
NEEDS_REASON = frozenset({RenewalOutcome.CHURNED, RenewalOutcome.CONTRACTED})

# Editable fields, in the order the forms show them.
FIELDS = (
    "period_start",
    "period_end",
    "arr_before",
    "arr_after",
    "outcome",
    "reason",
    "reason_note",
)
FORECAST_FIELDS = ("expected_outcome", "probability", "expected_arr", "reason", "note")


def needs_reason(outcome: object) -> bool:
    """Whether an outcome asks for a reason (churned or contracted)."""
    return outcome in NEEDS_REASON


def _amount_problem(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        return _(AMOUNT_INVALID)
    amount = Decimal(value)
    if not amount.is_finite():
        return _(AMOUNT_INVALID)
    if amount < 0:
        return _(AMOUNT_NEGATIVE)
    if amount > ARR_MAX:
        return _(AMOUNT_TOO_BIG).format(limit=format_number(ARR_MAX))
    return None


def _reason_problems(values: Mapping[str, Any], outcome: object, errors: dict[str, str]) -> None:
    reason = values.get("reason")
    if reason is not None and reason not in set(ChurnReason):
        errors["reason"] = _(REASON_INVALID)
    elif needs_reason(outcome) and reason is None:
        errors["reason"] = _(REASON_MISSING)


def validate_renewal(session: Session | None, values: Mapping[str, Any], row: Any) -> FieldErrors:
    """The problems with a past renewal's values, field by field (empty when they can be saved).

    With a session and an ``account_id`` among the values, a period that overlaps another
    renewal of the same account is refused too.
    """
    errors: dict[str, str] = {}
    start, end = values.get("period_start"), values.get("period_end")
    if not isinstance(start, date):
        errors["period_start"] = _(DATE_MISSING)
    if not isinstance(end, date):
        errors["period_end"] = _(DATE_MISSING)
    elif isinstance(start, date) and end <= start:
        errors["period_end"] = _(PERIOD_END_NOT_AFTER_START)
    for field in ("arr_before", "arr_after"):
        problem = _amount_problem(values.get(field))
        if problem is not None:
            errors[field] = problem
    outcome = values.get("outcome")
    if outcome not in set(RenewalOutcome):
        errors["outcome"] = _(OUTCOME_INVALID)
    elif not {"arr_before", "arr_after"} & set(errors):
        before, after = Decimal(values["arr_before"]), Decimal(values["arr_after"])
        if outcome == RenewalOutcome.CHURNED and after != 0:
            errors["arr_after"] = _(CHURNED_KEEPS_ARR)
        elif outcome == RenewalOutcome.CONTRACTED and not after < before:
            errors["arr_after"] = _(CONTRACTED_NOT_LOWER)
        elif outcome == RenewalOutcome.EXPANDED and not after > before:
            errors["arr_after"] = _(EXPANDED_NOT_HIGHER)
        elif outcome == RenewalOutcome.RENEWED and after == 0:
            errors["arr_after"] = _(RENEWED_WITHOUT_ARR)
    _reason_problems(values, outcome, errors)
    if len(values.get("reason_note") or "") > NOTE_MAX:
        errors["reason_note"] = _(NOTE_TOO_LONG).format(limit=NOTE_MAX)
    account_id = values.get("account_id")
    if (
        session is not None
        and account_id is not None
        and not {"period_start", "period_end"} & set(errors)
    ):
        other = session.execute(
            select(Renewal.period_start, Renewal.period_end)
            .where(
                Renewal.account_id == account_id,
                Renewal.period_start < end,
                Renewal.period_end > start,
                Renewal.id != (row.id if row is not None else -1),
            )
            .order_by(Renewal.period_start)
            .limit(1)
        ).first()
        if other is not None:
            errors["period_start"] = _(PERIOD_OVERLAPS).format(
                start=format_date(other[0]), end=format_date(other[1])
            )
    return errors


def clean_renewal_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Values as the store keeps them: a trimmed note; no reason unless the outcome asks one."""
    cleaned = dict(values)
    if isinstance(cleaned.get("reason_note"), str):
        cleaned["reason_note"] = cleaned["reason_note"].strip()
    if "reason_note" in cleaned and cleaned["reason_note"] is None:
        cleaned["reason_note"] = ""
    if "outcome" in cleaned and not needs_reason(cleaned["outcome"]):
        # Renewed and expanded terms have no reason: the form greys those fields out.
        cleaned["reason"] = None
        cleaned["reason_note"] = ""
    return cleaned


def add_renewal(session: Session, account_id: AccountId, values: Mapping[str, Any]) -> RecordEdit:
    """Record a past renewal of an account.

    Raises:
        RecordRejected: invalid values, with each field's problem.
    """
    cleaned = {
        "reason": None,
        "reason_note": "",
        **clean_renewal_values(values),
        "account_id": account_id,
    }
    return create_record(session, Renewal, cleaned, validate=validate_renewal)


def update_renewal(
    session: Session, renewal_id: RenewalId, values: Mapping[str, Any]
) -> RecordEdit:
    """Change some of a past renewal's fields (names from :data:`FIELDS`).

    Raises:
        RecordRejected: invalid values, with each field's problem.
    """
    unknown = set(values) - set(FIELDS)
    if unknown:  # a programming error: a renewal stays with its account
        raise TypeError(f"not a renewal form field: {', '.join(sorted(unknown))}")
    cleaned = clean_renewal_values(values)
    if "outcome" not in cleaned:  # the outcome decides whether a reason stays: read it
        row = session.get(Renewal, renewal_id)
        if row is not None and not needs_reason(row.outcome):
            cleaned = {**cleaned, "reason": None, "reason_note": ""}
    return update_record(session, Renewal, renewal_id, cleaned, validate=validate_renewal)


def delete_renewal(session: Session, renewal_id: RenewalId) -> RecordEdit:
    """Delete a renewal entered by mistake (undo brings it back)."""
    return delete_record(session, Renewal, renewal_id)


# -- the open renewal's forecast ----------------------------------------------------------------
def validate_forecast(session: Session | None, values: Mapping[str, Any], row: Any) -> FieldErrors:
    """The problems with a forecast's values, field by field (empty when they can be saved).

    With a session, the expected ARR of a contraction or an expansion is checked against the
    account's ARR today.
    """
    del row
    errors: dict[str, str] = {}
    outcome = values.get("expected_outcome")
    if outcome not in set(RenewalOutcome):
        errors["expected_outcome"] = _(OUTCOME_INVALID)
    probability = values.get("probability")
    if (
        isinstance(probability, bool)
        or not isinstance(probability, int)
        or not (0 <= probability <= 100)
    ):
        errors["probability"] = _(PROBABILITY_INVALID)
    problem = _amount_problem(values.get("expected_arr"))
    if problem is not None:
        errors["expected_arr"] = problem
    elif "expected_outcome" not in errors:
        expected = Decimal(values["expected_arr"])
        account = _account_arr(session, values.get("account_id"))
        if outcome == RenewalOutcome.CHURNED and expected != 0:
            errors["expected_arr"] = _(FORECAST_CHURN_KEEPS_ARR)
        elif account is not None:
            arr, currency = account
            today = format_money(arr, currency, whole=False)
            if outcome == RenewalOutcome.CONTRACTED and not expected < arr:
                errors["expected_arr"] = _(FORECAST_CONTRACTION_NOT_LOWER).format(arr=today)
            elif outcome == RenewalOutcome.EXPANDED and not expected > arr:
                errors["expected_arr"] = _(FORECAST_EXPANSION_NOT_HIGHER).format(arr=today)
    _reason_problems(values, outcome, errors)
    if len(values.get("note") or "") > NOTE_MAX:
        errors["note"] = _(NOTE_TOO_LONG).format(limit=NOTE_MAX)
    return errors


def _account_arr(session: Session | None, account_id: object) -> tuple[Decimal, str] | None:
    """The account's ARR and its currency."""
    if session is None or account_id is None:
        return None
    account = session.get(Account, account_id)
    return None if account is None else (account.arr, account.currency)


def clean_forecast_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Values as the store keeps them: a trimmed note; no reason unless the outcome asks one."""
    cleaned = dict(values)
    if isinstance(cleaned.get("note"), str):
        cleaned["note"] = cleaned["note"].strip()
    if "note" in cleaned and cleaned["note"] is None:
        cleaned["note"] = ""
    if "expected_outcome" in cleaned and not needs_reason(cleaned["expected_outcome"]):
        cleaned["reason"] = None
    return cleaned


def forecast_of(session: Session, account_id: AccountId) -> RenewalForecast | None:
    return session.execute(
        select(RenewalForecast).where(RenewalForecast.account_id == account_id)
    ).scalar_one_or_none()


def set_forecast(session: Session, account_id: AccountId, values: Mapping[str, Any]) -> RecordEdit:
    """Set the open renewal's forecast (creating it, or changing the one there is).

    Raises:
        RecordRejected: invalid values, with each field's problem.
    """
    unknown = set(values) - set(FORECAST_FIELDS)
    if unknown:
        raise TypeError(f"not a forecast form field: {', '.join(sorted(unknown))}")
    cleaned = clean_forecast_values(values)
    current = forecast_of(session, account_id)
    if current is None:
        cleaned = {"reason": None, "note": "", **cleaned, "account_id": account_id}
        return create_record(session, RenewalForecast, cleaned, validate=validate_forecast)
    return update_record(session, RenewalForecast, current.id, cleaned, validate=validate_forecast)


def clear_forecast(session: Session, account_id: AccountId) -> tuple[RecordEdit, ...]:
    """Remove the open renewal's forecast (nothing to do when there is none)."""
    current = forecast_of(session, account_id)
    return () if current is None else (delete_record(session, RenewalForecast, current.id),)


def close_renewal(
    session: Session, account_id: AccountId, values: Mapping[str, Any]
) -> tuple[RecordEdit, ...]:
    """Record how the open renewal ended: one transaction, undone as one.

    ``values`` are the renewal's (see :data:`FIELDS`), usually the forecast's as the CSM
    confirmed or corrected them. The renewal is added, the forecast removed and the account's
    ARR set to the ARR after; unless the customer churned, the account's renewal date moves
    one term on (the same length as this one) when it was this term's end.

    Raises:
        RecordRejected: invalid values, with each field's problem.
        EditRejected: the account has no forecast.
    """
    forecast = forecast_of(session, account_id)
    if forecast is None:
        raise RecordRejected({"forecast": _(NO_FORECAST)})
    renewal = add_renewal(session, account_id, values)
    edits = [renewal, delete_record(session, RenewalForecast, forecast.id)]
    row = session.get(Renewal, renewal.row_id)
    account = session.get(Account, account_id)
    assert row is not None and account is not None
    changes: dict[str, Any] = {"arr": row.arr_after}
    if row.outcome != RenewalOutcome.CHURNED and account.renewal_date == row.period_end:
        changes["renewal_date"] = row.period_end + (row.period_end - row.period_start)
    edits.append(update_record(session, Account, account_id, changes))
    return tuple(edits)


def proposed_close(
    forecast: Mapping[str, Any],
    *,
    arr: Decimal,
    contract_start: date | None,
    renewal_date: date | None,
    last_period_end: date | None,
    today: date,
) -> dict[str, Any]:
    """What the "close renewal" form starts from: the forecast, and the term now ending.

    The term starts where the last recorded one ended (else at the contract start, else a
    year before its end) and ends on the account's renewal date (else today).
    """
    end = renewal_date or today
    start = last_period_end or contract_start or date(end.year - 1, end.month, min(end.day, 28))
    return {
        "period_start": start,
        "period_end": end,
        "arr_before": arr,
        "arr_after": forecast.get("expected_arr", arr),
        "outcome": forecast.get("expected_outcome", RenewalOutcome.RENEWED),
        "reason": forecast.get("reason"),
        "reason_note": forecast.get("note", ""),
    }


__all__ = [
    "FIELDS",
    "FORECAST_FIELDS",
    "NEEDS_REASON",
    "add_renewal",
    "clean_forecast_values",
    "clean_renewal_values",
    "clear_forecast",
    "close_renewal",
    "delete_renewal",
    "forecast_of",
    "needs_reason",
    "proposed_close",
    "set_forecast",
    "update_renewal",
    "validate_forecast",
    "validate_renewal",
]

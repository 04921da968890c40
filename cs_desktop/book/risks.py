"""An account's register of risks: what stands between the customer and their goals.

The essays' success model asks to write down the obstacles unsuccessful customers hit; each
risk has a category (the same causes customers leave for), a status (open, being mitigated,
resolved), the day it was found and, once resolved, the day it was. The portfolio counts the
open ones by category. Every save validates first ({field: problem}) and is undoable.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from cs_desktop.i18n import N_, _
from cs_desktop.ids import AccountId, RiskId
from cs_desktop.models import Risk
from cs_desktop.record_edits import (
    FieldErrors,
    RecordEdit,
    create_record,
    delete_record,
    update_record,
)
from cs_desktop.vocabulary import RiskCategory, RiskStatus

# What the form says next to a field, one sentence each (kept here, to translate in one place).
CATEGORY_INVALID = N_("Choose a category.")
STATUS_INVALID = N_("Choose a status.")
FOUND_MISSING = N_("Enter the day the risk was found.")
RESOLVED_MISSING = N_("Enter the day the risk was resolved.")
RESOLVED_BEFORE_FOUND = N_("A risk is resolved on or after the day it was found.")
NOTE_TOO_LONG = N_("At most {limit} characters.")

NOTE_MAX = 2000

# Editable fields, in the order the form shows them.
FIELDS = ("category", "status", "found_on", "resolved_on", "note")


def validate_risk(session: Session | None, values: Mapping[str, Any], row: Any) -> FieldErrors:
    """The problems with a risk's values, field by field (empty when they can be saved)."""
    del session, row  # the rules need only the values
    errors: dict[str, str] = {}
    if values.get("category") not in set(RiskCategory):
        errors["category"] = _(CATEGORY_INVALID)
    status = values.get("status")
    if status not in set(RiskStatus):
        errors["status"] = _(STATUS_INVALID)
    found, resolved = values.get("found_on"), values.get("resolved_on")
    if not isinstance(found, date):
        errors["found_on"] = _(FOUND_MISSING)
    if status == RiskStatus.RESOLVED:
        if not isinstance(resolved, date):
            errors["resolved_on"] = _(RESOLVED_MISSING)
        elif isinstance(found, date) and resolved < found:
            errors["resolved_on"] = _(RESOLVED_BEFORE_FOUND)
    if len(values.get("note") or "") > NOTE_MAX:
        errors["note"] = _(NOTE_TOO_LONG).format(limit=NOTE_MAX)
    return errors


def clean_risk_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Values as the store keeps them: a trimmed note; a resolution day only when resolved."""
    cleaned = dict(values)
    if isinstance(cleaned.get("note"), str):
        cleaned["note"] = cleaned["note"].strip()
    if "note" in cleaned and cleaned["note"] is None:
        cleaned["note"] = ""
    if "status" in cleaned and cleaned["status"] != RiskStatus.RESOLVED:
        cleaned["resolved_on"] = None  # reopened: it is no longer resolved on any day
    return cleaned


def add_risk(session: Session, account_id: AccountId, values: Mapping[str, Any]) -> RecordEdit:
    """Add a risk to an account's register.

    Raises:
        RecordRejected: invalid values, with each field's problem.
    """
    cleaned = {
        "status": RiskStatus.OPEN,
        "resolved_on": None,
        "note": "",
        **clean_risk_values(values),
        "account_id": account_id,
    }
    return create_record(session, Risk, cleaned, validate=validate_risk)


def update_risk(session: Session, risk_id: RiskId, values: Mapping[str, Any]) -> RecordEdit:
    """Change some of a risk's fields (names from :data:`FIELDS`).

    Raises:
        RecordRejected: invalid values, with each field's problem.
    """
    unknown = set(values) - set(FIELDS)
    if unknown:  # a programming error: a risk stays with its account
        raise TypeError(f"not a risk form field: {', '.join(sorted(unknown))}")
    return update_record(session, Risk, risk_id, clean_risk_values(values), validate=validate_risk)


def delete_risk(session: Session, risk_id: RiskId) -> RecordEdit:
    """Delete a risk entered by mistake (undo brings it back)."""
    return delete_record(session, Risk, risk_id)


__all__ = [
    "FIELDS",
    "add_risk",
    "clean_risk_values",
    "delete_risk",
    "update_risk",
    "validate_risk",
]

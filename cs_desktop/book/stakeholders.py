"""Stakeholders a CSM adds and keeps by hand: validation, deactivation and deletion.

Someone who left the customer is deactivated rather than deleted: the touchpoints they attended
keep them, and the portfolio's "met a decision maker" signal still sees the past meetings.
Deleting is for a record entered by mistake; undo brings it back with its attendances.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from cs_desktop.i18n import N_, _
from cs_desktop.ids import AccountId, StakeholderId
from cs_desktop.models import Stakeholder
from cs_desktop.record_edits import (
    FieldErrors,
    RecordEdit,
    create_record,
    delete_record,
    update_record,
)
from cs_desktop.vocabulary import StakeholderRole

# What the form says next to a field, one sentence each (kept here, to translate in one place).
NAME_MISSING = N_("Give the stakeholder a name.")
TEXT_TOO_LONG = N_("At most {limit} characters.")
ROLE_INVALID = N_("Choose a role.")
EMAIL_INVALID = N_("Enter an email address such as name@example.com, or leave it empty.")
PHONE_INVALID = N_("Enter a phone number of digits, spaces and + - ( ) . only, or leave it empty.")

NAME_MAX = 200
TITLE_MAX = 200
EMAIL_MAX = 320
PHONE_MAX = 50

# Editable fields, in the order the form shows them.
FIELDS = ("name", "role", "title", "email", "phone", "active")

# One @, something before it, a dotted domain after it, no spaces: what a CSM can check by eye.
_EMAIL = re.compile(r"^[^@\s]+@([^@\s.]+\.)+[^@\s.]{2,}$")
# Digits with the usual separators, an optional leading + and an extension ("ext. 12", "x12").
_PHONE = re.compile(r"^\+?[\d\s().-]*\d[\d\s().-]*(\s*(ext\.?|x)\s*\d+)?$", re.IGNORECASE)
_MIN_PHONE_DIGITS = 3


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text)) and len(text) <= EMAIL_MAX


def is_phone(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return bool(_PHONE.match(text)) and digits >= _MIN_PHONE_DIGITS and len(text) <= PHONE_MAX


def validate_stakeholder(session: Session, values: Mapping[str, Any], row: Any) -> FieldErrors:
    """The problems with a stakeholder's values, field by field (empty when they can be saved)."""
    del session, row  # the rules need only the values
    errors: dict[str, str] = {}
    name = values.get("name") or ""
    if not name.strip():
        errors["name"] = _(NAME_MISSING)
    elif len(name) > NAME_MAX:
        errors["name"] = _(TEXT_TOO_LONG).format(limit=NAME_MAX)
    if values.get("role") not in set(StakeholderRole):
        errors["role"] = _(ROLE_INVALID)
    if len(values.get("title") or "") > TITLE_MAX:
        errors["title"] = _(TEXT_TOO_LONG).format(limit=TITLE_MAX)
    email = values.get("email")
    if email and not is_email(email):
        errors["email"] = _(EMAIL_INVALID)
    phone = values.get("phone")
    if phone and not is_phone(phone):
        errors["phone"] = _(PHONE_INVALID)
    return errors


def clean_stakeholder_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Values as the store keeps them: trimmed text, empty optional text as None."""
    cleaned = dict(values)
    for field in ("name", "title", "email", "phone"):
        if isinstance(cleaned.get(field), str):
            cleaned[field] = cleaned[field].strip()
    for field in ("title", "email", "phone"):
        if field in cleaned and not cleaned[field]:
            cleaned[field] = None
    return cleaned


def add_stakeholder(
    session: Session, account_id: AccountId, values: Mapping[str, Any]
) -> RecordEdit:
    """Add a stakeholder to an account.

    Raises:
        RecordRejected: invalid values, with each field's problem.
    """
    cleaned = {"active": True, **clean_stakeholder_values(values), "account_id": account_id}
    return create_record(session, Stakeholder, cleaned, validate=validate_stakeholder)


def update_stakeholder(
    session: Session, stakeholder_id: StakeholderId, values: Mapping[str, Any]
) -> RecordEdit:
    """Change some of a stakeholder's fields (names from :data:`FIELDS`).

    Raises:
        RecordRejected: invalid values, with each field's problem.
    """
    unknown = set(values) - set(FIELDS)
    if unknown:  # a programming error: the account a person belongs to does not change
        raise TypeError(f"not a stakeholder form field: {', '.join(sorted(unknown))}")
    return update_record(
        session,
        Stakeholder,
        stakeholder_id,
        clean_stakeholder_values(values),
        validate=validate_stakeholder,
    )


def set_stakeholder_active(
    session: Session, stakeholder_id: StakeholderId, active: bool
) -> RecordEdit:
    """Deactivate someone who left the customer (or bring them back)."""
    return update_record(session, Stakeholder, stakeholder_id, {"active": active})


def delete_stakeholder(session: Session, stakeholder_id: StakeholderId) -> RecordEdit:
    """Delete a stakeholder entered by mistake, with their touchpoint attendances."""
    return delete_record(session, Stakeholder, stakeholder_id)


__all__ = [
    "FIELDS",
    "add_stakeholder",
    "clean_stakeholder_values",
    "delete_stakeholder",
    "is_email",
    "is_phone",
    "set_stakeholder_active",
    "update_stakeholder",
    "validate_stakeholder",
]

"""Local kinds and fields ⇄ Salesforce objects and fields (contract §1; issue #18).

- company → Account; contact → Contact (``FirstName`` + ``LastName``, the last required);
- meeting (visits and QBRs too: the touchpoint's own kind is ``CSM_Touchpoint_Kind__c``) →
  Event, its time ``StartDateTime`` (``EndDateTime`` an hour later, written, not read back);
- call, email, note → Task with ``TaskSubtype`` Call, Email, Task; the exact time in
  ``CSM_Occurred_At__c`` (``ActivityDate``, a day, is written from it);
- renewal, forecast → Opportunity marked by ``CSM_Record__c`` (``renewal`` or ``forecast``),
  the outcome in ``CSM_Renewal_Outcome__c`` and the stage derived from it (:mod:`.stages`);
- task, plan, goal, milestone → Task marked by ``CSM_Record__c`` (as HubSpot's
  ``csm_record``): kinds sharing an object tell their records apart by it, and the org's
  other tasks and opportunities are left alone. Notes are marked too (``TaskSubtype`` Task
  is every plain task's); calls and emails are told by their subtype.

Links are reference fields: a contact's ``AccountId``, an activity's ``WhatId`` (its
account) and ``WhoId`` (its first contact; further ones through ``TaskRelation`` /
``EventRelation``), an opportunity's ``AccountId`` (see :mod:`.links`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from cs_desktop.sync.adapter import Kind, RemoteRecord
from cs_desktop.sync.field_reading import ReadStep, columns_of, read_fields, reading_plan
from cs_desktop.sync.merge import Value
from cs_desktop.sync.values import iso_ms, parse_day, parse_instant, shape

OBJECTS: dict[Kind, str] = {
    "company": "Account",
    "contact": "Contact",
    "note": "Task",
    "meeting": "Event",
    "call": "Task",
    "email": "Task",
    "task": "Task",
    "renewal": "Opportunity",
    "forecast": "Opportunity",
    "plan": "Task",
    "goal": "Task",
    "milestone": "Task",
}
LOCAL_ID = "CSM_Local_Id__c"
ENGINE_LOCAL_ID = "csm_local_id"
RECORD = "CSM_Record__c"
MODIFIED = "SystemModstamp"
# Kinds whose records carry CSM_Record__c = kind, and are told apart by it.
MARKED: tuple[Kind, ...] = ("note", "task", "renewal", "forecast", "plan", "goal", "milestone")
SUBTYPE = "TaskSubtype"
SUBTYPES: dict[Kind, str] = {"note": "Task", "call": "Call", "email": "Email"}
# A Task a colleague made in Salesforce carries no CSM_Record__c: unless it logs a call or an
# email (their subtypes), it is a to-do of its account, as HubSpot's tasks made there are.
UNMARKED_TASK = f"({RECORD} = null AND ({SUBTYPE} = 'Task' OR {SUBTYPE} = null))"
OCCURRED = "CSM_Occurred_At__c"
_TOUCHPOINT = {
    "kind": "CSM_Touchpoint_Kind__c",
    "product_satisfied": "CSM_Product_Satisfied__c",
    "service_satisfied": "CSM_Service_Satisfied__c",
    "customer_statement": "CSM_Customer_Statement__c",
    "inferred_need": "CSM_Inferred_Need__c",
    "next_steps": "CSM_Next_Steps__c",
    "other_attendees": "CSM_Other_Attendees__c",
}
_TASK_TOUCHPOINT = {"title": "Subject", "notes": "Description", "occurred_at": OCCURRED}
# Local field -> Salesforce field, per kind. Contacts' name is split (see to_remote).
FIELDS: dict[Kind, dict[str, str]] = {
    "company": {
        "name": "Name",
        "domain": "Website",
        "stage": "CSM_Lifecycle_Stage__c",
        "health_score": "CSM_Health_Score__c",
        "tier": "CSM_Tier__c",
        "segment": "CSM_Segment__c",
        "owner": "CSM_Owner__c",
        "arr": "CSM_ARR__c",
        "currency": "CSM_Currency__c",
        "contract_start": "CSM_Contract_Start__c",
        "renewal_date": "CSM_Renewal_Date__c",
    },
    "contact": {
        "title": "Title",
        "email": "Email",
        "phone": "Phone",
        "role": "CSM_Role__c",
        "active": "CSM_Active__c",
    },
    "note": {**_TASK_TOUCHPOINT, **_TOUCHPOINT},
    "meeting": {
        "title": "Subject",
        "notes": "Description",
        "occurred_at": "StartDateTime",
        **_TOUCHPOINT,
    },
    "call": {**_TASK_TOUCHPOINT, **_TOUCHPOINT},
    "email": {**_TASK_TOUCHPOINT, **_TOUCHPOINT},
    "task": {
        "title": "Subject",
        "due": "ActivityDate",
        "done": "Status",
        "source_playbook": "CSM_Source_Playbook__c",
    },
    "renewal": {
        "period_start": "CSM_Period_Start__c",
        "period_end": "CloseDate",
        "arr_before": "CSM_ARR_Before__c",
        "arr_after": "Amount",
        "outcome": "CSM_Renewal_Outcome__c",
        "reason": "CSM_Churn_Reason__c",
        "reason_note": "CSM_Reason_Note__c",
    },
    "forecast": {
        "expected_outcome": "CSM_Renewal_Outcome__c",
        "probability": "CSM_Probability__c",
        "expected_arr": "Amount",
        "reason": "CSM_Churn_Reason__c",
        "note": "CSM_Reason_Note__c",
    },
    "plan": {
        "title": "Subject",
        "summary": "Description",
        "agreed_with": "CSM_Agreed_With__c",
        "agreed_on": "CSM_Agreed_On__c",
    },
    "goal": {
        "plan": "CSM_Plan__c",
        "goal": "Subject",
        "target_date": "ActivityDate",
        "horizon_months": "CSM_Horizon_Months__c",
        "status": "CSM_Goal_Status__c",
        "measure": "CSM_Measure__c",
        "measured_value": "CSM_Measured_Value__c",
        "achieved_on": "CSM_Achieved_On__c",
        "position": "CSM_Position__c",
    },
    "milestone": {
        "plan": "CSM_Plan__c",
        "step": "Subject",
        "due": "ActivityDate",
        "done": "Status",
        "done_on": "CSM_Done_On__c",
        "owner": "CSM_Step_Owner__c",
        "position": "CSM_Position__c",
    },
}
# Values spelled otherwise in Salesforce; reading back, one not listed reads as the last
# local value (a task waiting or deferred is not done).
SPELLED: dict[tuple[Kind, str], dict[str, str]] = {
    ("task", "done"): {"true": "Completed", "false": "Not Started"},
    ("milestone", "done"): {"true": "Completed", "false": "Not Started"},
}
# The reference fields that hold a record's links, by the kind linked to (see .links).
ACCOUNT_FIELD: dict[str, str] = {
    "Account": "",
    "Contact": "AccountId",
    "Task": "WhatId",
    "Event": "WhatId",
    "Opportunity": "AccountId",
}
WHO = "WhoId"
MEETING_LENGTH = timedelta(hours=1)


def fields_read(kind: Kind) -> list[str]:
    """The fields a read asks for: the synced ones, our id, the modified stamp, the links."""
    names = ["Id", LOCAL_ID, MODIFIED, *FIELDS[kind].values()]
    if kind == "contact":
        names += ["FirstName", "LastName"]
    if kind in MARKED:
        names.append(RECORD)
    account = ACCOUNT_FIELD[OBJECTS[kind]]
    if account:
        names.append(account)
    if OBJECTS[kind] in ("Task", "Event"):
        names.append(WHO)
    if kind in SUBTYPES or kind == "task":
        names.append(SUBTYPE)
    return list(dict.fromkeys(names))


def kind_filter(kind: Kind) -> str:
    """The SOQL condition keeping a query to the kind's records ("" when it has its object
    to itself)."""
    if kind == "task":
        return f"({RECORD} = 'task' OR {UNMARKED_TASK})"
    if kind in MARKED:
        return f"{RECORD} = '{kind}'"
    if kind in SUBTYPES:
        return f"{SUBTYPE} = '{SUBTYPES[kind]}'"
    return ""


def as_text(value: Any) -> str | None:
    """A field's JSON value as the text the engine compares (booleans ``true``/``false``)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def remote_record(kind: Kind, item: Mapping[str, Any], now: Callable[[], datetime]) -> RemoteRecord:
    """A queried record as the engine sees it; ``now`` stands in for a missing stamp."""
    props: dict[str, str | None] = {
        name: as_text(item.get(name)) for name in fields_read(kind) if name != "Id"
    }
    # The engine finds a record's local row by the app's id under its neutral name.
    props[ENGINE_LOCAL_ID] = props.get(LOCAL_ID)
    stamp = props.get(MODIFIED) or ""
    modified = parse_instant(stamp) if stamp else now()
    return RemoteRecord(
        remote_id=str(item["Id"]),
        version=iso_ms(modified) if stamp else "",
        modified_at=modified,
        archived=bool(item.get("IsDeleted", False)),
        props=props,
    )


def to_remote(kind: Kind, fields: Mapping[str, Value]) -> dict[str, Value]:
    """Salesforce fields for local canonical field values."""
    mapping = FIELDS[kind]
    columns = _columns(kind)
    props: dict[str, Value] = {}
    for name, value in fields.items():
        if name not in mapping:
            continue
        spelled = SPELLED.get((kind, name))
        if spelled is not None and value is not None:
            value = spelled.get(value, value)
        elif value and name in columns and _is_date(columns[name]):
            value = parse_day(value).isoformat()
        props[mapping[name]] = value
    if kind == "contact" and "name" in fields:
        first, _, last = (fields["name"] or "").strip().partition(" ")
        # LastName is required: a one-word name is a last name.
        props["FirstName"], props["LastName"] = (first, last) if last else (None, first)
    if kind in MARKED and props:
        props[RECORD] = kind
    started = props.get("StartDateTime")
    if kind == "meeting" and started:
        props["EndDateTime"] = iso_ms(parse_instant(started) + MEETING_LENGTH)
    occurred = props.get(OCCURRED)
    if occurred:
        props["ActivityDate"] = parse_instant(occurred).date().isoformat()
    return props


def for_create(kind: Kind, props: Mapping[str, Value], now: datetime) -> dict[str, Value]:
    """A record's fields for its create: what Salesforce requires and the app derives (an
    activity's subtype and status, an event's times, an opportunity's close date)."""
    made = dict(props)
    if kind in SUBTYPES:
        made[SUBTYPE] = SUBTYPES[kind]
        made.setdefault("Status", "Completed")
    if kind == "meeting" and not made.get("StartDateTime"):
        made["StartDateTime"] = iso_ms(now)
        made["EndDateTime"] = iso_ms(now + MEETING_LENGTH)
    if OBJECTS[kind] == "Opportunity" and not made.get("CloseDate"):
        made["CloseDate"] = now.astimezone(UTC).date().isoformat()
    if kind == "contact" and not made.get("LastName"):
        made["LastName"] = made.get("FirstName") or "-"
    return made


def to_local(kind: Kind, props: Mapping[str, str | None]) -> dict[str, Value]:
    """Local canonical field values from Salesforce fields (only those present; a value
    this version cannot read is left out, as if absent)."""
    fields = read_fields(_reading(kind), props)
    if kind == "contact" and ("FirstName" in props or "LastName" in props):
        parts = [props.get("FirstName") or "", props.get("LastName") or ""]
        fields["name"] = " ".join(p for p in parts if p)
    return fields


def is_of_kind(kind: Kind, props: Mapping[str, str | None]) -> bool:
    """Whether a record of the kind's object is one of the kind's."""
    if kind == "task" and not props.get(RECORD):
        return props.get(SUBTYPE) in ("Task", None, "")
    if kind in MARKED:
        return props.get(RECORD) == kind
    if kind in SUBTYPES:
        return props.get(SUBTYPE) == SUBTYPES[kind]
    return True


@functools.cache
def _reading(kind: Kind) -> tuple[ReadStep, ...]:
    return reading_plan(kind, FIELDS[kind], SPELLED)


_columns = columns_of


def _is_date(column: Any) -> bool:
    return bool(shape(column) == "date")

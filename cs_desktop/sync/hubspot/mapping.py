"""Local kinds and fields ⇄ HubSpot objects and properties (contract §1)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, time
from typing import Any

from cs_desktop.sync.adapter import Kind, RemoteRecord
from cs_desktop.sync.field_reading import ReadStep, columns_of, read_fields, reading_plan
from cs_desktop.sync.hubspot import due
from cs_desktop.sync.merge import Value
from cs_desktop.sync.values import normalised, parse_day, parse_instant, shape

OBJECT_TYPES: dict[Kind, str] = {
    "company": "companies",
    "contact": "contacts",
    "note": "notes",
    "meeting": "meetings",
    "call": "calls",
    "email": "emails",
    "task": "tasks",
    "renewal": "deals",
    "forecast": "deals",
    "plan": "tasks",
    "goal": "tasks",
    "milestone": "tasks",
}
# On tasks and deals, which of the app's records one is (the value is its kind): the
# renewals and the forecast share the deals, and the portal's other tasks and deals (made
# in the CRM for other purposes) are left alone.
RECORD = due.RECORD
MARKED: tuple[Kind, ...] = ("task", "renewal", "forecast", "plan", "goal", "milestone")
# What a touchpoint holds beyond its engagement's own title, body and time: the same on
# every engagement type. A note has no title of its own in HubSpot: ``csm_title`` holds it.
_TOUCHPOINT = {
    "kind": "csm_touchpoint_kind",
    "product_satisfied": "csm_product_satisfied",
    "service_satisfied": "csm_service_satisfied",
    "customer_statement": "csm_customer_statement",
    "inferred_need": "csm_inferred_need",
    "next_steps": "csm_next_steps",
    "other_attendees": "csm_other_attendees",
}
# Local field -> HubSpot property, per kind. Contacts' name is split (see to_remote).
PROPERTIES: dict[Kind, dict[str, str]] = {
    "company": {
        "name": "name",
        "domain": "domain",
        "stage": "csm_lifecycle_stage",
        "health_score": "csm_health_score",
        "tier": "csm_tier",
        "segment": "csm_segment",
        "owner": "csm_owner",
        "arr": "csm_arr",
        "currency": "csm_currency",
        "contract_start": "csm_contract_start",
        "renewal_date": "csm_renewal_date",
    },
    "contact": {
        "title": "jobtitle",
        "email": "email",
        "phone": "phone",
        "role": "csm_role",
        "active": "csm_active",
    },
    "note": {
        "title": "csm_title",
        "notes": "hs_note_body",
        "occurred_at": "hs_timestamp",
        **_TOUCHPOINT,
    },
    "meeting": {
        "title": "hs_meeting_title",
        "notes": "hs_meeting_body",
        "occurred_at": "hs_timestamp",
        **_TOUCHPOINT,
    },
    "call": {
        "title": "hs_call_title",
        "notes": "hs_call_body",
        "occurred_at": "hs_timestamp",
        **_TOUCHPOINT,
    },
    "email": {
        "title": "hs_email_subject",
        "notes": "hs_email_text",
        "occurred_at": "hs_timestamp",
        **_TOUCHPOINT,
    },
    "task": {
        "title": "hs_task_subject",
        "due": "csm_due",
        "done": "hs_task_status",
        "source_playbook": "csm_source_playbook",
    },
    "renewal": {
        "period_start": "csm_period_start",
        "period_end": "closedate",
        "arr_before": "csm_arr_before",
        "arr_after": "amount",
        "outcome": "csm_renewal_outcome",
        "reason": "csm_churn_reason",
        "reason_note": "csm_reason_note",
    },
    "forecast": {
        "expected_outcome": "csm_renewal_outcome",
        "probability": "csm_probability",
        "expected_arr": "amount",
        "reason": "csm_churn_reason",
        "note": "csm_reason_note",
    },
    "plan": {
        "title": "hs_task_subject",
        "summary": "hs_task_body",
        "agreed_with": "csm_agreed_with",
        "agreed_on": "csm_agreed_on",
    },
    "goal": {
        "plan": "csm_plan",
        "goal": "hs_task_subject",
        "target_date": "csm_due",
        "horizon_months": "csm_horizon_months",
        "status": "csm_goal_status",
        "measure": "csm_measure",
        "measured_value": "csm_measured_value",
        "achieved_on": "csm_achieved_on",
        "position": "csm_position",
    },
    "milestone": {
        "plan": "csm_plan",
        "step": "hs_task_subject",
        "due": "csm_due",
        "done": "hs_task_status",
        "done_on": "csm_done_on",
        "owner": "csm_step_owner",
        "position": "csm_position",
    },
}
# Values spelled otherwise in HubSpot: (kind, local field) -> local value -> HubSpot value.
# Reading back, a HubSpot value not listed reads as the last local value (a task waiting,
# in progress or deferred is not done).
SPELLED: dict[tuple[Kind, str], dict[str, str]] = {
    ("task", "done"): {"true": "COMPLETED", "false": "NOT_STARTED"},
    ("milestone", "done"): {"true": "COMPLETED", "false": "NOT_STARTED"},
}
# A HubSpot task requires ``hs_timestamp``, its due time, where the app's may have no due
# day: the day travels in ``csm_due`` as well, ``hs_timestamp`` is written from it (a
# placeholder when there is none, see :func:`task_timestamp`), and a due time a colleague
# moves in HubSpot is read back (:mod:`.due`).
DUE: dict[Kind, str] = {"task": "due", "goal": "target_date", "milestone": "due"}
TASK_TIMESTAMP = due.TIMESTAMP
TASK_CREATED = due.CREATED
# What a deal's stage is read from (see :mod:`.pipelines`).
DEAL_PLACE = ("pipeline", "dealstage")
LOCAL_ID = "csm_local_id"
STAGES = ("sales", "delivery", "service", "value")


def modified_property(kind: Kind) -> str:
    # Contacts only have `lastmodifieddate`; `hs_lastmodifieddate` silently loses data [P10].
    return "lastmodifieddate" if kind == "contact" else "hs_lastmodifieddate"


def properties(kind: Kind) -> list[str]:
    """The properties a read asks for: the synced ones, our id and the modified date."""
    names = [LOCAL_ID, modified_property(kind), *PROPERTIES[kind].values()]
    if kind == "contact":
        names += ["firstname", "lastname"]
    if kind in MARKED:
        names.append(RECORD)
    if kind in DUE:
        names += [TASK_TIMESTAMP, TASK_CREATED]
    if OBJECT_TYPES[kind] == "deals":
        names += DEAL_PLACE
    return names


def remote_record(
    kind: Kind,
    item: Mapping[str, Any],
    now: Callable[[], datetime],
    names: list[str] | None = None,
) -> RemoteRecord:
    """A ``SimplePublicObject`` as the engine sees it; ``now`` stands in for a missing date.
    ``names``: the properties asked for, when not the kind's own (a read shared by kinds)."""
    # A requested property left out of the answer has no value: it was cleared.
    props: dict[str, str | None] = dict.fromkeys(properties(kind) if names is None else names)
    props.update(item.get("properties") or {})
    updated = str(item.get("updatedAt") or props.get(modified_property(kind)) or "")
    return RemoteRecord(
        remote_id=str(item["id"]),
        version=updated,
        modified_at=parse_instant(updated) if updated else now(),
        archived=bool(item.get("archived", False)),
        props=props,
    )


def to_remote(kind: Kind, fields: Mapping[str, Value]) -> dict[str, Value]:
    """HubSpot properties for local canonical field values."""
    mapping = PROPERTIES[kind]
    columns = _columns(kind)
    props: dict[str, Value] = {}
    for name, value in fields.items():
        if name not in mapping:
            continue
        spelled = SPELLED.get((kind, name))
        if spelled is not None and value is not None:
            value = spelled.get(value, value)
        elif value and name in columns and shape(columns[name]) == "date":
            # A HubSpot date is midnight UTC, best sent as epoch milliseconds.
            midnight = datetime.combine(parse_day(value), time(), UTC)
            value = str(int(midnight.timestamp() * 1000))
        props[mapping[name]] = value
    if kind == "contact" and "name" in fields:
        first, _, last = (fields["name"] or "").strip().partition(" ")
        props["firstname"], props["lastname"] = first, last
    if kind in MARKED and props:
        props[RECORD] = kind
    day = DUE.get(kind)
    if day is not None and fields.get(day):
        props[TASK_TIMESTAMP] = props[PROPERTIES[kind][day]]
    return props


def task_timestamp(
    kind: Kind, props: Mapping[str, Value], now: datetime, *, create: bool
) -> dict[str, Value]:
    """A task's properties with the ``hs_timestamp`` HubSpot requires: on its create, and
    when its due day is cleared (else the old due time would read back as its due day)."""
    if OBJECT_TYPES[kind] != "tasks" or props.get(TASK_TIMESTAMP):
        return dict(props)
    day = DUE.get(kind)
    cleared = day is not None and PROPERTIES[kind][day] in props
    if not create and not cleared:
        return dict(props)
    return {**props, TASK_TIMESTAMP: due.placeholder(now)}


def to_local(kind: Kind, props: Mapping[str, str | None]) -> dict[str, Value]:
    """Local canonical field values from HubSpot properties (only those present; a value
    this version cannot read is left out, as if absent)."""
    fields = read_fields(_reading(kind), props)
    if kind == "contact" and ("firstname" in props or "lastname" in props):
        parts = [props.get("firstname") or "", props.get("lastname") or ""]
        fields["name"] = " ".join(p for p in parts if p)
    day = DUE.get(kind)
    if day is not None and TASK_TIMESTAMP in props:
        fields[day] = normalised(_columns(kind)[day], due.due_day(props))
    if kind == "note" and not fields.get("title"):
        # A note made in the CRM has no title: the touchpoint keeps its own (its first line).
        fields.pop("title", None)
    return fields


@functools.cache
def _reading(kind: Kind) -> tuple[ReadStep, ...]:
    return reading_plan(kind, PROPERTIES[kind], SPELLED)


_columns = columns_of


def clean(props: Mapping[str, Value]) -> dict[str, str]:
    # HubSpot clears a value with "" (companies spec); None is not a property value.
    return {k: "" if v is None else v for k, v in props.items()}

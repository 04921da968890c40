"""What the sandbox portal knows before anyone writes to it: object types, their built-in
properties, the CRM's custom properties, and the association type ids.

The type ids and property names follow HubSpot's CRM v3/v4 (see the sync contract, [H1][H11]).
"""

from __future__ import annotations

from typing import Any

OBJECT_TYPES: dict[str, str] = {
    # plural path name -> HubSpot object type id
    "contacts": "0-1",
    "companies": "0-2",
    "calls": "0-48",
    "emails": "0-49",
    "meetings": "0-47",
    "notes": "0-46",
    "deals": "0-3",
    "tasks": "0-27",
}
_SINGULAR = {
    "contact": "contacts",
    "company": "companies",
    "call": "calls",
    "email": "emails",
    "meeting": "meetings",
    "note": "notes",
    "deal": "deals",
    "task": "tasks",
}

# (from, to) -> the default ("HUBSPOT_DEFINED") association type id in that direction [H11].
ASSOCIATION_TYPES: dict[tuple[str, str], int] = {
    ("contacts", "companies"): 279,
    ("companies", "contacts"): 280,
    ("calls", "companies"): 182,
    ("companies", "calls"): 181,
    ("calls", "contacts"): 194,
    ("contacts", "calls"): 193,
    ("emails", "companies"): 186,
    ("companies", "emails"): 185,
    ("emails", "contacts"): 198,
    ("contacts", "emails"): 197,
    ("meetings", "companies"): 188,
    ("companies", "meetings"): 187,
    ("meetings", "contacts"): 200,
    ("contacts", "meetings"): 199,
    ("notes", "companies"): 190,
    ("companies", "notes"): 189,
    ("notes", "contacts"): 202,
    ("contacts", "notes"): 201,
    ("deals", "companies"): 341,
    ("companies", "deals"): 342,
    ("deals", "contacts"): 3,
    ("contacts", "deals"): 4,
    ("tasks", "companies"): 192,
    ("companies", "tasks"): 191,
    ("tasks", "contacts"): 204,
    ("contacts", "tasks"): 203,
}

# (from, to) -> the labelled HUBSPOT_DEFINED types of a pair beyond its default: type id ->
# label (the primary company of a contact [H11]).
LABELLED_TYPES: dict[tuple[str, str], dict[int, str]] = {
    ("contacts", "companies"): {1: "Primary"},
    ("companies", "contacts"): {2: "Primary"},
}

LIFECYCLE_STAGES = ("sales", "delivery", "service", "value")


def object_type(name: str) -> str | None:
    """The plural type for a path segment (``companies``, ``company`` or ``0-2``), else None."""
    lowered = name.lower()
    if lowered in OBJECT_TYPES:
        return lowered
    if lowered in _SINGULAR:
        return _SINGULAR[lowered]
    for plural, type_id in OBJECT_TYPES.items():
        if type_id == lowered:
            return plural
    return None


def modified_property(kind: str) -> str:
    """Contacts keep their modification date in ``lastmodifieddate``, the rest in
    ``hs_lastmodifieddate`` [P10]; contacts carry both, as in a real portal."""
    return "lastmodifieddate" if kind == "contacts" else "hs_lastmodifieddate"


def created_property(kind: str) -> str:
    return "createdate" if kind in ("contacts", "companies", "deals") else "hs_createdate"


def association_label(from_kind: str, to_kind: str) -> str:
    """The v3 ``associations`` name of a link, e.g. ``contact_to_company``."""
    singular = {plural: single for single, plural in _SINGULAR.items()}
    return f"{singular[from_kind]}_to_{singular[to_kind]}"


def _prop(
    name: str,
    label: str,
    type_: str = "string",
    field_type: str = "text",
    *,
    read_only: bool = False,
    unique: bool = False,
    options: tuple[str, ...] = (),
    hubspot: bool = True,
    group: str = "",
) -> dict[str, Any]:
    return {
        "name": name,
        "label": label,
        "type": type_,
        "fieldType": field_type,
        "groupName": group,
        "description": "",
        "options": [
            {"label": value.title(), "value": value, "hidden": False, "displayOrder": index}
            for index, value in enumerate(options)
        ],
        "hasUniqueValue": unique,
        "hidden": False,
        "formField": not read_only,
        "calculated": False,
        "externalOptions": False,
        "hubspotDefined": hubspot,
        "modificationMetadata": {
            "archivable": not hubspot,
            "readOnlyDefinition": hubspot,
            "readOnlyValue": read_only,
        },
    }


def _system(kind: str) -> list[dict[str, Any]]:
    group = f"{kind[:-1]}information"
    props = [
        _prop("hs_object_id", "Record ID", "number", "number", read_only=True, group=group),
        _prop(
            created_property(kind), "Create date", "datetime", "date", read_only=True, group=group
        ),
        _prop(
            "hs_lastmodifieddate", "Last modified", "datetime", "date", read_only=True, group=group
        ),
    ]
    if kind == "contacts":
        props.append(
            _prop(
                "lastmodifieddate", "Last modified", "datetime", "date", read_only=True, group=group
            )
        )
    return props


_BUILT_IN: dict[str, list[tuple[str, str, str, str]]] = {
    "companies": [
        ("name", "Name", "string", "text"),
        ("domain", "Company domain", "string", "text"),
        ("industry", "Industry", "string", "text"),
        ("lifecyclestage", "Lifecycle stage", "string", "text"),
    ],
    "contacts": [
        ("firstname", "First name", "string", "text"),
        ("lastname", "Last name", "string", "text"),
        ("email", "Email", "string", "text"),
        ("jobtitle", "Job title", "string", "text"),
        ("phone", "Phone", "string", "text"),
    ],
    "notes": [
        ("hs_timestamp", "Activity date", "datetime", "date"),
        ("hs_note_body", "Note body", "string", "textarea"),
        ("hubspot_owner_id", "Owner", "string", "text"),
    ],
    "meetings": [
        ("hs_timestamp", "Activity date", "datetime", "date"),
        ("hs_meeting_title", "Title", "string", "text"),
        ("hs_meeting_body", "Description", "string", "textarea"),
        ("hs_meeting_start_time", "Start", "datetime", "date"),
        ("hs_meeting_end_time", "End", "datetime", "date"),
        ("hs_meeting_outcome", "Outcome", "string", "text"),
    ],
    "calls": [
        ("hs_timestamp", "Activity date", "datetime", "date"),
        ("hs_call_title", "Title", "string", "text"),
        ("hs_call_body", "Notes", "string", "textarea"),
        ("hs_call_duration", "Duration (ms)", "number", "number"),
        ("hs_call_direction", "Direction", "string", "text"),
    ],
    "emails": [
        ("hs_timestamp", "Activity date", "datetime", "date"),
        ("hs_email_subject", "Subject", "string", "text"),
        ("hs_email_text", "Body", "string", "textarea"),
        ("hs_email_direction", "Direction", "string", "text"),
    ],
    "deals": [
        ("dealname", "Deal name", "string", "text"),
        ("amount", "Amount", "number", "number"),
        ("closedate", "Close date", "datetime", "date"),
        ("pipeline", "Pipeline", "enumeration", "select"),
        ("dealstage", "Deal stage", "enumeration", "select"),
        ("hubspot_owner_id", "Owner", "string", "text"),
    ],
    "tasks": [
        ("hs_timestamp", "Due date", "datetime", "date"),
        ("hs_task_subject", "Task title", "string", "text"),
        ("hs_task_body", "Task notes", "string", "textarea"),
        ("hs_task_status", "Task status", "enumeration", "select"),
        ("hs_task_priority", "Priority", "enumeration", "select"),
        ("hs_task_type", "Task type", "enumeration", "select"),
        ("hubspot_owner_id", "Owner", "string", "text"),
    ],
}
# The options of the built-in enumerations (a deal's pipeline and stage are checked against
# the portal's pipelines instead, as HubSpot does).
BUILT_IN_OPTIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("tasks", "hs_task_status"): ("NOT_STARTED", "IN_PROGRESS", "WAITING", "COMPLETED", "DEFERRED"),
    ("tasks", "hs_task_priority"): ("NONE", "LOW", "MEDIUM", "HIGH"),
    ("tasks", "hs_task_type"): ("TODO", "CALL", "EMAIL"),
}

# Properties a list or search returns when the request names none.
DEFAULT_PROPERTIES: dict[str, tuple[str, ...]] = {
    "companies": ("name", "domain", "createdate", "hs_lastmodifieddate", "hs_object_id"),
    "contacts": (
        "firstname",
        "lastname",
        "email",
        "createdate",
        "lastmodifieddate",
        "hs_object_id",
    ),
    "notes": ("hs_createdate", "hs_lastmodifieddate", "hs_object_id"),
    "meetings": ("hs_createdate", "hs_lastmodifieddate", "hs_object_id"),
    "calls": ("hs_createdate", "hs_lastmodifieddate", "hs_object_id"),
    "emails": ("hs_createdate", "hs_lastmodifieddate", "hs_object_id"),
    "deals": (
        "dealname",
        "amount",
        "closedate",
        "pipeline",
        "dealstage",
        "createdate",
        "hs_lastmodifieddate",
        "hs_object_id",
    ),
    "tasks": ("hs_createdate", "hs_lastmodifieddate", "hs_object_id"),
}


def csm_properties() -> list[dict[str, Any]]:
    """The app's own custom properties, as ``ensure_schema`` creates them (contract §1)."""
    return [
        _prop("csm_local_id", "CS Desktop id", unique=True, hubspot=False, group="csm"),
        _prop(
            "csm_lifecycle_stage",
            "CS lifecycle stage",
            "enumeration",
            "select",
            options=LIFECYCLE_STAGES,
            hubspot=False,
            group="csm",
        ),
        _prop(
            "csm_health_score", "CS health score", "number", "number", hubspot=False, group="csm"
        ),
    ]


def built_in_properties(kind: str) -> list[dict[str, Any]]:
    """The properties a fresh portal has for ``kind``, without the app's custom ones."""
    group = f"{kind[:-1]}information"
    fields = [
        _prop(n, label, t, f, group=group, options=BUILT_IN_OPTIONS.get((kind, n), ()))
        for n, label, t, f in _BUILT_IN[kind]
    ]
    return _system(kind) + fields

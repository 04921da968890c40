"""Local kinds and fields ⇄ HubSpot objects and properties (contract §1)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from cs_desktop.sync.adapter import Kind, RemoteRecord
from cs_desktop.sync.fields import iso_ms, parse_instant
from cs_desktop.sync.merge import Value

OBJECT_TYPES: dict[Kind, str] = {
    "company": "companies",
    "contact": "contacts",
    "note": "notes",
    "meeting": "meetings",
    "call": "calls",
    "email": "emails",
}
# Local field -> HubSpot property, per kind. Contacts' name is split (see to_remote).
PROPERTIES: dict[Kind, dict[str, str]] = {
    "company": {
        "name": "name",
        "domain": "domain",
        "stage": "csm_lifecycle_stage",
        "health_score": "csm_health_score",
    },
    "contact": {"title": "jobtitle", "email": "email", "phone": "phone"},
    "note": {"notes": "hs_note_body", "occurred_at": "hs_timestamp"},
    "meeting": {
        "title": "hs_meeting_title",
        "notes": "hs_meeting_body",
        "occurred_at": "hs_timestamp",
    },
    "call": {"title": "hs_call_title", "notes": "hs_call_body", "occurred_at": "hs_timestamp"},
    "email": {
        "title": "hs_email_subject",
        "notes": "hs_email_text",
        "occurred_at": "hs_timestamp",
    },
}
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
    return names


def remote_record(kind: Kind, item: Mapping[str, Any], now: Callable[[], datetime]) -> RemoteRecord:
    """A ``SimplePublicObject`` as the engine sees it; ``now`` stands in for a missing date."""
    # A requested property left out of the answer has no value: it was cleared.
    props: dict[str, str | None] = dict.fromkeys(properties(kind))
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
    props: dict[str, Value] = {mapping[k]: v for k, v in fields.items() if k in mapping}
    if kind == "contact" and "name" in fields:
        first, _, last = (fields["name"] or "").strip().partition(" ")
        props["firstname"], props["lastname"] = first, last
    return props


def to_local(kind: Kind, props: Mapping[str, str | None]) -> dict[str, Value]:
    """Local canonical field values from HubSpot properties (only those present)."""
    fields: dict[str, Value] = {}
    for local, remote in PROPERTIES[kind].items():
        if remote in props:
            value = props[remote] or None
            if local == "occurred_at" and value:
                value = iso_ms(parse_instant(value))
            fields[local] = value
    if kind == "contact" and ("firstname" in props or "lastname" in props):
        parts = [props.get("firstname") or "", props.get("lastname") or ""]
        fields["name"] = " ".join(p for p in parts if p)
    if kind == "company" and fields.get("stage") not in (None, *STAGES):
        fields.pop("stage")
    return fields


def clean(props: Mapping[str, Value]) -> dict[str, str]:
    # HubSpot clears a value with "" (companies spec); None is not a property value.
    return {k: "" if v is None else v for k, v in props.items()}

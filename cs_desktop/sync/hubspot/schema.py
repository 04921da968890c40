"""The custom properties the sync needs on the portal (contract §1), created if missing.

Every ``csm_`` property of :data:`.mapping.PROPERTIES` is made from the local column it
carries: a choice becomes an enumeration of the app's vocabulary, a date a date, an amount
or a count a number, a flag a checkbox, prose a multi-line text.
"""

from __future__ import annotations

from typing import Any

from cs_desktop.i18n import _
from cs_desktop.sync.adapter import Fatal, Kind
from cs_desktop.sync.fields import ENTITY_OF_KIND, MODELS, TEXT_FIELDS
from cs_desktop.sync.hubspot.client import HubSpotClient, ok_json
from cs_desktop.sync.hubspot.mapping import LOCAL_ID, MARKED, OBJECT_TYPES, PROPERTIES, RECORD
from cs_desktop.sync.values import shape

_TYPES = {
    "instant": ("datetime", "date"),
    "date": ("date", "date"),
    "money": ("number", "number"),
    "number": ("number", "number"),
    "flag": ("bool", "booleancheckbox"),
    "choice": ("enumeration", "select"),
    "text": ("string", "text"),
}


def ensure_schema(client: HubSpotClient) -> None:
    """Create ``csm_local_id`` and the app's other properties on every object that lacks
    them: a read and at most one batch create per object type; existing = fine."""
    for object_type, wanted in wanted_properties().items():
        listed = ok_json(client.request("GET", f"/crm/v3/properties/{object_type}"))
        have = {str(p.get("name")) for p in listed.get("results", [])}
        missing = [prop for prop in wanted if prop["name"] not in have]
        if not missing:
            continue
        created = client.request(
            "POST", f"/crm/v3/properties/{object_type}/batch/create", json={"inputs": missing}
        )
        refused = [
            error
            for error in (ok_json(created).get("errors") or [])
            if error.get("category") != "OBJECT_ALREADY_EXISTS"
        ]
        if refused:
            raise Fatal(
                _("cannot create {property} on {object}: {reason}").format(
                    property=", ".join(
                        n for e in refused for n in (e.get("context") or {}).get("name", [])
                    ),
                    object=object_type,
                    reason=refused[0].get("message", ""),
                )
            )


def wanted_properties() -> dict[str, list[dict[str, Any]]]:
    """The app's properties, by HubSpot object type."""
    wanted: dict[str, dict[str, dict[str, Any]]] = {}
    for kind, object_type in OBJECT_TYPES.items():
        found = wanted.setdefault(object_type, {LOCAL_ID: _local_id_property()})
        if kind in MARKED:
            found[RECORD] = _property(RECORD, "CS Desktop record", "string", "text")
        for field, name in PROPERTIES[kind].items():
            if name.startswith("csm_") and name not in found:
                found[name] = _field_property(kind, field, name)
    return {object_type: list(props.values()) for object_type, props in wanted.items()}


def _field_property(kind: Kind, field: str, name: str) -> dict[str, Any]:
    label = "CS " + field.replace("_", " ")
    if field == "health_score":
        return _property(name, "CS health score", "number", "number")
    table = MODELS[ENTITY_OF_KIND[kind]].__table__.c
    if field not in table:  # a reference: the other record's id
        return _property(name, label, "string", "text")
    column = table[field]
    form = shape(column)
    type_, field_type = _TYPES[form]
    if form == "text" and field in TEXT_FIELDS:
        field_type = "textarea"
    prop = _property(name, label, type_, field_type)
    if form == "choice":
        values = [member.value for member in column.type.enum_class]  # type: ignore[attr-defined]
        prop["options"] = [
            {"label": v.replace("_", " ").capitalize(), "value": v, "displayOrder": n}
            for n, v in enumerate(values)
        ]
    elif form == "flag":
        prop["options"] = [
            {"label": "Yes", "value": "true", "displayOrder": 0},
            {"label": "No", "value": "false", "displayOrder": 1},
        ]
    return prop


def _property(name: str, label: str, type_: str, field_type: str) -> dict[str, Any]:
    return {
        "name": name,
        "label": label,
        "type": type_,
        "fieldType": field_type,
        "groupName": "csm",
    }


def _local_id_property() -> dict[str, Any]:
    return {**_property(LOCAL_ID, "CS Desktop id", "string", "text"), "hasUniqueValue": True}

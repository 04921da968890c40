"""The custom properties the sync needs on the portal (contract §1), created if missing."""

from __future__ import annotations

from typing import Any

from cs_desktop.i18n import _
from cs_desktop.sync.adapter import Fatal
from cs_desktop.sync.hubspot.client import HubSpotClient, message
from cs_desktop.sync.hubspot.mapping import LOCAL_ID, OBJECT_TYPES, STAGES


def ensure_schema(client: HubSpotClient) -> None:
    """Create ``csm_local_id`` on every kind and the company fields; existing = fine."""
    for kind, object_type in OBJECT_TYPES.items():
        wanted = [_local_id_property()]
        if kind == "company":
            wanted += [_stage_property(), _health_property()]
        for prop in wanted:
            got = client.request("GET", f"/crm/v3/properties/{object_type}/{prop['name']}")
            if got.status_code == 200:
                continue
            created = client.request("POST", f"/crm/v3/properties/{object_type}", json=prop)
            if created.status_code not in (200, 201, 409):
                raise Fatal(
                    _("cannot create {property} on {object}: {reason}").format(
                        property=prop["name"], object=object_type, reason=message(created)
                    )
                )


def _local_id_property() -> dict[str, Any]:
    return {
        "name": LOCAL_ID,
        "label": "CS Desktop id",
        "type": "string",
        "fieldType": "text",
        "groupName": "csm",
        "hasUniqueValue": True,
    }


def _stage_property() -> dict[str, Any]:
    return {
        "name": "csm_lifecycle_stage",
        "label": "CS lifecycle stage",
        "type": "enumeration",
        "fieldType": "select",
        "groupName": "csm",
        "options": [
            {"label": s.title(), "value": s, "displayOrder": n} for n, s in enumerate(STAGES)
        ],
    }


def _health_property() -> dict[str, Any]:
    return {
        "name": "csm_health_score",
        "label": "CS health score",
        "type": "number",
        "fieldType": "number",
        "groupName": "csm",
    }

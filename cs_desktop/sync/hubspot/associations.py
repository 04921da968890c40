"""v4 associations: default links one by one, and batch reads of one record type's links."""

from __future__ import annotations

import httpx

from cs_desktop.sync.adapter import Kind, Link, WriteError, WriteResult
from cs_desktop.sync.hubspot.client import HubSpotClient, message, ok_json
from cs_desktop.sync.hubspot.mapping import OBJECT_TYPES


def link(client: HubSpotClient, links: list[Link]) -> list[WriteResult]:
    results = []
    for item in links:
        response = client.request(
            "PUT",
            f"/crm/v4/objects/{OBJECT_TYPES[item.from_kind]}/{item.from_id}"
            f"/associations/default/{OBJECT_TYPES[item.to_kind]}/{item.to_id}",
        )
        results.append(_link_result(item, response, missing="not_found"))
    return results


def unlink(client: HubSpotClient, links: list[Link]) -> list[WriteResult]:
    results = []
    for item in links:
        response = client.request(
            "DELETE",
            f"/crm/v4/objects/{OBJECT_TYPES[item.from_kind]}/{item.from_id}"
            f"/associations/{OBJECT_TYPES[item.to_kind]}/{item.to_id}",
        )
        results.append(_link_result(item, response, missing=None))
    return results


def read_links(
    client: HubSpotClient, kind: Kind, remote_ids: list[str], to: Kind
) -> dict[str, set[str]]:
    body = {"inputs": [{"id": i} for i in remote_ids]}
    data = ok_json(
        client.request(
            "POST",
            f"/crm/v4/associations/{OBJECT_TYPES[kind]}/{OBJECT_TYPES[to]}/batch/read",
            json=body,
        )
    )
    found: dict[str, set[str]] = {i: set() for i in remote_ids}
    for item in data.get("results", []):
        source = str((item.get("from") or {}).get("id"))
        found.setdefault(source, set()).update(str(t.get("toObjectId")) for t in item.get("to", []))
    return found


def _link_result(item: Link, response: httpx.Response, *, missing: str | None) -> WriteResult:
    if response.status_code < 300 or (response.status_code == 404 and missing is None):
        return WriteResult(item.op_id, True, item.from_id)
    error: WriteError = "not_found" if response.status_code == 404 else "invalid"
    return WriteResult(item.op_id, False, error=error, message=message(response))

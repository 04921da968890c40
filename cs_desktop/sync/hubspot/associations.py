"""v4 associations: default links in batches, unlinks one by one, and batch reads of one
record type's links."""

from __future__ import annotations

from collections import defaultdict

import httpx

from cs_desktop.sync.adapter import Kind, Link, WriteError, WriteResult
from cs_desktop.sync.hubspot.client import HubSpotClient, message, ok_json
from cs_desktop.sync.hubspot.mapping import OBJECT_TYPES

BATCH_MAX = 100  # inputs per batch request, as for objects [H4]


def link(client: HubSpotClient, links: list[Link]) -> list[WriteResult]:
    """Default links, a batch request per pair of kinds [H3]. A link the batch's answer does
    not confirm goes again on its own (``PUT``, idempotent like the batch): its answer tells
    a missing record from a refused link, which a batch reports loosely if at all."""
    confirmed: set[tuple[str, str, str, str]] = set()
    by_pair: dict[tuple[Kind, Kind], list[Link]] = defaultdict(list)
    for item in links:
        by_pair[(item.from_kind, item.to_kind)].append(item)
    for (from_kind, to_kind), items in by_pair.items():
        for start in range(0, len(items), BATCH_MAX):
            chunk = items[start : start + BATCH_MAX]
            body = {"inputs": [{"from": {"id": i.from_id}, "to": {"id": i.to_id}} for i in chunk]}
            response = client.request(
                "POST",
                f"/crm/v4/associations/{OBJECT_TYPES[from_kind]}/{OBJECT_TYPES[to_kind]}"
                "/batch/associate/default",
                json=body,
            )
            if response.status_code >= 300:
                continue  # each link goes on its own below
            for made in ok_json(response).get("results", []):
                pair = (str(made.get("from", {}).get("id")), str(made.get("to", {}).get("id")))
                confirmed.add((from_kind, pair[0], to_kind, pair[1]))
    results = []
    for item in links:
        if (item.from_kind, item.from_id, item.to_kind, item.to_id) in confirmed:
            results.append(WriteResult(item.op_id, True, item.from_id))
            continue
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

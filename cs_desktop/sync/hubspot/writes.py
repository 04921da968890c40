"""Batch writes: upsert by ``csm_local_id``, update by id, archive (contract §3.2)."""

from __future__ import annotations

import re
from typing import Any

import httpx

from cs_desktop.i18n import _
from cs_desktop.sync.adapter import Kind, WriteError, WriteOp, WriteResult
from cs_desktop.sync.hubspot.client import HubSpotClient, error_text, message, ok_json
from cs_desktop.sync.hubspot.mapping import LOCAL_ID, OBJECT_TYPES, clean

_ERRORS: dict[str, WriteError] = {
    "OBJECT_NOT_FOUND": "not_found",
    "CONFLICT": "conflict",
    "RATE_LIMITS": "retryable",
}


def upsert(client: HubSpotClient, kind: Kind, ops: list[WriteOp]) -> list[WriteResult]:
    """Create-or-update keyed by ``csm_local_id``: a retried create never duplicates.

    A contact whose email another contact has already (made by a colleague, or by another
    computer) fails the whole batch with HubSpot's 409 "Contact already exists. Existing ID:
    …": that op comes back as ``exists`` with the existing contact's id, and the others are
    sent again without it.
    """
    results: dict[str, WriteResult] = {}
    waiting = list(ops)
    while waiting:
        inputs = [
            {
                "idProperty": LOCAL_ID,
                "id": op.local_id,
                "objectWriteTraceId": op.op_id,
                "properties": clean(op.props),
            }
            for op in waiting
        ]
        response = client.request(
            "POST", f"/crm/v3/objects/{OBJECT_TYPES[kind]}/batch/upsert", json={"inputs": inputs}
        )
        if response.status_code != 409:
            results.update((r.op_id, r) for r in _results(response, waiting))
            break
        taken = _taken(client, kind, waiting, message(response))
        if not taken:
            if len(waiting) == 1:
                results.update((r.op_id, r) for r in _results(response, waiting))
                break
            # The answer does not say which input: one at a time, each answer does.
            for op in waiting:
                results.update((r.op_id, r) for r in upsert(client, kind, [op]))
            break
        results.update((r.op_id, r) for r in taken)
        done = {r.op_id for r in taken}
        waiting = [op for op in waiting if op.op_id not in done]
    return [results[op.op_id] for op in ops]


_EXISTING = re.compile(r"Existing ID:\s*(\d+)")


def _taken(client: HubSpotClient, kind: Kind, ops: list[WriteOp], text: str) -> list[WriteResult]:
    """The ops a 409 "Contact already exists. Existing ID: N" is about: those whose email is
    contact N's (the id is only in the message, hubspot-api-php#59)."""
    found = _EXISTING.search(text)
    if kind != "contact" or found is None:
        return []
    existing = found.group(1)
    response = client.request(
        "POST",
        f"/crm/v3/objects/{OBJECT_TYPES[kind]}/batch/read",
        json={"inputs": [{"id": existing}], "properties": ["email"]},
    )
    if response.status_code >= 300:
        return []
    emails = {
        str((item.get("properties") or {}).get("email") or "").strip().lower()
        for item in ok_json(response).get("results", [])
    } - {""}
    return [
        WriteResult(op.op_id, False, existing, error="exists", message=text)
        for op in ops
        if str(op.props.get("email") or "").strip().lower() in emails
    ]


def update(client: HubSpotClient, kind: Kind, ops: list[WriteOp]) -> list[WriteResult]:
    inputs = [
        {"id": op.remote_id, "objectWriteTraceId": op.op_id, "properties": clean(op.props)}
        for op in ops
    ]
    return _batch(client, kind, "update", ops, inputs)


def _batch(
    client: HubSpotClient,
    kind: Kind,
    action: str,
    ops: list[WriteOp],
    inputs: list[dict[str, Any]],
) -> list[WriteResult]:
    response = client.request(
        "POST", f"/crm/v3/objects/{OBJECT_TYPES[kind]}/batch/{action}", json={"inputs": inputs}
    )
    return _results(response, ops)


def _results(response: httpx.Response, ops: list[WriteOp]) -> list[WriteResult]:
    """Each op's outcome from a batch write's answer (200/201, or 207 with ``errors[]``)."""
    if response.status_code in (400, 404, 409):
        text = message(response)
        return [WriteResult(op.op_id, False, error="invalid", message=text) for op in ops]
    data = ok_json(response)
    by_trace = {op.op_id: op for op in ops}
    by_local = {op.local_id: op for op in ops}
    by_remote = {op.remote_id: op for op in ops if op.remote_id}
    results: dict[str, WriteResult] = {}
    for item in data.get("results", []):
        props = item.get("properties") or {}
        op = (
            by_trace.get(str(item.get("objectWriteTraceId", "")))
            or by_local.get(str(props.get(LOCAL_ID, "")))
            or by_remote.get(str(item.get("id")))
        )
        if op is not None:
            results[op.op_id] = WriteResult(
                op.op_id, True, str(item["id"]), str(item.get("updatedAt", ""))
            )
    for error in data.get("errors", []):
        context = error.get("context") or {}
        traces = context.get("objectWriteTraceId") or []
        ids = context.get("ids") or []
        matched = [by_trace[t] for t in traces if t in by_trace] or [
            by_remote.get(i) or by_local[i] for i in ids if i in by_remote or i in by_local
        ]
        category = str(error.get("category", ""))
        kind_of_error: WriteError = _ERRORS.get(category, "invalid")
        for op in matched:
            results.setdefault(
                op.op_id,
                WriteResult(op.op_id, False, error=kind_of_error, message=error_text(error)),
            )
    # Unreported inputs: unknown outcome; retrying an upsert or update is harmless.
    return [
        results.get(op.op_id)
        or WriteResult(op.op_id, False, error="retryable", message=_("no result reported"))
        for op in ops
    ]


def archive(client: HubSpotClient, kind: Kind, remote_ids: list[str]) -> list[WriteResult]:
    """Archive records; already-gone ones count as done (HubSpot answers 204 either way)."""
    inputs = [{"id": i} for i in remote_ids]
    response = client.request(
        "POST", f"/crm/v3/objects/{OBJECT_TYPES[kind]}/batch/archive", json={"inputs": inputs}
    )
    ok = response.status_code in (200, 204, 404)
    text = "" if ok else message(response)
    return [
        WriteResult(i, ok, i, error=None if ok else "invalid", message=text) for i in remote_ids
    ]

"""Writes through sObject Collections: upsert by ``CSM_Local_Id__c``, update by id, delete
(contract §3.2; [S3]). Up to 200 records a request, ``allOrNone`` false: each record's
outcome comes back in its place of the answer's list, mapped to the engine's errors.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from cs_desktop.i18n import _
from cs_desktop.sync.adapter import Kind, WriteError, WriteOp, WriteResult
from cs_desktop.sync.merge import Value
from cs_desktop.sync.salesforce.api import BATCH_MAX, data_path
from cs_desktop.sync.salesforce.client import SalesforceClient, error_text, message, ok_json
from cs_desktop.sync.salesforce.mapping import LOCAL_ID, OBJECTS, SUBTYPE

# Salesforce's statusCode of a record's error -> the engine's outcome (anything else:
# invalid, shown to the user).
ERRORS: dict[str, WriteError] = {
    "ENTITY_IS_DELETED": "not_found",
    "INVALID_CROSS_REFERENCE_KEY": "not_found",
    "NOT_FOUND": "not_found",
    "INVALID_ID_FIELD": "not_found",
    "DUPLICATE_EXTERNAL_ID": "conflict",
    "ENTITY_FAILED_IFLASTMODIFIED_ON_UPDATE": "conflict",
    "DUPLICATES_DETECTED": "exists",
    "UNABLE_TO_LOCK_ROW": "retryable",
    "REQUEST_RUNNING_TOO_LONG": "retryable",
    "SERVER_UNAVAILABLE": "retryable",
    "ALL_OR_NONE_OPERATION_ROLLED_BACK": "retryable",
}
GONE = ("ENTITY_IS_DELETED", "INVALID_CROSS_REFERENCE_KEY", "NOT_FOUND")
# Fields a record takes at its create only: an upsert that finds the record made already
# (a retried create) is sent again without them.
CREATE_ONLY = (SUBTYPE,)


def upsert(client: SalesforceClient, kind: Kind, ops: list[WriteOp]) -> list[WriteResult]:
    """Create-or-update keyed by ``CSM_Local_Id__c``: a retried create never duplicates."""
    obj = OBJECTS[kind]
    path = data_path(f"composite/sobjects/{obj}/{LOCAL_ID}")
    results: list[WriteResult] = []
    for chunk in _chunks(ops):
        records = [{**_record(obj, op.props), LOCAL_ID: op.local_id} for op in chunk]
        answered = _results(client.request("PATCH", path, json=_body(records)), chunk)
        again = [
            n
            for n, result in enumerate(answered)
            if not result.ok and any(f in result.message for f in CREATE_ONLY)
        ]
        if again:
            retried = [_without_create_only(records[n]) for n in again]
            second = _results(
                client.request("PATCH", path, json=_body(retried)), [chunk[n] for n in again]
            )
            for n, result in zip(again, second, strict=True):
                answered[n] = result
        results.extend(answered)
    return results


def update(client: SalesforceClient, kind: Kind, ops: list[WriteOp]) -> list[WriteResult]:
    """Changed fields of existing records, by id."""
    obj = OBJECTS[kind]
    results: list[WriteResult] = []
    for chunk in _chunks(ops):
        records = [
            {**_without_create_only(_record(obj, op.props)), "Id": op.remote_id} for op in chunk
        ]
        response = client.request("PATCH", data_path("composite/sobjects"), json=_body(records))
        results.extend(_results(response, chunk))
    return results


def delete(client: SalesforceClient, remote_ids: list[str]) -> list[WriteResult]:
    """Delete records (to the recycle bin); already-gone ones count as done."""
    results: list[WriteResult] = []
    for start in range(0, len(remote_ids), BATCH_MAX):
        chunk = remote_ids[start : start + BATCH_MAX]
        response = client.request(
            "DELETE",
            data_path("composite/sobjects"),
            params={"ids": ",".join(chunk), "allOrNone": "false"},
        )
        if response.status_code >= 300:
            text = message(response)
            results.extend(WriteResult(i, False, i, error="invalid", message=text) for i in chunk)
            continue
        answers = ok_json(response)
        for n, remote_id in enumerate(chunk):
            item = answers[n] if isinstance(answers, list) and n < len(answers) else {}
            codes = {str(e.get("statusCode")) for e in item.get("errors") or []}
            if item.get("success") or codes & set(GONE):
                results.append(WriteResult(remote_id, True, remote_id))
            else:
                results.append(
                    WriteResult(remote_id, False, remote_id, error="invalid", message=_text(item))
                )
    return results


def _results(response: httpx.Response, ops: list[WriteOp]) -> list[WriteResult]:
    """Each op's outcome, from the list answered in the order the records were sent."""
    if response.status_code >= 400:
        text = message(response)
        return [WriteResult(op.op_id, False, error="invalid", message=text) for op in ops]
    answers = ok_json(response)
    if not isinstance(answers, list):
        answers = []
    results: list[WriteResult] = []
    for n, op in enumerate(ops):
        item: Mapping[str, Any] = answers[n] if n < len(answers) else {}
        if not item:
            # No answer for it: unknown outcome; sending an upsert or update again is harmless.
            results.append(
                WriteResult(op.op_id, False, error="retryable", message=_("no result reported"))
            )
        elif item.get("success"):
            results.append(WriteResult(op.op_id, True, str(item.get("id") or op.remote_id)))
        else:
            results.append(_failed(op, item))
    return results


def _failed(op: WriteOp, item: Mapping[str, Any]) -> WriteResult:
    errors = [e for e in item.get("errors") or [] if isinstance(e, dict)]
    code = str(errors[0].get("statusCode", "")) if errors else ""
    error = ERRORS.get(code, "invalid")
    existing = _duplicate_of(errors[0]) if errors and error == "exists" else None
    if error == "exists" and existing is None:
        error = "invalid"  # a duplicate rule that names no record: the user decides
    return WriteResult(op.op_id, False, existing, error=error, message=_text(item))


def _duplicate_of(error: Mapping[str, Any]) -> str | None:
    """The record a duplicate rule matched (``duplicateResult.matchResults``), if it says."""
    found = (error.get("duplicateResult") or {}).get("matchResults") or []
    for match in found:
        for record in match.get("matchRecords") or []:
            record_id = (record.get("record") or {}).get("Id")
            if record_id:
                return str(record_id)
    return None


def _text(item: Mapping[str, Any]) -> str:
    errors = [e for e in item.get("errors") or [] if isinstance(e, dict)]
    return "; ".join(error_text(e) for e in errors) or _("no result reported")


def _record(obj: str, props: Mapping[str, Value]) -> dict[str, Any]:
    return {"attributes": {"type": obj}, **props}


def _without_create_only(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in CREATE_ONLY}


def _body(records: list[dict[str, Any]]) -> dict[str, Any]:
    return {"allOrNone": False, "records": records}


def _chunks(ops: list[WriteOp]) -> list[list[WriteOp]]:
    return [ops[n : n + BATCH_MAX] for n in range(0, len(ops), BATCH_MAX)]

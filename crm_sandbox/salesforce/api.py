"""The REST API routes of the Salesforce sandbox: query, sObject rows, collections, describe,
get deleted/updated, limits, and Tooling API custom fields.

Each handler takes the parsed request and returns ``(status, body)`` or raises
:class:`SfError`; the server holds the org lock around the call and saves after writes.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from crm_sandbox.faults import Fault, Settings
from crm_sandbox.salesforce.errors import SfError, bad_request, not_found
from crm_sandbox.salesforce.ids import normalise_id, parse_datetime, sf_datetime
from crm_sandbox.salesforce.org import Org, Plan, RecordProblem
from crm_sandbox.salesforce.schema import (
    OBJECTS,
    PREFIXES,
    ToolingProblem,
    custom_field,
    object_name,
)
from crm_sandbox.salesforce.soql import QueryError, parse

API_VERSION = "62.0"
MAX_COLLECTION = 200
DEFAULT_BATCH = 2000
MIN_BATCH = 200
# Open query cursors kept (Salesforce keeps each for 15 minutes, any page of it re-readable).
MAX_LOCATORS = 500
ROLLED_BACK = (
    "Record rolled back because not all records were valid and the request was using AllOrNone "
    "header"
)
# A test's "batch_errors" fault, in Salesforce's words: category -> (statusCode, message).
FAULT_ERRORS = {
    "VALIDATION_ERROR": ("FIELD_CUSTOM_VALIDATION_EXCEPTION", "rejected by a validation rule"),
    "OBJECT_NOT_FOUND": ("ENTITY_IS_DELETED", "entity is deleted"),
    "CONFLICT": (
        "UNABLE_TO_LOCK_ROW",
        "unable to obtain exclusive access to this record or 1 records",
    ),
}

Reply = tuple[int, Any]


@dataclass
class Locator:
    """What ``nextRecordsUrl`` leads to: the rest of a query's records."""

    kind: str
    fields: list[str]
    records: list[dict[str, Any]]
    batch: int
    all_rows: bool


@dataclass
class SfCall:
    """One parsed API request."""

    method: str
    params: dict[str, str]
    query: dict[str, list[str]]
    body: Any
    headers: dict[str, str]
    org: Org
    settings: Settings
    base: str  # /services/data/vNN.N
    locators: dict[str, Locator]
    batch_faults: list[Fault] = field(default_factory=list)
    # What a collection request wrote (object, record, its values before; None: created).
    undo: list[tuple[str, dict[str, Any], dict[str, Any] | None]] | None = None

    def first(self, name: str, default: str = "") -> str:
        values = self.query.get(name)
        return values[0] if values else default

    def flag(self, name: str) -> bool:
        return self.first(name).lower() == "true"

    def kind(self, key: str = "sobject") -> str:
        found = object_name(self.params[key])
        if found is None:
            raise not_found()
        return found

    def url(self, kind: str, record_id: str) -> str:
        return f"{self.base}/sobjects/{kind}/{record_id}"

    def render(self, kind: str, record: dict[str, Any], names: list[str]) -> dict[str, Any]:
        out: dict[str, Any] = {"attributes": {"type": kind, "url": self.url(kind, record["Id"])}}
        for name in names:
            out[name] = record.get(name)
        return out

    def all_fields(self, kind: str) -> list[str]:
        return list(self.org.fields(kind))


# -- org level ------------------------------------------------------------------------------


def resources(call: SfCall) -> Reply:
    names = ("sobjects", "query", "queryAll", "limits", "composite", "tooling")
    return 200, {name: f"{call.base}/{name}" for name in names}


def limits(call: SfCall) -> Reply:
    used, allowed = 0, call.settings.dailyLimit
    header = call.headers.get("x-sandbox-usage", "")  # set by the server: "used/allowed"
    if "/" in header:
        used, allowed = (int(part) for part in header.split("/"))
    return 200, {"DailyApiRequests": {"Max": allowed, "Remaining": max(0, allowed - used)}}


def global_describe(call: SfCall) -> Reply:
    return 200, {
        "encoding": "UTF-8",
        "maxBatchSize": MAX_COLLECTION,
        "sobjects": [
            {
                "name": name,
                "label": definition.label,
                "keyPrefix": definition.prefix,
                "custom": False,
                "queryable": True,
                "replicateable": True,
                "urls": {"sobject": f"{call.base}/sobjects/{name}"},
            }
            for name, definition in OBJECTS.items()
        ],
    }


def describe(call: SfCall) -> Reply:
    kind = call.kind()
    return 200, OBJECTS[kind].describe(call.base, call.org.custom[kind])


def object_info(call: SfCall) -> Reply:
    kind = call.kind()
    definition = OBJECTS[kind]
    summary = {"name": kind, "label": definition.label, "keyPrefix": definition.prefix}
    return 200, {"objectDescribe": summary, "recentItems": []}


# -- query ----------------------------------------------------------------------------------


def query(call: SfCall, *, all_rows: bool = False) -> Reply:
    text = call.first("q")
    if not text:
        raise bad_request("MALFORMED_QUERY", "A query string has to be specified")
    try:
        parsed = parse(text, call.org.field)
    except QueryError as error:
        raise bad_request(error.code, error.message) from None
    rows = [r for r in call.org.records[parsed.object].values() if all_rows or not r["IsDeleted"]]
    found = parsed.run(rows)
    if parsed.count:
        return 200, {"totalSize": len(found), "done": True, "records": []}
    locator = Locator(parsed.object, parsed.fields, found, _batch_size(call), all_rows)
    return 200, _page(call, locator, 0)


def query_all(call: SfCall) -> Reply:
    return query(call, all_rows=True)


def query_more(call: SfCall) -> Reply:
    key, _, start = call.params["locator"].rpartition("-")
    locator = call.locators.get(key)
    if locator is None or not start.isdigit():
        raise bad_request("INVALID_QUERY_LOCATOR", "invalid query locator")
    return 200, _page(call, locator, int(start), key)


def _batch_size(call: SfCall) -> int:
    options = call.headers.get("sforce-query-options", "")
    for part in options.split(","):
        name, _, value = part.strip().partition("=")
        if name.strip().lower() == "batchsize" and value.strip().isdigit():
            return max(MIN_BATCH, min(DEFAULT_BATCH, int(value)))
    return DEFAULT_BATCH


def _page(call: SfCall, locator: Locator, start: int, key: str = "") -> dict[str, Any]:
    end = start + locator.batch
    batch = locator.records[start:end]
    page: dict[str, Any] = {"totalSize": len(locator.records), "done": end >= len(locator.records)}
    if not page["done"]:
        if not key:
            key = "01g" + secrets.token_hex(8)[:15].upper()
            call.locators[key] = locator
            while len(call.locators) > MAX_LOCATORS:  # the oldest cursors expire first
                del call.locators[next(iter(call.locators))]
        resource = "queryAll" if locator.all_rows else "query"
        page["nextRecordsUrl"] = f"{call.base}/{resource}/{key}-{end}"
    page["records"] = [call.render(locator.kind, r, locator.fields) for r in batch]
    return page


# -- single records -------------------------------------------------------------------------


def _clean_body(call: SfCall) -> dict[str, Any]:
    if not isinstance(call.body, dict):
        raise bad_request("JSON_PARSER_ERROR", "The request body must be a JSON object")
    return _fields_of(call.body)


def _fields_of(row: dict[str, Any]) -> dict[str, Any]:
    """A record's field values, ``attributes`` aside; ``Id`` under that name whatever its
    case (Salesforce reads field names case-insensitively)."""
    return {("Id" if k.lower() == "id" else k): v for k, v in row.items() if k != "attributes"}


def _problem(problem: RecordProblem) -> SfError:
    return SfError(400, problem.status_code, problem.message, problem.fields)


def _record(call: SfCall, kind: str, record_id: str) -> dict[str, Any]:
    found = call.org.get(record_id)
    if found is None or found[0] != kind:
        raise not_found()
    if found[1]["IsDeleted"]:
        raise SfError(404, "ENTITY_IS_DELETED", "entity is deleted", [])
    return found[1]


def _field_list(call: SfCall, kind: str) -> list[str]:
    wanted = [n for value in call.query.get("fields", []) for n in value.split(",") if n.strip()]
    if not wanted:
        return call.all_fields(kind)
    names = []
    for name in wanted:
        definition = call.org.field(kind, name.strip())
        if definition is None:
            raise bad_request(
                "INVALID_FIELD", f"No such column '{name.strip()}' on sobject of type {kind}"
            )
        names.append(definition.name)
    return names


def create_record(call: SfCall) -> Reply:
    kind = call.kind()
    values = _clean_body(call)
    if "Id" in values:
        raise bad_request("INVALID_FIELD", "cannot specify Id in an insert call", ["Id"])
    _refuse_unknown(call, kind, [values])
    try:
        record = call.org.apply(call.org.plan(kind, values))
    except RecordProblem as problem:
        raise _problem(problem) from None
    return 201, {"id": record["Id"], "success": True, "errors": []}


def get_record(call: SfCall) -> Reply:
    kind = call.kind()
    record = _record(call, kind, call.params["recordId"])
    return 200, call.render(kind, record, _field_list(call, kind))


def update_record(call: SfCall) -> Reply:
    kind = call.kind()
    record = _record(call, kind, call.params["recordId"])
    values = _clean_body(call)
    values.pop("Id", None)
    _refuse_unknown(call, kind, [values])
    try:
        call.org.apply(call.org.plan(kind, values, record))
    except RecordProblem as problem:
        raise _problem(problem) from None
    return 204, None


def delete_record(call: SfCall) -> Reply:
    kind = call.kind()
    record = _record(call, kind, call.params["recordId"])
    call.org.delete(kind, record)
    return 204, None


def _external_field(call: SfCall, kind: str, name: str) -> str:
    definition = call.org.field(kind, name)
    if definition is None or not (definition.externalId or definition.type == "id"):
        raise bad_request(
            "INVALID_FIELD",
            f"Provided external ID field does not exist or is not accessible: {name}",
        )
    return definition.name


def get_by_external_id(call: SfCall) -> Reply:
    kind = call.kind()
    name = _external_field(call, kind, call.params["field"])
    holder = call.org.by_external_id(kind, name, call.params["value"])
    if holder is None:
        raise not_found()
    record = _record(call, kind, holder)
    return 200, call.render(kind, record, _field_list(call, kind))


def upsert_record(call: SfCall) -> Reply:
    kind = call.kind()
    name = _external_field(call, kind, call.params["field"])
    values = _clean_body(call)
    _refuse_unknown(call, kind, [values])
    values[name] = call.params["value"]
    result = _upsert_one(call, kind, name, values)
    if not result["success"]:
        error = result["errors"][0]
        raise SfError(400, error["statusCode"], error["message"], error["fields"])
    return (201 if result["created"] else 200), result


# -- get deleted / get updated --------------------------------------------------------------


def _window(call: SfCall) -> tuple[int, int]:
    try:
        start = parse_datetime(call.first("start")) // 60_000 * 60_000
        end = parse_datetime(call.first("end")) // 60_000 * 60_000
    except ValueError:
        raise bad_request(
            "INVALID_REPLICATION_DATE",
            "start and end must be dateTimes in ISO 8601 format, e.g. 2024-05-01T00:00:00Z",
        ) from None
    days = call.settings.replicationWindowDays
    if start >= end:
        raise bad_request(
            "INVALID_REPLICATION_DATE",
            "startDate must chronologically precede endDate by more than one minute",
        )
    if start < call.org.clock.now_ms() - days * 86_400_000:
        raise bad_request(
            "INVALID_REPLICATION_DATE", f"startDate cannot be more than {days} days ago"
        )
    return start, end


def get_deleted(call: SfCall) -> Reply:
    kind = call.kind()
    start, end = _window(call)
    deleted = [
        {"id": record_id, "deletedDate": sf_datetime(call.org.deleted_ms[record_id])}
        for record_id, record in call.org.records[kind].items()
        if record["IsDeleted"] and start <= call.org.deleted_ms.get(record_id, -1) < end
    ]
    deleted.sort(key=lambda item: item["deletedDate"])
    earliest = call.org.purged_ms.get(
        kind, call.org.clock.now_ms() - call.settings.replicationWindowDays * 86_400_000
    )
    return 200, {
        "deletedRecords": deleted,
        "earliestDateAvailable": sf_datetime(earliest // 60_000 * 60_000),
        "latestDateCovered": sf_datetime(end),
    }


def get_updated(call: SfCall) -> Reply:
    kind = call.kind()
    start, end = _window(call)
    low, high = sf_datetime(start), sf_datetime(end)
    ids = [
        record_id
        for record_id, record in call.org.records[kind].items()
        if not record["IsDeleted"] and low <= record["SystemModstamp"] < high
    ]
    return 200, {"ids": ids, "latestDateCovered": high}


# -- sObject collections --------------------------------------------------------------------


def _records_body(call: SfCall) -> tuple[list[dict[str, Any]], bool]:
    body = call.body
    if not isinstance(body, dict) or not isinstance(body.get("records"), list):
        raise bad_request("JSON_PARSER_ERROR", "The request body needs a records list")
    records = body["records"]
    if len(records) > MAX_COLLECTION:
        raise bad_request(
            "EXCEEDED_ID_LIMIT",
            f"record limit reached. cannot submit more than {MAX_COLLECTION} records into this "
            "call",
        )
    for item in records:
        kind = (item.get("attributes") or {}).get("type") if isinstance(item, dict) else None
        if not kind:
            raise bad_request("INVALID_TYPE", "Must send a concrete entity type.")
        if object_name(str(kind)) is None:
            raise bad_request("INVALID_TYPE", f"sObject type '{kind}' is not supported.")
    return records, bool(body.get("allOrNone", False))


def _refuse_unknown(call: SfCall, kind: str, rows: list[dict[str, Any]]) -> None:
    """Unknown fields fail the whole request: the body does not deserialize."""
    for row in rows:
        for name in row:
            if name != "attributes" and call.org.field(kind, name) is None:
                raise bad_request(
                    "INVALID_FIELD", f"No such column '{name}' on sobject of type {kind}", [name]
                )


def _forced(call: SfCall, index: int, keys: list[str]) -> RecordProblem | None:
    """The error a "batch_errors" fault picks this record for, if any."""
    for fault in call.batch_faults:
        chosen = fault.select
        if index in chosen.get("indexes", []) or any(
            key in [str(v) for v in chosen.get("ids", [])] for key in keys if key
        ):
            code, message = FAULT_ERRORS.get(fault.category, FAULT_ERRORS["VALIDATION_ERROR"])
            return RecordProblem(code, message, [])
    return None


def _results(
    call: SfCall,
    rows: list[dict[str, Any]],
    all_or_none: bool,
    work: Callable[[int, dict[str, Any]], dict[str, Any]],
) -> Reply:
    """Run ``work`` on each row in order; with ``allOrNone``, take every write back when one
    row fails: that row keeps its error, the others say they were rolled back."""
    call.undo = []
    results = [work(index, row) for index, row in enumerate(rows)]
    if all_or_none and not all(r["success"] for r in results):
        for kind, record, before in reversed(call.undo):
            call.org.restore(kind, record, before)
        rolled = {"statusCode": "ALL_OR_NONE_OPERATION_ROLLED_BACK", "message": ROLLED_BACK}
        results = [
            r
            if not r["success"]
            else {
                **({"id": r["id"]} if not r.get("created", True) else {}),
                "success": False,
                "errors": [{**rolled, "fields": []}],
            }
            for r in results
        ]
    call.undo = None
    return 200, results


def _apply(call: SfCall, plan: Plan) -> dict[str, Any]:
    before = None if plan.record is None else dict(plan.record)
    record = call.org.apply(plan)
    if call.undo is not None:
        call.undo.append((plan.type, record, before))
    return record


def create_collection(call: SfCall) -> Reply:
    rows, all_or_none = _records_body(call)
    for row in rows:
        _refuse_unknown(call, str(object_name(row["attributes"]["type"])), [row])

    def create(index: int, row: dict[str, Any]) -> dict[str, Any]:
        kind = str(object_name(row["attributes"]["type"]))
        values = _fields_of(row)
        try:
            if "Id" in values:
                raise RecordProblem("INVALID_FIELD", "cannot specify Id in an insert call", ["Id"])
            forced = _forced(call, index, [])
            if forced is not None:
                raise forced
            record = _apply(call, call.org.plan(kind, values))
        except RecordProblem as problem:
            return {"success": False, "errors": [problem.as_error()]}
        return {"id": record["Id"], "success": True, "errors": [], "created": True}

    _, results = _results(call, rows, all_or_none, create)
    for result in results:
        result.pop("created", None)
    return 200, results


def update_collection(call: SfCall) -> Reply:
    rows, all_or_none = _records_body(call)
    for row in rows:
        _refuse_unknown(call, str(object_name(row["attributes"]["type"])), [row])

    def update(index: int, row: dict[str, Any]) -> dict[str, Any]:
        kind = str(object_name(row["attributes"]["type"]))
        values = _fields_of(row)
        record_id = str(values.pop("Id", None) or "")
        try:
            if not record_id:
                raise RecordProblem("MISSING_ARGUMENT", "Id not specified in an update call")
            record = _existing(call, kind, record_id)
            record_id = record["Id"]
            forced = _forced(call, index, [record_id])
            if forced is not None:
                raise forced
            _apply(call, call.org.plan(kind, values, record))
        except RecordProblem as problem:
            return {"id": record_id or None, "success": False, "errors": [problem.as_error()]}
        return {"id": record_id, "success": True, "errors": [], "created": False}

    _, results = _results(call, rows, all_or_none, update)
    for result in results:
        result.pop("created", None)
    return 200, results


def _existing(call: SfCall, kind: str, record_id: str) -> dict[str, Any]:
    full = normalise_id(record_id)
    if full is None:
        raise RecordProblem("MALFORMED_ID", f"malformed id {record_id}")
    if PREFIXES.get(full[:3]) != kind:
        raise RecordProblem(
            "MALFORMED_ID", f"{kind} ID: id value of incorrect type: {record_id}", ["Id"]
        )
    found = call.org.get(full)
    if found is None:
        raise RecordProblem("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id")
    if found[1]["IsDeleted"]:
        raise RecordProblem("ENTITY_IS_DELETED", "entity is deleted")
    return found[1]


def upsert_collection(call: SfCall) -> Reply:
    kind = call.kind()
    name = _external_field(call, kind, call.params["field"])
    rows, all_or_none = _records_body(call)
    _refuse_unknown(call, kind, rows)
    keys = [str(row.get(name) or "").lower() for row in rows]
    repeated = {key for key in keys if key and keys.count(key) > 1}

    def upsert(index: int, row: dict[str, Any]) -> dict[str, Any]:
        values = _fields_of(row)
        if object_name(row["attributes"]["type"]) != kind:
            problem = RecordProblem(
                "INVALID_TYPE", f"this collection takes {kind} records only", []
            )
            return {"success": False, "errors": [problem.as_error()]}
        if keys[index] in repeated:
            problem = RecordProblem(
                "DUPLICATE_VALUE", f"Duplicate external id specified: {row.get(name)}", [name]
            )
            return {"success": False, "errors": [problem.as_error()]}
        forced = _forced(call, index, [str(row.get(name) or "")])
        if forced is not None:
            return {"success": False, "errors": [forced.as_error()]}
        return _upsert_one(call, kind, name, values)

    return _results(call, rows, all_or_none, upsert)


def _upsert_one(call: SfCall, kind: str, name: str, values: dict[str, Any]) -> dict[str, Any]:
    try:
        if "Id" in values and name != "Id":
            raise RecordProblem(
                "INVALID_FIELD", "Don't set the Id field when upserting by an external id", ["Id"]
            )
        key = values.get(name)
        if key is None or key == "":
            raise RecordProblem("MISSING_ARGUMENT", f"{name} not specified", [name])
        holder = call.org.by_external_id(kind, name, key)
        if holder is None:
            record = _apply(call, call.org.plan(kind, values))
            return {"id": record["Id"], "success": True, "errors": [], "created": True}
        record = _existing(call, kind, holder)
        values.pop(name, None)
        _apply(call, call.org.plan(kind, values, record))
        return {"id": holder, "success": True, "errors": [], "created": False}
    except RecordProblem as problem:
        return {"success": False, "errors": [problem.as_error()]}


def delete_collection(call: SfCall) -> Reply:
    ids = [i for value in call.query.get("ids", []) for i in value.split(",") if i]
    if not ids:
        raise bad_request("MISSING_ARGUMENT", "ids: a comma-separated list of record ids")
    if len(ids) > MAX_COLLECTION:
        raise bad_request(
            "EXCEEDED_ID_LIMIT", f"cannot submit more than {MAX_COLLECTION} ids into this call"
        )
    checked: list[tuple[str, dict[str, Any]] | RecordProblem] = []
    for index, record_id in enumerate(ids):
        try:
            kind = PREFIXES.get(record_id[:3])
            if kind is None:
                raise RecordProblem("MALFORMED_ID", f"malformed id {record_id}")
            record = _existing(call, kind, record_id)
            forced = _forced(call, index, [record["Id"]])
            if forced is not None:
                raise forced
            checked.append((kind, record))
        except RecordProblem as problem:
            checked.append(problem)
    refused = call.flag("allOrNone") and any(isinstance(c, RecordProblem) for c in checked)
    results = []
    for record_id, outcome in zip(ids, checked, strict=True):
        if isinstance(outcome, RecordProblem):
            results.append({"id": record_id, "success": False, "errors": [outcome.as_error()]})
        elif refused:
            rolled = {"statusCode": "ALL_OR_NONE_OPERATION_ROLLED_BACK", "message": ROLLED_BACK}
            results.append(
                {"id": outcome[1]["Id"], "success": False, "errors": [{**rolled, "fields": []}]}
            )
        elif outcome[1]["IsDeleted"]:  # went with a record deleted earlier in this request
            results.append({"id": outcome[1]["Id"], "success": True, "errors": []})
        else:
            call.org.delete(*outcome)
            results.append({"id": outcome[1]["Id"], "success": True, "errors": []})
    return 200, results


def retrieve_collection(call: SfCall) -> Reply:
    kind = call.kind()
    if call.method == "POST":
        body = call.body if isinstance(call.body, dict) else {}
        ids = [str(i) for i in body.get("ids", [])]
        call.query = {"fields": [",".join(str(f) for f in body.get("fields", []))]}
    else:
        ids = [i for value in call.query.get("ids", []) for i in value.split(",") if i]
    if not call.query.get("fields") or not call.query["fields"][0]:
        raise bad_request("MISSING_ARGUMENT", "fields: the fields to retrieve")
    names = _field_list(call, kind)
    out: list[dict[str, Any] | None] = []
    for record_id in ids:
        found = call.org.get(record_id)
        if found is None or found[0] != kind or found[1]["IsDeleted"]:
            out.append(None)
        else:
            out.append(call.render(kind, found[1], names))
    return 200, out


# -- Tooling API ----------------------------------------------------------------------------


def create_custom_field(call: SfCall) -> Reply:
    if not call.settings.toolingAccess:
        raise SfError(
            403, "INSUFFICIENT_ACCESS_OR_READONLY", "insufficient access rights on object id"
        )
    try:
        kind, definition = custom_field(call.body)
        field_id = call.org.add_custom_field(kind, definition)
    except ToolingProblem as problem:
        raise SfError(400, problem.code, problem.message, problem.fields) from None
    return 201, {"id": field_id, "success": True, "errors": [], "warnings": [], "infos": []}

"""The CRM v3 object, property and search routes of the sandbox (contract §4 table).

Each handler takes the parsed request and returns ``(status, body)``; the server holds the
store lock around the call and saves the portal after every write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from crm_sandbox import catalog, pipelines
from crm_sandbox.clock import iso
from crm_sandbox.errors import ApiError, batch_error, not_found, validation
from crm_sandbox.faults import Fault, Settings
from crm_sandbox.search import search
from crm_sandbox.store import Record, Store, contact_exists

MAX_BATCH = 100
MAX_PAGE = 100

Reply = tuple[int, Any]


@dataclass
class Call:
    """One parsed API request."""

    method: str
    params: dict[str, str]
    query: dict[str, list[str]]
    body: Any
    store: Store
    settings: Settings
    batch_faults: list[Fault] = field(default_factory=list)

    def flag(self, name: str) -> bool:
        return self.first(name).lower() == "true"

    def first(self, name: str, default: str = "") -> str:
        values = self.query.get(name)
        return values[0] if values else default

    def names(self, name: str) -> list[str] | None:
        """A list parameter, sent repeated or comma-separated; None when absent."""
        if name not in self.query:
            return None
        return [n for value in self.query[name] for n in value.split(",") if n]

    def kind(self, key: str = "objectType") -> str:
        kind = catalog.object_type(self.params[key])
        if kind is None:
            raise validation(f"Unable to infer object type from: {self.params[key]}")
        return kind

    def json_body(self) -> dict[str, Any]:
        if not isinstance(self.body, dict):
            raise validation("Invalid input JSON: expected an object")
        return self.body


# -- properties ------------------------------------------------------------------------------


def list_properties(call: Call) -> Reply:
    return 200, {"results": list(call.store.property_defs(call.kind()).values())}


def get_property(call: Call) -> Reply:
    definition = call.store.property_defs(call.kind()).get(call.params["name"])
    if definition is None:
        raise not_found(f"Unable to find property {call.params['name']}")
    return 200, definition


def create_property(call: Call) -> Reply:
    return 201, call.store.create_property(call.kind(), call.json_body())


def batch_create_properties(call: Call) -> Reply:
    """``BatchInputPropertyCreate`` -> ``BatchResponseProperty``: 201, or 207 listing the
    inputs refused (a name in use among them)."""
    kind = call.kind()
    inputs = call.json_body().get("inputs")
    if not isinstance(inputs, list):
        raise validation("inputs must be a list of properties")
    started = iso(call.store.clock.now_ms())
    results, errors = [], []
    for item in inputs:
        try:
            results.append(call.store.create_property(kind, item if isinstance(item, dict) else {}))
        except ApiError as refused:
            name = str(item.get("name", "")) if isinstance(item, dict) else ""
            errors.append(batch_error(refused.category, refused.message, context={"name": [name]}))
    body: dict[str, Any] = {
        "status": "COMPLETE",
        "results": results,
        "startedAt": started,
        "completedAt": iso(call.store.clock.now_ms()),
    }
    if errors:
        body.update(numErrors=len(errors), errors=errors)
    return (207 if errors else 201), body


# -- pipelines -------------------------------------------------------------------------------


def _pipeline_kind(call: Call) -> str:
    kind = call.kind()
    if kind not in call.store.pipelines:
        raise validation(f"Object type {call.params['objectType']} has no pipelines")
    return kind


def list_pipelines(call: Call) -> Reply:
    live = [p for p in call.store.pipelines[_pipeline_kind(call)] if not p["archived"]]
    return 200, {"results": live}


def get_pipeline(call: Call) -> Reply:
    kind = _pipeline_kind(call)
    return 200, pipelines.find(call.store.pipelines[kind], call.params["pipelineId"])


def create_pipeline(call: Call) -> Reply:
    return 201, call.store.create_pipeline(_pipeline_kind(call), call.body)


# -- single objects --------------------------------------------------------------------------


def list_objects(call: Call) -> Reply:
    kind = call.kind()
    limit = _limit(call.first("limit", "10"), MAX_PAGE)
    after_raw = call.first("after")
    after = int(after_raw) if after_raw.isdigit() else 0
    chosen = call.store.page_by_id(kind, after, limit + 1, archived=call.flag("archived"))
    page = chosen[:limit]
    body: dict[str, Any] = {"results": [_with_links(call, r) for r in page]}
    if len(chosen) > limit:
        after_id = str(int(page[-1].id) + 1)
        body["paging"] = {"next": {"after": after_id, "link": f"?after={after_id}"}}
    return 200, body


def create_object(call: Call) -> Reply:
    kind = call.kind()
    body = call.json_body()
    values = call.store.clean_values(kind, body.get("properties", {}))
    links = _create_links(call.store, kind, body.get("associations") or [])
    record = call.store.create(kind, values)
    for to_kind, to_id in links:
        call.store.associate(kind, record.id, to_kind, to_id)
    return 201, call.store.output(record, list(values) + list(catalog.DEFAULT_PROPERTIES[kind]))


def get_object(call: Call) -> Reply:
    record = _one(call)
    return 200, _with_links(call, record)


def update_object(call: Call) -> Reply:
    record = _one(call, archived=False)
    values = call.store.clean_values(record.kind, call.json_body().get("properties", {}))
    call.store.update(record, values)
    return 200, call.store.output(
        record, list(values) + list(catalog.DEFAULT_PROPERTIES[record.kind])
    )


def archive_object(call: Call) -> Reply:
    kind = call.kind()
    record = call.store.records[kind].get(call.params["objectId"])
    if record is None:
        raise not_found()
    call.store.archive(record)
    return 204, None


# -- batches ---------------------------------------------------------------------------------


def batch_read(call: Call) -> Reply:
    kind = call.kind()
    body = call.json_body()
    inputs = batch_inputs(body)
    id_property = body.get("idProperty") or None
    wanted = body.get("properties") or None
    results, missing = [], []
    for item in inputs:
        key = str(item.get("id", "")) if isinstance(item, dict) else ""
        record = call.store.find(kind, key, id_property=id_property, archived=call.flag("archived"))
        if record is None:
            missing.append(key)
        else:
            results.append(call.store.output(record, wanted))
    errors = []
    if missing:
        errors.append(
            batch_error(
                "OBJECT_NOT_FOUND",
                f"Could not get some {kind} objects, they may be deleted or not exist. "
                "Check that ids are valid.",
                context={"ids": missing},
            )
        )
    return batch_reply(call, 200, results, errors)


def batch_create(call: Call) -> Reply:
    kind = call.kind()
    _refuse_taken_emails(call, kind, batch_inputs(call.json_body()), id_property=None)

    def create(item: dict[str, Any]) -> dict[str, Any]:
        values = call.store.clean_values(kind, item.get("properties", {}))
        links = _create_links(call.store, kind, item.get("associations") or [])
        record = call.store.create(kind, values)
        for to_kind, to_id in links:
            call.store.associate(kind, record.id, to_kind, to_id)
        return _written(call, record, values, item)

    return _each(call, 201, create)


def batch_update(call: Call) -> Reply:
    kind = call.kind()

    def update(item: dict[str, Any]) -> dict[str, Any]:
        key = str(item.get("id", ""))
        record = call.store.find(kind, key, id_property=item.get("idProperty") or None)
        if record is None:
            raise ApiError(404, "OBJECT_NOT_FOUND", f"No {kind} record with id {key}")
        values = call.store.clean_values(kind, item.get("properties", {}))
        call.store.update(record, values)
        return _written(call, record, values, item)

    return _each(call, 200, update)


def batch_upsert(call: Call) -> Reply:
    kind = call.kind()
    inputs = batch_inputs(call.json_body())
    keys = []
    for item in inputs:
        id_property = item.get("idProperty") if isinstance(item, dict) else None
        if not id_property or id_property not in call.store.unique_properties(kind):
            raise validation(
                f"Unable to perform update/upsert by non-unique {id_property} property",
                code="INVALID_ID_PROPERTY",
                field="idProperty",
            )
        keys.append((id_property, str(item.get("id", ""))))
    if len(set(keys)) != len(keys):
        raise validation("Duplicate IDs found in batch input", code="DUPLICATE_ID")
    _refuse_taken_emails(call, kind, inputs, id_property=keys[0][0] if keys else None)

    def upsert(item: dict[str, Any]) -> dict[str, Any]:
        id_property, key = item["idProperty"], str(item.get("id", ""))
        values = call.store.clean_values(kind, item.get("properties", {}))
        values[id_property] = key
        record = call.store.find(kind, key, id_property=id_property)
        new = record is None
        if record is None:
            record = call.store.create(kind, values)
        else:
            call.store.update(record, values)
        return {**_written(call, record, values, item), "new": new}

    return _each(call, 200, upsert)


def batch_archive(call: Call) -> Reply:
    kind = call.kind()
    for item in batch_inputs(call.json_body()):
        record = call.store.records[kind].get(
            str(item.get("id", "")) if isinstance(item, dict) else ""
        )
        if record is not None:
            call.store.archive(record)
    return 204, None


def search_objects(call: Call) -> Reply:
    settings = call.settings
    return 200, search(
        call.store,
        call.kind(),
        call.body,
        lag_ms=int(settings.searchLagSeconds * 1000),
        cap=settings.searchResultCap,
    )


# -- helpers ---------------------------------------------------------------------------------


def _refuse_taken_emails(
    call: Call, kind: str, inputs: list[Any], *, id_property: str | None
) -> None:
    """A batch that would give a second contact an email already taken fails whole, with
    the 409 of a single create, naming the first existing contact only (as HubSpot's does,
    hubspot-api-python#51); nothing of it is applied.

    Raises:
        ApiError: 409 CONFLICT "Contact already exists. Existing ID: …".
    """
    if kind != "contacts":
        return
    seen: set[str] = set()
    for item in inputs:
        if not isinstance(item, dict):
            continue
        email = str((item.get("properties") or {}).get("email") or "").strip().lower()
        if not email:
            continue
        own = None
        if id_property:
            found = call.store.find(kind, str(item.get("id", "")), id_property=id_property)
            own = found.id if found else None
        holder = call.store.contact_with_email(email)
        if holder is not None and holder != own:
            raise contact_exists(holder)
        if email in seen:
            raise ApiError(
                409, "CONFLICT", f"Contact already exists: {email} is in the batch twice"
            )
        seen.add(email)


def _limit(raw: str, maximum: int) -> int:
    if not raw.isdigit() or not 0 < int(raw) <= maximum:
        raise validation(f"limit must be between 1 and {maximum}", field="limit")
    return int(raw)


def _one(call: Call, archived: bool | None = None) -> Record:
    kind = call.kind()
    record = call.store.find(
        kind,
        call.params["objectId"],
        id_property=call.first("idProperty") or None,
        archived=call.flag("archived") if archived is None else archived,
    )
    if record is None:
        raise not_found()
    return record


def _with_links(call: Call, record: Record) -> dict[str, Any]:
    body = call.store.output(record, call.names("properties"))
    kinds = [catalog.object_type(n) for n in call.names("associations") or []]
    links = {}
    for to_kind in filter(None, kinds):
        ids = call.store.linked(record.kind, record.id, to_kind)
        if ids:
            label = catalog.association_label(record.kind, to_kind)
            links[to_kind] = {"results": [{"id": i, "type": label} for i in ids]}
    if links:
        body["associations"] = links
    return body


def _create_links(store: Store, kind: str, specs: Any) -> list[tuple[str, str]]:
    """Check ``associations`` of a create (``PublicAssociationsForObject``) before writing."""
    links = []
    for spec in specs if isinstance(specs, list) else []:
        to_id = str((spec.get("to") or {}).get("id", ""))
        for type_spec in spec.get("types") or []:
            type_id = type_spec.get("associationTypeId")
            to_kind = next(
                (
                    t
                    for (f, t), i in catalog.ASSOCIATION_TYPES.items()
                    if f == kind and i == type_id
                ),
                None,
            )
            if to_kind is None:
                raise validation(
                    f"Unknown association type {type_id} from {kind}", field="associations"
                )
            if store.find(to_kind, to_id) is None:
                raise validation(f"No {to_kind} record with id {to_id}", field="associations")
            links.append((to_kind, to_id))
    return links


def batch_inputs(body: dict[str, Any]) -> list[Any]:
    inputs = body.get("inputs")
    if not isinstance(inputs, list):
        raise validation("inputs must be a list", field="inputs")
    if len(inputs) > MAX_BATCH:
        raise validation(
            f"Too many inputs: {len(inputs)}. A batch takes at most {MAX_BATCH}.",
            code="TOO_MANY_INPUTS",
            field="inputs",
        )
    return inputs


def _written(
    call: Call, record: Record, values: dict[str, str], item: dict[str, Any]
) -> dict[str, Any]:
    body = call.store.output(record, list(values))
    if item.get("objectWriteTraceId"):
        body["objectWriteTraceId"] = str(item["objectWriteTraceId"])
    return body


def _chosen(fault: Fault, index: int, item: dict[str, Any], store: Store, kind: str) -> bool:
    select = fault.select
    if index in select.get("indexes", []):
        return True
    if item.get("objectWriteTraceId") and item["objectWriteTraceId"] in select.get("traceIds", []):
        return True
    keys = {str(item.get("id", ""))} | {
        str((item.get("properties") or {}).get(name, "")) for name in store.unique_properties(kind)
    }
    return bool(keys & {str(i) for i in select.get("ids", [])})


_FAULT_MESSAGES = {
    "VALIDATION_ERROR": ("Property values were not valid", "INVALID_OPTION"),
    "OBJECT_NOT_FOUND": ("Object not found", "OBJECT_NOT_FOUND"),
    "CONFLICT": ("A record with that unique value already exists", "DUPLICATE_UNIQUE_VALUE"),
}


def _each(call: Call, ok_status: int, write: Any) -> Reply:
    """Apply ``write`` to every input; failures become ``errors[]`` of a 207."""
    kind = call.kind()
    results, errors = [], []
    for index, item in enumerate(batch_inputs(call.json_body())):
        if not isinstance(item, dict):
            raise validation(f"inputs[{index}] must be an object", field="inputs")
        context: dict[str, list[str]] = {}
        if item.get("objectWriteTraceId"):
            context["objectWriteTraceId"] = [str(item["objectWriteTraceId"])]
        if item.get("id"):
            context["ids"] = [str(item["id"])]
        fault = next(
            (f for f in call.batch_faults if _chosen(f, index, item, call.store, kind)), None
        )
        if fault is not None:
            message, code = _FAULT_MESSAGES[fault.category]
            errors.append(batch_error(fault.category, message, context=context, code=code))
            continue
        try:
            results.append(write(item))
        except ApiError as error:
            entry = batch_error(error.category, error.message, context=context)
            entry["errors"] = error.details
            errors.append(entry)
    return batch_reply(call, ok_status, results, errors)


def batch_reply(call: Call, ok_status: int, results: list[Any], errors: list[Any]) -> Reply:
    now = iso(call.store.clock.now_ms())
    body: dict[str, Any] = {
        "status": "COMPLETE",
        "results": results,
        "startedAt": now,
        "completedAt": now,
    }
    if errors:
        body["numErrors"] = len(errors)
        body["errors"] = errors
        return 207, body
    return ok_status, body

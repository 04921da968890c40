"""The v4 association routes: default and labelled links between two records, reads, batch
create/read/archive. The types are HubSpot's own (``HUBSPOT_DEFINED``): each pair's default,
and the labelled ones of :data:`catalog.LABELLED_TYPES` (a contact's primary company); the
portal defines no labels of its own (``USER_DEFINED``).

Links do not change a record's ``hs_lastmodifieddate``: HubSpot's do not reliably either [P8],
and the sync engine must cope with that.
"""

from __future__ import annotations

from typing import Any

from crm_sandbox import catalog
from crm_sandbox.api import Call, Reply, batch_inputs, batch_reply
from crm_sandbox.errors import batch_error, not_found, validation
from crm_sandbox.store import Store

DEFAULT_PAGE = 500
CATEGORIES = frozenset({"HUBSPOT_DEFINED", "USER_DEFINED", "INTEGRATOR_DEFINED"})


def _pair(from_kind: str, to_kind: str) -> int:
    type_id = catalog.ASSOCIATION_TYPES.get((from_kind, to_kind))
    if type_id is None:
        raise validation(f"{from_kind} cannot be associated with {to_kind} in this portal")
    return type_id


def _spec(from_kind: str, to_kind: str) -> dict[str, Any]:
    return {
        "associationCategory": "HUBSPOT_DEFINED",
        "associationTypeId": _pair(from_kind, to_kind),
    }


def _exists(store: Store, kind: str, object_id: str) -> bool:
    record = store.records[kind].get(object_id)
    return record is not None and not record.archived


def put_default(call: Call) -> Reply:
    from_kind, to_kind = call.kind("fromObjectType"), call.kind("toObjectType")
    from_id, to_id = call.params["fromObjectId"], call.params["toObjectId"]
    _pair(from_kind, to_kind)
    for kind, object_id in ((from_kind, from_id), (to_kind, to_id)):
        if not _exists(call.store, kind, object_id):
            raise not_found(f"No {kind} record with id {object_id}")
    call.store.associate(from_kind, from_id, to_kind, to_id)
    results = [
        {
            "from": {"id": from_id},
            "to": {"id": to_id},
            "associationSpec": _spec(from_kind, to_kind),
        },
        {
            "from": {"id": to_id},
            "to": {"id": from_id},
            "associationSpec": _spec(to_kind, from_kind),
        },
    ]
    return batch_reply(call, 200, results, [])


def put_labelled(call: Call) -> Reply:
    """``PUT /crm/v4/objects/{type}/{id}/associations/{toType}/{toId}`` with a list of
    ``AssociationSpec``: link the records (if not yet) with those types; 201 with the labels
    the pair now carries (``LabelsBetweenObjectPair``)."""
    from_kind, to_kind = call.kind(), call.kind("toObjectType")
    from_id, to_id = call.params["objectId"], call.params["toObjectId"]
    default = _pair(from_kind, to_kind)
    labelled = catalog.LABELLED_TYPES.get((from_kind, to_kind), {})
    specs = call.body
    if not isinstance(specs, list) or not specs:
        raise validation("The body is a list of {associationCategory, associationTypeId}")
    names = []
    for spec in specs:
        category = spec.get("associationCategory") if isinstance(spec, dict) else None
        type_id = spec.get("associationTypeId") if isinstance(spec, dict) else None
        if category not in CATEGORIES:
            raise validation(
                f"associationCategory must be one of {sorted(CATEGORIES)}",
                field="associationCategory",
            )
        if category != "HUBSPOT_DEFINED" or (type_id != default and type_id not in labelled):
            raise validation(
                f"Association type {type_id} ({category}) does not link {from_kind} to "
                f"{to_kind} in this portal",
                code="INVALID_ASSOCIATION_TYPE",
                field="associationTypeId",
            )
        if type_id in labelled:
            names.append(labelled[type_id])
    for kind, object_id in ((from_kind, from_id), (to_kind, to_id)):
        if not _exists(call.store, kind, object_id):
            raise not_found(f"No {kind} record with id {object_id}")
    call.store.associate(from_kind, from_id, to_kind, to_id)
    for name in names:
        call.store.add_label(from_kind, from_id, to_kind, to_id, name)
    return 201, {
        "fromObjectTypeId": catalog.OBJECT_TYPES[from_kind],
        "fromObjectId": int(from_id),
        "toObjectTypeId": catalog.OBJECT_TYPES[to_kind],
        "toObjectId": int(to_id),
        "labels": sorted(call.store.labels(from_kind, from_id, to_kind, to_id)),
    }


def list_links(call: Call) -> Reply:
    kind, to_kind = call.kind(), call.kind("toObjectType")
    if not _exists(call.store, kind, call.params["objectId"]):
        raise not_found()
    ids = call.store.linked(kind, call.params["objectId"], to_kind)
    offset = int(call.first("after")) if call.first("after").isdigit() else 0
    limit_raw = call.first("limit", str(DEFAULT_PAGE))
    limit = int(limit_raw) if limit_raw.isdigit() and int(limit_raw) > 0 else DEFAULT_PAGE
    page = ids[offset : offset + limit]
    body: dict[str, Any] = {
        "results": [_target(call.store, kind, call.params["objectId"], to_kind, i) for i in page]
    }
    if offset + limit < len(ids):
        body["paging"] = {"next": {"after": str(offset + limit)}}
    return 200, body


def delete_link(call: Call) -> Reply:
    call.store.unassociate(
        call.kind(), call.params["objectId"], call.kind("toObjectType"), call.params["toObjectId"]
    )
    return 204, None


def batch_read(call: Call) -> Reply:
    from_kind, to_kind = call.kind("fromObjectType"), call.kind("toObjectType")
    _pair(from_kind, to_kind)
    results, errors = [], []
    for item in batch_inputs(call.json_body()):
        object_id = str(item.get("id", "")) if isinstance(item, dict) else ""
        ids = (
            call.store.linked(from_kind, object_id, to_kind)
            if _exists(call.store, from_kind, object_id)
            else []
        )
        if ids:
            results.append(
                {
                    "from": {"id": object_id},
                    "to": [_target(call.store, from_kind, object_id, to_kind, i) for i in ids],
                }
            )
        else:
            # As in HubSpot, a record without links is reported as an error, not an empty list.
            errors.append(
                batch_error(
                    "OBJECT_NOT_FOUND",
                    f"No {to_kind} is associated with {from_kind} {object_id}.",
                    context={"fromObjectId": [object_id]},
                )
            )
    return batch_reply(call, 200, results, errors)


def batch_create(call: Call) -> Reply:
    from_kind, to_kind = call.kind("fromObjectType"), call.kind("toObjectType")
    type_id = _pair(from_kind, to_kind)
    results, errors = [], []
    for item in batch_inputs(call.json_body()):
        from_id = str((item.get("from") or {}).get("id", ""))
        to_id = str((item.get("to") or {}).get("id", ""))
        wrong = [
            t.get("associationTypeId")
            for t in item.get("types") or []
            if t.get("associationTypeId") != type_id
        ]
        missing = [
            i for k, i in ((from_kind, from_id), (to_kind, to_id)) if not _exists(call.store, k, i)
        ]
        if wrong or missing:
            message = (
                f"Association type {wrong[0]} does not link {from_kind} to {to_kind}"
                if wrong
                else f"No record with id {missing[0]}"
            )
            category = "VALIDATION_ERROR" if wrong else "OBJECT_NOT_FOUND"
            errors.append(
                batch_error(
                    category, message, context={"fromObjectId": [from_id], "toObjectId": [to_id]}
                )
            )
            continue
        call.store.associate(from_kind, from_id, to_kind, to_id)
        results.append(
            {
                "fromObjectTypeId": catalog.OBJECT_TYPES[from_kind],
                "fromObjectId": int(from_id),
                "toObjectTypeId": catalog.OBJECT_TYPES[to_kind],
                "toObjectId": int(to_id),
                "labels": [],
            }
        )
    return batch_reply(call, 201, results, errors)


def batch_default(call: Call) -> Reply:
    from_kind, to_kind = call.kind("fromObjectType"), call.kind("toObjectType")
    results = []
    for item in batch_inputs(call.json_body()):
        from_id = str((item.get("from") or {}).get("id", ""))
        to_id = str((item.get("to") or {}).get("id", ""))
        if _exists(call.store, from_kind, from_id) and _exists(call.store, to_kind, to_id):
            call.store.associate(from_kind, from_id, to_kind, to_id)
            results.append(
                {
                    "from": {"id": from_id},
                    "to": {"id": to_id},
                    "associationSpec": _spec(from_kind, to_kind),
                }
            )
    return batch_reply(call, 200, results, [])


def batch_archive(call: Call) -> Reply:
    from_kind, to_kind = call.kind("fromObjectType"), call.kind("toObjectType")
    for item in batch_inputs(call.json_body()):
        from_id = str((item.get("from") or {}).get("id", ""))
        for target in item.get("to") or []:
            call.store.unassociate(from_kind, from_id, to_kind, str(target.get("id", "")))
    return 204, None


def _target(
    store: Store, from_kind: str, from_id: str, to_kind: str, object_id: str
) -> dict[str, Any]:
    types: list[dict[str, Any]] = [
        {"category": "HUBSPOT_DEFINED", "typeId": _pair(from_kind, to_kind)}
    ]
    names = store.labels(from_kind, from_id, to_kind, object_id)
    for type_id, label in catalog.LABELLED_TYPES.get((from_kind, to_kind), {}).items():
        if label in names:
            types.append({"category": "HUBSPOT_DEFINED", "typeId": type_id, "label": label})
    return {"toObjectId": int(object_id), "associationTypes": types}

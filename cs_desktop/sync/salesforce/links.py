"""Links as Salesforce holds them: reference fields and activity relations.

A record's company is a field of the record (a contact's or an opportunity's ``AccountId``,
an activity's ``WhatId``): a link writes it, an unlink clears it when it still names that
company (a move to another company may have written the new one first). An activity's
contacts are its ``WhoId`` and, beyond the first, ``TaskRelation`` / ``EventRelation`` rows
(orgs with Shared Activities): a link fills ``WhoId`` when it is empty, else adds a
relation; an unlink clears the one or deletes the other.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from cs_desktop.sync.adapter import CrmError, Kind, Link, WriteOp, WriteResult
from cs_desktop.sync.salesforce import reading, writes
from cs_desktop.sync.salesforce.api import BATCH_MAX, data_path
from cs_desktop.sync.salesforce.client import SalesforceClient, ok_json
from cs_desktop.sync.salesforce.mapping import ACCOUNT_FIELD, OBJECTS, WHO

RELATIONS = {"Task": ("TaskRelation", "TaskId"), "Event": ("EventRelation", "EventId")}


def link(client: SalesforceClient, links: list[Link]) -> list[WriteResult]:
    results: dict[str, WriteResult] = {}
    for (kind, to), items in _by_pair(links).items():
        obj = OBJECTS[kind]
        if to == "company":
            values = {item.from_id: item.to_id for item in items}
            results.update(_set_field(client, kind, ACCOUNT_FIELD[obj], items, values))
            continue
        current = _current(client, obj, WHO, [i.from_id for i in items])
        claimed: dict[str, str] = {}
        firsts: list[Link] = []
        related: list[Link] = []
        for item in items:
            if item.from_id not in current:
                results[item.op_id] = _missing(item)
            elif current[item.from_id] == item.to_id:
                results[item.op_id] = WriteResult(item.op_id, True, item.from_id)
            elif current[item.from_id] is None and item.from_id not in claimed:
                claimed[item.from_id] = item.to_id
                firsts.append(item)
            else:
                related.append(item)
        results.update(_set_field(client, kind, WHO, firsts, claimed))
        results.update(_relate(client, obj, related))
    return [results[item.op_id] for item in links]


def unlink(client: SalesforceClient, links: list[Link]) -> list[WriteResult]:
    results: dict[str, WriteResult] = {}
    for (kind, to), items in _by_pair(links).items():
        obj = OBJECTS[kind]
        field = ACCOUNT_FIELD[obj] if to == "company" else WHO
        current = _current(client, obj, field, [i.from_id for i in items])
        clearing = [i for i in items if current.get(i.from_id) == i.to_id]
        values: dict[str, str | None] = {i.from_id: None for i in clearing}
        results.update(_set_field(client, kind, field, clearing, values))
        others = [i for i in items if i not in clearing]
        if to == "contact":
            # With Shared Activities the first contact is among the relations too.
            _unrelate(client, obj, items)
        results.update((i.op_id, WriteResult(i.op_id, True, i.from_id)) for i in others)
    return [results[item.op_id] for item in links]


def read_links(
    client: SalesforceClient, kind: Kind, remote_ids: list[str], to: Kind
) -> dict[str, set[str]]:
    """Each record's linked companies (its reference field) or contacts (``WhoId`` and
    relations)."""
    obj = OBJECTS[kind]
    field = ACCOUNT_FIELD[obj] if to == "company" else WHO
    found: dict[str, set[str]] = {i: set() for i in remote_ids}
    for record_id, value in _current(client, obj, field, remote_ids).items():
        if value:
            found[record_id].add(value)
    if to == "contact" and obj in RELATIONS:
        for record_id, contact in _relations(client, obj, remote_ids):
            found.setdefault(record_id, set()).add(contact)
    return found


def inline_links(kind: Kind, items: list[dict[str, Any]]) -> dict[Kind, dict[str, set[str]]]:
    """The company links that came with queried records (their reference field)."""
    field = ACCOUNT_FIELD[OBJECTS[kind]]
    if not field:
        return {}
    return {"company": {str(i["Id"]): {str(i[field])} if i.get(field) else set() for i in items}}


def _by_pair(links: list[Link]) -> dict[tuple[Kind, Kind], list[Link]]:
    grouped: dict[tuple[Kind, Kind], list[Link]] = defaultdict(list)
    for item in links:
        grouped[(item.from_kind, item.to_kind)].append(item)
    return grouped


def _current(
    client: SalesforceClient, obj: str, field: str, ids: list[str]
) -> dict[str, str | None]:
    """Each existing record's value of a reference field (deleted records are left out)."""
    found: dict[str, str | None] = {}
    for start in range(0, len(ids), BATCH_MAX):
        chunk = ", ".join(f"'{reading.id_literal(i)}'" for i in ids[start : start + BATCH_MAX])
        soql = f"SELECT Id, {field} FROM {obj} WHERE Id IN ({chunk})"
        for item in reading.query_all(client, soql):
            value = item.get(field)
            found[str(item["Id"])] = None if value is None else str(value)
    return found


def _set_field(
    client: SalesforceClient,
    kind: Kind,
    field: str,
    items: list[Link],
    values: dict[str, str] | dict[str, str | None],
) -> dict[str, WriteResult]:
    """Write one reference field on the records of ``items``, one write per record."""
    ops = {
        item.from_id: WriteOp(item.op_id, "", {field: values.get(item.from_id)}, item.from_id)
        for item in items
    }
    if not ops:
        return {}
    outcome = dict(zip(ops, writes.update(client, kind, list(ops.values())), strict=True))
    return {
        item.op_id: WriteResult(
            item.op_id,
            outcome[item.from_id].ok,
            item.from_id,
            error=outcome[item.from_id].error,
            message=outcome[item.from_id].message,
        )
        for item in items
    }


def _relate(client: SalesforceClient, obj: str, items: list[Link]) -> dict[str, WriteResult]:
    if not items:
        return {}
    relation, parent = RELATIONS[obj]
    results: dict[str, WriteResult] = {}
    for start in range(0, len(items), BATCH_MAX):
        chunk = items[start : start + BATCH_MAX]
        records = [
            {"attributes": {"type": relation}, parent: i.from_id, "RelationId": i.to_id}
            for i in chunk
        ]
        response = client.request(
            "POST", data_path("composite/sobjects"), json={"allOrNone": False, "records": records}
        )
        answers = ok_json(response) if response.status_code < 400 else []
        for n, item in enumerate(chunk):
            answer = answers[n] if isinstance(answers, list) and n < len(answers) else {}
            codes = {str(e.get("statusCode")) for e in answer.get("errors") or []}
            if answer.get("success") or "DUPLICATE_VALUE" in codes:
                results[item.op_id] = WriteResult(item.op_id, True, item.from_id)
            elif codes & set(writes.GONE):
                results[item.op_id] = _missing(item)
            else:
                text = "; ".join(str(e.get("message")) for e in answer.get("errors") or [])
                results[item.op_id] = WriteResult(
                    item.op_id, False, error="invalid", message=text or str(response.status_code)
                )
    return results


def _relations(client: SalesforceClient, obj: str, ids: list[str]) -> list[tuple[str, str]]:
    """(activity, contact) pairs of the activities' relations; none where the org keeps no
    relations (Shared Activities off)."""
    relation, parent = RELATIONS[obj]
    pairs: list[tuple[str, str]] = []
    for start in range(0, len(ids), BATCH_MAX):
        chunk = ", ".join(f"'{reading.id_literal(i)}'" for i in ids[start : start + BATCH_MAX])
        soql = (
            f"SELECT {parent}, RelationId FROM {relation} "
            f"WHERE {parent} IN ({chunk}) AND IsWhat = false"
        )
        try:
            rows = reading.query_all(client, soql)
        except CrmError:
            if pairs or start:
                raise
            return []
        pairs.extend((str(r[parent]), str(r["RelationId"])) for r in rows if r.get("RelationId"))
    return pairs


def _unrelate(client: SalesforceClient, obj: str, items: list[Link]) -> None:
    relation, parent = RELATIONS[obj]
    wanted = {(i.from_id, i.to_id) for i in items}
    ids = sorted({i.from_id for i in items})
    chunk = ", ".join(f"'{reading.id_literal(i)}'" for i in ids)
    soql = f"SELECT Id, {parent}, RelationId FROM {relation} WHERE {parent} IN ({chunk})"
    try:
        rows = reading.query_all(client, soql)
    except CrmError:
        return  # no relations in this org: nothing to remove
    gone = [str(r["Id"]) for r in rows if (str(r[parent]), str(r.get("RelationId"))) in wanted]
    if gone:
        writes.delete(client, gone)


def _missing(item: Link) -> WriteResult:
    return WriteResult(item.op_id, False, error="not_found", message=item.from_id)

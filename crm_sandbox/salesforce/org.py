"""The sandbox org's data: custom fields, records (deleted ones in the recycle bin), and the
rules a write goes through; saved as JSON.

Callers hold :attr:`Org.lock` around every call. A record is the dict of its field values as
Salesforce answers them, system fields included (``Id``, ``SystemModstamp``, ``IsDeleted``).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crm_sandbox.clock import Clock
from crm_sandbox.salesforce.ids import make_id, normalise_id, parse_datetime, sf_datetime
from crm_sandbox.salesforce.schema import (
    ACTIVITY,
    ACTIVITY_OBJECTS,
    CUSTOM_FIELD_PREFIX,
    OBJECTS,
    PREFIXES,
    USER_PREFIX,
    FieldDef,
    FieldProblem,
    ToolingProblem,
    field_from_json,
    field_to_json,
)
from crm_sandbox.store import save_json

DATA_FILE = "crm-sandbox-salesforce.json"
FORMAT_VERSION = 1
USER_ID = make_id(USER_PREFIX, 1)
# Deleting a record deletes the records that point at it through these fields.
CASCADE_FIELDS = ("AccountId", "WhatId", "WhoId", "EventId", "TaskId", "RelationId")


class RecordProblem(Exception):
    """Why one record cannot be written: a per-record error of a collection, or the error
    list of a single-record request."""

    def __init__(self, status_code: str, message: str, fields: list[str] | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message
        self.fields = fields or []

    def as_error(self) -> dict[str, Any]:
        return {"statusCode": self.status_code, "message": self.message, "fields": self.fields}


@dataclass
class Plan:
    """A checked write, applied later (so that ``allOrNone`` can refuse all of them)."""

    type: str
    values: dict[str, Any]
    record: dict[str, Any] | None  # None: create


class Org:
    """Every record and custom field of the sandbox org, saved to ``data_dir`` when given."""

    def __init__(self, clock: Clock, data_dir: Path | None = None) -> None:
        self.lock = threading.RLock()
        self.clock = clock
        self.data_dir = data_dir
        self.identical_ms: int | None = None
        self.custom: dict[str, dict[str, FieldDef]] = {}
        self.records: dict[str, dict[str, dict[str, Any]]] = {}
        self.deleted_ms: dict[str, int] = {}
        self.deleted_with: dict[str, str] = {}  # child id -> the id whose deletion took it
        self.purged_ms: dict[str, int] = {}  # the recycle bin emptied, per object
        self.next_number = 1
        self.auth_state: dict[str, Any] = {}
        self.changes = 0
        self._unique: dict[tuple[str, str], dict[str, str]] = {}
        self._lookup: dict[str, dict[str, FieldDef]] = {}
        self.reset()
        if data_dir is not None and (data_dir / DATA_FILE).exists():
            self._load(data_dir / DATA_FILE)

    # -- lifecycle ---------------------------------------------------------------------------

    def reset(self) -> None:
        """An org as Salesforce gives it: standard objects, no custom fields, no records."""
        self.custom = {name: {} for name in OBJECTS}
        self.records = {name: {} for name in OBJECTS}
        self.deleted_ms = {}
        self.deleted_with = {}
        self.purged_ms = {}
        self.next_number = 1
        self.identical_ms = None
        self.auth_state = {}
        self.changes += 1
        self._unique = {}
        self._lookup = {}

    def save(self) -> None:
        if self.data_dir is None:
            return
        document = {
            "version": FORMAT_VERSION,
            "nextNumber": self.next_number,
            "custom": {
                name: [field_to_json(f) for f in defs.values()]
                for name, defs in self.custom.items()
            },
            "records": [
                {"type": kind, "values": values}
                for kind, records in self.records.items()
                for values in records.values()
            ],
            "deletedMs": self.deleted_ms,
            "deletedWith": self.deleted_with,
            "purgedMs": self.purged_ms,
            "auth": self.auth_state,
        }
        save_json(self.data_dir / DATA_FILE, document)

    def load(self, path: Path) -> None:
        """Add the org saved at ``path`` (a ``crm-sandbox-salesforce.json``, e.g. generated
        for a benchmark) to this one, without tying the org to that folder."""
        with self.lock:
            self._load(path)

    def _load(self, path: Path) -> None:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("version") != FORMAT_VERSION:
            raise ValueError(f"{path}: unknown sandbox data version {document.get('version')!r}")
        self.next_number = int(document["nextNumber"])
        for name, defs in document["custom"].items():
            self.custom[name] = {d["name"]: field_from_json(d) for d in defs}
        self.deleted_ms = {k: int(v) for k, v in document["deletedMs"].items()}
        self.deleted_with = dict(document.get("deletedWith", {}))
        self.purged_ms = {k: int(v) for k, v in document.get("purgedMs", {}).items()}
        for item in document["records"]:
            self.records[item["type"]][item["values"]["Id"]] = item["values"]
            if not item["values"]["IsDeleted"]:
                self._index(item["type"], item["values"])
        self.auth_state = document.get("auth", {})
        self.changes += 1

    # -- fields ------------------------------------------------------------------------------

    def fields(self, kind: str) -> dict[str, FieldDef]:
        return {**OBJECTS[kind].fields, **self.custom[kind]}

    def field(self, kind: str, name: str) -> FieldDef | None:
        """A field by name, matched case-insensitively as Salesforce does."""
        if kind not in self._lookup:
            self._lookup[kind] = {n.lower(): f for n, f in self.fields(kind).items()}
        return self._lookup[kind].get(name.lower())

    def add_custom_field(self, kind: str, definition: FieldDef) -> str:
        """Create a custom field (on Task and Event both for ``Activity``); its id (``00N``).

        Raises:
            ToolingProblem: DUPLICATE_DEVELOPER_NAME when the object has the field already.
        """
        targets = ACTIVITY_OBJECTS if kind == ACTIVITY else (kind,)
        if any(self.field(target, definition.name) is not None for target in targets):
            raise ToolingProblem(
                "DUPLICATE_DEVELOPER_NAME",
                f"There's already a field named {definition.name[:-3]} on {kind}.",
                ["FullName"],
            )
        for target in targets:
            self.custom[target][definition.name] = definition
            self._lookup.pop(target, None)
        self.changes += 1
        return self._new_id(CUSTOM_FIELD_PREFIX)

    # -- reads -------------------------------------------------------------------------------

    def get(self, record_id: str) -> tuple[str, dict[str, Any]] | None:
        """The object type and record of an id (15 or 18 characters), deleted ones too."""
        full = normalise_id(record_id)
        kind = PREFIXES.get(record_id[:3])
        if full is None or kind is None:
            return None
        record = self.records[kind].get(full)
        return None if record is None else (kind, record)

    def by_external_id(self, kind: str, name: str, value: Any) -> str | None:
        return self._unique.get((kind, name), {}).get(str(value).lower())

    # -- writes ------------------------------------------------------------------------------

    def stamp(self) -> int:
        return self.identical_ms if self.identical_ms is not None else self.clock.now_ms()

    def plan(self, kind: str, raw: dict[str, Any], record: dict[str, Any] | None = None) -> Plan:
        """Check a create (``record`` None) or an update of ``record`` with ``raw`` values.

        Raises:
            RecordProblem: the per-record error Salesforce gives for the first problem.
        """
        creating = record is None
        values: dict[str, Any] = {}
        for key, raw_value in raw.items():
            definition = self.field(kind, key)
            if definition is None:
                raise RecordProblem(
                    "INVALID_FIELD", f"No such column '{key}' on sobject of type {kind}", [key]
                )
            if not (definition.createable if creating else definition.updateable):
                raise RecordProblem(
                    "INVALID_FIELD_FOR_INSERT_UPDATE",
                    f"Unable to create/update fields: {definition.name}. Please check the "
                    "security settings of this field and verify that it is read/write for your "
                    "profile or permission set.",
                    [definition.name],
                )
            try:
                value = definition.clean(raw_value)
            except FieldProblem as problem:
                raise RecordProblem(
                    problem.status_code, problem.message, [definition.name]
                ) from None
            if value is not None and definition.type == "reference":
                self._check_reference(definition, value)
            values[definition.name] = value
        merged = {**(record or {}), **values}
        if creating:
            for definition in self.fields(kind).values():
                if definition.default is not None and merged.get(definition.name) is None:
                    values[definition.name] = merged[definition.name] = definition.default
        missing = [
            d.name for d in self.fields(kind).values() if d.required and merged.get(d.name) is None
        ]
        if kind == "Event":
            missing += _event_missing(merged)
        if missing:
            raise RecordProblem(
                "REQUIRED_FIELD_MISSING",
                f"Required fields are missing: [{', '.join(missing)}]",
                missing,
            )
        if kind == "Event":
            _check_event_times(merged)
        own_id = None if record is None else record["Id"]
        for definition in self.fields(kind).values():
            if not definition.unique or merged.get(definition.name) is None:
                continue
            holder = self.by_external_id(kind, definition.name, merged[definition.name])
            if holder is not None and holder != own_id:
                raise RecordProblem(
                    "DUPLICATE_VALUE",
                    f"duplicate value found: {definition.name} duplicates value on record with "
                    f"id: {holder}",
                )
        return Plan(kind, values, record)

    def _check_reference(self, definition: FieldDef, value: str) -> None:
        if value[:3] == USER_PREFIX and "User" in definition.referenceTo:
            return
        found = self.get(value)
        target = PREFIXES.get(value[:3])
        if target not in definition.referenceTo:
            raise RecordProblem(
                "FIELD_INTEGRITY_EXCEPTION",
                f"{definition.label}: id value of incorrect type: {value}",
                [definition.name],
            )
        if found is None:
            raise RecordProblem(
                "INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", [definition.name]
            )
        if found[1]["IsDeleted"]:
            raise RecordProblem("ENTITY_IS_DELETED", "entity is deleted", [definition.name])

    def apply(self, plan: Plan, *, bump: bool = True) -> dict[str, Any]:
        """Write a checked plan; the record as it now stands."""
        now = sf_datetime(self.stamp())
        if plan.record is None:
            record: dict[str, Any] = {
                "Id": self._new_id(OBJECTS[plan.type].prefix),
                "IsDeleted": False,
                "CreatedDate": now,
                "CreatedById": USER_ID,
                "LastModifiedDate": now,
                "LastModifiedById": USER_ID,
                "SystemModstamp": now,
            }
            if "OwnerId" in OBJECTS[plan.type].fields:
                record["OwnerId"] = USER_ID
            record.update(plan.values)
            self.records[plan.type][record["Id"]] = record
        else:
            record = plan.record
            self._unindex(plan.type, record)
            moved = {"StartDateTime", "DurationInMinutes"} & set(plan.values)
            if plan.type == "Event" and moved and "EndDateTime" not in plan.values:
                record["EndDateTime"] = None  # moves with the start, keeps the duration
            record.update(plan.values)
            if bump:
                record["LastModifiedDate"] = record["SystemModstamp"] = now
        _derive(plan.type, record)
        self._index(plan.type, record)
        self.changes += 1
        return record

    def restore(self, kind: str, record: dict[str, Any], before: dict[str, Any] | None) -> None:
        """Take a write back: remove a created record, or put back an updated one's values."""
        self._unindex(kind, record)
        if before is None:
            self.records[kind].pop(record["Id"], None)
        else:
            record.clear()
            record.update(before)
            self._index(kind, record)
        self.changes += 1

    def touch(self, kind: str, record: dict[str, Any]) -> None:
        """A change the system makes (a recalculation, a sharing change): ``SystemModstamp``
        moves, ``LastModifiedDate`` does not."""
        record["SystemModstamp"] = sf_datetime(self.stamp())
        self.changes += 1

    def delete(self, kind: str, record: dict[str, Any], *, bump: bool = True) -> list[str]:
        """Move a record, and the records that depend on it, to the recycle bin; their ids."""
        now_ms = self.stamp()
        gone = [record["Id"]]
        self._bin(kind, record, now_ms, bump=bump)
        for child_kind, child in self._dependants(record["Id"]):
            self.deleted_with[child["Id"]] = record["Id"]
            gone += self.delete(child_kind, child, bump=bump)
        return gone

    def _bin(self, kind: str, record: dict[str, Any], now_ms: int, *, bump: bool) -> None:
        self._unindex(kind, record)
        record["IsDeleted"] = True
        if bump:
            record["SystemModstamp"] = sf_datetime(now_ms)
        self.deleted_ms[record["Id"]] = now_ms
        self.changes += 1

    def _dependants(self, record_id: str) -> Iterable[tuple[str, dict[str, Any]]]:
        for kind, records in self.records.items():
            for child in records.values():
                if not child["IsDeleted"] and any(
                    child.get(name) == record_id for name in CASCADE_FIELDS
                ):
                    yield kind, child

    def undelete(self, kind: str, record: dict[str, Any], *, bump: bool = True) -> None:
        """Take a record, and what its deletion took with it, out of the recycle bin.

        Raises:
            RecordProblem: when a unique value of it is taken by now.
        """
        self.plan(kind, {}, record)  # unique values still free
        record["IsDeleted"] = False
        if bump:
            record["SystemModstamp"] = sf_datetime(self.stamp())
        self.deleted_ms.pop(record["Id"], None)
        self._index(kind, record)
        self.changes += 1
        for child_id, parent in list(self.deleted_with.items()):
            if parent == record["Id"]:
                del self.deleted_with[child_id]
                found = self.get(child_id)
                if found is not None and found[1]["IsDeleted"]:
                    self.undelete(found[0], found[1], bump=bump)

    def purge(self, kind: str) -> None:
        """Empty the recycle bin of ``kind``: its deletions can no longer be listed."""
        for record_id in [r for r, rec in self.records[kind].items() if rec["IsDeleted"]]:
            del self.records[kind][record_id]
            self.deleted_ms.pop(record_id, None)
        self.purged_ms[kind] = self.clock.now_ms()
        self.changes += 1

    # -- helpers -----------------------------------------------------------------------------

    def _new_id(self, prefix: str) -> str:
        number = self.next_number
        self.next_number += 1
        return make_id(prefix, number)

    def _index(self, kind: str, record: dict[str, Any]) -> None:
        for name, definition in self.custom[kind].items():
            if definition.unique and record.get(name) is not None:
                self._unique.setdefault((kind, name), {})[str(record[name]).lower()] = record["Id"]

    def _unindex(self, kind: str, record: dict[str, Any]) -> None:
        for name, definition in self.custom[kind].items():
            if definition.unique and record.get(name) is not None:
                self._unique.get((kind, name), {}).pop(str(record[name]).lower(), None)


def _event_missing(values: dict[str, Any]) -> list[str]:
    missing = []
    if values.get("StartDateTime") is None and values.get("ActivityDateTime") is None:
        missing.append("ActivityDateTime")
    if values.get("EndDateTime") is None and values.get("DurationInMinutes") is None:
        missing.append("DurationInMinutes")
    return missing


def _check_event_times(values: dict[str, Any]) -> None:
    start = values.get("StartDateTime") or values.get("ActivityDateTime")
    end = values.get("EndDateTime")
    if start and end and parse_datetime(end) < parse_datetime(start):
        raise RecordProblem(
            "FIELD_INTEGRITY_EXCEPTION",
            "End Date Time: You can't enter an end date/time earlier than the start date/time.",
            ["EndDateTime"],
        )


def _derive(kind: str, record: dict[str, Any]) -> None:
    """The fields Salesforce computes from others."""
    if kind == "Contact":
        parts = [record.get("FirstName"), record.get("LastName")]
        record["Name"] = " ".join(p for p in parts if p)
    elif kind == "Opportunity":
        stage = record.get("StageName")
        record["IsClosed"] = stage in ("Closed Won", "Closed Lost")
        record["IsWon"] = stage == "Closed Won"
    elif kind == "Task":
        record["IsClosed"] = record.get("Status") == "Completed"
        if record["IsClosed"] and not record.get("CompletedDateTime"):
            record["CompletedDateTime"] = record["LastModifiedDate"]
        elif not record["IsClosed"]:
            record["CompletedDateTime"] = None
    elif kind == "Event":
        start = str(record.get("StartDateTime") or record.get("ActivityDateTime"))
        record["StartDateTime"] = record["ActivityDateTime"] = start
        start_ms = parse_datetime(start)
        if record.get("EndDateTime") is None:
            record["EndDateTime"] = sf_datetime(
                start_ms + int(record["DurationInMinutes"]) * 60_000
            )
        record["DurationInMinutes"] = (parse_datetime(record["EndDateTime"]) - start_ms) // 60_000
        record["ActivityDate"] = start[:10]
    elif kind in ("EventRelation", "TaskRelation"):
        record["IsWhat"] = str(record.get("RelationId", ""))[:3] == OBJECTS["Account"].prefix

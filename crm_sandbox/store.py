"""The sandbox portal's data: property definitions, records, associations; saved as JSON.

Callers hold :attr:`Store.lock` around every call, so one request sees and leaves a consistent
portal. Ids are numeric strings handed out in order; timestamps are epoch milliseconds inside and
ISO-8601 UTC outside.
"""

from __future__ import annotations

import bisect
import json
import math
import os
import tempfile
import threading
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_sandbox import catalog, pipelines
from crm_sandbox.clock import Clock, iso, parse_instant
from crm_sandbox.errors import ApiError

DATA_FILE = "crm-sandbox.json"
FORMAT_VERSION = 1
FIRST_ID = 1001
# How far back a search may need to look to honour a lag; older snapshots are dropped.
_MAX_LAG_MS = 3_600_000
# Past this share of a kind's records written since its order was built, sort it again.
_REFILE_SHARE = 8


@dataclass
class Snapshot:
    """What the search index holds for a record since ``at`` (``None`` values: not indexed)."""

    at: int
    properties: dict[str, str] | None
    updated_ms: int


@dataclass
class Record:
    id: str
    kind: str
    properties: dict[str, str]
    created_ms: int
    updated_ms: int
    archived_ms: int | None = None
    index: list[Snapshot] = field(default_factory=list)

    @property
    def archived(self) -> bool:
        return self.archived_ms is not None

    def system_properties(self) -> dict[str, str]:
        """Values the portal maintains itself; never stored, always derived."""
        values = {
            "hs_object_id": self.id,
            catalog.created_property(self.kind): iso(self.created_ms),
            "hs_lastmodifieddate": iso(self.updated_ms),
        }
        if self.kind == "contacts":
            values["lastmodifieddate"] = iso(self.updated_ms)
        return values

    def all_properties(self) -> dict[str, str]:
        return {**self.properties, **self.system_properties()}


def save_json(path: Path, document: Any) -> None:
    """Write ``document`` to ``path`` atomically: a crash leaves the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".crm-sandbox.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(document, out, ensure_ascii=False)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class Store:
    """Every record of the sandbox portal, in memory, saved to ``data_dir`` when given."""

    def __init__(self, clock: Clock, data_dir: Path | None = None) -> None:
        self.lock = threading.RLock()
        self.clock = clock
        self.data_dir = data_dir
        self.identical_ms: int | None = None
        self.properties: dict[str, dict[str, dict[str, Any]]] = {}
        self.records: dict[str, dict[str, Record]] = {}
        self.pipelines: dict[str, list[dict[str, Any]]] = {}
        self.links: set[tuple[str, str, str, str]] = set()
        self.link_labels: dict[tuple[str, str, str, str], set[str]] = {}  # beyond the default
        self.next_id = FIRST_ID
        self.auth_state: dict[str, Any] = {}
        self.changes = 0  # counts every change of records, links or properties
        self._unique: dict[tuple[str, str], dict[str, str]] = {}
        self._emails: dict[str, str] = {}  # active contacts by email, lower case
        self._linked: dict[tuple[str, str], set[tuple[str, str]]] = {}
        self._indexed_ms: dict[str, int] = {}
        self._recent: dict[str, deque[tuple[int, str]]] = {}  # (indexed at, id), per kind
        self._by_modified: dict[str, _Ordered] = {}
        self._moved: dict[str, set[str]] = {}  # ids written since their kind's list was built
        self._id_order: dict[str, list[int]] = {}  # each kind's ids, ascending, for list pages
        self.reset()
        if data_dir is not None and (data_dir / DATA_FILE).exists():
            self._load(data_dir / DATA_FILE)

    # -- lifecycle ---------------------------------------------------------------------------

    def reset(self, *, with_csm_schema: bool = True) -> None:
        """An empty portal; with the app's custom properties unless asked for a bare one."""
        self.properties = {}
        for kind in catalog.OBJECT_TYPES:
            props = catalog.built_in_properties(kind)
            if with_csm_schema:
                props += catalog.csm_properties()
            now = iso(self.clock.now_ms())
            for prop in props:
                prop.update(createdAt=now, updatedAt=now, archived=False)
            self.properties[kind] = {prop["name"]: prop for prop in props}
        self.records = {kind: {} for kind in catalog.OBJECT_TYPES}
        self.pipelines = pipelines.default_pipelines(self.clock.now_ms())
        self.links = set()
        self.link_labels = {}
        self.next_id = FIRST_ID
        self.identical_ms = None
        self.auth_state = {}
        self.changes += 1
        self._unique = {}
        self._emails = {}
        self._linked = {}
        self._indexed_ms = {}
        self._recent = {}
        self._by_modified = {}
        self._moved = {}
        self._id_order = {}

    def save(self) -> None:
        """Write the portal to ``data_dir`` atomically: a crash leaves the old or the new file."""
        if self.data_dir is None:
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        document = {
            "version": FORMAT_VERSION,
            "nextId": self.next_id,
            "properties": self.properties,
            "records": [
                {
                    "id": r.id,
                    "kind": r.kind,
                    "properties": r.properties,
                    "createdMs": r.created_ms,
                    "updatedMs": r.updated_ms,
                    "archivedMs": r.archived_ms,
                }
                for kind in self.records.values()
                for r in kind.values()
            ],
            "links": sorted(self.links),
            "linkLabels": [[*link, sorted(names)] for link, names in self.link_labels.items()],
            "pipelines": self.pipelines,
            "auth": self.auth_state,
        }
        save_json(self.data_dir / DATA_FILE, document)

    def load(self, path: Path) -> None:
        """Add the portal saved at ``path`` (a ``crm-sandbox.json``, e.g. generated for a
        benchmark) to this one, without tying the store to that folder."""
        with self.lock:
            self._load(path)

    def _load(self, path: Path) -> None:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("version") != FORMAT_VERSION:
            raise ValueError(f"{path}: unknown sandbox data version {document.get('version')!r}")
        self.next_id = int(document["nextId"])
        self.properties.update(document["properties"])
        for item in document["records"]:
            record = Record(
                id=item["id"],
                kind=item["kind"],
                properties=item["properties"],
                created_ms=item["createdMs"],
                updated_ms=item["updatedMs"],
                archived_ms=item["archivedMs"],
            )
            # A restarted portal has caught up its search index.
            visible = None if record.archived else dict(record.properties)
            record.index = [Snapshot(0, visible, record.updated_ms)]
            self.records[record.kind][record.id] = record
            if not record.archived:
                self._index_unique(record)
        for a_kind, a_id, b_kind, b_id in document["links"]:
            self.associate(a_kind, a_id, b_kind, b_id)
        for a_kind, a_id, b_kind, b_id, names in document.get("linkLabels", []):
            self.link_labels[(a_kind, a_id, b_kind, b_id)] = set(names)
        self.auth_state = document.get("auth", {})
        self.pipelines.update(document.get("pipelines", {}))
        self.changes += 1
        self._by_modified = {}
        self._moved = {}
        self._id_order = {}

    # -- properties --------------------------------------------------------------------------

    def property_defs(self, kind: str) -> dict[str, dict[str, Any]]:
        return self.properties[kind]

    def create_property(self, kind: str, body: dict[str, Any]) -> dict[str, Any]:
        """Define a custom property (schema ``PropertyCreate``).

        Raises:
            ApiError: 409 when the name exists, 400 when the definition is incomplete.
        """
        missing = [
            key for key in ("name", "label", "type", "fieldType", "groupName") if not body.get(key)
        ]
        if missing:
            raise _invalid(f"Missing required fields: {', '.join(missing)}", "REQUIRED_FIELD")
        name = str(body["name"])
        if name in self.properties[kind]:
            raise ApiError(
                409,
                "OBJECT_ALREADY_EXISTS",
                f"Property named '{name}' already exists.",
                extra={"subCategory": "PropertyValidationError.PROPERTY_EXISTS"},
            )
        if body["type"] not in (
            "bool",
            "date",
            "datetime",
            "enumeration",
            "number",
            "phone_number",
            "string",
        ):
            raise _invalid(f"Unknown property type {body['type']!r}", "INVALID_TYPE", "type")
        options = body.get("options") or []
        if body["type"] == "enumeration" and not options:
            raise _invalid("Enumeration properties need options", "OPTIONS_REQUIRED", "options")
        now = iso(self.clock.now_ms())
        definition: dict[str, Any] = {
            "name": name,
            "label": body["label"],
            "type": body["type"],
            "fieldType": body["fieldType"],
            "groupName": body["groupName"],
            "description": body.get("description", ""),
            "options": [
                {
                    "label": o["label"],
                    "value": o["value"],
                    "hidden": bool(o.get("hidden", False)),
                    "displayOrder": int(o.get("displayOrder", i)),
                }
                for i, o in enumerate(options)
            ],
            "hasUniqueValue": bool(body.get("hasUniqueValue", False)),
            "hidden": bool(body.get("hidden", False)),
            "formField": bool(body.get("formField", False)),
            "calculated": False,
            "externalOptions": False,
            "hubspotDefined": False,
            "modificationMetadata": {
                "archivable": True,
                "readOnlyDefinition": False,
                "readOnlyValue": False,
            },
            "createdAt": now,
            "updatedAt": now,
            "archived": False,
        }
        self.properties[kind][name] = definition
        self.changes += 1
        return definition

    def unique_properties(self, kind: str) -> list[str]:
        return [n for n, p in self.properties[kind].items() if p.get("hasUniqueValue")]

    # -- values ------------------------------------------------------------------------------

    def clean_values(self, kind: str, values: Any) -> dict[str, str]:
        """Check values against the property definitions and normalise them to strings.

        ``""`` (or null) stays ``""``: it clears the value when applied.

        Raises:
            ApiError: 400 VALIDATION_ERROR listing every bad property.
        """
        if not isinstance(values, dict):
            raise _invalid("properties must be an object of property values", "INVALID_INPUT")
        defs = self.properties[kind]
        details: list[dict[str, Any]] = []
        cleaned: dict[str, str] = {}
        for name, raw in values.items():
            definition = defs.get(name)
            if definition is None:
                details.append(
                    _detail(f'Property "{name}" does not exist', "PROPERTY_DOESNT_EXIST", name)
                )
                continue
            if definition["modificationMetadata"]["readOnlyValue"]:
                details.append(
                    _detail(
                        f'"{name}" is a read only property; its value cannot be set.',
                        "READ_ONLY_VALUE",
                        name,
                    )
                )
                continue
            value = "" if raw is None else (str(raw).lower() if isinstance(raw, bool) else str(raw))
            if kind in pipelines.KINDS and name in ("pipeline", "dealstage"):
                problem = self._check_stage(kind, name, value, values)
            else:
                problem = _check_value(definition, value)
            if problem:
                details.append(_detail(problem[0], problem[1], name))
                continue
            cleaned[name] = _normalise(definition, value)
        if details:
            raise ApiError(
                400, "VALIDATION_ERROR", "Property values were not valid", details=details
            )
        return cleaned

    def _check_stage(
        self, kind: str, name: str, value: str, values: dict[str, Any]
    ) -> tuple[str, str] | None:
        if not value:
            return None
        chosen = str(values.get("pipeline") or "") or None
        wrong = (
            pipelines.check_stage(self.pipelines[kind], value, None)
            if name == "pipeline"
            else pipelines.check_stage(self.pipelines[kind], chosen, value)
        )
        return None if wrong is None else (wrong, "INVALID_OPTION")

    def create_pipeline(self, kind: str, body: Any) -> dict[str, Any]:
        created = pipelines.create(self.pipelines[kind], body, self.next_id, self.clock.now_ms())
        self.next_id += len(created["stages"]) + 1
        self.changes += 1
        return created

    def unique_clash(self, kind: str, values: dict[str, str], own_id: str | None) -> str | None:
        """The id of another active record already holding one of ``values``' unique values."""
        for name in self.unique_properties(kind):
            value = values.get(name)
            if value:
                holder = self._unique.get((kind, name), {}).get(value)
                if holder is not None and holder != own_id:
                    return holder
        return None

    # -- records -----------------------------------------------------------------------------

    def stamp(self) -> int:
        """The modification time of a write: now, or the pinned instant when timestamps are
        made identical on purpose."""
        return self.identical_ms if self.identical_ms is not None else self.clock.now_ms()

    def create(self, kind: str, values: dict[str, str]) -> Record:
        """Create a record from values already passed through :meth:`clean_values`.

        Raises:
            ApiError: 409 CONFLICT when a unique value is taken.
        """
        self._refuse_clash(kind, values, None)
        now = self.stamp()
        record = Record(
            id=str(self.next_id),
            kind=kind,
            properties={k: v for k, v in values.items() if v != ""},
            created_ms=now,
            updated_ms=now,
        )
        self.next_id += 1
        self.records[kind][record.id] = record
        order = self._id_order.get(kind)
        if order is not None:
            if order and order[-1] > int(record.id):
                del self._id_order[kind]  # ids from a loaded portal ran ahead: sort again
            else:
                order.append(int(record.id))
        self._index_unique(record)
        self._reindex(record)
        return record

    def page_by_id(self, kind: str, after: int, limit: int, *, archived: bool) -> list[Record]:
        """Up to ``limit`` records with an id of at least ``after``, ascending, archived or
        not: a list page, found by bisecting instead of sorting the kind for every page."""
        order = self._id_order.get(kind)
        if order is None:
            order = self._id_order[kind] = sorted(int(i) for i in self.records[kind])
        records = self.records[kind]
        found: list[Record] = []
        for record_id in order[bisect.bisect_left(order, after) :]:
            record = records[str(record_id)]
            if record.archived == archived:
                found.append(record)
                if len(found) == limit:
                    break
        return found

    def update(self, record: Record, values: dict[str, str], *, bump: bool = True) -> None:
        """Overwrite the given values (``""`` clears one); ``bump=False`` leaves the
        modification date as it was (a silent remote change).

        Raises:
            ApiError: 409 CONFLICT when a unique value is taken.
        """
        self._refuse_clash(record.kind, values, record.id)
        self._unindex_unique(record)
        for name, value in values.items():
            if value == "":
                record.properties.pop(name, None)
            else:
                record.properties[name] = value
        if bump:
            record.updated_ms = max(self.stamp(), record.created_ms)
        self._index_unique(record)
        self._reindex(record)

    def archive(self, record: Record, *, bump: bool = True) -> None:
        if record.archived:
            return
        now = self.clock.now_ms()
        record.archived_ms = now
        if bump:
            record.updated_ms = max(self.stamp(), record.created_ms)
        # An archived record gives its unique values back, so the id can be used again.
        self._unindex_unique(record)
        self._reindex(record)

    def restore(self, record: Record, *, bump: bool = True) -> None:
        if not record.archived:
            return
        self._refuse_clash(record.kind, record.properties, record.id)
        record.archived_ms = None
        if bump:
            record.updated_ms = max(self.stamp(), record.created_ms)
        self._index_unique(record)
        self._reindex(record)

    def find(
        self, kind: str, key: str, *, id_property: str | None = None, archived: bool = False
    ) -> Record | None:
        """The record with id ``key`` (or unique ``id_property`` = ``key``), archived or not as
        asked.

        Raises:
            ApiError: 400 when ``id_property`` is not a unique property.
        """
        if id_property and id_property != "hs_object_id":
            if id_property not in self.unique_properties(kind):
                raise _invalid(
                    f"Unable to perform update/upsert by non-unique {id_property} property",
                    "INVALID_ID_PROPERTY",
                    "idProperty",
                )
            if not archived:
                found = self._unique.get((kind, id_property), {}).get(key)
                return self.records[kind].get(found) if found else None
            for candidate in self.records[kind].values():
                if candidate.archived and candidate.properties.get(id_property) == key:
                    return candidate
            return None
        record = self.records[kind].get(key)
        if record is None or record.archived != archived:
            return None
        return record

    def output(
        self, record: Record, wanted: list[str] | None, *, snapshot: Snapshot | None = None
    ) -> dict[str, Any]:
        """The record as a ``SimplePublicObject``: the wanted properties that have a value,
        plus the id and dates, which HubSpot always returns."""
        stored = (
            snapshot.properties
            if snapshot and snapshot.properties is not None
            else record.properties
        )
        updated = snapshot.updated_ms if snapshot else record.updated_ms
        system = record.system_properties()
        modified = catalog.modified_property(record.kind)
        system["hs_lastmodifieddate"] = iso(updated)
        system[modified] = iso(updated)
        values = {**stored, **system}
        names = wanted if wanted is not None else list(catalog.DEFAULT_PROPERTIES[record.kind])
        chosen = {n: values[n] for n in names if n in values}
        for name in (
            "hs_object_id",
            catalog.created_property(record.kind),
            "hs_lastmodifieddate",
            modified,
        ):
            chosen[name] = system[name]
        body: dict[str, Any] = {
            "id": record.id,
            "properties": chosen,
            "createdAt": iso(record.created_ms),
            "updatedAt": iso(updated),
            "archived": record.archived,
        }
        if record.archived_ms is not None:
            body["archivedAt"] = iso(record.archived_ms)
        return body

    # -- search index (lag) ------------------------------------------------------------------

    def _reindex(self, record: Record) -> None:
        now = self.clock.now_ms()
        self.changes += 1
        self._indexed_ms[record.kind] = max(now, self._indexed_ms.get(record.kind, now))
        recent = self._recent.setdefault(record.kind, deque())
        recent.append((now, record.id))
        while recent and recent[0][0] <= now - _MAX_LAG_MS:
            recent.popleft()
        if record.kind in self._by_modified:
            self._moved.setdefault(record.kind, set()).add(record.id)
        visible = None if record.archived else dict(record.properties)
        record.index.append(Snapshot(now, visible, record.updated_ms))
        # Keep one snapshot older than the longest lag: it is what a lagging search shows.
        horizon = now - _MAX_LAG_MS
        while len(record.index) > 1 and record.index[1].at <= horizon:
            record.index.pop(0)

    @staticmethod
    def indexed(record: Record, as_of: int) -> Snapshot | None:
        """What search sees of ``record`` at ``as_of``: the last snapshot written by then."""
        seen = None
        for snapshot in record.index:
            if snapshot.at <= as_of:
                seen = snapshot
        return seen if seen is not None and seen.properties is not None else None

    def current_as_of(self, kind: str, as_of: int) -> bool:
        """True when search at ``as_of`` sees every record of ``kind`` as it is now."""
        return self._indexed_ms.get(kind, 0) <= as_of

    def written_after(self, kind: str, as_of: int) -> set[str]:
        """Ids of the records of ``kind`` indexed after ``as_of`` (within the longest lag):
        those a lagging search sees as they were, not as they are."""
        return {i for at, i in reversed(self._recent.get(kind, ())) if at > as_of}

    def by_modified(self, kind: str) -> tuple[list[int], list[Record]]:
        """The active records of ``kind`` ordered by modification time, then id, with those
        times: the order the sync's searches ask for, kept until the next change."""
        ordered = self._by_modified.get(kind)
        moved = self._moved.pop(kind, set())
        if ordered is None or len(moved) > len(ordered.records) // _REFILE_SHARE:
            active = (r for r in self.records[kind].values() if not r.archived)
            ordered = self._by_modified[kind] = _Ordered.of(active)
        else:
            for record_id in moved:
                ordered.refile(self.records[kind][record_id])
        return ordered.times, ordered.records

    def modified_between(self, kind: str, low: int, high: int) -> list[Record]:
        """The active records of ``kind`` modified from ``low`` to ``high`` (ms, inclusive),
        in :meth:`by_modified` order."""
        times, records = self.by_modified(kind)
        return records[bisect.bisect_left(times, low) : bisect.bisect_right(times, high)]

    # -- associations ------------------------------------------------------------------------

    def associate(self, from_kind: str, from_id: str, to_kind: str, to_id: str) -> bool:
        """Link two records (idempotent); True when the link is new."""
        link = _link(from_kind, from_id, to_kind, to_id)
        new = link not in self.links
        if new:
            self.links.add(link)
            self._linked.setdefault((from_kind, from_id), set()).add((to_kind, to_id))
            self._linked.setdefault((to_kind, to_id), set()).add((from_kind, from_id))
            self.changes += 1
        return new

    def unassociate(self, from_kind: str, from_id: str, to_kind: str, to_id: str) -> bool:
        link = _link(from_kind, from_id, to_kind, to_id)
        present = link in self.links
        if present:
            self.links.discard(link)
            self.link_labels.pop(link, None)
            self._linked[(from_kind, from_id)].discard((to_kind, to_id))
            self._linked[(to_kind, to_id)].discard((from_kind, from_id))
            self.changes += 1
        return present

    def add_label(self, from_kind: str, from_id: str, to_kind: str, to_id: str, name: str) -> None:
        """Label an existing link (``Primary``...); a link carries each label once."""
        link = _link(from_kind, from_id, to_kind, to_id)
        names = self.link_labels.setdefault(link, set())
        if name not in names:
            names.add(name)
            self.changes += 1

    def labels(self, from_kind: str, from_id: str, to_kind: str, to_id: str) -> set[str]:
        return self.link_labels.get(_link(from_kind, from_id, to_kind, to_id), set())

    def linked(self, from_kind: str, from_id: str, to_kind: str) -> list[str]:
        """Ids of the active ``to_kind`` records linked to one record, in id order."""
        found = []
        for kind, other in self._linked.get((from_kind, from_id), ()):
            if kind != to_kind:
                continue
            target = self.records[to_kind].get(other)
            if target is not None and not target.archived:
                found.append(other)
        return sorted(found, key=int)

    # -- helpers -----------------------------------------------------------------------------

    def contact_with_email(self, email: str) -> str | None:
        """The id of the active contact with ``email`` (compared as HubSpot does: without
        case or surrounding spaces), if any."""
        return self._emails.get(email.strip().lower()) if email.strip() else None

    def _refuse_clash(self, kind: str, values: dict[str, str], own_id: str | None) -> None:
        if kind == "contacts":
            # HubSpot keeps one contact per email address [research notes §4].
            holder = self.contact_with_email(values.get("email") or "")
            if holder is not None and holder != own_id:
                raise contact_exists(holder)
        holder = self.unique_clash(kind, values, own_id)
        if holder is not None:
            raise ApiError(
                409,
                "CONFLICT",
                f"A {kind} record with that unique value already exists. Existing ID: {holder}",
                details=[{"message": f"Existing ID: {holder}", "code": "DUPLICATE_UNIQUE_VALUE"}],
            )

    def _index_unique(self, record: Record) -> None:
        email = record.properties.get("email", "").strip().lower()
        if record.kind == "contacts" and email:
            self._emails[email] = record.id
        for name in self.unique_properties(record.kind):
            value = record.properties.get(name)
            if value:
                self._unique.setdefault((record.kind, name), {})[value] = record.id

    def _unindex_unique(self, record: Record) -> None:
        email = record.properties.get("email", "").strip().lower()
        if record.kind == "contacts" and self._emails.get(email) == record.id:
            del self._emails[email]
        for name in self.unique_properties(record.kind):
            value = record.properties.get(name)
            index = self._unique.get((record.kind, name), {})
            if value and index.get(value) == record.id:
                del index[value]


def contact_exists(existing_id: str) -> ApiError:
    """HubSpot's answer to a second contact with an email already taken: the existing
    contact's id is only in the message (hubspot-api-php#59)."""
    return ApiError(409, "CONFLICT", f"Contact already exists. Existing ID: {existing_id}")


def _modified_order(record: Record) -> tuple[int, int]:
    return (record.updated_ms, int(record.id))


@dataclass
class _Ordered:
    """A kind's active records in :func:`_modified_order`, kept up to date record by record:
    a write moves one record (two bisections) instead of sorting the kind again."""

    keys: list[tuple[int, int]]
    times: list[int]
    records: list[Record]
    filed: dict[str, tuple[int, int]]  # the key each record is filed under

    @classmethod
    def of(cls, records: Iterable[Record]) -> _Ordered:
        listed = sorted(records, key=_modified_order)
        keys = [(r.updated_ms, int(r.id)) for r in listed]
        times = [r.updated_ms for r in listed]
        return cls(keys, times, listed, dict(zip([r.id for r in listed], keys, strict=True)))

    def refile(self, record: Record) -> None:
        """Move ``record`` to where it belongs now (out, if archived)."""
        old = self.filed.pop(record.id, None)
        if old is not None:
            at = bisect.bisect_left(self.keys, old)
            del self.keys[at], self.times[at], self.records[at]
        if record.archived:
            return
        key = _modified_order(record)
        at = bisect.bisect_left(self.keys, key)
        self.keys.insert(at, key)
        self.times.insert(at, key[0])
        self.records.insert(at, record)
        self.filed[record.id] = key


def _link(from_kind: str, from_id: str, to_kind: str, to_id: str) -> tuple[str, str, str, str]:
    # One link, whichever end names it first.
    if (from_kind, from_id) <= (to_kind, to_id):
        return (from_kind, from_id, to_kind, to_id)
    return (to_kind, to_id, from_kind, from_id)


def _detail(message: str, code: str, name: str) -> dict[str, Any]:
    return {"message": message, "code": code, "in": name}


def _invalid(message: str, code: str, field: str = "") -> ApiError:
    details = [_detail(message, code, field)] if field else [{"message": message, "code": code}]
    return ApiError(400, "VALIDATION_ERROR", message, details=details)


def _check_value(definition: dict[str, Any], value: str) -> tuple[str, str] | None:
    if value == "":
        return None
    kind = definition["type"]
    name = definition["name"]
    if kind == "enumeration":
        allowed = {o["value"] for o in definition["options"]}
        if value not in allowed:
            return (
                f"{value} was not one of the allowed options: {sorted(allowed)}",
                "INVALID_OPTION",
            )
    elif kind == "number":
        try:
            number = float(value)
        except ValueError:
            return (f"{value} is not a valid number for {name}", "INVALID_FLOAT")
        if not math.isfinite(number):
            return (f"{value} is not a valid number for {name}", "INVALID_FLOAT")
    elif kind in ("date", "datetime"):
        try:
            parse_instant(value)
        except ValueError:
            return (f"{value} is not a valid date for {name}", "INVALID_DATE")
    elif kind == "bool" and value not in ("true", "false"):
        return (f"{value} is not a valid boolean for {name}", "INVALID_BOOLEAN")
    return None


def _normalise(definition: dict[str, Any], value: str) -> str:
    if value and definition["type"] in ("date", "datetime"):
        return iso(parse_instant(value))
    return value

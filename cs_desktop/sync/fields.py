"""Which local fields sync, as canonical strings, and how they map onto the domain rows.

Who writes each CRM property (HubSpot names in :data:`.hubspot.mapping.PROPERTIES`): one
owner per value, so that a sync after the last edit writes nothing.

- **Fields a person edits** (:data:`FIELDS`: a company's name, domain and stage, a contact's
  name, title, email and phone, an engagement's title, body and time; and the links between
  records): any store, when its user edits them, and anyone working in the CRM. Both sides
  may change them; the three-way merge takes whichever side changed and holds a field both
  changed differently as a conflict for the user (:mod:`.merge`).
- **The health score** (``csm_health_score``): the app computes it, so only a store that
  computed a score from data it holds writes it, and only when that score moved since it last
  computed one (:mod:`.scores`). A store with no score (no health samples) sends nothing,
  never an empty value; the CRM's score is not taken as a store's own and never conflicts
  (:data:`.merge.COMPUTED_FIELDS`). Two stores with different data settle on the score of the
  one whose score moved last.
- **The app's record id** (``csm_local_id``): set once, by the store that created the record,
  as the key of its create; never changed after.
- **The CRM's own** (``hs_object_id``, ``createdate``, ``hs_lastmodifieddate``): read only.

For every property, a value equal to what the CRM holds is never sent: the push compares each
update with the record it reads just before (:func:`.push._merge_before_update`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from cs_desktop.models import Account, Stage, Stakeholder, Touchpoint, TouchpointKind
from cs_desktop.sync.adapter import Kind
from cs_desktop.sync.merge import Value
from cs_desktop.sync.state import Entity

FIELDS: dict[Entity, tuple[str, ...]] = {
    Entity.COMPANY: ("name", "domain", "stage"),
    Entity.CONTACT: ("name", "title", "email", "phone"),
    Entity.TOUCHPOINT: ("title", "notes", "occurred_at"),
}
MODELS: dict[Entity, type[Account] | type[Stakeholder] | type[Touchpoint]] = {
    Entity.COMPANY: Account,
    Entity.CONTACT: Stakeholder,
    Entity.TOUCHPOINT: Touchpoint,
}
ENTITY_OF: dict[type[Any], Entity] = {model: entity for entity, model in MODELS.items()}
# Prose: shown side by side in a conflict, never combined (see merge.merge_fields).
TEXT_FIELDS = frozenset({"notes"})

_ENGAGEMENT: dict[TouchpointKind, Kind] = {
    TouchpointKind.CALL: "call",
    TouchpointKind.EMAIL: "email",
    TouchpointKind.MEETING: "meeting",
    TouchpointKind.QBR: "meeting",
    TouchpointKind.ONSITE_VISIT: "meeting",
}


# Engagements made in the CRM: each becomes the touchpoint kind of the same name.
_TOUCHPOINT: dict[Kind, TouchpointKind] = {
    "note": TouchpointKind.NOTE,
    "meeting": TouchpointKind.MEETING,
    "call": TouchpointKind.CALL,
    "email": TouchpointKind.EMAIL,
}
ENGAGEMENT_KINDS: tuple[Kind, ...] = tuple(_TOUCHPOINT)
# The local entity each CRM kind syncs with.
ENTITY_OF_KIND: dict[Kind, Entity] = {
    "company": Entity.COMPANY,
    "contact": Entity.CONTACT,
    **{kind: Entity.TOUCHPOINT for kind in ENGAGEMENT_KINDS},
}
# The title of an engagement whose own is empty (a touchpoint always has one).
UNTITLED: dict[Kind, str] = {"note": "Note", "meeting": "Meeting", "call": "Call", "email": "Email"}


def engagement_kind(kind: TouchpointKind | str) -> Kind:
    """The CRM engagement a touchpoint becomes: calls, emails, meetings, else a note."""
    return _ENGAGEMENT.get(TouchpointKind(kind), "note")


def touchpoint_kind(kind: Kind) -> TouchpointKind:
    """The touchpoint an engagement made in the CRM becomes."""
    return _TOUCHPOINT[kind]


def as_stored(kind: Kind, values: Mapping[str, Value]) -> dict[str, Value]:
    """Pulled values as the local row holds them, so that the merge compares like with like:
    a touchpoint always has a title, and empty notes are ``""``."""
    if kind not in _TOUCHPOINT:
        return dict(values)
    stored = dict(values)
    if "notes" in stored and stored["notes"] is None:
        stored["notes"] = ""
    if "title" in stored and not (stored["title"] or "").strip():
        stored["title"] = UNTITLED[kind]
    return stored


def iso_ms(value: datetime) -> str:
    """The canonical text of a timestamp: UTC, milliseconds, ``Z``."""
    return (
        value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
    )


def parse_instant(value: str) -> datetime:
    """An aware datetime from epoch milliseconds or ISO-8601 text."""
    if value.isdigit():
        return datetime.fromtimestamp(int(value) / 1000, tz=UTC)
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def _text(value: Any) -> Value:
    if value is None:
        return None
    if isinstance(value, datetime):
        return iso_ms(value)
    if hasattr(value, "value"):  # StrEnum
        return str(value.value)
    return str(value)


def snapshot(entity: Entity, row: Any) -> dict[str, Value]:
    """The synced fields of an ORM object or a Core row mapping, as canonical strings."""
    get = row.get if isinstance(row, Mapping) else lambda name: getattr(row, name)
    return {name: _text(get(name)) for name in FIELDS[entity]}


def apply(entity: Entity, obj: Any, values: Mapping[str, Value]) -> None:
    """Write pulled canonical values onto an ORM object."""
    for name, value in values.items():
        if name not in FIELDS[entity]:
            continue
        if name == "occurred_at":
            if value:
                obj.occurred_at = parse_instant(value)
        elif name == "stage":
            if value in {s.value for s in Stage}:
                obj.stage = Stage(value)
        else:
            # A cleared value is "" where the column requires text (a touchpoint's title),
            # None where it may be empty (a stakeholder's title).
            nullable = MODELS[entity].__table__.c[name].nullable
            setattr(obj, name, value or (None if nullable else ""))

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
from typing import Any

from cs_desktop.models import (
    Account,
    Renewal,
    RenewalForecast,
    Stakeholder,
    Task,
    Touchpoint,
    TouchpointKind,
)
from cs_desktop.sync.adapter import Kind
from cs_desktop.sync.merge import Value
from cs_desktop.sync.state import Entity
from cs_desktop.sync.values import canonical, fallback, iso_ms, native, parse_instant

__all__ = ["iso_ms", "parse_instant"]  # where the sync's modules have found them

FIELDS: dict[Entity, tuple[str, ...]] = {
    Entity.COMPANY: (
        *("name", "domain", "stage", "tier", "segment", "owner"),
        *("arr", "currency", "contract_start", "renewal_date"),
    ),
    Entity.CONTACT: ("name", "title", "email", "phone", "role", "active"),
    Entity.TOUCHPOINT: (
        *("title", "notes", "occurred_at", "kind", "product_satisfied", "service_satisfied"),
        *("customer_statement", "inferred_need", "next_steps", "other_attendees"),
    ),
    Entity.TASK: ("title", "due", "done", "source_playbook"),
    Entity.RENEWAL: (
        *("period_start", "period_end", "arr_before", "arr_after"),
        *("outcome", "reason", "reason_note"),
    ),
    Entity.FORECAST: ("expected_outcome", "probability", "expected_arr", "reason", "note"),
}
Model = (
    type[Account]
    | type[Stakeholder]
    | type[Touchpoint]
    | type[Task]
    | type[Renewal]
    | type[RenewalForecast]
)
# In dependency order: a record's company goes to the CRM (and comes from it) before it.
MODELS: dict[Entity, Model] = {
    Entity.COMPANY: Account,
    Entity.CONTACT: Stakeholder,
    Entity.TOUCHPOINT: Touchpoint,
    Entity.TASK: Task,
    Entity.RENEWAL: Renewal,
    Entity.FORECAST: RenewalForecast,
}
ENTITY_OF: dict[type[Any], Entity] = {model: entity for entity, model in MODELS.items()}
# Rows that belong to an account: each is linked to its company in the CRM.
OWNED = tuple(entity for entity, model in MODELS.items() if "account_id" in model.__table__.c)
# Prose: shown side by side in a conflict, never combined (see merge.merge_fields).
TEXT_FIELDS = frozenset(
    {"notes", "customer_statement", "inferred_need", "next_steps", "reason_note", "note"}
)

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
    "task": Entity.TASK,
    "renewal": Entity.RENEWAL,
    "forecast": Entity.FORECAST,
}
# The CRM kind of each entity that has one kind only (a touchpoint's depends on its own).
KIND_OF: dict[Entity, Kind] = {
    entity: kind for kind, entity in ENTITY_OF_KIND.items() if entity is not Entity.TOUCHPOINT
}
# Kinds whose records are placed on the account of their linked company as they arrive (the
# engagements wait for theirs when it is not known yet: see engagements.py).
PLACED_BY_COMPANY: tuple[Kind, ...] = tuple(
    kind
    for kind, entity in ENTITY_OF_KIND.items()
    if entity in OWNED and entity is not Entity.TOUCHPOINT
)
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
    a value the CRM lacks is what the row would hold without one (its column's default),
    a touchpoint always has a title, and one made in the CRM is of its engagement's kind."""
    stored = dict(values)
    if kind in _TOUCHPOINT:
        if "title" in stored and not (stored["title"] or "").strip():
            stored["title"] = UNTITLED[kind]
        if "kind" in stored and stored["kind"] is None:
            stored["kind"] = touchpoint_kind(kind).value
    columns = MODELS[ENTITY_OF_KIND[kind]].__table__.c
    for name, value in stored.items():
        if value is None and name in columns and not columns[name].nullable:
            stored[name] = fallback(columns[name])
    return stored


def snapshot(entity: Entity, row: Any) -> dict[str, Value]:
    """The synced fields of an ORM object or a Core row mapping, as canonical strings."""
    get = row.get if isinstance(row, Mapping) else lambda name: getattr(row, name)
    return {name: canonical(get(name)) for name in FIELDS[entity]}


def apply(entity: Entity, obj: Any, values: Mapping[str, Value]) -> None:
    """Write pulled canonical values onto an ORM object (or a namespace of its columns).

    A value the column cannot hold (a choice this version does not know, a required value
    cleared) leaves the row's own.
    """
    columns = MODELS[entity].__table__.c
    for name, value in values.items():
        if name not in FIELDS[entity]:
            continue
        column = columns[name]
        if value is None and not column.nullable:
            # A cleared text is "" where the column requires text (a touchpoint's title).
            value = fallback(column)
            if value is None:
                continue
        try:
            setattr(obj, name, native(column, value))
        except ValueError:
            continue

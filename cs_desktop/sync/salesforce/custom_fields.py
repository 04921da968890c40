"""The custom fields the sync needs in the org: one list, read by :mod:`.schema` (which
creates what is missing) and matched by the metadata package in ``resources/salesforce/``.

Each is made from the local column it carries, as HubSpot's ``csm_*`` properties are: a
choice becomes a picklist of the app's vocabulary, a date a Date, an instant a DateTime,
an amount a Number with two decimals, a count a Number, a flag a Checkbox, prose a long
text area, other text a Text. Task and Event share their custom fields: Salesforce keeps
them on the Activity object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cs_desktop.sync.adapter import Kind
from cs_desktop.sync.fields import ENTITY_OF_KIND, MODELS, TEXT_FIELDS
from cs_desktop.sync.salesforce.mapping import FIELDS, LOCAL_ID, MARKED, OBJECTS, OCCURRED, RECORD
from cs_desktop.sync.values import shape

ACTIVITY = "Activity"
# The objects a describe is asked of, and where their custom fields are defined.
DEFINED_ON: dict[str, str] = {
    "Account": "Account",
    "Contact": "Contact",
    "Task": ACTIVITY,
    "Event": ACTIVITY,
    "Opportunity": "Opportunity",
}
TEXT_LENGTH = 255
LONG_TEXT_LENGTH = 32768


@dataclass(frozen=True)
class CustomField:
    """A field as the Metadata API describes it (``CustomField``)."""

    on: str  # the object it is defined on (Activity for Task and Event)
    name: str  # its API name, ``…__c``
    label: str
    type: str  # Text, LongTextArea, Number, Checkbox, Date, DateTime, Picklist
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def full_name(self) -> str:
        return f"{self.on}.{self.name}"

    def metadata(self) -> dict[str, Any]:
        """The ``Metadata`` of a Tooling API ``CustomField`` create."""
        return {"label": self.label, "type": self.type, **self.extra}


def custom_fields() -> list[CustomField]:
    """Every custom field the sync reads or writes, each once, by object."""
    found: dict[str, CustomField] = {}

    def add(made: CustomField) -> None:
        found.setdefault(made.full_name, made)

    for kind, obj in OBJECTS.items():
        on = DEFINED_ON[obj]
        add(_local_id(on))
        if kind in MARKED:
            add(CustomField(on, RECORD, "CS Desktop record", "Text", {"length": 40}))
        if obj == "Task":
            add(CustomField(on, OCCURRED, "CS occurred at", "DateTime"))
        for local, name in FIELDS[kind].items():
            if name.endswith("__c") and name != OCCURRED:
                add(_field(kind, on, local, name))
    return sorted(found.values(), key=lambda f: (f.on, f.name))


def _local_id(on: str) -> CustomField:
    extra = {"length": 64, "externalId": True, "unique": True, "caseSensitive": False}
    return CustomField(on, LOCAL_ID, "CS Desktop id", "Text", extra)


def _field(kind: Kind, on: str, local: str, name: str) -> CustomField:
    label = "CS " + local.replace("_", " ")
    if local == "health_score":
        return CustomField(on, name, "CS health score", "Number", {"precision": 5, "scale": 0})
    table = MODELS[ENTITY_OF_KIND[kind]].__table__.c
    if local not in table:  # a reference: the other record's id
        return CustomField(on, name, label, "Text", {"length": 64})
    column = table[local]
    form = shape(column)
    if form == "instant":
        return CustomField(on, name, label, "DateTime")
    if form == "date":
        return CustomField(on, name, label, "Date")
    if form == "money":
        return CustomField(on, name, label, "Number", {"precision": 18, "scale": 2})
    if form == "number":
        return CustomField(on, name, label, "Number", {"precision": 18, "scale": 0})
    if form == "flag":
        return CustomField(on, name, label, "Checkbox", {"defaultValue": "false"})
    if form == "choice":
        values = [member.value for member in getattr(column.type, "enum_class", ())]
        return CustomField(on, name, label, "Picklist", {"valueSet": _value_set(values)})
    length: int | None = getattr(column.type, "length", None)
    if local in TEXT_FIELDS or length is None:
        return CustomField(
            on, name, label, "LongTextArea", {"length": LONG_TEXT_LENGTH, "visibleLines": 5}
        )
    return CustomField(on, name, label, "Text", {"length": min(length, TEXT_LENGTH)})


def _value_set(values: list[str]) -> dict[str, Any]:
    # Not restricted: a value a later version adds is kept, not refused.
    return {
        "restricted": False,
        "valueSetDefinition": {
            "sorted": False,
            "value": [
                {"fullName": v, "label": v.replace("_", " ").capitalize(), "default": False}
                for v in values
            ],
        },
    }

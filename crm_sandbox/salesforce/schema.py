"""The objects of the sandbox org, their standard fields, custom fields made through the
Tooling API, and the checks a field's value goes through on a write.

Field types are those ``describe`` reports (``string``, ``picklist``, ``reference``,
``double``...). Values are kept as Salesforce answers them: dateTimes as
``2024-05-01T12:00:00.000+0000`` strings (which sort as they compare), dates as
``2024-05-01``, numbers as JSON numbers.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from crm_sandbox.salesforce.ids import normalise_id, parse_datetime, sf_datetime

TEXT_TYPES = frozenset({"string", "textarea", "email", "phone", "url", "combobox", "picklist"})
NUMBER_TYPES = frozenset({"double", "currency", "percent", "int"})
ID_TYPES = frozenset({"id", "reference"})


class FieldProblem(Exception):
    """A value a field refuses: the ``statusCode`` and message of a per-record error."""

    def __init__(self, status_code: str, message: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message


@dataclass
class FieldDef:
    name: str
    type: str
    label: str
    createable: bool = True
    updateable: bool = True
    nillable: bool = True
    custom: bool = False
    externalId: bool = False
    unique: bool = False
    length: int = 0
    precision: int = 0
    scale: int = 0
    picklist: list[str] = field(default_factory=list)
    restricted: bool = False
    default: Any = None
    referenceTo: list[str] = field(default_factory=list)
    required: bool = False  # on create: not nillable and not defaulted

    def describe(self) -> dict[str, Any]:
        """The field as ``GET /sobjects/{Object}/describe`` lists it."""
        return {
            "name": self.name,
            "label": self.label,
            "type": self.type,
            "length": self.length if self.type in TEXT_TYPES else 0,
            "precision": self.precision,
            "scale": self.scale,
            "digits": 9 if self.type == "int" else 0,
            "custom": self.custom,
            "externalId": self.externalId,
            "unique": self.unique,
            "idLookup": self.type == "id" or self.externalId,
            "caseSensitive": False,
            "createable": self.createable,
            "updateable": self.updateable,
            "nillable": self.nillable,
            "defaultedOnCreate": self.default is not None or not self.createable,
            "defaultValue": self.default,
            "calculated": False,
            "filterable": True,
            "sortable": self.type != "textarea" or self.length <= 255,
            "picklistValues": [
                {
                    "active": True,
                    "defaultValue": value == self.default,
                    "label": value,
                    "validFor": None,
                    "value": value,
                }
                for value in self.picklist
            ],
            "restrictedPicklist": self.restricted,
            "referenceTo": list(self.referenceTo),
            "relationshipName": _relationship(self.name) if self.type == "reference" else None,
        }

    def clean(self, raw: Any) -> Any:
        """The value to store for ``raw``, a JSON value sent for this field.

        Raises:
            FieldProblem: for a value of the wrong type, too long, or not in a restricted
                picklist.
        """
        if raw is None or (raw == "" and self.type not in TEXT_TYPES - {"picklist"}):
            return None
        if self.type in TEXT_TYPES:
            if isinstance(raw, bool) or not isinstance(raw, str | int | float):
                raise self._wrong_type(raw)
            text = str(raw)
            if self.length and len(text) > self.length:
                raise FieldProblem(
                    "STRING_TOO_LONG",
                    f"{self.label}: data value too large: {text[:40]} (max length={self.length})",
                )
            if self.type == "picklist" and self.restricted and text not in self.picklist:
                raise FieldProblem(
                    "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                    f"{self.label}: bad value for restricted picklist field: {text}",
                )
            return text
        if self.type in NUMBER_TYPES:
            number = _number(raw)
            if number is None or (self.type == "int" and number != int(number)):
                raise self._wrong_type(raw)
            return int(number) if self.type == "int" else number
        if self.type == "boolean":
            if isinstance(raw, bool):
                return raw
            if isinstance(raw, str) and raw.lower() in ("true", "false"):
                return raw.lower() == "true"
            raise self._wrong_type(raw)
        if self.type == "date":
            try:
                return date.fromisoformat(str(raw)[:10]).isoformat()
            except ValueError:
                raise self._wrong_type(raw) from None
        if self.type == "datetime":
            try:
                return sf_datetime(parse_datetime(str(raw)))
            except ValueError:
                raise self._wrong_type(raw) from None
        if self.type in ID_TYPES:
            full = normalise_id(str(raw))
            if full is None:
                raise FieldProblem(
                    "MALFORMED_ID", f"{self.label}: id value of incorrect type: {raw}"
                )
            return full
        raise self._wrong_type(raw)

    def _wrong_type(self, raw: Any) -> FieldProblem:
        return FieldProblem(
            "INVALID_TYPE_ON_FIELD_IN_RECORD", f"{self.label}: value not of required type: {raw}"
        )


def _number(raw: Any) -> float | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        return float(raw)
    try:
        return float(str(raw))
    except ValueError:
        return None


def _relationship(name: str) -> str:
    return name[:-2] if name.endswith("Id") else name.replace("__c", "__r")


@dataclass
class ObjectDef:
    name: str
    label: str
    prefix: str
    fields: dict[str, FieldDef]

    def describe(self, base: str, custom: dict[str, FieldDef]) -> dict[str, Any]:
        every = {**self.fields, **custom}
        return {
            "name": self.name,
            "label": self.label,
            "labelPlural": self.label + "s",
            "keyPrefix": self.prefix,
            "custom": False,
            "createable": True,
            "updateable": True,
            "deletable": True,
            "undeletable": True,
            "queryable": True,
            "retrieveable": True,
            "replicateable": True,
            "searchable": True,
            "fields": [definition.describe() for definition in every.values()],
            "urls": {
                "sobject": f"{base}/sobjects/{self.name}",
                "describe": f"{base}/sobjects/{self.name}/describe",
                "rowTemplate": f"{base}/sobjects/{self.name}/{{ID}}",
            },
        }


def _system(owned: bool) -> list[FieldDef]:
    def read_only(name: str, kind: str, label: str, **more: Any) -> FieldDef:
        return FieldDef(name, kind, label, createable=False, updateable=False, **more)

    fields = [
        read_only("Id", "id", "Record ID", nillable=False, length=18),
        read_only("IsDeleted", "boolean", "Deleted", nillable=False),
        read_only("CreatedDate", "datetime", "Created Date", nillable=False),
        read_only("CreatedById", "reference", "Created By ID", referenceTo=["User"]),
        read_only("LastModifiedDate", "datetime", "Last Modified Date", nillable=False),
        read_only("LastModifiedById", "reference", "Last Modified By ID", referenceTo=["User"]),
        read_only("SystemModstamp", "datetime", "System Modstamp", nillable=False),
    ]
    if owned:
        fields.append(FieldDef("OwnerId", "reference", "Owner ID", referenceTo=["User"]))
    return fields


def _text(name: str, label: str, length: int = 255, **more: Any) -> FieldDef:
    return FieldDef(name, "string", label, length=length, **more)


def _picklist(name: str, label: str, values: list[str], **more: Any) -> FieldDef:
    return FieldDef(name, "picklist", label, length=255, picklist=values, **more)


def _ref(name: str, label: str, *targets: str, **more: Any) -> FieldDef:
    return FieldDef(name, "reference", label, length=18, referenceTo=list(targets), **more)


def _long(name: str, label: str) -> FieldDef:
    return FieldDef(name, "textarea", label, length=32000)


_INDUSTRIES = sorted(
    [
        *[
            "Agriculture",
            "Apparel",
            "Banking",
            "Biotechnology",
            "Chemicals",
            "Communications",
            "Construction",
        ],
        *[
            "Consulting",
            "Education",
            "Electronics",
            "Energy",
            "Engineering",
            "Entertainment",
            "Finance",
        ],
        *[
            "Government",
            "Healthcare",
            "Hospitality",
            "Insurance",
            "Machinery",
            "Manufacturing",
            "Media",
        ],
        *["Recreation", "Retail", "Shipping", "Technology", "Telecommunications", "Transportation"],
        *["Environmental", "Utilities", "Other"],
        "Food & Beverage",
        "Not For Profit",
    ]
)
_STAGES = [
    "Prospecting",
    "Qualification",
    "Needs Analysis",
    "Value Proposition",
    "Id. Decision Makers",
    "Perception Analysis",
    "Proposal/Price Quote",
    "Negotiation/Review",
    "Closed Won",
    "Closed Lost",
]
_WHAT = ("Account", "Opportunity")


def _objects() -> dict[str, ObjectDef]:
    account = [
        _text("Name", "Account Name", nillable=False, required=True),
        _picklist(
            "Type",
            "Account Type",
            [
                "Prospect",
                "Customer - Direct",
                "Customer - Channel",
                "Channel Partner / Reseller",
                "Installation Partner",
                "Technology Partner",
                "Other",
            ],
        ),
        _picklist("Industry", "Industry", _INDUSTRIES),
        _ref("ParentId", "Parent Account ID", "Account"),
        FieldDef("Website", "url", "Website", length=255),
        FieldDef("Phone", "phone", "Account Phone", length=40),
        _text("BillingCity", "Billing City", 40),
        _text("BillingCountry", "Billing Country", 80),
        FieldDef("AnnualRevenue", "currency", "Annual Revenue", precision=18, scale=0),
        FieldDef("NumberOfEmployees", "int", "Employees"),
        _long("Description", "Account Description"),
    ]
    contact = [
        _ref("AccountId", "Account ID", "Account"),
        _text("FirstName", "First Name", 40),
        _text("LastName", "Last Name", 80, nillable=False, required=True),
        FieldDef("Name", "string", "Full Name", length=121, createable=False, updateable=False),
        FieldDef("Email", "email", "Email", length=80),
        FieldDef("Phone", "phone", "Business Phone", length=40),
        _text("Title", "Title", 128),
        _long("Description", "Contact Description"),
    ]
    opportunity = [
        _ref("AccountId", "Account ID", "Account"),
        _text("Name", "Name", 120, nillable=False, required=True),
        _picklist("StageName", "Stage", _STAGES, nillable=False, required=True, restricted=True),
        FieldDef("CloseDate", "date", "Close Date", nillable=False, required=True),
        FieldDef("Amount", "currency", "Amount", precision=18, scale=2),
        FieldDef("Probability", "percent", "Probability (%)", precision=3, scale=0),
        _picklist(
            "Type",
            "Opportunity Type",
            [
                "Existing Customer - Upgrade",
                "Existing Customer - Replacement",
                "Existing Customer - Downgrade",
                "New Customer",
            ],
        ),
        FieldDef("IsClosed", "boolean", "Closed", createable=False, updateable=False),
        FieldDef("IsWon", "boolean", "Won", createable=False, updateable=False),
        _long("Description", "Description"),
    ]
    activity = [
        _ref("WhoId", "Name ID", "Contact"),
        _ref("WhatId", "Related To ID", *_WHAT),
        FieldDef("Subject", "combobox", "Subject", length=255),
        _long("Description", "Description"),
    ]
    task = [
        *activity,
        FieldDef("ActivityDate", "date", "Due Date Only"),
        _picklist(
            "Status",
            "Status",
            ["Not Started", "In Progress", "Completed", "Waiting on someone else", "Deferred"],
            nillable=False,
            default="Not Started",
        ),
        _picklist(
            "Priority", "Priority", ["High", "Normal", "Low"], nillable=False, default="Normal"
        ),
        _picklist(
            "TaskSubtype",
            "Task Subtype",
            ["Task", "Email", "ListEmail", "Cadence", "Call", "LinkedIn"],
            updateable=False,
            restricted=True,
            default="Task",
        ),
        FieldDef("IsClosed", "boolean", "Closed", createable=False, updateable=False),
        FieldDef("CallDurationInSeconds", "int", "Call Duration"),
        _picklist("CallType", "Call Type", ["Internal", "Inbound", "Outbound"], restricted=True),
        FieldDef(
            "CompletedDateTime",
            "datetime",
            "Completed Date/Time",
            createable=False,
            updateable=False,
        ),
    ]
    event = [
        *activity,
        FieldDef("StartDateTime", "datetime", "Start Date Time"),
        FieldDef("EndDateTime", "datetime", "End Date Time"),
        FieldDef("ActivityDateTime", "datetime", "Due Date Time"),
        FieldDef("ActivityDate", "date", "Due Date Only", createable=False, updateable=False),
        FieldDef("DurationInMinutes", "int", "Duration"),
        FieldDef("IsAllDayEvent", "boolean", "All-Day Event", nillable=False, default=False),
        _text("Location", "Location"),
        _picklist("Type", "Type", ["Call", "Email", "Meeting", "Other"]),
    ]
    event_relation = [
        _ref("EventId", "Event ID", "Event", nillable=False, required=True, updateable=False),
        _ref("RelationId", "Relation ID", "Contact", "Account", nillable=False, required=True),
        FieldDef("IsInvitee", "boolean", "Is Invitee", nillable=False, default=True),
        FieldDef("IsParent", "boolean", "Is Parent", nillable=False, default=False),
        FieldDef("IsWhat", "boolean", "Is What", createable=False, updateable=False),
        _picklist("Status", "Status", ["New", "Accepted", "Declined"], default="New"),
    ]
    task_relation = [
        _ref("TaskId", "Task ID", "Task", nillable=False, required=True, updateable=False),
        _ref("RelationId", "Relation ID", "Contact", "Account", nillable=False, required=True),
        FieldDef("IsWhat", "boolean", "Is What", createable=False, updateable=False),
    ]
    table = [
        ("Account", "Account", "001", account, True),
        ("Contact", "Contact", "003", contact, True),
        ("Opportunity", "Opportunity", "006", opportunity, True),
        ("Task", "Task", "00T", task, True),
        ("Event", "Event", "00U", event, True),
        ("EventRelation", "Event Relation", "0RE", event_relation, False),
        ("TaskRelation", "Task Relation", "0RT", task_relation, False),
    ]
    return {
        name: ObjectDef(name, label, prefix, {f.name: f for f in _system(owned) + fields})
        for name, label, prefix, fields, owned in table
    }


OBJECTS = _objects()
PREFIXES = {definition.prefix: name for name, definition in OBJECTS.items()}
USER_PREFIX = "005"
ACTIVITY = "Activity"
ACTIVITY_OBJECTS = ("Task", "Event")
ORG_PREFIX = "00D"
CUSTOM_FIELD_PREFIX = "00N"


def object_name(name: str) -> str | None:
    """The object's API name, matched case-insensitively as Salesforce does."""
    lowered = name.lower()
    return next((n for n in OBJECTS if n.lower() == lowered), None)


# -- custom fields through the Tooling API ------------------------------------------------------

_DEVELOPER_NAME = re.compile(r"^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*(?<!_)__c$")
_TOOLING_TYPES = {
    "Text": "string",
    "TextArea": "textarea",
    "LongTextArea": "textarea",
    "Number": "double",
    "Currency": "currency",
    "Percent": "percent",
    "Checkbox": "boolean",
    "Date": "date",
    "DateTime": "datetime",
    "Picklist": "picklist",
    "Email": "email",
    "Phone": "phone",
    "Url": "url",
}
_EXTERNAL_ID_TYPES = frozenset({"Text", "Number", "Email"})


class ToolingProblem(Exception):
    def __init__(self, code: str, message: str, fields: list[str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.fields = fields or []


def custom_field(body: Any) -> tuple[str, FieldDef]:
    """The object and definition a Tooling API ``CustomField`` create asks for.

    Raises:
        ToolingProblem: for a missing or bad ``FullName``, type, label or size.
    """
    if not isinstance(body, dict):
        raise ToolingProblem("JSON_PARSER_ERROR", "The request body must be a JSON object")
    full_name = str(body.get("FullName") or "")
    metadata = body.get("Metadata")
    if "." not in full_name:
        raise ToolingProblem(
            "FIELD_INTEGRITY_EXCEPTION",
            "FullName: must be Object.Field__c, e.g. Account.My_Field__c",
            ["FullName"],
        )
    object_part, name = full_name.split(".", 1)
    # Task and Event share their custom fields: Salesforce keeps them on Activity.
    owner = ACTIVITY if object_part.lower() == ACTIVITY.lower() else object_name(object_part)
    if owner is None:
        raise ToolingProblem(
            "FIELD_INTEGRITY_EXCEPTION", f"Cannot find entity: {object_part}", ["FullName"]
        )
    if not _DEVELOPER_NAME.match(name) or len(name) > 43:
        raise ToolingProblem(
            "FIELD_INTEGRITY_EXCEPTION",
            f"Field name {name}: use letters, digits and single underscores, begin with a "
            "letter and end with __c (40 characters at most before __c)",
            ["FullName"],
        )
    if not isinstance(metadata, dict):
        raise ToolingProblem("REQUIRED_FIELD_MISSING", "Required fields are missing: [Metadata]")
    kind = str(metadata.get("type") or "")
    if kind not in _TOOLING_TYPES:
        raise ToolingProblem(
            "FIELD_INTEGRITY_EXCEPTION",
            f"Type: bad value {kind!r}; one of {', '.join(sorted(_TOOLING_TYPES))}",
            ["Metadata"],
        )
    label = str(metadata.get("label") or "")
    if not label:
        raise ToolingProblem("REQUIRED_FIELD_MISSING", "Field Label: You must enter a value")
    external = bool(metadata.get("externalId", False))
    unique = bool(metadata.get("unique", False))
    if (external or unique) and kind not in _EXTERNAL_ID_TYPES:
        raise ToolingProblem(
            "FIELD_INTEGRITY_EXCEPTION",
            "External ID and Unique are available only for "
            f"{', '.join(sorted(_EXTERNAL_ID_TYPES))} fields",
            ["Metadata"],
        )
    definition = FieldDef(
        name,
        _TOOLING_TYPES[kind],
        label,
        custom=True,
        externalId=external,
        unique=unique,
        length=_size(kind, metadata),
    )
    if kind in ("Number", "Currency", "Percent"):
        definition.precision = _whole(metadata.get("precision", 18), "Precision", 1, 18)
        definition.scale = _whole(
            metadata.get("scale", 0), "Decimal Places", 0, definition.precision
        )
    if kind == "Checkbox":
        definition.default = str(metadata.get("defaultValue", "false")).lower() == "true"
        definition.nillable = False
    if kind == "Picklist":
        definition.picklist, definition.restricted = _value_set(metadata.get("valueSet"))
    return owner, definition


def _size(kind: str, metadata: dict[str, Any]) -> int:
    if kind == "Text":
        return _whole(metadata.get("length"), "Length", 1, 255)
    if kind == "LongTextArea":
        _whole(metadata.get("visibleLines"), "# Visible Lines", 2, 50)
        return _whole(metadata.get("length"), "Length", 256, 131_072)
    return {"TextArea": 255, "Email": 80, "Phone": 40, "Url": 255, "Picklist": 255}.get(kind, 0)


def _whole(value: Any, label: str, low: int, high: int) -> int:
    if value is None or value == "":
        raise ToolingProblem("FIELD_INTEGRITY_EXCEPTION", f"{label}: You must enter a value")
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ToolingProblem(
            "FIELD_INTEGRITY_EXCEPTION", f"{label}: value not of required type: {value}"
        ) from None
    if not low <= number <= high:
        raise ToolingProblem(
            "FIELD_INTEGRITY_EXCEPTION", f"{label}: must be between {low} and {high}"
        )
    return number


def _value_set(value_set: Any) -> tuple[list[str], bool]:
    try:
        values = value_set["valueSetDefinition"]["value"]
        names = [str(v["fullName"]) for v in values]
    except (TypeError, KeyError):
        raise ToolingProblem(
            "FIELD_INTEGRITY_EXCEPTION",
            "Picklist fields need valueSet.valueSetDefinition.value[] with fullName",
            ["Metadata"],
        ) from None
    if not names:
        raise ToolingProblem("FIELD_INTEGRITY_EXCEPTION", "Values: You must enter a value")
    return names, bool(value_set.get("restricted", False))


def field_to_json(definition: FieldDef) -> dict[str, Any]:
    return asdict(definition)


def field_from_json(data: dict[str, Any]) -> FieldDef:
    return FieldDef(**data)

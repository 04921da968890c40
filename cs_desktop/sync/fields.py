"""Which local fields sync, as canonical strings, and how they map onto the domain rows.

Every field a user edits syncs (:data:`FIELDS`); what the CRM does not hold (risks, a stage
change's reason, exchange rates) is marked "this computer only" where it is edited. The
HubSpot side (:data:`.hubspot.mapping.PROPERTIES`; ``csm_*`` properties are the app's own,
made by :mod:`.hubspot.schema` from the columns they carry):

=================  ==========================  ==============================================
entity (model)     HubSpot object              properties
=================  ==========================  ==============================================
company (Account)  company                     name, domain, csm_lifecycle_stage, csm_tier,
                                               csm_segment, csm_owner, csm_arr, csm_currency,
                                               csm_contract_start, csm_renewal_date,
                                               csm_health_score (computed, see below)
contact            contact (-> company)        firstname + lastname, jobtitle, email, phone,
(Stakeholder)                                  csm_role, csm_active
touchpoint         note / meeting / call /     title (a note's: csm_title), body,
(Touchpoint)       email (-> company, people)  hs_timestamp, csm_touchpoint_kind,
                                               csm_product_satisfied, csm_service_satisfied,
                                               csm_customer_statement, csm_inferred_need,
                                               csm_next_steps, csm_other_attendees
task (Task)        task (-> company)           hs_task_subject, csm_due, hs_task_status,
                                               csm_source_playbook
renewal (Renewal)  deal, renewals pipeline     csm_period_start, closedate (period end),
                   (-> company)                csm_arr_before, amount (ARR after),
                                               csm_renewal_outcome (-> dealstage),
                                               csm_churn_reason, csm_reason_note
forecast           deal, stage "Forecast"      csm_renewal_outcome (expected),
(RenewalForecast)  (-> company)                csm_probability, amount, csm_churn_reason,
                                               csm_reason_note
plan (SuccessPlan) task (-> company)           hs_task_subject, hs_task_body, csm_agreed_with,
                                               csm_agreed_on
goal (Objective)   task (-> plan's company)    csm_plan, hs_task_subject, csm_due,
                                               csm_horizon_months, csm_goal_status,
                                               csm_measure, csm_measured_value,
                                               csm_achieved_on, csm_position
milestone          task (-> plan's company)    csm_plan, hs_task_subject, csm_due,
(Milestone)                                    hs_task_status, csm_done_on, csm_step_owner,
                                               csm_position
=================  ==========================  ==============================================

Tasks and deals carry ``csm_record`` (their kind): kinds sharing an object type tell their
records apart by it (:mod:`.hubspot.shared`). A task made in HubSpot joins its company's
account; a deal made there joins only from the renewals pipeline (the portal's sales deals are
left alone). Values travel in the canonical text of :mod:`.values` (dates ``YYYY-MM-DD``,
amounts ``1200.00``).

Who writes each CRM property: one owner per value, so that a sync after the last edit writes
nothing.

- **Fields a person edits** (all of :data:`FIELDS`, and the links between records): any
  store, when its user edits them, and anyone working in the CRM. Both sides may change them;
  the three-way merge takes whichever side changed and holds a field both changed
  differently as a conflict for the user (:mod:`.merge`).
- **Values the app derives on write**: a renewal deal's ``pipeline``, ``dealstage`` and
  ``dealname`` (from its outcome, :mod:`.hubspot.pipelines`), a task's ``hs_timestamp``
  (from ``csm_due``, else a placeholder, :mod:`.hubspot.due`) and ``csm_record``; written by
  the store that writes the record. A colleague moves the stage and the due time in HubSpot:
  a closed stage reads back as the outcome, a due time as the due day, and they merge as
  those fields do. ``pipeline``, ``dealname`` and ``csm_record`` are never read back.
- **The health score** (``csm_health_score``): the app computes it, so only a store that
  computed a score from data it holds writes it, and only when that score moved since it last
  computed one (:mod:`.scores`). A store with no score (no health samples) sends nothing,
  never an empty value; the CRM's score is not taken as a store's own and never conflicts
  (:data:`.merge.COMPUTED_FIELDS`). Two stores with different data settle on the score of the
  one whose score moved last. A score computed while a pull changed its inputs is computed
  again before it is sent.
- **The app's record id** (``csm_local_id``): set once, by the store that created the record,
  as the key of its create; never changed after. A goal's or milestone's ``csm_plan`` too.
- **The CRM's own** (``hs_object_id``, ``createdate``, ``hs_lastmodifieddate``): read only.

For every property, a value equal to what the CRM holds is never sent: the push compares each
update with the record it reads just before (:func:`.push._merge_before_update`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from sqlalchemy import inspect, select

from cs_desktop.models import (
    Account,
    Milestone,
    Objective,
    Renewal,
    RenewalForecast,
    Stakeholder,
    SuccessPlan,
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
    Entity.PLAN: ("title", "summary", "agreed_with", "agreed_on"),
    Entity.GOAL: (
        *("plan", "goal", "horizon_months", "status", "target_date"),
        *("measure", "measured_value", "achieved_on", "position"),
    ),
    Entity.MILESTONE: ("plan", "step", "due", "done", "done_on", "owner", "position"),
}
Model = (
    type[Account]
    | type[Stakeholder]
    | type[Touchpoint]
    | type[Task]
    | type[Renewal]
    | type[RenewalForecast]
    | type[SuccessPlan]
    | type[Objective]
    | type[Milestone]
)
# In dependency order: a record's company goes to the CRM (and comes from it) before it.
MODELS: dict[Entity, Model] = {
    Entity.COMPANY: Account,
    Entity.CONTACT: Stakeholder,
    Entity.TOUCHPOINT: Touchpoint,
    Entity.TASK: Task,
    Entity.RENEWAL: Renewal,
    Entity.FORECAST: RenewalForecast,
    Entity.PLAN: SuccessPlan,
    Entity.GOAL: Objective,
    Entity.MILESTONE: Milestone,
}
# Rows that belong to a success plan: ``plan`` holds the plan's uid (the CRM has no link
# between two tasks), and they are linked to the plan's company for the team to see.
PLAN_REF = "plan"
IN_PLAN = (Entity.GOAL, Entity.MILESTONE)
ENTITY_OF: dict[type[Any], Entity] = {model: entity for entity, model in MODELS.items()}
# Rows that belong to an account: each is linked to its company in the CRM.
OWNED = tuple(entity for entity, model in MODELS.items() if "account_id" in model.__table__.c)
# Prose: shown side by side in a conflict, never combined (see merge.merge_fields).
TEXT_FIELDS = frozenset(
    {"notes", "customer_statement", "inferred_need", "next_steps", "reason_note", "note", "summary"}
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
    "plan": Entity.PLAN,
    "goal": Entity.GOAL,
    "milestone": Entity.MILESTONE,
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
    required = _fallbacks(kind)
    for name, value in stored.items():
        if value is None and name in required:
            stored[name] = required[name]
    return stored


@functools.cache
def _fallbacks(kind: Kind) -> dict[str, Value]:
    """The kind's required columns and what each holds without a value (read once: a pull
    asks for every record)."""
    columns = MODELS[ENTITY_OF_KIND[kind]].__table__.c
    return {name: fallback(column) for name, column in columns.items() if not column.nullable}


def snapshot(entity: Entity, row: Any) -> dict[str, Value]:
    """The synced fields of an ORM object or a Core row mapping, as canonical strings (a
    mapping names a row's plan by its uid, under :data:`PLAN_REF`)."""
    if isinstance(row, Mapping):
        return {name: canonical(row.get(name)) for name in FIELDS[entity]}
    values = {name: canonical(getattr(row, name)) for name in columns(entity)}
    if entity in IN_PLAN:
        values[PLAN_REF] = plan_uid(row)
    return values


def columns(entity: Entity) -> tuple[str, ...]:
    """The synced fields that are columns of the entity's table."""
    return tuple(name for name in FIELDS[entity] if name != PLAN_REF)


def plan_uid(row: Any) -> Value:
    """The uid of a goal's or milestone's plan, as text: set on a namespace a pull builds,
    else read by the row's ``plan_id`` (the relationship may not be loaded, and loading it
    in the middle of a flush is best avoided)."""
    state = inspect(row, raiseerr=False)
    if state is None:
        return canonical(getattr(row, PLAN_REF, None))
    if state.session is None:
        plan = row.__dict__.get(PLAN_REF)
        return None if plan is None else canonical(plan.uid)
    found = state.session.connection().execute(
        select(SuccessPlan.uid).where(SuccessPlan.id == row.plan_id)
    )
    return canonical(found.scalar())


def apply(entity: Entity, obj: Any, values: Mapping[str, Value]) -> None:
    """Write pulled canonical values onto an ORM object (or a namespace of its columns).

    A value the column cannot hold (a choice this version does not know, a required value
    cleared) leaves the row's own.
    """
    table = MODELS[entity].__table__.c
    for name, value in values.items():
        if name not in FIELDS[entity] or name not in table:
            continue
        column = table[name]
        if value is None and not column.nullable:
            # A cleared text is "" where the column requires text (a touchpoint's title).
            value = fallback(column)
            if value is None:
                continue
        try:
            setattr(obj, name, native(column, value))
        except ValueError:
            continue

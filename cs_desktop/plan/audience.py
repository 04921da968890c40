"""Whom a plan is for, and which of its parts each audience may be given.

The customer's copy carries the plan (goals and milestones: both journeys), the stage, the
agreed next steps and the people and renewals the customer already knows; never our internal
notes, the health score, risks, inferred needs, satisfaction answers or our own tasks. The
internal copy carries everything.

What counts as internal, and why:

- touchpoint notes: always. They are written for the team ("Sandra Allen was frustrated");
  the customer's copy lists only the *agreed next steps* of each touchpoint (its day, title and
  next steps), and a touchpoint marked internal is left out altogether.
- tasks: every task. The task list is the CSM's own to-do list (playbook tasks raised by early
  warnings, reminders, overdue follow-ups); what was agreed with the customer lives in the plan's
  delivery milestones (journey B) and in the touchpoints' next steps, which the customer's copy
  carries.
- the stage's "risks to watch", the account's risks, the health score and its chart, the
  satisfaction answers, the customer statements and inferred needs: internal readings of the
  customer, never handed to them.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Audience(StrEnum):
    CUSTOMER = "customer"
    INTERNAL = "internal"


class PlanPart(StrEnum):
    """A section of the plan that can be switched off."""

    GOALS = "goals"
    MILESTONES = "milestones"
    STAGE = "stage"
    NEXT_STEPS = "next-steps"
    HEALTH = "health"
    RISKS = "risks"
    RENEWALS = "renewals"
    STAKEHOLDERS = "stakeholders"
    TOUCHPOINTS = "touchpoints"
    TASKS = "tasks"


# In the order they print.
CUSTOMER_PARTS: tuple[PlanPart, ...] = (
    PlanPart.GOALS,
    PlanPart.MILESTONES,
    PlanPart.STAGE,
    PlanPart.NEXT_STEPS,
    PlanPart.RENEWALS,
    PlanPart.STAKEHOLDERS,
)
INTERNAL_PARTS: tuple[PlanPart, ...] = (
    PlanPart.GOALS,
    PlanPart.MILESTONES,
    PlanPart.STAGE,
    PlanPart.HEALTH,
    PlanPart.RISKS,
    PlanPart.RENEWALS,
    PlanPart.STAKEHOLDERS,
    PlanPart.TOUCHPOINTS,
    PlanPart.TASKS,
)


def parts_for(audience: Audience) -> tuple[PlanPart, ...]:
    """The parts ``audience`` may be given, in print order."""
    return CUSTOMER_PARTS if audience is Audience.CUSTOMER else INTERNAL_PARTS


def chosen_parts(
    audience: Audience, wanted: Iterable[PlanPart] | None = None
) -> tuple[PlanPart, ...]:
    """The parts to print: those of ``wanted`` (all when None) that ``audience`` may be given.

    A part the audience may not be given is dropped whatever is asked, so no caller can put an
    internal section in the customer's copy.
    """
    allowed = parts_for(audience)
    if wanted is None:
        return allowed
    picked = set(wanted)
    return tuple(part for part in allowed if part in picked)

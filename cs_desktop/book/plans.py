"""Success plans: the rules a plan, its goals (journey A) and its steps (journey B) obey.

Every function works inside the caller's session (one transaction) and returns the
:class:`~cs_desktop.record_edits.RecordEdit` (or, for a move, the edits) that undo it.

Rules decided here, for the form and for anything else that writes a plan:

- an account has one success plan; it needs a title; "agreed on" needs "agreed with" and is
  not in the future;
- a goal needs its text and one of the horizons 3, 6, 12 or 24 months; it is *achieved* exactly
  when it has an "achieved on" date, which is not in the future (the form fills in today when
  the status becomes achieved);
- a step needs its text; it is *done* exactly when it has a "done on" date, not in the future;
- goals are ordered by horizon, then by position within the horizon; steps by position. A move
  renumbers the plan's goals (or steps) 0, 1, 2, ... in their new order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cs_desktop.book.rules import Problems, limit, required
from cs_desktop.i18n import N_, _
from cs_desktop.ids import AccountId, MilestoneId, ObjectiveId, SuccessPlanId
from cs_desktop.models import Account, Milestone, Objective, SuccessPlan
from cs_desktop.record_edits import (
    RecordEdit,
    RecordRejected,
    create_record,
    delete_record,
    update_record,
)
from cs_desktop.vocabulary import OBJECTIVE_HORIZONS_MONTHS, ObjectiveStatus

TITLE_MAX = 300
NAME_MAX = 200

# What the form shows next to a field; the window translates each (one place for each text).
PLAN_EXISTS = N_("this account already has a success plan")
ACCOUNT_GONE = N_("this account no longer exists")
NO_TITLE = N_("a plan needs a title")
NO_GOAL = N_("write the customer's goal")
NO_STEP = N_("write the step")
BAD_HORIZON = N_("pick 3, 6, 12 or 24 months")
AGREED_WITHOUT_WHOM = N_("say who agreed to the plan")
IN_FUTURE = N_("this date is still to come")
ACHIEVED_WITHOUT_DATE = N_("say when the goal was achieved")
DATE_WITHOUT_ACHIEVED = N_("only an achieved goal has this date")
DONE_WITHOUT_DATE = N_("say when the step was done")
DATE_WITHOUT_DONE = N_("only a done step has this date")

Today = Callable[[], date]


# -- the plan -----------------------------------------------------------------------------------
def plan_problems(values: Mapping[str, Any], today: date) -> Problems:
    """What is wrong with a plan's values (field -> problem)."""
    problems: Problems = {}
    required(problems, values, "title", _(NO_TITLE))
    limit(problems, values, "title", TITLE_MAX)
    limit(problems, values, "agreed_with", NAME_MAX)
    agreed_on = values.get("agreed_on")
    if agreed_on is not None:
        if not str(values.get("agreed_with") or "").strip():
            problems.setdefault("agreed_with", _(AGREED_WITHOUT_WHOM))
        if agreed_on > today:
            problems["agreed_on"] = _(IN_FUTURE)
    return problems


def create_plan(
    session: Session, account_id: AccountId, values: Mapping[str, Any], *, today: Today = date.today
) -> RecordEdit:
    """Start the account's success plan; refused if it has one."""
    if session.get(Account, account_id) is None:
        raise RecordRejected({"title": _(ACCOUNT_GONE)})
    exists = session.scalar(select(SuccessPlan.id).where(SuccessPlan.account_id == account_id))
    if exists is not None:
        raise RecordRejected({"title": _(PLAN_EXISTS)})
    return create_record(
        session,
        SuccessPlan,
        {**_clean(values), "account_id": account_id},
        validate=lambda _s, new, _row: plan_problems(new, today()),
    )


def update_plan(
    session: Session,
    plan_id: SuccessPlanId,
    values: Mapping[str, Any],
    *,
    today: Today = date.today,
) -> RecordEdit:
    return update_record(
        session,
        SuccessPlan,
        plan_id,
        _clean(values),
        validate=lambda _s, new, _row: plan_problems(new, today()),
    )


def delete_plan(session: Session, plan_id: SuccessPlanId) -> RecordEdit:
    """Delete the plan with its goals and steps (undo brings them all back)."""
    return delete_record(session, SuccessPlan, plan_id)


# -- journey A: goals ---------------------------------------------------------------------------
def objective_problems(values: Mapping[str, Any], today: date) -> Problems:
    """What is wrong with a goal's values (field -> problem)."""
    problems: Problems = {}
    required(problems, values, "goal", _(NO_GOAL))
    if values.get("horizon_months") not in OBJECTIVE_HORIZONS_MONTHS:
        problems["horizon_months"] = _(BAD_HORIZON)
    achieved = values.get("status") == ObjectiveStatus.ACHIEVED
    achieved_on = values.get("achieved_on")
    if achieved and achieved_on is None:
        problems["achieved_on"] = _(ACHIEVED_WITHOUT_DATE)
    elif not achieved and achieved_on is not None:
        problems["achieved_on"] = _(DATE_WITHOUT_ACHIEVED)
    elif achieved_on is not None and achieved_on > today:
        problems["achieved_on"] = _(IN_FUTURE)
    return problems


def add_objective(
    session: Session,
    plan_id: SuccessPlanId,
    values: Mapping[str, Any],
    *,
    today: Today = date.today,
) -> RecordEdit:
    """Add a goal at the end of its horizon."""
    return create_record(
        session,
        Objective,
        {
            **_clean(values),
            "plan_id": plan_id,
            "position": _next_position(session, Objective, plan_id),
        },
        validate=lambda _s, new, _row: objective_problems(new, today()),
    )


def update_objective(
    session: Session,
    objective_id: ObjectiveId,
    values: Mapping[str, Any],
    *,
    today: Today = date.today,
) -> RecordEdit:
    return update_record(
        session,
        Objective,
        objective_id,
        _clean(values),
        validate=lambda _s, new, _row: objective_problems(new, today()),
    )


def delete_objective(session: Session, objective_id: ObjectiveId) -> RecordEdit:
    return delete_record(session, Objective, objective_id)


def move_objective(
    session: Session, objective_id: ObjectiveId, offset: int
) -> tuple[RecordEdit, ...]:
    """Move a goal ``offset`` places up (negative) or down among the goals of its horizon."""
    goal = session.get(Objective, objective_id)
    if goal is None:
        return ()
    ordered = list(
        session.scalars(
            select(Objective)
            .where(Objective.plan_id == goal.plan_id)
            .order_by(Objective.horizon_months, Objective.position, Objective.id)
        )
    )
    peers = [i for i, row in enumerate(ordered) if row.horizon_months == goal.horizon_months]
    return _move(session, Objective, ordered, peers, ordered.index(goal), offset)


# -- journey B: delivery steps ------------------------------------------------------------------
def milestone_problems(values: Mapping[str, Any], today: date) -> Problems:
    """What is wrong with a step's values (field -> problem)."""
    problems: Problems = {}
    required(problems, values, "step", _(NO_STEP))
    limit(problems, values, "owner", NAME_MAX)
    done_on = values.get("done_on")
    if values.get("done") and done_on is None:
        problems["done_on"] = _(DONE_WITHOUT_DATE)
    elif not values.get("done") and done_on is not None:
        problems["done_on"] = _(DATE_WITHOUT_DONE)
    elif done_on is not None and done_on > today:
        problems["done_on"] = _(IN_FUTURE)
    return problems


def add_milestone(
    session: Session,
    plan_id: SuccessPlanId,
    values: Mapping[str, Any],
    *,
    today: Today = date.today,
) -> RecordEdit:
    """Add a step at the end of the delivery plan."""
    return create_record(
        session,
        Milestone,
        {
            **_clean(values),
            "plan_id": plan_id,
            "position": _next_position(session, Milestone, plan_id),
        },
        validate=lambda _s, new, _row: milestone_problems(new, today()),
    )


def update_milestone(
    session: Session,
    milestone_id: MilestoneId,
    values: Mapping[str, Any],
    *,
    today: Today = date.today,
) -> RecordEdit:
    return update_record(
        session,
        Milestone,
        milestone_id,
        _clean(values),
        validate=lambda _s, new, _row: milestone_problems(new, today()),
    )


def set_milestone_done(
    session: Session, milestone_id: MilestoneId, done: bool, *, today: Today = date.today
) -> RecordEdit:
    """Tick a step done today, or open it again."""
    values = {"done": done, "done_on": today() if done else None}
    return update_milestone(session, milestone_id, values, today=today)


def delete_milestone(session: Session, milestone_id: MilestoneId) -> RecordEdit:
    return delete_record(session, Milestone, milestone_id)


def move_milestone(
    session: Session, milestone_id: MilestoneId, offset: int
) -> tuple[RecordEdit, ...]:
    """Move a step ``offset`` places up (negative) or down the delivery plan."""
    step = session.get(Milestone, milestone_id)
    if step is None:
        return ()
    ordered = list(
        session.scalars(
            select(Milestone)
            .where(Milestone.plan_id == step.plan_id)
            .order_by(Milestone.position, Milestone.due.is_(None), Milestone.due, Milestone.id)
        )
    )
    return _move(
        session, Milestone, ordered, list(range(len(ordered))), ordered.index(step), offset
    )


# -- shared -------------------------------------------------------------------------------------
def _move(
    session: Session,
    model: type[Objective] | type[Milestone],
    ordered: list[Any],
    peers: list[int],
    index: int,
    offset: int,
) -> tuple[RecordEdit, ...]:
    """Move ``ordered[index]`` by ``offset`` among ``peers`` (indexes into ``ordered``, in
    order), then renumber every row's position to its place; returns the positions changed."""
    slot = peers.index(index)
    target = peers[max(0, min(len(peers) - 1, slot + offset))]
    row = ordered.pop(index)
    ordered.insert(target, row)
    edits = [
        update_record(session, model, item.id, {"position": place})
        for place, item in enumerate(ordered)
        if item.position != place
    ]
    return tuple(edits)


def _next_position(
    session: Session, model: type[Objective] | type[Milestone], plan_id: SuccessPlanId
) -> int:
    highest = session.scalar(select(func.max(model.position)).where(model.plan_id == plan_id))
    return 0 if highest is None else highest + 1


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    # Text is kept as typed, but without the spaces around it.
    return {
        name: value.strip() if isinstance(value, str) else value for name, value in values.items()
    }

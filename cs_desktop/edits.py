"""The edits a CSM makes in the workspace, each with its inverse so the UI can undo it.

Every function works inside the caller's session (one transaction, from ``Store.write()``) and
returns what changed. Redo replays an edit with the uids it got the first time, so a row keeps
its identity across undo/redo (sync relies on uids).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cs_desktop.changes import Changes
from cs_desktop.coltypes import utc_now
from cs_desktop.formats import format_number
from cs_desktop.i18n import _
from cs_desktop.ids import AccountId, StageChangeId, StakeholderId, TaskId, TouchpointId
from cs_desktop.labels import stage_label
from cs_desktop.models import (
    Account,
    Satisfaction,
    Stage,
    StageChange,
    Stakeholder,
    Task,
    Touchpoint,
    TouchpointKind,
)

NEXT_STEP_DUE_AFTER = timedelta(days=7)
TITLE_MAX = 300


class EditRejected(ValueError):
    """An edit with bad input; the message names the field and what is wrong."""


@dataclass(frozen=True)
class TouchpointDraft:
    """What the quick-capture form collects. ``uid``/``task_uids`` are set when redoing."""

    account_id: AccountId
    kind: TouchpointKind
    occurred_at: datetime
    title: str
    notes: str = ""
    attendee_ids: tuple[StakeholderId, ...] = ()
    other_attendees: str = ""
    product_satisfied: Satisfaction = Satisfaction.UNKNOWN
    service_satisfied: Satisfaction = Satisfaction.UNKNOWN
    customer_statement: str = ""
    inferred_need: str = ""
    next_steps: str = ""
    internal: bool = False  # notes for the team only, never in what the customer is given
    uid: uuid.UUID | None = None
    task_uids: tuple[uuid.UUID, ...] = field(default=())

    def next_step_lines(self) -> list[str]:
        return [line.strip(" -•\t") for line in self.next_steps.splitlines() if line.strip(" -•\t")]


@dataclass(frozen=True)
class AddedTouchpoint:
    touchpoint_id: TouchpointId
    uid: uuid.UUID
    task_ids: tuple[TaskId, ...]
    task_uids: tuple[uuid.UUID, ...]
    changes: Changes


def _account(session: Session, account_id: AccountId) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise EditRejected(_("account {id} no longer exists").format(id=account_id))
    return account


def touchpoint_problems(session: Session, draft: TouchpointDraft) -> dict[str, str]:
    """What is wrong with a touchpoint as drafted (field -> problem); empty when it is fine.

    The same rules hold when a touchpoint is logged and when it is edited later.
    """
    problems: dict[str, str] = {}
    title = draft.title.strip()
    if not title:
        problems["title"] = _("a touchpoint needs a title")
    elif len(title) > TITLE_MAX:
        problems["title"] = _("at most {limit} characters (this one has {count})").format(
            limit=TITLE_MAX, count=format_number(len(title))
        )
    if draft.occurred_at.tzinfo is None:
        problems["when"] = _("the date and time must carry a timezone")
    wanted = set(draft.attendee_ids)
    found = session.scalars(select(Stakeholder.account_id).where(Stakeholder.id.in_(wanted))).all()
    if len(found) != len(wanted) or any(owner != draft.account_id for owner in found):
        problems["attendees"] = _("pick stakeholders of this account")
    return problems


def add_touchpoint(session: Session, draft: TouchpointDraft) -> AddedTouchpoint:
    """Record a touchpoint; each line of its next steps becomes an open task due in a week."""
    _account(session, draft.account_id)
    problems = touchpoint_problems(session, draft)
    if problems:
        name, problem = next(iter(problems.items()))
        raise EditRejected(f"{name}: {problem}")
    title = draft.title.strip()
    attendees = list(
        session.scalars(select(Stakeholder).where(Stakeholder.id.in_(draft.attendee_ids)))
    )
    touchpoint = Touchpoint(
        account_id=draft.account_id,
        kind=draft.kind,
        occurred_at=draft.occurred_at,
        title=title,
        notes=draft.notes,
        other_attendees=draft.other_attendees,
        product_satisfied=draft.product_satisfied,
        service_satisfied=draft.service_satisfied,
        customer_statement=draft.customer_statement,
        inferred_need=draft.inferred_need,
        next_steps=draft.next_steps,
        internal=draft.internal,
        attendees=attendees,
    )
    if draft.uid is not None:
        touchpoint.uid = draft.uid
    session.add(touchpoint)
    due: date = draft.occurred_at.date() + NEXT_STEP_DUE_AFTER
    tasks = []
    for index, line in enumerate(draft.next_step_lines()):
        task = Task(account_id=draft.account_id, title=line[:TITLE_MAX], due=due)
        if index < len(draft.task_uids):
            task.uid = draft.task_uids[index]
        tasks.append(task)
    session.add_all(tasks)
    session.flush()
    return AddedTouchpoint(
        touchpoint_id=TouchpointId(touchpoint.id),
        uid=touchpoint.uid,
        task_ids=tuple(TaskId(task.id) for task in tasks),
        task_uids=tuple(task.uid for task in tasks),
        changes=Changes(
            accounts=frozenset({draft.account_id}),
            touchpoints=True,
            health=True,
            tasks=bool(tasks),
        ),
    )


def remove_touchpoint(
    session: Session, touchpoint_id: TouchpointId, task_ids: tuple[TaskId, ...] = ()
) -> Changes:
    """Delete a touchpoint and the tasks it created (the inverse of :func:`add_touchpoint`)."""
    touchpoint = session.get(Touchpoint, touchpoint_id)
    if touchpoint is None:
        raise EditRejected(_("touchpoint {id} no longer exists").format(id=touchpoint_id))
    account_id = AccountId(touchpoint.account_id)
    session.delete(touchpoint)
    if task_ids:
        session.execute(delete(Task).where(Task.id.in_(task_ids)))
    session.flush()
    return Changes(
        accounts=frozenset({account_id}), touchpoints=True, health=True, tasks=bool(task_ids)
    )


@dataclass(frozen=True)
class MovedStage:
    stage_change_id: StageChangeId
    uid: uuid.UUID
    from_stage: Stage
    changes: Changes


def change_stage(
    session: Session,
    account_id: AccountId,
    to_stage: Stage,
    note: str,
    *,
    when: datetime | None = None,
    uid: uuid.UUID | None = None,
) -> MovedStage:
    """Move an account to another lifecycle stage, recording why in its stage history."""
    account = _account(session, account_id)
    if account.stage == to_stage:
        already = _("the account is already in {stage}").format(stage=stage_label(to_stage))
        raise EditRejected(f"stage: {already}")
    if not note.strip():
        raise EditRejected("note: " + _("say why the stage changes"))
    change = StageChange(
        account_id=account_id,
        from_stage=account.stage,
        to_stage=to_stage,
        changed_at=when or utc_now(),
        note=note.strip(),
    )
    if uid is not None:
        change.uid = uid
    from_stage = account.stage
    account.stage = to_stage
    session.add(change)
    session.flush()
    return MovedStage(
        StageChangeId(change.id),
        change.uid,
        from_stage,
        Changes(accounts=frozenset({account_id}), health=True),
    )


def revert_stage_change(session: Session, stage_change_id: StageChangeId) -> Changes:
    """Undo :func:`change_stage`: drop the history entry and restore the previous stage."""
    change = session.get(StageChange, stage_change_id)
    if change is None:
        raise EditRejected(_("stage change {id} no longer exists").format(id=stage_change_id))
    account = _account(session, AccountId(change.account_id))
    if account.stage != change.to_stage:
        raise EditRejected(
            "stage: " + _("the account has moved on since; undo the later move first")
        )
    account.stage = change.from_stage or Stage.SALES
    session.delete(change)
    session.flush()
    return Changes(accounts=frozenset({AccountId(account.id)}), health=True)


def set_task_done(session: Session, task_id: TaskId, done: bool) -> Changes:
    task = session.get(Task, task_id)
    if task is None:
        raise EditRejected(_("task {id} no longer exists").format(id=task_id))
    task.done = done
    session.flush()
    return Changes(accounts=frozenset({AccountId(task.account_id)}), tasks=True)

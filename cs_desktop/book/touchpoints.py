"""Touchpoints edited or deleted after the fact, under the rules that hold when one is logged."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cs_desktop.edits import TouchpointDraft, touchpoint_problems
from cs_desktop.i18n import N_, _
from cs_desktop.ids import TouchpointId
from cs_desktop.models import Touchpoint
from cs_desktop.record_edits import (
    RecordEdit,
    RecordRejected,
    delete_record,
    set_links,
    update_record,
)

GONE = N_("this touchpoint no longer exists")


def update_touchpoint(
    session: Session, touchpoint_id: TouchpointId, draft: TouchpointDraft
) -> tuple[RecordEdit, ...]:
    """Rewrite a touchpoint from ``draft`` (its fields and who attended), in one edit.

    The next steps are kept as written; unlike a newly logged touchpoint, an edit creates no
    tasks from them (the tasks of the first save are already on the list).
    """
    touchpoint = session.get(Touchpoint, touchpoint_id)
    if touchpoint is None or touchpoint.account_id != draft.account_id:
        raise RecordRejected({"title": _(GONE)})
    problems = touchpoint_problems(session, draft)
    if problems:
        raise RecordRejected(problems)
    fields = update_record(
        session,
        Touchpoint,
        touchpoint_id,
        {
            "kind": draft.kind,
            "occurred_at": draft.occurred_at,
            "title": draft.title.strip(),
            "notes": draft.notes,
            "other_attendees": draft.other_attendees,
            "product_satisfied": draft.product_satisfied,
            "service_satisfied": draft.service_satisfied,
            "customer_statement": draft.customer_statement,
            "inferred_need": draft.inferred_need,
            "next_steps": draft.next_steps,
            "internal": draft.internal,
        },
    )
    links = set_links(session, Touchpoint, touchpoint_id, "attendees", draft.attendee_ids)
    return (fields, links)


def delete_touchpoint(session: Session, touchpoint_id: TouchpointId) -> RecordEdit:
    """Delete a touchpoint with its attendance (undo brings both back, with the same uid)."""
    return delete_record(session, Touchpoint, touchpoint_id)

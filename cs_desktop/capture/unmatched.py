"""The unmatched list: reading it, and assigning an item to an account (it becomes a touchpoint)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from cs_desktop.capture.importing import touchpoint_values
from cs_desktop.capture.inbox import UnmatchedItem
from cs_desktop.capture.items import CapturedItem, Person
from cs_desktop.capture.matching import PeopleIndex, email_key
from cs_desktop.changes import Changes
from cs_desktop.chunks import chunks
from cs_desktop.coltypes import utc_now
from cs_desktop.i18n import _
from cs_desktop.ids import AccountId, TouchpointId
from cs_desktop.models import Account, Stakeholder, Touchpoint
from cs_desktop.models import touchpoint_attendee as attendee_table
from cs_desktop.vocabulary import TouchpointKind


@dataclass(frozen=True)
class UnmatchedRow:
    """One waiting item, as the list shows it.

    Attributes:
        candidates: the accounts tied for it (several matched equally), best guesses first;
            empty when none matched.
    """

    id: int
    kind: TouchpointKind
    occurred_at: datetime
    title: str
    notes: str
    people: tuple[Person, ...]
    source_file: str
    candidates: tuple[AccountId, ...]


@dataclass(frozen=True)
class Assigned:
    """An unmatched item turned into a touchpoint of ``account_id``."""

    touchpoint_id: TouchpointId
    account_id: AccountId
    changes: Changes


class UnmatchedGone(LookupError):
    """The item is no longer in the list (assigned meanwhile, or matched by a re-import)."""


def count_unmatched(session: Session) -> int:
    """How many items wait (dismissed ones do not)."""
    waiting = select(func.count()).where(UnmatchedItem.dismissed_at.is_(None))
    return session.scalar(waiting.select_from(UnmatchedItem)) or 0


def list_unmatched(session: Session) -> tuple[UnmatchedRow, ...]:
    """Every waiting item, newest first, with the accounts it could be for."""
    people = PeopleIndex.load(session)
    rows = []
    for item in session.scalars(
        select(UnmatchedItem)
        .where(UnmatchedItem.dismissed_at.is_(None))
        .order_by(UnmatchedItem.occurred_at.desc(), UnmatchedItem.id)
    ):
        who = _people(item.people)
        rows.append(
            UnmatchedRow(
                item.id,
                item.kind,
                item.occurred_at,
                item.title,
                item.notes,
                who,
                item.source_file,
                tuple(AccountId(a) for a in people.match(who).candidates),
            )
        )
    return tuple(rows)


def assign_unmatched(session: Session, item_id: int, account_id: AccountId) -> Assigned:
    """Make the waiting item ``item_id`` a touchpoint of ``account_id`` and take it off the list.

    Participants who are the account's stakeholders (by address) become its attendees; the
    others are named as others present.

    Raises:
        UnmatchedGone: the item is not in the list any more.
        LookupError: there is no such account.
    """
    item = session.get(UnmatchedItem, item_id)
    if item is None or item.dismissed_at is not None:
        raise UnmatchedGone(_("This item is no longer in the unmatched list."))
    if session.get(Account, account_id) is None:
        raise LookupError(_("There is no account #{id}.").format(id=account_id))
    already = session.scalar(
        select(Touchpoint.id).where(Touchpoint.external_key == item.source_key)
    )
    if already is not None:  # written meanwhile by a re-import: the list only forgets it
        session.delete(item)
        session.flush()
        return Assigned(TouchpointId(already), account_id, Changes(touchpoints=True))
    who = _people(item.people)
    stakeholders = {
        email_key(address): id_
        for id_, address in session.execute(
            select(Stakeholder.id, Stakeholder.email)
            .where(Stakeholder.account_id == account_id, Stakeholder.email.is_not(None))
            .order_by(Stakeholder.id.desc())  # the first one of an address wins
        )
        if address
    }
    present = [stakeholders[email_key(p.email)] for p in who if email_key(p.email) in stakeholders]
    others = [p.shown() for p in who if email_key(p.email) not in stakeholders]
    captured = CapturedItem(
        item.source_key, item.kind, item.occurred_at, item.title, item.notes, who, ""
    )
    values = touchpoint_values(captured, account_id, others, utc_now())
    touchpoint_id = session.scalars(insert(Touchpoint).returning(Touchpoint.id), [values]).one()
    links = [{"touchpoint_id": touchpoint_id, "stakeholder_id": s} for s in dict.fromkeys(present)]
    if links:
        session.execute(insert(attendee_table), links)
    session.delete(item)
    session.flush()
    return Assigned(
        TouchpointId(touchpoint_id),
        account_id,
        Changes(accounts=frozenset({account_id}), touchpoints=True, health=True),
    )


def dismiss_unmatched(session: Session, item_ids: Sequence[int]) -> int:
    """Take the waiting items ``item_ids`` off the list for good (re-imports skip them too).

    Returns:
        How many were dismissed (items already gone are left out).
    """
    now = utc_now()
    dismissed = 0
    for chunk in chunks(list(item_ids)):
        result: Any = session.execute(
            update(UnmatchedItem)
            .where(UnmatchedItem.id.in_(chunk), UnmatchedItem.dismissed_at.is_(None))
            .values(dismissed_at=now)
            .execution_options(synchronize_session=False)
        )
        dismissed += result.rowcount
    return dismissed


def _people(text: str) -> tuple[Person, ...]:
    try:
        pairs = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(Person(str(name), str(address)) for name, address in pairs)

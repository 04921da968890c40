"""Tasks the CSM adds and edits by hand: a title (required), an optional due date and reminder.

A reminder is a moment (an aware datetime); the app shows it once, so changing it makes it due
to show again (``reminded_at`` is cleared).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from cs_desktop.book.rules import Problems, limit, required
from cs_desktop.i18n import N_, _
from cs_desktop.ids import AccountId, TaskId
from cs_desktop.models import Account, Task
from cs_desktop.record_edits import (
    RecordEdit,
    RecordRejected,
    create_record,
    delete_record,
    update_record,
)

TITLE_MAX = 300
NO_TITLE = N_("a task needs a title")
ACCOUNT_GONE = N_("this account no longer exists")
NO_REMINDER_ZONE = N_("a reminder needs a date, a time and a time zone")


def task_problems(values: Mapping[str, Any]) -> Problems:
    """What is wrong with a task's values (field -> problem)."""
    problems: Problems = {}
    required(problems, values, "title", _(NO_TITLE))
    limit(problems, values, "title", TITLE_MAX)
    remind_at = values.get("remind_at")
    if remind_at is not None and (not isinstance(remind_at, datetime) or remind_at.tzinfo is None):
        problems["remind_at"] = _(NO_REMINDER_ZONE)
    return problems


def add_task(session: Session, account_id: AccountId, values: Mapping[str, Any]) -> RecordEdit:
    """Add an open task to the account."""
    if session.get(Account, account_id) is None:
        raise RecordRejected({"title": _(ACCOUNT_GONE)})
    return create_record(
        session,
        Task,
        {"done": False, **_clean(values), "account_id": account_id},
        validate=lambda _s, new, _row: task_problems(new),
    )


def update_task(session: Session, task_id: TaskId, values: Mapping[str, Any]) -> RecordEdit:
    """Change a task's title, due date, reminder or done state."""
    cleaned = _clean(values)
    row = session.get(Task, task_id)
    if row is not None and "remind_at" in cleaned and cleaned["remind_at"] != row.remind_at:
        cleaned["reminded_at"] = None  # a new reminder time: remind again
    return update_record(
        session, Task, task_id, cleaned, validate=lambda _s, new, _row: task_problems(new)
    )


def delete_task(session: Session, task_id: TaskId) -> RecordEdit:
    return delete_record(session, Task, task_id)


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value.strip() if isinstance(value, str) else value for key, value in values.items()
    }

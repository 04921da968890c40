"""Tasks the CSM adds and edits by hand: a title (required) and an optional due date."""

from __future__ import annotations

from collections.abc import Mapping
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


def task_problems(values: Mapping[str, Any]) -> Problems:
    """What is wrong with a task's values (field -> problem)."""
    problems: Problems = {}
    required(problems, values, "title", _(NO_TITLE))
    limit(problems, values, "title", TITLE_MAX)
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
    """Change a task's title, due date or done state."""
    return update_record(
        session, Task, task_id, _clean(values), validate=lambda _s, new, _row: task_problems(new)
    )


def delete_task(session: Session, task_id: TaskId) -> RecordEdit:
    return delete_record(session, Task, task_id)


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value.strip() if isinstance(value, str) else value for key, value in values.items()
    }

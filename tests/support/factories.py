"""Small builders for tests: real rows in a real store, written through the ORM."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cs_desktop.db import Store
from cs_desktop.ids import AccountId
from cs_desktop.models import Account, Touchpoint, TouchpointKind

BASE_TIME = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)


def add_account(store: Store, name: str, **fields: object) -> AccountId:
    with store.write() as session:
        account = Account(name=name, **fields)
        session.add(account)
        session.flush()
        return AccountId(account.id)


def add_touchpoint(
    store: Store,
    account_id: AccountId,
    title: str,
    notes: str = "",
    *,
    days: int = 0,
    kind: TouchpointKind = TouchpointKind.MEETING,
    **fields: object,
) -> int:
    with store.write() as session:
        touchpoint = Touchpoint(
            account_id=account_id,
            kind=kind,
            occurred_at=BASE_TIME + timedelta(days=days),
            title=title,
            notes=notes,
            **fields,
        )
        session.add(touchpoint)
        session.flush()
        return touchpoint.id

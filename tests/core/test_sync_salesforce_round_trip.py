"""A whole sample portfolio through a Salesforce org: every kind the app syncs (companies,
contacts, the four kinds of touchpoint, tasks, renewals, forecasts, plans, goals,
milestones) leaves one store and arrives in another field for field, and syncing again
afterwards sends nothing and raises no conflict."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from crm_sandbox.salesforce import SalesforceSandbox
from cs_desktop.db import Store, open_store
from cs_desktop.demo.generator import generate_portfolio
from cs_desktop.models import Account, ChurnReason, RenewalForecast, RenewalOutcome, Touchpoint
from cs_desktop.sync.fields import MODELS, snapshot
from cs_desktop.sync.salesforce import SalesforceAdapter
from cs_desktop.sync.state import Outbox
from tests.support.salesforce import connect, open_on, soql, sync

pytestmark = [pytest.mark.usefixtures("memory_keyring"), pytest.mark.slow]


@pytest.fixture
def second_store(tmp_path: Path, migrated_store_file: Path) -> Iterator[Store]:
    path = tmp_path / "second.sqlite3"
    shutil.copyfile(migrated_store_file, path)
    opened = open_store(path)
    yield opened
    opened.close()


def _rows(store: Store) -> dict[Any, Any]:
    """Every synced row's fields by uid, each row's account, and each touchpoint's attendees."""
    with store.read() as session:
        found: dict[Any, Any] = {
            entity: {row.uid: snapshot(entity, row) for row in session.scalars(select(model))}
            for entity, model in MODELS.items()
        }
        found["accounts"] = {
            row.uid: row.account.uid
            for model in MODELS.values()
            if "account_id" in model.__table__.c
            for row in session.scalars(select(model))
        }
        found["attendees"] = {
            tp.uid: sorted(str(p.uid) for p in tp.attendees)
            for tp in session.scalars(select(Touchpoint))
        }
        return found


def test_a_portfolio_reaches_a_second_store_through_the_org_and_settles(
    store: Store,
    second_store: Store,
    sf_sandbox: SalesforceSandbox,
    sf_adapter: SalesforceAdapter,
) -> None:
    generate_portfolio(store, accounts=2, seed=11, today=date(2026, 11, 30))
    with store.write() as session:
        account = session.scalars(select(Account)).first()
        assert account is not None
        session.add(
            RenewalForecast(
                account_id=account.id,
                expected_outcome=RenewalOutcome.CONTRACTED,
                probability=60,
                expected_arr=Decimal("90000.00"),
                reason=ChurnReason.BUDGET,
                note="Seats trimmed.",
            )
        )
    connect(store, sf_sandbox)
    first = sync(store, sf_adapter)
    with store.read() as session:
        failed = list(session.scalars(select(Outbox.last_error).where(Outbox.state == "failed")))
    assert failed == [] and first.waiting == 0
    sent = _rows(store)
    assert [e for e in MODELS if not sent[e]] == [], "the sample holds every kind"
    assert max(len(people) for people in sent["attendees"].values()) >= 2  # relations too
    marked = {r["CSM_Record__c"] for r in soql(sf_sandbox, "SELECT CSM_Record__c FROM Task")}
    assert {"task", "plan", "goal", "milestone"} <= marked

    other = open_on(sf_sandbox, sf_sandbox.auth.session_id, None)
    try:
        connect(second_store, sf_sandbox)
        sync(second_store, other)
        assert _rows(second_store) == sent
        assert sync(second_store, other).pushed == 0
    finally:
        other.close()
    again = sync(store, sf_adapter)
    assert (again.pushed, again.open_conflicts) == (0, 0)

"""The sync engine against the Salesforce sandbox over loopback: fields made on connect,
offline creates reaching the org once with their links, changes and deletions pulled, the
daily limit, an expired session, and a deletion feed out of reach."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from crm_sandbox.salesforce import SalesforceSandbox
from cs_desktop.db import Store
from cs_desktop.models import Account, Renewal, Stakeholder, Task, Touchpoint, TouchpointKind
from cs_desktop.sync.engine import run_sync
from cs_desktop.sync.salesforce import SalesforceAdapter
from cs_desktop.sync.salesforce.custom_fields import custom_fields
from cs_desktop.sync.salesforce.schema import MissingFields
from cs_desktop.sync.state import Outbox, SyncCursor
from tests.support.salesforce import (
    api,
    connect,
    control,
    signed_in,
    soql,
    sync,
)

pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture
def portfolio(store: Store) -> Iterator[dict[str, int]]:
    """A company, a contact, a meeting and a call with her, made before connecting."""
    with store.write() as session:
        account = Account(name="Acme", domain="acme.test")
        person = Stakeholder(account=account, name="Ann Lee", email="ann@acme.test")
        session.add_all([account, person])
        session.flush()
        for kind, title in ((TouchpointKind.MEETING, "QBR"), (TouchpointKind.CALL, "Check-in")):
            session.add(
                Touchpoint(
                    account_id=account.id,
                    kind=kind,
                    occurred_at=datetime(2026, 11, 5, 9, tzinfo=UTC),
                    title=title,
                    notes="Renewal is on track.",
                    attendees=[person],
                )
            )
    yield {"account": account.id, "person": person.id}


def _requests(sf_sandbox: SalesforceSandbox) -> list[dict[str, Any]]:
    with httpx.Client(base_url=sf_sandbox.url + "/__emulator", timeout=10) as client:
        return list(client.get("/requests").json()["requests"])


def _waiting(store: Store) -> int:
    with store.read() as session:
        count = select(func.count()).select_from(Outbox).where(Outbox.state != "done")
        return int(session.scalar(count) or 0)


def test_connecting_creates_the_missing_fields_once(
    sf_sandbox: SalesforceSandbox, sf_adapter: SalesforceAdapter
) -> None:
    sf_adapter.ensure_schema()
    sf_adapter.ensure_schema()  # contract 13: twice is fine
    with api(sf_sandbox) as client:
        described = client.get("/sobjects/Contact/describe").json()["fields"]
    local_id = next(f for f in described if f["name"] == "CSM_Local_Id__c")
    assert local_id["externalId"] and local_id["unique"]
    assert {f.name for f in custom_fields() if f.on == "Contact"} <= {f["name"] for f in described}


def test_an_org_where_fields_cannot_be_made_names_each_missing_one(
    sf_sandbox: SalesforceSandbox, sf_adapter: SalesforceAdapter
) -> None:
    control(sf_sandbox, "/faults", {"settings": {"toolingAccess": False}})
    with pytest.raises(MissingFields) as refused:
        sf_adapter.ensure_schema()
    assert "INSUFFICIENT_ACCESS" in str(refused.value)
    assert len(refused.value.missing) == len(custom_fields())
    assert "Opportunity: CSM_ARR_Before__c" in str(refused.value)


def test_offline_creates_reach_the_org_once_each_with_their_links(
    store: Store,
    sf_sandbox: SalesforceSandbox,
    sf_adapter: SalesforceAdapter,
    portfolio: dict[str, int],
) -> None:
    connect(store, sf_sandbox)
    result = sync(store, sf_adapter)
    with store.read() as session:
        errors = list(session.scalars(select(Outbox.last_error).where(Outbox.state == "failed")))
    assert errors == []
    assert result.failed == 0 and result.waiting == 0
    [company] = soql(sf_sandbox, "SELECT Id, Name, CSM_Local_Id__c FROM Account")
    [contact] = soql(sf_sandbox, "SELECT Id, AccountId, FirstName, LastName FROM Contact")
    [meeting] = soql(sf_sandbox, "SELECT Id, Subject, WhatId, WhoId, StartDateTime FROM Event")
    tasks = soql(sf_sandbox, "SELECT Id, Subject, WhatId, WhoId, TaskSubtype, Status FROM Task")
    assert company["Name"] == "Acme"
    assert (contact["FirstName"], contact["LastName"]) == ("Ann", "Lee")
    assert contact["AccountId"] == company["Id"]
    assert (meeting["Subject"], meeting["WhatId"], meeting["WhoId"]) == (
        "QBR",
        company["Id"],
        contact["Id"],
    )
    assert [(t["Subject"], t["TaskSubtype"], t["Status"]) for t in tasks] == [
        ("Check-in", "Call", "Completed")
    ]
    assert (tasks[0]["WhatId"], tasks[0]["WhoId"]) == (company["Id"], contact["Id"])
    with store.read() as session:
        account = session.get(Account, portfolio["account"])
        assert account is not None and company["CSM_Local_Id__c"] == str(account.uid)
    # A second run sends nothing and makes nothing.
    again = sync(store, sf_adapter)
    assert again.pushed == 0 and again.open_conflicts == 0
    assert len(soql(sf_sandbox, "SELECT Id FROM Task")) == 1


def test_changes_and_deletions_made_in_the_org_are_pulled(
    store: Store,
    sf_sandbox: SalesforceSandbox,
    sf_adapter: SalesforceAdapter,
    portfolio: dict[str, int],
) -> None:
    connect(store, sf_sandbox)
    sync(store, sf_adapter)
    [company] = soql(sf_sandbox, "SELECT Id FROM Account")
    [contact] = soql(sf_sandbox, "SELECT Id FROM Contact")
    control(sf_sandbox, "/clock", {"advance": 5})
    control(
        sf_sandbox,
        "/mutate",
        {"op": "update", "type": "Account", "id": company["Id"], "fields": {"Name": "Acme Corp"}},
    )
    control(sf_sandbox, "/mutate", {"op": "delete", "type": "Contact", "id": contact["Id"]})
    control(sf_sandbox, "/clock", {"advance": 120})  # the feed covers whole minutes gone by
    result = sync(store, sf_adapter)
    assert result.open_conflicts == 0
    with store.read() as session:
        account = session.get(Account, portfolio["account"])
        assert account is not None and account.name == "Acme Corp"
        assert session.get(Stakeholder, portfolio["person"]) is None


def test_the_daily_limit_stops_the_run_with_the_outbox_intact(
    store: Store,
    sf_sandbox: SalesforceSandbox,
    sf_adapter: SalesforceAdapter,
    portfolio: dict[str, int],
) -> None:
    connect(store, sf_sandbox)
    sf_adapter.ensure_schema()
    waiting = _waiting(store)
    control(
        sf_sandbox, "/faults", {"kind": "rate_limit", "method": "PATCH", "path": "*", "times": 0}
    )
    result = run_sync(store, sf_adapter)
    assert result.outcome != "ok"
    assert "daily API limit" in (result.message or "")
    assert _waiting(store) == waiting
    assert soql(sf_sandbox, "SELECT Id FROM Account") == []
    assert "api-usage=" in sf_adapter.rate.headers["Sforce-Limit-Info"]


def test_an_expired_session_is_refreshed_once_and_the_run_goes_on(
    store: Store, sf_sandbox: SalesforceSandbox, portfolio: dict[str, int]
) -> None:
    adapter = signed_in(sf_sandbox)
    try:
        connect(store, sf_sandbox)
        control(sf_sandbox, "/faults", {"expireTokens": True})
        result = sync(store, adapter)
        assert result.failed == 0 and result.waiting == 0
        assert adapter.refreshes == 2  # the sign-in's exchange, then one refresh
    finally:
        adapter.close()


def test_a_deletion_feed_out_of_reach_checks_every_known_record(
    store: Store,
    sf_sandbox: SalesforceSandbox,
    sf_adapter: SalesforceAdapter,
    portfolio: dict[str, int],
) -> None:
    connect(store, sf_sandbox)
    sync(store, sf_adapter)
    [contact] = soql(sf_sandbox, "SELECT Id FROM Contact")
    control(sf_sandbox, "/mutate", {"op": "delete", "type": "Contact", "id": contact["Id"]})
    # A month without a sync: the org's feed no longer reaches the last sweep.
    control(sf_sandbox, "/clock", {"advance": 31 * 86400})
    result = run_sync(store, sf_adapter, tombstones_every=timedelta(0))
    assert result.outcome == "ok", result
    with store.read() as session:
        assert session.get(Stakeholder, portfolio["person"]) is None
        assert session.get(Account, portfolio["account"]) is not None
        row = session.get(SyncCursor, ("salesforce", "contact"))
        assert row is not None and row.tombstones_since is not None


def test_attendees_removed_here_leave_the_activity_in_the_org(
    store: Store,
    sf_sandbox: SalesforceSandbox,
    sf_adapter: SalesforceAdapter,
    portfolio: dict[str, int],
) -> None:
    with store.write() as session:
        account = session.get(Account, portfolio["account"])
        assert account is not None
        bob = Stakeholder(account=account, name="Bob Ray", email="bob@acme.test")
        session.add(bob)
        meeting = session.scalars(
            select(Touchpoint).where(Touchpoint.kind == TouchpointKind.MEETING)
        ).one()
        meeting.attendees.append(bob)
    connect(store, sf_sandbox)
    sync(store, sf_adapter)
    [event] = soql(sf_sandbox, "SELECT Id, WhoId FROM Event")
    related = soql(
        sf_sandbox, f"SELECT RelationId FROM EventRelation WHERE EventId = '{event['Id']}'"
    )
    assert event["WhoId"] and len(related) == 1
    with store.write() as session:
        meeting = session.scalars(
            select(Touchpoint).where(Touchpoint.kind == TouchpointKind.MEETING)
        ).one()
        meeting.attendees.clear()
    result = sync(store, sf_adapter)
    assert result.failed == 0 and result.waiting == 0
    [event] = soql(sf_sandbox, "SELECT Id, WhoId FROM Event")
    assert event["WhoId"] is None
    assert soql(sf_sandbox, "SELECT Id FROM EventRelation WHERE IsWhat = false") == []


def test_a_sweep_with_no_deletion_moves_on_to_what_the_feed_covered(
    store: Store,
    sf_sandbox: SalesforceSandbox,
    sf_adapter: SalesforceAdapter,
    portfolio: dict[str, int],
) -> None:
    connect(store, sf_sandbox)
    sync(store, sf_adapter)
    control(sf_sandbox, "/clock", {"advance": 20 * 86400})
    sync(store, sf_adapter)  # nothing deleted: the sweep still moves on
    with store.read() as session:
        row = session.get(SyncCursor, ("salesforce", "contact"))
        assert row is not None and row.tombstones_since is not None
        swept_to = row.tombstones_since
    assert swept_to >= sf_adapter._client.org_now() - timedelta(minutes=2)
    # Twenty days on, past the window of the first listing, the feed still reaches.
    control(sf_sandbox, "/clock", {"advance": 20 * 86400})
    [contact] = soql(sf_sandbox, "SELECT Id FROM Contact")
    control(sf_sandbox, "/mutate", {"op": "delete", "type": "Contact", "id": contact["Id"]})
    control(sf_sandbox, "/clock", {"advance": 120})
    before = _requests(sf_sandbox)[-1]["seq"]
    sync(store, sf_adapter)
    with store.read() as session:
        assert session.get(Stakeholder, portfolio["person"]) is None
    since = [r for r in _requests(sf_sandbox) if r["seq"] > before]
    assert any(r["path"].endswith("/sobjects/Contact/deleted") for r in since)
    # ...and no full check read every known contact again.
    asked = [str(r["query"].get("q", [""])[0]) for r in since if r["path"].endswith("/query")]
    assert not [q for q in asked if "FROM Contact WHERE Id IN" in q]


def test_a_sync_into_an_org_lacking_fields_stops_before_sending_and_names_them(
    store: Store,
    sf_sandbox: SalesforceSandbox,
    sf_adapter: SalesforceAdapter,
    portfolio: dict[str, int],
) -> None:
    control(sf_sandbox, "/faults", {"settings": {"toolingAccess": False}})
    connect(store, sf_sandbox)
    waiting = _waiting(store)
    result = run_sync(store, sf_adapter)
    assert result.outcome != "ok"
    assert "Account: " in result.message and "CSM_Local_Id__c" in result.message
    assert "resources/salesforce" in result.message
    assert _waiting(store) == waiting
    assert soql(sf_sandbox, "SELECT Id FROM Account") == []


def test_a_task_a_colleague_made_in_the_org_becomes_a_task_of_its_account(
    store: Store,
    sf_sandbox: SalesforceSandbox,
    sf_adapter: SalesforceAdapter,
    portfolio: dict[str, int],
) -> None:
    """As with HubSpot: no CSM_Record__c; a logged call keeps being a call, a sales
    opportunity is not a renewal."""
    connect(store, sf_sandbox)
    sync(store, sf_adapter)
    [company] = soql(sf_sandbox, "SELECT Id FROM Account")
    control(sf_sandbox, "/clock", {"advance": 5})
    made = {"WhatId": company["Id"], "Status": "Not Started", "ActivityDate": "2026-12-10"}
    for fields in (
        {**made, "Subject": "Send the renewal quote", "TaskSubtype": "Task"},
        {**made, "Subject": "Call about the invoice", "TaskSubtype": "Call"},
    ):
        control(sf_sandbox, "/mutate", {"op": "create", "type": "Task", "fields": fields})
    opportunity = {
        "Name": "Upsell (sales)",
        "AccountId": company["Id"],
        "StageName": "Prospecting",
        "CloseDate": "2027-01-31",
    }
    control(sf_sandbox, "/mutate", {"op": "create", "type": "Opportunity", "fields": opportunity})
    control(sf_sandbox, "/clock", {"advance": 120})
    sync(store, sf_adapter)
    with store.read() as session:
        tasks = session.scalars(select(Task).where(Task.account_id == portfolio["account"])).all()
        calls = session.scalars(
            select(Touchpoint.title).where(Touchpoint.kind == TouchpointKind.CALL)
        ).all()
        renewals = session.scalars(select(Renewal)).all()
    assert [(t.title, t.due) for t in tasks] == [("Send the renewal quote", date(2026, 12, 10))]
    assert "Call about the invoice" in calls
    assert renewals == []
    sync(store, sf_adapter)  # nothing pulled twice
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Task)) == 1

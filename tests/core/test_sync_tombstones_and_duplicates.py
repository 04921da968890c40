"""Deletions found by an hourly sweep rather than every run; a contact the CRM holds already
(same email) adopted rather than failing the run."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from cs_desktop.coltypes import utc_now
from cs_desktop.db import Store
from cs_desktop.models import Account, Stakeholder
from cs_desktop.sync.engine import run_sync
from cs_desktop.sync.hubspot import HubSpotAdapter
from cs_desktop.sync.state import Conflict, Outbox
from tests.support.hubspot import advance, remote_id_of, sync

pytestmark = [
    pytest.mark.usefixtures("memory_keyring", "portal_in_the_past"),
    # The client waits on a fake clock: no rate limits; and searches see writes at once.
    pytest.mark.crm_sandbox(search_lag=False, rate_limits=False),
]


def archived_lists(control: httpx.Client) -> int:
    log: list[dict[str, Any]] = control.get("/requests").json()["requests"]
    return sum(1 for r in log if r["method"] == "GET" and r["query"].get("archived"))


def test_archived_records_are_listed_once_an_hour_not_every_run(
    store: Store, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    with store.write() as session:
        session.add_all([Account(name="Stays"), Account(name="Archived there")])
    sync(store, hub)  # the first pull lists the CRM: nothing archived to look for yet
    with store.read() as session:
        gone = session.scalars(select(Account).where(Account.name == "Archived there")).one()
    control.post(
        "/mutate", json={"op": "archive", "type": "companies", "id": remote_id_of(store, gone.uid)}
    )
    advance(control, 120)
    control.delete("/requests")

    sync(store, hub)  # minutes later: no sweep is due
    assert archived_lists(control) == 0
    with store.read() as session:
        assert session.scalar(select(Account.id).where(Account.name == "Archived there"))

    later = utc_now() + timedelta(hours=1, minutes=1)
    result = run_sync(store, hub, clock=lambda: later)
    assert result.outcome == "ok", result
    # One page of companies; the kinds the CRM holds none of are listed whole each run anyway.
    assert archived_lists(control) == 1
    with store.read() as session:
        assert set(session.scalars(select(Account.name))) == {"Stays"}

    control.delete("/requests")
    result = run_sync(store, hub, clock=lambda: later + timedelta(minutes=5))
    assert result.outcome == "ok", result
    assert archived_lists(control) == 0  # the sweep ran five minutes ago


def test_a_sweep_lists_ids_only(store: Store, control: httpx.Client, hub: HubSpotAdapter) -> None:
    with store.write() as session:
        session.add(Account(name="Acme"))
    sync(store, hub)
    control.delete("/requests")
    sync(store, hub, sweep=True)
    log: list[dict[str, Any]] = control.get("/requests").json()["requests"]
    listed = [r for r in log if r["query"].get("archived")]
    assert listed and all(r["query"]["properties"] == ["hs_object_id"] for r in listed)


def add_person(store: Store, account: str, name: str, email: str, title: str) -> None:
    with store.write() as session:
        company = Account(name=account)
        session.add(company)
        session.flush()
        session.add(Stakeholder(account_id=company.id, name=name, email=email, title=title))


def test_a_contact_the_crm_holds_already_is_adopted_not_failed(
    store: Store, api: httpx.Client, hub: HubSpotAdapter
) -> None:
    # A colleague entered Dana in the CRM; here she was added offline, with another title.
    made = api.post(
        "/crm/v3/objects/contacts",
        json={
            "properties": {
                "email": "dana@acme.test",
                "firstname": "Dana",
                "lastname": "Reyes",
                "jobtitle": "CFO",
            }
        },
    )
    assert made.status_code == 201
    add_person(store, "Acme", "Dana Reyes", "dana@acme.test", "Finance lead")
    add_person(store, "Beta", "Bo Lind", "bo@beta.test", "CTO")  # in the same batch

    result = run_sync(store, hub)

    assert result.outcome == "ok", result
    assert result.failed == 0
    contacts = api.get("/crm/v3/objects/contacts", params={"properties": "email"}).json()
    emails = sorted(c["properties"]["email"] for c in contacts["results"])
    assert emails == ["bo@beta.test", "dana@acme.test"]
    with store.read() as session:
        dana = session.scalars(select(Stakeholder).where(Stakeholder.name == "Dana Reyes")).one()
        conflicts = session.scalars(select(Conflict)).all()
        waiting = session.scalars(select(Outbox).where(Outbox.state != "done")).all()
    dana_id = made.json()["id"]
    assert remote_id_of(store, dana.uid) == dana_id
    # Both titles differ from a base neither had: the user chooses.
    assert [(c.field, c.local, c.remote) for c in conflicts] == [("title", "Finance lead", "CFO")]
    assert waiting == []  # the other values agree; the title waits in its conflict
    assert (
        api.get(f"/crm/v3/objects/contacts/{dana_id}?properties=jobtitle").json()["properties"][
            "jobtitle"
        ]
        == "CFO"
    )


def test_two_people_here_with_one_email_make_one_contact_and_say_so(
    store: Store, api: httpx.Client, hub: HubSpotAdapter
) -> None:
    add_person(store, "Acme", "Dana Reyes", "dana@acme.test", "CFO")
    add_person(store, "Acme EU", "Dana R.", "dana@acme.test", "CFO")

    result = run_sync(store, hub)

    assert result.outcome == "ok", result  # the others went; this one waits for the user
    assert result.failed == 1
    assert "Contact already exists" in result.errors[0]
    contacts = api.get("/crm/v3/objects/contacts", params={"properties": "email"}).json()
    assert [c["properties"]["email"] for c in contacts["results"]] == ["dana@acme.test"]

"""Searches are the scarce request (4 a second [H9]): a kind the portal holds none of stays
unlisted, and each pull lists it again (a list request) until it has records."""

from __future__ import annotations

import httpx
import pytest

from crm_sandbox import Sandbox
from cs_desktop.db import Store
from cs_desktop.sync.hubspot import HubSpotAdapter
from tests.support.hubspot import add_portfolio, advance, sync

pytestmark = pytest.mark.usefixtures("memory_keyring", "portal_in_the_past")


def searched(control: httpx.Client) -> set[str]:
    log = control.get("/requests").json()["requests"]
    control.delete("/requests")
    return {r["path"].split("/")[4] for r in log if r["path"].endswith("/search")}


def test_a_kind_the_portal_holds_none_of_costs_no_search(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    add_portfolio(store)  # a company, a contact and a note: no meeting, call or email
    sync(store, hub)
    advance(control, 120)
    control.delete("/requests")
    sync(store, hub)
    assert searched(control) == {"companies", "contacts", "notes"}

    control.post(
        "/mutate",
        json={
            "op": "create",
            "type": "calls",
            "properties": {"hs_call_title": "Intro", "hs_timestamp": "2026-01-05T09:00:00Z"},
        },
    )
    advance(control, 120)
    sync(store, hub)  # listed again, now with a record: its first pull
    assert searched(control) == {"companies", "contacts", "notes"}
    advance(control, 120)
    sync(store, hub)  # seen once: searched from now on, like any kind with records
    assert searched(control) == {"companies", "contacts", "notes", "calls"}


def listed(control: httpx.Client) -> list[str]:
    log = control.get("/requests").json()["requests"]
    control.delete("/requests")
    return sorted(
        r["path"].split("/")[4]
        for r in log
        if r["method"] == "GET" and r["path"].startswith("/crm/v3/objects/")
    )


def test_kinds_sharing_an_empty_object_type_list_it_once_a_pull(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    add_portfolio(store)
    sync(store, hub)
    advance(control, 120)
    control.delete("/requests")
    sync(store, hub)
    # Tasks hold tasks, plans, goals and milestones; deals renewals and forecasts.
    assert listed(control) == ["calls", "deals", "emails", "meetings", "tasks"]

    control.post(
        "/mutate",
        json={
            "op": "create",
            "type": "tasks",
            "properties": {"hs_task_subject": "Call back", "hs_timestamp": "2026-01-05T09:00:00Z"},
        },
    )
    advance(control, 120)
    sync(store, hub)  # the portal's own task: tasks are listed once for their four kinds
    assert listed(control).count("tasks") == 1
    advance(control, 120)
    sync(store, hub)  # listed: searched from now on, once for the four kinds
    log = control.get("/requests").json()["requests"]
    tasks = [r["method"] for r in log if r["path"].startswith("/crm/v3/objects/tasks")]
    assert tasks == ["POST"]  # one search, no listing

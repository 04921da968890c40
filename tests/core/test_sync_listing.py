"""A kind's first pull lists it by id, links included; later pulls search from where the
listing began. Against the HubSpot sandbox over loopback, with two records a page."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import select

from cs_desktop.db import Store
from cs_desktop.models import Account, Stakeholder, Touchpoint
from cs_desktop.sync.adapter import Cursor, Kind, Page
from cs_desktop.sync.engine import run_sync
from cs_desktop.sync.hubspot import HubSpotAdapter, reading
from cs_desktop.sync.progress import SyncProgress
from tests.support.hubspot import advance, sync

pytestmark = pytest.mark.usefixtures("memory_keyring", "portal_in_the_past")


@pytest.fixture(autouse=True)
def two_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "LIST_PAGE", 2)


def create(control_client: httpx.Client, object_type: str, **props: str) -> str:
    body = {"op": "create", "type": object_type, "properties": props}
    response = control_client.post("/mutate", json=body)
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


def associate(control_client: httpx.Client, object_type: str, record: str, to: str, to_id: str):
    body = {"op": "associate", "type": object_type, "id": record, "toType": to, "toId": to_id}
    assert control_client.post("/mutate", json=body).status_code == 200


def rename(control_client: httpx.Client, company: str, name: str) -> None:
    body = {"op": "update", "type": "companies", "id": company, "properties": {"name": name}}
    assert control_client.post("/mutate", json=body).status_code == 200


def requests_since(control_client: httpx.Client, seq: int) -> list[dict[str, Any]]:
    log: list[dict[str, Any]] = control_client.get("/requests").json()["requests"]
    return [r for r in log if r["seq"] > seq]


def last_seq(control_client: httpx.Client) -> int:
    log = control_client.get("/requests").json()["requests"]
    return int(log[-1]["seq"]) if log else 0


def account_names(store: Store) -> list[str]:
    with store.read() as session:
        return sorted(session.scalars(select(Account.name)))


def test_a_first_pull_lists_every_kind_with_its_links_and_later_pulls_search(
    store: Store, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    companies = [create(control, "companies", name=f"Co {n}") for n in range(3)]
    people = []
    for n in range(5):
        person = create(control, "contacts", firstname=f"P{n}", email=f"p{n}@co{n % 3}.test")
        associate(control, "contacts", person, "companies", companies[n % 3])
        people.append(person)
    for n in range(4):
        note = create(control, "notes", hs_note_body=f"Note {n}", hs_timestamp="1717200000000")
        associate(control, "notes", note, "companies", companies[n % 3])
        associate(control, "notes", note, "contacts", people[n % 3])
    advance(control, 120)
    before = last_seq(control)

    heard: list[SyncProgress] = []
    first = run_sync(store, hub, progress=heard.append)
    assert first.outcome == "ok"
    received = [p for p in heard if p.step == "receiving"]
    assert [p.kind for p in received] == sorted(
        (p.kind for p in received), key=["company", "contact", "note"].index
    )  # kind after kind, each counted up
    assert {(p.kind, p.done) for p in received} >= {("company", 3), ("contact", 5), ("note", 4)}
    assert heard[-1] == SyncProgress("indexing", None, 4)  # the notes, into the search index

    log = requests_since(control, before)
    reads = [r for r in log if r["method"] == "GET" and r["path"].startswith("/crm/v3/objects/")]
    assert not [r for r in log if r["path"].endswith("/search")]
    assert not [r for r in log if "/associations/" in r["path"]]  # links came with the pages
    assert {r["query"]["associations"][0] for r in reads if "associations" in r["query"]} == {
        "companies",  # contacts' companies
        "companies,contacts",  # engagements'
    }
    assert any("after" in r["query"] for r in reads if r["path"].endswith("/contacts"))
    assert first.pulled == 3 + 5 + 4
    with store.read() as session:
        by_account = {
            a.name: sorted(p.name for p in a.stakeholders) for a in session.scalars(select(Account))
        }
        touchpoints = session.scalars(select(Touchpoint)).all()
        notes = {t.notes: [p.name for p in t.attendees] for t in touchpoints}
    assert by_account == {"Co 0": ["P0", "P3"], "Co 1": ["P1", "P4"], "Co 2": ["P2"]}
    assert notes == {"Note 0": ["P0"], "Note 1": ["P1"], "Note 2": ["P2"], "Note 3": ["P0"]}

    rename(control, companies[1], "Co 1 renamed")
    advance(control, 120)
    before = last_seq(control)
    second = sync(store, hub)
    log = requests_since(control, before)
    assert second.pulled == 1
    assert any(r["path"] == "/crm/v3/objects/companies/search" for r in log)
    listed = {r["path"] for r in log if r["method"] == "GET" and "archived" not in r["query"]}
    # Only the kinds the portal holds none of are listed again (a search is scarcer); a
    # portal without the renewals pipeline is asked for it each pull (deals made there are
    # renewals).
    assert listed == {
        *(f"/crm/v3/objects/{kind}" for kind in ("meetings", "calls", "emails", "tasks", "deals")),
        "/crm/v3/pipelines/deals",
    }
    assert account_names(store) == ["Co 0", "Co 1 renamed", "Co 2"]


def test_a_record_changed_behind_the_listing_is_pulled_by_the_next_search(
    store: Store, control: httpx.Client, hub: HubSpotAdapter, monkeypatch: pytest.MonkeyPatch
) -> None:
    companies = [create(control, "companies", name=f"Co {n}") for n in range(5)]
    listed = hub.pull_page

    def list_then_change(kind: Kind, cur: Cursor, limit: int) -> Page:
        page = listed(kind, cur, limit)
        if kind == "company" and cur == Cursor():
            # A colleague renames the first company once the listing has passed it.
            advance(control, 1)
            rename(control, companies[0], "Co 0 renamed")
        return page

    monkeypatch.setattr(hub, "pull_page", list_then_change)
    sync(store, hub)
    assert account_names(store) == ["Co 0", "Co 1", "Co 2", "Co 3", "Co 4"]

    advance(control, 120)
    again = sync(store, hub)
    assert again.pulled == 1
    assert account_names(store) == ["Co 0 renamed", "Co 1", "Co 2", "Co 3", "Co 4"]


def test_a_cancelled_listing_resumes_where_it_stopped(
    store: Store, control: httpx.Client, hub: HubSpotAdapter, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(7):
        create(control, "companies", name=f"Co {n}")
    advance(control, 120)
    served: list[Cursor] = []
    listed = hub.pull_page

    def counted(kind: Kind, cur: Cursor, limit: int) -> Page:
        served.append(cur)
        return listed(kind, cur, limit)

    monkeypatch.setattr(hub, "pull_page", counted)
    stopped = run_sync(store, hub, cancelled=lambda: len(served) >= 2)
    assert stopped.outcome == "cancelled"
    kept = account_names(store)
    assert 0 < len(kept) < 7

    before = last_seq(control)
    sync(store, hub)
    log = requests_since(control, before)
    listing = [r for r in log if r["path"] == "/crm/v3/objects/companies"]
    assert "after" in listing[0]["query"]  # not from the start again
    assert account_names(store) == [f"Co {n}" for n in range(7)]
    with store.read() as session:
        assert session.scalars(select(Stakeholder)).all() == []

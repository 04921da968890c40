"""Engagements logged in the CRM by colleagues reach the touchpoint log (issue #5), over
loopback HTTP against the HubSpot sandbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from cs_desktop.db import Store
from cs_desktop.models import Account, Stakeholder, Touchpoint, TouchpointKind
from cs_desktop.search import search_touchpoints
from cs_desktop.sync.engagements import note_title
from cs_desktop.sync.engine import run_sync
from cs_desktop.sync.hubspot import HubSpotAdapter
from cs_desktop.sync.state import Conflict, SyncRecord, UnplacedEngagement
from tests.support.hubspot import advance, pending_ops, remote_id_of, sync

# The sandbox, its clock an hour behind, a connected adapter and a keyring in memory.
pytestmark = pytest.mark.usefixtures("memory_keyring", "portal_in_the_past")

WHEN = datetime(2026, 3, 2, 14, 30, tzinfo=UTC)


def add_customer(store: Store, name: str, people: list[str]) -> Account:
    with store.write() as session:
        account = Account(name=name)
        session.add_all([account, *(Stakeholder(account=account, name=p) for p in people)])
    return account


def person_ids(store: Store) -> dict[str, str]:
    """Remote contact ids by stakeholder name."""
    with store.read() as session:
        people = session.scalars(select(Stakeholder)).all()
    return {p.name: remote_id_of(store, p.uid) for p in people}


def create_remote(control_client: httpx.Client, object_type: str, **properties: str) -> str:
    response = control_client.post(
        "/mutate", json={"op": "create", "type": object_type, "properties": properties}
    )
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


def associate(
    control_client: httpx.Client,
    object_type: str,
    remote_id: str,
    to: list[tuple[str, str]],
    **options: Any,
) -> None:
    for to_type, to_id in to:
        response = control_client.post(
            "/mutate",
            json={
                "op": "associate",
                "type": object_type,
                "id": remote_id,
                "toType": to_type,
                "toId": to_id,
                **options,
            },
        )
        assert response.status_code == 200, response.text


def touchpoints(store: Store) -> list[Touchpoint]:
    with store.read() as session:
        rows = session.scalars(select(Touchpoint).order_by(Touchpoint.id)).all()
        for row in rows:
            _ = row.account.name, [p.name for p in row.attendees]  # loaded for the asserts
        return list(rows)


def search(store: Store, query: str) -> list[tuple[str, str]]:
    with store.engine.connect() as connection:
        return [(h.account_name, h.title) for h in search_touchpoints(connection, query)]


def all_clean(store: Store) -> bool:
    with store.read() as session:
        states = set(session.scalars(select(SyncRecord.sync_state)))
    return states == {"clean"}


def test_a_meeting_logged_in_the_crm_joins_the_account_log_with_its_attendees(
    store: Store, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    acme = add_customer(store, "Acme", ["Ann Lee", "Bo Chen", "Cy Diaz"])
    other = add_customer(store, "Globex", ["Dee Fox"])
    sync(store, hub)
    people = person_ids(store)
    meeting = create_remote(
        control,
        "meetings",
        hs_meeting_title="Renewal review",
        hs_meeting_body="Budget approved for the Tokyo rollout.",
        hs_timestamp=WHEN.isoformat(),
    )
    associate(
        control,
        "meetings",
        meeting,
        [
            ("companies", remote_id_of(store, acme.uid)),
            ("contacts", people["Ann Lee"]),
            ("contacts", people["Bo Chen"]),
            ("contacts", people["Dee Fox"]),  # a guest: attendees are the account's people
        ],
    )
    advance(control, 120)
    result = sync(store, hub)
    assert (result.pulled, result.waiting) == (1, 0)
    [touchpoint] = touchpoints(store)
    assert (touchpoint.kind, touchpoint.title, touchpoint.notes, touchpoint.occurred_at) == (
        TouchpointKind.MEETING,
        "Renewal review",
        "Budget approved for the Tokyo rollout.",
        WHEN,
    )
    assert touchpoint.account.name == "Acme" and touchpoint.account_id != other.id
    assert sorted(p.name for p in touchpoint.attendees) == ["Ann Lee", "Bo Chen"]
    assert search(store, "Tokyo rollout") == [("Acme", "Renewal review")]
    assert pending_ops(store) == 0 and all_clean(store)  # pulled, not captured as edits

    advance(control, 120)
    again = sync(store, hub)
    assert (again.pushed, again.pulled, again.conflicts, again.waiting) == (0, 0, 0, 0)
    assert pending_ops(store) == 0 and all_clean(store)
    assert len(touchpoints(store)) == 1


def test_a_note_and_a_call_get_titles_and_kinds_of_their_own(
    store: Store, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    acme = add_customer(store, "Acme", [])
    sync(store, hub)
    company = remote_id_of(store, acme.uid)
    note = create_remote(
        control,
        "notes",
        hs_note_body="<p>Asked for SSO &amp; audit logs</p><p>Follow up in May</p>",
        hs_timestamp=WHEN.isoformat(),
    )
    call = create_remote(control, "calls", hs_call_body="", hs_timestamp=WHEN.isoformat())
    for engagement, object_type in ((note, "notes"), (call, "calls")):
        associate(control, object_type, engagement, [("companies", company)])
    advance(control, 120)
    sync(store, hub)
    kinds = {t.kind: (t.title, t.notes) for t in touchpoints(store)}
    assert kinds[TouchpointKind.NOTE][0] == "Asked for SSO & audit logs"
    assert kinds[TouchpointKind.CALL] == ("Call", "")
    assert search(store, "audit logs") == [("Acme", "Asked for SSO & audit logs")]


def test_note_titles_are_the_first_line_shortened() -> None:
    assert note_title("\n  Renewal at risk  \nDetails follow") == "Renewal at risk"
    assert note_title("<div><br></div>") == ""
    long = note_title("word " * 40)
    assert len(long) == 80 and long.endswith("…")


def test_an_engagement_waits_for_its_company_and_is_placed_when_it_arrives(
    store: Store, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    call = create_remote(
        control,
        "calls",
        hs_call_title="Intro call",
        hs_call_body="Met the new VP.",
        hs_timestamp=WHEN.isoformat(),
    )
    advance(control, 120)
    first = sync(store, hub)
    assert first.pulled == 0 and touchpoints(store) == []
    with store.read() as session:
        assert session.scalars(select(UnplacedEngagement.remote_id)).all() == [call]

    # Later a colleague adds the company and links the call to it; the link alone does not
    # move the call's modified date.
    company = create_remote(control, "companies", name="Initech")
    associate(control, "calls", call, [("companies", company)], bump=False)
    advance(control, 120)
    second = sync(store, hub)
    assert second.pulled == 2  # the company, then the call waiting for it
    [touchpoint] = touchpoints(store)
    assert (touchpoint.account.name, touchpoint.kind, touchpoint.title) == (
        "Initech",
        TouchpointKind.CALL,
        "Intro call",
    )
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(UnplacedEngagement)) == 0
    advance(control, 120)
    third = sync(store, hub)
    assert (third.pulled, third.waiting) == (0, 0) and all_clean(store)


def test_a_waiting_engagement_linked_to_a_known_company_is_placed_by_the_weekly_check(
    store: Store, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    acme = add_customer(store, "Acme", [])
    sync(store, hub)
    company = remote_id_of(store, acme.uid)
    waiting = create_remote(control, "notes", hs_note_body="Pricing", hs_timestamp=WHEN.isoformat())
    advance(control, 600)  # the next note moves the pull's cursor past this one's overlap
    placed = create_remote(control, "notes", hs_note_body="Demo", hs_timestamp=WHEN.isoformat())
    associate(control, "notes", placed, [("companies", company)])
    advance(control, 120)
    assert sync(store, hub).pulled == 1
    associate(control, "notes", waiting, [("companies", company)], bump=False)
    advance(control, 120)
    assert sync(store, hub).pulled == 0  # no company arrived, the week is not over
    next_week = datetime.now(tz=UTC) + timedelta(days=8)
    result = run_sync(store, hub, clock=lambda: next_week)
    assert result.outcome == "ok" and result.pulled == 1
    assert sorted(t.notes for t in touchpoints(store)) == ["Demo", "Pricing"]


def test_remote_edits_of_a_pulled_engagement_go_through_the_three_way_merge(
    store: Store, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    acme = add_customer(store, "Acme", [])
    sync(store, hub)
    meeting = create_remote(
        control,
        "meetings",
        hs_meeting_title="QBR",
        hs_meeting_body="Adoption is flat.",
        hs_timestamp=WHEN.isoformat(),
    )
    associate(control, "meetings", meeting, [("companies", remote_id_of(store, acme.uid))])
    advance(control, 120)
    sync(store, hub)

    update = {"op": "update", "type": "meetings", "id": meeting}
    properties = {"hs_meeting_title": "Q1 QBR", "hs_meeting_body": "Adoption is up."}
    control.post("/mutate", json={**update, "properties": properties})
    with store.write() as session:
        session.scalars(select(Touchpoint)).one().notes = "Adoption is flat; champion left."
    advance(control, 120)
    result = sync(store, hub)
    assert result.open_conflicts == 1
    [touchpoint] = touchpoints(store)
    assert (touchpoint.title, touchpoint.notes) == ("Q1 QBR", "Adoption is flat; champion left.")
    with store.read() as session:
        conflict = session.scalars(select(Conflict)).one()
    assert (conflict.field, conflict.remote) == ("notes", "Adoption is up.")  # never merged


@pytest.mark.parametrize("object_type", ["notes", "emails"])
def test_an_archived_engagement_leaves_the_log_and_the_search(
    store: Store, control: httpx.Client, hub: HubSpotAdapter, object_type: str
) -> None:
    acme = add_customer(store, "Acme", [])
    sync(store, hub)
    body = {"notes": "hs_note_body", "emails": "hs_email_text"}[object_type]
    engagement = create_remote(
        control, object_type, **{body: "Escalation closed", "hs_timestamp": WHEN.isoformat()}
    )
    associate(control, object_type, engagement, [("companies", remote_id_of(store, acme.uid))])
    advance(control, 120)
    sync(store, hub)
    assert search(store, "Escalation") != []
    control.post("/mutate", json={"op": "archive", "type": object_type, "id": engagement})
    advance(control, 120)
    sync(store, hub, sweep=True)
    assert touchpoints(store) == [] and search(store, "Escalation") == []
    with store.read() as session:
        record = session.scalars(select(SyncRecord).where(SyncRecord.remote_id == engagement))
        assert record.one().deleted_at is not None
    assert pending_ops(store) == 0

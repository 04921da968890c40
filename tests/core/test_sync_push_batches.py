"""Links reach the CRM in a batch request per pair of kinds; a link the batch does not
confirm goes again on its own and fails by itself when its record is gone."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import select

from crm_sandbox import Sandbox
from cs_desktop.db import Store
from cs_desktop.edits import TouchpointDraft, add_touchpoint
from cs_desktop.ids import AccountId, StakeholderId
from cs_desktop.models import Account, Stakeholder, TouchpointKind
from cs_desktop.sync.hubspot import HubSpotAdapter
from cs_desktop.sync.state import Outbox
from tests.support.hubspot import advance, remote_all, remote_id_of, sync

pytestmark = pytest.mark.usefixtures("memory_keyring", "portal_in_the_past")


def requests_since(control: httpx.Client, seq: int) -> list[tuple[str, str]]:
    log = control.get("/requests", params={"since": seq}).json()["requests"]
    return [(r["method"], r["path"]) for r in log]


def last_seq(control: httpx.Client) -> int:
    log = control.get("/requests").json()["requests"]
    return int(log[-1]["seq"]) if log else 0


def add_people(store: Store, count: int) -> tuple[Account, list[Stakeholder]]:
    with store.write() as session:
        account = Account(name="Acme")
        people = [Stakeholder(account=account, name=f"Person {n}") for n in range(count)]
        session.add_all([account, *people])
    return account, people


def log_meeting(store: Store, account: Account, people: list[Stakeholder]) -> None:
    with store.write() as session:
        add_touchpoint(
            session,
            TouchpointDraft(
                account_id=AccountId(account.id),
                kind=TouchpointKind.MEETING,
                occurred_at=datetime(2026, 3, 2, 10, tzinfo=UTC),
                title="Quarterly review",
                attendee_ids=tuple(StakeholderId(p.id) for p in people),
            ),
        )


def meeting_contacts(sandbox: Sandbox, hub: HubSpotAdapter) -> set[str]:
    meetings = remote_all(sandbox, "meetings")
    assert len(meetings) == 1
    meeting_id = meetings[0]["id"]
    return hub.read_links("meeting", [meeting_id], "contact")[meeting_id]


def test_links_go_in_one_request_per_pair_of_kinds(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    account, people = add_people(store, 3)
    log_meeting(store, account, people)
    start = last_seq(control)
    result = sync(store, hub)
    assert result.failed == 0 and result.waiting == 0
    made = requests_since(control, start)
    link_requests = [p for m, p in made if m == "PUT" or p.endswith("/associate/default")]
    # contact->company, meeting->company, meeting->contact: one batch each, whatever the count
    assert sorted(link_requests) == [
        "/crm/v4/associations/contacts/companies/batch/associate/default",
        "/crm/v4/associations/meetings/companies/batch/associate/default",
        "/crm/v4/associations/meetings/contacts/batch/associate/default",
    ]
    assert meeting_contacts(sandbox, hub) == {remote_id_of(store, p.uid) for p in people}


def test_a_link_to_a_record_gone_from_the_crm_fails_alone(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    account, people = add_people(store, 2)
    sync(store, hub)
    kept, gone = people
    gone_id = remote_id_of(store, gone.uid)
    control.post("/mutate", json={"op": "archive", "type": "contacts", "id": gone_id})
    log_meeting(store, account, people)
    advance(control, 120)
    start = last_seq(control)
    result = sync(store, hub)
    puts = [path for method, path in requests_since(control, start) if method == "PUT"]
    # The batch could not link the archived contact: that link alone went again, and failed.
    assert len(puts) == 1 and puts[0].endswith(f"/contacts/{gone_id}")
    assert result.failed == 1
    assert meeting_contacts(sandbox, hub) == {remote_id_of(store, kept.uid)}
    with store.read() as session:
        failed = session.scalars(select(Outbox).where(Outbox.state == "failed")).all()
    assert [row.entity for row in failed] == ["link"]


def test_a_first_push_fills_its_requests_kind_by_kind(
    store: Store, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    # 240 touchpoints of four kinds and two attendees each: a batch of 100 split by kind
    # sent requests a quarter full.
    account, people = add_people(store, 2)
    kinds = [TouchpointKind.NOTE, TouchpointKind.MEETING, TouchpointKind.CALL, TouchpointKind.EMAIL]
    with store.write() as session:
        for n in range(240):
            add_touchpoint(
                session,
                TouchpointDraft(
                    account_id=AccountId(account.id),
                    kind=kinds[n % 4],
                    occurred_at=datetime(2026, 3, 2, 10, tzinfo=UTC),
                    title=f"Touchpoint {n}",
                    attendee_ids=tuple(StakeholderId(p.id) for p in people),
                ),
            )
    start = last_seq(control)
    result = sync(store, hub)
    assert result.failed == 0 and result.waiting == 0
    made = requests_since(control, start)
    for kind in ("notes", "meetings", "calls", "emails"):
        upserts = [p for _, p in made if p == f"/crm/v3/objects/{kind}/batch/upsert"]
        assert len(upserts) == 1, kind  # 60 of them, one request
    # 722 links (to the company and both people; the people to the company) in 8 pairs of
    # kinds: two claims, a request or two per pair each, not 8 claims of 8 requests.
    links = [p for _, p in made if p.endswith("/batch/associate/default")]
    assert len(links) <= 18

"""Contract §5 acceptance tests: the engine against the HubSpot sandbox over loopback HTTP."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from crm_sandbox import Sandbox
from cs_desktop.db import Store
from cs_desktop.models import Account, Stakeholder, Touchpoint
from cs_desktop.sync.connection import open_adapter
from cs_desktop.sync.engine import run_sync
from cs_desktop.sync.hubspot import HubSpotAdapter
from cs_desktop.sync.hubspot.connect import connect_hubspot
from cs_desktop.sync.pull import pull
from cs_desktop.sync.resolve import resolve_conflict
from cs_desktop.sync.retry import RetryPolicy
from cs_desktop.sync.state import Conflict, Outbox, SyncRecord
from tests.support.hubspot import (
    FakeTime,
    add_portfolio,
    advance,
    edit_account,
    mutate,
    oauth_connect,
    pending_ops,
    remote_all,
    remote_id_of,
    sync,
)
from tests.support.keychain import MemoryKeyring

pytestmark = [
    pytest.mark.usefixtures("memory_keyring", "portal_in_the_past"),
    # The client waits on a fake clock: no rate limits; and searches see writes at once.
    pytest.mark.crm_sandbox(search_lag=False, rate_limits=False),
]


# 1 ----------------------------------------------------------------------------------------


def test_offline_creates_reach_the_crm_once_with_links(
    store: Store,
    sandbox: Sandbox,
    hub: HubSpotAdapter,
) -> None:
    account_id, _ = add_portfolio(store)
    result = sync(store, hub)
    assert result.failed == 0 and result.waiting == 0
    companies, contacts, notes = (
        remote_all(sandbox, t) for t in ("companies", "contacts", "notes")
    )
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None
        uid = str(account.uid)
    assert [c["properties"]["csm_local_id"] for c in companies] == [uid]
    assert len(contacts) == 1 and len(notes) == 1
    assert contacts[0]["properties"]["firstname"] == "Ann"
    assert pending_ops(store) == 0
    company_id = companies[0]["id"]
    links = hub.read_links("contact", [contacts[0]["id"]], "company")
    assert links[contacts[0]["id"]] == {company_id}
    note_links = hub.read_links("note", [notes[0]["id"]], "contact")
    assert note_links[notes[0]["id"]] == {contacts[0]["id"]}


# 2 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "apply_then_fail", "status": 502},
        {"kind": "delay", "seconds": 2.0, "when": "after"},
    ],
)
def test_a_write_applied_then_failed_is_retried_without_duplicates(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    fault: dict[str, Any],
    fake_time: FakeTime,
) -> None:
    connect_hubspot(store, token=sandbox.auth.private_token, base_url=sandbox.url)
    adapter = HubSpotAdapter(
        sandbox.url,
        open_adapter(store).auth,
        retry=RetryPolicy(sleep=fake_time.sleep, monotonic=fake_time.monotonic),
        timeout=0.5,
    )
    add_portfolio(store)
    control.post(
        "/faults",
        json={"faults": [{**fault, "method": "POST", "path": "*/companies/batch/upsert"}]},
    )
    sync(store, adapter)
    adapter.close()
    assert len(remote_all(sandbox, "companies")) == 1
    assert pending_ops(store) == 0


# 4 ----------------------------------------------------------------------------------------


def test_retry_after_is_honoured_and_the_run_completes(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    hub: HubSpotAdapter,
    fake_time: FakeTime,
) -> None:
    add_portfolio(store)
    control.post(
        "/faults",
        json={"faults": [{"kind": "rate_limit", "retryAfter": 3, "path": "*/batch/upsert"}]},
    )
    result = sync(store, hub)
    assert fake_time.sleeps and fake_time.sleeps[0] >= 3
    assert result.waiting == 0
    assert hub.retry.attempts_made < 100


# 5 ----------------------------------------------------------------------------------------


def test_an_expired_token_is_refreshed_once_and_the_rotated_token_kept(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    memory_keyring: MemoryKeyring,
) -> None:
    first_refresh = oauth_connect(store, sandbox)
    control.post("/faults", json={"settings": {"rotateRefreshTokens": True}})
    adapter = open_adapter(store)
    add_portfolio(store)
    control.post("/faults", json={"expireTokens": True})
    sync(store, adapter)
    assert adapter.refreshes == 2  # at open (no access token yet), then once on the 401
    stored = json.loads(next(iter(memory_keyring.items.values())))
    assert stored["refresh_token"] != first_refresh
    assert len(remote_all(sandbox, "companies")) == 1
    adapter.close()


def test_invalid_grant_stops_with_auth_required_and_keeps_the_outbox(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
) -> None:
    oauth_connect(store, sandbox)
    adapter = open_adapter(store)
    add_portfolio(store)
    before = pending_ops(store)
    control.post(
        "/faults",
        json={
            "faults": [{"kind": "invalid_grant", "path": "/oauth/v3/token", "times": 0}],
            "expireTokens": True,
        },
    )
    result = run_sync(store, adapter)
    assert result.outcome == "auth_required", result
    assert pending_ops(store) == before
    adapter.close()


# 6 ----------------------------------------------------------------------------------------


def test_a_batch_with_invalid_inputs_acks_the_rest_once(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    hub: HubSpotAdapter,
) -> None:
    with store.write() as session:
        session.add_all([Account(name=f"Account {n:03d}") for n in range(100)])
    control.post(
        "/faults",
        json={
            "faults": [
                {
                    "kind": "batch_errors",
                    "path": "*/companies/batch/upsert",
                    "select": {"indexes": [3, 50, 97]},
                }
            ]
        },
    )
    control.delete("/requests")
    result = sync(store, hub)
    assert result.failed == 3 and result.pushed == 97
    with store.read() as session:
        failed = session.scalars(select(Outbox).where(Outbox.state == "failed")).all()
        assert len(failed) == 3 and all(row.last_error for row in failed)
    assert len(remote_all(sandbox, "companies")) == 97
    sync(store, hub)  # nothing is re-sent
    log = control.get("/requests").json()["requests"]
    upserts = [r for r in log if str(r.get("path", "")).endswith("/batch/upsert")]
    assert len(upserts) == 1


# 7 ----------------------------------------------------------------------------------------


def test_disjoint_edits_survive_and_same_field_edits_conflict_until_resolved(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    hub: HubSpotAdapter,
) -> None:
    account_id, _ = add_portfolio(store)
    sync(store, hub)
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None
        remote_id = remote_id_of(store, account.uid)
    advance(control, 120)
    mutate(control, "companies", remote_id, domain="acme.example")
    edit_account(store, account_id, name="Acme Corp")
    advance(control, 120)
    sync(store, hub)
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None
        assert (account.name, account.domain) == ("Acme Corp", "acme.example")
    remote = next(c for c in remote_all(sandbox, "companies") if c["id"] == remote_id)
    assert (remote["properties"]["name"], remote["properties"]["domain"]) == (
        "Acme Corp",
        "acme.example",
    )

    advance(control, 120)
    mutate(control, "companies", remote_id, name="Acme (theirs)")
    edit_account(store, account_id, name="Acme (mine)")
    advance(control, 120)
    result = sync(store, hub)
    assert result.open_conflicts == 1
    remote = next(c for c in remote_all(sandbox, "companies") if c["id"] == remote_id)
    assert remote["properties"]["name"] == "Acme (theirs)"
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None and account.name == "Acme (mine)"
        conflict = session.scalars(select(Conflict)).one()
        assert (conflict.field, conflict.local, conflict.remote) == (
            "name",
            "Acme (mine)",
            "Acme (theirs)",
        )
    sync(store, hub)  # still held: neither side overwritten
    remote = next(c for c in remote_all(sandbox, "companies") if c["id"] == remote_id)
    assert remote["properties"]["name"] == "Acme (theirs)"

    resolve_conflict(store, conflict.id, "mine")
    advance(control, 120)
    result = sync(store, hub)
    assert result.open_conflicts == 0
    remote = next(c for c in remote_all(sandbox, "companies") if c["id"] == remote_id)
    assert remote["properties"]["name"] == "Acme (mine)"


def test_a_local_edit_back_to_the_synced_value_conflicts_with_a_crm_change(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    hub: HubSpotAdapter,
) -> None:
    """Found by the property test: the user renamed Acme to Beta and back to Acme while the
    CRM renamed it to Gamma. Equal to the base, the local value still is an edit (it waits in
    the outbox): taking the CRM's value silently would lose it."""
    account_id, _ = add_portfolio(store)
    sync(store, hub)
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None
        remote_id = remote_id_of(store, account.uid)
    advance(control, 120)
    mutate(control, "companies", remote_id, name="Gamma")
    edit_account(store, account_id, name="Beta")
    edit_account(store, account_id, name="Acme")
    advance(control, 120)
    result = sync(store, hub)

    assert result.open_conflicts == 1
    remote = next(c for c in remote_all(sandbox, "companies") if c["id"] == remote_id)
    assert remote["properties"]["name"] == "Gamma"
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None and account.name == "Acme"
        conflict = session.scalars(select(Conflict)).one()
        assert (conflict.field, conflict.local, conflict.remote) == ("name", "Acme", "Gamma")
    resolve_conflict(store, conflict.id, "mine")
    advance(control, 120)
    assert sync(store, hub).open_conflicts == 0
    remote = next(c for c in remote_all(sandbox, "companies") if c["id"] == remote_id)
    assert remote["properties"]["name"] == "Acme"


def test_a_pull_keeps_a_waiting_edit_back_to_the_synced_value(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    hub: HubSpotAdapter,
) -> None:
    """The same when the pull meets the edit still in the outbox (made while a run pushed)."""
    account_id, _ = add_portfolio(store)
    sync(store, hub)
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None
        remote_id = remote_id_of(store, account.uid)
    advance(control, 120)
    mutate(control, "companies", remote_id, name="Gamma")
    edit_account(store, account_id, name="Beta")
    edit_account(store, account_id, name="Acme")
    advance(control, 120)
    pull(store, hub, lambda: False)

    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None and account.name == "Acme"
        conflict = session.scalars(select(Conflict)).one()
        assert (conflict.field, conflict.local, conflict.remote) == ("name", "Acme", "Gamma")


# 7: resolving a conflict after a later local edit of the same record ------------------------


def open_name_conflict(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> tuple[int, str, int]:
    """A synced Acme renamed on both sides: (account id, its CRM id, the open conflict's id)."""
    account_id, _ = add_portfolio(store)
    sync(store, hub)
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None
        remote_id = remote_id_of(store, account.uid)
    advance(control, 120)
    mutate(control, "companies", remote_id, name="Acme (theirs)")
    edit_account(store, account_id, name="Acme (mine)")
    advance(control, 120)
    assert sync(store, hub).open_conflicts == 1
    with store.read() as session:
        conflict_id = session.scalars(select(Conflict.id)).one()
    return account_id, remote_id, conflict_id


def remote_company(sandbox: Sandbox, remote_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(
        c for c in remote_all(sandbox, "companies") if c["id"] == remote_id
    )["properties"]
    return found


def local_company(store: Store, account_id: int) -> tuple[str, str | None]:
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None
        return account.name, account.domain


@pytest.mark.parametrize("synced_while_open", [False, True], ids=["waiting", "blocked"])
def test_keep_theirs_wins_over_an_edit_made_while_the_conflict_was_open(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    hub: HubSpotAdapter,
    synced_while_open: bool,
) -> None:
    """The conflict shows the current local value as mine; keeping theirs drops the local
    change of that field only: the later rename is not pushed over theirs, the domain edited
    with it still is."""
    account_id, remote_id, conflict_id = open_name_conflict(store, sandbox, control, hub)
    edit_account(store, account_id, name="Acme (later)")
    if synced_while_open:
        advance(control, 120)
        sync(store, hub)  # the rename waits for the user, blocked
    edit_account(store, account_id, domain="later.test")
    resolve_conflict(store, conflict_id, "theirs")
    assert local_company(store, account_id) == ("Acme (theirs)", "later.test")
    advance(control, 120)
    assert sync(store, hub).open_conflicts == 0
    remote = remote_company(sandbox, remote_id)
    assert (remote["name"], remote["domain"]) == ("Acme (theirs)", "later.test")
    assert local_company(store, account_id) == ("Acme (theirs)", "later.test")
    assert pending_ops(store) == 0


@pytest.mark.parametrize("synced_while_open", [False, True], ids=["waiting", "blocked"])
def test_keep_mine_keeps_the_edit_made_while_the_conflict_was_open(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    hub: HubSpotAdapter,
    synced_while_open: bool,
) -> None:
    """Mine is the local value now, not the one the conflict was detected with."""
    account_id, remote_id, conflict_id = open_name_conflict(store, sandbox, control, hub)
    edit_account(store, account_id, name="Acme (later)")
    if synced_while_open:
        advance(control, 120)
        sync(store, hub)
    resolve_conflict(store, conflict_id, "mine")
    assert local_company(store, account_id) == ("Acme (later)", "acme.test")
    advance(control, 120)
    assert sync(store, hub).open_conflicts == 0
    assert remote_company(sandbox, remote_id)["name"] == "Acme (later)"
    assert local_company(store, account_id) == ("Acme (later)", "acme.test")
    assert pending_ops(store) == 0
    with store.read() as session:
        resolved = session.get(Conflict, conflict_id)
        assert resolved is not None and resolved.local == "Acme (later)"


def test_a_resolved_record_with_waiting_edits_stays_dirty_for_the_pull(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    hub: HubSpotAdapter,
) -> None:
    """Resolving the last conflict of a record whose edits still wait leaves it dirty: a
    pull treats a clean record as having nothing in the outbox, so a waiting edit of the
    domain back to its synced value would silently give way to the CRM's domain."""
    account_id, remote_id, conflict_id = open_name_conflict(store, sandbox, control, hub)
    edit_account(store, account_id, domain="other.test")
    edit_account(store, account_id, domain="acme.test")
    mutate(control, "companies", remote_id, domain="crm.test")
    resolve_conflict(store, conflict_id, "theirs")
    with store.read() as session:
        record = session.scalars(select(SyncRecord).where(SyncRecord.remote_id == remote_id)).one()
        assert record.sync_state == "dirty"
    advance(control, 120)
    pull(store, hub, lambda: False)
    assert local_company(store, account_id) == ("Acme (theirs)", "acme.test")
    with store.read() as session:
        conflict = session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None))).one()
        assert (conflict.field, conflict.local, conflict.remote) == (
            "domain",
            "acme.test",
            "crm.test",
        )


# 8 ----------------------------------------------------------------------------------------


def test_deletes_both_ways(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    hub: HubSpotAdapter,
) -> None:
    with store.write() as session:
        gone_remote, edited, gone_local = (
            Account(name="Archived there"),
            Account(name="Edited here"),
            Account(name="Deleted here"),
        )
        session.add_all([gone_remote, edited, gone_local])
    sync(store, hub)
    ids = {a.name: remote_id_of(store, a.uid) for a in (gone_remote, edited, gone_local)}
    advance(control, 120)
    for name in ("Archived there", "Edited here"):
        control.post("/mutate", json={"op": "archive", "type": "companies", "id": ids[name]})
    edit_account(store, edited.id, domain="edited.test")
    with store.write() as session:
        session.delete(session.get(Account, gone_local.id))
    advance(control, 120)
    result = sync(store, hub, sweep=True)  # archived records are listed now, not in an hour
    with store.read() as session:
        names = set(session.scalars(select(Account.name)))
        assert "Archived there" not in names  # remote archive => local tombstone
        assert "Edited here" in names
        conflict = session.scalars(select(Conflict)).one()
        assert conflict.field == "*deleted*"
    assert result.open_conflicts == 1
    live = {c["id"] for c in remote_all(sandbox, "companies")}
    assert ids["Deleted here"] not in live  # local delete => archived
    assert pending_ops(store) == 1  # the blocked edit, held by its conflict


# 11 + 13 ----------------------------------------------------------------------------------


def test_push_then_pull_is_an_echo_and_schema_twice_is_fine(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    hub: HubSpotAdapter,
) -> None:
    add_portfolio(store)
    sync(store, hub)
    advance(control, 120)
    result = sync(store, hub)
    assert (result.pushed, result.pulled, result.conflicts) == (0, 0, 0)
    with store.read() as session:
        states = set(session.scalars(select(SyncRecord.sync_state)))
    assert states == {"clean"}
    hub.ensure_schema()
    hub.ensure_schema()
    control.post("/reset", json={"schema": "bare"})
    hub.ensure_schema()
    hub.ensure_schema()


def test_a_company_made_in_the_crm_is_pulled(
    store: Store,
    control: httpx.Client,
    hub: HubSpotAdapter,
) -> None:
    control.post(
        "/mutate", json={"op": "create", "type": "companies", "properties": {"name": "New Co"}}
    )
    advance(control, 120)
    result = sync(store, hub)
    assert result.pulled == 1
    with store.read() as session:
        assert session.scalars(select(Account.name)).all() == ["New Co"]


# 9 ----------------------------------------------------------------------------------------


def create_remote_companies(control_client: httpx.Client, count: int, step_s: float) -> None:
    for n in range(count):
        control_client.post(
            "/mutate",
            json={"op": "create", "type": "companies", "properties": {"name": f"Remote {n:03d}"}},
        )
        if step_s:
            advance(control_client, step_s)


def list_a_first_company(store: Store, control_client: httpx.Client, hub: HubSpotAdapter) -> None:
    """A kind's first pull lists it; from then on its changes are searched for."""
    control_client.post(
        "/mutate", json={"op": "create", "type": "companies", "properties": {"name": "First"}}
    )
    assert sync(store, hub).pulled == 1


@pytest.mark.parametrize(
    ("count", "identical"), [(250, False), (300, True)], ids=["spread", "identical"]
)
def test_every_change_is_pulled_exactly_once_past_a_low_search_cap(
    store: Store,
    control: httpx.Client,
    hub: HubSpotAdapter,
    count: int,
    identical: bool,
) -> None:
    list_a_first_company(store, control, hub)  # what follows is searched for
    settings: dict[str, Any] = {"searchResultCap": 100, "searchLagSeconds": 5}
    if identical:
        settings["identicalTimestamps"] = True
    control.post("/faults", json={"settings": settings})
    create_remote_companies(control, count, 0 if identical else 1)
    advance(control, 120)
    first = sync(store, hub)
    advance(control, 120)
    second = sync(store, hub)
    assert first.pulled + second.pulled == count
    with store.read() as session:
        names = session.scalars(select(Account.name)).all()
    assert len(names) == len(set(names)) == count + 1
    if identical:  # one instant beyond the cap is paged by id, not skipped
        log = control.get("/requests").json()["requests"]
        assert any("hs_object_id" in json.dumps(r) and "search" in str(r) for r in log)


def test_a_search_over_several_pages_spread_over_days_keeps_every_record(
    store: Store, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    # Modified dates further apart than the search overlap: paging must not shift the window.
    days_ago = datetime.now(tz=UTC) - timedelta(days=5)
    control.post("/clock", json={"now": days_ago.isoformat(), "frozen": True})
    list_a_first_company(store, control, hub)  # the pull below searches
    create_remote_companies(control, 450, 600)
    control.post("/clock", json={"offset": -3600})
    result = sync(store, hub)
    with store.read() as session:
        names = session.scalars(select(Account.name)).all()
    assert result.pulled == len(set(names)) - 1 == 450


# 10 ---------------------------------------------------------------------------------------


def test_an_association_only_change_in_the_crm_is_pulled(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    account_id, _ = add_portfolio(store)
    with store.write() as session:
        session.add(Stakeholder(account_id=account_id, name="Bo Chen"))
    sync(store, hub)
    contacts = {c["properties"]["firstname"]: c["id"] for c in remote_all(sandbox, "contacts")}
    note_id = remote_all(sandbox, "notes")[0]["id"]
    for op, contact in (("associate", "Bo"), ("unassociate", "Ann")):
        response = control.post(
            "/mutate",
            json={
                "op": op,
                "type": "notes",
                "id": note_id,
                "toType": "contacts",
                "toId": contacts[contact],
                "bump": False,
            },
        )
        assert response.status_code == 200, response.text
    next_week = datetime.now(tz=UTC) + timedelta(days=8)
    result = run_sync(store, hub, clock=lambda: next_week)
    assert result.outcome == "ok" and result.pulled == 2
    with store.read() as session:
        touchpoint = session.scalars(select(Touchpoint)).one()
        assert [p.name for p in touchpoint.attendees] == ["Bo Chen"]
    again = run_sync(store, hub, clock=lambda: next_week + timedelta(days=8))
    assert (again.pushed, again.pulled, again.waiting) == (0, 0, 0)

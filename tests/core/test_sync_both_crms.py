"""The sync contract's acceptance tests (§5) for each CRM: HubSpot and Salesforce, over
loopback against their sandboxes, through the same engine and the provider's adapter.

Where the two differ by contract the test says so: a HubSpot 429 is waited out, a Salesforce
org out of API requests stops the run with the outbox intact.
"""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cs_desktop.db import Store, open_store
from cs_desktop.models import Account, Stakeholder, Touchpoint
from cs_desktop.sync.adapter import CrmAdapter
from cs_desktop.sync.engine import run_sync
from cs_desktop.sync.hubspot import HubSpotAdapter
from cs_desktop.sync.resolve import resolve_conflict
from cs_desktop.sync.salesforce import SalesforceAdapter
from cs_desktop.sync.state import Conflict, Outbox, SyncRecord
from tests.support.crm_providers import TOKEN_PATHS, Crm, sync
from tests.support.hubspot import add_portfolio, edit_account, pending_ops
from tests.support.keychain import MemoryKeyring

pytestmark = pytest.mark.usefixtures("memory_keyring")


def _uid(store: Store, model: type[Account] | type[Stakeholder], row_id: int) -> str:
    with store.read() as session:
        row = session.get(model, row_id)
        assert isinstance(row, Account | Stakeholder)
        return str(row.uid)


# 1 ----------------------------------------------------------------------------------------


def test_offline_creates_reach_the_crm_once_with_links(store: Store, crm: Crm) -> None:
    account_id, person_id = add_portfolio(store)
    adapter = crm.connect(store)
    result = sync(store, adapter)
    assert result.failed == 0 and result.waiting == 0 and pending_ops(store) == 0
    company = crm.find("company", _uid(store, Account, account_id))
    contact = crm.find("contact", _uid(store, Stakeholder, person_id))
    assert company.values["name"] == "Acme" and contact.values["name"] == "Ann Lee"
    assert [crm.count(kind) for kind in ("company", "contact", "note")] == [1, 1, 1]
    note = crm.rows("note")[0]
    assert adapter.read_links("contact", [contact.remote_id], "company") == {
        contact.remote_id: {company.remote_id}
    }
    assert adapter.read_links("note", [note.remote_id], "contact") == {
        note.remote_id: {contact.remote_id}
    }
    adapter.close()


# 2 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [{"kind": "apply_then_fail", "status": 502}, {"kind": "reset", "when": "after"}],
    ids=["apply_then_fail", "reset_after_applying"],
)
def test_a_write_applied_then_failed_is_retried_without_duplicates(
    store: Store, crm: Crm, fault: dict[str, Any]
) -> None:
    add_portfolio(store)
    adapter = crm.connect(store)
    crm.fault(**fault)
    sync(store, adapter)
    assert crm.count("company") == 1 and crm.count("contact") == 1
    assert pending_ops(store) == 0
    adapter.close()


# 4 ----------------------------------------------------------------------------------------


def test_the_crm_s_request_limit(store: Store, crm: Crm) -> None:
    add_portfolio(store)
    adapter = crm.connect(store)
    crm.fault("rate_limit", retryAfter=3)
    if crm.provider == "hubspot":
        result = sync(store, adapter)
        assert crm.fake_time.sleeps and crm.fake_time.sleeps[0] >= 3  # Retry-After honoured
        assert result.waiting == 0
    else:
        before = pending_ops(store)
        result = run_sync(store, adapter)
        # 403 REQUEST_LIMIT_EXCEEDED: no waiting helps before tomorrow; nothing is lost.
        assert result.outcome == "rate_limited", result
        assert not crm.fake_time.sleeps
        assert pending_ops(store) == before
        assert sync(store, adapter).waiting == 0  # the next run sends it all
    assert crm.count("company") == 1
    adapter.close()


# 5 ----------------------------------------------------------------------------------------


def test_an_expired_token_is_refreshed_once_and_the_request_replayed(
    store: Store, crm: Crm, memory_keyring: MemoryKeyring
) -> None:
    add_portfolio(store)
    adapter = crm.connect(store, oauth=True)
    assert isinstance(adapter, HubSpotAdapter | SalesforceAdapter)
    crm.settings(rotateRefreshTokens=True)
    sync(store, adapter)
    refreshes = adapter.refreshes
    with store.write() as session:
        session.add(Account(name="After expiry"))
    crm.expire_tokens()
    sync(store, adapter)
    assert adapter.refreshes == refreshes + 1
    assert crm.count("company") == 2
    kept = json.loads(next(iter(memory_keyring.items.values())))
    assert kept["refresh_token"] not in ("", crm.first_refresh)  # the rotated one, kept
    adapter.close()


def test_invalid_grant_stops_with_auth_required_and_keeps_the_outbox(
    store: Store, crm: Crm
) -> None:
    adapter = crm.connect(store, oauth=True)
    add_portfolio(store)
    before = pending_ops(store)
    crm.fault("invalid_grant", path=TOKEN_PATHS[crm.provider], times=0)
    crm.expire_tokens()
    result = run_sync(store, adapter)
    assert result.outcome == "auth_required", result
    assert pending_ops(store) == before
    adapter.close()


# 6 ----------------------------------------------------------------------------------------


def test_a_batch_with_invalid_inputs_acks_the_rest_once(store: Store, crm: Crm) -> None:
    with store.write() as session:
        session.add_all([Account(name=f"Account {n:03d}") for n in range(100)])
    adapter = crm.connect(store)
    crm.fault("batch_errors", select={"indexes": [3, 50, 97]})
    crm.clear_requests()
    result = sync(store, adapter)
    assert result.failed == 3 and result.pushed == 97
    with store.read() as session:
        failed = session.scalars(select(Outbox).where(Outbox.state == "failed")).all()
        assert len(failed) == 3 and all(row.last_error for row in failed)
    assert crm.count("company") == 97
    sync(store, adapter)  # nothing is re-sent
    assert len(crm.writes()) == 1
    adapter.close()


# 7 ----------------------------------------------------------------------------------------


def test_disjoint_edits_survive_and_same_field_edits_conflict_until_resolved(
    store: Store, crm: Crm
) -> None:
    account_id, _ = add_portfolio(store)
    adapter = crm.connect(store)
    sync(store, adapter)
    remote_id = crm.find("company", _uid(store, Account, account_id)).remote_id
    crm.advance(120)
    crm.update("company", remote_id, domain="acme.example")
    edit_account(store, account_id, name="Acme Corp")
    crm.advance(120)
    sync(store, adapter)
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None
        assert (account.name, account.domain) == ("Acme Corp", "acme.example")
    there = crm.find("company", account.uid).values
    assert (there["name"], there["domain"]) == ("Acme Corp", "acme.example")

    crm.advance(120)
    crm.update("company", remote_id, name="Acme (theirs)")
    edit_account(store, account_id, name="Acme (mine)")
    crm.advance(120)
    assert sync(store, adapter).open_conflicts == 1
    assert crm.find("company", account.uid).values["name"] == "Acme (theirs)"
    with store.read() as session:
        conflict = session.scalars(select(Conflict)).one()
        assert (conflict.field, conflict.local, conflict.remote) == (
            "name",
            "Acme (mine)",
            "Acme (theirs)",
        )
    sync(store, adapter)  # still held: neither side overwritten
    assert crm.find("company", account.uid).values["name"] == "Acme (theirs)"
    resolve_conflict(store, conflict.id, "mine")
    crm.advance(120)
    assert sync(store, adapter).open_conflicts == 0
    assert crm.find("company", account.uid).values["name"] == "Acme (mine)"
    adapter.close()


# 8 ----------------------------------------------------------------------------------------


def test_deletes_both_ways(store: Store, crm: Crm) -> None:
    with store.write() as session:
        gone_remote, edited, gone_local = (
            Account(name="Deleted there"),
            Account(name="Edited here"),
            Account(name="Deleted here"),
        )
        session.add_all([gone_remote, edited, gone_local])
    adapter = crm.connect(store)
    sync(store, adapter)
    ids = {a.name: crm.find("company", a.uid).remote_id for a in (gone_remote, edited, gone_local)}
    crm.advance(120)
    for name in ("Deleted there", "Edited here"):
        crm.delete("company", ids[name])
    edit_account(store, edited.id, domain="edited.test")
    with store.write() as session:
        session.delete(session.get(Account, gone_local.id))
    crm.advance(120)
    result = sync(store, adapter, sweep=True)
    with store.read() as session:
        names = set(session.scalars(select(Account.name)))
        assert "Deleted there" not in names  # remote delete => local tombstone
        assert "Edited here" in names
        assert session.scalars(select(Conflict)).one().field == "*deleted*"
    assert result.open_conflicts == 1
    assert ids["Deleted here"] not in {row.remote_id for row in crm.rows("company")}
    assert pending_ops(store) == 1  # the blocked edit, held by its conflict
    adapter.close()


# 9 ----------------------------------------------------------------------------------------


@pytest.mark.slow
def test_every_change_is_pulled_exactly_once_with_identical_timestamps(
    store: Store, crm: Crm
) -> None:
    adapter = crm.connect(store)
    crm.create("company", name="First")
    crm.advance(120)
    assert sync(store, adapter).pulled == 1
    if crm.provider == "hubspot":
        crm.settings(searchResultCap=100)  # restarts past the cap
    crm.settings(identicalTimestamps=True)
    for n in range(300):
        crm.create("company", name=f"Remote {n:03d}")
    crm.settings(identicalTimestamps=False)
    crm.advance(120)
    first = sync(store, adapter)
    crm.advance(120)
    second = sync(store, adapter)
    assert first.pulled + second.pulled == 300
    with store.read() as session:
        names = session.scalars(select(Account.name)).all()
    assert len(names) == len(set(names)) == 301
    adapter.close()


# 10 ---------------------------------------------------------------------------------------


def test_a_change_of_attendees_in_the_crm_is_pulled(store: Store, crm: Crm) -> None:
    account_id, _ = add_portfolio(store)
    with store.write() as session:
        session.add(Stakeholder(account_id=account_id, name="Bo Chen"))
    adapter = crm.connect(store)
    sync(store, adapter)
    contacts = {row.values["name"]: row.remote_id for row in crm.rows("contact")}
    note = crm.rows("note")[0].remote_id
    if crm.provider == "hubspot":
        # Links change without touching the note's modification date: the weekly re-read
        # of links finds it.
        for op, name in (("associate", "Bo Chen"), ("unassociate", "Ann Lee")):
            body = {"op": op, "type": "notes", "id": note, "toType": "contacts", "bump": False}
            crm.mutate({**body, "toId": contacts[name]})
    else:
        # A Task's contact is a field of it (WhoId): changing it is a change of the record.
        body = {
            "op": "update",
            "type": "Task",
            "id": note,
            "fields": {"WhoId": contacts["Bo Chen"]},
        }
        crm.mutate(body)
    next_week = crm.now() + timedelta(days=8)
    result = run_sync(store, adapter, clock=lambda: next_week)
    assert result.outcome == "ok" and result.pulled >= 1
    with store.read() as session:
        touchpoint = session.scalars(select(Touchpoint)).one()
        assert [p.name for p in touchpoint.attendees] == ["Bo Chen"]
    again = run_sync(store, adapter, clock=lambda: next_week + timedelta(days=8))
    assert (again.pushed, again.pulled, again.waiting) == (0, 0, 0)
    adapter.close()


# 11 + 13 ----------------------------------------------------------------------------------


def test_push_then_pull_is_an_echo_and_schema_twice_is_fine(store: Store, crm: Crm) -> None:
    add_portfolio(store)
    adapter: CrmAdapter = crm.connect(store)
    sync(store, adapter)
    crm.advance(120)
    result = sync(store, adapter)
    assert (result.pushed, result.pulled, result.conflicts) == (0, 0, 0)
    with store.read() as session:
        assert set(session.scalars(select(SyncRecord.sync_state))) == {"clean"}
    adapter.ensure_schema()
    adapter.ensure_schema()
    adapter.close()


def test_a_company_made_in_the_crm_is_pulled(store: Store, crm: Crm) -> None:
    adapter = crm.connect(store)
    crm.create("company", name="New Co")
    crm.advance(120)
    assert sync(store, adapter).pulled == 1
    with store.read() as session:
        assert session.scalars(select(Account.name)).all() == ["New Co"]
    adapter.close()


# Two stores ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_two_stores_converge_through_the_crm_and_conflicts_are_shown(
    crm: Crm, migrated_store_file: Path, tmp_path: Path
) -> None:
    stores = []
    for name in ("desktop", "laptop"):
        shutil.copyfile(migrated_store_file, tmp_path / f"{name}.sqlite3")
        stores.append(open_store(tmp_path / f"{name}.sqlite3"))
    desktop, laptop = stores
    account_id, _ = add_portfolio(desktop)
    adapters = [crm.connect(store) for store in stores]

    def round_of_syncs() -> list[int]:
        conflicts = []
        for store, adapter in zip(stores, adapters, strict=True):
            crm.advance(120)
            conflicts.append(sync(store, adapter).open_conflicts)
        return conflicts

    round_of_syncs()
    round_of_syncs()
    with laptop.read() as session:
        copy = session.scalars(select(Account)).one()
        assert (copy.name, copy.domain) == ("Acme", "acme.test")
        assert [p.name for p in copy.stakeholders] == ["Ann Lee"]
    edit_account(desktop, account_id, name="Acme Corp")
    edit_account(laptop, copy.id, domain="acme.example")
    round_of_syncs()
    round_of_syncs()
    for store in stores:
        with store.read() as session:
            account = session.scalars(select(Account)).one()
            assert (account.name, account.domain) == ("Acme Corp", "acme.example")

    edit_account(desktop, account_id, name="Acme (desktop)")
    edit_account(laptop, copy.id, name="Acme (laptop)")
    assert round_of_syncs() == [0, 1]  # the second to sync holds the conflict
    assert crm.find("company", copy.uid).values["name"] == "Acme (desktop)"
    with laptop.read() as session:
        conflict = session.scalars(select(Conflict)).one()
        assert (conflict.local, conflict.remote) == ("Acme (laptop)", "Acme (desktop)")
    assert round_of_syncs() == [0, 1]  # still shown, nothing overwritten
    assert crm.find("company", copy.uid).values["name"] == "Acme (desktop)"
    for adapter, store in zip(adapters, stores, strict=True):
        adapter.close()
        store.close()

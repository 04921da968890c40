"""What the app shows and does around a sync: counts, conflicts, probes, tests, disconnect."""

from __future__ import annotations

import httpx
import keyring
import pytest
from sqlalchemy import func, select

from crm_sandbox import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Sandbox
from cs_desktop.db import Store
from cs_desktop.models import Account, Touchpoint
from cs_desktop.sync import credentials
from cs_desktop.sync.connection import disconnect
from cs_desktop.sync.deadlines import Deadlines
from cs_desktop.sync.hubspot.connect import check_hubspot, connect_hubspot
from cs_desktop.sync.online import reachable, sync_once
from cs_desktop.sync.resolve import resolve_conflict
from cs_desktop.sync.state import Entity, Outbox
from cs_desktop.sync.status import (
    ConflictItem,
    SyncOverview,
    open_conflicts,
    resolution_changes,
    sync_overview,
)
from tests.support.hubspot import (
    add_portfolio,
    advance,
    edit_account,
    mutate,
    remote_id_of,
    unchecked,
)
from tests.support.keychain import MemoryKeyring

pytestmark = pytest.mark.usefixtures("memory_keyring", "portal_in_the_past")

CLOSED_PORT = "http://127.0.0.1:9"  # discard: nothing listens there


def overview(store: Store) -> SyncOverview:
    with store.engine.connect() as conn:
        return sync_overview(conn)


def conflicts(store: Store) -> list[ConflictItem]:
    with store.engine.connect() as conn:
        return open_conflicts(conn)


def test_overview_counts_waiting_changes_and_the_last_good_sync(
    store: Store, sandbox: Sandbox
) -> None:
    assert not overview(store).connected
    add_portfolio(store)
    connect_hubspot(store, token=sandbox.auth.private_token, base_url=sandbox.url)
    before = overview(store)
    assert before.connected and before.base_url == sandbox.url
    assert before.waiting > 0 and before.last_synced_at is None
    report = sync_once(store)
    assert report.outcome == "ok", report
    after = overview(store)
    assert after.waiting == 0 and after.open_conflicts == 0
    assert after.last_synced_at is not None and after.last_outcome == "ok"


def test_a_same_field_conflict_is_listed_with_its_record_and_account(
    store: Store, sandbox: Sandbox, control: httpx.Client
) -> None:
    account_id, _ = add_portfolio(store)
    connect_hubspot(store, token=sandbox.auth.private_token, base_url=sandbox.url)
    assert sync_once(store).outcome == "ok"
    with store.read() as session:
        account = session.get(Account, account_id)
        touchpoint = session.scalars(select(Touchpoint)).one()
        assert account is not None
        company_id = remote_id_of(store, account.uid)
        note_id = remote_id_of(store, touchpoint.uid)
    advance(control, 120)
    mutate(control, "companies", company_id, name="Acme (theirs)")
    mutate(control, "notes", note_id, hs_note_body="Their notes")
    edit_account(store, account_id, name="Acme (mine)")
    with store.write() as session:
        session.scalars(select(Touchpoint)).one().notes = "My notes\nsecond line"
    advance(control, 120)
    report = sync_once(store)
    assert report.outcome == "ok" and report.result is not None
    assert overview(store).open_conflicts == 2
    found = {item.field: item for item in conflicts(store)}
    name, notes = found["name"], found["notes"]
    assert (name.entity, name.record, name.account_id) == (
        Entity.COMPANY,
        "Acme (mine)",
        account_id,
    )
    assert (name.base, name.local, name.remote) == ("Acme", "Acme (mine)", "Acme (theirs)")
    assert notes.entity is Entity.TOUCHPOINT and notes.record == "Kick-off"
    assert notes.account_name == "Acme (mine)" and notes.is_text and not name.is_text
    assert resolution_changes(name).accounts == {account_id}
    assert resolution_changes(notes).touchpoints
    resolve_conflict(store, name.id, "theirs")
    assert [item.field for item in conflicts(store)] == ["notes"]


def test_offline_is_reported_without_a_run(store: Store) -> None:
    connect_hubspot(store, token="pat-x", base_url=CLOSED_PORT, verify=unchecked)
    assert not reachable(CLOSED_PORT)
    report = sync_once(store)
    assert report.offline and report.result is None
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Outbox)) == 0
    assert overview(store).last_outcome is None  # no run was logged


def test_not_connected_and_lost_credentials_say_so(store: Store, sandbox: Sandbox) -> None:
    assert sync_once(store).outcome == "not_connected"
    connect_hubspot(store, token=sandbox.auth.private_token, base_url=sandbox.url)
    credentials.delete_secret(overview(store).account_name or "")
    report = sync_once(store)
    assert report.outcome == "auth_required" and "keychain" in report.message


def test_pulled_records_ask_views_to_refresh(
    store: Store, sandbox: Sandbox, control: httpx.Client
) -> None:
    connect_hubspot(store, token=sandbox.auth.private_token, base_url=sandbox.url)
    assert sync_once(store).changes.portfolio is False  # nothing pulled: nothing to re-read
    control.post(
        "/mutate", json={"op": "create", "type": "companies", "properties": {"name": "New Co"}}
    )
    advance(control, 120)
    report = sync_once(store)
    assert report.result is not None and report.result.pulled == 1
    assert report.changes.portfolio and report.changes.touchpoints


def test_check_accepts_the_sandbox_token_and_refuses_a_wrong_one(sandbox: Sandbox) -> None:
    good = check_hubspot(sandbox.url, token=sandbox.auth.private_token)
    assert good.ok, good.message
    bad = check_hubspot(sandbox.url, token="pat-wrong")
    assert not bad.ok and "token" in bad.message
    away = check_hubspot(CLOSED_PORT, token="pat-x", deadlines=Deadlines().per_request(2))
    assert not away.ok and "Cannot reach" in away.message


def test_check_with_oauth_hands_back_a_rotated_refresh_token(
    sandbox: Sandbox, control: httpx.Client
) -> None:
    control.post("/faults", json={"settings": {"rotateRefreshTokens": True}})
    grant = httpx.post(
        f"{sandbox.url}/oauth/v1/token",
        data={
            "grant_type": "authorization_code",
            "code": "test",
            "client_id": DEFAULT_CLIENT_ID,
            "client_secret": DEFAULT_CLIENT_SECRET,
            "redirect_uri": "http://localhost/",
        },
    ).json()
    check = check_hubspot(
        sandbox.url, oauth=(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, grant["refresh_token"])
    )
    assert check.ok, check.message
    assert check.refresh_token and check.refresh_token != grant["refresh_token"]
    again = check_hubspot(
        sandbox.url, oauth=(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, check.refresh_token)
    )
    assert again.ok, again.message


def test_disconnect_forgets_the_secret_and_stops_capture(
    store: Store, sandbox: Sandbox, memory_keyring: MemoryKeyring
) -> None:
    account_id, _ = add_portfolio(store)
    connect_hubspot(store, token=sandbox.auth.private_token, base_url=sandbox.url)
    waiting_before = overview(store).waiting
    assert disconnect(store)
    assert not memory_keyring.items and not overview(store).connected
    edit_account(store, account_id, name="Renamed while disconnected")
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Outbox)) == waiting_before
    assert not disconnect(store)
    connect_hubspot(store, token=sandbox.auth.private_token, base_url=sandbox.url)
    assert overview(store).waiting == waiting_before  # the rename joins the pending create


def test_session_only_secrets_are_named_as_such(store: Store) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    connected = connect_hubspot(
        store, token="pat-x", base_url=CLOSED_PORT, allow_session_only=True, verify=unchecked
    )
    assert not connected.persisted
    assert credentials.kept_for_session_only(overview(store).account_name or "")
    assert overview(store).connected

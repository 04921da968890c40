"""Steps the sync tests repeat against the CRM sandbox: a fake clock, a checked sync, a small
portfolio, and reading or changing what the portal holds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import func, select

from crm_sandbox import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Sandbox
from cs_desktop.db import Store
from cs_desktop.ids import AccountId
from cs_desktop.models import Account, Stakeholder, Touchpoint, TouchpointKind
from cs_desktop.sync.connection import ConnectionCheck
from cs_desktop.sync.engine import SyncResult, run_sync
from cs_desktop.sync.hubspot import HubSpotAdapter
from cs_desktop.sync.hubspot.connect import connect_hubspot
from cs_desktop.sync.pull import TOMBSTONES_EVERY
from cs_desktop.sync.state import Outbox, SyncRecord


class FakeTime:
    """Monotonic time that only moves when the retry policy sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def monotonic(self) -> float:
        return self.now


def sync(store: Store, adapter: HubSpotAdapter, *, sweep: bool = False) -> SyncResult:
    """One run that must succeed; ``sweep`` lists archived records though none is due yet."""
    every = timedelta(0) if sweep else TOMBSTONES_EVERY
    result = run_sync(store, adapter, tombstones_every=every)
    assert result.outcome == "ok", result
    return result


def _api(sandbox: Sandbox) -> httpx.Client:
    headers = {"Authorization": f"Bearer {sandbox.auth.private_token}"}
    return httpx.Client(base_url=sandbox.url, headers=headers, timeout=10)


def remote_all(sandbox: Sandbox, object_type: str) -> list[dict[str, Any]]:
    props = "csm_local_id,name,domain,firstname,lastname,hs_note_body,hs_meeting_title"
    with _api(sandbox) as client:
        response = client.get(
            f"/crm/v3/objects/{object_type}", params={"limit": 100, "properties": props}
        )
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def pending_ops(store: Store) -> int:
    with store.read() as session:
        return int(
            session.scalar(select(func.count()).select_from(Outbox).where(Outbox.state != "done"))
            or 0
        )


def add_portfolio(store: Store) -> tuple[int, int]:
    with store.write() as session:
        account = Account(name="Acme", domain="acme.test")
        person = Stakeholder(account=account, name="Ann Lee", email="ann@acme.test")
        session.add_all([account, person])
        session.flush()
        session.add(
            Touchpoint(
                account_id=AccountId(account.id),
                kind=TouchpointKind.NOTE,
                occurred_at=datetime(2026, 1, 5, 9, tzinfo=UTC),
                title="Kick-off",
                notes="They want a rollout plan.",
                attendees=[person],
            )
        )
    return account.id, person.id


def remote_id_of(store: Store, uid: Any) -> str:
    with store.read() as session:
        record = session.scalars(select(SyncRecord).where(SyncRecord.local_uid == uid)).one()
        assert record.remote_id is not None
        return record.remote_id


def advance(control_client: httpx.Client, seconds: float) -> None:
    control_client.post("/clock", json={"advance": seconds})


def oauth_connect(store: Store, sandbox: Sandbox) -> str:
    with httpx.Client(base_url=sandbox.url) as client:
        grant = client.post(
            "/oauth/v1/token",
            data={
                "grant_type": "authorization_code",
                "code": "test",
                "client_id": DEFAULT_CLIENT_ID,
                "client_secret": DEFAULT_CLIENT_SECRET,
                "redirect_uri": "http://localhost/",
            },
        ).json()
    connect_hubspot(
        store,
        oauth=(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, grant["refresh_token"]),
        base_url=sandbox.url,
    )
    return str(grant["refresh_token"])


def edit_account(store: Store, account_id: int, **values: Any) -> None:
    with store.write() as session:
        account = session.get(Account, account_id)
        assert account is not None
        for name, value in values.items():
            setattr(account, name, value)


def mutate(control_client: httpx.Client, object_type: str, remote_id: str, **props: str) -> None:
    response = control_client.post(
        "/mutate", json={"op": "update", "type": object_type, "id": remote_id, "properties": props}
    )
    assert response.status_code == 200, response.text


def unchecked(
    base_url: str, *, token: str | None, oauth: tuple[str, str, str] | None
) -> ConnectionCheck:
    """A verifier that accepts anything: to connect a store to a CRM that is down (as one
    connected while online finds it later)."""
    return ConnectionCheck(True, "not checked")

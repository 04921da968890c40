"""The Salesforce sandbox for the sync engine's tests: an adapter signed in to it, a store
connected to it, and reads of the org as it stands."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest

from crm_sandbox.salesforce import (
    API_VERSION,
    DEFAULT_CLIENT_ID,
    SalesforceSandbox,
)
from cs_desktop.coltypes import utc_now
from cs_desktop.db import Store
from cs_desktop.sync import capture_edits
from cs_desktop.sync.capture import rescan
from cs_desktop.sync.engine import SyncResult, run_sync
from cs_desktop.sync.oauth import Pkce
from cs_desktop.sync.retry import RetryPolicy
from cs_desktop.sync.salesforce import SalesforceAdapter, SalesforceAuth
from cs_desktop.sync.state import CrmConnection
from tests.support.hubspot import FakeTime

DATA = f"/services/data/v{API_VERSION}"


@pytest.fixture
def sf_adapter(sf_sandbox: SalesforceSandbox) -> Iterator[SalesforceAdapter]:
    """An adapter on the Salesforce sandbox, signed in with its lasting session (no refresh
    token); retries sleep on a fake clock."""
    adapter = open_on(sf_sandbox, sf_sandbox.auth.session_id, None)
    yield adapter
    adapter.close()


def open_on(sf: SalesforceSandbox, access: str, refresh: str | None) -> SalesforceAdapter:
    time = FakeTime()
    auth = SalesforceAuth(access, refresh, sf.url, sf.url, DEFAULT_CLIENT_ID)
    return SalesforceAdapter(auth, retry=RetryPolicy(sleep=time.sleep, monotonic=time.monotonic))


def connect(store: Store, sf: SalesforceSandbox) -> None:
    """The store connected to the org: every existing row queued for it."""
    capture_edits()
    with store.write() as session:
        session.add(
            CrmConnection(
                provider="salesforce",
                base_url=sf.url,
                auth_kind="oauth",
                account_name="salesforce:test",
                connected_at=utc_now(),
            )
        )
        session.flush()
        rescan(session.connection(), "salesforce")


def sync(store: Store, adapter: SalesforceAdapter) -> SyncResult:
    """One run that must succeed, sweeping deletions."""
    result = run_sync(store, adapter, tombstones_every=timedelta(0))
    assert result.outcome == "ok", result
    return result


def api(sf: SalesforceSandbox) -> httpx.Client:
    headers = {"Authorization": f"Bearer {sf.auth.session_id}"}
    return httpx.Client(base_url=sf.url + DATA, headers=headers, timeout=10)


def soql(sf: SalesforceSandbox, text: str) -> list[dict[str, Any]]:
    with api(sf) as client:
        response = client.get("/query", params={"q": text})
        assert response.status_code == 200, response.text
        return list(response.json()["records"])


def control(sf: SalesforceSandbox, path: str, body: dict[str, Any]) -> Any:
    with httpx.Client(base_url=sf.url + "/__emulator", timeout=10) as client:
        response = client.post(path, json=body)
        assert response.status_code == 200, response.text
        return response.json()


def signed_in(sf: SalesforceSandbox) -> SalesforceAdapter:
    """An adapter holding tokens from the org's sign-in (authorize, then the code exchanged
    with its PKCE verifier), so that it can refresh them."""

    pkce = Pkce.new()
    redirect = "http://localhost:7717/callback"
    query = {
        "response_type": "code",
        "client_id": DEFAULT_CLIENT_ID,
        "redirect_uri": redirect,
        "code_challenge": pkce.challenge,
        "code_challenge_method": "S256",
        "state": "s",
    }
    with httpx.Client(base_url=sf.url, timeout=10) as client:
        back = client.get("/services/oauth2/authorize", params=query)
    code = httpx.URL(back.headers["location"]).params["code"]
    adapter = open_on(sf, "", None)
    adapter.exchange_code(code, pkce.verifier, redirect)
    return adapter

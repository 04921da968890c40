"""Salesforce through the provider registry: signing in through the browser at the org's
login server, connecting with what comes back (the org's own address, the refresh token in
the keychain), syncing through the connection, and its API use as the status reads it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sqlalchemy import select

from crm_sandbox.salesforce import DEFAULT_CLIENT_ID, SalesforceSandbox
from cs_desktop.db import Store
from cs_desktop.sync.connection import NotConnected, check_credentials, connect, open_adapter
from cs_desktop.sync.engine import run_sync
from cs_desktop.sync.oauth import SignInCancelled, sign_in
from cs_desktop.sync.providers import Credentials, provider_named
from cs_desktop.sync.salesforce.custom_fields import custom_fields
from cs_desktop.sync.salesforce.provider import PROVIDER
from cs_desktop.sync.state import CrmConnection
from tests.support.keychain import MemoryKeyring
from tests.support.salesforce import api, open_on, sync

pytestmark = pytest.mark.usefixtures("memory_keyring")
# The registered entry, its redirect on a port the system picks (tests run side by side).
ANY_PORT = replace(PROVIDER, oauth=replace(PROVIDER.oauth, callback=None))


def browser(seen: list[str]) -> Callable[[str], None]:
    """Opens an address as a browser would: on its own, following redirects."""

    def open_it(url: str) -> None:
        seen.append(url)
        threading.Thread(target=httpx.get, args=(url,), kwargs={"follow_redirects": True}).start()

    return open_it


def test_salesforce_is_registered_and_signs_in_at_production_or_sandbox_orgs() -> None:
    assert provider_named("salesforce") is PROVIDER
    assert PROVIDER.oauth is not None and not PROVIDER.private_token
    assert {s.key: s.url for s in PROVIDER.oauth.servers} == {
        "production": "https://login.salesforce.com",
        "sandbox": "https://test.salesforce.com",
    }


def test_the_consent_page_is_the_org_login_with_the_registered_callback() -> None:
    seen: list[str] = []
    with pytest.raises(SignInCancelled):
        sign_in(
            PROVIDER,
            "https://test.salesforce.com",
            "consumer-key",
            open_browser=seen.append,
            cancelled=lambda: bool(seen),
        )
    page = urlsplit(seen[0])
    asked = parse_qs(page.query)
    assert (page.netloc, page.path) == ("test.salesforce.com", "/services/oauth2/authorize")
    assert asked["redirect_uri"] == ["http://localhost:7717/callback"]
    assert asked["scope"] == ["api refresh_token"]
    assert asked["code_challenge_method"] == ["S256"]


def test_signing_in_connects_the_org_and_syncs_through_the_connection(
    store: Store, sf_sandbox: SalesforceSandbox, memory_keyring: MemoryKeyring
) -> None:
    opened: list[str] = []
    signed = sign_in(ANY_PORT, sf_sandbox.url, DEFAULT_CLIENT_ID, open_browser=browser(opened))
    assert opened[0].startswith(sf_sandbox.url + "/services/oauth2/authorize?")
    kept = signed.credentials
    assert kept.refresh_token and kept.client_secret is None
    assert signed.base_url == sf_sandbox.url  # the org's instance_url

    connected = connect(store, PROVIDER, kept, base_url=signed.base_url)
    assert connected.provider == "salesforce"
    with store.read() as session:
        row = session.scalars(select(CrmConnection)).one()
        assert (row.provider, row.base_url) == ("salesforce", sf_sandbox.url)
    assert '"refresh_token"' in "".join(memory_keyring.items.values())
    adapter = open_adapter(store)
    try:
        assert run_sync(store, adapter).outcome == "ok"
        rate = adapter.rate
        assert rate.day_limit and rate.day_remaining is not None
        assert "Sforce-Limit-Info" in rate.headers
    finally:
        adapter.close()


def test_a_refresh_token_the_org_refuses_connects_nothing(
    store: Store, sf_sandbox: SalesforceSandbox
) -> None:
    credentials = Credentials(
        client_id=DEFAULT_CLIENT_ID, refresh_token="stale", sign_in_url=sf_sandbox.url
    )
    with pytest.raises(NotConnected):
        connect(store, PROVIDER, credentials, base_url=sf_sandbox.url)
    with store.read() as session:
        assert session.scalars(select(CrmConnection)).first() is None


def test_connecting_checks_the_org_and_names_every_missing_field_without_changing_it(
    store: Store, sf_sandbox: SalesforceSandbox
) -> None:
    token = Credentials(token=sf_sandbox.auth.session_id)
    check = check_credentials(PROVIDER, sf_sandbox.url, token)
    assert check.ok and check.note is not None
    wanted = custom_fields()
    for field in wanted:  # every one named, under its object
        assert field.name in check.note
    assert f"The org lacks {len({f.full_name for f in wanted})} fields" in check.note
    assert "(Account: " in check.note and "; Contact: " in check.note
    assert check.note in check.message
    with api(sf_sandbox) as client:  # a check writes nothing: the fields are still missing
        described = client.get("/sobjects/Account/describe").json()
    assert "CSM_Local_Id__c" not in {f["name"] for f in described["fields"]}

    connected = connect(store, PROVIDER, token, base_url=sf_sandbox.url, remember=False)
    assert connected.note == check.note
    adapter = open_on(sf_sandbox, sf_sandbox.auth.session_id, None)
    try:
        sync(store, adapter)  # the first sync creates them (this user may)
    finally:
        adapter.close()
    again = check_credentials(PROVIDER, sf_sandbox.url, token)
    assert again.ok and again.note is None and again.message == check.message.split(" The org")[0]

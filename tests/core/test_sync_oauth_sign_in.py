"""Signing in through the browser: PKCE, a loopback redirect, the v3 token endpoint; driven
over loopback by a client that follows the consent page's redirect as a browser would."""

from __future__ import annotations

import threading
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from crm_sandbox import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Sandbox
from cs_desktop.db import Store
from cs_desktop.sync.connection import connect, open_adapter
from cs_desktop.sync.engine import run_sync
from cs_desktop.sync.hubspot.provider import CONSENT_URL, PROVIDER
from cs_desktop.sync.oauth import (
    Pkce,
    SignInCancelled,
    SignInFailed,
    authorize_url,
    consent_url,
    sign_in,
)
from tests.support.keychain import MemoryKeyring

pytestmark = pytest.mark.usefixtures("memory_keyring")


def browser(seen: list[str]) -> Callable[[str], None]:
    """Opens an address as a browser would: on its own, following redirects."""

    def open_it(url: str) -> None:
        seen.append(url)
        threading.Thread(target=httpx.get, args=(url,), kwargs={"follow_redirects": True}).start()

    return open_it


def test_signing_in_through_the_browser_connects_and_syncs(
    store: Store, sandbox: Sandbox, memory_keyring: MemoryKeyring
) -> None:
    opened: list[str] = []
    signed = sign_in(
        PROVIDER,
        sandbox.url,
        DEFAULT_CLIENT_ID,
        DEFAULT_CLIENT_SECRET,
        open_browser=browser(opened),
    )
    asked = parse_qs(urlsplit(opened[0]).query)
    assert opened[0].startswith(sandbox.url + "/oauth/authorize?")
    assert asked["code_challenge_method"] == ["S256"] and len(asked["code_challenge"][0]) == 43
    assert asked["redirect_uri"][0].startswith("http://127.0.0.1:")
    kept = signed.credentials
    assert (kept.client_id, kept.client_secret) == (DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET)
    assert kept.refresh_token and kept.sign_in_url is None  # HubSpot signs in at its API
    assert signed.base_url == sandbox.url

    connect(store, PROVIDER, kept, base_url=signed.base_url)
    adapter = open_adapter(store)
    try:
        assert run_sync(store, adapter).outcome == "ok"
    finally:
        adapter.close()
    assert '"refresh_token"' in "".join(memory_keyring.items.values())
    log = httpx.get(sandbox.url + "/__emulator/requests").json()["requests"]
    assert any(r["path"] == "/oauth/v3/token" for r in log)
    assert not any(r["path"] == "/oauth/v1/token" for r in log)


def test_cancel_ends_the_wait_for_the_browser(sandbox: Sandbox) -> None:
    asked = threading.Event()
    with pytest.raises(SignInCancelled):
        sign_in(
            PROVIDER,
            sandbox.url,
            DEFAULT_CLIENT_ID,
            DEFAULT_CLIENT_SECRET,
            open_browser=lambda url: asked.set(),  # the user never signs in
            cancelled=asked.is_set,
        )


def test_a_refused_consent_or_a_stranger_does_not_sign_in(sandbox: Sandbox) -> None:
    def refuse(url: str) -> None:
        back = parse_qs(urlsplit(url).query)
        callback, state = back["redirect_uri"][0], back["state"][0]

        def visit() -> None:
            # Another page trying its luck first is turned away; then the user declines.
            assert httpx.get(callback, params={"code": "x", "state": "guess"}).status_code == 400
            httpx.get(callback, params={"error": "access_denied", "state": state})

        threading.Thread(target=visit).start()

    with pytest.raises(SignInFailed, match="access_denied"):
        sign_in(
            PROVIDER, sandbox.url, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, open_browser=refuse
        )


def test_no_answer_in_time_gives_up(sandbox: Sandbox) -> None:
    with pytest.raises(SignInFailed):
        sign_in(
            PROVIDER,
            sandbox.url,
            DEFAULT_CLIENT_ID,
            DEFAULT_CLIENT_SECRET,
            open_browser=lambda url: None,
            timeout_s=0.3,
        )


def test_hubspot_signs_in_on_its_own_consent_page() -> None:
    assert consent_url(PROVIDER, "https://api.hubapi.com") == CONSENT_URL
    assert (
        consent_url(PROVIDER, "http://127.0.0.1:8765/") == "http://127.0.0.1:8765/oauth/authorize"
    )
    url = authorize_url(
        PROVIDER, "https://api.hubapi.com", "id", "http://127.0.0.1:5/callback", "s", Pkce.new()
    )
    assert url.startswith(CONSENT_URL + "?client_id=id&")
    assert repr(Pkce.new()) == "Pkce(***)"

"""The provider registry is the one place a CRM is named: a third CRM registered in a test
goes through connect, the online check, the sync run, status and the command line with no
other change; and HubSpot itself goes through it."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from crm_sandbox import Sandbox
from cs_desktop.cli import build_parser, run
from cs_desktop.cli_base import UserError
from cs_desktop.cli_crm import credentials_from
from cs_desktop.db import Store
from cs_desktop.sync import providers
from cs_desktop.sync.connection import connect, disconnect, open_adapter
from cs_desktop.sync.online import sync_once
from cs_desktop.sync.providers import Credentials, provider_named
from cs_desktop.sync.state import CrmConnection, Outbox, SyncRecord, SyncRun
from cs_desktop.sync.status import sync_overview
from tests.support import fake_crm
from tests.support.hubspot import add_portfolio
from tests.support.keychain import MemoryKeyring

pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture
def acme() -> Iterator[providers.Provider]:
    remove = providers.register(fake_crm.PROVIDER)
    yield fake_crm.PROVIDER
    remove()


def cli(store: Store, *argv: str, stdin: str = "") -> tuple[int, str]:
    import sys

    out, err, old = io.StringIO(), io.StringIO(), sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = run(build_parser().parse_args(["--db", str(store.path), *argv]), out, err)
    finally:
        sys.stdin = old
    return code, out.getvalue() + err.getvalue()


def test_hubspot_is_registered_and_light_to_read() -> None:
    hubspot = provider_named("hubspot")
    assert providers.default_provider() is hubspot
    assert hubspot.label == "HubSpot" and hubspot.api_url == "https://api.hubapi.com"
    assert hubspot.auth_kinds == ("private_app", "oauth")
    assert hubspot.oauth is not None and hubspot.oauth.client_secret
    assert providers.crm_named("hubspot").kinds[:2] == ("company", "contact")
    with pytest.raises(KeyError):
        provider_named("nocrm")


def test_credentials_never_show_their_secrets() -> None:
    token = Credentials(token="pat-secret")
    oauth = Credentials(client_id="id", client_secret="cs-secret", refresh_token="rt-secret")
    assert "secret" not in repr(token) + repr(oauth)
    assert Credentials.from_secret(oauth.secret()) == oauth
    assert Credentials.from_secret(token.secret()) == token
    public = Credentials(client_id="key", refresh_token="rt", sign_in_url="https://login.example")
    assert "client_secret" not in public.secret()  # a public client: PKCE alone
    assert Credentials.from_secret(public.secret(), public.sign_in_url) == public
    with pytest.raises(ValueError):
        Credentials()


def test_a_third_crm_connects_syncs_and_shows_through_the_registry_alone(
    store: Store, sandbox: Sandbox, memory_keyring: MemoryKeyring, acme: providers.Provider
) -> None:
    add_portfolio(store)
    verified = fake_crm.PARTS.verified
    connected = connect(
        store, acme, Credentials(token=sandbox.auth.private_token), base_url=sandbox.url
    )
    assert connected.provider == "acmecrm" and connected.waiting > 0
    assert fake_crm.PARTS.verified == verified + 1  # connect checked the token its way
    with store.read() as session:
        row = session.get(CrmConnection, "acmecrm")
        assert row is not None and row.base_url == sandbox.url and row.auth_kind == "private_app"
        providers_queued = set(session.scalars(select(Outbox.provider).distinct()))
    assert providers_queued == {"acmecrm"}
    assert any(account.startswith("acmecrm:") for _service, account in memory_keyring.items)

    report = sync_once(store)  # the online check, the adapter, the run: all looked up
    assert report.outcome == "ok", report
    assert report.result is not None and report.result.pushed > 0
    with store.read() as session:
        synced = session.scalars(
            select(SyncRecord.provider).distinct().where(SyncRecord.remote_id.is_not(None))
        ).all()
    assert synced == ["acmecrm"]

    with store.read() as session:
        overview = sync_overview(session.connection())
    assert (overview.provider, overview.label) == ("acmecrm", "Acme CRM")
    assert overview.waiting == 0 and overview.last_outcome == "ok"
    assert overview.limits.day_limit is not None  # the sandbox's headers, read neutrally

    code, said = cli(store, "crm", "status")
    assert code == 0 and "Connected to Acme CRM at " + sandbox.url in said
    assert "API requests allowed a day were used." in said

    adapter = open_adapter(store)
    try:
        assert adapter.crm is fake_crm.ACME
    finally:
        adapter.close()
    assert disconnect(store) == "acmecrm"
    assert not memory_keyring.items


def test_the_command_line_offers_what_the_registry_holds(
    store: Store, sandbox: Sandbox, acme: providers.Provider
) -> None:
    code, said = cli(
        store,
        "crm",
        "connect",
        "acmecrm",
        "--token-stdin",
        "--base-url",
        sandbox.url,
        stdin=sandbox.auth.private_token + "\n",
    )
    assert code == 0, said
    assert said.startswith("Connected Acme CRM at " + sandbox.url)
    code, said = cli(store, "crm", "disconnect")
    assert code == 0 and said.startswith("Disconnected Acme CRM;")
    code, said = cli(store, "crm", "disconnect")
    assert code == 0 and said.startswith("No CRM is connected")


def test_the_command_line_refuses_a_crm_nobody_registered(store: Store) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["crm", "connect", "acmecrm"])
    parser = build_parser()
    usage = io.StringIO()
    parser.print_help(usage)
    assert "crm" in usage.getvalue()


def test_a_run_log_keeps_neutral_limit_figures(
    store: Store, sandbox: Sandbox, acme: providers.Provider
) -> None:
    connect(store, acme, Credentials(token=sandbox.auth.private_token), base_url=sandbox.url)
    assert sync_once(store).outcome == "ok"

    with store.read() as session:
        kept = json.loads(session.scalars(select(SyncRun.rate_limit_json)).one())
    assert {"day_limit", "window_limit", "window_s", "headers"} <= set(kept)


@pytest.fixture
def orgs() -> Iterator[providers.Provider]:
    remove = providers.register(fake_crm.ORG_PROVIDER)
    yield fake_crm.ORG_PROVIDER
    remove()


def test_a_crm_signing_in_at_an_org_takes_its_server_from_the_command_line(
    orgs: providers.Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    def parsed(*argv: str) -> Any:
        return build_parser().parse_args(["crm", "connect", "orgcrm", *argv])

    monkeypatch.setattr(sys, "stdin", io.StringIO("rt-1\nrt-2\nrt-3\n"))
    sandbox_org = credentials_from(orgs, parsed("--oauth", "key", "--org", "sandbox"), None)
    assert sandbox_org.sign_in_url == "https://test.org-crm.example"
    assert (sandbox_org.client_id, sandbox_org.client_secret) == ("key", None)  # none asked
    assert sandbox_org.refresh_token == "rt-1"
    local = credentials_from(orgs, parsed("--oauth", "key"), "http://127.0.0.1:8766")
    assert local.sign_in_url == "http://127.0.0.1:8766"  # a sandbox answers both
    production = credentials_from(orgs, parsed("--oauth", "key"), None)
    assert production.sign_in_url == "https://login.org-crm.example"
    with pytest.raises(UserError, match="consumer key with --oauth"):
        credentials_from(orgs, parsed("--token-stdin"), None)
    with pytest.raises(SystemExit):
        parsed("--oauth", "key", "--org", "staging")


def test_a_crm_this_version_does_not_know_asks_to_connect_again(
    store: Store, sandbox: Sandbox, acme: providers.Provider
) -> None:
    connect(store, acme, Credentials(token=sandbox.auth.private_token), base_url=sandbox.url)
    with store.write() as session:
        row = session.get(CrmConnection, "acmecrm")
        assert row is not None
        row.provider = "newcrm"  # as a newer version would have connected it
    report = sync_once(store)
    assert report.outcome == "auth_required"
    assert "“newcrm”, a CRM this version of the app does not know" in report.message
    code, said = cli(store, "crm", "status")
    assert code == 0 and said.startswith(f"Connected to newcrm at {sandbox.url}")

"""``cs-desktop crm connect CRM --oauth CLIENT_ID --browser``: the browser sign-in from a
terminal, against the sandbox, with a client that follows the consent page as a browser."""

from __future__ import annotations

import io
import sys
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import httpx
import keyring
import pytest
from keyring.backends import fail

from crm_sandbox import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Sandbox
from crm_sandbox.salesforce import DEFAULT_CLIENT_ID as SF_CLIENT_ID
from crm_sandbox.salesforce import SalesforceSandbox
from cs_desktop import cli_sign_in
from cs_desktop.cli import build_parser, run
from cs_desktop.db import open_store
from cs_desktop.sync import providers
from cs_desktop.sync.salesforce.provider import PROVIDER as SALESFORCE
from cs_desktop.sync.state import CrmConnection
from tests.support.keychain import MemoryKeyring


def connect(
    db: Path, sandbox: Sandbox, opener: Callable[[str], bool], *extra: str
) -> tuple[int, str, str]:
    argv = ["--db", str(db), "crm", "connect", "hubspot", "--oauth", DEFAULT_CLIENT_ID]
    argv += ["--browser", "--base-url", sandbox.url, *extra]
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin
    sys.stdin = io.StringIO(DEFAULT_CLIENT_SECRET + "\n")
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(cli_sign_in.webbrowser, "open", opener)
            code = run(build_parser().parse_args(argv), out, err)
    finally:
        sys.stdin = old
    return code, out.getvalue(), err.getvalue()


def browser(opened: list[str]) -> Callable[[str], bool]:
    """Opens the consent page as a browser would: on its own, following the redirect."""

    def open_it(url: str) -> bool:
        opened.append(url)
        threading.Thread(target=httpx.get, args=(url,), kwargs={"follow_redirects": True}).start()
        return True

    return open_it


def test_browser_sign_in_from_the_terminal_keeps_the_refresh_token_in_the_keychain(
    tmp_path: Path, sandbox: Sandbox, memory_keyring: MemoryKeyring
) -> None:
    opened: list[str] = []
    code, out, err = connect(tmp_path / "store.sqlite3", sandbox, browser(opened))
    assert code == 0, err
    [url] = opened
    assert url in err  # printed too, for a computer whose browser does not open
    assert "code_challenge_method=S256" in url
    assert "Connected HubSpot" in out
    assert '"refresh_token"' in "".join(memory_keyring.items.values())
    store = open_store(tmp_path / "store.sqlite3")
    try:
        with store.read() as session:
            assert session.get(CrmConnection, "hubspot") is not None
    finally:
        store.close()


def test_no_browser_and_no_answer_ends_after_the_timeout(
    tmp_path: Path, sandbox: Sandbox, memory_keyring: MemoryKeyring
) -> None:
    opened: list[str] = []

    def nothing_opens(url: str) -> bool:
        opened.append(url)
        return False

    code, _out, err = connect(tmp_path / "s.sqlite3", sandbox, nothing_opens, "--timeout", "0.5")
    assert code == 1
    assert opened[0] in err
    assert "open the address above yourself" in err
    assert "no answer from the browser" in err


def test_ctrl_c_stops_the_wait(
    tmp_path: Path, sandbox: Sandbox, memory_keyring: MemoryKeyring
) -> None:
    def interrupted(url: str) -> bool:
        raise KeyboardInterrupt

    code, _out, err = connect(tmp_path / "s.sqlite3", sandbox, interrupted)
    assert code == 1
    assert "sign-in cancelled" in err


def test_without_a_keychain_the_browser_is_not_opened_and_the_way_out_is_named(
    tmp_path: Path, sandbox: Sandbox
) -> None:
    opened: list[str] = []
    old = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, _out, err = connect(tmp_path / "s.sqlite3", sandbox, browser(opened))
    finally:
        keyring.set_keyring(old)
    assert code == 1 and opened == []
    assert "--token-stdin" in err


def test_browser_needs_an_oauth_app(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    argv = ["--db", str(tmp_path / "s.sqlite3"), "crm", "connect", "hubspot", "--browser"]
    err = io.StringIO()
    assert run(build_parser().parse_args(argv), io.StringIO(), err) == 1
    assert "--oauth CLIENT_ID" in err.getvalue()


def test_salesforce_signs_in_from_the_terminal_at_its_org_and_keeps_the_instance_url(
    tmp_path: Path, sf_sandbox: SalesforceSandbox, memory_keyring: MemoryKeyring
) -> None:
    """A public OAuth client: no secret is asked for; the API address comes with the tokens."""
    opened: list[str] = []
    # The registered entry, its redirect on a port the system picks (tests run side by side).
    any_port = replace(SALESFORCE, oauth=replace(SALESFORCE.oauth, callback=None))
    db = tmp_path / "store.sqlite3"
    argv = ["--db", str(db), "crm", "connect", "salesforce", "--oauth", SF_CLIENT_ID]
    argv += ["--browser", "--base-url", sf_sandbox.url]
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli_sign_in.webbrowser, "open", browser(opened))
        patch.setattr(providers, "provider_named", lambda key: any_port)
        patch.setattr(sys, "stdin", io.StringIO(""))  # nothing to read: no client secret
        code = run(build_parser().parse_args(argv), out, err)
    assert code == 0, err.getvalue()
    assert opened[0].startswith(sf_sandbox.url + "/services/oauth2/authorize?")
    assert "Connected Salesforce" in out.getvalue()
    store = open_store(db)
    try:
        with store.read() as session:
            row = session.get(CrmConnection, "salesforce")
            assert row is not None and row.base_url == sf_sandbox.url
    finally:
        store.close()
    assert '"refresh_token"' in "".join(memory_keyring.items.values())

"""Connecting a CRM: the address and the credentials are checked before anything is saved,
and each store keeps its own keychain entry."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from crm_sandbox import Sandbox
from cs_desktop.cli import build_parser, run
from cs_desktop.db import Store, open_store
from cs_desktop.models import Account
from cs_desktop.sync import messages
from cs_desktop.sync.addresses import BadAddress
from cs_desktop.sync.connection import ConnectionCheck, NotConnected, disconnect, open_adapter
from cs_desktop.sync.credentials import SERVICE
from cs_desktop.sync.engine import run_sync
from cs_desktop.sync.hubspot import HubSpotAdapter, HubSpotAuth
from cs_desktop.sync.hubspot.connect import check_hubspot, connect_hubspot
from cs_desktop.sync.state import CrmConnection, Outbox
from tests.support.hubspot import unchecked
from tests.support.keychain import MemoryKeyring

pytestmark = pytest.mark.usefixtures("memory_keyring")

REMOTE_HTTP = "http://crm.example.com"


class Refused(Exception):
    """Raised by :func:`never`: the address was refused before any check."""


def never(
    base_url: str, *, token: str | None, oauth: tuple[str, str, str] | None
) -> ConnectionCheck:
    raise Refused(base_url)


@pytest.fixture
def two_stores(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    first, second = open_store(tmp_path / "first.sqlite3"), open_store(tmp_path / "second.sqlite3")
    for store in (first, second):
        with store.write() as session:
            session.add(Account(name=f"Account of {store.path.stem}"))
    yield first, second
    first.close()
    second.close()


def account_of(store: Store) -> str | None:
    with store.read() as session:
        connection = session.get(CrmConnection, "hubspot")
        return None if connection is None else connection.account_name


def nothing_saved(store: Store, keychain: MemoryKeyring) -> bool:
    with store.read() as session:
        connections = session.scalar(select(func.count()).select_from(CrmConnection))
        queued = session.scalar(select(func.count()).select_from(Outbox))
    return connections == 0 and queued == 0 and not keychain.items


# -- two stores on one portal ----------------------------------------------------------------


def test_a_second_store_on_the_same_portal_never_touches_the_first_ones_secret(
    two_stores: tuple[Store, Store], sandbox: Sandbox, memory_keyring: MemoryKeyring
) -> None:
    first, second = two_stores
    token = sandbox.auth.private_token
    connect_hubspot(first, token=token, base_url=sandbox.url)
    kept = dict(memory_keyring.items)
    with pytest.raises(NotConnected, match="refused the private-app token"):
        connect_hubspot(second, token="pat-wrong", base_url=sandbox.url)
    assert memory_keyring.items == kept and account_of(second) is None
    connect_hubspot(second, token=token, base_url=sandbox.url)
    assert account_of(first) != account_of(second)
    assert len(memory_keyring.items) == 2
    assert disconnect(second)
    assert memory_keyring.items == kept
    adapter = open_adapter(first)
    assert run_sync(first, adapter).outcome == "ok"
    adapter.close()


def test_an_entry_keyed_the_old_way_is_found_and_moved_to_the_stores_own_key(
    two_stores: tuple[Store, Store], sandbox: Sandbox, memory_keyring: MemoryKeyring
) -> None:
    old_key = f"hubspot:{sandbox.url}"
    secret = json.dumps({"access_token": sandbox.auth.private_token})
    memory_keyring.set_password(SERVICE, old_key, secret)
    for store in two_stores:  # both connected by an older version, sharing the entry
        with store.write() as session:
            session.add(
                CrmConnection(
                    provider="hubspot",
                    base_url=sandbox.url,
                    auth_kind="private_app",
                    account_name=old_key,
                )
            )
    first, second = two_stores
    open_adapter(first).close()
    own = account_of(first)
    assert own is not None and own.startswith(old_key + "#store-")
    assert memory_keyring.items[(SERVICE, own)] == secret
    assert (SERVICE, old_key) in memory_keyring.items  # the other store still reads it
    open_adapter(first).close()
    assert account_of(first) == own  # moved once
    open_adapter(second).close()
    assert account_of(second) not in (own, old_key)
    assert disconnect(second)  # forgets its secret, and the old shared entry holding it
    assert list(memory_keyring.items) == [(SERVICE, own)]
    adapter = open_adapter(first)
    assert run_sync(first, adapter).outcome == "ok"
    adapter.close()


def test_reconnecting_to_another_address_keeps_one_entry_for_the_store(
    store: Store, sandbox: Sandbox, memory_keyring: MemoryKeyring
) -> None:
    token = sandbox.auth.private_token
    connect_hubspot(store, token=token, base_url=sandbox.url)
    first = account_of(store)
    other_name = sandbox.url.replace("127.0.0.1", "localhost")  # the same portal, renamed
    connect_hubspot(store, token=token, base_url=other_name)
    second = account_of(store)
    assert first is not None and second is not None and first != second
    assert second.rpartition("#")[2] == first.rpartition("#")[2]  # the same store
    assert list(memory_keyring.items) == [(SERVICE, second)]


# -- checked before saving -------------------------------------------------------------------


def test_a_wrong_token_is_refused_and_nothing_is_saved(
    store: Store, sandbox: Sandbox, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(NotConnected) as refused:
        connect_hubspot(store, token="pat-wrong", base_url=sandbox.url)
    assert str(refused.value) == messages.TOKEN_REFUSED.format(crm="HubSpot", url=sandbox.url)
    assert nothing_saved(store, memory_keyring)


def test_an_address_nothing_answers_is_refused_and_nothing_is_saved(
    store: Store, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(NotConnected) as refused:
        connect_hubspot(store, token="pat-x", base_url="http://127.0.0.1:1")
    assert str(refused.value) == messages.CHECK_OFFLINE.format(url="http://127.0.0.1:1")
    assert nothing_saved(store, memory_keyring)


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("not a url", messages.NOT_A_URL.format(url="not a url")),
        ("ftp://crm.example.com", messages.BAD_SCHEME.format(url="ftp://crm.example.com")),
        (REMOTE_HTTP, messages.PLAIN_HTTP_REMOTE.format(url=REMOTE_HTTP)),
        ("http://10.1.2.3:8765", messages.PLAIN_HTTP_REMOTE.format(url="http://10.1.2.3:8765")),
        (
            "https://me:pw@api.hubapi.com",
            messages.URL_WITH_PASSWORD.format(url="https://api.hubapi.com"),
        ),
    ],
)
def test_a_bad_address_is_refused_before_anything_is_sent_or_saved(
    store: Store, memory_keyring: MemoryKeyring, address: str, message: str
) -> None:
    with pytest.raises(BadAddress) as refused:
        connect_hubspot(store, token="pat-x", base_url=address, verify=never)
    assert str(refused.value) == message
    assert "pw" not in str(refused.value)
    assert nothing_saved(store, memory_keyring)
    assert not check_hubspot(address, token="pat-x").ok


def test_no_token_ever_goes_over_plain_http_to_another_computer() -> None:
    with pytest.raises(BadAddress):
        HubSpotAdapter(REMOTE_HTTP, HubSpotAuth("pat-x"))
    HubSpotAdapter("http://localhost:8765", HubSpotAuth("pat-x")).close()  # a local sandbox


def test_a_stored_remote_http_address_is_refused_by_the_sync(store: Store) -> None:
    # A store whose connection was made before addresses were checked.
    connect_hubspot(store, token="pat-x", base_url="http://127.0.0.1:9", verify=unchecked)
    with store.write() as session:
        connection = session.get(CrmConnection, "hubspot")
        assert connection is not None
        connection.base_url = REMOTE_HTTP
    with pytest.raises(BadAddress):
        open_adapter(store)


# -- the command line ------------------------------------------------------------------------


def connect_cli(db: Path, address: str, stdin: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = ["--db", str(db), "crm", "connect", "hubspot", "--token-stdin", "--base-url", address]
    old, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        code = run(build_parser().parse_args(argv), out, err)
    finally:
        sys.stdin = old
    return code, out.getvalue() + err.getvalue()


@pytest.mark.parametrize(
    ("address", "token", "expected"),
    [
        ("{sandbox}", "pat-wrong", messages.TOKEN_REFUSED.format(crm="HubSpot", url="{sandbox}")),
        ("http://127.0.0.1:1", "pat-x", messages.CHECK_OFFLINE.format(url="http://127.0.0.1:1")),
        ("not a url", "", messages.NOT_A_URL.format(url="not a url")),  # asked no token
        (REMOTE_HTTP, "", messages.PLAIN_HTTP_REMOTE.format(url=REMOTE_HTTP)),
    ],
)
def test_crm_connect_refuses_with_a_message_and_saves_nothing(
    store: Store,
    sandbox: Sandbox,
    memory_keyring: MemoryKeyring,
    address: str,
    token: str,
    expected: str,
) -> None:
    code, said = connect_cli(store.path, address.format(sandbox=sandbox.url), token + "\n")
    assert code == 1
    assert said == f"cs-desktop: error: {expected.format(sandbox=sandbox.url)}\n"
    assert nothing_saved(store, memory_keyring)


def test_crm_connect_with_the_right_token_connects(
    store: Store, sandbox: Sandbox, memory_keyring: MemoryKeyring
) -> None:
    code, said = connect_cli(store.path, sandbox.url, sandbox.auth.private_token + "\n")
    assert code == 0, said
    assert account_of(store) is not None and len(memory_keyring.items) == 1
    with httpx.Client(base_url=sandbox.url + "/__emulator") as control:
        log = control.get("/requests").json()["requests"]
    assert len(log) == 1  # one authenticated request checked the token


def cli(db: Path, *argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(build_parser().parse_args(["--db", str(db), *argv]), out, err)
    return code, out.getvalue() + err.getvalue()


def test_crm_status_and_disconnect_name_the_connected_crm(
    store: Store, sandbox: Sandbox, memory_keyring: MemoryKeyring
) -> None:
    assert cli(store.path, "crm", "status") == (
        0,
        "No CRM is connected. Everything stays on this computer.\n",
    )
    code, said = connect_cli(store.path, sandbox.url, sandbox.auth.private_token + "\n")
    assert said.startswith(f"Connected HubSpot at {sandbox.url};")
    code, said = cli(store.path, "crm", "status")
    assert code == 0
    assert said.splitlines()[:3] == [
        f"Connected to HubSpot at {sandbox.url} with a private-app token.",
        "Waiting changes: 0; open conflicts: 0.",
        "Not synced yet.",
    ]
    code, said = cli(store.path, "crm", "disconnect")
    assert (code, said.split(";")[0]) == (0, "Disconnected HubSpot")
    assert not memory_keyring.items and account_of(store) is None


def test_crm_connect_offers_the_registered_crms_and_their_sign_in() -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["crm", "connect", "nocrm", "--token-stdin"])
    args = build_parser().parse_args(["crm", "connect", "hubspot", "--oauth", "my-app"])
    assert (args.provider, args.oauth) == ("hubspot", "my-app")

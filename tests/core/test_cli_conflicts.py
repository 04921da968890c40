"""``cs-desktop conflicts list|show|resolve`` and ``cs-desktop sync --token-stdin``, run through
the command line's ``main()`` as a terminal runs it."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import jsonschema
import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select

from crm_sandbox import Sandbox, run_sandbox
from crm_sandbox.salesforce import API_VERSION as SF_API_VERSION
from crm_sandbox.salesforce import SalesforceSandbox
from cs_desktop.app_log import log_file
from cs_desktop.cli import main
from cs_desktop.cli_base import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from cs_desktop.cli_conflicts import CONFLICT_SCHEMA, LIST_SCHEMA
from cs_desktop.db import Store, open_store
from cs_desktop.models import Account
from cs_desktop.sync import credentials
from cs_desktop.sync.hubspot import HubSpotAdapter
from cs_desktop.sync.state import Conflict
from tests.support.hubspot import (
    add_portfolio,
    advance,
    edit_account,
    mutate,
    remote_all,
    remote_id_of,
    sync,
)
from tests.support.keychain import MemoryKeyring

pytestmark = pytest.mark.usefixtures("memory_keyring", "portal_in_the_past")


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def renamed_on_both_sides(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> int:
    """Acme, renamed "Acme Corp" here and "Acme Inc" in the CRM: one open conflict (its id)."""
    with store.write() as session:
        account = Account(name="Acme", domain="acme.test")
        session.add(account)
    sync(store, hub)
    advance(control, 120)
    mutate(control, "companies", remote_id_of(store, account.uid), name="Acme Inc")
    edit_account(store, account.id, name="Acme Corp")
    advance(control, 120)
    assert sync(store, hub).open_conflicts == 1
    with store.read() as session:
        return session.scalars(select(Conflict.id)).one()


def crm_names(sandbox: Sandbox) -> list[str]:
    return [company["properties"]["name"] for company in remote_all(sandbox, "companies")]


def local_names(store: Store) -> list[str]:
    with store.read() as session:
        return list(session.scalars(select(Account.name)))


# -- conflicts -------------------------------------------------------------------------------


def test_no_conflicts(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "--db", str(store.path), "conflicts", "list") == (
        EXIT_OK,
        "No open conflicts.\n",
        "",
    )
    code, out, _ = cli(capsys, "--db", str(store.path), "conflicts", "list", "--json")
    assert code == EXIT_OK and json.loads(out) == []


def test_list_and_show_an_open_conflict(
    store: Store, renamed_on_both_sides: int, capsys: pytest.CaptureFixture[str]
) -> None:
    conflict_id = renamed_on_both_sides
    code, out, err = cli(capsys, "--db", str(store.path), "conflicts", "list")
    assert code == EXIT_OK, err
    assert out.splitlines() == [
        f"{conflict_id:>4}  Acme Corp · name (account): mine “Acme Corp”, theirs “Acme Inc”",
        "1 open conflict: 'cs-desktop conflicts show ID' shows one.",
    ]
    code, out, _ = cli(capsys, "--db", str(store.path), "conflicts", "list", "--json")
    listed = json.loads(out)
    jsonschema.validate(listed, LIST_SCHEMA)
    assert [(c["id"], c["field"], c["base"], c["mine"], c["theirs"]) for c in listed] == [
        (conflict_id, "name", "Acme", "Acme Corp", "Acme Inc")
    ]
    code, out, _ = cli(capsys, "--db", str(store.path), "conflicts", "show", str(conflict_id))
    assert code == EXIT_OK
    assert "Last synced: Acme\nMine (this computer): Acme Corp\nTheirs (CRM): Acme Inc\n" in out
    assert f"conflicts resolve {conflict_id} --keep mine" in out
    code, out, _ = cli(
        capsys, "--db", str(store.path), "conflicts", "show", str(conflict_id), "--json"
    )
    jsonschema.validate(json.loads(out), CONFLICT_SCHEMA)


@pytest.mark.parametrize(
    ("choice", "expected", "said"),
    [
        (("--keep", "mine"), "Acme Corp", "kept “Acme Corp”; the next sync sends it to the CRM"),
        (("--keep", "theirs"), "Acme Inc", "kept the CRM's value, “Acme Inc”"),
        (
            ("--value", "Acme Group"),
            "Acme Group",
            "kept “Acme Group”; the next sync sends it to the CRM",
        ),
    ],
)
def test_resolve_then_sync_puts_the_choice_on_both_sides(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    renamed_on_both_sides: int,
    capsys: pytest.CaptureFixture[str],
    choice: tuple[str, str],
    expected: str,
    said: str,
) -> None:
    db = str(store.path)
    code, out, err = cli(
        capsys, "--db", db, "conflicts", "resolve", str(renamed_on_both_sides), *choice
    )
    assert code == EXIT_OK, err
    assert out == f"Conflict {renamed_on_both_sides} resolved: {said}.\n"
    assert local_names(store) == [expected]
    advance(control, 120)
    code, out, err = cli(capsys, "--db", db, "sync")
    assert code == EXIT_OK, err
    assert "open conflicts: 0" in out
    assert crm_names(sandbox) == [expected]
    assert cli(capsys, "--db", db, "conflicts", "list")[1] == "No open conflicts.\n"


def test_mistakes_are_refused_and_change_nothing(
    store: Store, renamed_on_both_sides: int, capsys: pytest.CaptureFixture[str]
) -> None:
    db, conflict_id = str(store.path), str(renamed_on_both_sides)
    code, _, err = cli(capsys, "--db", db, "conflicts", "resolve", "999", "--keep", "mine")
    assert code == EXIT_FAILED
    assert err == "cs-desktop: error: no open conflict 999 (see 'cs-desktop conflicts list')\n"
    code, _, err = cli(capsys, "--db", db, "conflicts", "resolve", conflict_id, "--value", " ")
    assert (code, err) == (EXIT_FAILED, "cs-desktop: error: --value: the name cannot be empty\n")
    with pytest.raises(SystemExit) as usage:  # neither --keep nor --value
        main(["--db", db, "conflicts", "resolve", conflict_id])
    assert usage.value.code == EXIT_USAGE
    assert "one of the arguments --keep --value is required" in capsys.readouterr().err
    code, _, err = cli(
        capsys, "--db", str(store.path.with_name("none.sqlite3")), "conflicts", "list"
    )
    assert code == EXIT_FAILED and "no store at" in err
    assert local_names(store) == ["Acme Corp"]
    assert json.loads(cli(capsys, "--db", db, "conflicts", "list", "--json")[1])[0]["id"] == int(
        conflict_id
    )


def test_a_deletion_against_an_edit_is_resolved_from_the_command_line(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    hub: HubSpotAdapter,
    capsys: pytest.CaptureFixture[str],
) -> None:
    account_id, _ = add_portfolio(store)
    sync(store, hub)
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None
        company_id = remote_id_of(store, account.uid)
    advance(control, 120)
    control.post("/mutate", json={"op": "archive", "type": "companies", "id": company_id})
    edit_account(store, account_id, domain="edited.test")
    advance(control, 120)
    sync(store, hub)
    db = str(store.path)
    listed = json.loads(cli(capsys, "--db", db, "conflicts", "list", "--json")[1])
    assert [(c["field"], c["deletion"]) for c in listed] == [("*deleted*", "crm")]
    conflict_id = str(listed[0]["id"])
    code, out, _ = cli(capsys, "--db", db, "conflicts", "show", conflict_id)
    assert code == EXIT_OK
    assert "Edited on this computer, deleted in the CRM since the last sync." in out
    assert "--keep mine    restore with my edit: the next sync creates it in the CRM again" in out
    assert "--keep theirs  keep it deleted: it is deleted here too" in out
    code, _, err = cli(capsys, "--db", db, "conflicts", "resolve", conflict_id, "--value", "x")
    assert code == EXIT_FAILED and "is a deletion: choose --keep mine or --keep theirs" in err
    code, out, err = cli(capsys, "--db", db, "conflicts", "resolve", conflict_id, "--keep", "mine")
    assert code == EXIT_OK, err
    assert out == (
        f"Conflict {conflict_id} resolved: restored with your edit; the next sync creates it in "
        "the CRM again.\n"
    )
    advance(control, 120)
    assert cli(capsys, "--db", db, "sync")[0] == EXIT_OK
    assert [c["properties"]["domain"] for c in remote_all(sandbox, "companies")] == ["edited.test"]


# -- sync --token-stdin ----------------------------------------------------------------------

ONE_OFF_TOKEN = "one-off-sync-token-7d1c9e"  # plain enough that no redaction would hide it


@pytest.fixture
def one_off_portal() -> Iterator[Sandbox]:
    portal = run_sandbox(0, None, private_token=ONE_OFF_TOKEN)
    with httpx.Client(base_url=portal.url) as client:
        client.post("/__emulator/clock", json={"offset": -3600})
    yield portal
    portal.stop()


@pytest.mark.parametrize("keychain", ["memory", "none"])
def test_sync_with_a_token_from_stdin_stores_it_nowhere(
    tmp_path: Path,
    one_off_portal: Sandbox,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    keychain: str,
) -> None:
    if keychain == "none":  # a computer without a keychain: 'crm connect' refuses there
        keyring.set_keyring(fail.Keyring())
    db = tmp_path / "store.sqlite3"
    store = open_store(db)
    with store.write() as session:
        session.add(Account(name="Acme"))
    store.close()
    caplog.set_level(logging.DEBUG)
    url = one_off_portal.url

    def sync_with_token(*more: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(ONE_OFF_TOKEN + "\n"))
        return cli(capsys, "--db", str(db), "sync", "--token-stdin", *more)

    code, out, err = sync_with_token("--base-url", url)
    assert code == EXIT_OK, err
    assert out.splitlines()[0] == f"Connected HubSpot at {url} for this sync; 1 change waiting."
    assert "pushed 1," in out
    assert [c["properties"]["name"] for c in remote_all(one_off_portal, "companies")] == ["Acme"]

    code, _, err = cli(capsys, "--db", str(db), "sync")  # the token was for that run only
    assert code == EXIT_FAILED and "not in the keychain" in err
    again = open_store(db)
    with again.write() as session:
        session.scalars(select(Account)).one().domain = "acme.test"
    again.close()
    code, out, err = sync_with_token()  # connected now: no address needed
    assert code == EXIT_OK, err
    assert "pushed 1," in out and "Connected" not in out
    code, _, err = sync_with_token("--base-url", "http://localhost:1")
    assert code == EXIT_FAILED and f"this store syncs with {url}" in err

    assert memory_keyring.items == {} and credentials._session_only == {}
    log = log_file()
    assert log is not None and "sync ok" in log.read_text()
    assert ONE_OFF_TOKEN not in log.read_text() + caplog.text + out + err
    for path in tmp_path.iterdir():  # the store, its WAL and shared memory
        if path.is_file():
            assert ONE_OFF_TOKEN.encode() not in path.read_bytes()


def test_a_second_laptop_without_a_store_fills_its_book_with_a_token_from_stdin(
    tmp_path: Path,
    one_off_portal: Sandbox,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    keyring.set_keyring(fail.Keyring())
    first = open_store(tmp_path / "first.sqlite3")
    with first.write() as session:
        session.add(Account(name="Acme"))
    first.close()
    url = one_off_portal.url
    for name in ("first", "second"):  # the second laptop has no store yet
        monkeypatch.setattr("sys.stdin", io.StringIO(ONE_OFF_TOKEN + "\n"))
        db = tmp_path / f"{name}.sqlite3"
        code, out, err = cli(capsys, "--db", str(db), "sync", "--token-stdin", "--base-url", url)
        assert code == EXIT_OK, err
    assert "pulled 1," in out
    second = open_store(tmp_path / "second.sqlite3")
    with second.read() as session:
        assert [a.name for a in session.scalars(select(Account))] == ["Acme"]
    second.close()


def test_base_url_goes_with_a_token_from_stdin(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, "--db", str(store.path), "sync", "--base-url", "http://127.0.0.1:1")
    assert code == EXIT_FAILED and "--base-url and --crm go with --token-stdin" in err


def test_a_salesforce_session_token_from_stdin_syncs_once_and_is_kept_nowhere(
    tmp_path: Path,
    sf_sandbox: SalesforceSandbox,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A computer without a keychain syncs with Salesforce too: with a session's access token
    (``sf org display`` shows one) and the org's address."""
    keyring.set_keyring(fail.Keyring())
    db = tmp_path / "store.sqlite3"
    store = open_store(db)
    with store.write() as session:
        session.add(Account(name="Acme KK"))
    store.close()
    token = sf_sandbox.auth.session_id

    def sync_with_token(*more: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(token + "\n"))
        return cli(capsys, "--db", str(db), "sync", "--token-stdin", *more)

    code, out, err = sync_with_token("--crm", "salesforce", "--base-url", sf_sandbox.url)
    assert code == EXIT_OK, err
    assert out.splitlines()[0].startswith(f"Connected Salesforce at {sf_sandbox.url} for this")
    assert "pushed 1," in out
    names = sf_query(sf_sandbox, "SELECT Name FROM Account")
    assert [row["Name"] for row in names] == ["Acme KK"]
    code, _, err = sync_with_token("--crm", "hubspot")
    assert code == EXIT_FAILED and "this store syncs with Salesforce" in err
    code, out, _ = cli(capsys, "--db", str(db), "crm", "status")
    assert "Connected to Salesforce" in out and "with an access token" in out
    assert memory_keyring.items == {} and credentials._session_only == {}
    for path in tmp_path.iterdir():
        if path.is_file():
            assert token.encode() not in path.read_bytes()


def sf_query(sandbox: SalesforceSandbox, soql: str) -> list[dict[str, object]]:
    headers = {"Authorization": f"Bearer {sandbox.auth.session_id}"}
    with httpx.Client(base_url=sandbox.url, headers=headers) as client:
        answer = client.get(f"/services/data/v{SF_API_VERSION}/query", params={"q": soql})
    answer.raise_for_status()
    records: list[dict[str, object]] = answer.json()["records"]
    return records

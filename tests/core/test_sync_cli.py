"""``cs-desktop crm connect`` and ``cs-desktop sync``; the secret stays out of the store."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from crm_sandbox import run_sandbox
from cs_desktop.cli import build_parser, run
from cs_desktop.db import open_store
from cs_desktop.models import Account
from tests.support.keychain import MemoryKeyring

pytestmark = pytest.mark.usefixtures("memory_keyring")

SECRET = "pat-na1-5ecret-t0ken-never-in-the-db"


def cli(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = __import__("sys").stdin
    __import__("sys").stdin = io.StringIO(stdin)
    try:
        code = run(build_parser().parse_args(argv), out, err)
    finally:
        __import__("sys").stdin = old
    return code, out.getvalue(), err.getvalue()


def test_connect_keeps_the_token_in_the_keychain_only(
    tmp_path: Path, memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    portal = run_sandbox(0, None, private_token=SECRET)  # connecting checks the token
    try:
        connect_and_look(tmp_path, portal.url, memory_keyring, caplog)
    finally:
        portal.stop()


def connect_and_look(
    tmp_path: Path, url: str, memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "store.sqlite3"
    store = open_store(db)
    with store.write() as session:
        session.add(Account(name="Acme"))
    store.close()
    caplog.set_level(logging.DEBUG)
    code, out, err = cli(
        [
            "--db",
            str(db),
            "crm",
            "connect",
            "hubspot",
            "--token-stdin",
            "--base-url",
            url,
        ],
        stdin=SECRET + "\n",
    )
    assert code == 0, err
    assert "1 change waiting for the first sync" in out
    assert SECRET in "".join(memory_keyring.items.values())
    for path in tmp_path.iterdir():  # the store, its WAL and shared memory
        assert SECRET.encode() not in path.read_bytes()
    assert SECRET not in out + err + caplog.text
    code, out, _ = cli(["--db", str(db), "sync", "--dry-run"])
    assert code == 0 and "company create: 1" in out and "waiting changes: 1" in out


def test_connect_without_a_keychain_is_refused_clearly(tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    code, _, err = cli(
        ["--db", str(tmp_path / "s.sqlite3"), "crm", "connect", "hubspot", "--token-stdin"],
        stdin=SECRET + "\n",
    )
    assert code == 1
    assert "no system keychain" in err and SECRET not in err
    assert "'cs-desktop sync --token-stdin' runs one sync without storing them" in err


def test_sync_without_a_connection_says_so(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    open_store(db).close()
    code, _, err = cli(["--db", str(db), "sync"])
    assert code == 1 and "no CRM is connected" in err

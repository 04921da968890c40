"""CRM secrets never land on disk outside the keychain: after syncs with a private-app token and
with OAuth (refreshed and rotated), failed requests included, neither the store (+ WAL), a
backup, a DEBUG log of the whole session, the app's log file nor an exported plan PDF holds any
of them; not even when an error carrying them is logged.

In the ui tests because the plan PDF is rendered by the Qt layer.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import keyring
import pytest
from pypdf import PdfReader

from crm_sandbox import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Sandbox
from cs_desktop.app_log import start_logging, stop_logging
from cs_desktop.cli import build_parser, run
from cs_desktop.db import Store
from cs_desktop.sync.connection import open_adapter
from cs_desktop.sync.engine import run_sync
from cs_desktop.sync.hubspot.connect import connect_hubspot
from cs_desktop.sync.retry import RetryPolicy
from tests.support.crm_sandbox import for_fake_time
from tests.support.hubspot import FakeTime, add_portfolio, oauth_connect
from tests.support.keychain import MemoryKeyring
from tests.support.plan import add_plan_account
from ui.plan.cli import add_export_plan_command, run_export_plan

EVERY_CALL = {"times": 0}


class RecordingKeyring(MemoryKeyring):
    """The keychain, remembering every secret ever written (rotated tokens included)."""

    def __init__(self) -> None:
        super().__init__()
        self.written: list[str] = []

    def set_password(self, service: str, username: str, password: str) -> None:
        self.written.append(password)
        super().set_password(service, username, password)


@pytest.fixture
def keychain() -> Iterator[RecordingKeyring]:
    previous = keyring.get_keyring()
    backend = RecordingKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "session.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    root.setLevel(previous)
    handler.close()


@pytest.fixture
def app_log() -> Iterator[Path]:
    """The app's own log file, set up as the app and the commands set it up."""
    path = start_logging("tests")
    assert path is not None
    yield path
    stop_logging()


def sync_until_done(store: Store, sandbox: Sandbox) -> None:
    clock = FakeTime()
    for_fake_time(sandbox)
    adapter = open_adapter(store, retry=RetryPolicy(sleep=clock.sleep, monotonic=clock.monotonic))
    try:
        result = run_sync(store, adapter)
        assert result.outcome in ("ok", "failed"), result
    finally:
        adapter.close()


def secrets(sandbox: Sandbox, keychain: RecordingKeyring) -> set[str]:
    found = {sandbox.auth.private_token, DEFAULT_CLIENT_SECRET}
    for blob in keychain.written:
        found.update(str(v) for v in json.loads(blob).values() if v)
    auth = sandbox.store.auth_state
    found.update(auth.get("access", {}))
    found.update(auth.get("refresh", {}))
    return found


def test_no_token_is_written_to_the_store_logs_backups_or_exports(
    qapp: object,
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    keychain: RecordingKeyring,
    debug_log: Path,
    app_log: Path,
    tmp_path: Path,
) -> None:
    control.post("/clock", json={"offset": -3600})
    add_plan_account(store)
    add_portfolio(store)

    connect_hubspot(store, token=sandbox.auth.private_token, base_url=sandbox.url)
    control.post(  # failures whose messages end up in the run log and the outbox
        "/faults",
        json={
            "faults": [
                {
                    "kind": "server_error",
                    "status": 503,
                    "body": "html",
                    "path": "*/search",
                    "times": 0,
                },
                {
                    "kind": "batch_errors",
                    "path": "*/contacts/batch/upsert",
                    "select": {"indexes": [0]},
                },
            ]
        },
    )
    sync_until_done(store, sandbox)
    control.delete("/faults")

    oauth_connect(store, sandbox)  # the same store, now through an OAuth app
    control.post("/faults", json={"settings": {"rotateRefreshTokens": True}})
    sync_until_done(store, sandbox)
    control.post("/faults", json={"expireTokens": True})  # 401, refresh, replay
    sync_until_done(store, sandbox)

    parser = build_parser(add_export_plan_command)
    plan = tmp_path / "plan.pdf"
    db = ["--db", str(store.path)]
    assert (
        run_export_plan(parser.parse_args([*db, "export-plan", "Tokyo", "--out", str(plan)])) == 0
    )
    backup = tmp_path / "backup.sqlite3"
    assert run(parser.parse_args([*db, "backup", "--to", str(backup)])) == 0

    files = [store.path, Path(f"{store.path}-wal"), backup, debug_log, app_log, plan]
    contents = {path.name: path.read_bytes() for path in files if path.exists()}
    contents["plan text"] = "".join(p.extract_text() for p in PdfReader(plan).pages).encode()
    # The files hold what they should, so finding nothing in them means something.
    assert b"HTTP Request" in contents["session.log"]
    assert b"command backup finished with exit code 0" in contents["cs-desktop.log"]
    assert b"Acme" in contents["store.sqlite3"] + contents.get("store.sqlite3-wal", b"")
    assert b"Tokyo" in contents["plan text"]
    tokens = secrets(sandbox, keychain)
    assert len(tokens) >= 5  # private token, client secret, access and rotated refresh tokens
    leaks = {
        (name, token[:6] + "…")
        for name, data in contents.items()
        for token in tokens
        if token.encode() in data
    }
    assert leaks == set()


def test_an_error_carrying_secrets_reaches_the_app_log_without_them(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    keychain: RecordingKeyring,
    app_log: Path,
) -> None:
    add_portfolio(store)
    refresh = oauth_connect(store, sandbox)
    control.post("/faults", json={"settings": {"rotateRefreshTokens": True}})
    sync_until_done(store, sandbox)
    control.post("/faults", json={"expireTokens": True})
    sync_until_done(store, sandbox)
    tokens = (secrets(sandbox, keychain) | {refresh}) - {DEFAULT_CLIENT_ID}  # an ID is public
    access = next(iter(sandbox.store.auth_state.get("access", {})))
    rotated = json.loads(keychain.written[-1])["refresh_token"]
    # What careless code might log: a request's headers, a token form, a reply, a traceback.
    form = (
        f"grant_type=refresh_token&client_id={DEFAULT_CLIENT_ID}"
        f"&client_secret={DEFAULT_CLIENT_SECRET}&refresh_token={rotated}"
    )
    try:
        raise RuntimeError(f"token refresh refused for {form}")
    except RuntimeError:
        logging.getLogger("cs_desktop.sync").exception(
            "request failed: headers %s, reply %s, private token %s",
            {"Authorization": f"Bearer {access}"},
            json.dumps({"access_token": access, "refresh_token": rotated}),
            sandbox.auth.private_token,
        )

    text = app_log.read_text(encoding="utf-8")
    assert "request failed: headers" in text and "token refresh refused" in text
    assert "Traceback (most recent call last)" in text
    leaks = {token[:6] + "…" for token in tokens if token in text}
    assert leaks == set()

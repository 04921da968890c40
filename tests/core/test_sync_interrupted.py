"""A sync that dies (killed, power cut) leaves a ``running`` log row and ops in flight; the
next start closes the row as interrupted and returns the ops to the queue, and the next sync
sends them once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import httpx
import keyring
import pytest
from sqlalchemy import select

from crm_sandbox import Sandbox, run_sandbox
from cs_desktop.db import Store, open_store
from cs_desktop.models import Account
from cs_desktop.sync import messages
from cs_desktop.sync.connection import open_adapter
from cs_desktop.sync.engine import run_sync
from cs_desktop.sync.hubspot.connect import connect_hubspot
from cs_desktop.sync.recovery import recover_interrupted
from cs_desktop.sync.runlock import RunLock
from cs_desktop.sync.state import Outbox, SyncRun
from tests.support.sync_crash import KEYRING_FILE_VAR, FileKeyring

pytestmark = pytest.mark.usefixtures("memory_keyring")

REPO = Path(__file__).resolve().parents[2]
ACCOUNTS = 20


def states(path: Path) -> tuple[list[str], dict[str, int]]:
    """The runs' outcomes and the outbox's states, read as another program would."""
    with closing(sqlite3.connect(path)) as db:
        runs = [row[0] for row in db.execute("SELECT outcome FROM sync_run ORDER BY id")]
        ops = dict(db.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
    return runs, ops


def leave_a_dead_run(store: Store) -> None:
    """What a run killed mid-batch leaves: its log row running, its batch in flight."""
    with store.write() as session:
        session.add(SyncRun(provider="hubspot", started_at=datetime.now(tz=UTC)))
        for op in session.scalars(select(Outbox)):
            op.state = "inflight"


@pytest.fixture
def queued(store: Store, portal: Sandbox) -> Store:
    """A store with three creates queued for the CRM."""
    with store.write() as session:
        session.add_all(Account(name=f"A{n}") for n in range(3))
    connect_hubspot(store, token=portal.auth.private_token, base_url=portal.url)
    return store


def test_the_next_start_closes_a_dead_run_and_requeues_its_ops(queued: Store) -> None:
    leave_a_dead_run(queued)
    assert recover_interrupted(queued) == 1
    assert states(queued.path) == (["interrupted"], {"pending": 3})
    with queued.read() as session:
        run = session.scalars(select(SyncRun)).one()
        assert run.finished_at is not None and messages.INTERRUPTED in run.errors_json


def test_a_live_run_in_another_process_is_left_alone(queued: Store) -> None:
    leave_a_dead_run(queued)
    with RunLock(queued.path) as alive:
        assert alive.acquire()
        assert recover_interrupted(queued) == 0
    assert states(queued.path) == (["running"], {"inflight": 3})


# -- a real process, killed ------------------------------------------------------------------


@pytest.fixture
def file_keychain(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "keychain.json"
    previous = keyring.get_keyring()
    os.environ[KEYRING_FILE_VAR] = str(path)
    keyring.set_keyring(FileKeyring())
    yield path
    keyring.set_keyring(previous)
    os.environ.pop(KEYRING_FILE_VAR, None)


@pytest.fixture
def portal() -> Iterator[Sandbox]:
    server = run_sandbox(0, None)
    with httpx.Client(base_url=server.url + "/__emulator") as control:
        control.post("/clock", json={"offset": -3600})
    yield server
    server.stop()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_sync_killed_mid_batch_is_recovered_and_finished_once(
    tmp_path: Path, file_keychain: Path, portal: Sandbox
) -> None:
    path = tmp_path / "store.sqlite3"
    store = open_store(path)
    with store.write() as session:
        session.add_all(Account(name=f"Account {n:02d}") for n in range(ACCOUNTS))
    connect_hubspot(store, token=portal.auth.private_token, base_url=portal.url)
    store.close()
    with httpx.Client(base_url=portal.url + "/__emulator") as control:
        # The batch goes out and nothing answers: the run waits there until it is killed.
        control.post("/faults", json={"kind": "hang", "path": "*/batch/upsert"})
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "PYTHON_KEYRING_BACKEND": "tests.support.sync_crash.FileKeyring",
        KEYRING_FILE_VAR: str(file_keychain),
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "cs_desktop", "--db", str(path), "sync"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while states(path)[1].get("inflight") != ACCOUNTS:
            assert child.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert states(path) == (["running"], {"inflight": ACCOUNTS})
    store = open_store(path)
    try:
        assert recover_interrupted(store) == 1
        assert states(path) == (["interrupted"], {"pending": ACCOUNTS})
        adapter = open_adapter(store)
        assert run_sync(store, adapter).outcome == "ok"
        adapter.close()
    finally:
        store.close()
    assert states(path) == (["interrupted", "ok"], {"done": ACCOUNTS})
    names = sorted(
        str(r.properties.get("name")) for r in portal.store.records["companies"].values()
    )
    assert names == [f"Account {n:02d}" for n in range(ACCOUNTS)]

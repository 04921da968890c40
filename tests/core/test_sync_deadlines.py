"""Deadlines: a CRM that hangs, trickles or crawls ends a request, an answer awaited and a
run by their limits, with a message and nothing left in flight; offline is known in 5 s.

Fake servers listen on real loopback sockets: one that accepts and never answers, one that
trickles a reply a byte at a time. Sync runs go against the sandbox with its ``hang``,
``trickle`` and ``delay`` faults. Limits are shortened so that every case takes a second or
two; each would run for minutes (or for ever) without its deadline.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from crm_sandbox import Sandbox
from cs_desktop.db import Store
from cs_desktop.models import Account
from cs_desktop.sync import messages
from cs_desktop.sync.adapter import TimedOut
from cs_desktop.sync.connection import open_adapter
from cs_desktop.sync.deadlines import Deadlines
from cs_desktop.sync.engine import run_sync
from cs_desktop.sync.hubspot.connect import connect_hubspot
from cs_desktop.sync.online import PROBE_TIMEOUT_S, sync_once, unreachable
from cs_desktop.sync.progress import SyncProgress, describe
from cs_desktop.sync.state import Outbox
from cs_desktop.sync.transport import BoundedHttp

pytestmark = pytest.mark.usefixtures("memory_keyring")

EVERY_CALL = 0  # a fault's ``times``: every matching call


class FakeServer:
    """A loopback server that reads each request, then misbehaves as ``mode`` says:
    ``hang`` answers nothing; ``trickle_head`` sends its reply a byte every ``gap`` s;
    ``trickle_body`` sends the head at once and the body a byte every ``gap`` s. It gives up
    after ``lasts`` s, so a client without a deadline fails its test instead of hanging."""

    def __init__(self, mode: str, *, gap: float = 0.1, lasts: float = 20.0) -> None:
        self.mode, self.gap, self.lasts = mode, gap, lasts
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def close(self) -> None:
        self._stop.set()
        self._listener.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)  # the request (small: a HEAD or a short POST)
            body = b'{"results": []}' + b" " * 2000
            head = (
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            )
            if self.mode == "hang":
                self._stop.wait(self.lasts)
                return
            slow = head.encode() + body if self.mode == "trickle_head" else body
            if self.mode == "trickle_body":
                conn.sendall(head.encode())
            ends = time.monotonic() + self.lasts
            for index in range(len(slow)):
                if time.monotonic() > ends or self._stop.wait(self.gap):
                    return
                try:
                    conn.sendall(slow[index : index + 1])
                except OSError:
                    return


@pytest.fixture
def fake_server(request: pytest.FixtureRequest) -> Iterator[FakeServer]:
    server = FakeServer(request.param)
    yield server
    server.close()


def elapsed(start: float) -> float:
    return time.monotonic() - start


# -- one request -----------------------------------------------------------------------------


@pytest.mark.parametrize("fake_server", ["hang", "trickle_head", "trickle_body"], indirect=True)
def test_a_request_ends_at_its_total_deadline_however_the_server_stalls(
    fake_server: FakeServer,
) -> None:
    # The read timeout is long: only the total deadline can end a trickle (each byte comes
    # well within it) or, this soon, a hang.
    http = BoundedHttp(fake_server.url, Deadlines(read_s=30.0, request_s=0.8))
    start = time.monotonic()
    with pytest.raises(TimedOut, match=r"did not send a complete answer within 0\.8 seconds"):
        http.send("POST", "/crm/v3/objects/companies/search", within=0.8, json={})
    assert elapsed(start) < 2.5
    http.close()


@pytest.mark.parametrize("fake_server", ["hang"], indirect=True)
def test_a_server_that_never_answers_is_known_within_the_probe_time(
    fake_server: FakeServer,
) -> None:
    assert PROBE_TIMEOUT_S <= 5.0
    start = time.monotonic()
    why = unreachable(fake_server.url, timeout=0.5)
    assert why == messages.NO_ANSWER.format(url=fake_server.url, seconds="0.5")
    assert elapsed(start) < 1.5


def test_a_closed_port_is_offline_at_once() -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        url = f"http://127.0.0.1:{taken.getsockname()[1]}"
    start = time.monotonic()
    assert unreachable(url) == messages.OFFLINE.format(url=url)
    assert elapsed(start) < 2.0


# -- a run -----------------------------------------------------------------------------------


def add_accounts(store: Store, count: int) -> None:
    with store.write() as session:
        session.add_all(Account(name=f"Account {n:02d}") for n in range(count))


def outbox_states(store: Store) -> dict[str, int]:
    with store.read() as session:
        rows = session.execute(select(Outbox.state, func.count()).group_by(Outbox.state)).all()
    return {state: count for state, count in rows}


def local_accounts(store: Store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Account)) or 0)


def remote_companies(sandbox: Sandbox) -> int:
    return len(sandbox.store.records["companies"])


def fault(control: httpx.Client, **spec: Any) -> None:
    response = control.post("/faults", json={"faults": [spec]})
    assert response.status_code == 200, response.text


@pytest.fixture
def connected(store: Store, sandbox: Sandbox) -> Store:
    with httpx.Client(base_url=sandbox.url) as client:
        client.post("/__emulator/clock", json={"offset": -3600})  # search lags: age writes
    connect_hubspot(store, token=sandbox.auth.private_token, base_url=sandbox.url)
    return store


def test_a_request_that_hangs_once_is_cut_and_retried_without_duplicates(
    connected: Store, sandbox: Sandbox, control: httpx.Client
) -> None:
    add_accounts(connected, 20)
    fault(control, kind="hang", method="POST", path="*/companies/batch/upsert")
    adapter = open_adapter(connected, deadlines=Deadlines(request_s=0.5, stall_s=10.0))
    start = time.monotonic()
    result = run_sync(connected, adapter)
    adapter.close()
    assert result.outcome == "ok", result
    assert elapsed(start) < 8.0
    assert remote_companies(sandbox) == 20
    assert outbox_states(connected) == {"done": 20}


@pytest.mark.parametrize(
    "misbehaviour",
    [
        {"kind": "hang"},
        {"kind": "trickle", "seconds": 0.2},  # one byte every 0.2 s: the reply takes minutes
    ],
)
def test_a_crm_that_stalls_stops_the_run_with_a_message_and_nothing_in_flight(
    connected: Store, sandbox: Sandbox, control: httpx.Client, misbehaviour: dict[str, Any]
) -> None:
    add_accounts(connected, 20)
    fault(control, method="POST", path="*/batch/upsert", times=EVERY_CALL, **misbehaviour)
    limits = Deadlines(request_s=0.4, stall_s=1.2)
    start = time.monotonic()
    report = sync_once(connected, deadlines=limits)
    assert elapsed(start) < 5.0
    assert report.outcome == "failed", report
    assert report.message == messages.STALLED.format(url=sandbox.url, seconds="1.2")
    # Nothing committed is lost, nothing waits on the dead request: all 20 go next time.
    assert local_accounts(connected) == 20
    assert outbox_states(connected) == {"pending": 20}
    control.delete("/faults")
    assert sync_once(connected).outcome == "ok"
    assert outbox_states(connected) == {"done": 20}
    assert sorted(
        r.properties.get("name") for r in sandbox.store.records["companies"].values()
    ) == [f"Account {n:02d}" for n in range(20)]


@pytest.mark.slow  # commands in subprocesses, a few seconds
def test_a_routine_run_stops_at_its_overall_limit_a_first_sync_does_not(
    connected: Store, sandbox: Sandbox, control: httpx.Client
) -> None:
    add_accounts(connected, 3)
    # Every request answers, 0.1 s late: no request or answer limit is ever reached.
    fault(control, kind="delay", seconds=0.1, times=EVERY_CALL)
    limits = Deadlines(run_s=0.3)
    first = sync_once(connected, deadlines=limits)
    assert first.outcome == "ok", first  # a first sync is bounded by progress only
    add_accounts(connected, 1)
    routine = sync_once(connected, deadlines=limits)
    assert routine.outcome == "failed"
    assert routine.message == messages.RUN_TOO_LONG.format(minutes="0.005")
    assert outbox_states(connected).get("inflight", 0) == 0


def test_the_run_says_what_it_waits_for_and_when_the_answer_came(
    connected: Store, control: httpx.Client
) -> None:
    add_accounts(connected, 2)
    fault(control, kind="delay", seconds=1.3, method="POST", path="*/companies/batch/upsert")
    heard: list[SyncProgress] = []
    report = sync_once(connected, deadlines=Deadlines(announce_s=0.3), progress=heard.append)
    assert report.outcome == "ok", report
    waits = [n for n, p in enumerate(heard) if p.step == "waiting"]
    assert waits and heard[waits[0]].done >= 1
    assert describe(heard[waits[0]]).startswith("waiting for the CRM (")
    # Once the CRM answered, the status line says where the run stands again.
    assert heard[waits[-1] + 1].step != "waiting"

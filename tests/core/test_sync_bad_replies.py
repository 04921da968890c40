"""A reply that is not the API's (a captive portal's sign-in page, JSON cut short) stops the
run with a message, never a traceback; no op is left in flight and nothing is lost."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from crm_sandbox import Sandbox
from cs_desktop.cli import build_parser, run
from cs_desktop.db import Store
from cs_desktop.models import Account
from cs_desktop.sync import messages
from cs_desktop.sync.hubspot.connect import connect_hubspot
from cs_desktop.sync.online import sync_once
from cs_desktop.sync.state import Outbox, SyncCursor

pytestmark = pytest.mark.usefixtures("memory_keyring")

ACCOUNTS = 20  # one upsert batch: all twenty are in flight when the page answers


@pytest.fixture(autouse=True)
def portal_in_the_past(sandbox: Sandbox) -> None:
    with httpx.Client(base_url=sandbox.url) as client:
        client.post("/__emulator/clock", json={"offset": -3600})


@pytest.fixture
def connected(store: Store, sandbox: Sandbox) -> Store:
    with store.write() as session:
        session.add_all(Account(name=f"Account {n:02d}") for n in range(ACCOUNTS))
    connect_hubspot(store, token=sandbox.auth.private_token, base_url=sandbox.url)
    return store


def fault(control: httpx.Client, **spec: Any) -> None:
    response = control.post("/faults", json={"faults": [spec]})
    assert response.status_code == 200, response.text


def outbox_states(store: Store) -> dict[str, int]:
    with store.read() as session:
        rows = session.execute(select(Outbox.state, func.count()).group_by(Outbox.state)).all()
    return {state: count for state, count in rows}


def local_accounts(store: Store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Account)) or 0)


def remote_names(sandbox: Sandbox) -> list[str]:
    return sorted(
        str(r.properties.get("name")) for r in sandbox.store.records["companies"].values()
    )


UPSERT = {"method": "POST", "path": "*/companies/batch/upsert"}


@pytest.mark.parametrize(
    ("misbehaviour", "message"),
    [
        ({"kind": "captive_portal"}, messages.WEB_PAGE),
        ({"kind": "captive_portal", "status": 302}, messages.WEB_PAGE),
        ({"kind": "captive_portal", "status": 511}, messages.WEB_PAGE),
        ({"kind": "truncated_json"}, messages.DAMAGED_REPLY),
        # Applied by the CRM, then the reply is cut: sending again must not duplicate.
        ({"kind": "truncated_json", "when": "after"}, messages.DAMAGED_REPLY),
    ],
)
def test_a_bad_reply_to_a_write_stops_the_run_and_leaves_nothing_in_flight(
    connected: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    misbehaviour: dict[str, Any],
    message: str,
) -> None:
    fault(control, **UPSERT, **misbehaviour)
    report = sync_once(connected)
    assert report.outcome == "failed", report
    assert report.message == message.format(url=sandbox.url)
    assert outbox_states(connected) == {"pending": ACCOUNTS}
    assert local_accounts(connected) == ACCOUNTS
    again = sync_once(connected)  # the page is gone (signed in): all of it goes, once
    assert again.outcome == "ok", again
    assert outbox_states(connected) == {"done": ACCOUNTS}
    assert remote_names(sandbox) == [f"Account {n:02d}" for n in range(ACCOUNTS)]


@pytest.mark.parametrize("kind", ["captive_portal", "truncated_json"])
def test_a_bad_reply_to_a_pull_keeps_the_cursor_where_it_was(
    connected: Store, sandbox: Sandbox, control: httpx.Client, kind: str
) -> None:
    assert sync_once(connected).outcome == "ok"
    before = cursors(connected)
    control.post("/mutate", json={"op": "create", "type": "companies", "properties": {"name": "X"}})
    control.post("/clock", json={"advance": 120})
    fault(control, kind=kind, method="POST", path="*/companies/search")
    report = sync_once(connected)
    assert report.outcome == "failed" and "CRM" in report.message
    assert cursors(connected) == before
    assert sync_once(connected).outcome == "ok"
    assert local_accounts(connected) == ACCOUNTS + 1


def cursors(store: Store) -> dict[str, Any]:
    with store.read() as session:
        return {c.kind: c.modified_at for c in session.scalars(select(SyncCursor))}


def test_the_command_line_says_so_without_a_traceback(
    connected: Store, sandbox: Sandbox, control: httpx.Client
) -> None:
    fault(control, **UPSERT, kind="captive_portal")
    out, err = io.StringIO(), io.StringIO()
    code = run(build_parser().parse_args(["--db", str(connected.path), "sync"]), out, err)
    assert code == 1
    assert messages.WEB_PAGE.format(url=sandbox.url) in err.getvalue()
    assert "Traceback" not in err.getvalue() + out.getvalue()
    assert outbox_states(connected) == {"pending": ACCOUNTS}

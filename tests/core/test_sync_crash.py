"""Contract §5 test 3: a sync killed with SIGKILL at any checkpoint, then restarted, ends where
a sync that was never killed ends; nothing is duplicated in the CRM and no edit is lost. For
each CRM: HubSpot and Salesforce, each at the checkpoints of its own requests.

Each case starts from the same saved state (a store synced with a sandbox portal that has
since changed), runs "edit, then ``cs-desktop sync``" in a child process armed to stop at one
checkpoint (:mod:`cs_desktop.sync.checkpoints`), kills it there with SIGKILL, restarts the sync
in a second child, and compares the local store and the portal with the uninterrupted run.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import keyring
import pytest

from crm_sandbox import Sandbox, run_sandbox
from crm_sandbox.salesforce import SalesforceSandbox, run_salesforce_sandbox
from crm_sandbox.server import BaseSandbox
from cs_desktop.db import open_store
from cs_desktop.ids import AccountId
from cs_desktop.models import Account, Stakeholder, Touchpoint, TouchpointKind
from cs_desktop.sync.checkpoints import ANNOUNCEMENT, ENV_VAR
from cs_desktop.sync.connection import open_adapter
from cs_desktop.sync.engine import run_sync
from cs_desktop.sync.hubspot import OBJECT_TYPES
from cs_desktop.sync.hubspot.connect import connect_hubspot
from tests.support.crm_providers import PROVIDERS, salesforce_connect
from tests.support.crm_sandbox import plain_settings, search_body
from tests.support.sync_crash import (
    KEYRING_FILE_VAR,
    NEW_STAKEHOLDER,
    NEW_TOUCHPOINT,
    FileKeyring,
    json_of,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals"),
]

REPO = Path(__file__).resolve().parents[2]
CHILD = (
    "import sys\n"
    "from pathlib import Path\n"
    "from tests.support.sync_crash import edit_then_sync\n"
    "sys.exit(edit_then_sync(Path(sys.argv[1])))\n"
)
SYSTEM_PROPERTIES = {
    "hs_object_id",
    "createdate",
    "hs_createdate",
    "hs_lastmodifieddate",
    "lastmodifieddate",
}


@dataclass(frozen=True)
class Saved:
    """The starting point every case copies: a store, a portal (or org) and a keychain file."""

    folder: Path
    provider: str

    @property
    def store(self) -> Path:
        return self.folder / "store.sqlite3"

    @property
    def portal(self) -> Path:
        return self.folder / "portal"

    @property
    def keychain(self) -> Path:
        return self.folder / "keychain.json"


def _serve(provider: str, data: Path) -> BaseSandbox:
    """The CRM's sandbox keeping its records in ``data``: compared runs need no search lag
    and no rate limits."""
    if provider == "hubspot":
        sandbox: BaseSandbox = run_sandbox(0, data, settings=plain_settings())
        _clock(sandbox, {"offset": -3600})
        return sandbox
    return run_salesforce_sandbox(0, data, settings=plain_settings())


@pytest.fixture(scope="module")
def saved(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Saved]:
    saved = Saved(tmp_path_factory.mktemp("saved"), str(request.param))
    previous = keyring.get_keyring()
    os.environ[KEYRING_FILE_VAR] = str(saved.keychain)
    keyring.set_keyring(FileKeyring())
    sandbox = _serve(saved.provider, saved.portal)
    try:
        store = open_store(saved.store)
        try:
            _add_portfolio(store)
            if isinstance(sandbox, Sandbox):
                connect_hubspot(store, token=sandbox.auth.private_token, base_url=sandbox.url)
            else:
                assert isinstance(sandbox, SalesforceSandbox)
                salesforce_connect(store, sandbox)
            adapter = open_adapter(store)
            assert run_sync(store, adapter).outcome == "ok"
            adapter.close()
        finally:
            store.close()
        _change_the_portal(sandbox)
    finally:
        sandbox.stop()
        keyring.set_keyring(previous)
    yield saved
    os.environ.pop(KEYRING_FILE_VAR, None)


def _add_portfolio(store: Any) -> None:
    with store.write() as session:
        acme, beta, gamma = Account(name="Acme"), Account(name="Beta"), Account(name="Gamma")
        ann = Stakeholder(account=acme, name="Ann Lee", email="ann@acme.test")
        bo = Stakeholder(account=beta, name="Bo Chen", email="bo@beta.test")
        session.add_all([acme, beta, gamma, ann, bo])
        session.flush()
        session.add_all(
            [
                Touchpoint(
                    account_id=AccountId(acme.id),
                    kind=TouchpointKind.NOTE,
                    occurred_at=_when(5),
                    title="Kick-off",
                    notes="They want a rollout plan.",
                    attendees=[ann],
                ),
                Touchpoint(
                    account_id=AccountId(beta.id),
                    kind=TouchpointKind.MEETING,
                    occurred_at=_when(6),
                    title="Demo",
                    attendees=[bo],
                ),
            ]
        )


def _when(day: int) -> datetime:
    return datetime(2026, 1, day, 9, tzinfo=UTC)


def _change_the_portal(sandbox: BaseSandbox) -> None:
    """Someone else's changes since the last sync: a disjoint edit (Acme's domain), a clash
    with the coming local rename (Gamma), and a new company."""
    if isinstance(sandbox, SalesforceSandbox):
        accounts = sandbox.org.records["Account"].values()
        by_id = {r["Name"]: r["Id"] for r in accounts}
        changes: list[dict[str, Any]] = [
            {"op": "update", "type": "Account", "id": by_id[name], "fields": fields}
            for name, fields in (
                ("Acme", {"Website": "acme.example"}),
                ("Gamma", {"Name": "Gamma (theirs)"}),
                ("Beta", {"Website": "beta.example"}),
            )
        ]
        changes.append({"op": "create", "type": "Account", "fields": {"Name": "New Co"}})
    else:
        assert isinstance(sandbox, Sandbox)
        records = sandbox.store.records["companies"].values()
        by_name = {r.properties.get("name"): r.id for r in records}
        changes = [
            {"op": "update", "type": "companies", "id": by_name[name], "properties": props}
            for name, props in (
                ("Acme", {"domain": "acme.example"}),
                ("Gamma", {"name": "Gamma (theirs)"}),
                ("Beta", {"domain": "beta.example"}),
            )
        ]
        changes.append({"op": "create", "type": "companies", "properties": {"name": "New Co"}})
    with httpx.Client(base_url=sandbox.url + "/__emulator") as control:
        for change in changes:
            response = control.post("/mutate", json=change)
            assert response.status_code == 200, response.text


def _clock(sandbox: BaseSandbox, request: dict[str, Any]) -> None:
    with httpx.Client(base_url=sandbox.url) as client:
        client.post("/__emulator/clock", json=request)


@dataclass
class Case:
    folder: Path
    sandbox: BaseSandbox

    @property
    def store(self) -> Path:
        return self.folder / "store.sqlite3"

    def env(self, checkpoint: str | None) -> dict[str, str]:
        env = {
            **os.environ,
            "PYTHONPATH": str(REPO),
            "PYTHON_KEYRING_BACKEND": "tests.support.sync_crash.FileKeyring",
            KEYRING_FILE_VAR: str(self.folder / "keychain.json"),
        }
        env.pop(ENV_VAR, None)
        if checkpoint is not None:
            env[ENV_VAR] = checkpoint
        return env


@contextmanager
def copy_of(saved: Saved, folder: Path) -> Iterator[Case]:
    """The saved state in ``folder``, its portal served by a new sandbox."""
    shutil.copy(saved.store, folder / "store.sqlite3")
    shutil.copy(saved.keychain, folder / "keychain.json")
    shutil.copytree(saved.portal, folder / "portal")
    sandbox = _serve(saved.provider, folder / "portal")
    try:
        with closing(sqlite3.connect(folder / "store.sqlite3")) as db, db:
            # The portal listens on a new port; the keychain entry keeps the first one's name.
            db.execute("UPDATE crm_connection SET base_url = ?", (sandbox.url,))
            if saved.provider == "salesforce":  # it signs in where it answers
                db.execute("UPDATE crm_connection SET sign_in_url = ?", (sandbox.url,))
        yield Case(folder, sandbox)
    finally:
        sandbox.stop()


@pytest.fixture
def case(saved: Saved, tmp_path: Path) -> Iterator[Case]:
    with copy_of(saved, tmp_path) as copied:
        yield copied


def _edit_then_sync(case: Case, checkpoint: str | None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(case.store)],
        cwd=REPO,
        env=case.env(checkpoint),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _kill_at_checkpoint(child: subprocess.Popen[bytes]) -> str:
    """Wait for the child to announce its checkpoint, then SIGKILL it; what it announced."""
    assert child.stderr is not None
    deadline = time.monotonic() + 60
    seen = b""
    try:
        while ANNOUNCEMENT.encode() not in seen:
            assert time.monotonic() < deadline, f"no checkpoint reached: {seen!r}"
            ready, _, _ = select.select([child.stderr], [], [], 1)
            if ready:
                chunk = os.read(child.stderr.fileno(), 4096)
                assert chunk or child.poll() is None, f"the child ended first: {seen!r}"
                seen += chunk
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    return seen.decode(errors="replace")


def _sync_again(case: Case) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cs_desktop", "--db", str(case.store), "sync"],
        cwd=REPO,
        env=case.env(None),
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()


def _finish(child: subprocess.Popen[bytes]) -> None:
    _, err = child.communicate(timeout=120)
    assert child.returncode == 0, err.decode()


# -- the state compared ----------------------------------------------------------------------


def local_state(store_path: Path) -> dict[str, Any]:
    with closing(sqlite3.connect(store_path)) as db:
        rows = {
            "accounts": db.execute("SELECT name, domain, stage FROM account").fetchall(),
            "stakeholders": db.execute("SELECT name, title, email, phone FROM stakeholder"),
            "touchpoints": db.execute("SELECT kind, title, notes, occurred_at FROM touchpoint"),
            "attendees": db.execute(
                "SELECT t.title, s.name FROM touchpoint_attendee a "
                "JOIN touchpoint t ON t.id = a.touchpoint_id "
                "JOIN stakeholder s ON s.id = a.stakeholder_id"
            ),
            "records": db.execute(
                "SELECT entity, sync_state, local_json, remote_id IS NOT NULL, "
                "deleted_at IS NOT NULL FROM sync_record"
            ),
            "waiting": db.execute(
                "SELECT entity, op, state, fields_json FROM outbox WHERE state != 'done'"
            ),
            "conflicts": db.execute(
                "SELECT entity, field, base, local, remote, resolution FROM conflict"
            ),
        }
        return {name: sorted(map(json_of, list(found))) for name, found in rows.items()}


def remote_state(sandbox: BaseSandbox) -> dict[str, Any]:
    if isinstance(sandbox, SalesforceSandbox):
        return _org_state(sandbox)
    assert isinstance(sandbox, Sandbox)
    portal = sandbox.store
    with portal.lock:
        names = {}
        state: dict[str, Any] = {}
        for kind, records in portal.records.items():
            live = [r for r in records.values() if not r.archived]
            state[kind] = sorted(
                json_of({k: v for k, v in r.properties.items() if k not in SYSTEM_PROPERTIES})
                for r in live
            )
            state[f"{kind} archived"] = sorted(
                r.properties.get("csm_local_id", "") for r in records.values() if r.archived
            )
            for r in records.values():
                names[(kind, r.id)] = r.properties.get("csm_local_id") or r.properties.get("name")
        state["links"] = sorted(
            json_of(sorted([(a, names[(a, i)]), (b, names[(b, j)])])) for a, i, b, j in portal.links
        )
    return state


SALESFORCE_SYSTEM_FIELDS = {
    "Id",
    "CreatedDate",
    "LastModifiedDate",
    "SystemModstamp",
    "CompletedDateTime",
}


def _org_state(sandbox: SalesforceSandbox) -> dict[str, Any]:
    """Every record of the org by object, ids replaced by the local id (or name) of the record
    they name: runs hand out ids in different orders."""
    org = sandbox.org
    with org.lock:
        every = [record for records in org.records.values() for record in records.values()]
        names = {
            r["Id"]: r.get("CSM_Local_Id__c") or r.get("Name") or r.get("EventId") or r["Id"]
            for r in every
        }
        state: dict[str, Any] = {}
        for obj, records in org.records.items():
            state[obj] = sorted(
                json_of(
                    {
                        k: names.get(v, v) if isinstance(v, str) else v
                        for k, v in r.items()
                        if k not in SALESFORCE_SYSTEM_FIELDS
                    }
                )
                for r in records.values()
                if not r["IsDeleted"]
            )
            state[f"{obj} deleted"] = sorted(
                str(r.get("CSM_Local_Id__c") or "") for r in records.values() if r["IsDeleted"]
            )
    return state


def _remote_rows(case: Case) -> list[tuple[str, dict[str, Any]]]:
    """(object, values) of every live remote record."""
    if isinstance(case.sandbox, SalesforceSandbox):
        org = case.sandbox.org
        return [
            (obj, dict(r))
            for obj, records in org.records.items()
            for r in records.values()
            if not r["IsDeleted"]
        ]
    assert isinstance(case.sandbox, Sandbox)
    return [
        (kind, {**r.properties, "csm_local_id": r.properties.get("csm_local_id")})
        for kind, records in case.sandbox.store.records.items()
        for r in records.values()
        if not r.archived
    ]


def assert_no_duplicates_and_no_lost_edit(case: Case) -> None:
    salesforce = isinstance(case.sandbox, SalesforceSandbox)
    local_key = "CSM_Local_Id__c" if salesforce else "csm_local_id"
    rows = _remote_rows(case)
    carried = [values.get(local_key) for _, values in rows if values.get(local_key)]
    with closing(sqlite3.connect(case.store)) as db:
        records = db.execute(
            "SELECT lower(hex(local_uid)) FROM sync_record WHERE remote_kind IS NOT NULL"
        ).fetchall()
        for (hex_uid,) in records:
            local_id = str(uuid.UUID(hex_uid))
            assert carried.count(local_id) <= 1, local_id
        # Each edit is on the server, waiting in the outbox, or held by a conflict.
        waiting = " ".join(
            row[0] for row in db.execute("SELECT fields_json FROM outbox WHERE state != 'done'")
        )
        conflicts = {row[0] for row in db.execute("SELECT local FROM conflict")}
    if not salesforce:
        _searched_once(case)
    remote_values = {str(value) for _, values in rows for value in values.values()}
    for value in ("delivery", "Gamma (mine)", "Rollout review", "cai@beta.test"):
        assert value in remote_values or value in waiting or value in conflicts, value
    meetings = "Event" if salesforce else "meetings"
    contacts = "Contact" if salesforce else "contacts"
    assert str(NEW_TOUCHPOINT) in {v.get(local_key) for o, v in rows if o == meetings}
    assert str(NEW_STAKEHOLDER) in {v.get(local_key) for o, v in rows if o == contacts}


def _searched_once(case: Case) -> None:
    """HubSpot's search finds each local id once (its index, not only its records)."""
    assert isinstance(case.sandbox, Sandbox)
    headers = {"Authorization": f"Bearer {case.sandbox.auth.private_token}"}
    with (
        closing(sqlite3.connect(case.store)) as db,
        httpx.Client(base_url=case.sandbox.url, headers=headers) as api,
    ):
        records = db.execute(
            "SELECT lower(hex(local_uid)), remote_kind FROM sync_record "
            "WHERE remote_kind IS NOT NULL"
        ).fetchall()
        for hex_uid, kind in records:
            local_id = str(uuid.UUID(hex_uid))
            only_this = [{"propertyName": "csm_local_id", "operator": "EQ", "value": local_id}]
            found = api.post(
                f"/crm/v3/objects/{OBJECT_TYPES[kind]}/search",
                json=search_body(filterGroups=[{"filters": only_this}]),
            ).json()
            assert found["total"] <= 1, (kind, local_id)


def assert_same(found: dict[str, list[str]], expected: dict[str, list[str]]) -> None:
    """Equal states; on failure, only the rows that differ (the states are long)."""
    differences = {
        name: {
            "extra": sorted(set(rows) - set(expected[name])),
            "missing": sorted(set(expected[name]) - set(rows)),
        }
        for name, rows in found.items()
        if rows != expected[name]
    }
    assert differences == {}


@pytest.fixture(scope="module")
def uninterrupted(saved: Saved, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    with copy_of(saved, tmp_path_factory.mktemp("uninterrupted")) as reference:
        _finish(_edit_then_sync(reference, None))
        assert_no_duplicates_and_no_lost_edit(reference)
        return {"local": local_state(reference.store), "remote": remote_state(reference.sandbox)}


CHECKPOINTS = {
    "hubspot": [
        "edit_committed",
        "after_send:POST */contacts/batch/upsert",
        "after_send:POST */companies/batch/update",
        "after_send:POST */batch/associate/default",
        "after_send:POST */meetings/batch/archive",
        "before_ack_commit:company company",
        "before_ack_commit:touchpoint meeting",
        "before_ack_commit:link",
        "before_ack_commit:delete touchpoint",
        "after_send:POST */companies/search",
        "mid_page:company",
    ],
    "salesforce": [
        "edit_committed",
        "after_send:PATCH */composite/sobjects/Contact/CSM_Local_Id__c",
        "after_send:PATCH */composite/sobjects",
        "after_send:DELETE */composite/sobjects*",
        "before_ack_commit:company company",
        "before_ack_commit:touchpoint meeting",
        "before_ack_commit:link",
        "before_ack_commit:delete touchpoint",
        "after_send:GET */query*",
        "mid_page:company",
    ],
}


@pytest.mark.parametrize(
    ("saved", "checkpoint"),
    [
        pytest.param(provider, checkpoint, id=f"{provider}-{checkpoint}")
        for provider in PROVIDERS
        for checkpoint in CHECKPOINTS[provider]
    ],
    indirect=["saved"],
)
def test_a_sync_killed_at_a_checkpoint_ends_like_one_never_killed(
    case: Case, checkpoint: str, uninterrupted: dict[str, Any]
) -> None:
    announced = _kill_at_checkpoint(_edit_then_sync(case, checkpoint))
    assert checkpoint.partition(":")[0] in announced
    _sync_again(case)
    assert_no_duplicates_and_no_lost_edit(case)
    assert_same(local_state(case.store), uninterrupted["local"])
    assert_same(remote_state(case.sandbox), uninterrupted["remote"])
    with closing(sqlite3.connect(case.store)) as db:
        states = {row[0] for row in db.execute("SELECT state FROM outbox")}
    assert states <= {"done", "blocked"}  # every op acknowledged or held by its conflict

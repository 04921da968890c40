"""First connect of a populated store: every row queued at once, one count of what waits
shown everywhere, and a first push that says how far it is, stops when asked and resumes
without sending anything twice."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from crm_sandbox import Sandbox
from cs_desktop.db import Store, open_store
from cs_desktop.models import Account, Stakeholder, Touchpoint, TouchpointKind
from cs_desktop.sync import push as push_module
from cs_desktop.sync.connection import open_adapter
from cs_desktop.sync.engine import run_sync
from cs_desktop.sync.hubspot.connect import connect_hubspot
from cs_desktop.sync.progress import SyncProgress
from cs_desktop.sync.retry import RetryPolicy
from cs_desktop.sync.state import Outbox, SyncRecord
from cs_desktop.sync.status import sync_overview
from tests.support.hubspot import FakeTime, unchecked
from tests.support.outbox import connect

pytestmark = pytest.mark.usefixtures("memory_keyring", "portal_in_the_past")


def populate(store: Store, accounts: int = 3, people: int = 3, touchpoints: int = 4) -> None:
    """Accounts with their people, and touchpoints each attended by two of them."""
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    with store.write() as session:
        for a in range(accounts):
            account = Account(name=f"Account {a}", domain=f"a{a}.test")
            staff = [
                Stakeholder(account=account, name=f"Person {a}.{p}", email=f"p{p}@a{a}.test")
                for p in range(people)
            ]
            session.add_all([account, *staff])
            session.flush()
            for t in range(touchpoints):
                session.add(
                    Touchpoint(
                        account_id=account.id,
                        kind=TouchpointKind.MEETING,
                        occurred_at=start + timedelta(days=t),
                        title=f"Meeting {a}.{t}",
                        notes="Walked through the rollout.",
                        attendees=staff[t % people : t % people + 2],
                    )
                )


# What populate() makes: 3 companies, 9 contacts and 12 meetings; links of contacts and
# meetings to their company, and 7 attendees an account.
CREATES = 3 + 9 + 12
LINKS = 9 + 12 + 3 * 7


def queued(store: Store) -> tuple[list[tuple[str, str, str, dict]], dict[str, dict]]:
    """The outbox's ops and the sync records' snapshots, each keyed by its local uid."""
    with store.read() as session:
        ops = [
            (str(row.local_uid), row.entity, row.op, json.loads(row.fields_json))
            for row in session.scalars(select(Outbox).order_by(Outbox.seq))
        ]
        records = {
            str(row.local_uid): json.loads(row.local_json)
            for row in session.scalars(select(SyncRecord))
        }
    return ops, records


def test_rows_queued_at_connect_are_the_ops_their_edits_would_have_queued(
    store: Store, migrated_store_file: Path, tmp_path: Path
) -> None:
    populate(store)  # before connecting: queued set-based by the connect
    path = tmp_path / "after.sqlite3"
    shutil.copyfile(migrated_store_file, path)
    after = open_store(path)
    try:
        with store.read() as session:  # the same rows, uids included, made while connected
            rows = {
                model: [
                    {c.key: getattr(obj, c.key) for c in model.__table__.columns}
                    for obj in session.scalars(select(model).order_by(model.id))
                ]
                for model in (Account, Stakeholder, Touchpoint)
            }
        connect(after)
        with store.read() as source, after.write() as session:
            for model in (Account, Stakeholder, Touchpoint):
                session.add_all(model(**values) for values in rows[model])
                session.flush()
            for touchpoint in source.scalars(select(Touchpoint).order_by(Touchpoint.id)):
                copy = session.get(Touchpoint, touchpoint.id)
                assert copy is not None
                copy.attendees = [session.get(Stakeholder, p.id) for p in touchpoint.attendees]
        connect(store)
        ops, records = queued(store)
        edited_ops, edited_records = queued(after)
        assert len(ops) == CREATES + LINKS
        assert sorted(ops, key=repr) == sorted(edited_ops, key=repr)
        assert records == edited_records
    finally:
        after.close()


def test_the_connect_reports_the_count_the_status_bar_shows(store: Store, sandbox: Sandbox) -> None:
    populate(store)
    connected = connect_hubspot(store, token="pat-x", base_url=sandbox.url, verify=unchecked)
    with store.read() as session:
        shown = sync_overview(session.connection()).waiting
    assert connected.waiting == shown == CREATES + LINKS
    # Connecting again queues nothing more: the same count.
    again = connect_hubspot(store, token="pat-x", base_url=sandbox.url, verify=unchecked)
    assert again.waiting == shown


def upserted_ids(control: httpx.Client) -> Counter[str]:
    """How often each local id went out in an upsert, and each link in an association."""
    sent: Counter[str] = Counter()
    for request in control.get("/requests").json()["requests"]:
        path, body = request["path"], request.get("body") or {}
        if path.endswith("/batch/upsert"):
            sent.update(item["id"] for item in body["inputs"])
        elif path.endswith("/batch/associate/default"):
            kinds = path.split("/")[4:6]
            sent.update(
                f"{kinds[0]}:{i['from']['id']}->{kinds[1]}:{i['to']['id']}" for i in body["inputs"]
            )
    return sent


def test_a_cancelled_first_push_resumes_and_sends_each_record_once(
    store: Store, sandbox: Sandbox, control: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(push_module, "REPORT_EVERY_S", 0.0)  # every batch reports
    populate(store)
    connected = connect_hubspot(store, token=sandbox.auth.private_token, base_url=sandbox.url)
    time = FakeTime()
    adapter = open_adapter(store, retry=RetryPolicy(sleep=time.sleep, monotonic=time.monotonic))
    adapter.max_batch = 5  # many batches from a small store
    heard: list[SyncProgress] = []
    try:
        first = run_sync(
            store,
            adapter,
            cancelled=lambda: len(heard) >= 4,  # after three batches
            progress=heard.append,
        )
        assert first.outcome == "cancelled"
        sending = [(p.done, p.total) for p in heard if p.step == "sending"]
        assert sending[0] == (0, connected.waiting)
        assert sending == sorted(sending) and 0 < sending[-1][0] < connected.waiting
        assert first.waiting == connected.waiting - sending[-1][0]

        heard.clear()
        second = run_sync(store, adapter, progress=heard.append)
        assert second.outcome == "ok" and second.waiting == 0
        sending = [(p.done, p.total) for p in heard if p.step == "sending"]
        assert sending[0] == (0, first.waiting)  # what the status bar said after the cancel
        assert sending[-1] == (first.waiting, first.waiting)
        assert first.pushed + second.pushed == connected.waiting
    finally:
        adapter.close()
    sent = upserted_ids(control)
    with store.read() as session:
        records = session.scalars(
            select(SyncRecord.local_uid).where(SyncRecord.entity != "link")
        ).all()
    assert {key for key in sent if "->" not in key} == {str(uid) for uid in records}
    assert set(sent.values()) == {1}  # nothing acknowledged went twice
    assert len(sent) == connected.waiting == CREATES + LINKS

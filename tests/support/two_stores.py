"""Two stores (two laptops) syncing in turn with one CRM sandbox, and what they write to it."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import delete

from crm_sandbox import Sandbox
from cs_desktop.db import Store, open_store
from cs_desktop.models import HealthSample
from cs_desktop.sync.connection import open_adapter
from cs_desktop.sync.engine import SyncResult, run_sync
from cs_desktop.sync.hubspot import HubSpotAdapter
from cs_desktop.sync.hubspot.connect import connect_hubspot
from cs_desktop.sync.retry import RetryPolicy
from tests.support.crm_sandbox import for_fake_time
from tests.support.hubspot import FakeTime

# The runs' clock: one day throughout, so that a score never moves only because a test ran
# across midnight, and the weekly re-reads never come due.
NOW = datetime(2026, 3, 2, 12, tzinfo=UTC)
TODAY = NOW.astimezone().date()
READS = ("/search", "/batch/read")  # POSTs that write nothing


@dataclass
class Laptop:
    """One store connected to the sandbox, with its adapter."""

    name: str
    store: Store
    adapter: HubSpotAdapter

    def sync(self, sandbox: Sandbox) -> SyncResult:
        """One run, after the portal's clock moved on: its search only sees records older
        than a minute."""
        with httpx.Client(base_url=sandbox.url + "/__emulator") as control:
            control.post("/clock", json={"advance": 120})
        result = run_sync(self.store, self.adapter, clock=lambda: NOW)
        assert result.outcome == "ok", (self.name, result)
        return result

    def close(self) -> None:
        self.adapter.close()
        self.store.close()


def open_laptop(name: str, sandbox: Sandbox, template: Path, folder: Path) -> Laptop:
    """A new store (a copy of the migrated ``template``) connected to ``sandbox``; the caller
    provides a keychain (``memory_keyring``)."""
    path = folder / f"{name}.sqlite3"
    shutil.copyfile(template, path)
    store = open_store(path)
    connect_hubspot(store, token=sandbox.auth.private_token, base_url=sandbox.url)
    fake_time = FakeTime()
    for_fake_time(sandbox)  # its retries sleep on fake_time
    adapter = open_adapter(
        store, retry=RetryPolicy(sleep=fake_time.sleep, monotonic=fake_time.monotonic)
    )
    return Laptop(name, store, adapter)


def reset_portal(sandbox: Sandbox) -> None:
    """An empty portal whose clock runs an hour behind (see ``portal_in_the_past``)."""
    with httpx.Client(base_url=sandbox.url + "/__emulator") as control:
        control.post("/reset", json={})
        control.post("/clock", json={"offset": -3600})


def last_request(sandbox: Sandbox) -> int:
    """The sequence number of the last request the sandbox logged."""
    entries = sandbox.log.since(0)
    return int(entries[-1]["seq"]) if entries else 0


def writes_since(sandbox: Sandbox, seq: int) -> list[str]:
    """The requests after ``seq`` that could change the portal: ``METHOD path`` each."""
    return [
        f"{entry['method']} {entry['path']}"
        for entry in sandbox.log.since(seq)
        if entry["method"] != "GET"
        and not entry["path"].startswith("/__emulator")
        and not entry["path"].endswith(READS)
    ]


def set_login_rate(store: Store, account_id: int, login_rate: float, days: int = 3) -> None:
    """The account's login rate for each of the last ``days`` days (replacing what was
    there): enough for a health score."""
    with store.write() as session:
        session.execute(
            delete(HealthSample).where(
                HealthSample.account_id == account_id, HealthSample.indicator_key == "login_rate"
            )
        )
        session.add_all(
            HealthSample(
                account_id=account_id,
                indicator_key="login_rate",
                sample_date=TODAY - timedelta(days=day),
                value=login_rate,
            )
            for day in range(days)
        )

"""A CRM whose deletion feed no longer reaches back to a kind's last sweep (Salesforce keeps
30 days) raises FullResyncNeeded: the pull then reads every record it knows of the kind, and
those gone are merged as pulled deletions (a clean one deleted here, an edited one held as a
conflict). Driven through the HubSpot sandbox by an adapter whose feed is too short."""

from __future__ import annotations

from datetime import datetime, timedelta

import httpx
import pytest
from sqlalchemy import select

from crm_sandbox import Sandbox
from cs_desktop.db import Store
from cs_desktop.models import Account
from cs_desktop.sync.adapter import CrmAdapter, FullResyncNeeded, Kind, Tombstone
from cs_desktop.sync.hubspot import HubSpotAdapter
from cs_desktop.sync.pull import SWEPT, pull
from cs_desktop.sync.state import Conflict, SyncCursor
from tests.support.hubspot import add_portfolio, advance, edit_account, remote_id_of, sync

pytestmark = [
    pytest.mark.usefixtures("memory_keyring", "portal_in_the_past"),
    pytest.mark.crm_sandbox(search_lag=False, rate_limits=False),
]


class _ShortFeed:
    """The HubSpot adapter, but its deletion feed is out of reach for every kind."""

    def __init__(self, inner: HubSpotAdapter) -> None:
        self._inner = inner
        self.asked: list[Kind] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)

    def pull_tombstones(self, kind: Kind, since: datetime) -> list[Tombstone]:
        self.asked.append(kind)
        raise FullResyncNeeded("the feed does not reach back that far")


def _archived_company(store: Store, control: httpx.Client, hub: HubSpotAdapter) -> int:
    account_id, _ = add_portfolio(store)
    sync(store, hub)
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None
        company_id = remote_id_of(store, account.uid)
    advance(control, 120)
    control.post("/mutate", json={"op": "archive", "type": "companies", "id": company_id})
    advance(control, 120)
    return account_id


def test_known_records_gone_from_the_crm_are_deleted_here_and_the_sweep_moves_on(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    account_id = _archived_company(store, control, hub)
    short = _ShortFeed(hub)
    now = datetime.fromisoformat("2030-01-01T00:00:00+00:00")
    counts = pull(store, short, lambda: False, now=now, tombstones_every=timedelta(0))  # type: ignore[arg-type]
    assert counts.errors == []
    assert "company" in short.asked
    with store.read() as session:
        assert session.get(Account, account_id) is None
        row = session.get(SyncCursor, ("hubspot", "company"))
        assert row is not None and row.tombstones_since == now
        assert session.get(SyncCursor, ("hubspot", SWEPT + "company")) is not None


def test_a_record_edited_here_but_gone_from_the_crm_waits_as_a_conflict(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    account_id = _archived_company(store, control, hub)
    edit_account(store, account_id, domain="edited.test")
    adapter: CrmAdapter = _ShortFeed(hub)  # type: ignore[assignment]
    counts = pull(store, adapter, lambda: False, tombstones_every=timedelta(0))
    assert counts.conflicts == 1
    with store.read() as session:
        assert session.get(Account, account_id) is not None
        conflict = session.scalars(select(Conflict)).one()
        assert (conflict.field, conflict.remote) == ("*deleted*", "deleted")

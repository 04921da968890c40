"""The single-run lock: one sync per store across processes, and a dead run never blocks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from cs_desktop.db import Store
from cs_desktop.sync import checkpoints
from cs_desktop.sync.adapter import Cursor, Kind, Page, Tombstone
from cs_desktop.sync.engine import run_sync
from cs_desktop.sync.hubspot import HubSpotAdapter, HubSpotAuth
from cs_desktop.sync.runlock import RunLock
from cs_desktop.sync.state import SyncRun


class IdleAdapter(HubSpotAdapter):
    """A CRM with nothing to pull, never contacted (nothing is queued to push)."""

    def __init__(self) -> None:
        super().__init__("http://127.0.0.1:9", HubSpotAuth("unused"))

    def ensure_schema(self) -> None:
        pass

    def pull_page(self, kind: Kind, cur: Cursor, limit: int) -> Page:
        return Page([], cur, True)

    def pull_tombstones(self, kind: Kind, since: datetime) -> list[Tombstone]:
        return []


def test_a_second_holder_is_refused_until_the_first_lets_go(store: Store) -> None:
    first, second = RunLock(store.path), RunLock(store.path)
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_a_run_that_died_does_not_block_the_next(store: Store) -> None:
    with store.write() as session:  # what a run killed with SIGKILL leaves behind
        session.add(SyncRun(provider="hubspot", started_at=datetime.now(tz=UTC)))
    assert run_sync(store, IdleAdapter()).outcome == "ok"
    with store.read() as session:
        outcomes = session.scalars(select(SyncRun.outcome).order_by(SyncRun.id)).all()
    assert outcomes == ["interrupted", "ok"]


def test_a_run_in_another_process_makes_this_one_busy(store: Store) -> None:
    with RunLock(store.path) as elsewhere:
        assert elsewhere.acquire()
        assert run_sync(store, IdleAdapter()).outcome == "busy"
    assert run_sync(store, IdleAdapter()).outcome == "ok"


def test_checkpoints_are_inert_unless_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checkpoints, "ARMED", None)
    checkpoints.reached("after_send", "POST /x")  # returns at once
    monkeypatch.setattr(checkpoints, "ARMED", "after_send:GET *")
    checkpoints.reached("after_send", "POST /x")  # another detail: returns
    checkpoints.reached("mid_page", "company")  # another checkpoint: returns

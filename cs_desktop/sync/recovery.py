"""A run that died (killed, power cut, the app closed mid-run) is closed cleanly at the next
start: its ``sync_run`` row says ``interrupted`` and its ops in flight wait again.

Safe only under the run lock (:mod:`cs_desktop.sync.runlock`): the OS drops that lock with the
process holding it, so whoever holds it knows that a ``running`` row and ``inflight`` ops
belong to no live run. Ops go back to ``pending`` rather than being judged: upserts, links and
archives are idempotent and an update re-sends the same values, so sending them again is
right whether or not the CRM applied them before the run died.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from cs_desktop.coltypes import utc_now
from cs_desktop.db import Store
from cs_desktop.i18n import _
from cs_desktop.sync import messages
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.runlock import RunLock
from cs_desktop.sync.state import OpState, Outbox, SyncRun


def close_interrupted(session: Session, crm: Crm | None, now: datetime) -> int:
    """Close the runs of ``crm`` (None: of every CRM) left ``running`` and return the
    in-flight ops to pending; the caller holds the run lock. Returns how many runs were
    closed."""
    query = select(SyncRun).where(SyncRun.outcome == "running")
    if crm is not None:
        query = query.where(SyncRun.provider == crm.provider)
    running = session.scalars(query).all()
    for run in running:
        run.outcome, run.finished_at = "interrupted", now
        run.errors_json = json.dumps([_(messages.INTERRUPTED)])
    release_inflight(session, crm)
    return len(running)


def release_inflight(session: Session, crm: Crm | None) -> None:
    """Ops marked in flight (for ``crm``; None: for any) wait again (a run ending early, or
    one that died)."""
    query = update(Outbox).where(Outbox.state == OpState.INFLIGHT)
    if crm is not None:
        query = query.where(Outbox.provider == crm.provider)
    session.execute(query.values(state=OpState.PENDING))


def recover_interrupted(store: Store, crm: Crm | None = None) -> int:
    """Close what a dead run left behind (of ``crm``; None: of any CRM), unless a run is
    alive (then it is its own).

    Returns:
        How many runs were closed as interrupted.
    """
    with store.write() as session:
        return recover_in(session, store.path, crm)


def recover_in(session: Session, store_path: Path, crm: Crm | None = None) -> int:
    """:func:`recover_interrupted` in the caller's transaction (the app's writer thread).

    The lock may go before the commit: a run starting meanwhile writes only after it, and
    only the rows of dead runs are touched.
    """
    with RunLock(store_path) as lock:
        if not lock.acquire():
            return 0
        return close_interrupted(session, crm, utc_now())

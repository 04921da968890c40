"""One sync run (contract §3): lock, schema, push, pull; an outcome, never a dialog.

Thread contract: ``run_sync`` does network I/O and DB writes; call it from a worker, never
from the GUI thread. ``cancelled`` is polled between batches and pages; a cancelled, stopped
or failed run leaves every op pending, done, failed or blocked (never in flight), and the
next run resumes from there.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import func, select, update

from cs_desktop import note_index
from cs_desktop.coltypes import utc_now
from cs_desktop.db import Store
from cs_desktop.i18n import _
from cs_desktop.sync import capture, messages
from cs_desktop.sync.adapter import (
    AuthRequired,
    CrmAdapter,
    CrmError,
    DailyLimitReached,
    RateLimited,
    rate_log,
)
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.engagements import place_unplaced
from cs_desktop.sync.links import reconcile_links
from cs_desktop.sync.outbox import waiting
from cs_desktop.sync.progress import Report, SyncProgress, WaitWatch, ignore
from cs_desktop.sync.pull import TOMBSTONES_EVERY, pull
from cs_desktop.sync.push import push
from cs_desktop.sync.push_counts import PushCounts
from cs_desktop.sync.recovery import close_interrupted, release_inflight
from cs_desktop.sync.runlock import RunLock
from cs_desktop.sync.scores import companies_to_create, queue_scores, scores_today
from cs_desktop.sync.state import Conflict, CrmConnection, SyncRun

SCHEMA_VERSION = "csm-2"  # bump when ensure_schema creates something new

Outcome = Literal["ok", "cancelled", "busy", "auth_required", "rate_limited", "failed"]
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


@dataclass(frozen=True)
class SyncResult:
    """What a run did; the UI's status bar and conflict queue read this.

    Attributes:
        outcome: ``ok`` or why the run stopped.
        waiting: changes still in the outbox afterwards.
        open_conflicts: conflicts waiting for the user.
        message: one line for the user (empty when ok).
    """

    outcome: Outcome
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    failed: int = 0
    waiting: int = 0
    open_conflicts: int = 0
    errors: tuple[str, ...] = ()
    message: str = ""


def _process_lock(store: Store) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(str(store.path.resolve()), threading.Lock())


def run_sync(
    store: Store,
    adapter: CrmAdapter,
    *,
    clock: Callable[[], datetime] = utc_now,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Report = ignore,
    tombstones_every: timedelta = TOMBSTONES_EVERY,
) -> SyncResult:
    """Push local changes, then pull remote ones, for the connected CRM.

    The run stops by the adapter's :class:`~cs_desktop.sync.deadlines.Deadlines`: a CRM
    that stalls ends it as ``failed`` with a message; so does a routine run past its overall
    limit (a first sync has none). Whatever way it ends, no op is left in flight.

    Args:
        store: the open store.
        adapter: the CRM (e.g. :class:`~cs_desktop.sync.hubspot.HubSpotAdapter`).
        clock: now, for the run log.
        cancelled: polled between batches; True stops the run at the next safe point.
        progress: hears where the run stands (on the run's threads; "waiting for the CRM"
            on a watch thread).
        tombstones_every: how often each kind's archived records are listed (see
            :data:`~cs_desktop.sync.pull.TOMBSTONES_EVERY`; 0: every run).
    """
    lock = _process_lock(store)
    if not lock.acquire(blocking=False):
        return SyncResult("busy", message=_("a sync is already running"))
    try:
        with RunLock(store.path) as other_processes:
            if not other_processes.acquire():
                return SyncResult("busy", message=_("a sync is already running in another window"))
            run_id, first = _begin(store, adapter.crm, clock())
            limit = adapter.deadlines.run_limit(first)
            watch = WaitWatch(adapter.waited_s, progress, adapter.deadlines.announce_s)
            with watch:
                stop = _Stop(cancelled, limit)
                return _run(store, adapter, run_id, clock, stop, watch.report, tombstones_every)
    finally:
        lock.release()


class _Stop:
    """The run's safe-point check: the user cancelled, or the run's time is up.

    ``timed_out`` says whether a safe point stopped the run for time, so that a run that
    ends just past its limit with nothing left undone is not reported as stopped.
    """

    def __init__(self, cancelled: Callable[[], bool], limit_s: float | None) -> None:
        self.by_user = cancelled
        self.limit_s = limit_s
        self._ends_at = None if limit_s is None else time.monotonic() + limit_s
        self.timed_out = False

    def __call__(self) -> bool:
        if self.by_user():
            return True
        if self._ends_at is not None and time.monotonic() >= self._ends_at:
            self.timed_out = True
        return self.timed_out


def _begin(store: Store, crm: Crm, now: datetime) -> tuple[int, bool]:
    """Log the run, and whether it is a first sync. The caller holds the run lock, so a
    ``running`` row left over is a run that died (killed, power cut): it is closed and its
    ops wait again."""
    with store.write() as session:
        close_interrupted(session, crm, now)
        connection = session.get(CrmConnection, crm.provider)
        since = connection.connected_at if connection is not None else None
        done_before = select(SyncRun.id).where(
            SyncRun.provider == crm.provider, SyncRun.outcome == "ok"
        )
        if since is not None:
            done_before = done_before.where(SyncRun.started_at >= since)
        first = session.scalar(done_before.limit(1)) is None
        run = SyncRun(provider=crm.provider, started_at=now, outcome="running")
        session.add(run)
        session.flush()
        return run.id, first


def _run(
    store: Store,
    adapter: CrmAdapter,
    run_id: int,
    clock: Callable[[], datetime],
    cancelled: _Stop,
    progress: Report,
    tombstones_every: timedelta,
) -> SyncResult:
    outcome: Outcome = "ok"
    message = ""
    pull_errors: list[str] = []
    pulled = pull_conflicts = 0
    scores_moved = False  # whether what the pull wrote may have moved a health score
    sent = PushCounts()
    try:
        _ensure_schema(store, adapter)
        today = clock().astimezone().date()
        early = companies_to_create(store, adapter.crm)
        if early:  # the new companies' scores go in their upserts
            queue_scores(store, adapter.crm, scores_today(store, today))
        # Else today's health scores are computed on a worker during the pull, which mostly
        # waits on the CRM (the scores are mostly SQL and numpy, so the GIL is free most of the
        # time; the push, busy in Python, goes first on its own); the moved ones go out after.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="health-scores") as scorer:
            sent += push(store, adapter, cancelled, progress)
            scores = None if early else scorer.submit(scores_today, store, today)
            if not cancelled():
                pulled_counts = pull(
                    store,
                    adapter,
                    cancelled,
                    progress,
                    now=clock(),
                    tombstones_every=tombstones_every,
                )
                placed = place_unplaced(
                    store,
                    adapter,
                    clock(),
                    pulled_counts.companies_created,
                    pulled_counts.left_waiting,
                    cancelled,
                )
                relinked = reconcile_links(store, adapter, clock())
                pulled = pulled_counts.pulled + placed + relinked
                scores_moved = pulled_counts.scores_moved or bool(placed or relinked)
                # Pulled notes join the search index.
                note_index.catch_up(
                    store, cancelled, lambda done: progress(SyncProgress("indexing", None, done))
                )
                pull_conflicts = pulled_counts.conflicts
                pull_errors = pulled_counts.errors
            if scores and not cancelled():
                computed = scores.result()
                if scores_moved:
                    # Computed while the pull wrote: a pulled touchpoint (its satisfaction)
                    # or stage may have moved a score, and a score from before it would
                    # overwrite the CRM's with a stale one, answered back next run. (A pull
                    # that took only fields no score reads, a renamed company, moved none.)
                    computed = scores_today(store, today)
                if queue_scores(store, adapter.crm, computed):
                    sent += push(store, adapter, cancelled, progress)
        if cancelled.by_user():
            outcome, message = "cancelled", _("sync cancelled; it resumes where it stopped")
        elif cancelled.timed_out:
            minutes = f"{(cancelled.limit_s or 0) / 60:g}"
            outcome, message = "failed", _(messages.RUN_TOO_LONG).format(minutes=minutes)
    except AuthRequired as error:
        outcome, message = "auth_required", str(error)
    except DailyLimitReached as error:
        outcome, message = "rate_limited", str(error)
    except RateLimited as error:
        outcome, message = (
            "rate_limited",
            _("the CRM asks to wait {seconds} s").format(seconds=f"{error.retry_after_s:.0f}"),
        )
    except CrmError as error:
        outcome, message = "failed", str(error)
    except BaseException:
        # A bug, Ctrl+C or a store error: the run is closed and its ops wait again before the
        # error goes on to the caller's handler.
        _finish(store, adapter, run_id, clock, "failed", sent, 0, 0, [_(messages.UNEXPECTED_STOP)])
        raise
    errors = sent.errors + pull_errors
    conflicts = sent.conflicts + pull_conflicts
    left, open_count = _finish(
        store,
        adapter,
        run_id,
        clock,
        outcome,
        sent,
        pulled,
        conflicts,
        errors + ([message] if message else []),
    )
    return SyncResult(
        outcome,
        sent.pushed,
        pulled,
        conflicts,
        sent.failed,
        left,
        open_count,
        tuple(errors),
        message,
    )


def _finish(
    store: Store,
    adapter: CrmAdapter,
    run_id: int,
    clock: Callable[[], datetime],
    outcome: str,
    sent: PushCounts,
    pulled: int,
    conflicts: int,
    errors: list[str],
) -> tuple[int, int]:
    """Close the run's log row; ops a stopped run left in flight wait again. Returns the
    changes still waiting and the open conflicts."""
    crm = adapter.crm
    with store.write() as session:
        release_inflight(session, crm)
        run = session.get(SyncRun, run_id)
        assert run is not None
        run.finished_at = clock()
        run.outcome = outcome
        run.pushed, run.pulled, run.conflicts, run.failed = (
            sent.pushed,
            pulled,
            conflicts,
            sent.failed,
        )
        run.errors_json = json.dumps(errors)
        run.rate_limit_json = rate_log(adapter)
        left = waiting(session.connection(), crm.provider)
        open_count = session.scalar(
            select(func.count())
            .select_from(Conflict)
            .where(Conflict.provider == crm.provider, Conflict.resolved_at.is_(None))
        )
    return left, int(open_count or 0)


def _ensure_schema(store: Store, adapter: CrmAdapter) -> None:
    with store.read() as session:
        connection = session.get(CrmConnection, adapter.crm.provider)
        done = connection is not None and connection.schema_version == SCHEMA_VERSION
        upgraded = connection is not None and connection.schema_version is not None
    if done:
        return
    adapter.ensure_schema()
    with store.write() as session:
        session.execute(
            update(CrmConnection)
            .where(CrmConnection.provider == adapter.crm.provider)
            .values(schema_version=SCHEMA_VERSION)
        )
        if upgraded:
            # Fields this version syncs that the last did not: queued as edits of the rows
            # they are in, in the same transaction as the new version.
            capture.rescan(session.connection(), adapter.crm.provider)

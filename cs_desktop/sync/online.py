"""Sync as the app runs it: check the CRM answers before a run, then run it.

Why a reachability check first: offline, every request of a run would be retried with
backoff until the run's stall limit (two minutes) gives up, and a background sync would keep a
worker busy meanwhile with nothing useful in the status bar. A probe says "offline" within 5 s
instead, however the network fails (refused, unroutable, a server that never answers, a DNS
lookup that hangs).

Thread contract: everything here does network I/O; call it from a worker, never the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from cs_desktop.changes import Changes
from cs_desktop.db import Store
from cs_desktop.i18n import _
from cs_desktop.sync import messages
from cs_desktop.sync.adapter import AuthRequired, CrmError, TimedOut
from cs_desktop.sync.deadlines import DEFAULT, Deadlines
from cs_desktop.sync.engine import SyncResult, run_sync
from cs_desktop.sync.progress import Report, ignore
from cs_desktop.sync.retry import RetryPolicy
from cs_desktop.sync.state import CrmConnection
from cs_desktop.sync.transport import BoundedHttp

PROBE_TIMEOUT_S = 5.0


def unreachable(base_url: str, timeout: float = PROBE_TIMEOUT_S) -> str | None:
    """Why the CRM's server cannot be used now (a message for the user), or None when it
    answers at all (any HTTP status counts). Takes ``timeout`` seconds at most."""
    found: list[str | None] = []
    no_answer = _(messages.NO_ANSWER).format(url=base_url, seconds=f"{timeout:g}")

    def probe() -> None:
        limits = Deadlines(connect_s=timeout, read_s=timeout, request_s=timeout)
        http = BoundedHttp(base_url, limits)
        try:
            http.send("HEAD", "/", within=timeout)
            found.append(None)
        except TimedOut:
            found.append(no_answer)
        except CrmError:
            found.append(_(messages.OFFLINE).format(url=base_url))
        finally:
            http.close()

    # A thread, because a DNS lookup cannot be cut short: a hanging one is left behind.
    thread = threading.Thread(target=probe, name="crm-probe", daemon=True)
    thread.start()
    thread.join(timeout)
    return found[0] if found else no_answer


def reachable(base_url: str, timeout: float = PROBE_TIMEOUT_S) -> bool:
    """Whether the CRM's server answers at all (any HTTP status counts)."""
    return unreachable(base_url, timeout) is None


@dataclass(frozen=True)
class SyncReport:
    """One sync attempt of the app.

    Attributes:
        result: the run's result, None when no run started (offline, not connected).
        outcome: the result's outcome, or ``offline`` / ``not_connected`` / ``auth_required``.
        message: one line for the user (empty when all went well).
    """

    outcome: str
    result: SyncResult | None = None
    message: str = ""

    @property
    def offline(self) -> bool:
        return self.outcome == "offline"

    @property
    def changes(self) -> Changes:
        """What the views must re-read: pulled records may touch any account."""
        if self.result is None or self.result.pulled == 0:
            return Changes()
        return Changes(portfolio=True, touchpoints=True, health=True)


def sync_once(
    store: Store,
    *,
    cancelled: Callable[[], bool] = lambda: False,
    probe: Callable[[str], str | None] = unreachable,
    retry: RetryPolicy | None = None,
    progress: Report = ignore,
    deadlines: Deadlines = DEFAULT,
    token: str | None = None,
) -> SyncReport:
    """Run one sync of the connected CRM, or say why it could not start.

    Args:
        probe: why the CRM cannot be reached (None when it can): :func:`unreachable`.
        deadlines: the limits of the run and its requests.
        token: a private-app token for this run only, instead of the keychain's secret.
    """
    from cs_desktop.sync.connection import open_adapter

    with store.read() as session:
        connection = session.scalars(select(CrmConnection).limit(1)).first()
        base_url = None if connection is None else connection.base_url
    if base_url is None:
        return SyncReport("not_connected", message=_("no CRM is connected"))
    why = probe(base_url)
    if why is not None:
        return SyncReport("offline", message=why)
    try:
        adapter = open_adapter(store, retry=retry, deadlines=deadlines, token=token)
    except AuthRequired as error:
        return SyncReport("auth_required", message=str(error))
    except CrmError as error:
        why = probe(base_url)
        return SyncReport("failed" if why is None else "offline", message=str(error))
    try:
        result = run_sync(store, adapter, cancelled=cancelled, progress=progress)
    finally:
        adapter.close()
    if result.outcome == "failed" and probe(base_url) is not None:
        return SyncReport("offline", result, result.message)
    return SyncReport(result.outcome, result, result.message)

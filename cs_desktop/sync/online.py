"""Sync as the app runs it: check the CRM answers before a run, and test credentials.

Why a reachability check first: offline, every request of a run is retried with backoff (about
a minute before the run gives up), so a background sync would keep a worker busy and the status
bar would say nothing useful. A probe that fails within seconds says "offline" instead.

Thread contract: everything here does network I/O; call it from a worker, never the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx

from cs_desktop.changes import Changes
from cs_desktop.db import Store
from cs_desktop.sync.adapter import AuthRequired, CrmError, Token, Transient
from cs_desktop.sync.crm import HUBSPOT
from cs_desktop.sync.engine import SyncResult, run_sync
from cs_desktop.sync.hubspot import HubSpotAdapter, HubSpotAuth, OAuthClient
from cs_desktop.sync.progress import Report, ignore
from cs_desktop.sync.retry import RetryPolicy
from cs_desktop.sync.state import CrmConnection

PROBE_TIMEOUT_S = 5.0


def reachable(base_url: str, timeout: float = PROBE_TIMEOUT_S) -> bool:
    """Whether the CRM's server answers at all (any HTTP status counts)."""
    try:
        with httpx.Client(timeout=timeout) as client:
            client.head(base_url)
    except httpx.TransportError:
        return False
    return True


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
    probe: Callable[[str], bool] = reachable,
    retry: RetryPolicy | None = None,
    progress: Report = ignore,
) -> SyncReport:
    """Run one sync of the connected CRM, or say why it could not start."""
    from cs_desktop.sync.connection import open_adapter

    with store.read() as session:
        connection = session.get(CrmConnection, HUBSPOT.provider)
        base_url = None if connection is None else connection.base_url
    if base_url is None:
        return SyncReport("not_connected", message="no CRM is connected")
    if not probe(base_url):
        return SyncReport("offline", message=f"{base_url} cannot be reached")
    try:
        adapter = open_adapter(store, retry=retry)
    except AuthRequired as error:
        return SyncReport("auth_required", message=str(error))
    except CrmError as error:
        return _failed_before_run(base_url, str(error), probe)
    try:
        result = run_sync(store, adapter, cancelled=cancelled, progress=progress)
    finally:
        adapter.close()
    if result.outcome == "failed" and not probe(base_url):
        return SyncReport("offline", result, f"{base_url} cannot be reached")
    return SyncReport(result.outcome, result, result.message)


def _failed_before_run(base_url: str, message: str, probe: Callable[[str], bool]) -> SyncReport:
    if not probe(base_url):
        return SyncReport("offline", message=f"{base_url} cannot be reached")
    return SyncReport("failed", message=message)


@dataclass(frozen=True)
class ConnectionCheck:
    """The answer to "Test connection".

    Attributes:
        refresh_token: the OAuth refresh token to keep from now on when the CRM rotated it
            during the test (the one typed in is then dead), else None.
    """

    ok: bool
    message: str
    refresh_token: str | None = None


def check_hubspot(
    base_url: str,
    *,
    token: str | None = None,
    oauth: tuple[str, str, str] | None = None,
    timeout: float = 10.0,
) -> ConnectionCheck:
    """Whether HubSpot at ``base_url`` accepts these credentials; nothing is stored or written."""
    if (token is None) == (oauth is None):
        raise ValueError("give either a private-app token or OAuth credentials")
    if oauth is not None:
        client_id, client_secret, refresh_token = oauth
        auth = HubSpotAuth("", refresh_token, client=OAuthClient(client_id, client_secret))
    else:
        auth = HubSpotAuth(str(token))
    rotated: list[Token] = []
    adapter = HubSpotAdapter(
        base_url,
        auth,
        on_tokens=rotated.append,
        retry=RetryPolicy(max_attempts=2),
        timeout=timeout,
    )
    try:
        if oauth is not None:
            adapter.refresh_auth()
        adapter.read("company", ["0"])  # any authorised read; the id need not exist
    except AuthRequired as error:
        return _checked(False, str(error), rotated)
    except Transient as error:
        return _checked(False, f"{base_url} cannot be reached ({error})", rotated)
    except CrmError as error:
        return _checked(False, f"{base_url} did not answer as HubSpot does: {error}", rotated)
    finally:
        adapter.close()
    return _checked(True, "HubSpot accepted the credentials", rotated)


def _checked(ok: bool, message: str, rotated: list[Token]) -> ConnectionCheck:
    new_refresh = rotated[-1].refresh_token if rotated else None
    return ConnectionCheck(ok, message, new_refresh)

"""The app's side of CRM sync: Sync now, the periodic background sync, and the counts shown.

Every sync, connect and count runs on a worker through the :class:`TaskRunner`; this object only
decides when, and keeps what the status bar shows. The core is imported inside the workers so
that building the window does not import SQLAlchemy or httpx.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, QSettings, QTimer, Signal

from cs_desktop.changes import Changes
from cs_desktop.deferred_store import DeferredStore
from ui.tasks import ChangeHub, LongTask, TaskRunner

if TYPE_CHECKING:
    from cs_desktop.db import Store
    from cs_desktop.sync.connection import Connected, ConnectionCheck
    from cs_desktop.sync.online import SyncReport
    from cs_desktop.sync.progress import SyncProgress
    from cs_desktop.sync.providers import Credentials, Provider
    from cs_desktop.sync.status import SyncOverview

INTERVAL_KEY = "sync/interval_minutes"
DEFAULT_INTERVAL_MIN = 5
MAX_BACKOFF_STEPS = 3  # offline: wait 2x, 4x, then 8x the interval between attempts
COUNT_DELAY_MS = 300  # edits come in bursts; count once they settle

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConnectRequest:
    """What the settings dialog collected; the secrets go nowhere but the keychain.

    Attributes:
        provider: the registry key of the CRM chosen.
        base_url: the API address; None for a CRM whose address comes with its tokens.
    """

    provider: str
    base_url: str | None
    credentials: Credentials  # its repr shows no secret


class AccountsLanded:
    """During a long (first) sync, shows the accounts and their people as soon as their
    kinds are written, not only when the whole run ends: their notes take much longer."""

    def __init__(
        self, on_main: Callable[[Callable[[], None]], None], announce: Callable[[Changes], None]
    ) -> None:
        self._on_main = on_main
        self._announce = announce
        self._kind: str | None = None

    def __call__(self, progress: SyncProgress) -> None:
        if progress.step != "receiving" or progress.kind == self._kind:
            return
        if self._kind in ("company", "contact"):
            changes = Changes(portfolio=True)
            self._on_main(lambda: self._announce(changes))
        self._kind = progress.kind


def real_store(store: Store | DeferredStore) -> Store:
    """The opened store (on a worker thread: opening a deferred store does I/O)."""
    return store.opened() if isinstance(store, DeferredStore) else store


class SyncController(QObject):
    """Runs syncs and keeps the sync state for the status bar and the dialogs.

    Signals:
        state_changed: the overview, the offline flag or the running sync changed.
        sync_finished(SyncReport): a run (or an attempt that could not start) ended.
    """

    state_changed = Signal()
    sync_finished = Signal(object)

    def __init__(
        self, runner: TaskRunner, hub: ChangeHub, settings: QSettings, parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.hub = hub
        self.settings = settings
        self.overview: SyncOverview | None = None  # None until first counted
        self.offline = False
        self.last_report: SyncReport | None = None
        self.running: LongTask | None = None
        self._offline_streak = 0
        self._closed = False
        self._counting = False
        self._count_again = False
        self._count_soon = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_soon.timeout.connect(self.refresh)
        self._periodic = QTimer(self, singleShot=True)
        self._periodic.timeout.connect(self._on_periodic_timeout)
        hub.changes_applied.connect(self._on_hub_changes_applied)

    # -- counts ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-count waiting changes and conflicts (a query, on a reader thread)."""
        if self._closed:
            return
        if self._counting:
            self._count_again = True
            return
        self._counting = True

        def count(connection: Any) -> SyncOverview:
            from cs_desktop.sync.status import sync_overview

            return sync_overview(connection)

        self.runner.read(
            self.tr("Count changes waiting to sync"), count, self._on_counted, self._on_error
        )

    def _on_counted(self, overview: SyncOverview) -> None:
        self._counting = False
        was_connected = self.overview is not None and self.overview.connected
        if self.overview is None and overview.connected:
            self._recover()
        self.overview = overview
        if not overview.connected:
            self.offline = False
        if overview.connected != was_connected:
            self._schedule()
        self.state_changed.emit()
        if self._count_again:
            self._count_again = False
            self.refresh()

    def _recover(self) -> None:
        """At start, close a sync a previous session left running (killed, crashed) and
        return its changes in flight to the queue, so nothing waits on a dead run."""
        path = self.runner.store.path

        def recover(session: Any) -> int:
            from cs_desktop.sync.recovery import recover_in

            return recover_in(session, path)

        self.runner.write(self.tr("Close an interrupted sync"), recover)

    def _on_error(self, error: Exception) -> None:
        self._counting = False
        self.runner.report_failure(self.tr("Sync status"), error)

    def _on_hub_changes_applied(self, _changes: Changes) -> None:
        if self.overview is not None and self.overview.connected:
            self._count_soon.start()

    @property
    def connected(self) -> bool:
        return self.overview is not None and self.overview.connected

    # -- running -----------------------------------------------------------------------------
    def sync_now(self) -> LongTask | None:
        """Start a sync unless one runs; the task shows in the status bar with Cancel."""
        if self.running is not None or self._closed:
            return None
        from_store = self.runner.store
        task = LongTask(self.tr("Syncing with the CRM"))
        self.running = task
        self.state_changed.emit()

        def work(running: LongTask) -> SyncReport:
            from cs_desktop.sync.online import sync_once
            from cs_desktop.sync.progress import every

            def show(progress: SyncProgress) -> None:
                # The bar counts the changes sent; while receiving, it is busy (no total).
                running.report(progress.done if progress.total else 0, progress.total)
                running.describe(self.describe_progress(progress))

            landed = AccountsLanded(self.runner.on_main, self.hub.changes_applied.emit)
            throttled = every(0.25, show)

            def hear(progress: SyncProgress) -> None:
                landed(progress)
                throttled(progress)

            return sync_once(real_store(from_store), cancelled=running.is_cancelled, progress=hear)

        # On a reader thread, not the writer: a run waits on the network, and edits must not
        # queue behind it. Its own short transactions interleave with the writer's.
        log.info("sync started")
        self.runner.run_long(
            task,
            work,
            self._on_synced,
            self._on_sync_error,
            changes_of=lambda report: report.changes,
        )
        return task

    def describe_progress(self, progress: SyncProgress) -> str:
        """The status bar's words for where a run stands (a first pull takes a while)."""
        count = QLocale().toString(progress.done)
        if progress.step == "sending":
            # The total is the status bar's "changes waiting" when the run began.
            return (
                self.tr("changes sent: %1 of %2")
                .replace("%1", count)
                .replace("%2", QLocale().toString(progress.total))
            )
        if progress.step == "indexing":
            return self.tr("pulled notes indexed for search: {count}").format(count=count)
        if progress.step == "waiting":
            return self.tr("waiting for the CRM ({seconds} s)…").format(seconds=count)
        if progress.step == "resumed":
            return self.tr("the CRM answered; syncing…")
        words = {
            "company": self.tr("companies received: {count}"),
            "contact": self.tr("contacts received: {count}"),
            "note": self.tr("notes received: {count}"),
            "meeting": self.tr("meetings received: {count}"),
            "call": self.tr("calls received: {count}"),
            "email": self.tr("emails received: {count}"),
            "task": self.tr("tasks received: {count}"),
            "renewal": self.tr("renewals received: {count}"),
            "forecast": self.tr("renewal forecasts received: {count}"),
            "plan": self.tr("success plans received: {count}"),
            "goal": self.tr("plan goals received: {count}"),
            "milestone": self.tr("plan milestones received: {count}"),
        }
        return words.get(progress.kind or "note", words["note"]).format(count=count)

    def _on_synced(self, report: SyncReport) -> None:
        done = report.result
        counts = (done.pushed, done.pulled, done.failed) if done is not None else (0, 0, 0)
        log.info(
            "sync %s: pushed %d, pulled %d, failed %d. %s", report.outcome, *counts, report.message
        )
        self.running = None
        self.last_report = report
        self.offline = report.offline
        self._offline_streak = self._offline_streak + 1 if report.offline else 0
        self.sync_finished.emit(report)
        self.refresh()
        self._schedule()

    def _on_sync_error(self, error: Exception) -> None:
        from cs_desktop.errors import user_message
        from cs_desktop.sync.online import SyncReport

        message = user_message(error)
        self._on_synced(SyncReport("failed", message=message or str(error)))
        if message is None:
            raise error  # a bug: the app's hook logs it and shows the crash dialog

    # -- periodic ----------------------------------------------------------------------------
    def interval_minutes(self) -> int:
        value = self.settings.value(INTERVAL_KEY, DEFAULT_INTERVAL_MIN)
        try:
            return max(0, int(str(value)))
        except ValueError:
            return DEFAULT_INTERVAL_MIN

    def set_interval_minutes(self, minutes: int) -> None:
        """0 turns the background sync off (Sync now still works)."""
        self.settings.setValue(INTERVAL_KEY, max(0, minutes))
        self._schedule()

    def next_delay_ms(self) -> int | None:
        """When the background sync runs next; None when it does not run."""
        minutes = self.interval_minutes()
        if not self.connected or minutes == 0:
            return None
        backoff = 1 << min(self._offline_streak, MAX_BACKOFF_STEPS)
        return minutes * backoff * 60_000

    def _schedule(self) -> None:
        delay = self.next_delay_ms()
        if delay is None or self._closed:
            self._periodic.stop()
        else:
            self._periodic.start(delay)

    def _on_periodic_timeout(self) -> None:
        if self.connected and self.running is None:
            self.sync_now()
        else:
            self._schedule()

    # -- connecting --------------------------------------------------------------------------
    def connect_crm(
        self,
        request: ConnectRequest,
        *,
        allow_session_only: bool,
        on_done: Callable[[Connected], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Connect the CRM chosen: the credentials are checked on a reader thread (a request
        to the CRM, which edits must not queue behind), then the connection is saved on the
        writer thread (it queues every local row as a create)."""
        from cs_desktop.sync.providers import provider_named

        from_store = self.runner.store
        provider = provider_named(request.provider)

        def check(_task: LongTask) -> ConnectionCheck:
            from cs_desktop.sync.connection import check_credentials

            address = request.base_url or provider.api_url or request.credentials.sign_in_url
            return check_credentials(provider, address or "", request.credentials)

        def save(checked: ConnectionCheck) -> None:
            from cs_desktop.sync.connection import NotConnected

            if not checked.ok:
                on_error(NotConnected(checked.message))
                return

            def already_checked(
                provider: Provider, base_url: str, credentials: Credentials
            ) -> ConnectionCheck:
                return checked

            def work(_task: LongTask) -> Connected:
                from cs_desktop.sync.connection import connect

                return connect(
                    real_store(from_store),
                    provider,
                    request.credentials,
                    base_url=request.base_url,
                    allow_session_only=allow_session_only,
                    verify=already_checked,
                )

            task = LongTask(
                self.tr("Connecting to %1").replace("%1", provider.label), cancellable=False
            )
            self.runner.run_long(task, work, done, on_error, writes=True)

        def done(connected: Connected) -> None:
            self._offline_streak = 0
            self.offline = False
            self.last_report = None  # a failure before connecting again no longer applies
            self.refresh()
            on_done(connected)

        task = LongTask(self.tr("Checking the CRM credentials"), cancellable=False)
        self.runner.run_long(task, check, save, on_error)

    def disconnect_crm(self, on_done: Callable[[str | None], None]) -> None:
        """Forget the connected CRM; ``on_done`` gets its key (None: none was connected)."""
        from_store = self.runner.store

        def work(_task: LongTask) -> str | None:
            from cs_desktop.sync.connection import disconnect

            return disconnect(real_store(from_store))

        def done(was_connected: str | None) -> None:
            self.refresh()
            on_done(was_connected)

        task = LongTask(self.tr("Disconnecting the CRM"), cancellable=False)
        self.runner.run_long(task, work, done, writes=True)

    def shutdown(self) -> None:
        """Stop the timers and ask a running sync to stop at its next safe point."""
        self._closed = True
        self._periodic.stop()
        self._count_soon.stop()
        if self.running is not None:
            self.running.cancel()

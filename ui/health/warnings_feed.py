"""Early warnings at start and after every saved edit, evaluated on the DB writer.

After the :class:`HealthFeed` computes the portfolio, every account is screened on a reader (a
long task with progress) and the accounts with a new warning episode are evaluated on the writer
in small batches, one after the other, so an edit saved meanwhile waits for one batch at most.
After an edit's accounts are recomputed, just those accounts are evaluated. ``evaluate_warnings``
creates each episode's playbook tasks once; when it created any, the hub announces
``Changes(accounts=..., tasks=True)`` so task lists and the portfolio's open-task column refresh.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from cs_desktop.changes import Changes
from cs_desktop.ids import AccountId
from ui.health.health_feed import HealthFeed
from ui.tasks import LongTask, TaskRunner

if TYPE_CHECKING:
    from cs_desktop.health.dto import AccountHealth
    from cs_desktop.health.early_warnings import ActiveWarning, WarningOutcome
    from cs_desktop.health.portfolio import PortfolioHealth
    from ui.health.warnings_screen import WarningScreen

BATCH = 25  # about 200 ms of writer time per batch


def _warnings_apply(health: AccountHealth) -> bool:
    # Imported on first use: the health core brings numpy, too slow for start-up.
    from cs_desktop.health.early_warnings import warnings_apply

    return warnings_apply(health)


def _changes_of(outcomes: Sequence[WarningOutcome]) -> Changes:
    fired = frozenset(outcome.account_id for outcome in outcomes if outcome.task_ids)
    return Changes(accounts=fired, tasks=True) if fired else Changes()


class WarningsFeed(QObject):
    """Keeps early warnings evaluated; ``evaluated`` carries the accounts just evaluated.

    Signals:
        evaluated: ``dict[AccountId, tuple[ActiveWarning, ...]]``, on the GUI thread.
        idle: no evaluation is running or queued.
    """

    evaluated = Signal(object)
    idle = Signal()

    def __init__(self, runner: TaskRunner, health: HealthFeed) -> None:
        super().__init__()
        self.runner = runner
        self.health = health
        self.active: dict[AccountId, tuple[ActiveWarning, ...]] = {}
        self._seen: PortfolioHealth | None = None
        self._busy = 0
        self._screen_again: PortfolioHealth | None = None
        self._screening = False
        health.updated.connect(self._on_health_updated)

    def warnings_for(self, account_id: AccountId) -> tuple[ActiveWarning, ...]:
        return self.active.get(account_id, ())

    def is_busy(self) -> bool:
        return self._busy > 0 or self._screening

    # -- events ------------------------------------------------------------------------------
    def _on_health_updated(self, portfolio: PortfolioHealth) -> None:
        seen, self._seen = self._seen, portfolio
        if seen is None or portfolio.inputs is not seen.inputs:
            self.evaluate_portfolio(portfolio)
            return
        # A refresh replaces only the edited accounts' rows; the others are the same objects.
        changed = [
            new.account_id
            for new, old in zip(portfolio.accounts, seen.accounts, strict=True)
            if new is not old and _warnings_apply(new)
        ]
        if changed:
            self.evaluate_accounts(changed, portfolio.today)

    # -- work --------------------------------------------------------------------------------
    def evaluate_accounts(self, account_ids: Sequence[AccountId], today: date) -> None:
        """Evaluate these accounts on the writer, creating their new episodes' tasks."""
        ids = tuple(account_ids)
        self._busy += 1
        task = LongTask(self.tr("Checking early warnings"), cancellable=False)

        def work(_task: LongTask) -> list[WarningOutcome]:
            from cs_desktop.health.early_warnings import evaluate_warnings

            store = self.runner.opened_store()
            return [evaluate_warnings(store, a, today) for a in ids]

        self.runner.run_long(
            task, work, self._on_evaluated, self._on_failed, writes=True, changes_of=_changes_of
        )

    def evaluate_portfolio(self, portfolio: PortfolioHealth) -> None:
        """Screen every account on a reader, then evaluate those with a new episode."""
        if self._screening:
            self._screen_again = portfolio
            return
        self._screening = True
        task = LongTask(self.tr("Checking early warnings"), cancellable=False)
        known = self.health.kept_warnings(portfolio)  # checked earlier today, inputs unchanged

        def work(running: LongTask) -> WarningScreen:
            from ui.health.warnings_screen import screen_portfolio

            with self.runner.store.engine.connect() as connection:
                return screen_portfolio(connection, portfolio, running.report, known)

        self.runner.run_long(
            task,
            work,
            lambda screen: self._on_screened(screen, portfolio),
            self._on_screen_failed,
        )

    def _on_screened(self, screen: WarningScreen, portfolio: PortfolioHealth) -> None:
        self._screening = False
        today = portfolio.today
        self.health.keep_warnings(portfolio, screen.checked, screen.active)
        self.active = dict(screen.active)
        self.evaluated.emit(dict(screen.active))
        if self._screen_again is not None:
            again, self._screen_again = self._screen_again, None
            self.evaluate_portfolio(again)
            return
        self._evaluate_batches(screen.to_evaluate, today, 0)

    def _evaluate_batches(self, ids: tuple[AccountId, ...], today: date, done: int) -> None:
        # One batch at a time: the next is queued only when this one is saved, so the writer
        # stays free for the CSM's edits in between.
        if done >= len(ids):
            self._maybe_idle()
            return
        batch = ids[done : done + BATCH]
        self._busy += 1
        task = LongTask(self.tr("Running early-warning playbooks"), cancellable=False)

        def work(running: LongTask) -> list[WarningOutcome]:
            from cs_desktop.health.early_warnings import evaluate_warnings

            running.report(done, len(ids))
            store = self.runner.opened_store()
            return [evaluate_warnings(store, a, today) for a in batch]

        def finished(outcomes: list[WarningOutcome]) -> None:
            self._evaluate_batches(ids, today, done + len(batch))  # queue the next one first
            self._on_evaluated(outcomes)

        self.runner.run_long(
            task, work, finished, self._on_failed, writes=True, changes_of=_changes_of
        )

    def _on_evaluated(self, outcomes: list[WarningOutcome]) -> None:
        self._busy -= 1
        evaluated: dict[AccountId, Any] = {}
        for outcome in outcomes:
            evaluated[outcome.account_id] = outcome.active
            if outcome.active:
                self.active[outcome.account_id] = outcome.active
            else:
                self.active.pop(outcome.account_id, None)
        self.evaluated.emit(evaluated)
        self._maybe_idle()

    def _on_failed(self, error: Exception) -> None:
        self._busy -= 1
        self._maybe_idle()
        self.runner.report_failure(self.tr("Early warnings"), error)

    def _on_screen_failed(self, error: Exception) -> None:
        self._screening = False
        self._screen_again = None
        self._maybe_idle()
        self.runner.report_failure(self.tr("Early warnings"), error)

    def _maybe_idle(self) -> None:
        if not self.is_busy():
            self.idle.emit()

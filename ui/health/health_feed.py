"""Keeps the portfolio's health column current: computed once at start, per account on edits.

The first computation reads every health input (seconds on a 10,000-account store) on a reader
thread with progress in the status bar; after that an edit recomputes only its accounts
(milliseconds), so the score a CSM sees follows their edits at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from cs_desktop.changes import Changes
from cs_desktop.ids import AccountId
from ui.portfolio.portfolio_model import HealthCell, PortfolioModel
from ui.tasks import ChangeHub, LongTask, TaskRunner, freeze_heap

if TYPE_CHECKING:
    from cs_desktop.health.portfolio import PortfolioHealth


def _cells(portfolio: PortfolioHealth, ids: Any = None) -> dict[AccountId, HealthCell]:
    wanted = None if ids is None else set(ids)
    return {
        health.account_id: HealthCell(
            score=health.score,
            band=None if health.band is None else str(health.band),
            trend_30d=health.trend_30d,
        )
        for health in portfolio.accounts
        if wanted is None or health.account_id in wanted
    }


@dataclass(frozen=True)
class AccountTrajectory:
    """One account's daily score series, as the account workspace's chart takes it."""

    start: date
    scores: tuple[float | None, ...]
    bands: tuple[float, float]


def account_trajectory(portfolio: PortfolioHealth, account_id: AccountId) -> AccountTrajectory:
    stage = portfolio.account(account_id).stage
    bands = portfolio.scorecards.for_stage(stage).bands
    return AccountTrajectory(
        portfolio.start, portfolio.trajectory(account_id), (bands.red_below, bands.green_from)
    )


class HealthFeed(QObject):
    """Owns the latest :class:`PortfolioHealth`; emits ``updated`` after every change."""

    updated = Signal(object)  # PortfolioHealth

    def __init__(self, runner: TaskRunner, hub: ChangeHub, model: PortfolioModel) -> None:
        super().__init__()
        self.runner = runner
        self.model = model
        self.portfolio: PortfolioHealth | None = None
        self._computing = False
        self._stale: set[AccountId] = set()
        hub.changes_applied.connect(self._on_hub_changes_applied)

    def trajectory(self, account_id: AccountId) -> AccountTrajectory | None:
        """The account's score series, if the portfolio has been computed and includes it."""
        portfolio = self.portfolio
        if portfolio is None:
            return None
        try:
            return account_trajectory(portfolio, account_id)
        except KeyError:  # created after the portfolio was computed
            return None

    def recompute_all(self) -> None:
        if self._computing:
            return
        self._computing = True
        self._stale.clear()
        task = LongTask(self.tr("Computing health scores"), cancellable=False)

        def work(_task: LongTask) -> PortfolioHealth:
            from cs_desktop.health.service import compute_portfolio_health

            with self.runner.store.engine.connect() as connection:
                return compute_portfolio_health(connection, date.today())

        self.runner.run_long(task, work, self._on_portfolio_computed, self._on_failed)

    def _on_failed(self, error: Exception) -> None:
        self._computing = False
        self.runner.report_failure(self.tr("Health scores"), error)

    def _on_portfolio_computed(self, portfolio: PortfolioHealth) -> None:
        self._computing = False
        self.portfolio = portfolio
        self.model.set_health(_cells(portfolio))
        freeze_heap()
        self.updated.emit(portfolio)
        if self._stale:  # edits saved while the portfolio was being read
            stale, self._stale = frozenset(self._stale), set()
            self._refresh(stale)

    def _on_hub_changes_applied(self, changes: Changes) -> None:
        if changes.portfolio:
            self.recompute_all()
        elif changes.health and changes.accounts:
            if self._computing or self.portfolio is None:
                self._stale |= changes.accounts
            else:
                self._refresh(changes.accounts)

    def _refresh(self, account_ids: frozenset[AccountId]) -> None:
        portfolio = self.portfolio
        if portfolio is None:
            return

        def work(connection: Any) -> PortfolioHealth:
            from cs_desktop.health.service import refresh_accounts

            return refresh_accounts(portfolio, connection, account_ids)

        def done(updated: PortfolioHealth) -> None:
            self.portfolio = updated
            self.model.set_health(_cells(updated, account_ids))
            self.updated.emit(updated)

        self.runner.read(self.tr("Recompute health"), work, done)

"""Keeps the portfolio's health column current: computed once at start, per account on edits.

At start the scores kept from the last run are read and only what changed since is recomputed
(:mod:`cs_desktop.health.score_cache`): every input read only on the first start of a store
(seconds on 10,000 accounts), on a reader thread with progress in the status bar; what was
computed is then kept, on the writer, and the samples written since are packed for the next
full recompute (:mod:`cs_desktop.health.sample_pack`). After that an edit recomputes only its
accounts (milliseconds), so the score a CSM sees follows their edits at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from cs_desktop.changes import Changes
from cs_desktop.ids import AccountId
from ui.portfolio.portfolio_model import HealthCell, PortfolioModel
from ui.tasks import ChangeHub, LongTask, TaskRunner, freeze_heap

if TYPE_CHECKING:
    from cs_desktop.health.early_warnings import ActiveWarning
    from cs_desktop.health.portfolio import PortfolioHealth
    from cs_desktop.health.score_cache import KeptPortfolio

# Between two steps of packing the health samples the writer stays free for the user's work.
PACK_PAUSE_MS = 20


def _cells(portfolio: PortfolioHealth, ids: Any = None) -> dict[AccountId, HealthCell]:
    """The portfolio table's health cells, of every account or of ``ids``.

    Thread: a worker. Ten thousand cells take about a tenth of a second to build, a freeze
    the user would feel on the GUI thread.
    """
    accounts = (
        portfolio.accounts
        if ids is None
        else [portfolio.account(account_id) for account_id in ids if portfolio.has(account_id)]
    )
    return {
        health.account_id: HealthCell(
            score=health.score,
            band=None if health.band is None else str(health.band),
            trend_30d=health.trend_30d,
            low_confidence=health.low_confidence,
            indicators_present=health.confidence.present,
            indicators_scored=health.confidence.scored,
            weight_share=health.confidence.weight_share,
        )
        for health in accounts
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
        self.kept: KeptPortfolio | None = None  # how the last full computation was made
        self._computing = False
        self._packing = False
        self._pack_wanted = False  # until every sample is packed, a step running or waiting
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

        def work(_task: LongTask) -> tuple[KeptPortfolio, dict[AccountId, HealthCell]]:
            from cs_desktop.health.score_cache import load_portfolio
            from cs_desktop.health.service import default_scorecards

            with self.runner.store.engine.connect() as connection:
                kept = load_portfolio(connection, date.today(), default_scorecards())
            return kept, _cells(kept.portfolio)

        self.runner.run_long(task, work, self._on_portfolio_computed, self._on_failed)

    def kept_warnings(
        self, portfolio: PortfolioHealth
    ) -> dict[AccountId, tuple[ActiveWarning, ...]]:
        """The early warnings kept from an earlier check today, if ``portfolio`` was just read."""
        kept = self.kept
        if kept is None or kept.portfolio is not portfolio:
            return {}
        return dict(kept.warnings)

    def keep_warnings(
        self,
        portfolio: PortfolioHealth,
        checked: tuple[AccountId, ...],
        active: dict[AccountId, tuple[ActiveWarning, ...]],
    ) -> None:
        """Keep today's early-warning check of ``checked`` for the next start (on the writer)."""
        kept = self.kept
        if kept is None or kept.portfolio is not portfolio or not checked:
            return

        def work(session: Any) -> Changes:
            from cs_desktop.health.score_cache import save_warnings

            save_warnings(session.connection(), kept.fingerprint, portfolio.today, checked, active)
            return Changes()

        self.runner.write(self.tr("Keep early warnings"), work)

    def _on_failed(self, error: Exception) -> None:
        self._computing = False
        self.runner.report_failure(self.tr("Health scores"), error)

    def _on_portfolio_computed(
        self, computed: tuple[KeptPortfolio, dict[AccountId, HealthCell]]
    ) -> None:
        kept, cells = computed
        self._computing = False
        self.kept = kept
        portfolio = kept.portfolio
        if kept.to_save:
            self._keep(kept, frozenset(self._stale))
        self._pack_samples()
        self.portfolio = portfolio
        self.model.set_health(cells)
        freeze_heap()
        self.updated.emit(portfolio)
        if self._stale:  # edits saved while the portfolio was being read
            stale, self._stale = frozenset(self._stale), set()
            self._refresh(stale)

    def _keep(self, kept: KeptPortfolio, edited: frozenset[AccountId]) -> None:
        """Keep what was just computed for the next start, on the writer, leaving out accounts
        edited while it was read (their kept row would be stale)."""

        def work(session: Any) -> Changes:
            from cs_desktop.health.score_cache import save_portfolio

            save_portfolio(session.connection(), kept, leave_out=edited)
            return Changes()

        self.runner.write(self.tr("Keep health scores"), work)

    def is_packing(self) -> bool:
        """Whether health samples are still being packed, a step at a time, in the background."""
        return self._pack_wanted

    def _pack_samples(self) -> None:
        """Pack the health samples written since the last time, one short write at a time with
        other writes in between, so that the next full recompute reads them packed."""
        if self._packing:
            return
        self._pack_wanted = True
        if self.runner.busy():
            # Packing is the lowest of priorities: the user's edits and reads go first, and a
            # step starts only when the writer has nothing else to do.
            QTimer.singleShot(PACK_PAUSE_MS, self, self._pack_samples)
            return
        self._packing = True

        def work(session: Any) -> bool:
            from cs_desktop.health.sample_pack import fold_step

            return fold_step(session.connection())

        def done(finished: bool) -> None:
            self._packing = False
            if finished:
                self._pack_wanted = False
            else:
                QTimer.singleShot(PACK_PAUSE_MS, self, self._pack_samples)

        def failed(error: Exception) -> None:
            self._packing = self._pack_wanted = False
            self.runner.report_failure(self.tr("Pack health samples"), error)

        self.runner.write(
            self.tr("Pack health samples"), work, done, failed, changes_of=lambda _: Changes()
        )

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

        def work(connection: Any) -> tuple[PortfolioHealth, dict[AccountId, HealthCell]]:
            from cs_desktop.health.service import refresh_accounts

            updated = refresh_accounts(portfolio, connection, account_ids)
            return updated, _cells(updated, account_ids)

        def done(refreshed: tuple[PortfolioHealth, dict[AccountId, HealthCell]]) -> None:
            updated, cells = refreshed
            self.portfolio = updated
            self.model.set_health(cells)
            self.updated.emit(updated)

        self.runner.read(self.tr("Recompute health"), work, done)

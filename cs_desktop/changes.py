"""What an operation changed, so views refresh only what they show (Anki's OpChanges idea)."""

from __future__ import annotations

from dataclasses import dataclass

from cs_desktop.ids import AccountId


@dataclass(frozen=True)
class Changes:
    """The outcome of a core operation.

    Attributes:
        accounts: accounts whose rows changed (header, stage, touchpoints, tasks, ...).
        portfolio: the set of accounts itself changed (created, deleted, imported).
        touchpoints: touchpoints changed (search results and logs may be stale).
        health: health inputs changed (scores must be recomputed for ``accounts``).
        tasks: tasks changed.
        money: exchange rates or the reporting currency changed (totals, retention and the
            converted ARR must be computed again).
    """

    accounts: frozenset[AccountId] = frozenset()
    portfolio: bool = False
    touchpoints: bool = False
    health: bool = False
    tasks: bool = False
    money: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            accounts=self.accounts | other.accounts,
            portfolio=self.portfolio or other.portfolio,
            touchpoints=self.touchpoints or other.touchpoints,
            health=self.health or other.health,
            tasks=self.tasks or other.tasks,
            money=self.money or other.money,
        )

    def touches(self, account_id: AccountId) -> bool:
        return self.portfolio or account_id in self.accounts

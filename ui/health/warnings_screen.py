"""Which accounts may have a new early-warning episode, read from the computed portfolio.

Running ``evaluate_warnings`` for every account at start costs about 6-8 ms each on the single
DB writer (a minute for 10,000 accounts, with every edit queued behind it). This screen reads the
same rules on a reader thread, from the scores already computed, and names only the accounts
with an active episode that is not recorded yet; the writer then evaluates just those. It is a
filter only: ``evaluate_warnings`` stays the judge of what fires. Accounts to which warnings
do not apply (``warnings_apply``: no score today) are skipped. Warnings already checked today
and kept since (``known``: the account's inputs have not been written since) are not read again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from cs_desktop.health.dto import BAND_OF_CODE, AccountHealthDetail
from cs_desktop.health.early_warnings import (
    ActiveWarning,
    active_warnings,
    default_playbooks,
    warnings_apply,
)
from cs_desktop.health.playbooks import RuleKind
from cs_desktop.health.portfolio import PortfolioHealth
from cs_desktop.health.scoring import band_codes
from cs_desktop.ids import AccountId

PROGRESS_EVERY = 250


@dataclass(frozen=True)
class WarningScreen:
    """The warnings active for each account and the accounts with an unrecorded episode.

    ``checked`` are the accounts whose warnings were read now (not taken from ``known``).
    """

    active: dict[AccountId, tuple[ActiveWarning, ...]]
    to_evaluate: tuple[AccountId, ...]
    checked: tuple[AccountId, ...] = ()


def _full_detail(portfolio: PortfolioHealth, row: int) -> AccountHealthDetail:
    health = portfolio.accounts[row]
    codes = band_codes(
        portfolio.scores[row : row + 1], portfolio.inputs.stage[row : row + 1], portfolio.scorecards
    )[0]
    return AccountHealthDetail(
        health,
        (),
        portfolio.start,
        portfolio.trajectory(health.account_id),
        tuple(BAND_OF_CODE[code] for code in codes.tolist()),
        (),
        (),
    )


def screen_portfolio(
    connection: Any,
    portfolio: PortfolioHealth,
    report: Callable[[int, int], None] | None = None,
    known: Mapping[AccountId, tuple[ActiveWarning, ...]] | None = None,
) -> WarningScreen:
    """Read every account's active warnings (no writes). Thread: a reader.

    Args:
        known: warnings already read today for some accounts, taken as they are.
    """
    known = known or {}
    books = default_playbooks()
    recorded = {
        (AccountId(account_id), rule_key, str(start))
        for account_id, rule_key, start in connection.exec_driver_sql(
            "SELECT account_id, rule_key, episode_start FROM health_warning"
        )
    }
    # The rules that read the trajectory decide on today's values whether they hold, and only
    # then walk back to the day the episode began. So each account is first read on the last
    # few days only; just the accounts where such a rule holds are read again on every day
    # (building 730-day series for 10,000 accounts costs seconds otherwise).
    recent = 1 + max((b.rule.days for b in books if b.rule.kind is RuleKind.SCORE_DROP), default=0)
    recent = min(recent, portfolio.scores.shape[1])
    history = {RuleKind.SCORE_DROP.value, RuleKind.RENEWAL_WHILE_RED.value}
    history_keys = {b.key for b in books if b.rule.kind.value in history}
    codes = band_codes(
        portfolio.scores[:, -recent:], portfolio.inputs.stage[:, -recent:], portfolio.scorecards
    )
    total = len(portfolio.accounts)
    active: dict[AccountId, tuple[ActiveWarning, ...]] = {}
    todo: list[AccountId] = []
    checked: list[AccountId] = []
    for row, health in enumerate(portfolio.accounts):
        account_id = health.account_id
        found = known.get(account_id)
        if found is None:
            checked.append(account_id)
            if not warnings_apply(health):
                continue
            # Only what the rules read: the daily scores and bands, the dates and the account.
            scores = portfolio.trajectory(account_id, last=recent)
            detail = AccountHealthDetail(
                health,
                (),
                portfolio.today - timedelta(days=len(scores) - 1),
                scores,
                tuple(BAND_OF_CODE[code] for code in codes[row].tolist()),
                (),
                (),
            )
            found = active_warnings(connection, detail, books)
            if any(w.rule_key in history_keys for w in found):
                found = active_warnings(connection, _full_detail(portfolio, row), books)
        if found:
            active[account_id] = found
            if any(
                (account_id, w.rule_key, w.episode_start.isoformat()) not in recorded for w in found
            ):
                todo.append(account_id)
        if report is not None and (row + 1) % PROGRESS_EVERY == 0:
            report(row + 1, total)
    return WarningScreen(active, tuple(todo), tuple(checked))

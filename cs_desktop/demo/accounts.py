"""One sample account's life: who it is, when it signed, its stages, renewals and churn."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np

from cs_desktop.demo import names
from cs_desktop.demo.timeline import HISTORY_DAYS, Timeline, anniversary
from cs_desktop.models import RenewalOutcome, Stage, StakeholderRole, Tier

LANGUAGE_WEIGHTS = {names.EN: 0.6, names.JA: 0.25, names.ZH: 0.15}
# Most books of business hold many small accounts and a few big ones.
TIER_WEIGHTS = {Tier.STRATEGIC: 0.07, Tier.ENTERPRISE: 0.18, Tier.MID_MARKET: 0.3, Tier.SMB: 0.45}
TIER_ARR_USD = {Tier.STRATEGIC: 600_000, Tier.ENTERPRISE: 150_000, Tier.MID_MARKET: 40_000,
                Tier.SMB: 9_000}  # fmt: skip
TIER_STAKEHOLDERS = {Tier.STRATEGIC: (4, 6), Tier.ENTERPRISE: (3, 6), Tier.MID_MARKET: (2, 4),
                     Tier.SMB: (2, 3)}  # fmt: skip
UNITS_PER_USD = {"USD": 1.0, "EUR": 0.92, "JPY": 150.0, "CNY": 7.2}
# Roles after the first two (champion, decision maker), in proportion.
_MORE_ROLES = [StakeholderRole.USER] * 3 + [StakeholderRole.ECONOMIC_BUYER, StakeholderRole.OTHER]

# Renewal outcome = ordered logistic on the mean latent health of the contract year.
_OUTCOME_SLOPE = 2.0
_CHURN_BELOW, _CONTRACT_BELOW, _EXPAND_ABOVE = -2.4, -1.2, 2.6
_ARR_CHANGE = {
    RenewalOutcome.RENEWED: (1.0, 1.05),
    RenewalOutcome.EXPANDED: (1.1, 1.6),
    RenewalOutcome.CONTRACTED: (0.6, 0.9),
    RenewalOutcome.CHURNED: (0.0, 0.0),
}


@dataclass(frozen=True)
class RenewalPlan:
    period_start: int
    period_end: int
    arr_before: int  # hundredths of the account's currency
    arr_after: int
    outcome: RenewalOutcome


@dataclass
class AccountPlan:
    """Everything decided about one account before its rows are written (days are ordinals)."""

    id: int
    row: int  # index in the batch's latent health matrix
    language: str
    tier: Tier
    segment: str
    name: str
    domain: str
    currency: str
    owner: str
    sales_start: int
    contract_start: int
    arr: int  # current ARR in hundredths
    end: int = 0  # first day without activity: the churn date, or tomorrow
    churned: bool = False
    renewal_date: int | None = None
    stages: list[tuple[Stage, int]] = field(default_factory=list)
    renewals: list[RenewalPlan] = field(default_factory=list)
    stakeholders: list[tuple[int, str, StakeholderRole]] = field(default_factory=list)

    @property
    def stage(self) -> Stage:
        return self.stages[-1][0]


T = TypeVar("T")


def _weighted(rnd: random.Random, weights: dict[T, float]) -> T:
    return rnd.choices(list(weights), weights=list(weights.values()))[0]


def _round_money(amount: float, currency: str) -> int:
    """Hundredths of a round contract amount (to 100 units; 10,000 yen)."""
    step = 10_000 if currency == "JPY" else 100
    return max(step, round(amount / step) * step) * 100


def draft_account(
    rnd: random.Random, timeline: Timeline, account_id: int, row: int, used_domains: set[str]
) -> AccountPlan:
    """Who the account is and when it signed; its life is decided by :func:`live`."""
    language = _weighted(rnd, LANGUAGE_WEIGHTS)
    tier = _weighted(rnd, TIER_WEIGHTS)
    segment = rnd.choice(names.SEGMENTS)
    company = names.company(rnd, language, segment)
    for attempt in range(20):  # domains stay unique; names may repeat, as in real life
        if company.domain not in used_domains:
            break
        company = names.company(rnd, language, segment)
        if attempt == 19:
            stem, _, tld = company.domain.partition(".")
            company = names.Company(
                company.name, f"{stem}{len(used_domains)}.{tld}", company.currency
            )
    used_domains.add(company.domain)
    # More customers signed recently than long ago: the business grows. A few sign later
    # this month; their sales stage started at least 21 days ago.
    age = int((HISTORY_DAYS - 150) * rnd.random() ** 1.3) - 20
    contract_start = timeline.today_ordinal - age
    arr_usd = TIER_ARR_USD[tier] * math.exp(rnd.gauss(0.0, 0.45))
    return AccountPlan(
        id=account_id,
        row=row,
        language=language,
        tier=tier,
        segment=segment,
        name=company.name,
        domain=company.domain,
        currency=company.currency,
        owner=rnd.choice(names.OWNERS[language]),
        sales_start=contract_start - rnd.randint(21, 120),
        contract_start=contract_start,
        arr=_round_money(arr_usd * UNITS_PER_USD[company.currency], company.currency),
    )


def live(rnd: random.Random, timeline: Timeline, plan: AccountPlan, health: np.ndarray) -> None:
    """Decide renewals (driven by the latent ``health`` row), churn and stage history."""
    today = timeline.today_ordinal
    plan.end = today + 1
    years = 1
    while True:
        renewal = anniversary(plan.contract_start, years)
        if renewal > today:
            plan.renewal_date = renewal
            break
        start = anniversary(plan.contract_start, years - 1)
        weeks = health[timeline.week_of(renewal - 364) : timeline.week_of(renewal) + 1]
        u = rnd.random()
        signal = _OUTCOME_SLOPE * float(weeks.mean()) + math.log(u / (1.0 - u))
        if signal < _CHURN_BELOW:
            outcome = RenewalOutcome.CHURNED
        elif signal < _CONTRACT_BELOW:
            outcome = RenewalOutcome.CONTRACTED
        elif signal > _EXPAND_ABOVE:
            outcome = RenewalOutcome.EXPANDED
        else:
            outcome = RenewalOutcome.RENEWED
        low, high = _ARR_CHANGE[outcome]
        after = 0 if outcome is RenewalOutcome.CHURNED else plan.arr * rnd.uniform(low, high) / 100
        arr_after = 0 if after == 0 else _round_money(after, plan.currency)
        plan.renewals.append(RenewalPlan(start, renewal, plan.arr, arr_after, outcome))
        plan.arr = arr_after
        if outcome is RenewalOutcome.CHURNED:
            # A churned customer leaves the book: no upcoming renewal, no activity after it.
            plan.churned, plan.end = True, renewal
            break
        years += 1
    plan.stages = _stage_history(rnd, timeline, plan, health)


def _stage_history(
    rnd: random.Random, timeline: Timeline, plan: AccountPlan, health: np.ndarray
) -> list[tuple[Stage, int]]:
    start = plan.contract_start
    value_at = start + rnd.randint(300, 600)
    # Accounts that struggle stay in service until their health allows growth work.
    while value_at < plan.end and health[timeline.week_of(value_at)] < -0.2:
        value_at += 91
    path = [
        (Stage.SALES, plan.sales_start),
        (Stage.DELIVERY, start + rnd.randint(0, 14)),
        (Stage.SERVICE, start + rnd.randint(75, 180)),
        (Stage.VALUE, value_at),
    ]
    last_day = min(timeline.today_ordinal, plan.end - 1)
    return [(stage, day) for stage, day in path if day <= last_day]


Person = tuple[str, str, StakeholderRole, str, str | None, bool]


def people_of(rnd: random.Random, plan: AccountPlan) -> list[Person]:
    """The account's people (name, title, role, email, phone, active): champion and decision
    maker first, then others."""
    low, high = TIER_STAKEHOLDERS[plan.tier]
    count = rnd.randint(low, high)
    roles = [StakeholderRole.CHAMPION, StakeholderRole.DECISION_MAKER]
    roles += [rnd.choice(_MORE_ROLES) for _ in range(count - 2)]
    people: list[Person] = []
    for role in roles:
        name, email = names.person(rnd, plan.language, plan.domain)
        title = rnd.choice(names.TITLES[role.value][plan.language])
        phone = names.phone(rnd, plan.language) if rnd.random() < 0.6 else None
        active = rnd.random() < 0.9  # some have left the company since
        people.append((name, title, role, email, phone, active))
    return people

"""Early warnings: playbook rules evaluated on an account's health, firing once per episode.

An *episode* is one stretch during which a rule's condition holds, named by the day it began.
The first evaluation that sees an episode records it (``health_warning``) and creates the
playbook's tasks; later evaluations of the same episode create nothing. A condition that clears
and comes back is a new episode and fires again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sqlalchemy import Connection, select

from cs_desktop.db import Store
from cs_desktop.formats import format_date
from cs_desktop.health.dto import AccountHealth, AccountHealthDetail, Band
from cs_desktop.health.inputs import DECISION_ROLES, MEETING_KINDS
from cs_desktop.health.playbooks import Playbook, RuleKind, load_playbooks
from cs_desktop.health.scorecard import ScorecardSet
from cs_desktop.i18n import _, ngettext
from cs_desktop.ids import AccountId, TaskId
from cs_desktop.local_text import LocalText
from cs_desktop.models import HealthWarning, Satisfaction, Task
from cs_desktop.portfolio import has_left_book

# The episode of "never met a decision maker at all": one per account, whatever the day.
NEVER = date(1970, 1, 1)


@dataclass(frozen=True)
class Evidence:
    """What made a rule hold, kept as facts so that it reads in whoever's language looks.

    Attributes:
        kind: the rule.
        days: the rule's window (a score drop's days).
        before: the score ``days`` ago; now: the score today (a score drop).
        count: unsatisfied pulses in a row.
        day: the last decision-maker meeting (None: never), or the renewal date.
    """

    kind: RuleKind
    days: int = 0
    before: float = 0.0
    now: float = 0.0
    count: int = 0
    day: date | None = None

    def describe(self) -> str:
        """The evidence in a phrase, in the app's language."""
        if self.kind is RuleKind.SCORE_DROP:
            return ngettext(
                "score {before} -> {now} in {days} day",
                "score {before} -> {now} in {days} days",
                self.days,
            ).format(before=f"{self.before:.0f}", now=f"{self.now:.0f}", days=self.days)
        if self.kind is RuleKind.NO_DECISION_MAKER_MEETING:
            if self.day is None:
                return _("no meeting with a decision maker on record")
            return _("last decision-maker meeting on {date}").format(
                date=format_date(self.day, "long")
            )
        if self.kind is RuleKind.UNSATISFIED_PULSES:
            return ngettext(
                "{count} unsatisfied pulse in a row",
                "{count} unsatisfied pulses in a row",
                self.count,
            ).format(count=self.count)
        assert self.day is not None
        return _("red with the renewal on {date}").format(date=format_date(self.day, "long"))


@dataclass(frozen=True)
class ActiveWarning:
    """A rule that holds today: its playbook's title, the day its episode began, and why."""

    rule_key: str
    titles: LocalText
    episode_start: date
    evidence: Evidence

    @property
    def title(self) -> str:
        """The playbook's title in the app's language."""
        return self.titles.text()

    @property
    def detail(self) -> str:
        """What made the rule hold, in the app's language."""
        return self.evidence.describe()


@dataclass(frozen=True)
class WarningOutcome:
    """The warnings active today, those that fired just now, and the tasks created for them."""

    account_id: AccountId
    active: tuple[ActiveWarning, ...]
    fired: tuple[ActiveWarning, ...]
    task_ids: tuple[TaskId, ...]


@lru_cache(maxsize=1)
def default_playbooks() -> tuple[Playbook, ...]:
    return load_playbooks()


def warnings_apply(health: AccountHealth) -> bool:
    """Whether early warnings apply to the account: it has a health score today.

    With no health input on record (a fresh import, say) "never met a decision maker" means
    "nothing recorded yet", and running playbooks for such accounts would bury the CSM in tasks.
    Their Health tab lists every input as missing instead.
    """
    return health.score is not None


def evaluate_warnings(
    store: Store,
    account_id: AccountId,
    today: date,
    *,
    scorecards: ScorecardSet | None = None,
    playbooks: Sequence[Playbook] | None = None,
) -> WarningOutcome:
    """Evaluate every playbook rule for one account and run the playbooks of new episodes.

    Reads, then writes in one transaction holding the write lock, in which already recorded
    episodes are skipped, so two evaluations racing each other still create the tasks once.
    Thread: the DB writer.
    """
    from cs_desktop.health.service import compute_account_health

    books = tuple(playbooks if playbooks is not None else default_playbooks())
    with store.engine.connect() as connection:
        detail = compute_account_health(connection, account_id, today, scorecards=scorecards)
        active = active_warnings(connection, detail, books)
    fired: list[ActiveWarning] = []
    task_ids: list[TaskId] = []
    if not active:
        return WarningOutcome(account_id, (), (), ())
    by_key = {book.key: book for book in books}
    with store.write() as session:
        recorded = {
            (rule_key, episode_start)
            for rule_key, episode_start in session.execute(
                select(HealthWarning.rule_key, HealthWarning.episode_start).where(
                    HealthWarning.account_id == account_id
                )
            )
        }
        for warning in active:
            if (warning.rule_key, warning.episode_start) in recorded:
                continue
            session.add(
                HealthWarning(
                    account_id=account_id,
                    rule_key=warning.rule_key,
                    episode_start=warning.episode_start,
                    fired_on=today,
                    detail=warning.detail,
                )
            )
            tasks = [
                Task(
                    account_id=account_id,
                    title=template.title.text(),
                    due=today + timedelta(days=template.due_in_days),
                    source_playbook=warning.rule_key,
                )
                for template in by_key[warning.rule_key].tasks
            ]
            session.add_all(tasks)
            session.flush()
            task_ids.extend(TaskId(task.id) for task in tasks)
            fired.append(warning)
    return WarningOutcome(account_id, active, tuple(fired), tuple(task_ids))


def active_warnings(
    connection: Connection, detail: AccountHealthDetail, playbooks: Sequence[Playbook]
) -> tuple[ActiveWarning, ...]:
    """The rules whose condition holds on the detail's last day, with their episode start.

    None for a churned customer (playbooks exist to keep customers, not to chase one who left)
    and for an account the CSM archived.
    """
    if has_left_book(connection, detail.health.account_id):
        return ()
    found = []
    for book in playbooks:
        rule = book.rule
        hit: tuple[date, Evidence] | None
        if rule.kind is RuleKind.SCORE_DROP:
            hit = _score_drop(detail, rule.points, rule.days)
        elif rule.kind is RuleKind.NO_DECISION_MAKER_MEETING:
            hit = _no_decision_maker(connection, detail, rule.days)
        elif rule.kind is RuleKind.UNSATISFIED_PULSES:
            hit = _unsatisfied_pulses(connection, detail, rule.count)
        else:
            hit = _renewal_while_red(connection, detail, rule.days)
        if hit is not None:
            found.append(ActiveWarning(book.key, book.title, hit[0], hit[1]))
    return tuple(found)


def _run_start(detail: AccountHealthDetail, holds: Sequence[bool]) -> date | None:
    """The first day of the run of days ending today on which the condition held."""
    if not holds or not holds[-1]:
        return None
    day = len(holds) - 1
    while day > 0 and holds[day - 1]:
        day -= 1
    return detail.start + timedelta(days=day)


def _score_drop(
    detail: AccountHealthDetail, points: float, days: int
) -> tuple[date, Evidence] | None:
    scores = detail.scores
    holds = [
        d >= days
        and scores[d] is not None
        and scores[d - days] is not None
        and scores[d - days] - scores[d] >= points  # type: ignore[operator]
        for d in range(len(scores))
    ]
    start = _run_start(detail, holds)
    if start is None:
        return None
    before, now = scores[-1 - days], scores[-1]
    assert before is not None and now is not None
    return start, Evidence(RuleKind.SCORE_DROP, days=days, before=before, now=now)


def _no_decision_maker(
    connection: Connection, detail: AccountHealthDetail, days: int
) -> tuple[date, Evidence] | None:
    kinds = ",".join(f"'{kind.value}'" for kind in MEETING_KINDS)
    roles = ",".join(f"'{role.value}'" for role in DECISION_ROLES)
    end_ms = int((detail.today - date(1970, 1, 1)).days + 1) * 86_400_000
    last_ms = connection.exec_driver_sql(
        "SELECT max(t.occurred_at) FROM touchpoint t "
        "JOIN touchpoint_attendee ta ON ta.touchpoint_id = t.id "
        "JOIN stakeholder s ON s.id = ta.stakeholder_id "
        f"WHERE t.account_id = ? AND t.kind IN ({kinds}) AND s.role IN ({roles}) "
        "AND t.occurred_at < ?",
        (detail.health.account_id, end_ms),
    ).scalar()
    if last_ms is None:
        return NEVER, Evidence(RuleKind.NO_DECISION_MAKER_MEETING, days=days)
    last = date(1970, 1, 1) + timedelta(days=int(last_ms) // 86_400_000)
    if (detail.today - last).days <= days:
        return None
    evidence = Evidence(RuleKind.NO_DECISION_MAKER_MEETING, days=days, day=last)
    return last + timedelta(days=days + 1), evidence


def _unsatisfied_pulses(
    connection: Connection, detail: AccountHealthDetail, count: int
) -> tuple[date, Evidence] | None:
    end_ms = int((detail.today - date(1970, 1, 1)).days + 1) * 86_400_000
    unknown = Satisfaction.UNKNOWN.value
    rows = connection.exec_driver_sql(
        "SELECT occurred_at, product_satisfied, service_satisfied FROM touchpoint "
        "WHERE account_id = ? AND occurred_at < ? "
        "AND (product_satisfied != ? OR service_satisfied != ?) "
        "ORDER BY occurred_at DESC, id DESC LIMIT 500",
        (detail.health.account_id, end_ms, unknown, unknown),
    ).all()
    # A pulse is unsatisfied when either answer is "no"; the streak counts back from the latest.
    streak = 0
    for _when, product, service in rows:
        if Satisfaction.NO.value not in (product, service):
            break
        streak += 1
    if streak < count:
        return None
    completed_ms = rows[streak - count][0]
    started = date(1970, 1, 1) + timedelta(days=int(completed_ms) // 86_400_000)
    return started, Evidence(RuleKind.UNSATISFIED_PULSES, count=streak)


def _renewal_while_red(
    connection: Connection, detail: AccountHealthDetail, days: int
) -> tuple[date, Evidence] | None:
    renewal = connection.exec_driver_sql(
        "SELECT renewal_date FROM account WHERE id = ?", (detail.health.account_id,)
    ).scalar()
    if renewal is None:
        return None
    renewal_date = date.fromisoformat(renewal)
    holds = [
        band is Band.RED and 0 <= (renewal_date - (detail.start + timedelta(days=d))).days <= days
        for d, band in enumerate(detail.bands)
    ]
    start = _run_start(detail, holds)
    if start is None:
        return None
    return start, Evidence(RuleKind.RENEWAL_WHILE_RED, days=days, day=renewal_date)

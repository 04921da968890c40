"""My day: what needs the CSM today, across the whole book, in six groups.

- **tasks**: open tasks due today or earlier, or whose reminder falls today;
- **warnings**: early-warning episodes not acknowledged, and not snoozed past today;
- **renewals**: renewal dates in the next :data:`RENEWAL_DAYS` days, with their forecast;
- **satisfaction**: accounts whose last satisfaction answer was "no" (product or service);
- **quiet**: accounts without a touchpoint for longer than their tier's cadence
  (``[touch_cadence]`` in ``resources/scorecards/settings.toml``);
- **meetings**: meeting-like touchpoints scheduled today or tomorrow.

Only accounts in the book count (not archived, not churned). Every query is set-based (one per
group, none per account), so the whole day reads in tens of milliseconds on 10,000 accounts.
Plain SQL on the connection: the GUI reads this on a worker thread, the CLI prints it.
"""

from __future__ import annotations

import sqlite3
import tomllib
from collections.abc import Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from cs_desktop.changes import Changes
from cs_desktop.cipher import connect
from cs_desktop.clock import from_epoch_ms, to_epoch_ms
from cs_desktop.i18n import _, ngettext
from cs_desktop.ids import AccountId, HealthWarningId, TaskId, TouchpointId
from cs_desktop.local_text import LocalText
from cs_desktop.paths import resources_dir
from cs_desktop.portfolio import CHURNED_ON_SQL
from cs_desktop.rates import RateGap, Reporting, load_reporting
from cs_desktop.schema import BUSY_TIMEOUT_MS
from cs_desktop.vault import known_key
from cs_desktop.vocabulary import RenewalOutcome, Satisfaction, Tier, TouchpointKind

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

RENEWAL_DAYS = 120
# Touchpoints that are appointments with the customer, as a calendar holds them.
MEETING_KINDS = (
    TouchpointKind.MEETING,
    TouchpointKind.CALL,
    TouchpointKind.QBR,
    TouchpointKind.ONSITE_VISIT,
    TouchpointKind.EVENT,
)
CADENCE_TABLE = "touch_cadence"


class Group(StrEnum):
    """The groups of My day, in the order they are shown."""

    TASKS = "tasks"
    WARNINGS = "warnings"
    RENEWALS = "renewals"
    SATISFACTION = "satisfaction"
    QUIET = "quiet"
    MEETINGS = "meetings"


class Place(StrEnum):
    """Where in the account's workspace a row of My day opens it."""

    TASKS = "tasks"
    HEALTH = "health"
    RENEWALS = "renewals"
    TOUCHPOINT = "touchpoint"
    LOG = "log"


class CadenceError(ValueError):
    """The touch cadence in the settings file is invalid; the message says where."""


# -- the rows ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Account:
    """The account a row belongs to, as every group names it."""

    id: AccountId
    name: str
    tier: Tier


@dataclass(frozen=True)
class TaskItem:
    task_id: TaskId
    account: Account
    title: str
    due: date | None
    remind_at: datetime | None
    playbook: str | None  # the early warning that created it, if any

    def days_overdue(self, today: date) -> int:
        return 0 if self.due is None else max(0, (today - self.due).days)


@dataclass(frozen=True)
class WarningItem:
    warning_id: HealthWarningId
    account: Account
    rule_key: str
    title: str  # the playbook's title in the current language
    episode_start: date
    fired_on: date
    detail: str  # what made it fire, as written when it fired
    snoozed_until: date | None  # a snooze that has run out


@dataclass(frozen=True)
class Forecast:
    expected_outcome: RenewalOutcome
    probability: int
    expected_arr: Decimal


@dataclass(frozen=True)
class RenewalItem:
    account: Account
    renewal_date: date
    arr: Decimal
    currency: str
    forecast: Forecast | None

    def days_left(self, today: date) -> int:
        return (self.renewal_date - today).days


@dataclass(frozen=True)
class SatisfactionItem:
    account: Account
    touchpoint_id: TouchpointId
    kind: TouchpointKind
    answered_at: datetime
    product: Satisfaction
    service: Satisfaction


@dataclass(frozen=True)
class QuietItem:
    account: Account
    last_touch: datetime | None  # None: never
    cadence_days: int

    def days_quiet(self, today: date) -> int | None:
        return None if self.last_touch is None else (today - local_day(self.last_touch)).days


@dataclass(frozen=True)
class MeetingItem:
    touchpoint_id: TouchpointId
    account: Account
    kind: TouchpointKind
    title: str
    at: datetime


Item = TaskItem | WarningItem | RenewalItem | SatisfactionItem | QuietItem | MeetingItem


@dataclass(frozen=True)
class MyDay:
    """Everything My day shows, read at once for ``today``."""

    today: date
    reporting: Reporting  # money in the reporting currency: see :meth:`converted`
    tasks: tuple[TaskItem, ...] = ()
    warnings: tuple[WarningItem, ...] = ()
    renewals: tuple[RenewalItem, ...] = ()
    satisfaction: tuple[SatisfactionItem, ...] = ()
    quiet: tuple[QuietItem, ...] = ()
    meetings: tuple[MeetingItem, ...] = ()
    cadence: Mapping[Tier, int] = field(default_factory=dict)

    def group(self, group: Group) -> tuple[Item, ...]:
        groups: dict[Group, tuple[Item, ...]] = {
            Group.TASKS: self.tasks,
            Group.WARNINGS: self.warnings,
            Group.RENEWALS: self.renewals,
            Group.SATISFACTION: self.satisfaction,
            Group.QUIET: self.quiet,
            Group.MEETINGS: self.meetings,
        }
        return groups[group]

    @property
    def count(self) -> int:
        return sum(len(self.group(group)) for group in Group)

    @property
    def reporting_currency(self) -> str:
        return self.reporting.currency

    def converted(self, amount: Decimal, currency: str) -> Decimal | RateGap:
        """``amount`` in the reporting currency at today's rate, or the rate that is missing.

        Converted when shown, not when read: the table shows a few dozen rows of thousands.
        """
        return self.reporting.try_convert(amount, currency, self.today)


def place_of(item: Item) -> tuple[Place, int | None]:
    """Where the row opens its account, and the record to select there (if any)."""
    if isinstance(item, TaskItem):
        return Place.TASKS, item.task_id
    if isinstance(item, WarningItem):
        return Place.HEALTH, None
    if isinstance(item, RenewalItem):
        return Place.RENEWALS, None
    if isinstance(item, SatisfactionItem | MeetingItem):
        return Place.TOUCHPOINT, item.touchpoint_id
    return Place.LOG, None


# -- days --------------------------------------------------------------------------------------


def local_day(moment: datetime) -> date:
    """The day ``moment`` falls on in this computer's time zone."""
    return moment.astimezone().date()


def day_start_ms(day: date) -> int:
    """Local midnight starting ``day``, in the store's UTC milliseconds."""
    return to_epoch_ms(datetime.combine(day, time()).astimezone(UTC))


# -- the cadence ---------------------------------------------------------------------------------


def settings_file() -> Path:
    return resources_dir() / "scorecards" / "settings.toml"


@lru_cache(maxsize=4)
def load_cadence(path: Path | None = None) -> Mapping[Tier, int]:
    """Days without a touchpoint each tier tolerates (``[touch_cadence]`` of the settings file).

    A tier left out has no cadence: its accounts never show as quiet.

    Raises:
        CadenceError: the table is not valid; the message names the file and the key.
    """
    source = path or settings_file()
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise CadenceError(
            _("{file}: cannot read the touch cadence: {reason}").format(
                file=source.name, reason=error
            )
        ) from error
    table = data.get(CADENCE_TABLE, {})
    if not isinstance(table, dict):
        raise CadenceError(
            _("{file}: [{table}] must be a table").format(file=source.name, table=CADENCE_TABLE)
        )
    cadence: dict[Tier, int] = {}
    tiers = {tier.value: tier for tier in Tier}
    for key, days in table.items():
        where = f"{source.name}: [{CADENCE_TABLE}] {key}"
        if key not in tiers:
            raise CadenceError(
                _("{where}: unknown tier; expected one of {tiers}").format(
                    where=where, tiers=", ".join(tiers)
                )
            )
        if isinstance(days, bool) or not isinstance(days, int) or days < 1:
            raise CadenceError(
                _("{where}: must be a whole number of days, 1 or more, not {value}").format(
                    where=where, value=repr(days)
                )
            )
        cadence[tiers[key]] = days
    return cadence


# -- reading -------------------------------------------------------------------------------------

_PULSE = "(t.product_satisfied != 'unknown' OR t.service_satisfied != 'unknown')"
# Accounts in the book with what the groups read of them: the last touchpoint before the end of
# today (?1: a meeting set for tomorrow is no touch yet), and the last answered pulse, packed
# into one text ("ms id product service kind") because a scalar subquery gives one column;
# both are one seek per account in a covering index. Only the accounts some group keeps come
# back (renewal between ?2 and ?3, a "no" answer, or quiet longer than {quiet}), so Python
# handles thousands of rows fewer on a big book.
_BOOK_SQL = f"""
SELECT * FROM (
    SELECT a.id, a.name, a.tier, a.arr, a.currency, a.renewal_date,
           (SELECT max(t.occurred_at) FROM touchpoint t WHERE t.account_id = a.id
            AND t.occurred_at < ?1) AS last_ms,
           (SELECT t.occurred_at || ' ' || t.id || ' ' || t.product_satisfied || ' '
                   || t.service_satisfied || ' ' || t.kind
            FROM touchpoint t INDEXED BY ix_touchpoint_account_pulse
            WHERE t.account_id = a.id AND t.occurred_at < ?1 AND {_PULSE}
            ORDER BY t.occurred_at DESC LIMIT 1) AS pulse
    FROM account a
    WHERE a.archived_at IS NULL)
WHERE renewal_date BETWEEN ?2 AND ?3 OR instr(pulse, ' no ') > 0 OR {{quiet}}
"""


def _quiet_sql(quiet_before: Mapping[Tier, int]) -> str:
    """The book query's test for "quiet": no touchpoint since the tier's day (milliseconds)."""
    if not quiet_before:
        return "0"
    cases = " ".join(f"WHEN '{tier.value}' THEN {int(ms)}" for tier, ms in quiet_before.items())
    return f"(last_ms IS NULL OR last_ms < CASE tier {cases} END)"


# The accounts whose last renewal was lost (the customer left), in one pass over the renewals:
# SQLite gives the bare column of the row that holds the max().
_CHURNED_SQL = """
SELECT account_id FROM (
    SELECT account_id, outcome, max(period_end) FROM renewal GROUP BY account_id)
WHERE outcome = 'churned'
"""

# Due (or overdue), or reminded of today: two index searches rather than a scan of every task.
_TASKS_SQL = """
SELECT k.id, a.id, a.name, a.tier, k.title, k.due, k.remind_at, k.source_playbook
FROM task k JOIN account a ON a.id = k.account_id
WHERE k.id IN (SELECT id FROM task WHERE NOT done AND due <= ?
               UNION ALL
               SELECT id FROM task WHERE remind_at >= ? AND remind_at < ? AND NOT done)
AND a.archived_at IS NULL
"""

_WARNINGS_SQL = """
SELECT w.id, a.id, a.name, a.tier, w.rule_key, w.episode_start, w.fired_on, w.detail,
       w.snoozed_until
FROM health_warning w JOIN account a ON a.id = w.account_id
WHERE w.acknowledged_at IS NULL AND (w.snoozed_until IS NULL OR w.snoozed_until <= ?)
AND a.archived_at IS NULL
"""

_FORECASTS_SQL = (
    "SELECT account_id, expected_outcome, probability, expected_arr FROM renewal_forecast"
)

_MEETINGS_SQL = """
SELECT t.id, a.id, a.name, a.tier, t.kind, t.title, t.occurred_at
FROM touchpoint t JOIN account a ON a.id = t.account_id
WHERE t.occurred_at >= ? AND t.occurred_at < ? AND t.kind IN ({kinds})
AND a.archived_at IS NULL
"""


def load_my_day(
    connection: Connection,
    today: date | None = None,
    *,
    cadence: Mapping[Tier, int] | None = None,
    reporting: Reporting | None = None,
) -> MyDay:
    """Read every group of My day for ``today`` (default: the local date). Thread: any.

    Args:
        cadence: days without a touchpoint per tier (default: the settings file's).
        reporting: the reporting currency and rates money is converted with (default: read).
    """
    today = today or date.today()
    cadence = load_cadence() if cadence is None else cadence
    reporting = reporting or load_reporting(connection)
    tomorrow = today + timedelta(days=1)
    end_of_today = day_start_ms(tomorrow)
    driver = getattr(getattr(connection, "connection", None), "driver_connection", None)
    # Thousands of rows: skip the result wrapping (sqlite3's connection, or SQLCipher's alike).
    if driver is not None and callable(getattr(driver, "execute", None)):
        connection = cast("Connection", _FileConnection(driver))
    run = connection.exec_driver_sql

    renewals: list[RenewalItem] = []
    quiet: list[QuietItem] = []
    satisfaction: list[SatisfactionItem] = []
    # Compared as stored (ISO text, milliseconds): only the rows kept are converted.
    first_day, last_day = today.isoformat(), (today + timedelta(days=RENEWAL_DAYS)).isoformat()
    # Quiet: the last touch fell on a day before today minus the cadence.
    quiet_before = {
        tier: day_start_ms(today - timedelta(days=days)) for tier, days in cadence.items()
    }
    tiers = {tier.value: tier for tier in Tier}
    answers = {answer.value: answer for answer in Satisfaction}
    no = Satisfaction.NO.value
    churned = {account_id for (account_id,) in run(_CHURNED_SQL)}
    accounts: dict[int, Account] = {}

    def account_of(id_: int, name: str, tier_code: str) -> Account:
        found = accounts.get(id_)
        if found is None:
            found = accounts[id_] = Account(AccountId(id_), name, tiers[tier_code])
        return found

    book_sql = _BOOK_SQL.format(quiet=_quiet_sql(quiet_before))
    for id_, name, tier_code, arr, currency, renewal, last_ms, pulse in run(
        book_sql, (end_of_today, first_day, last_day)
    ):
        if id_ in churned:
            continue
        account = account_of(id_, name, tier_code)
        if pulse is not None:
            at, touchpoint, product, service, kind = pulse.split(" ")
            if no in (product, service):
                satisfaction.append(
                    SatisfactionItem(
                        account,
                        TouchpointId(int(touchpoint)),
                        TouchpointKind(kind),
                        from_epoch_ms(int(at)),
                        answers[product],
                        answers[service],
                    )
                )
        if renewal is not None and first_day <= renewal <= last_day:
            renewals.append(
                RenewalItem(
                    account, date.fromisoformat(renewal), Decimal(arr) / 100, currency, None
                )
            )
        before = quiet_before.get(account.tier)
        if before is not None and (last_ms is None or last_ms < before):
            last = None if last_ms is None else from_epoch_ms(last_ms)
            quiet.append(QuietItem(account, last, cadence[account.tier]))

    if renewals:
        renewals = _with_forecasts(connection, renewals)

    tasks = [
        TaskItem(
            TaskId(id_),
            account_of(account_id, name, tier_code),
            title,
            None if due is None else date.fromisoformat(due),
            None if remind is None else from_epoch_ms(remind),
            playbook,
        )
        for id_, account_id, name, tier_code, title, due, remind, playbook in run(
            _TASKS_SQL, (today.isoformat(), day_start_ms(today), end_of_today)
        )
        if account_id not in churned
    ]

    titles = _playbook_titles()
    warnings = [
        WarningItem(
            HealthWarningId(id_),
            account_of(account_id, name, tier_code),
            rule_key,
            titles.get(rule_key, rule_key),
            date.fromisoformat(start),
            date.fromisoformat(fired),
            detail,
            None if snoozed is None else date.fromisoformat(snoozed),
        )
        for id_, account_id, name, tier_code, rule_key, start, fired, detail, snoozed in run(
            _WARNINGS_SQL, (today.isoformat(),)
        )
        if account_id not in churned
    ]

    kinds = ",".join(f"'{kind.value}'" for kind in MEETING_KINDS)
    meetings = [
        MeetingItem(
            TouchpointId(id_),
            account_of(account_id, name, tier_code),
            TouchpointKind(kind),
            title,
            from_epoch_ms(at),
        )
        for id_, account_id, name, tier_code, kind, title, at in run(
            _MEETINGS_SQL.format(kinds=kinds),
            (day_start_ms(today), day_start_ms(tomorrow + timedelta(days=1))),
        )
        if account_id not in churned
    ]

    return MyDay(
        today=today,
        reporting=reporting,
        tasks=tuple(sorted(tasks, key=lambda t: (t.due or today, t.account.name, t.task_id))),
        warnings=tuple(sorted(warnings, key=lambda w: (-w.fired_on.toordinal(), w.account.name))),
        renewals=tuple(sorted(renewals, key=lambda r: (r.renewal_date, r.account.name))),
        satisfaction=tuple(
            sorted(satisfaction, key=lambda s: (-s.answered_at.timestamp(), s.account.name))
        ),
        quiet=tuple(
            sorted(
                quiet,
                key=lambda q: (q.last_touch is not None, q.last_touch or today, q.account.name),
            )
        ),
        meetings=tuple(sorted(meetings, key=lambda m: (m.at, m.account.name))),
        cadence=dict(cadence),
    )


class _FileResult:
    """What :class:`_FileConnection` returns: the parts of SQLAlchemy's result read here."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self._cursor)

    def all(self) -> list[tuple[Any, ...]]:
        return self._cursor.fetchall()

    def scalar(self) -> Any:
        row = self._cursor.fetchone()
        return None if row is None else row[0]


class _FileConnection:
    """A bare ``sqlite3`` connection answering ``exec_driver_sql`` as the engine's does."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def exec_driver_sql(self, sql: str, parameters: tuple[Any, ...] = ()) -> _FileResult:
        return _FileResult(self._connection.execute(sql, parameters))


def read_my_day_file(path: Path, today: date | None = None) -> MyDay:
    """My day read straight from the store file, without SQLAlchemy.

    Start-up runs this on a thread while the window is built, as it reads the portfolio
    (:func:`cs_desktop.portfolio.read_portfolio_file`). Read-only; raises ``sqlite3.Error`` if
    the file cannot be read as a current store (the caller then reads it the usual way).
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with closing(connect(uri, key=known_key(path), uri=True)) as connection:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return load_my_day(cast("Connection", _FileConnection(connection)), today)


def _with_forecasts(connection: Connection, renewals: list[RenewalItem]) -> list[RenewalItem]:
    forecasts: dict[AccountId, Forecast] = {
        AccountId(account_id): Forecast(
            RenewalOutcome(outcome), int(probability), Decimal(int(expected)) / 100
        )
        for account_id, outcome, probability, expected in connection.exec_driver_sql(_FORECASTS_SQL)
    }
    if not forecasts:
        return renewals
    return [
        item
        if item.account.id not in forecasts
        else RenewalItem(
            item.account,
            item.renewal_date,
            item.arr,
            item.currency,
            forecasts[item.account.id],
        )
        for item in renewals
    ]


@lru_cache(maxsize=1)
def _playbooks() -> tuple[tuple[str, LocalText], ...]:
    from cs_desktop.health.playbooks import load_playbooks

    return tuple((book.key, book.title) for book in load_playbooks())


def _playbook_titles() -> dict[str, str]:
    """Each playbook's title in the current language, by rule key."""
    return {key: title.text() for key, title in _playbooks()}


# -- words -------------------------------------------------------------------------------------


def group_title(group: Group) -> str:
    """The group's heading, in the app's language."""
    titles = {
        Group.TASKS: _("Tasks due and overdue"),
        Group.WARNINGS: _("New early warnings"),
        Group.RENEWALS: _("Renewals in the next 120 days"),
        Group.SATISFACTION: _("Last satisfaction answer negative"),
        Group.QUIET: _("No touchpoint for longer than the tier's cadence"),
        Group.MEETINGS: _("Meetings today and tomorrow"),
    }
    return titles[group]


def describe(item: Item, today: date) -> str:
    """What the row says beside its title, in the app's language."""
    from cs_desktop.formats import format_date, format_percent
    from cs_desktop.labels import outcome_label, renewal_countdown, satisfaction_label
    from cs_desktop.money import format_money

    if isinstance(item, TaskItem):
        overdue = item.days_overdue(today)
        if overdue:
            return ngettext("overdue by {count} day", "overdue by {count} days", overdue).format(
                count=overdue
            )
        if item.due == today:
            return _("due today")
        return _("reminder today")
    if isinstance(item, WarningItem):
        since = _("since {date}").format(date=format_date(item.episode_start, "long"))
        if not item.detail:
            return since
        return _("{detail} ({since})").format(detail=item.detail, since=since)
    if isinstance(item, RenewalItem):
        countdown = renewal_countdown(item.renewal_date, today)
        forecast = item.forecast
        if forecast is None:
            return _("{countdown}; no forecast").format(countdown=countdown)
        return _("{countdown}; forecast: {outcome}, {probability}, {arr}").format(
            countdown=countdown,
            outcome=outcome_label(forecast.expected_outcome),
            probability=format_percent(forecast.probability / 100),
            arr=format_money(forecast.expected_arr, item.currency),
        )
    if isinstance(item, SatisfactionItem):
        return _("product: {product}; service: {service}").format(
            product=satisfaction_label(item.product), service=satisfaction_label(item.service)
        )
    if isinstance(item, QuietItem):
        quiet = item.days_quiet(today)
        cadence = ngettext(
            "every {count} day for this tier", "every {count} days for this tier", item.cadence_days
        ).format(count=item.cadence_days)
        if quiet is None:
            return _("no touchpoint on record ({cadence})").format(cadence=cadence)
        return ngettext(
            "no touchpoint for {count} day ({cadence})",
            "no touchpoint for {count} days ({cadence})",
            quiet,
        ).format(count=quiet, cadence=cadence)
    from cs_desktop.labels import kind_label

    return kind_label(item.kind)


def title_of(item: Item) -> str:
    """The row's title: the task, the warning, the meeting, the kind of touchpoint answered
    at; the account for the others."""
    if isinstance(item, TaskItem | WarningItem | MeetingItem):
        return item.title
    if isinstance(item, SatisfactionItem):
        from cs_desktop.labels import kind_label

        return kind_label(item.kind)
    return item.account.name


def when_of(item: Item) -> date | datetime | None:
    """The day (or moment) the row is about, which the group sorts on first."""
    if isinstance(item, TaskItem):
        if item.due is not None:
            return item.due
        return item.remind_at
    if isinstance(item, WarningItem):
        return item.fired_on
    if isinstance(item, RenewalItem):
        return item.renewal_date
    if isinstance(item, SatisfactionItem):
        return item.answered_at
    if isinstance(item, QuietItem):
        return item.last_touch
    return item.at


# -- early warnings: acknowledge, snooze ---------------------------------------------------------


@dataclass(frozen=True)
class Triage:
    """Whether an early-warning episode was acknowledged, and until when it is snoozed."""

    acknowledged_at: datetime | None = None
    snoozed_until: date | None = None


@dataclass(frozen=True)
class TriageEdit:
    """One change of an episode's triage, with what undoes it."""

    warning_id: HealthWarningId
    account_id: AccountId
    before: Triage
    after: Triage

    @property
    def changes(self) -> Changes:
        return Changes(accounts=frozenset({self.account_id}))


class WarningGone(LookupError):
    """The early warning no longer exists (its account was deleted meanwhile)."""


def set_triage(session: Session, warning_id: HealthWarningId, triage: Triage) -> TriageEdit:
    """Acknowledge, snooze or bring back one early-warning episode. Thread: the DB writer."""
    from cs_desktop.models import HealthWarning

    row = session.get(HealthWarning, warning_id)
    if row is None:
        raise WarningGone(_("this early warning no longer exists"))
    before = Triage(row.acknowledged_at, row.snoozed_until)
    row.acknowledged_at = triage.acknowledged_at
    row.snoozed_until = triage.snoozed_until
    session.flush()
    return TriageEdit(warning_id, AccountId(row.account_id), before, triage)


def acknowledge(session: Session, warning_id: HealthWarningId, at: datetime) -> TriageEdit:
    """Take an episode off My day for good (a new episode of the rule shows again)."""
    return set_triage(session, warning_id, Triage(acknowledged_at=at))


def snooze(session: Session, warning_id: HealthWarningId, until: date) -> TriageEdit:
    """Take an episode off My day until ``until``, when it shows again."""
    return set_triage(session, warning_id, Triage(snoozed_until=until))


# -- reminders -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reminder:
    task_id: TaskId
    account: Account
    title: str
    remind_at: datetime
    due: date | None


_REMINDERS_SQL = f"""
SELECT k.id, a.id, a.name, a.tier, k.title, k.remind_at, k.due
FROM task k JOIN account a ON a.id = k.account_id
WHERE NOT k.done AND k.remind_at IS NOT NULL AND k.remind_at <= ? AND k.reminded_at IS NULL
AND a.archived_at IS NULL AND {CHURNED_ON_SQL} IS NULL
ORDER BY k.remind_at, k.id
"""


def due_reminders(connection: Connection, now: datetime) -> tuple[Reminder, ...]:
    """Open tasks whose reminder time has come and that were not reminded yet."""
    return tuple(
        Reminder(
            TaskId(int(id_)),
            Account(AccountId(int(account_id)), str(name), Tier(tier)),
            str(title),
            from_epoch_ms(int(remind)),
            None if due is None else date.fromisoformat(str(due)),
        )
        for id_, account_id, name, tier, title, remind, due in connection.exec_driver_sql(
            _REMINDERS_SQL, (to_epoch_ms(now),)
        )
    )


def next_reminder(connection: Connection, now: datetime) -> datetime | None:
    """When the next reminder after ``now`` is due, if any."""
    found = connection.exec_driver_sql(
        "SELECT min(remind_at) FROM task WHERE NOT done AND reminded_at IS NULL AND remind_at > ?",
        (to_epoch_ms(now),),
    ).scalar()
    return None if found is None else from_epoch_ms(int(found))


def mark_reminded(session: Session, task_ids: tuple[TaskId, ...], at: datetime) -> Changes:
    """Record that these tasks' reminders were shown. Thread: the DB writer."""
    from sqlalchemy import update

    from cs_desktop.models import Task

    if not task_ids:
        return Changes()
    session.execute(update(Task).where(Task.id.in_(task_ids)).values(reminded_at=at))
    return Changes()  # nothing any view shows


__all__ = [
    "MEETING_KINDS",
    "RENEWAL_DAYS",
    "Account",
    "CadenceError",
    "Forecast",
    "Group",
    "Item",
    "MeetingItem",
    "MyDay",
    "Place",
    "QuietItem",
    "Reminder",
    "RenewalItem",
    "SatisfactionItem",
    "TaskItem",
    "Triage",
    "TriageEdit",
    "WarningGone",
    "WarningItem",
    "acknowledge",
    "describe",
    "due_reminders",
    "group_title",
    "load_cadence",
    "load_my_day",
    "local_day",
    "mark_reminded",
    "next_reminder",
    "place_of",
    "read_my_day_file",
    "set_triage",
    "snooze",
    "title_of",
    "when_of",
]

"""Reading what the score is computed from into numpy arrays, for one account or all of them.

Everything is indexed by account *row* (position in ``account_ids``) and *day* (0 is ``start``,
the last day is ``today``). Reads go straight to the SQLite driver: the portfolio has millions of
health samples, and ORM or Core row objects would cost more than the scoring itself.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Connection

from cs_desktop.health.sample_pack import read_packed
from cs_desktop.health.scorecard import INDICATOR_CATALOG, Source, Window
from cs_desktop.ids import AccountId
from cs_desktop.models import Stage, StakeholderRole, TouchpointKind

STAGES: tuple[Stage, ...] = tuple(Stage)
STAGE_CODE: Mapping[str, int] = {stage.value: code for code, stage in enumerate(STAGES)}
HISTORY_DAYS = 730  # two years of daily scores
DAY_MS = 86_400_000
EPOCH = date(1970, 1, 1)

# A decision maker "met us" at these kinds of touchpoint, not by email or in a support case.
MEETING_KINDS = (TouchpointKind.MEETING, TouchpointKind.QBR, TouchpointKind.ONSITE_VISIT)
DECISION_ROLES = (StakeholderRole.DECISION_MAKER, StakeholderRole.ECONOMIC_BUYER)

IntArray = npt.NDArray[np.int32]
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Events:
    """Sparse dated values: event ``i`` is ``values[i]`` for row ``rows[i]`` on ``days[i]``."""

    rows: IntArray
    days: IntArray
    values: FloatArray

    @staticmethod
    def empty() -> Events:
        return Events(np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0, np.float64))

    def select(self, mask: npt.NDArray[np.bool_]) -> Events:
        return Events(self.rows[mask], self.days[mask], self.values[mask])

    def sorted_by_row(self) -> Events:
        """The same events ordered by account row (scoring reads blocks of rows)."""
        if len(self.rows) < 2 or bool(np.all(self.rows[1:] >= self.rows[:-1])):
            return self
        order = np.argsort(self.rows, kind="stable")
        return Events(self.rows[order], self.days[order], self.values[order])


@dataclass(frozen=True)
class HealthInputs:
    """The inputs of the health score for a set of accounts over ``days`` days up to ``today``.

    Attributes:
        stage: the stage code (index into ``STAGES``) of each account on each day.
        samples: stored indicator samples, by indicator key.
        dm_meetings: meetings attended by a decision maker or economic buyer (values unused).
        product_pulses / service_pulses: answered pulses, 1.0 for "yes" and 0.0 for "no".
        milestones: milestone due days, 1.0 when done.
        renewal_day: the day index of each account's renewal date (``NO_DAY`` when none).
        complete: False when only the accounts, stages and renewal days were filled in (a
            portfolio assembled from kept scores); the events are then empty.
    """

    today: date
    days: int
    account_ids: npt.NDArray[np.int64]
    stage: npt.NDArray[np.int8]
    samples: Mapping[str, Events]
    dm_meetings: Events
    product_pulses: Events
    service_pulses: Events
    milestones: Events
    renewal_day: IntArray
    complete: bool = True

    @property
    def start(self) -> date:
        return self.today - timedelta(days=self.days - 1)

    def date_of(self, day: int) -> date:
        return self.start + timedelta(days=day)

    def day_of(self, when: date) -> int:
        return (when - self.start).days

    def row_of(self, account_id: AccountId) -> int:
        row = int(np.searchsorted(self.account_ids, account_id))
        if row >= len(self.account_ids) or self.account_ids[row] != account_id:
            raise KeyError(account_id)
        return row


NO_DAY = np.iinfo(np.int32).min // 2

SAMPLE_KEYS: tuple[str, ...] = tuple(
    key for key, info in INDICATOR_CATALOG.items() if info.source is Source.SAMPLE
)


def load_inputs(
    connection: Connection,
    today: date,
    window: Window,
    *,
    account_ids: Sequence[AccountId] | None = None,
    days: int = HISTORY_DAYS,
) -> HealthInputs:
    """Read the health inputs of ``account_ids`` (default: every account) for ``days`` days.

    Runs a handful of queries on ``connection``, in one read transaction unless one is open;
    safe on a worker thread with its own connection.
    """
    raw: Any = connection.connection.driver_connection
    with _one_snapshot(raw):
        return _read_inputs(raw, today, window, account_ids, days)


@contextmanager
def _one_snapshot(raw: Any) -> Iterator[None]:
    """Every query inside sees the same state of the store (the packs, their mark, the rows)."""
    if raw.in_transaction:
        yield
        return
    raw.execute("BEGIN")
    try:
        yield
    finally:
        raw.execute("COMMIT")  # read only: nothing to keep or lose


def _read_inputs(
    raw: Any,
    today: date,
    window: Window,
    account_ids: Sequence[AccountId] | None,
    days: int,
) -> HealthInputs:
    start = today - timedelta(days=days - 1)
    if account_ids is None:
        accounts = raw.execute(
            "SELECT id, stage, julianday(renewal_date) - julianday(?) FROM account ORDER BY id",
            (start.isoformat(),),
        ).fetchall()
        where, params = "", tuple[AccountId, ...]()
    else:
        wanted = sorted(set(account_ids))
        marks = ",".join("?" * len(wanted))
        accounts = raw.execute(
            "SELECT id, stage, julianday(renewal_date) - julianday(?) FROM account "
            f"WHERE id IN ({marks}) ORDER BY id",
            (start.isoformat(), *wanted),
        ).fetchall()
        where, params = f" AND {{a}}account_id IN ({marks})", tuple(wanted)
    ids = np.array([row[0] for row in accounts], dtype=np.int64)
    renewal_day = np.array(
        [NO_DAY if row[2] is None else int(row[2]) for row in accounts], dtype=np.int32
    )

    def rows_of(account_column: npt.NDArray[np.int64]) -> IntArray:
        return np.searchsorted(ids, account_column).astype(np.int32)

    start_day = (start - EPOCH).days
    samples = _samples(
        raw, ids, start, today, window, days, None if account_ids is None else wanted
    )

    goals = raw.execute(
        "SELECT p.account_id, CAST(julianday(o.target_date) - julianday(?) AS INTEGER), "
        "CAST(julianday(COALESCE(o.achieved_on, CASE WHEN o.status = 'achieved' "
        "THEN o.target_date END)) - julianday(?) AS INTEGER) "
        "FROM objective o JOIN success_plan p ON p.id = o.plan_id "
        "WHERE o.target_date IS NOT NULL" + where.format(a="p."),
        (start.isoformat(), start.isoformat(), *params),
    ).fetchall()
    if goals:
        key = "goal_achievement_rate"
        samples[key] = goal_achievement(
            rows_of(np.array([g[0] for g in goals], dtype=np.int64)).astype(np.int64),
            np.array([g[1] for g in goals], dtype=np.int64),
            np.array([NO_DAY if g[2] is None else g[2] for g in goals], dtype=np.int64),
            samples.get(key, Events.empty()),
            days,
            window.sample_stale_after_days,
        )

    end_ms = ((today - EPOCH).days + 1) * DAY_MS
    meeting_kinds = ",".join(f"'{kind.value}'" for kind in MEETING_KINDS)
    roles = ",".join(f"'{role.value}'" for role in DECISION_ROLES)
    meetings = _events(
        raw.execute(
            "SELECT DISTINCT t.account_id, t.occurred_at / ? - ?, 1.0 FROM touchpoint t "
            "JOIN touchpoint_attendee ta ON ta.touchpoint_id = t.id "
            "JOIN stakeholder s ON s.id = ta.stakeholder_id "
            f"WHERE t.kind IN ({meeting_kinds}) AND s.role IN ({roles}) AND t.occurred_at < ?"
            + where.format(a="t."),
            (DAY_MS, start_day, end_ms, *params),
        ),
        rows_of,
    )
    product, service = _pulses(raw, start_day, end_ms, window, days, where, params, rows_of)
    milestones = _events(
        raw.execute(
            "SELECT p.account_id, CAST(julianday(m.due) - julianday(?) AS INTEGER), m.done "
            "FROM milestone m JOIN success_plan p ON p.id = m.plan_id "
            "WHERE m.due IS NOT NULL" + where.format(a="p."),
            (start.isoformat(), *params),
        ),
        rows_of,
    )
    changes = raw.execute(
        "SELECT account_id, changed_at / ? - ?, from_stage, to_stage FROM stage_change "
        "WHERE 1" + where.format(a="") + " ORDER BY account_id, changed_at, id",
        (DAY_MS, start_day, *params),
    ).fetchall()
    current = np.array([STAGE_CODE[row[1]] for row in accounts], dtype=np.int8)
    stage = _stage_matrix(len(ids), days, current, changes, rows_of)
    return HealthInputs(
        today, days, ids, stage, samples, meetings, product, service, milestones, renewal_day
    )


def _samples(
    raw: Any,
    ids: npt.NDArray[np.int64],
    start: date,
    today: date,
    window: Window,
    days: int,
    wanted: Sequence[AccountId] | None,
) -> dict[str, Events]:
    """The stored samples of ``ids`` (every account, or ``wanted``), with the lead-in before
    ``start`` that is still fresh on day 0.

    Every account: from the packs (:mod:`cs_desktop.health.sample_pack`) while they are nearly
    up to date. A few accounts, or packs far behind: row by row.
    """
    start_day = (start - EPOCH).days
    lead = start - timedelta(days=window.sample_stale_after_days)
    if wanted is None:
        packed = read_packed(raw, ids, SAMPLE_KEYS, (lead - EPOCH).days, (today - EPOCH).days)
        if packed is not None:
            return {
                key: Events(p.rows, p.days - np.int32(start_day), p.values)
                for key, p in packed.items()
            }
        where, params = "", tuple[AccountId, ...]()
    else:
        marks = ",".join("?" * len(wanted))
        where, params = f" AND account_id IN ({marks})", tuple(wanted)
    cases = " ".join(f"WHEN '{key}' THEN {code}" for code, key in enumerate(SAMPLE_KEYS))
    # One packed integer per sample (account, indicator code, day) and its value: two columns
    # instead of four halves the Python objects the driver creates for millions of rows.
    span = 1 << max(12, (days + window.sample_stale_after_days + 1).bit_length())
    cursor = raw.execute(
        f"SELECT (account_id * 16 + CASE indicator_key {cases} ELSE 15 END) * ? "
        "+ CAST(julianday(sample_date) - julianday(?) AS INTEGER), value FROM health_sample "
        "WHERE sample_date >= ? AND sample_date <= ?" + where,
        (span, lead.isoformat(), lead.isoformat(), today.isoformat(), *params),
    )
    table = np.fromiter(itertools.chain.from_iterable(cursor), dtype=np.float64).reshape(-1, 2)
    packed_keys = table[:, 0].astype(np.int64)
    sample_days = (packed_keys % span).astype(np.int32) - window.sample_stale_after_days
    codes = (packed_keys // span % 16).astype(np.int32)
    sample_rows = np.searchsorted(ids, packed_keys // span // 16).astype(np.int32)
    samples: dict[str, Events] = {}
    for code, key in enumerate(SAMPLE_KEYS):
        mask = codes == code
        samples[key] = Events(sample_rows[mask], sample_days[mask], table[mask, 1]).sorted_by_row()
    return samples


_SHIFT = 1 << 32
_BIAS = 1 << 31


def _keyed(rows: npt.NDArray[np.int64], days: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    return rows.astype(np.int64) * _SHIFT + (days.astype(np.int64) + _BIAS)


def _sorted_unique(values: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """``np.unique(values)`` by sorting: numpy's hashing unique is many times slower on a
    million keys."""
    ordered = np.sort(values)
    first = np.ones(len(ordered), dtype=bool)
    first[1:] = ordered[1:] != ordered[:-1]
    return ordered[first]


def goal_achievement(
    goal_rows: npt.NDArray[np.int64],
    target_days: npt.NDArray[np.int64],
    achieved_days: npt.NDArray[np.int64],
    measured: Events,
    days: int,
    stale: int,
) -> Events:
    """Goal achievement from the plans' journey A goals, with recorded measurements first.

    On each day, an account's goal achievement is the share of its goals due by then (target
    date on or before the day) that were achieved by then (``achieved_on``, or the target date
    for a goal marked achieved without one). An account with no goal due yet has none from its
    goals. A measured sample (imported or recorded by hand) wins while it is fresh: it is the
    customer's own number; once it goes stale the goals speak again.

    The derived value is emitted as events on the days it changes and at least every ``stale``
    days, so that carrying values forward (see ``scoring``) keeps it present every day.
    """
    cadence = max(1, stale)
    order = np.argsort(_keyed(goal_rows, target_days), kind="stable")
    due_keys = _keyed(goal_rows, target_days)[order]
    done = achieved_days > NO_DAY // 2
    done_keys = np.sort(_keyed(goal_rows[done], np.maximum(target_days, achieved_days)[done]))
    accounts = _sorted_unique(goal_rows)
    first_due = target_days[order][np.searchsorted(due_keys, accounts * _SHIFT)]
    begin = np.maximum(first_due, -stale)
    ticks = np.maximum(0, -(-(days - begin) // cadence))
    cadence_rows = np.repeat(accounts, ticks)
    offsets = np.arange(int(ticks.sum()), dtype=np.int64) - np.repeat(
        np.cumsum(ticks) - ticks, ticks
    )
    cadence_days = np.repeat(begin, ticks) + offsets * cadence
    # The day after each measurement goes stale, the goals take over again.
    at = np.minimum(np.searchsorted(accounts, measured.rows), len(accounts) - 1)
    with_goals = accounts[at] == measured.rows
    after_rows = measured.rows[with_goals].astype(np.int64)
    after_days = measured.days[with_goals].astype(np.int64) + stale + 1
    rows = np.concatenate([goal_rows, goal_rows[done], cadence_rows, after_rows])
    when = np.concatenate([target_days, achieved_days[done], cadence_days, after_days])
    inside = (when >= -stale) & (when < days)
    keys = _sorted_unique(_keyed(rows[inside], when[inside]))
    rows, when = keys // _SHIFT, keys % _SHIFT - _BIAS
    starts = np.searchsorted(due_keys, rows * _SHIFT)
    due = np.searchsorted(due_keys, keys, side="right") - starts
    achieved = np.searchsorted(done_keys, keys, side="right") - np.searchsorted(
        done_keys, rows * _SHIFT
    )
    keep = due > 0
    if len(measured.rows):
        sample_keys = _keyed(measured.rows.astype(np.int64), measured.days.astype(np.int64))
        sort = np.argsort(sample_keys, kind="stable")
        sample_keys = sample_keys[sort]
        latest = np.searchsorted(sample_keys, keys, side="right") - 1
        found = np.maximum(latest, 0)
        fresh = (
            (latest >= 0)
            & (sample_keys[found] // _SHIFT == rows)
            & (keys - sample_keys[found] <= stale)
        )
        keep &= ~fresh
    derived = Events(
        rows[keep].astype(np.int32),
        when[keep].astype(np.int32),
        achieved[keep] / due[keep],
    )
    return Events(
        np.concatenate([measured.rows, derived.rows]),
        np.concatenate([measured.days, derived.days]),
        np.concatenate([measured.values, derived.values]),
    ).sorted_by_row()


def _pulses(
    raw: Any,
    start_day: int,
    end_ms: int,
    window: Window,
    days: int,
    where: str,
    params: tuple[AccountId, ...],
    rows_of: Any,
) -> tuple[Events, Events]:
    """The product and service pulses answered from ``pulse_window_days`` before day 0 on."""
    lead = window.pulse_window_days
    # One integer a touchpoint (account, day, each answer as 0 unknown, 1 yes, 2 no), read
    # through the covering index of the answered pulses (migration 0010).
    width = 1 << (lead + days + 1).bit_length()
    answer = "CASE {} WHEN 'yes' THEN 1 WHEN 'no' THEN 2 ELSE 0 END"
    cursor = raw.execute(
        f"SELECT ((account_id * ? + occurred_at / ? - ? + ?) * 3 "
        f"+ {answer.format('product_satisfied')}) * 3 + {answer.format('service_satisfied')} "
        "FROM touchpoint WHERE occurred_at >= ? AND occurred_at < ? "
        "AND (product_satisfied != 'unknown' OR service_satisfied != 'unknown')"
        + where.format(a=""),
        (width, DAY_MS, start_day, lead, (start_day - lead) * DAY_MS, end_ms, *params),
    )
    packed = np.fromiter(itertools.chain.from_iterable(cursor), dtype=np.int64)
    service_answer, packed = packed % 3, packed // 3
    product_answer, packed = packed % 3, packed // 3
    rows = rows_of(packed // width)
    pulse_days = (packed % width - lead).astype(np.int32)

    def answered(code: npt.NDArray[np.int64]) -> Events:
        given = code != 0
        return Events(
            rows[given], pulse_days[given], (code[given] == 1).astype(np.float64)
        ).sorted_by_row()

    return answered(product_answer), answered(service_answer)


def _events(
    rows: Iterable[tuple[Any, ...]],
    rows_of: Any,
) -> Events:
    flat = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.float64)
    table = flat.reshape(-1, 3)
    return Events(
        rows_of(table[:, 0].astype(np.int64)),
        table[:, 1].astype(np.int32),
        table[:, 2].astype(np.float64),
    ).sorted_by_row()


def _stage_matrix(
    accounts: int,
    days: int,
    current: npt.NDArray[np.int8],
    changes: list[tuple[Any, ...]],
    rows_of: Any,
) -> npt.NDArray[np.int8]:
    """The stage of every account on every day, from its stage-change history.

    Before an account's first recorded change it was in that change's ``from_stage`` (or, with no
    history at all, in its current stage).
    """
    if not changes:
        return np.repeat(current[:, None], days, axis=1)
    change_rows = rows_of(np.array([c[0] for c in changes], dtype=np.int64))
    change_days = np.clip(np.array([c[1] for c in changes], dtype=np.int64), 0, days)
    to_codes = np.array([STAGE_CODE[c[3]] for c in changes], dtype=np.int8)
    first = np.ones(len(changes), dtype=bool)
    first[1:] = change_rows[1:] != change_rows[:-1]
    initial = current.copy()
    has_history = np.zeros(accounts, dtype=bool)
    has_history[change_rows] = True
    initial[has_history] = [
        STAGE_CODE[c[2]] if c[2] is not None else STAGE_CODE[c[3]]
        for c, is_first in zip(changes, first, strict=True)
        if is_first
    ]
    # Runs: each row starts in its initial stage, and each change holds from its day until the
    # row's next one. Changes are in time order, so of two on one day the later one wins.
    inside = change_days < days
    flat = change_rows[inside].astype(np.int64) * days + change_days[inside]
    codes = to_codes[inside]
    if len(flat) > 1 and not bool(np.all(flat[1:] >= flat[:-1])):
        order = np.argsort(flat, kind="stable")
        flat, codes = flat[order], codes[order]
    row_starts = np.arange(accounts, dtype=np.int64) * days
    at = np.searchsorted(flat, row_starts)  # before a change on the row's first day
    lengths = np.diff(np.insert(flat, at, row_starts), append=np.int64(accounts * days))
    return np.repeat(np.insert(codes, at, initial), lengths).reshape(accounts, days)

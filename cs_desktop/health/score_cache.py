"""Computed scores kept between starts: a start recomputes only what changed since.

Opening a 10,000-account store used to recompute every score and re-check every early warning.
:func:`load_portfolio` instead takes each account's daily scores from ``health_score_cache`` and
recomputes only

- the accounts with no usable row: new accounts, accounts whose health inputs were written since
  (the store's triggers delete their row; new health samples are found by id, above the mark
  the kept scores have seen), or every account when the scorecards or playbooks changed (the
  row's ``fingerprint``);
- the days that passed since a row was computed, appended to its trajectory.

The early warnings checked on the same day are kept too (:func:`save_warnings`). A row is derived
data: losing one costs one recomputation, never a wrong score.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Connection

from cs_desktop.health.early_warnings import ActiveWarning, Evidence, default_playbooks
from cs_desktop.health.inputs import HISTORY_DAYS, NO_DAY, Events, HealthInputs, load_inputs
from cs_desktop.health.playbooks import Playbook, RuleKind
from cs_desktop.health.portfolio import PortfolioHealth, assemble
from cs_desktop.health.scorecard import ScorecardSet
from cs_desktop.health.scoring import score_inputs
from cs_desktop.ids import AccountId
from cs_desktop.local_text import LocalText

__all__ = [
    "SCORING_VERSION",
    "KeptPortfolio",
    "fingerprint",
    "load_portfolio",
    "save_portfolio",
    "save_warnings",
]

# Bump when the scoring code changes what it computes from the same inputs, or the form its
# rows keep it in: every kept row is then recomputed once.
SCORING_VERSION = 2
# Beyond this many accounts to read, one read of every account is cheaper than a list of ids.
_READ_ALL_ABOVE = 2_000


def _canonical(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return sorted((str(_canonical(k)), _canonical(v)) for k, v in value.items())
    if isinstance(value, frozenset | set):
        return sorted((_canonical(v) for v in value), key=repr)
    if isinstance(value, tuple | list):
        return [_canonical(v) for v in value]
    return value


def fingerprint(scorecards: ScorecardSet, playbooks: Sequence[Playbook]) -> str:
    """A hash of everything besides the inputs that a kept score and its warnings depend on."""
    text = json.dumps(
        [SCORING_VERSION, HISTORY_DAYS, _canonical(scorecards), _canonical(tuple(playbooks))],
        sort_keys=True,
        default=repr,
    )
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class KeptPortfolio:
    """The portfolio health of a start and what had to be computed for it.

    Attributes:
        recomputed: accounts scored from their inputs (no usable kept row).
        extended: kept accounts whose trajectory gained the days since it was kept.
        warnings: early warnings active today, for the accounts whose check was kept.
    """

    portfolio: PortfolioHealth
    fingerprint: str
    recomputed: frozenset[AccountId]
    extended: frozenset[AccountId]
    warnings: Mapping[AccountId, tuple[ActiveWarning, ...]]
    sample_mark: int = 0  # the highest health sample id when the inputs were read
    seen_mark: int | None = None  # the mark the kept rows were read with

    @property
    def to_save(self) -> frozenset[AccountId]:
        return self.recomputed | self.extended


def load_portfolio(
    connection: Connection,
    today: date,
    scorecards: ScorecardSet,
    *,
    playbooks: Sequence[Playbook] | None = None,
    days: int = HISTORY_DAYS,
) -> KeptPortfolio:
    """Every account's health today, from kept scores where they are still valid.

    Thread: any worker with its own connection (reads only; save with :func:`save_portfolio`).
    """
    key = fingerprint(scorecards, default_playbooks() if playbooks is None else playbooks)
    raw: Any = connection.connection.driver_connection
    start = today - timedelta(days=days - 1)
    # Read first: samples written while the scores are computed are above it, seen next time.
    sample_mark = raw.execute("SELECT coalesce(max(id), 0) FROM health_sample").fetchone()[0]
    seen = raw.execute(
        "SELECT value FROM health_score_mark WHERE name = 'health_sample'"
    ).fetchone()
    accounts = raw.execute(
        "SELECT id, julianday(renewal_date) - julianday(?) FROM account ORDER BY id",
        (start.isoformat(),),
    ).fetchall()
    ids = np.array([row[0] for row in accounts], dtype=np.int64)
    renewal_day = np.array(
        [NO_DAY if row[1] is None else int(row[1]) for row in accounts], dtype=np.int32
    )
    kept: dict[int, tuple[int, bytes, bytes, int, str | None]] = {}
    if days == HISTORY_DAYS:
        for account_id, through, scores, stages, present, warnings in raw.execute(
            "SELECT account_id, through, scores, stages, present, warnings "
            "FROM health_score_cache WHERE fingerprint = ?",
            (key,),
        ):
            gap = (today - date.fromisoformat(through)).days
            if 0 <= gap < days and len(scores) == 4 * days and len(stages) == days:
                kept[account_id] = (gap, scores, stages, present, warnings)
        if kept and (seen is None or sample_mark > seen[0]):
            new_samples = (
                raw.execute(
                    "SELECT DISTINCT account_id FROM health_sample WHERE id > ?", (seen[0],)
                ).fetchall()
                if seen is not None
                else [(account_id,) for account_id in kept]
            )
            for (account_id,) in new_samples:
                kept.pop(account_id, None)
    keys = scorecards.indicator_keys
    count = len(ids)
    score = np.full((count, days), np.nan, dtype=np.float32)
    stage = np.zeros((count, days), dtype=np.int8)
    present_today = np.zeros((len(keys), count), dtype=bool)
    recompute = [AccountId(int(a)) for a in ids.tolist() if a not in kept]

    def fill(rows: npt.NDArray[np.int64], inputs: HealthInputs, width: int) -> None:
        """Put the last ``width`` days of ``inputs``' scores into ``rows``."""
        scored = score_inputs(inputs, scorecards)
        source = np.searchsorted(inputs.account_ids, ids[rows])
        score[rows, days - width :] = scored.score[source]
        stage[rows, days - width :] = inputs.stage[source]
        present_today[:, rows] = scored.present_today[:, source]

    if recompute:
        selection = None if len(recompute) > _READ_ALL_ABOVE else recompute
        inputs = load_inputs(connection, today, scorecards.window, account_ids=selection, days=days)
        # An account deleted between the two reads keeps no score (no data).
        wanted = np.array(recompute, dtype=np.int64)
        rows = np.searchsorted(ids, wanted[np.isin(wanted, inputs.account_ids)])
        fill(rows, inputs, days)
    kept_rows = np.flatnonzero(np.isin(ids, np.fromiter(kept, dtype=np.int64, count=len(kept))))
    by_gap: dict[int, list[int]] = {}
    bits = np.arange(len(keys), dtype=np.int64)
    for row in kept_rows.tolist():
        gap, scores_blob, stages_blob, mask, _ = kept[int(ids[row])]
        by_gap.setdefault(gap, []).append(row)
        score[row, : days - gap] = np.frombuffer(scores_blob, dtype="<f4")[gap:]
        stage[row, : days - gap] = np.frombuffer(stages_blob, dtype=np.int8)[gap:]
        if gap == 0:
            present_today[:, row] = (mask >> bits) & 1
    extended: set[AccountId] = set()
    for gap, rows_list in by_gap.items():
        if gap == 0:
            continue
        rows = np.array(rows_list, dtype=np.int64)
        shifted = [AccountId(int(a)) for a in ids[rows].tolist()]
        some = None if len(shifted) > _READ_ALL_ABOVE else shifted
        fresh = load_inputs(connection, today, scorecards.window, account_ids=some, days=gap)
        present_rows = np.isin(ids[rows], fresh.account_ids)
        rows = rows[present_rows]  # an account deleted meanwhile keeps its kept days only
        fill(rows, fresh, gap)
        extended.update(AccountId(int(a)) for a in ids[rows].tolist())
    warnings = {
        AccountId(account_id): _warnings_of(row[4])
        for account_id, row in kept.items()
        if row[0] == 0 and row[4] is not None
    }
    inputs = HealthInputs(
        today,
        days,
        ids,
        stage,
        {},
        Events.empty(),
        Events.empty(),
        Events.empty(),
        Events.empty(),
        renewal_day,
        complete=False,
    )
    return KeptPortfolio(
        assemble(inputs, scorecards, score, present_today),
        key,
        frozenset(recompute),
        frozenset(extended),
        warnings,
        int(sample_mark),
        None if seen is None else int(seen[0]),
    )


def save_portfolio(
    connection: Connection,
    kept: KeptPortfolio,
    *,
    leave_out: Collection[AccountId] = (),
) -> int:
    """Keep the scores ``kept`` computed (``kept.to_save``) for the next start.

    Args:
        leave_out: accounts whose inputs were written while the portfolio was computed (their
            triggers fired before this write, so the row would be stale).

    Returns:
        How many rows were written. Thread: the DB writer, in its transaction.
    """
    portfolio = kept.portfolio
    inputs = portfolio.inputs
    keys = portfolio.scorecards.indicator_keys
    accounts = sorted(set(kept.to_save) - set(leave_out))
    if not accounts:
        return 0
    # Every account with a sample up to the new mark is now kept as of this computation, or has
    # no row. A sample deleted meanwhile lowered (or set) the mark: it then stays lower, as the
    # deleted ids can be used again.
    if kept.seen_mark is None:
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO health_score_mark (name, value) VALUES ('health_sample', ?)",
            (kept.sample_mark,),
        )
    else:
        connection.exec_driver_sql(
            "UPDATE health_score_mark SET value = ? WHERE name = 'health_sample' AND value = ?",
            (kept.sample_mark, kept.seen_mark),
        )
    rows = np.searchsorted(inputs.account_ids, np.array(accounts, dtype=np.int64))
    missing_of = {h.account_id: set(h.missing) for h in portfolio.accounts}
    scored_of = {
        stage: {spec.key for spec in portfolio.scorecards.for_stage(stage).indicators}
        for stage in {h.stage for h in portfolio.accounts}
    }
    params = []
    for account_id, row in zip(accounts, rows.tolist(), strict=True):
        health = portfolio.accounts[row]
        scored = scored_of[health.stage] - missing_of[account_id]
        mask = sum(1 << bit for bit, key in enumerate(keys) if key in scored)
        params.append(
            (
                account_id,
                kept.fingerprint,
                portfolio.today.isoformat(),
                portfolio.scores[row].astype("<f4").tobytes(),
                inputs.stage[row].tobytes(),
                mask,
            )
        )
    connection.exec_driver_sql(
        "INSERT OR REPLACE INTO health_score_cache "
        "(account_id, fingerprint, through, scores, stages, present, warnings) "
        "VALUES (?, ?, ?, ?, ?, ?, NULL)",
        params,
    )
    return len(params)


def save_warnings(
    connection: Connection,
    key: str,
    today: date,
    checked: Iterable[AccountId],
    active: Mapping[AccountId, Sequence[ActiveWarning]],
) -> None:
    """Keep the early warnings checked today for ``checked`` accounts (none active: ``[]``).

    Only rows kept for today with the same fingerprint take them. Thread: the DB writer.
    """
    params = [
        (_warnings_json(active.get(account_id, ())), account_id, today.isoformat(), key)
        for account_id in checked
    ]
    if params:
        connection.exec_driver_sql(
            "UPDATE health_score_cache SET warnings = ? "
            "WHERE account_id = ? AND through = ? AND fingerprint = ?",
            params,
        )


def _warnings_json(warnings: Sequence[ActiveWarning]) -> str:
    # Titles in every language and the evidence as facts: a kept warning reads in the language
    # of whoever opens the store next, not the one it was checked in.
    return json.dumps(
        [
            [
                w.rule_key,
                dataclasses.asdict(w.titles),
                w.episode_start.isoformat(),
                _evidence_json(w.evidence),
            ]
            for w in warnings
        ]
    )


def _evidence_json(evidence: Evidence) -> dict[str, Any]:
    fields = dataclasses.asdict(evidence)
    fields["kind"] = evidence.kind.value
    fields["day"] = None if evidence.day is None else evidence.day.isoformat()
    return fields


def _warnings_of(text: str) -> tuple[ActiveWarning, ...]:
    return tuple(
        ActiveWarning(
            rule_key,
            LocalText(**titles),
            date.fromisoformat(start),
            Evidence(
                RuleKind(evidence["kind"]),
                evidence["days"],
                evidence["before"],
                evidence["now"],
                evidence["count"],
                None if evidence["day"] is None else date.fromisoformat(evidence["day"]),
            ),
        )
        for rule_key, titles, start, evidence in json.loads(text)
    )

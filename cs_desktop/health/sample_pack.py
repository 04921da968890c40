"""Health samples packed per account and indicator: what a full recompute reads instead of rows.

A 10,000-account store has ~5,000,000 samples, and reading each as a row of its own cost the
recompute of every score seconds of Python objects. ``health_sample_pack`` holds one row per
account and indicator with the days and values of all its samples as two arrays, so the same
read is ~80,000 rows and two ``numpy.frombuffer`` calls.

The packs are derived data, trusted only as far as migration ``0011_sample_pack`` vouches for
them: a pair whose samples were updated or deleted since it was packed is *stale* (its blobs
are NULL), and samples with an id above the mark are in no pack yet. :func:`read_packed` reads
the fresh packs and adds those samples as rows; when too many are left, it declines and the
caller reads every row as before. :func:`fold_step` brings the packs up to date in short
steps on the writer.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Connection

__all__ = ["MARK", "PackedSamples", "fold_step", "read_packed"]

MARK = "health_sample_pack"  # its row in health_score_mark
EPOCH_JULIAN_DAY = 2440587.5  # julianday('1970-01-01')
DAY_OF_SAMPLE = f"CAST(julianday(sample_date) - {EPOCH_JULIAN_DAY} AS INTEGER)"
# A step of the fold holds the writer for a few tens of milliseconds on a laptop: an edit
# saved meanwhile waits for one step at most.
FOLD_IDS = 50_000  # new sample ids a step accounts for
FOLD_ACCOUNTS = 10  # accounts a step packs again
# With more samples than this (and than a quarter of all samples) outside the packs, reading
# them as rows on top of the packs costs about what reading every row does: every row is read.
_MIN_BEHIND = 50_000

_SHIFT = 1 << 32
_BIAS = 1 << 31


@dataclass(frozen=True)
class PackedSamples:
    """Samples of one indicator: ``rows[i]`` (position in the account ids) on ``days[i]`` (days
    since 1970-01-01), sorted by row then day."""

    rows: npt.NDArray[np.int32]
    days: npt.NDArray[np.int32]
    values: npt.NDArray[np.float64]


def read_packed(
    raw: Any,
    account_ids: npt.NDArray[np.int64],
    keys: Sequence[str],
    first_day: int,
    last_day: int,
) -> dict[str, PackedSamples] | None:
    """Every sample of ``keys`` dated ``first_day`` to ``last_day`` (days since 1970-01-01) of
    the accounts ``account_ids`` (sorted), or None when the packs are too far behind.

    ``raw`` is a driver connection; call inside one read transaction so that the packs, the
    mark and the rows agree.
    """
    found = raw.execute("SELECT value FROM health_score_mark WHERE name = ?", (MARK,)).fetchone()
    mark = 0 if found is None else int(found[0])  # none yet: nothing is packed
    newest = int(raw.execute("SELECT coalesce(max(id), 0) FROM health_sample").fetchone()[0])
    pairs = raw.execute("SELECT count(*) FROM health_sample_pack").fetchone()[0]
    stale = raw.execute(
        "SELECT count(*) FROM health_sample_pack WHERE sample_days IS NULL"
    ).fetchone()[0]
    behind = max(newest - mark, 0) + stale * mark // max(pairs, 1)
    if behind > max(_MIN_BEHIND, newest // 4):
        return None
    code_of = {key: code for code, key in enumerate(keys)}
    packs = raw.execute(
        "SELECT account_id, indicator_key, sample_days, sample_values FROM health_sample_pack "
        "WHERE sample_days IS NOT NULL"
    ).fetchall()
    columns = f"account_id, indicator_key, {DAY_OF_SAMPLE}, value"
    loose = raw.execute(f"SELECT {columns} FROM health_sample WHERE id > ?", (mark,)).fetchall()
    if stale:
        loose += raw.execute(
            f"SELECT {columns} FROM health_sample WHERE id <= ? AND (account_id, indicator_key) "
            "IN (SELECT account_id, indicator_key FROM health_sample_pack "
            "WHERE sample_days IS NULL)",
            (mark,),
        ).fetchall()
    packed = _from_packs(packs, account_ids, code_of, first_day, last_day)
    if not loose:
        return {key: packed[code] for code, key in enumerate(keys)}
    extra = _from_rows(loose, account_ids, code_of, first_day, last_day)
    return {key: _merged(packed[code], extra[code]) for code, key in enumerate(keys)}


def _from_packs(
    packs: list[tuple[int, str, bytes, bytes]],
    account_ids: npt.NDArray[np.int64],
    code_of: dict[str, int],
    first_day: int,
    last_day: int,
) -> list[PackedSamples]:
    codes = np.array([code_of.get(p[1], -1) for p in packs], dtype=np.int64)
    accounts = np.array([p[0] for p in packs], dtype=np.int64)
    rows = np.searchsorted(account_ids, accounts)
    known = (codes >= 0) & (rows < len(account_ids))
    known[known] = account_ids[rows[known]] == accounts[known]
    chosen = np.flatnonzero(known)
    chosen = chosen[np.lexsort((rows[chosen], codes[chosen]))]
    bounds = np.searchsorted(codes[chosen], np.arange(len(code_of) + 1)).tolist()
    result = []
    # One indicator at a time, and no array copied twice: millions of samples, and memory
    # fresh from the system costs a page fault per 4 KiB.
    for lo, hi in itertools.pairwise(bounds):
        picked = chosen[lo:hi].tolist()
        days = np.frombuffer(b"".join([packs[i][2] for i in picked]), dtype="<i4")
        values = np.frombuffer(b"".join([packs[i][3] for i in picked]), dtype="<f8")
        lengths = np.array([len(packs[i][2]) // 4 for i in picked], dtype=np.int64)
        sample_rows = np.repeat(rows[chosen[lo:hi]].astype(np.int32), lengths)
        inside = (days >= first_day) & (days <= last_day)
        if not inside.all():  # else every sample is in the window: no copy (views, read only)
            sample_rows, days, values = sample_rows[inside], days[inside], values[inside]
        result.append(
            PackedSamples(
                sample_rows,
                days.astype(np.int32, copy=False),
                values.astype(np.float64, copy=False),
            )
        )
    return result


def _from_rows(
    loose: list[tuple[int, str, int, float]],
    account_ids: npt.NDArray[np.int64],
    code_of: dict[str, int],
    first_day: int,
    last_day: int,
) -> list[PackedSamples]:
    codes = np.array([code_of.get(r[1], -1) for r in loose], dtype=np.int64)
    accounts = np.array([r[0] for r in loose], dtype=np.int64)
    days = np.array([r[2] for r in loose], dtype=np.int64)
    values = np.array([r[3] for r in loose], dtype=np.float64)
    rows = np.searchsorted(account_ids, accounts)
    keep = (codes >= 0) & (rows < len(account_ids)) & (days >= first_day) & (days <= last_day)
    keep[keep] = account_ids[rows[keep]] == accounts[keep]
    result = []
    for code in range(len(code_of)):
        mine = keep & (codes == code)
        order = np.argsort(_keyed(rows[mine], days[mine]), kind="stable")
        result.append(
            PackedSamples(
                rows[mine][order].astype(np.int32),
                days[mine][order].astype(np.int32),
                values[mine][order],
            )
        )
    return result


def _keyed(rows: npt.NDArray[Any], days: npt.NDArray[Any]) -> npt.NDArray[np.int64]:
    return rows.astype(np.int64) * _SHIFT + (days.astype(np.int64) + _BIAS)


def _merged(packed: PackedSamples, rows: PackedSamples) -> PackedSamples:
    """``packed`` with ``rows`` put in order, a row replacing a packed sample of its day."""
    if not len(rows.rows):
        return packed
    keys, new_keys = _keyed(packed.rows, packed.days), _keyed(rows.rows, rows.days)
    at = np.searchsorted(keys, new_keys)
    found = at < len(keys)
    found[found] = keys[at[found]] == new_keys[found]
    keep = np.ones(len(keys), dtype=bool)
    keep[at[found]] = False
    into = np.searchsorted(keys[keep], new_keys)
    return PackedSamples(
        np.insert(packed.rows[keep], into, rows.rows),
        np.insert(packed.days[keep], into, rows.days),
        np.insert(packed.values[keep], into, rows.values),
    )


def fold_step(
    connection: Connection, *, ids: int = FOLD_IDS, accounts: int = FOLD_ACCOUNTS
) -> bool:
    """One short step of bringing the packs up to date; True when there was nothing left to do.

    First the samples above the mark, ``ids`` ids a step: their pairs become stale and the
    mark moves past them. Then the accounts with a stale pair, ``accounts`` a step: each is
    packed again from its rows.

    Thread: the DB writer, in its transaction (call again until it returns True; other writes
    may come in between).
    """
    raw: Any = connection.connection.driver_connection
    found = raw.execute("SELECT value FROM health_score_mark WHERE name = ?", (MARK,)).fetchone()
    mark = 0 if found is None else int(found[0])
    newest = int(raw.execute("SELECT coalesce(max(id), 0) FROM health_sample").fetchone()[0])
    if newest > mark:
        upper = min(newest, mark + ids)
        raw.execute(
            "INSERT INTO health_sample_pack (account_id, indicator_key) "
            "SELECT DISTINCT account_id, indicator_key FROM health_sample "
            "WHERE id > ? AND id <= ? "
            "ON CONFLICT (account_id, indicator_key) DO UPDATE SET sample_days = NULL, "
            "sample_values = NULL",
            (mark, upper),
        )
        raw.execute(
            "INSERT INTO health_score_mark (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (MARK, upper),
        )
        return False
    chosen = [
        row[0]
        for row in raw.execute(
            "SELECT DISTINCT account_id FROM health_sample_pack WHERE sample_days IS NULL "
            "ORDER BY account_id LIMIT ?",
            (accounts,),
        )
    ]
    if not chosen:
        return True
    marks = ",".join("?" * len(chosen))
    rows = raw.execute(
        f"SELECT account_id, indicator_key, {DAY_OF_SAMPLE}, value FROM health_sample "
        f"WHERE account_id IN ({marks}) ORDER BY account_id, indicator_key",
        chosen,
    ).fetchall()
    raw.execute(f"DELETE FROM health_sample_pack WHERE account_id IN ({marks})", chosen)
    raw.executemany(
        "INSERT INTO health_sample_pack (account_id, indicator_key, sample_days, sample_values) "
        "VALUES (?, ?, ?, ?)",
        [
            (*pair, *_pack(list(samples)))
            for pair, samples in itertools.groupby(rows, key=lambda row: (row[0], row[1]))
        ],
    )
    return False


def _pack(samples: list[tuple[int, str, int, float]]) -> tuple[bytes, bytes]:
    days = np.array([s[2] for s in samples], dtype="<i4")
    values = np.array([s[3] for s in samples], dtype="<f8")
    order = np.argsort(days, kind="stable")
    return days[order].tobytes(), values[order].tobytes()

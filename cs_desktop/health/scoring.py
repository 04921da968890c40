"""The health score, vectorised over accounts and days.

Each indicator's raw value on each day is turned into 0-100 points by the scorecard of the stage
the account was in that day, and the score is the weighted mean of the points of the indicators
that are *present*: a missing input hands its weight to the others (it is never read as zero).
With no input present at all there is no score (NaN), shown as "no data".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from cs_desktop.health.inputs import STAGES, Events, HealthInputs
from cs_desktop.health.scorecard import (
    INDICATOR_CATALOG,
    Direction,
    IndicatorSpec,
    Linear,
    ScorecardSet,
    Source,
    Thresholds,
    Window,
)

Float32 = npt.NDArray[np.float32]
Bools = npt.NDArray[np.bool_]
CHUNK_ROWS = 512  # accounts per block: keeps each block's arrays in the CPU cache


def normalise(
    values: npt.NDArray[np.floating[Any]],
    spec_or_norm: IndicatorSpec | tuple[Linear | Thresholds, Direction],
) -> Float32:
    """Raw values to 0-100 points (any float array in, float32 out)."""
    if isinstance(spec_or_norm, IndicatorSpec):
        norm, direction = spec_or_norm.normalisation, spec_or_norm.direction
    else:
        norm, direction = spec_or_norm
    if isinstance(norm, Linear):
        scale = np.float32(100.0 / (norm.high - norm.low))
        points = (values.astype(np.float32, copy=False) - np.float32(norm.low)) * scale
        np.clip(points, 0, 100, out=points)
        if direction is Direction.LOWER:
            np.subtract(np.float32(100), points, out=points)
        return points
    index = np.searchsorted(
        np.asarray(norm.bounds, dtype=np.float64),
        values,
        side="right" if direction is Direction.HIGHER else "left",
    )
    return np.asarray(norm.points, dtype=np.float32)[index]


@dataclass(frozen=True)
class DailyValues:
    """One indicator's raw value on each day and whether it is present (fresh) that day."""

    values: Float32  # finite everywhere; meaningless where not present
    present: Bools


def daily_values(
    inputs: HealthInputs, key: str, window: Window, rows: slice | None = None
) -> DailyValues:
    """The raw daily value of indicator ``key`` for the account rows ``rows`` (default: all)."""
    rows = rows or slice(0, len(inputs.account_ids))
    count = rows.stop - rows.start
    source = INDICATOR_CATALOG[key].source
    if source is Source.SAMPLE:
        events = _block(inputs.samples.get(key, Events.empty()), rows)
        return _carried_forward(events, count, inputs.days, window.sample_stale_after_days)
    if source is Source.DM_RECENCY:
        return _recency(_block(inputs.dm_meetings, rows), count, inputs.days)
    if source is Source.PRODUCT_PULSE:
        events = _block(inputs.product_pulses, rows)
        return _trailing_share(events, count, inputs.days, window.pulse_window_days)
    if source is Source.SERVICE_PULSE:
        events = _block(inputs.service_pulses, rows)
        return _trailing_share(events, count, inputs.days, window.pulse_window_days)
    return _share_due_done(_block(inputs.milestones, rows), count, inputs.days)


def _block(events: Events, rows: slice) -> Events:
    # Events are sorted by row (see ``HealthInputs``), so a block of rows is a contiguous range.
    # Bounds of the rows' own type: other keys would make numpy convert the whole array.
    bounds = np.array([rows.start, rows.stop], dtype=events.rows.dtype)
    lo, hi = np.searchsorted(events.rows, bounds)
    block = Events(events.rows[lo:hi], events.days[lo:hi], events.values[lo:hi])
    if rows.start:
        return Events(block.rows - rows.start, block.days, block.values)
    return block


def _carried_forward(events: Events, count: int, days: int, stale: int) -> DailyValues:
    """Each day takes the latest sample at most ``stale`` days old (a weekly sample lasts).

    Built as runs: each sample holds from its day until the row's next sample, and each row
    starts with a run of "none yet" (column -1, value 0). Two ``np.repeat`` calls fill the
    block, about three times quicker than a running maximum over every day.
    """
    width = days + stale
    keep = (events.days >= -stale) & (events.days < days)
    cols = events.days[keep] + stale
    flat = events.rows[keep].astype(np.int64) * width + cols
    values = events.values[keep].astype(np.float32)
    if len(flat) > 1 and not bool(np.all(flat[1:] >= flat[:-1])):
        # Stable: of two samples on one day the later one wins, as in any assignment.
        order = np.argsort(flat, kind="stable")
        flat, cols, values = flat[order], cols[order], values[order]
    row_starts = np.arange(count, dtype=np.int64) * width
    at = np.searchsorted(flat, row_starts)  # before a sample on the row's first column
    bounds = np.insert(flat, at, row_starts)
    lengths = np.diff(bounds, append=np.int64(count * width))
    last = np.repeat(np.insert(cols, at, np.int32(-1)), lengths).reshape(count, width)
    value = np.repeat(np.insert(values, at, np.float32(0)), lengths).reshape(count, width)
    present = last[:, stale:] >= np.arange(days, dtype=np.int32)
    return DailyValues(np.ascontiguousarray(value[:, stale:]), present)


def _recency(events: Events, count: int, days: int) -> DailyValues:
    """Days since the latest event on or before each day; missing before the first event."""
    never = np.iinfo(np.int32).min // 2
    latest = np.full((count, days), never, dtype=np.int32)
    inside = (events.days >= 0) & (events.days < days)
    latest[events.rows[inside], events.days[inside]] = events.days[inside]
    before = events.days < 0
    if before.any():
        np.maximum.at(latest[:, 0], events.rows[before], events.days[before])
    np.maximum.accumulate(latest, axis=1, out=latest)
    present = latest > never
    values = (np.arange(days, dtype=np.int32) - latest).astype(np.float32)
    return DailyValues(np.where(present, values, np.float32(0)), present)


def _daily_counts(events: Events, count: int, days: int, lead: int) -> npt.NDArray[np.int32]:
    """Per row, the cumulative count of events and of their values, with a zero column first."""
    cols = np.clip(events.days + lead, 0, None)
    keep = cols < days + lead
    flat = events.rows[keep].astype(np.int64) * (days + lead) + cols[keep]
    size = count * (days + lead)
    answered = np.bincount(flat, minlength=size).reshape(count, days + lead)
    yes = np.bincount(flat, weights=events.values[keep], minlength=size).reshape(count, days + lead)
    stacked = np.zeros((2, count, days + lead + 1), dtype=np.int32)
    np.cumsum(answered, axis=1, out=stacked[0, :, 1:])
    np.cumsum(yes.astype(np.int32), axis=1, out=stacked[1, :, 1:])
    return stacked


def _trailing_share(events: Events, count: int, days: int, window: int) -> DailyValues:
    """Share of events valued 1 among those in the trailing ``window`` days (unknowns excluded)."""
    cum = _daily_counts(events.select(events.days > -window), count, days, window)
    # Window for day d (column d + window): columns d + 1 .. d + window of the daily counts.
    total = cum[0, :, window + 1 :] - cum[0, :, 1 : days + 1]
    yes = cum[1, :, window + 1 :] - cum[1, :, 1 : days + 1]
    present = total > 0
    share = np.divide(yes, total, out=np.zeros(total.shape, np.float32), where=present)
    return DailyValues(share.astype(np.float32, copy=False), present)


def _share_due_done(events: Events, count: int, days: int) -> DailyValues:
    """Share of the milestones due on or before each day that are marked done."""
    cum = _daily_counts(events, count, days, 0)
    total, done = cum[0, :, 1:], cum[1, :, 1:]
    present = total > 0
    share = np.divide(done, total, out=np.zeros(total.shape, np.float32), where=present)
    return DailyValues(share.astype(np.float32, copy=False), present)


@dataclass(frozen=True)
class _Term:
    """One way an indicator is scored: a normalisation and the weight it has in each stage."""

    key: str
    spec: IndicatorSpec
    stage_weight: Float32  # by stage code; 0 where the stage's scorecard scores it differently


def _terms(scorecards: ScorecardSet) -> list[_Term]:
    terms: list[_Term] = []
    for key in scorecards.indicator_keys:
        by_norm: dict[tuple[object, Direction], tuple[IndicatorSpec, list[float]]] = {}
        for code, stage in enumerate(STAGES):
            for spec in scorecards.for_stage(stage).indicators:
                if spec.key != key:
                    continue
                entry = by_norm.setdefault(
                    (spec.normalisation, spec.direction), (spec, [0.0] * len(STAGES))
                )
                entry[1][code] = spec.weight
        terms.extend(
            _Term(key, spec, np.asarray(weights, dtype=np.float32))
            for spec, weights in by_norm.values()
        )
    return terms


@dataclass(frozen=True)
class Components:
    """Per indicator, for each account row and day: raw value, points and nominal weight.

    ``weight`` is the indicator's weight in the scorecard in force that day (0 where that
    scorecard does not score it); ``values`` and ``points`` are NaN where it is missing.
    """

    keys: tuple[str, ...]
    values: Float32  # (indicator, row, day), NaN where missing
    points: Float32
    weight: Float32


@dataclass(frozen=True)
class Scores:
    score: Float32  # (row, day), NaN where no input was present
    components: Components | None
    present_today: Bools  # (indicator, row): a fresh input exists on the last day


def score_inputs(
    inputs: HealthInputs,
    scorecards: ScorecardSet,
    *,
    components: bool = False,
    chunk_rows: int = CHUNK_ROWS,
) -> Scores:
    """Score every account on every day of ``inputs``.

    Args:
        components: also return each indicator's values, points and weights (for explanations;
            costs memory in proportion to indicators x accounts x days, so ask for few accounts).
        chunk_rows: accounts per block.
    """
    terms = _terms(scorecards)
    count, days = len(inputs.account_ids), inputs.days
    score = np.full((count, days), np.nan, dtype=np.float32)
    keys = scorecards.indicator_keys
    parts = None
    if components:
        shape = (len(keys), count, days)
        parts = Components(
            keys,
            np.full(shape, np.nan, np.float32),
            np.full(shape, np.nan, np.float32),
            np.zeros(shape, np.float32),
        )
    present_today = np.zeros((len(keys), count), dtype=bool)
    for start in range(0, count, chunk_rows):
        rows = slice(start, min(start + chunk_rows, count))
        _score_block(inputs, scorecards.window, terms, rows, score, parts, present_today, keys)
    return Scores(score, parts, present_today)


def _score_block(
    inputs: HealthInputs,
    window: Window,
    terms: Sequence[_Term],
    rows: slice,
    score: Float32,
    parts: Components | None,
    present_today: Bools,
    keys: tuple[str, ...],
) -> None:
    stage = inputs.stage[rows]
    stage_index = stage.astype(np.intp)  # converted once, not by every term's lookup
    numerator = np.zeros(stage.shape, dtype=np.float32)
    denominator = np.zeros(stage.shape, dtype=np.float32)
    cache: dict[str, DailyValues] = {}
    for term in terms:
        daily = cache.get(term.key)
        if daily is None:
            daily = cache[term.key] = daily_values(inputs, term.key, window, rows)
            present_today[keys.index(term.key), rows] = daily.present[:, -1]
        weight = term.stage_weight.take(stage_index)
        if parts is not None:
            index = keys.index(term.key)
            scored = weight > 0
            parts.weight[index, rows][scored] = weight[scored]
        weight *= daily.present
        points = normalise(daily.values, term.spec)
        denominator += weight
        points *= weight
        numerator += points
        if parts is not None:
            used = weight > 0
            parts.values[index, rows][used] = daily.values[used]
            parts.points[index, rows][used] = points[used] / weight[used]
    np.divide(numerator, denominator, out=score[rows], where=denominator > 0)


def band_codes(
    score: Float32, stage: npt.NDArray[np.int8], scorecards: ScorecardSet
) -> npt.NDArray[np.int8]:
    """0 red, 1 yellow, 2 green, -1 no score; each day by the bands of the stage in force."""
    red_below = np.asarray(
        [scorecards.for_stage(s).bands.red_below for s in STAGES], dtype=np.float32
    )[stage]
    green_from = np.asarray(
        [scorecards.for_stage(s).bands.green_from for s in STAGES], dtype=np.float32
    )[stage]
    bands = np.where(score >= green_from, 2, np.where(score >= red_below, 1, 0)).astype(np.int8)
    bands[np.isnan(score)] = -1
    return bands


def mapping_of_weights(scorecards: ScorecardSet) -> Mapping[str, Mapping[str, float]]:
    """Stage -> indicator -> weight, for display."""
    return {
        stage.value: {spec.key: spec.weight for spec in scorecards.for_stage(stage).indicators}
        for stage in STAGES
    }

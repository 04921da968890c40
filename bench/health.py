"""Health figures on a generated store: portfolio recompute vs a naive loop, one-account recompute.

Run alone: ``python -m bench.health --accounts 1000`` (generates a sample portfolio in a temp
folder) or ``python -m bench.health --db STORE``.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from bench.figures import Figure, median_time
from cs_desktop.db import open_store
from cs_desktop.health.inputs import STAGES, HealthInputs, load_inputs
from cs_desktop.health.portfolio import portfolio_health
from cs_desktop.health.scorecard import (
    INDICATOR_CATALOG,
    Direction,
    IndicatorSpec,
    Linear,
    ScorecardSet,
    Source,
)
from cs_desktop.health.service import compute_account_health, default_scorecards
from cs_desktop.ids import AccountId

NAIVE_ACCOUNTS = 40


def _naive_points(value: float, spec: IndicatorSpec) -> float:
    norm = spec.normalisation
    if isinstance(norm, Linear):
        points = min(max((value - norm.low) / (norm.high - norm.low), 0.0), 1.0) * 100
        return 100 - points if spec.direction is Direction.LOWER else points
    index = 0
    for bound in norm.bounds:
        if value > bound or (spec.direction is Direction.HIGHER and value == bound):
            index += 1
    return norm.points[index]


def naive_scores(inputs: HealthInputs, cards: ScorecardSet, rows: range) -> list[list[float]]:
    """The same scores by a straightforward per-account, per-day pure-Python loop."""
    stale, window = cards.window.sample_stale_after_days, cards.window.pulse_window_days

    def per_row(events: object, row: int) -> list[tuple[int, float]]:
        mask = events.rows == row  # type: ignore[attr-defined]
        days = events.days[mask].tolist()  # type: ignore[attr-defined]
        return sorted(zip(days, events.values[mask].tolist(), strict=True))  # type: ignore[attr-defined]

    result = []
    for row in rows:
        samples = {key: per_row(events, row) for key, events in inputs.samples.items()}
        meetings = [d for d, _ in per_row(inputs.dm_meetings, row)]
        pulses = {
            Source.PRODUCT_PULSE: per_row(inputs.product_pulses, row),
            Source.SERVICE_PULSE: per_row(inputs.service_pulses, row),
        }
        milestones = per_row(inputs.milestones, row)
        scores = []
        for day in range(inputs.days):
            card = cards.for_stage(STAGES[int(inputs.stage[row, day])])
            total = weights = 0.0
            for spec in card.indicators:
                source = INDICATOR_CATALOG[spec.key].source
                value = None
                if source is Source.SAMPLE:
                    for sample_day, sample_value in samples.get(spec.key, []):
                        if sample_day <= day and day - sample_day <= stale:
                            value = sample_value
                elif source is Source.DM_RECENCY:
                    past = [d for d in meetings if d <= day]
                    value = float(day - max(past)) if past else None
                elif source in pulses:
                    answers = [v for d, v in pulses[source] if day - window < d <= day]
                    value = sum(answers) / len(answers) if answers else None
                else:
                    due = [v for d, v in milestones if d <= day]
                    value = sum(due) / len(due) if due else None
                if value is not None:
                    total += spec.weight * _naive_points(value, spec)
                    weights += spec.weight
            scores.append(total / weights if weights else float("nan"))
        result.append(scores)
    return result


def _raw_sample_scan(db_path: Path, since: str) -> None:
    with closing(sqlite3.connect(db_path)) as raw:
        raw.execute(
            "SELECT account_id, indicator_key, sample_date, value FROM health_sample "
            "WHERE sample_date >= ?",
            (since,),
        ).fetchall()


def _raw_account_reads(raw: sqlite3.Connection, account_id: int, since: str) -> None:
    raw.execute("SELECT stage, renewal_date FROM account WHERE id = ?", (account_id,)).fetchall()
    raw.execute(
        "SELECT indicator_key, sample_date, value FROM health_sample WHERE account_id = ? "
        "AND sample_date >= ?",
        (account_id, since),
    ).fetchall()
    raw.execute(
        "SELECT occurred_at, kind, product_satisfied, service_satisfied FROM touchpoint "
        "WHERE account_id = ?",
        (account_id,),
    ).fetchall()
    raw.execute("SELECT * FROM stage_change WHERE account_id = ?", (account_id,)).fetchall()


def measure(db_path: Path, today: date | None = None) -> list[Figure]:
    """Portfolio recompute (vs a naive per-account loop) and one-account recompute figures."""
    cards = default_scorecards()
    store = open_store(db_path)
    with closing(sqlite3.connect(db_path)) as raw:
        last = raw.execute("SELECT max(sample_date) FROM health_sample").fetchone()[0]
    today = today or date.fromisoformat(last)
    since = (today - timedelta(days=730 + cards.window.sample_stale_after_days)).isoformat()
    figures = []
    with store.engine.connect() as connection:
        # The floor runs first so that both reads find the file in the page cache.
        floor_started = time.perf_counter()
        _raw_sample_scan(db_path, since)
        floor_seconds = time.perf_counter() - floor_started
        started = time.perf_counter()
        inputs = load_inputs(connection, today, cards.window)
        load_seconds = time.perf_counter() - started
        accounts = len(inputs.account_ids)
        figures.append(
            Figure(
                f"load health inputs of {accounts:,} accounts x {inputs.days} days (once, "
                "at start; no target)",
                load_seconds,
                floor_seconds,
                floor_name="raw sqlite3 scan of the samples alone",
            )
        )
        app = median_time(lambda: portfolio_health(inputs, cards), repeat=3, warmup=1)
        subset = range(min(NAIVE_ACCOUNTS, accounts))
        started = time.perf_counter()
        naive = naive_scores(inputs, cards, subset)
        naive_seconds = (time.perf_counter() - started) * accounts / len(subset)
        fast = portfolio_health(inputs, cards).scores[: len(subset)]
        assert np.allclose(fast, np.array(naive), atol=1e-3, equal_nan=True), "naive != fast"
        figures.append(
            Figure(
                f"recompute every score and daily trajectory ({accounts:,} accounts x "
                f"{inputs.days} days, from loaded inputs; {naive_seconds / app:,.0f}x faster "
                "than the naive loop)",
                app,
                naive_seconds,
                max_seconds=2.0,
                floor_name=f"naive per-account, per-day Python loop measured on {len(subset)} "
                f"accounts and scaled x{accounts / len(subset):.0f}",
            )
        )
        rng = np.random.default_rng(1)
        picks = [AccountId(int(a)) for a in rng.choice(inputs.account_ids, 25)]
        position = iter(range(10**9))

        def one() -> None:
            pick = picks[next(position) % len(picks)]
            compute_account_health(connection, pick, today, scorecards=cards)

        one_seconds = median_time(one, repeat=25)
        with closing(sqlite3.connect(db_path)) as raw:
            floor = median_time(
                lambda: _raw_account_reads(raw, picks[next(position) % len(picks)], since),
                repeat=25,
            )
        figures.append(
            Figure(
                "recompute one account after an edit (DB reads + 730-day trajectory)",
                one_seconds,
                floor,
                max_seconds=0.020,
                floor_name="raw sqlite3 reads of its rows",
            )
        )
    store.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.health")
    parser.add_argument("--accounts", type=int, default=1000)
    parser.add_argument("--db", type=Path, help="an existing generated store (skips generation)")
    args = parser.parse_args()
    db_path = args.db
    if db_path is None:
        from cs_desktop.demo.generator import generate_portfolio

        db_path = Path(tempfile.mkdtemp(prefix="cs-desktop-health-")) / "generated.sqlite3"
        store = open_store(db_path)
        summary = generate_portfolio(store, accounts=args.accounts, seed=7)
        store.close()
        print(
            f"generated {summary.accounts:,} accounts, {summary.health_samples:,} samples "
            f"in {summary.seconds:.0f} s ({db_path})"
        )
    figures = measure(db_path)
    for figure in figures:
        print(figure.line(), flush=True)
    return 0 if all(figure.within_target for figure in figures) else 1


if __name__ == "__main__":
    sys.exit(main())

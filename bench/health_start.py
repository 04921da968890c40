"""Start-up background work: a store's first start, a second one, the next day's, recomputing.

The app keeps computed scores and the day's early-warning checks in the store; a second start
with nothing changed reads them instead of recomputing. Each start runs in its own process
(``python -m bench.health_start STORE``), which prints one JSON object.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from contextlib import closing
from datetime import date
from pathlib import Path

from bench.figures import Figure, median_time


def main(db_path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from cs_desktop.db import open_store
    from ui.main.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    store = open_store(db_path)
    window = MainWindow(store)
    window.show()

    def wait_for(signal: object, timeout_ms: int) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()

    wait_for(window.portfolio_loaded, 60_000)
    app.processEvents()
    started = time.perf_counter()
    if window.health.portfolio is None:
        wait_for(window.health.updated, 600_000)
    scored = time.perf_counter()
    if window.warnings.is_busy():
        wait_for(window.warnings.idle, 1_800_000)
    # What was computed is kept on the writer, and the samples packed: part of the cost.
    while window.runner.busy() or window.health.is_packing():
        app.processEvents()
        time.sleep(0.005)
    finished = time.perf_counter()
    kept = window.health.kept
    assert kept is not None
    print(
        json.dumps(
            {
                "background_s": finished - started,
                "scoring_s": scored - started,
                "recomputed": len(kept.recomputed),
                "extended": len(kept.extended),
                "warnings_kept": len(kept.warnings),
                "accounts": len(kept.portfolio.accounts),
            }
        ),
        flush=True,
    )
    window.runner.shutdown()
    os._exit(0)


def _start(copy: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    result = subprocess.run(
        [sys.executable, "-m", "bench.health_start", str(copy)],
        capture_output=True,
        text=True,
        env=env,
        timeout=3600,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"bench.health_start failed: {result.stdout}{result.stderr}")
    data: dict[str, float] = json.loads(lines[-1])
    return data


def measure(store: Path) -> list[Figure]:
    """Two starts of a copy of ``store`` (the first keeps what it computes), then a recompute."""
    copy = store.with_name("health-start-copy.sqlite3")
    copy.unlink(missing_ok=True)
    with closing(sqlite3.connect(store)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    with closing(sqlite3.connect(copy)) as connection:  # a store never started by this build
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if "health_score_cache" in tables:
            connection.execute("DELETE FROM health_score_cache")
            connection.commit()
    first = _start(copy)
    second = _start(copy)
    # The next morning: every kept row one day old, so each trajectory gains a day and every
    # account's early warnings are read again.
    with closing(sqlite3.connect(copy)) as connection:
        connection.execute("UPDATE health_score_cache SET through = date(through, '-1 day')")
        connection.commit()
    next_day = _start(copy)

    times, scoring_s, samples = _recompute_every_score(copy)
    return [
        Figure(
            f"first start: scoring and early warnings in the background "
            f"({first['recomputed']:.0f} accounts computed; no target)",
            first["background_s"],
        ),
        Figure(
            f"second start, nothing changed ({second['recomputed']:.0f} accounts computed, "
            f"{second['warnings_kept']:.0f} warning checks kept)",
            second["background_s"],
            max_seconds=3.0,
        ),
        Figure(
            f"a start the next day ({next_day['extended']:.0f} trajectories extended by a day, "
            "every account's warnings read again; no target)",
            next_day["background_s"],
        ),
        Figure(
            f"recompute every score: read every input ({samples:,} health samples) and score "
            f"every day (median of {len(times)}, min {min(times):.2f} s)",
            statistics.median(times),
            scoring_s,
            max_seconds=2.0,
            floor_name="the scoring alone, from inputs already read",
        ),
    ]


def _recompute_every_score(store: Path, repeat: int = 5) -> tuple[list[float], float, int]:
    """What a recompute of every score costs on a store its starts have kept: the times of
    ``repeat`` recomputes (reads included), the scoring alone, and how many samples it read."""
    from cs_desktop.db import open_store
    from cs_desktop.health.inputs import load_inputs
    from cs_desktop.health.portfolio import portfolio_health
    from cs_desktop.health.service import compute_portfolio_health, default_scorecards

    cards = default_scorecards()
    opened = open_store(store)
    times = []
    with opened.engine.connect() as connection:
        for _ in range(repeat):
            began = time.perf_counter()
            compute_portfolio_health(connection, date.today(), scorecards=cards)
            times.append(time.perf_counter() - began)
        inputs = load_inputs(connection, date.today(), cards.window)
        samples = connection.exec_driver_sql("SELECT count(*) FROM health_sample").scalar_one()
    scoring_s = median_time(lambda: portfolio_health(inputs, cards), repeat=repeat, warmup=0)
    opened.close()
    return times, scoring_s, int(samples)


if __name__ == "__main__":
    main(Path(sys.argv[1]))

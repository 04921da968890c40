"""My day painted: from asking for it to the tree painted with every group, on the big store.

Run as its own process (``python -m bench.my_day STORE``) on a copy of the generated store
(``bench.__main__`` makes it); prints one JSON object. The generated store has no early
warnings recorded (the app records them as it scores), so the copy gets one episode for every
twentieth account first, as a book a few weeks into use would hold.

The floor, measured in the same process: the very SQL statements My day runs, with the same
parameters, executed and fetched through the bare ``sqlite3`` driver (no rows built, nothing
drawn).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.figures import Figure
from bench.generation import TODAY

RUNS = 15
WARNING_EVERY = 20


def measure(store: Path) -> list[Figure]:
    """The figure, from an app process on a copy of ``store``."""
    from bench.app_process import run_on_copy

    data = run_on_copy("bench.my_day", store)
    counts = ", ".join(f"{count:,} {name}" for name, count in data["counts"].items())
    return [
        Figure(
            f"My day painted (median of {RUNS}; {counts})",
            data["painted_median_s"],
            data["floor_median_s"],
            max_seconds=0.150,
            floor_name="its SQL through bare sqlite3",
        ),
        Figure(
            "My day painted: processor time of the same (no target; reads a loaded machine)",
            data["painted_cpu_median_s"],
        ),
    ]


def _add_warnings(path: Path) -> None:
    """One early-warning episode for every twentieth account, as the app would record it."""
    with closing(sqlite3.connect(path)) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM account ORDER BY id")]
        rows = [
            (
                account_id,
                ("score_drop", "no_decision_maker", "unsatisfied_pulses")[i % 3],
                (TODAY - timedelta(days=i % 30)).isoformat(),
                (TODAY - timedelta(days=i % 7)).isoformat(),
            )
            for i, account_id in enumerate(ids[::WARNING_EVERY])
        ]
        connection.executemany(
            "INSERT OR IGNORE INTO health_warning (uid, created_at, updated_at, account_id, "
            "rule_key, episode_start, fired_on, detail) "
            "VALUES (randomblob(16), 0, 0, ?, ?, ?, ?, '')",
            rows,
        )
        connection.commit()


class _Recorder:
    """A connection that runs each statement and remembers it, for the floor to replay."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self.statements: list[tuple[str, tuple[Any, ...]]] = []

    def exec_driver_sql(self, sql: str, parameters: tuple[Any, ...] = ()) -> Any:
        self.statements.append((sql, parameters))
        return self.connection.exec_driver_sql(sql, parameters)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("store", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from cs_desktop.db import open_store
    from cs_desktop.my_day import Group, load_my_day
    from ui.my_day.my_day_view import MyDayView
    from ui.tasks import ChangeHub, TaskRunner

    app = QApplication(sys.argv[:1])
    open_store(args.store).close()  # at the current schema before the rows are added
    _add_warnings(args.store)
    store = open_store(args.store)
    hub = ChangeHub()
    runner = TaskRunner(store, hub)
    view = MyDayView(runner, hub, QUndoStack(), today=lambda: TODAY)
    view.resize(1400, 900)
    view.show()

    cpu: list[float] = []

    def painted_after(start: Any) -> float:
        loop = QEventLoop()
        view.painted.connect(loop.quit)
        began, began_cpu = time.perf_counter(), time.process_time()
        start()
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        view.painted.disconnect(loop.quit)
        cpu.append(time.process_time() - began_cpu)  # every thread's: the reader's and the GUI's
        return time.perf_counter() - began

    for _ in range(2):  # warm: the first reading loads the cadence and playbooks
        painted_after(view.reload)
    cpu.clear()
    painted = [painted_after(view.reload) for _ in range(RUNS)]
    day = view.day
    assert day is not None

    with store.engine.connect() as connection:
        recorder = _Recorder(connection)
        load_my_day(recorder, TODAY)  # type: ignore[arg-type]
    floors = []
    with closing(sqlite3.connect(f"{args.store.resolve().as_uri()}?mode=ro", uri=True)) as raw:
        for _ in range(2 + RUNS):
            began = time.perf_counter()
            for sql, parameters in recorder.statements:
                raw.execute(sql, parameters).fetchall()
            floors.append(time.perf_counter() - began)
    runner.shutdown()
    print(
        json.dumps(
            {
                "painted_median_s": statistics.median(painted),
                "painted_cpu_median_s": statistics.median(cpu),
                "floor_median_s": statistics.median(floors[2:]),
                "counts": {group.value: len(day.group(group)) for group in Group},
                "today": date.isoformat(TODAY),
            }
        ),
        flush=True,
    )
    app.quit()
    os._exit(0)


if __name__ == "__main__":
    main()

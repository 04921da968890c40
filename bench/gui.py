"""In-app figures: opening account workspaces, GUI-thread stalls under load, memory.

Run as its own process (``python -m bench.gui STORE``) so its Qt application and memory are
its own; prints one JSON object that ``bench.__main__`` turns into figures.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


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

    def wait_for(signal: object, timeout_ms: int = 60_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()

    wait_for(window.portfolio_loaded)
    app.processEvents()
    # Measure the steady state: after the start-up scoring and early-warning checks, which
    # run in the background once the portfolio is on screen.
    started = time.perf_counter()
    if window.health.portfolio is None:
        wait_for(window.health.updated, timeout_ms=600_000)
    if window.warnings.is_busy():
        wait_for(window.warnings.idle, timeout_ms=1_800_000)
    startup_background_s = time.perf_counter() - started
    ids = [window.model.account_id(row) for row in range(window.model.rowCount())]
    rng = random.Random(3)

    # Opening an account: from the request to the workspace painted with its data and chart.
    # The paint is forced at once: the event loop would first run the work deferred until
    # after it (building the next spare workspace, the Health tab's read), which the user
    # does not wait for.
    open_times, settled_times = [], []
    for account_id in rng.sample(ids, 21):
        start = time.perf_counter()
        workspace = window.open_account(account_id)
        wait_for(workspace.loaded)
        window.repaint()
        open_times.append(time.perf_counter() - start)
        app.processEvents()
        settled_times.append(time.perf_counter() - start)
        window._on_tabs_close_requested(window.tabs.indexOf(workspace))
        app.processEvents()

    # Memory with the portfolio and five accounts open.
    for account_id in rng.sample(ids, 5):
        wait_for(window.open_account(account_id).loaded)
    app.processEvents()
    rss = _rss_mb()

    # GUI-thread stalls while background work runs: an import of 10,000 accounts on the writer
    # thread, then the health recompute it triggers on a reader thread. A heartbeat timer ticks
    # every 5 ms; the longest gap between ticks is the longest freeze a user would feel.
    ticks: list[float] = []
    heartbeat = QTimer(interval=5)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    background = _start_background_load(window, db_path)
    ticks.append(time.perf_counter())
    heartbeat.start()
    wait_for(background.finished, timeout_ms=600_000)  # type: ignore[attr-defined]
    import_done = time.perf_counter()
    wait_for(window.health.updated, timeout_ms=600_000)
    recompute_done = time.perf_counter()
    settle = QEventLoop()
    QTimer.singleShot(1000, settle.quit)  # the refreshes that follow
    settle.exec()
    heartbeat.stop()
    window.runner.shutdown()

    def longest(start: float, end: float) -> float:
        gaps = [b - a for a, b in itertools.pairwise(ticks) if start <= b <= end]
        return max(gaps, default=float("nan"))

    print(
        json.dumps(
            {
                "open_account_median_s": statistics.median(open_times),
                "open_account_settled_median_s": statistics.median(settled_times),
                "rss_mb": rss,
                "max_stall_import_s": longest(0, import_done),
                "max_stall_recompute_s": longest(import_done, recompute_done),
                "max_stall_refresh_s": longest(recompute_done, float("inf")),
                "import_s": import_done - ticks[0],
                "startup_background_s": startup_background_s,
                "stall_job": background.objectName(),
            }
        ),
        flush=True,
    )
    os._exit(0)


def _start_background_load(window: object, db_path: Path) -> object:
    """Import a 10,000-row accounts file in the background; returns its LongTask."""
    import csv
    import tempfile

    from ui.main.importing import run_import

    folder = Path(tempfile.mkdtemp(prefix="cs-desktop-bench-import-"))
    path = folder / "accounts.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "domain", "tier", "arr", "currency", "renewal_date", "stage"])
        for i in range(10_000):
            writer.writerow(
                [
                    f"Imported {i}",
                    f"imported{i}.example",
                    "smb",
                    12000 + i,
                    "USD",
                    "2027-01-31",
                    "service",
                ]
            )
    started: list[object] = []
    window.runner.long_task_started.connect(started.append)  # type: ignore[attr-defined]
    run_import(window, window.runner, "accounts", path)  # type: ignore[attr-defined]
    task = started[0]
    task.setObjectName("import of 10,000 accounts")  # type: ignore[attr-defined]
    return task


if __name__ == "__main__":
    main(Path(sys.argv[1]))

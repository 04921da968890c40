"""Editing in the app: an edit saved and its account's score refreshed; a usage import's stalls.

Run as its own process (``python -m bench.editing STORE [--days N]``) on a store with a
portfolio (``bench.__main__`` runs it on a copy of the generated one); prints one JSON object.

- Edit to score: from the save (``ui.operations.save_records``, as every editor saves) until the
  health feed has recomputed the account and announced it: what a CSM waits for before the
  score on screen follows what they typed. Edits alternate between the account's ARR, a new
  risk and a logged touchpoint.
- Stalls: a heartbeat ticks every 5 ms on the GUI thread while a usage export (every account x
  ``days`` days) is imported from the window; the longest gap is the longest freeze.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.figures import Figure

EDITS = 30


def measure(store: Path, days: int = 100) -> list[Figure]:
    """The figures, from an app process on a copy of ``store``."""
    from bench.app_process import run_on_copy

    data = run_on_copy("bench.editing", store, "--days", str(days))
    return [
        Figure(
            "an edit saved and its account's score refreshed (median of "
            f"{EDITS}; slowest {data['edit_to_score_max_s'] * 1000:.0f} ms)",
            data["edit_to_score_median_s"],
            max_seconds=0.050,
        ),
        Figure(
            f"longest GUI-thread stall during a usage import from the window "
            f"({data['usage_rows']:,} rows, {data['usage_import_s']:.1f} s)",
            data["usage_import_max_stall_s"],
            max_seconds=0.050,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("store", type=Path)
    parser.add_argument("--days", type=int, default=100, help="days of usage per account (100)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from cs_desktop.db import open_store
    from ui.main.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    store = open_store(args.store)
    window = MainWindow(store)
    window.show()

    def wait_for(signal: Any, timeout_ms: int = 60_000, until: Any = None) -> None:
        loop = QEventLoop()

        def heard(*values: object) -> None:
            if until is None or until(*values):
                loop.quit()

        signal.connect(heard)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(heard)

    wait_for(window.portfolio_loaded)
    if window.health.portfolio is None:
        wait_for(window.health.updated, timeout_ms=600_000)
    if window.warnings.is_busy():
        wait_for(window.warnings.idle, timeout_ms=1_800_000)
    ids = [window.model.account_id(row) for row in range(window.model.rowCount())]
    edit_times = _edits(window, wait_for, random.Random(5).sample(ids, EDITS))
    stall, import_s, rows = _usage_import_stalls(window, wait_for, store, args.days)
    window.runner.shutdown()
    print(
        json.dumps(
            {
                "edit_to_score_median_s": statistics.median(edit_times),
                "edit_to_score_max_s": max(edit_times),
                "usage_import_max_stall_s": stall,
                "usage_import_s": import_s,
                "usage_rows": rows,
            }
        ),
        flush=True,
    )
    app.processEvents()
    os._exit(0)


def _edits(window: Any, wait_for: Any, account_ids: list[int]) -> list[float]:
    from cs_desktop.models import Account, Risk, RiskCategory, Touchpoint, TouchpointKind
    from cs_desktop.record_edits import create_record, update_record
    from ui.operations import save_records

    def write_for(kind: int, account_id: int) -> Any:
        def write(session: Any) -> Any:
            if kind == 0:
                arr = session.get(Account, account_id).arr
                return update_record(session, Account, account_id, {"arr": arr + 1})
            if kind == 1:
                return create_record(
                    session,
                    Risk,
                    {
                        "account_id": account_id,
                        "category": RiskCategory.ADOPTION,
                        "found_on": date.today(),
                        "note": "Usage fell after the reorganisation",
                    },
                )
            return create_record(
                session,
                Touchpoint,
                {
                    "account_id": account_id,
                    "kind": TouchpointKind.CALL,
                    "occurred_at": datetime.now(tz=UTC) - timedelta(minutes=5),
                    "title": "Check-in call",
                    "notes": "Discussed the rollout",
                },
            )

        return write

    times = []
    for index, account_id in enumerate(account_ids):
        start = time.perf_counter()
        save_records(
            window.undo_stack, window.runner, "bench edit", write_for(index % 3, account_id)
        )
        # The feed recomputes the edited account and announces the portfolio with it.
        wait_for(window.health.updated, timeout_ms=30_000)
        times.append(time.perf_counter() - start)
    return times


def _usage_import_stalls(
    window: Any, wait_for: Any, store: Any, days: int
) -> tuple[float, float, int]:
    from PySide6.QtCore import QTimer
    from sqlalchemy import select

    from cs_desktop.models import Account
    from ui.main.importing import run_import

    with store.read() as session:
        uids = [str(uid) for uid in session.scalars(select(Account.uid))]
    folder = Path(tempfile.mkdtemp(prefix="cs-desktop-bench-usage-"))
    path = folder / "usage.csv"
    first = date.today() - timedelta(days=days)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["account_uid", "date", "login_rate"])
        for day in range(days):
            text = (first + timedelta(days=day)).isoformat()
            writer.writerows(
                (uid, text, f"{(n * 7 + day) % 100 / 100:.2f}") for n, uid in enumerate(uids)
            )
    ticks: list[float] = []
    heartbeat = QTimer(interval=5)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    started: list[Any] = []
    window.runner.long_task_started.connect(started.append)
    ticks.append(time.perf_counter())
    heartbeat.start()
    run_import(window, window.runner, "usage", path)
    task = started[0]
    wait_for(task.finished, timeout_ms=1_800_000)
    done = time.perf_counter()
    heartbeat.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks) if b <= done]
    return max(gaps, default=float("nan")), done - ticks[0], len(uids) * days


if __name__ == "__main__":
    main()

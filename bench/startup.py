"""Cold start to the first painted portfolio, against a bare PySide6 window (the floor)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.figures import Figure

FLOOR_SCRIPT = """
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, leave)
        return False
def leave():
    sys.stdout.write("first-paint\\n")
    sys.stdout.flush()
    os._exit(0)
probe = Probe()
window.installEventFilter(probe)
window.resize(1280, 800)
window.show()
app.exec()
"""


def _time_process(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    elapsed = time.perf_counter() - start
    if "first-paint" not in result.stdout:
        raise RuntimeError(f"{command} did not paint: {result.stdout}{result.stderr}")
    return elapsed


def measure_startup(db_path: Path, runs: int = 7) -> Figure:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "CS_DESKTOP_EXIT_AFTER_FIRST_PAINT": "1",
    }
    app_command = [sys.executable, "-m", "ui.launcher", "--db", str(db_path)]
    floor_command = [sys.executable, "-c", FLOOR_SCRIPT]
    _time_process(app_command, env)  # warm the file cache for both, as a user's second start
    _time_process(floor_command, env)
    app_times, floor_times = [], []
    for _ in range(runs):  # interleaved so both see the same machine state
        app_times.append(_time_process(app_command, env))
        floor_times.append(_time_process(floor_command, env))
    return Figure(
        "cold start to first painted portfolio",
        statistics.median(app_times),
        statistics.median(floor_times),
        max_seconds=1.0,
        max_ratio=4.0,
        floor_name="PySide6 + empty QMainWindow",
    )

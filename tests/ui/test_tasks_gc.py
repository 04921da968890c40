"""Reference cycles made on worker threads are collected on the GUI thread, never on a worker."""

from __future__ import annotations

import gc
import threading

from ui.tasks import ChangeHub, TaskRunner

CYCLES = 5000  # several times the youngest generation's threshold


def test_cyclic_garbage_from_a_worker_is_collected_on_the_gui_thread(qtbot, store) -> None:
    runner = TaskRunner(store, ChangeHub())
    freed_on: list[threading.Thread] = []

    class Cycle:
        """Freed only by a collection, like a pyqtgraph item; records where that happened."""

        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            freed_on.append(threading.current_thread())

    def make_cycles(_connection: object) -> None:
        for _ in range(CYCLES):
            Cycle()

    try:
        assert not gc.isenabled()  # no automatic collection on whatever thread allocates
        runner.read("make cycles", make_cycles, lambda _result: None)
        qtbot.waitUntil(lambda: len(freed_on) == CYCLES, timeout=10_000)
        assert set(freed_on) == {threading.main_thread()}
    finally:
        runner.shutdown()

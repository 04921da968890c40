"""What worker threads make or hold is freed on the GUI thread, never on a worker: cycles they
make, and the callbacks (closures over widgets) of the jobs they run."""

from __future__ import annotations

import gc
import threading
from concurrent.futures import Future
from typing import Any

import pytest

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


@pytest.mark.parametrize("outcome", ["result", "error"])
def test_a_jobs_callbacks_are_freed_on_the_gui_thread(qtbot, store, outcome: str) -> None:
    # The executor lets go of a finished job (its future, the future's callbacks) on the worker,
    # after the GUI thread may already have delivered the result. A widget that only those
    # callbacks keep alive (a closed test widget, a top-level window) must not be freed there:
    # its C++ destructor would run on the worker while the GUI thread uses it.
    runner = TaskRunner(store, ChangeHub())
    freed_on: list[threading.Thread] = []
    start, delivered, let_go = threading.Event(), threading.Event(), threading.Event()

    class Owner:
        """Stands for a widget Python owns: freed by reference counting, wherever it drops."""

        def __del__(self) -> None:
            freed_on.append(threading.current_thread())

    def submit() -> Future[Any]:
        owner = Owner()  # referenced by the work and by both callbacks only

        def work(_connection: object) -> str:
            start.wait(10)
            if outcome == "error":
                raise OSError(f"{owner!r} failed")  # the frame keeps ``owner`` in its traceback
            return repr(owner)  # results are plain data (the core knows no widget)

        return runner.read(
            "hold a widget",
            work,
            lambda result: (result == repr(owner), delivered.set()),
            lambda error: (owner, delivered.set()),
        )

    try:
        future = submit()
        # The worker runs this after queueing the delivery, and holds its work item until then.
        future.add_done_callback(lambda _done: let_go.wait(10))
        start.set()
        qtbot.waitUntil(delivered.is_set, timeout=10_000)
        del future
        let_go.set()
        qtbot.waitUntil(lambda: bool(freed_on), timeout=10_000)
        assert freed_on == [threading.main_thread()]
    finally:
        let_go.set()
        runner.shutdown()

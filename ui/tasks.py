"""Running core work off the GUI thread and bringing results back to it.

All writes go through one writer thread (SQLite has one writer; a queue keeps edits in order,
as Anki's collection executor does); reads use a small pool. Callbacks always run on the GUI
thread. After a successful write the hub announces its :class:`Changes`, and views refresh.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from cs_desktop.changes import Changes
from cs_desktop.cipher import ERRORS
from cs_desktop.errors import user_message

if TYPE_CHECKING:
    from cs_desktop.db import Store
    from cs_desktop.deferred_store import DeferredStore

T = TypeVar("T")

log = logging.getLogger(__name__)


def message_for(error: Exception) -> str:
    """The text to show where a failed job's result should have been. Thread: GUI.

    An error the user can act on gives its message. A bug also goes to the app's hook (log and
    crash dialog; under pytest-qt, a failed test) and shows as its one-line summary.
    """
    message = user_message(error)
    if message is None:
        sys.excepthook(type(error), error, error.__traceback__)
        return f"{type(error).__name__}: {error}"
    return message


class ChangeHub(QObject):
    """Announces every change made through the app; views decide whether they care."""

    changes_applied = Signal(object)  # Changes; always emitted on the GUI thread


class _ToMain(QObject):
    """Carries callables from worker threads to the GUI thread (Picard's ``to_main``)."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, function: Callable[[], None]) -> None:
        function()


class LongTask(QObject):
    """A cancellable job with progress. ``progress`` may be emitted on a worker thread."""

    progress = Signal(int, int)
    detail_changed = Signal(str)
    finished = Signal()

    def __init__(self, label: str, *, cancellable: bool = True) -> None:
        super().__init__()
        self.label = label
        self.detail = ""  # where the job stands, in words, when it cannot count to a total
        self.counted = (0, 0)  # the last progress reported: done of total (0 total: busy)
        self.cancellable = cancellable
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        self.counted = (done, total)
        self.progress.emit(done, total)

    def describe(self, detail: str) -> None:
        """Say where the job stands (e.g. "12,300 notes received"); any thread."""
        self.detail = detail
        self.detail_changed.emit(detail)


class TaskRunner(QObject):
    """Runs reads and writes on worker threads; see the module docstring."""

    failed = Signal(str, str)  # what was being done, the error message
    long_task_started = Signal(object)  # LongTask

    def __init__(self, store: Store | DeferredStore, hub: ChangeHub) -> None:
        super().__init__()
        install_gui_thread_collector()  # worker threads must never destroy Qt objects
        limit_heap_arenas()  # before the pools start their threads
        self.store = store
        self.hub = hub
        self._to_main = _ToMain()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cs-db-writer")
        self._readers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="cs-db-reader")
        self._pending: set[Future[Any]] = set()
        self._closed = False

    def report_failure(self, what: str, error: Exception) -> None:
        """Tell the user that ``what`` failed. Thread: GUI.

        An error the user can act on (a full disk, a read-only folder, the network, the app's
        own refusals) is logged and becomes ``failed(what, message)``. Anything else is a bug:
        it is raised again here, in a slot, where the app's hook shows the crash dialog (and
        pytest-qt fails the test).
        """
        message = user_message(error)
        if message is None:
            raise error
        log.warning("%s failed: %s", what, message, exc_info=error)
        self.failed.emit(what, message)

    def on_main(self, function: Callable[[], None]) -> None:
        self._to_main.call.emit(function)

    def opened_store(self) -> Store:
        """The store itself, opening a deferred one. Thread: a worker (opening does I/O)."""
        from cs_desktop.deferred_store import DeferredStore

        store = self.store
        return store.opened() if isinstance(store, DeferredStore) else store

    def read(
        self,
        what: str,
        work: Callable[[Any], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> Future[T]:
        """Run ``work(connection)`` on a reader thread; ``on_done(result)`` on the GUI thread."""

        def job() -> T:
            with self.store.engine.connect() as connection:
                return work(connection)

        return self._submit(self._readers, what, job, on_done, on_error, changes_of=None)

    def background(
        self,
        what: str,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> Future[T]:
        """Run ``work()`` (file I/O that needs no connection) on a reader thread."""
        return self._submit(self._readers, what, work, on_done, on_error, changes_of=None)

    def write(
        self,
        what: str,
        work: Callable[[Any], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        changes_of: Callable[[T], Changes] | None = None,
    ) -> Future[T]:
        """Run ``work(session)`` as one transaction on the writer thread.

        On success the hub announces ``changes_of(result)`` (or the result itself when it is a
        :class:`Changes`) before ``on_done`` runs, both on the GUI thread.
        """

        def job() -> T:
            with self.store.write() as session:
                return work(session)

        return self._submit(
            self._writer, what, job, on_done, on_error, changes_of=changes_of or _as_changes
        )

    def run_long(
        self,
        task: LongTask,
        work: Callable[[LongTask], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None] | None = None,
        *,
        writes: bool = False,
        changes_of: Callable[[T], Changes] | None = None,
    ) -> Future[T]:
        """Run a long job with progress and cancel; writers queue behind other writes."""
        self.long_task_started.emit(task)

        def finish(result: T) -> None:
            task.finished.emit()
            on_done(result)

        def fail(error: Exception) -> None:
            task.finished.emit()
            if on_error is not None:
                on_error(error)
            else:
                self.report_failure(task.label, error)

        def job() -> T:
            with _collector_paused():
                return work(task)

        pool = self._writer if writes else self._readers
        return self._submit(pool, task.label, job, finish, fail, changes_of=changes_of)

    def _submit(
        self,
        pool: ThreadPoolExecutor,
        what: str,
        job: Callable[[], T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[Exception], None] | None,
        changes_of: Callable[[T], Changes] | None,
    ) -> Future[T]:
        if self._closed:
            # The window is closing: reads no longer have anyone to show them to, and every
            # edit the user made was queued before shutdown began.
            dropped: Future[T] = Future()
            dropped.cancel()
            return dropped
        # The worker thread reaches the job and its callbacks only through ``held``, which the
        # GUI thread empties once the result is delivered; see :class:`_HeldOnGuiThread`.
        held = _HeldOnGuiThread(partial(self._translated, job), on_done, on_error, changes_of)
        future = pool.submit(held.run)
        self._pending.add(future)

        def delivered(done: Future[T]) -> None:
            self.on_main(lambda: self._deliver(what, done, held))

        future.add_done_callback(delivered)
        return future

    def _translated(self, job: Callable[[], T]) -> T:
        """Run ``job``; SQLite's errors about the file become the store's own messages.

        The engine translates what goes through SQLAlchemy; this catches what a job read
        through the driver itself (pandas, bulk readers), and records damage it met.
        """
        try:
            return job()
        except ERRORS as error:
            translated = self.store.condition.notice(error, self.store.path)
            if translated is None:
                raise
            raise translated from error

    def _deliver(self, what: str, done: Future[T], held: _HeldOnGuiThread[T]) -> None:
        """Hand a finished job's result or error to its callbacks. Thread: GUI."""
        self._pending.discard(done)
        on_done, on_error, changes_of = held.release()
        if done.cancelled():  # dropped at shutdown: nobody is waiting for it
            return
        error = done.exception()
        if error is not None:
            try:
                if not isinstance(error, Exception):
                    raise error
                if on_error is not None:
                    on_error(error)
                else:
                    self.report_failure(what, error)
            except BaseException as raised:  # a bug: the app's hook shows it, as from any slot
                sys.excepthook(type(raised), raised, raised.__traceback__)
            finally:
                _forget_tracebacks(error)
            return
        result = done.result()
        if changes_of is not None:
            changes = changes_of(result)
            if changes != Changes():
                self.hub.changes_applied.emit(changes)
        if on_done is not None:
            on_done(result)

    def busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self) -> None:
        """Wait for queued writes (never drop an edit), then stop the threads."""
        self._closed = True
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True, cancel_futures=True)


class _HeldOnGuiThread(Generic[T]):
    """A submitted job and its callbacks, released on the GUI thread only.

    They are closures over widgets. A worker thread that dropped the last reference to one
    (the executor frees its work item, and with it the future and the future's callbacks,
    after the result has already been delivered) would free the widget's Python wrapper there,
    and a widget Python owns (a top-level window, a panel with no parent yet, a test's widget)
    would be destroyed on that worker while the GUI thread paints or delivers its events: a
    segmentation fault. Here the worker only ever holds this holder; the GUI thread takes its
    contents out (:meth:`release`) when it delivers the result, so what is freed is freed there.
    """

    __slots__ = ("_changes_of", "_job", "_on_done", "_on_error")

    def __init__(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[Exception], None] | None,
        changes_of: Callable[[T], Changes] | None,
    ) -> None:
        self._job: Callable[[], T] | None = job
        self._on_done = on_done
        self._on_error = on_error
        self._changes_of = changes_of

    def run(self) -> T:
        """Run the job. Thread: a worker; no local variable keeps the job after it returns."""
        assert self._job is not None, "a job runs once"
        return self._job()

    def release(
        self,
    ) -> tuple[
        Callable[[T], None] | None,
        Callable[[Exception], None] | None,
        Callable[[T], Changes] | None,
    ]:
        """The callbacks, handed over and forgotten with the job. Thread: GUI."""
        callbacks = self._on_done, self._on_error, self._changes_of
        self._job = self._on_done = self._on_error = self._changes_of = None
        return callbacks


def _forget_tracebacks(error: BaseException) -> None:
    """Drop the tracebacks of a worker's error, and of the errors it was raised from. Thread: GUI.

    Their frames keep the job's functions, closures over widgets, and the future holding the
    error may be freed last on the worker (see :class:`_HeldOnGuiThread`). Called once the error
    has been shown and logged: its message and type stay.
    """
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        pending += [current.__cause__, current.__context__]


_paused_jobs = 0
_paused_lock = threading.Lock()


class GuiThreadCollector(QObject):
    """Runs Python's cyclic garbage collector on the GUI thread only, from a timer.

    Automatic collection runs on whichever thread happens to allocate. When a worker thread
    collects a reference cycle holding a Qt object (pyqtgraph's items are full of cycles), the
    object's C++ destructor runs on that worker: a widget destroyed off the GUI thread crashes
    the app or deadlocks it against the GUI thread. So automatic collection is off and this
    timer collects, generation by generation with the interpreter's own thresholds, as
    pyqtgraph's ``GarbageCollector`` does. Reference counting still frees everything acyclic
    at once, on any thread.
    """

    INTERVAL_MS = 200

    def __init__(self) -> None:
        super().__init__()
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(self.INTERVAL_MS)

    def collect_due(self) -> None:
        if _paused_jobs:
            return  # a long job is allocating: its survivors are frozen when it ends
        young, middle, old = gc.get_count()
        if young > self._thresholds[0]:
            gc.collect(0)
            if middle > self._thresholds[1]:
                gc.collect(1)
                if old > self._thresholds[2]:
                    gc.collect(2)


_collector: GuiThreadCollector | None = None


def install_gui_thread_collector() -> None:
    """Collect cyclic garbage on the GUI thread only (idempotent; call on the GUI thread)."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection while a long job runs.

    A long job (an import, a sample portfolio) allocates hundreds of thousands of objects, and
    a collection walks them all with the interpreter lock held: 50-100 ms during which the GUI
    thread cannot run. Reference counting still frees nearly all of it at once; the
    collector resumes when the last long job ends.
    """
    global _paused_jobs
    with _paused_lock:
        _paused_jobs += 1
    try:
        yield
    finally:
        with _paused_lock:
            _paused_jobs -= 1
            if _paused_jobs == 0:
                # What the job left alive is long-lived (portfolio rows, health arrays): freeze
                # it, or the first collection after the job would walk all of it at once.
                gc.freeze()


def freeze_heap() -> None:
    """Move every object alive now out of the garbage collector's sight.

    A full collection walks every tracked object with the GIL held: with a 10,000-account
    portfolio in memory that is a 50-80 ms freeze of the GUI thread whenever background work
    allocates a lot. Long-lived data (the portfolio, its health) is frozen once loaded, so
    later collections only walk what is new. The memory the loading freed is then handed back
    to the system (see :func:`return_free_memory`).
    """
    gc.freeze()
    threading.Thread(target=return_free_memory, name="cs-trim-heap", daemon=True).start()


_M_ARENA_MAX = -8  # glibc's mallopt parameter


def limit_heap_arenas(arenas: int = 2) -> None:
    """Let glibc's allocator share ``arenas`` heaps between threads instead of one per thread.

    Each worker thread that allocates while another holds the heap gets an arena of its own
    (up to 8 per core), and freed memory stays stranded in them: with the portfolio's health
    loaded on a reader, that was about 50 MB of the app's 400. Two arenas cost no measurable
    speed here (the threads mostly wait on SQLite or hold the interpreter lock anyway).
    Affects arenas created afterwards; glibc only, elsewhere nothing.
    """
    libc = _glibc()
    if libc is not None:
        libc.mallopt(_M_ARENA_MAX, arenas)


def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


def return_free_memory() -> None:
    """Give the C heap's free pages back to the system (glibc only; elsewhere nothing).

    Loading 10,000 accounts' health leaves tens of MB of freed temporaries inside the heap,
    still counted as the app's memory until the allocator returns them; glibc does that only
    when asked. Runs on its own thread: ctypes releases the interpreter lock for the call.
    """
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


def _as_changes(result: object) -> Changes:
    if isinstance(result, Changes):
        return result
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else Changes()

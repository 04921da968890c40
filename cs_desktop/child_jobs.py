"""Running a heavy store job in a child process, with progress and cancel.

An import or a sample portfolio is pure Python that builds hundreds of thousands of objects. On
a thread of the app it holds the interpreter lock for tens of milliseconds at a time and the
window stutters; in a child process it has an interpreter of its own, and the app only waits on
a pipe. The job writes in one transaction of its own connection: SQLite's WAL lets the app keep
reading meanwhile, and a child that dies or is cancelled leaves the store as it was. The child
registers the app's store write hooks (:mod:`cs_desktop.write_hooks`), so that its edits are
captured for the CRM as the app's are.

Thread contract: :func:`run_in_child` blocks until the job ends; call it from a worker thread
(the app's writer, so that edits made meanwhile queue behind the job), never from the GUI thread.
"""

from __future__ import annotations

import importlib
import multiprocessing
import pickle
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any, TypeVar

from cs_desktop.cipher import StoreKey
from cs_desktop.i18n import Lang, _, current_language, set_language
from cs_desktop.vault import known_key, remember_key
from cs_desktop.write_hooks import WriteHook, register_write_hook, write_hooks

T = TypeVar("T")

# How often the waiting thread looks at the cancel flag and the child's health.
_POLL_S = 0.05
# Progress reports a bar can show; more would only keep the app busy.
_PROGRESS_EVERY_S = 0.1
# A cancelled child stops at its next progress report; one that does not is stopped.
_CANCEL_GRACE_S = 15.0


class JobCancelled(Exception):
    """The job was cancelled; its transaction rolled back and nothing was written."""


class ChildJobDied(Exception):
    """The child process ended without an answer (killed, out of memory, a crash)."""


def run_in_child(
    store_path: Path,
    job: Callable[..., T] | str,
    arguments: dict[str, Any],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> T:
    """Run ``job(store, progress=..., **arguments)`` in a new process on ``store_path``.

    ``job`` must be a module-level function (the child imports it by name), or its name as
    ``"package.module:function"``: then the app never loads the job's modules itself (loading
    pandas holds the interpreter lock long enough for the window to stutter). The
    ``progress(done, total)`` it is given raises :class:`JobCancelled` once the user has
    cancelled, so a job that reports progress between batches can be cancelled with no code
    of its own.

    Returns the job's result; re-raises its exception (the same class when it can be sent back,
    else a RuntimeError with its text). Raises :class:`JobCancelled` after a cancel and
    :class:`ChildJobDied` when the process ends without an answer.
    """
    # spawn, not fork: the app has threads (and Qt) that a forked child would inherit broken.
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    cancel = context.Event()
    child = context.Process(
        target=_child_main,
        # An encrypted store's key goes through the spawn pipe, never to disk or the environment.
        args=(
            sender,
            cancel,
            str(store_path),
            known_key(store_path),
            job,
            arguments,
            write_hooks(),
            current_language(),
        ),
        name="cs-desktop-job",
        daemon=True,
    )
    child.start()
    sender.close()  # the child holds the only writing end: EOF means it is gone
    cancel_asked_at: float | None = None
    waited = 0.0
    try:
        while True:
            if cancel_asked_at is None and cancelled():
                cancel.set()
                cancel_asked_at = waited
            if cancel_asked_at is not None and waited - cancel_asked_at > _CANCEL_GRACE_S:
                child.terminate()  # its open transaction dies with it: nothing is written
                child.join()
                raise JobCancelled("cancelled")
            if receiver.poll(_POLL_S):
                try:
                    message = receiver.recv()
                except EOFError:
                    child.join()
                    raise ChildJobDied(_died_message(child.exitcode)) from None
                kind = message[0]
                if kind == "progress":
                    if progress is not None:
                        progress(message[1], message[2])
                    continue
                child.join()
                if kind == "result":
                    return message[1]  # type: ignore[no-any-return]
                raise message[1]
            waited += _POLL_S
    finally:
        receiver.close()
        if child.is_alive():  # an exception on this side: do not leave the job running
            cancel.set()
            child.join(_CANCEL_GRACE_S)
            if child.is_alive():
                child.terminate()
                child.join()


def _died_message(exit_code: int | None) -> str:
    return _(
        "the background job stopped unexpectedly (exit code {code}); "
        "nothing was written to the store"
    ).format(code=exit_code)


def _child_main(
    sender: Connection,
    cancel: Event,
    store_path: str,
    key: StoreKey | None,
    job: Callable[..., object] | str,
    arguments: dict[str, Any],
    hooks: tuple[WriteHook, ...],
    lang: Lang,
) -> None:
    from cs_desktop.db import open_store

    # A spawned process starts bare: register what the app registered, and speak its language.
    for hook in hooks:
        register_write_hook(hook)
    set_language(lang)
    remember_key(store_path, key)
    last_sent = 0.0

    def progress(done: int, total: int) -> None:
        nonlocal last_sent
        if cancel.is_set():
            raise JobCancelled("cancelled")
        now = time.monotonic()
        if now - last_sent >= _PROGRESS_EVERY_S or done >= total:  # a bar needs no more
            last_sent = now
            sender.send(("progress", done, total))

    try:
        run = _named_job(job) if isinstance(job, str) else job
        store = open_store(Path(store_path))
        try:
            result = run(store, progress=progress, **arguments)
        finally:
            store.close()
        sender.send(("result", result))
    except BaseException as error:  # everything goes back to the app
        sender.send(("error", _sendable(error)))
    finally:
        sender.close()


def _named_job(name: str) -> Callable[..., object]:
    """The function ``"package.module:function"`` names."""
    module_name, _colon, function = name.partition(":")
    found: Callable[..., object] = getattr(importlib.import_module(module_name), function)
    return found


def _sendable(error: BaseException) -> BaseException:
    """The error itself when it survives pickling, else a RuntimeError with its text."""
    if isinstance(error, Exception):
        try:
            if type(pickle.loads(pickle.dumps(error))) is type(error):
                return error
        except Exception:  # any failure: send its text instead
            pass
    detail = "".join(traceback.format_exception_only(type(error), error)).strip()
    return RuntimeError(detail)

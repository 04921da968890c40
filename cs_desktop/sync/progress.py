"""Where a sync run stands, for a status line: a first pull takes a minute or more, and a
slow CRM is named as what the run waits for."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Literal

from cs_desktop.formats import format_number
from cs_desktop.i18n import _, ngettext
from cs_desktop.sync import messages
from cs_desktop.sync.adapter import Kind


@dataclass(frozen=True)
class SyncProgress:
    """``sending``: ``done`` of the ``total`` changes that waited when the push began have
    left the queue (:func:`.outbox.waiting` counts them, as the status bar does);
    ``receiving``: ``done`` records of ``kind`` written so far in this run; ``indexing``:
    ``done`` pulled notes added to the search index so far; ``waiting``: the CRM's answer has
    been awaited ``done`` seconds; ``resumed``: it came, after a wait that was announced."""

    step: Literal["sending", "receiving", "indexing", "waiting", "resumed"]
    kind: Kind | None
    done: int
    total: int = 0


Report = Callable[[SyncProgress], None]


def ignore(_progress: SyncProgress) -> None:
    """The report of a caller that shows none."""


def describe(progress: SyncProgress) -> str:
    """One line for a terminal: ``received 12,300 notes``."""
    count = format_number(progress.done)
    if progress.step == "sending":
        return ngettext(
            "sent {count} of {total} change",
            "sent {count} of {total} changes",
            progress.total,
        ).format(count=count, total=format_number(progress.total))
    if progress.step == "indexing":
        return ngettext(
            "indexed {count} pulled note for search",
            "indexed {count} pulled notes for search",
            progress.done,
        ).format(count=count)
    if progress.step == "waiting":
        return _(messages.WAITING).format(seconds=progress.done)
    if progress.step == "resumed":
        return _(messages.RESUMED)
    assert progress.kind is not None
    return _RECEIVED[progress.kind](progress.done).format(count=count)


# "received 12,300 notes", one counted sentence per kind of record.
_RECEIVED: dict[Kind, Callable[[int], str]] = {
    "company": lambda n: ngettext("received {count} company", "received {count} companies", n),
    "contact": lambda n: ngettext("received {count} contact", "received {count} contacts", n),
    "note": lambda n: ngettext("received {count} note", "received {count} notes", n),
    "meeting": lambda n: ngettext("received {count} meeting", "received {count} meetings", n),
    "call": lambda n: ngettext("received {count} call", "received {count} calls", n),
    "email": lambda n: ngettext("received {count} email", "received {count} emails", n),
}


def every(seconds: float, report: Report) -> Report:
    """``report``, called at most once in ``seconds`` (a first pull reports every page)."""
    last = -seconds

    def throttled(progress: SyncProgress) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= seconds:
            last = now
            report(progress)

    return throttled


class WaitWatch:
    """Says what a run waits for: once the CRM's answer has been awaited ``announce_s``, a
    ``waiting`` report every second; when it comes, the run's last report again (or
    ``resumed``), so the status line does not keep saying "waiting".

    Use :meth:`report` as the run's progress callback. Thread contract: the waiting reports
    come from a thread of the watch's own; ``report`` may be called from any thread.
    """

    def __init__(self, waited_s: Callable[[], float], report: Report, announce_s: float) -> None:
        self._waited_s = waited_s
        self._report = report
        self._announce_s = announce_s
        self._last: SyncProgress | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="sync-wait-watch", daemon=True)

    def report(self, progress: SyncProgress) -> None:
        self._last = progress
        self._report(progress)

    def __enter__(self) -> WaitWatch:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        tick = min(1.0, self._announce_s / 2)
        announced = False
        while not self._stop.wait(tick):
            waited = self._waited_s()
            if waited >= self._announce_s:
                self._report(SyncProgress("waiting", None, max(1, int(waited))))
                announced = True
            elif announced:
                announced = False
                self._report(self._last or SyncProgress("resumed", None, 0))

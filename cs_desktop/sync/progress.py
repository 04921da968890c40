"""Where a sync run stands, for a status line: a first pull takes a minute or more."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from cs_desktop.sync.adapter import Kind


@dataclass(frozen=True)
class SyncProgress:
    """``receiving``: ``done`` records of ``kind`` written so far in this run; ``indexing``:
    ``done`` pulled notes added to the search index so far."""

    step: Literal["receiving", "indexing"]
    kind: Kind | None
    done: int


Report = Callable[[SyncProgress], None]


def ignore(_progress: SyncProgress) -> None:
    """The report of a caller that shows none."""


def describe(progress: SyncProgress) -> str:
    """One line for a terminal: ``received 12,300 notes``."""
    if progress.step == "indexing":
        return f"indexed {progress.done:,} pulled notes for search"
    assert progress.kind is not None
    plural = "companies" if progress.kind == "company" else f"{progress.kind}s"
    name = progress.kind if progress.done == 1 else plural
    return f"received {progress.done:,} {name}"


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

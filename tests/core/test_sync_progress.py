"""Where a sync run stands, in words for a terminal, at most so often."""

from __future__ import annotations

import pytest

from cs_desktop.sync import progress
from cs_desktop.sync.progress import SyncProgress, describe, every


def test_words_for_a_terminal() -> None:
    assert describe(SyncProgress("receiving", "note", 12300)) == "received 12,300 notes"
    assert describe(SyncProgress("receiving", "company", 1)) == "received 1 company"
    assert describe(SyncProgress("sending", None, 1200, 35110)) == "sent 1,200 of 35,110 changes"
    assert describe(SyncProgress("indexing", None, 20000)) == (
        "indexed 20,000 pulled notes for search"
    )


def test_reports_are_passed_on_at_most_once_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(progress.time, "monotonic", lambda: now[0])
    heard: list[int] = []
    report = every(1.0, lambda p: heard.append(p.done))
    for done, at in ((1, 100.0), (2, 100.5), (3, 101.0), (4, 101.2), (5, 103.0)):
        now[0] = at
        report(SyncProgress("receiving", "note", done))
    assert heard == [1, 3, 5]

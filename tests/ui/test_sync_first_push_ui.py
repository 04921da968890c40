"""The first push in the window: the status bar counts the changes sent of those waiting, and
its Cancel stops the push, which the next sync resumes without sending anything twice."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt

from crm_sandbox import Sandbox
from cs_desktop.db import Store
from cs_desktop.sync import push as push_module
from cs_desktop.sync.hubspot.connect import connect_hubspot
from tests.support import sync_window
from tests.support.hubspot import remote_all
from tests.support.sync_window import SECRET, add_acme, sync_in
from ui.tasks import LongTask

pytestmark = pytest.mark.usefixtures("memory_keyring", "portal_in_the_past")
make_window = sync_window.make_window  # the fixture: windows on synced stores


def test_the_status_bar_counts_the_push_and_its_cancel_resumes_without_resending(
    qtbot: Any,
    make_window: Any,
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_acme(store)
    connect_hubspot(store, token=SECRET, base_url=sandbox.url)
    window = make_window(store)
    assert window.sync_status.text() == "6 changes waiting · never synced"
    # The push holds after its first batch (the company) until Cancel has been pressed.
    pressed = threading.Event()
    tell = push_module._Sent.tell

    def held(sent: Any, *, last: bool = False) -> None:
        tell(sent, last=last)
        pressed.wait(60)  # the click may take long on a loaded machine: never go on before it

    monkeypatch.setattr(push_module._Sent, "tell", held)
    bar = window.task_progress.bar
    with qtbot.waitSignal(window.sync.sync_finished, timeout=60_000) as finished:
        window.sync_now_action.trigger()
        label = window.task_progress.label
        qtbot.waitUntil(lambda: "changes sent" in label.text(), timeout=10_000)
        assert label.text() == "Syncing with the CRM: changes sent: 0 of 6"
        qtbot.waitUntil(lambda: bar.maximum() == 6, timeout=5_000)  # a count, not a busy bar
        assert (bar.minimum(), bar.value()) == (0, 0)
        assert window.task_progress.cancel_button.isVisible()
        qtbot.mouseClick(window.task_progress.cancel_button, Qt.MouseButton.LeftButton)
        pressed.set()
    assert finished.args[0].outcome == "cancelled"
    qtbot.waitUntil(lambda: "5 changes waiting" in window.sync_status.text(), timeout=10_000)

    monkeypatch.setattr(push_module._Sent, "tell", tell)
    reported: list[tuple[int, int]] = []

    def track(task: LongTask) -> None:
        task.progress.connect(lambda done, total: reported.append((done, total)))

    window.runner.long_task_started.connect(track)
    report = sync_in(qtbot, window)
    assert report.outcome == "ok" and report.result is not None and report.result.pushed == 5
    assert reported[0] == (0, 5)  # the count the status bar showed after the cancel
    assert window.sync_status.text().startswith("no changes waiting")
    assert [c["properties"]["name"] for c in remote_all(sandbox, "companies")] == ["Acme"]
    upserts = Counter(
        item["id"]
        for entry in control.get("/requests").json()["requests"]
        if entry["path"].endswith("/batch/upsert")
        for item in entry["body"]["inputs"]
    )
    assert len(upserts) == 3 and set(upserts.values()) == {1}  # each record sent once

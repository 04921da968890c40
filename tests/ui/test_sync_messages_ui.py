"""What the window says when the CRM misbehaves or refuses: the sync's own messages in the
status bar and the settings dialog, never a traceback; a sync the last session left running
is closed when the window opens."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from crm_sandbox import Sandbox
from cs_desktop.db import Store
from cs_desktop.sync import messages
from cs_desktop.sync.hubspot.connect import connect_hubspot
from cs_desktop.sync.progress import SyncProgress
from cs_desktop.sync.state import CrmConnection, Outbox, SyncRun
from tests.support import sync_window
from tests.support.hubspot import unchecked
from tests.support.sync_window import (
    SECRET,
    add_acme,
    open_settings,
    press,
    sync_in,
)

pytestmark = pytest.mark.usefixtures("memory_keyring", "portal_in_the_past")
make_window = sync_window.make_window  # the fixture: windows on synced stores


def test_a_sign_in_page_is_named_in_the_status_bar(
    qtbot: Any, make_window: Any, store: Store, sandbox: Sandbox, control: httpx.Client
) -> None:
    add_acme(store)
    connect_hubspot(store, token=SECRET, base_url=sandbox.url)
    control.post("/faults", json={"kind": "captive_portal", "path": "*/batch/upsert"})
    window = make_window(store)
    report = sync_in(qtbot, window)
    assert report.outcome == "failed"
    expected = messages.WEB_PAGE.format(url=sandbox.url)
    assert window.statusBar().currentMessage() == f"Sync: {expected}"
    assert "Last sync failed" in window.sync_status.text()
    with store.read() as session:
        assert not session.scalars(select(Outbox).where(Outbox.state == "inflight")).all()


def test_the_settings_say_why_a_connection_was_refused(
    qtbot: Any, make_window: Any, store: Store, sandbox: Sandbox
) -> None:
    window = make_window(store)
    dialog = open_settings(qtbot, window)
    dialog.server.setCurrentIndex(dialog.server.count() - 1)  # another address
    dialog.base_url.setText(sandbox.url)
    dialog.token.setText("pat-wrong")
    press(qtbot, dialog, dialog.connect_button)
    assert dialog.result_label.text() == messages.TOKEN_REFUSED.format(
        crm="HubSpot", url=sandbox.url
    )
    dialog.base_url.setText("http://crm.example.com")
    press(qtbot, dialog, dialog.test_button)
    refusal = messages.PLAIN_HTTP_REMOTE.format(url="http://crm.example.com")
    assert dialog.result_label.text() == f"✘ {refusal}"
    press(qtbot, dialog, dialog.connect_button)
    assert dialog.result_label.text() == refusal
    with store.read() as session:
        assert session.scalars(select(CrmConnection)).first() is None


def test_the_status_line_says_what_the_sync_waits_for(
    qtbot: Any, make_window: Any, store: Store
) -> None:
    sync = make_window(store).sync
    assert sync.describe_progress(SyncProgress("waiting", None, 12)) == (
        "waiting for the CRM (12 s)…"
    )
    assert sync.describe_progress(SyncProgress("resumed", None, 0)) == (
        "the CRM answered; syncing…"
    )


def test_a_sync_left_running_by_the_last_session_is_closed_when_the_window_opens(
    qtbot: Any, make_window: Any, store: Store
) -> None:
    add_acme(store)
    connect_hubspot(store, token=SECRET, base_url="http://127.0.0.1:9", verify=unchecked)
    with store.write() as session:  # the app was killed mid-batch
        session.add(SyncRun(provider="hubspot", started_at=datetime.now(tz=UTC)))
        for op in session.scalars(select(Outbox)):
            op.state = "inflight"
    make_window(store)

    def recovered() -> bool:
        with store.read() as session:
            outcomes = session.scalars(select(SyncRun.outcome)).all()
            states = set(session.scalars(select(Outbox.state)).all())
        return outcomes == ["interrupted"] and states == {"pending"}

    qtbot.waitUntil(recovered, timeout=10_000)

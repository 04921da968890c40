"""CRM sync in the app: settings, Sync now, the status bar, the conflict queue, two apps.

Runs against the CRM sandbox over loopback, with an in-memory keyring.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_sandbox import Sandbox
from cs_desktop.changes import Changes
from cs_desktop.db import Store, backup_store, open_store
from cs_desktop.models import Account, Stage, Touchpoint
from cs_desktop.sync import messages
from cs_desktop.sync.hubspot.connect import connect_hubspot
from cs_desktop.sync.online import sync_once
from cs_desktop.sync.progress import SyncProgress
from cs_desktop.sync.status import SyncOverview
from tests.support import sync_window
from tests.support.hubspot import advance, mutate, remote_all, remote_id_of, unchecked
from tests.support.keychain import MemoryKeyring
from tests.support.sync_window import (
    SECRET,
    add_acme,
    open_queue,
    open_settings,
    press,
    resolve_with,
    sync_in,
)
from ui.main.main_window import MainWindow
from ui.main.status import describe_sync
from ui.operations import move_stage
from ui.sync import settings_dialog
from ui.sync.conflict_dialog import ConflictQueueDialog, shown_value
from ui.sync.controller import DEFAULT_INTERVAL_MIN, AccountsLanded

# An in-memory keyring, and the sandbox's clock an hour behind (its search lags a minute).
pytestmark = [
    pytest.mark.usefixtures("memory_keyring", "portal_in_the_past"),
    # Syncs wait on a fake clock: the portal must not limit their rate; searches see writes at once.
    pytest.mark.crm_sandbox(search_lag=False, rate_limits=False),
]
make_window = sync_window.make_window  # the fixture: windows on synced stores

CLOSED_PORT = "http://127.0.0.1:9"


def edit_in(qtbot: Any, window: MainWindow, work: Callable[[Session], Changes]) -> None:
    """An edit made in ``window``: on its writer thread, announced to its views."""
    done: list[object] = []
    window.runner.write("Edit", work, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


def set_account(account_id: int, **values: Any) -> Callable[[Session], Changes]:
    def work(session: Session) -> Changes:
        account = session.get(Account, account_id)
        assert account is not None
        for name, value in values.items():
            setattr(account, name, value)
        return Changes(accounts=frozenset({account_id}))  # type: ignore[arg-type]

    return work


def set_notes(text: str) -> Callable[[Session], Changes]:
    def work(session: Session) -> Changes:
        touchpoint = session.scalars(select(Touchpoint)).one()
        touchpoint.notes = text
        return Changes(accounts=frozenset({touchpoint.account_id}), touchpoints=True)  # type: ignore[arg-type]

    return work


# -- the status text ---------------------------------------------------------------------------


def test_status_text_says_what_waits_and_when_it_last_synced() -> None:
    now = datetime(2026, 3, 2, 15, 0).astimezone()
    synced = now.replace(hour=14, minute=2)
    connected = SyncOverview("hubspot", waiting=3, last_synced_at=synced)
    assert describe_sync(SyncOverview(), offline=False, syncing=False) == "Not connected to a CRM"
    assert (
        describe_sync(connected, offline=False, syncing=False, now=now)
        == "3 changes waiting · last synced 14:02"
    )
    assert describe_sync(connected, offline=True, syncing=False) == "Offline · 3 changes waiting"
    one = SyncOverview("hubspot", waiting=1)
    assert describe_sync(one, offline=False, syncing=False) == "1 change waiting · never synced"
    yesterday = SyncOverview("hubspot", last_synced_at=synced - timedelta(days=1))
    assert describe_sync(yesterday, offline=False, syncing=False, now=now) == (
        "no changes waiting · last synced 1 Mar 14:02"
    )


def test_conflicts_show_as_a_button_that_opens_the_queue(
    qtbot: Any, make_window: Any, store: Store
) -> None:
    window = make_window(store)
    status = window.sync_status
    status.show_state(SyncOverview("hubspot", waiting=2, open_conflicts=3))
    assert status.text().startswith("3 conflicts · 2 changes waiting")
    qtbot.mouseClick(status.conflicts_button, Qt.MouseButton.LeftButton)
    assert isinstance(window._conflicts_dialog, ConflictQueueDialog)
    status.show_state(SyncOverview("hubspot"))
    assert not status.conflicts_button.isVisible()


def test_sync_now_without_a_connection_opens_the_settings(
    qtbot: Any, make_window: Any, store: Store
) -> None:
    window = make_window(store)
    with qtbot.waitSignal(window.sync.sync_finished, timeout=10_000):
        window.sync_now_action.trigger()
    assert isinstance(window._crm_settings_dialog, settings_dialog.CrmSettingsDialog)
    assert "Sync &now" in [a.text() for a in window.menuBar().actions()[4].menu().actions()]


def test_dialog_defaults_match_the_core() -> None:
    from crm_sandbox import DEFAULT_PORT

    assert f"http://127.0.0.1:{DEFAULT_PORT}" == settings_dialog.SANDBOX_URL


# -- settings ----------------------------------------------------------------------------------


def test_settings_connect_the_sandbox_with_the_token_in_the_keychain_only(
    qtbot: Any,
    make_window: Any,
    store: Store,
    sandbox: Sandbox,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    add_acme(store)
    window = make_window(store)
    assert window.sync_status.text() == "Not connected to a CRM"
    dialog = open_settings(qtbot, window)
    assert "Not connected" in dialog.state_label.text()
    assert not dialog.disconnect_button.isEnabled() and dialog.keychain_box.isHidden()
    dialog.server.setCurrentIndex(dialog.server.count() - 1)  # another address
    dialog.base_url.setText(sandbox.url)
    qtbot.keyClicks(dialog.token, "pat-wrong")
    press(qtbot, dialog, dialog.test_button)
    assert dialog.result_label.text().startswith("✘")
    dialog.token.setText(SECRET)
    press(qtbot, dialog, dialog.test_button)
    assert dialog.result_label.text() == "✔ " + messages.CREDENTIALS_OK.format(
        crm="HubSpot", url=sandbox.url
    )
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        press(qtbot, dialog, dialog.connect_button)
    assert "6 changes waiting" in dialog.result_label.text()  # the count the status bar shows
    assert "in the system keychain" in dialog.state_label.text()
    assert sandbox.url in dialog.state_label.text()
    assert dialog.token.text() == "" and dialog.disconnect_button.isEnabled()
    assert SECRET in "".join(memory_keyring.items.values())
    # Three records and their three links (contact and note to company, note to contact).
    qtbot.waitUntil(lambda: window.sync_status.text() == "6 changes waiting · never synced")
    window.settings.sync()
    for path in tmp_path.rglob("*"):  # the store, its WAL, the settings file
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path

    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        press(qtbot, dialog, dialog.disconnect_button)
    assert not memory_keyring.items
    qtbot.waitUntil(lambda: window.sync_status.text() == "Not connected to a CRM")


def test_no_keychain_offers_the_session_only_and_says_so(
    qtbot: Any, make_window: Any, store: Store, sandbox: Sandbox
) -> None:
    keyring.set_keyring(fail.Keyring())
    window = make_window(store)
    dialog = open_settings(qtbot, window)
    assert dialog.keychain_box.isVisible()
    assert "no system keychain" in dialog.keychain_label.text().lower()
    dialog.base_url.setText(sandbox.url)
    dialog.token.setText(SECRET)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "session only" in dialog.result_label.text()
    assert dialog.overview is not None and not dialog.overview.connected
    dialog.session_only.setChecked(True)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        press(qtbot, dialog, dialog.connect_button)
    assert "for this session only" in dialog.result_label.text()
    assert "kept for this session only" in dialog.state_label.text()
    report = sync_in(qtbot, window)
    assert report.outcome == "ok", report


def test_oauth_fields_replace_the_token_field(qtbot: Any, make_window: Any, store: Store) -> None:
    dialog = open_settings(qtbot, make_window(store))
    assert dialog.token.isVisible() and not dialog.client_id.isVisible()
    dialog.auth_kind.setCurrentIndex(settings_dialog.OAUTH)
    assert not dialog.token.isVisible() and dialog.refresh_token.isVisible()
    dialog.client_id.setText("id")
    assert dialog.credentials() is None  # the secret and refresh token are missing
    assert "client secret" in dialog.result_label.text()
    dialog.client_secret.setText("s")
    dialog.refresh_token.setText("r")
    request = dialog.credentials()
    assert request is not None and request.provider == "hubspot"
    creds = request.credentials
    assert (creds.client_id, creds.client_secret, creds.refresh_token) == ("id", "s", "r")
    assert "'s'" not in repr(request) and "'r'" not in repr(request)


# -- Sync now, background sync, counts ----------------------------------------------------------


def test_sync_now_sends_and_fetches_and_the_views_refresh(
    qtbot: Any, make_window: Any, store: Store, sandbox: Sandbox, control: httpx.Client
) -> None:
    add_acme(store)
    connect_hubspot(store, token=SECRET, base_url=sandbox.url)
    window = make_window(store)
    assert window.sync_status.text() == "6 changes waiting · never synced"
    report = sync_in(qtbot, window)
    assert report.outcome == "ok" and report.result is not None and report.result.pushed == 6
    assert [c["properties"]["name"] for c in remote_all(sandbox, "companies")] == ["Acme"]
    stamp = datetime.now().astimezone().strftime("%H:")
    assert window.sync_status.text().startswith(f"no changes waiting · last synced {stamp}")

    control.post(
        "/mutate", json={"op": "create", "type": "companies", "properties": {"name": "New Co"}}
    )
    advance(control, 120)
    assert window.model.rowCount() == 1
    shown: list[str] = []  # what the status bar's task label said, in order
    label = window.task_progress.label
    original = label.setText

    def remember(text: str) -> None:
        shown.append(text)
        original(text)

    label.setText = remember  # type: ignore[method-assign]
    with qtbot.waitSignal(window.portfolio_loaded, timeout=30_000):
        assert sync_in(qtbot, window).outcome == "ok"
    assert window.model.rowCount() == 2  # the pulled account is on screen
    # The status bar said where the run stood (what came back includes our own echo).
    assert "Syncing with the CRM: companies received: 2" in shown


def test_edits_update_the_waiting_count(
    qtbot: Any, make_window: Any, store: Store, sandbox: Sandbox
) -> None:
    account_id = add_acme(store)
    connect_hubspot(store, token=SECRET, base_url=sandbox.url)
    assert sync_once(store).outcome == "ok"
    window = make_window(store)
    assert window.sync_status.text().startswith("no changes waiting")
    edit_in(qtbot, window, set_account(account_id, domain="acme.example"))
    qtbot.waitUntil(lambda: window.sync_status.text().startswith("1 change waiting"))
    move_stage(window.undo_stack, window.runner, account_id, Stage.DELIVERY, "kick-off done")
    # Coalesced with the pending update of the same record: still one change.
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)
    qtbot.waitUntil(lambda: window.sync_status.text().startswith("1 change waiting"))


def test_offline_is_shown_and_the_background_sync_backs_off(
    qtbot: Any, make_window: Any, store: Store
) -> None:
    add_acme(store)
    connect_hubspot(store, token=SECRET, base_url=CLOSED_PORT, verify=unchecked)
    window = make_window(store)
    sync = window.sync
    interval_ms = DEFAULT_INTERVAL_MIN * 60_000
    assert sync.next_delay_ms() == interval_ms and sync._periodic.isActive()
    report = sync_in(qtbot, window)
    assert report.offline
    assert window.sync_status.text() == "Offline · 6 changes waiting"
    assert sync.next_delay_ms() == 2 * interval_ms
    with qtbot.waitSignal(sync.sync_finished, timeout=30_000):
        sync._periodic.timeout.emit()  # the timer fires: a background attempt
    assert sync.next_delay_ms() == 4 * interval_ms
    sync.set_interval_minutes(0)
    assert sync.next_delay_ms() is None and not sync._periodic.isActive()


def test_the_background_sync_skips_while_one_runs_and_when_not_connected(
    qtbot: Any, make_window: Any, store: Store, sandbox: Sandbox
) -> None:
    window = make_window(store)
    sync = window.sync
    assert sync.next_delay_ms() is None  # not connected: no timer
    sync._periodic.timeout.emit()
    assert sync.running is None
    connect_hubspot(store, token=SECRET, base_url=sandbox.url)
    sync.refresh()
    qtbot.waitUntil(lambda: sync.connected)
    with qtbot.waitSignal(sync.sync_finished, timeout=30_000):
        sync._periodic.timeout.emit()
        running = sync.running
        assert running is not None
        sync._periodic.timeout.emit()  # already running: no second run
        assert sync.running is running
        assert sync.sync_now() is None


# -- the conflict queue and two apps --------------------------------------------------------


def values_of(store: Store) -> tuple[str, str | None, str, str]:
    with store.read() as session:
        account = session.scalars(select(Account)).one()
        touchpoint = session.scalars(select(Touchpoint)).one()
        return account.name, account.domain, account.stage.value, touchpoint.notes


def test_two_apps_editing_offline_converge_with_every_conflict_resolved_in_the_queue(
    qtbot: Any,
    make_window: Any,
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    tmp_path: Path,
) -> None:
    """The laptop's store starts as a copy of the desktop's (a backup), both synced once."""
    account_id = add_acme(store)
    connect_hubspot(store, token=SECRET, base_url=sandbox.url)
    assert sync_once(store).outcome == "ok"
    laptop_store = open_store(backup_store(store.engine, tmp_path / "laptop.sqlite3"))
    desktop = make_window(store, "desktop")
    laptop = make_window(laptop_store, "laptop")

    advance(control, 120)
    # Offline edits: disjoint fields (domain here, stage there) and the same fields.
    edit_in(qtbot, desktop, set_account(account_id, domain="acme.example", name="Acme Corp"))
    edit_in(qtbot, desktop, set_notes("Rollout plan agreed.\nPilot in March."))
    move_stage(laptop.undo_stack, laptop.runner, account_id, Stage.DELIVERY, "signed")
    edit_in(qtbot, laptop, set_account(account_id, name="Acme Corporation"))
    edit_in(qtbot, laptop, set_notes("They want a rollout plan.\nBudget approved."))

    advance(control, 120)
    first = sync_in(qtbot, desktop)
    assert first.outcome == "ok" and first.result is not None and first.result.conflicts == 0
    advance(control, 120)
    second = sync_in(qtbot, laptop)
    assert second.outcome == "ok" and second.result is not None
    assert second.result.open_conflicts == 2
    assert laptop.sync_status.text().startswith("2 conflicts")

    qtbot.mouseClick(laptop.sync_status.conflicts_button, Qt.MouseButton.LeftButton)
    queue = open_queue(qtbot, laptop)
    assert [item.field for item in queue.items] == ["name", "notes"]
    queue.list.setCurrentRow(0)
    assert queue.heading.text() == "Acme Corporation · Name"
    assert (
        queue.base_view.toPlainText(),
        queue.mine_view.toPlainText(),
        queue.theirs_view.toPlainText(),
    ) == ("Acme", "Acme Corporation", "Acme Corp")
    resolve_with(
        qtbot,
        queue,
        lambda: qtbot.mouseClick(queue.keep_theirs_button, Qt.MouseButton.LeftButton),
    )
    assert [item.field for item in queue.items] == ["notes"]
    assert "Notes are never merged" in queue.explanation.text()
    assert queue.mine_view.toPlainText() == "They want a rollout plan.\nBudget approved."
    assert queue.theirs_view.toPlainText() == "Rollout plan agreed.\nPilot in March."

    qtbot.mouseClick(queue.edit_button, Qt.MouseButton.LeftButton)
    editor = queue.editor
    assert editor is not None and isinstance(editor.editor, QPlainTextEdit)
    assert editor.editor.toPlainText() == "They want a rollout plan.\nBudget approved."
    merged = "Rollout plan agreed.\nPilot in March.\nBudget approved."
    editor.editor.setPlainText(merged)
    resolve_with(qtbot, queue, editor.accept)
    assert queue.items == [] and "No conflicts left" in queue.status.text()
    qtbot.waitUntil(lambda: not laptop.sync_status.conflicts_button.isVisible())
    qtbot.waitUntil(lambda: laptop.model.data(laptop.model.index(0, 0)) == "Acme Corp")

    advance(control, 120)
    assert sync_in(qtbot, laptop).outcome == "ok"
    advance(control, 120)
    assert sync_in(qtbot, desktop).outcome == "ok"
    expected = ("Acme Corp", "acme.example", "delivery", merged)
    assert values_of(store) == values_of(laptop_store) == expected
    company = remote_all(sandbox, "companies")[0]["properties"]
    assert (company["name"], company["domain"]) == ("Acme Corp", "acme.example")
    assert remote_all(sandbox, "notes")[0]["properties"]["hs_note_body"] == merged
    for window in (desktop, laptop):
        assert window.sync_status.text().startswith("no changes waiting · last synced")
    laptop_store.close()


def test_mine_is_the_value_here_now_even_after_an_edit_while_the_queue_is_open(
    qtbot: Any,
    make_window: Any,
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
) -> None:
    account_id = add_acme(store)
    connect_hubspot(store, token=SECRET, base_url=sandbox.url)
    assert sync_once(store).outcome == "ok"
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None
        remote_id = remote_id_of(store, account.uid)
    window = make_window(store)
    advance(control, 120)
    mutate(control, "companies", remote_id, name="Acme (theirs)")
    edit_in(qtbot, window, set_account(account_id, name="Acme (mine)"))
    advance(control, 120)
    assert sync_in(qtbot, window).outcome == "ok"
    queue = open_queue(qtbot, window)
    assert queue.mine_view.toPlainText() == "Acme (mine)"

    with qtbot.waitSignal(queue.conflicts_shown, timeout=10_000):
        edit_in(qtbot, window, set_account(account_id, name="Acme (later)"))
    assert (queue.mine_view.toPlainText(), queue.theirs_view.toPlainText()) == (
        "Acme (later)",
        "Acme (theirs)",
    )
    editor = queue.edit()
    assert editor is not None and isinstance(editor.editor, QLineEdit)
    assert editor.editor.text() == "Acme (later)"
    editor.reject()
    resolve_with(
        qtbot, queue, lambda: qtbot.mouseClick(queue.keep_mine_button, Qt.MouseButton.LeftButton)
    )
    assert queue.items == []
    advance(control, 120)
    assert sync_in(qtbot, window).outcome == "ok"
    assert remote_all(sandbox, "companies")[0]["properties"]["name"] == "Acme (later)"
    assert values_of(store)[0] == "Acme (later)"


def test_values_read_as_the_user_knows_them() -> None:
    assert shown_value("name", None) == "(empty)"
    assert shown_value("stage", "delivery") == "Delivery"
    local = datetime(2026, 1, 5, 9, tzinfo=UTC).astimezone()  # in the local time zone
    hour = local.hour % 12 or 12
    assert shown_value("occurred_at", "2026-01-05T09:00:00.000Z") == (
        f"{local:%b} {local.day}, {local.year}, {hour}:{local:%M}\u202f{local:%p}"
    )


def test_accounts_show_once_their_kind_is_written_not_when_the_run_ends() -> None:
    announced: list[Changes] = []
    landed = AccountsLanded(lambda call: call(), announced.append)
    for kind, done in (("company", 100), ("company", 200), ("contact", 50), ("note", 10)):
        landed(SyncProgress("receiving", kind, done))  # type: ignore[arg-type]
        if kind == "contact":
            assert announced == [Changes(portfolio=True)]  # the companies are in
    landed(SyncProgress("receiving", "meeting", 5))
    landed(SyncProgress("indexing", None, 15))
    assert announced == [Changes(portfolio=True)] * 2  # and then their people

"""Signing in to HubSpot from the settings through the browser, and cancelling the wait."""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt

from crm_sandbox import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Sandbox
from cs_desktop.db import Store
from tests.support import sync_window
from tests.support.keychain import MemoryKeyring
from tests.support.sync_window import open_settings, press
from ui.sync import settings_dialog

pytestmark = pytest.mark.usefixtures("memory_keyring")

make_window = sync_window.make_window  # the fixture


def oauth_app(dialog: settings_dialog.CrmSettingsDialog, sandbox: Sandbox) -> None:
    dialog.server.setCurrentIndex(dialog.server.count() - 1)  # another address
    dialog.base_url.setText(sandbox.url)
    dialog.auth_kind.setCurrentIndex(settings_dialog.OAUTH)
    dialog.client_id.setText(DEFAULT_CLIENT_ID)
    dialog.client_secret.setText(DEFAULT_CLIENT_SECRET)


def test_sign_in_through_the_browser_connects_without_pasting_a_token(
    qtbot: Any,
    make_window: Any,
    store: Store,
    sandbox: Sandbox,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = open_settings(qtbot, make_window(store))
    oauth_app(dialog, sandbox)
    assert dialog.sign_in_button.isVisible() and dialog.refresh_token.text() == ""
    opened: list[str] = []

    def browser(url: str) -> None:  # follows the consent page back to the app, as one would
        opened.append(url)
        threading.Thread(target=httpx.get, args=(url,), kwargs={"follow_redirects": True}).start()

    dialog.open_browser = browser
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        press(qtbot, dialog, dialog.sign_in_button)
    assert opened and opened[0].startswith(sandbox.url + "/oauth/authorize?")
    assert "with OAuth" in dialog.state_label.text()
    assert "in the system keychain" in dialog.state_label.text()
    assert '"refresh_token"' in "".join(memory_keyring.items.values())
    assert dialog.client_secret.text() == "" and dialog.cancel_sign_in_button.isHidden()


def test_cancel_stops_waiting_for_the_browser_and_saves_nothing(
    qtbot: Any, make_window: Any, store: Store, sandbox: Sandbox, memory_keyring: MemoryKeyring
) -> None:
    dialog = open_settings(qtbot, make_window(store))
    oauth_app(dialog, sandbox)
    dialog.open_browser = lambda url: None  # the user never signs in
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_sign_in_button.isVisible()
    assert not dialog.connect_button.isEnabled()
    assert "browser" in dialog.result_label.text()
    with qtbot.waitSignal(dialog.finished_work, timeout=10_000):
        press(qtbot, dialog, dialog.cancel_sign_in_button)
    assert dialog.result_label.text() == "Sign-in cancelled; nothing was saved."
    assert dialog.connect_button.isEnabled() and dialog.cancel_sign_in_button.isHidden()
    assert not memory_keyring.items


def test_signing_in_needs_the_client_id_and_secret(
    qtbot: Any, make_window: Any, store: Store, sandbox: Sandbox
) -> None:
    dialog = open_settings(qtbot, make_window(store))
    oauth_app(dialog, sandbox)
    dialog.client_secret.clear()
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "client secret" in dialog.result_label.text()
    assert dialog.signing_in is None


def test_closing_the_settings_stops_waiting_for_the_browser(
    qtbot: Any, make_window: Any, store: Store, sandbox: Sandbox
) -> None:
    dialog = open_settings(qtbot, make_window(store))
    oauth_app(dialog, sandbox)
    dialog.open_browser = lambda url: None
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    task = dialog.signing_in
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        dialog.reject()
    assert task.is_cancelled()

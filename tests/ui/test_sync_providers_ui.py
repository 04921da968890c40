"""The settings dialog offers every CRM the registry holds, with that CRM's fields: its
organizations and no client secret for one that signs in apart from its API, and a third CRM
connected through the dialog is named by it and by the status bar."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from crm_sandbox import Sandbox
from cs_desktop.db import Store
from cs_desktop.sync import providers
from tests.support import fake_crm, sync_window
from tests.support.sync_window import open_settings, press

pytestmark = pytest.mark.usefixtures("memory_keyring")

make_window = sync_window.make_window  # the fixture


@pytest.fixture
def more_crms() -> Iterator[None]:
    removals = [providers.register(fake_crm.PROVIDER), providers.register(fake_crm.ORG_PROVIDER)]
    yield
    for remove in removals:
        remove()


@pytest.mark.usefixtures("more_crms")
def test_every_registered_crm_is_offered_with_its_own_fields(
    qtbot: Any, make_window: Any, store: Store
) -> None:
    dialog = open_settings(qtbot, make_window(store))
    offered = [dialog.crm.itemText(i) for i in range(dialog.crm.count())]
    assert offered == ["HubSpot", "Salesforce", "Acme CRM", "Org CRM"]
    assert dialog.base_url.text() == "https://api.hubapi.com"
    assert not dialog.org.isVisible() and dialog.token.isVisible()

    dialog.crm.setCurrentIndex(offered.index("Org CRM"))  # signs in at an organization
    assert dialog.org.isVisible() and not dialog.base_url.isVisible()
    assert [dialog.org.itemText(i) for i in range(dialog.org.count())] == [
        "Production",
        "Sandbox org",
    ]
    assert dialog.auth_kind.count() == 1 and dialog.client_id.isVisible()
    assert not dialog.client_secret.isVisible() and dialog.sign_in_button.isVisible()
    assert dialog.client_id_label.text() == "Consumer &key:"
    dialog.org.setCurrentIndex(1)
    dialog.client_id.setText("3MVG9-key")
    assert dialog.credentials() is None  # no refresh token pasted
    assert "consumer key" not in dialog.result_label.text()
    dialog.refresh_token.setText("rt-1")
    request = dialog.credentials()
    assert request is not None and request.provider == "orgcrm"
    assert request.base_url is None  # the API address comes with the tokens
    kept = request.credentials
    assert (kept.client_id, kept.client_secret, kept.refresh_token) == ("3MVG9-key", None, "rt-1")
    assert kept.sign_in_url == "https://test.org-crm.example"

    dialog.server.setCurrentIndex(1)  # the local sandbox signs in and answers at one address
    assert dialog.base_url.isVisible() and not dialog.org.isVisible()
    request = dialog.credentials()
    assert request is not None
    assert request.base_url == request.credentials.sign_in_url == settings_sandbox()

    dialog.crm.setCurrentIndex(0)
    assert dialog.client_id_label.text() == "Client &ID:" and dialog.token.isVisible()


def settings_sandbox() -> str:
    from ui.sync.settings_dialog import SANDBOX_URL

    return SANDBOX_URL


@pytest.mark.usefixtures("more_crms")
def test_a_third_crm_connects_from_the_dialog_and_is_named_everywhere(
    qtbot: Any, make_window: Any, store: Store, sandbox: Sandbox
) -> None:
    window = make_window(store)
    dialog = open_settings(qtbot, window)
    dialog.crm.setCurrentIndex(dialog.crm.findText("Acme CRM"))
    assert dialog.base_url.text() == fake_crm.PROVIDER.api_url
    dialog.server.setCurrentIndex(2)  # another address
    dialog.base_url.setText(sandbox.url)
    dialog.token.setText(sandbox.auth.private_token)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        press(qtbot, dialog, dialog.connect_button)
    assert f"Connected to Acme CRM at {sandbox.url}" in dialog.state_label.text()
    qtbot.waitUntil(lambda: "Acme CRM" in window.sync_status.label.toolTip(), timeout=10_000)
    dialog.close()
    again = open_settings(qtbot, window)
    assert again.crm.currentText() == "Acme CRM" and again.base_url.text() == sandbox.url


def test_the_dialog_reads_the_registry_without_loading_httpx_or_the_orm() -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import ui.sync.settings_dialog\n"
        "from cs_desktop.sync.providers import all_providers\n"
        "assert [p.label for p in all_providers()][0] == 'HubSpot'\n"
        "print('httpx' in sys.modules, 'sqlalchemy' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]

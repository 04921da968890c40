"""The conflict queue settles a record deleted on one side and edited on the other: its two
buttons say what each choice does, and the next sync carries it out on both sides."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from crm_sandbox import Sandbox
from cs_desktop.db import Store
from cs_desktop.models import Account
from cs_desktop.sync.connection import open_adapter
from cs_desktop.sync.hubspot.connect import connect_hubspot
from cs_desktop.sync.online import sync_once
from cs_desktop.sync.pull import pull
from tests.support import sync_window
from tests.support.hubspot import advance, edit_account, mutate, remote_all, remote_id_of
from tests.support.sync_window import SECRET, add_acme, open_queue, resolve_with, sync_in

pytestmark = pytest.mark.usefixtures("memory_keyring", "portal_in_the_past")
make_window = sync_window.make_window  # the fixture: windows on synced stores


def synced_acme(store: Store, sandbox: Sandbox) -> tuple[int, str]:
    account_id = add_acme(store)
    connect_hubspot(store, token=SECRET, base_url=sandbox.url)
    assert sync_once(store).outcome == "ok"
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None
        return account_id, remote_id_of(store, account.uid)


def click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_account_archived_in_the_crm_is_restored_with_my_edit(
    qtbot: Any, make_window: Any, store: Store, sandbox: Sandbox, control: httpx.Client
) -> None:
    account_id, company_id = synced_acme(store, sandbox)
    advance(control, 120)
    control.post("/mutate", json={"op": "archive", "type": "companies", "id": company_id})
    edit_account(store, account_id, domain="edited.test")
    window = make_window(store)
    advance(control, 120)
    assert sync_in(qtbot, window).outcome == "ok"
    queue = open_queue(qtbot, window)
    assert [item.field for item in queue.items] == ["*deleted*"]
    assert "edited on this computer and deleted in the CRM" in queue.explanation.text()
    assert queue.keep_mine_button.text() == "&Restore with my edit"
    assert queue.keep_theirs_button.text() == "Keep it &deleted"
    assert queue.keep_mine_button.isEnabled() and not queue.edit_button.isVisible()
    assert (queue.mine_view.toPlainText(), queue.theirs_view.toPlainText()) == (
        "Edited",
        "Deleted",
    )
    assert queue.edit() is None
    resolve_with(qtbot, queue, lambda: click(qtbot, queue.keep_mine_button))
    assert queue.items == [] and "Acme · Deleted on one side: restored." in queue.status.text()
    advance(control, 120)
    assert sync_in(qtbot, window).outcome == "ok"
    companies = remote_all(sandbox, "companies")
    assert [c["properties"]["domain"] for c in companies] == ["edited.test"]
    assert companies[0]["id"] != company_id
    assert window.sync_status.text().startswith("no changes waiting")


def test_an_account_archived_in_the_crm_is_kept_deleted_and_leaves_the_portfolio(
    qtbot: Any, make_window: Any, store: Store, sandbox: Sandbox, control: httpx.Client
) -> None:
    account_id, company_id = synced_acme(store, sandbox)
    advance(control, 120)
    control.post("/mutate", json={"op": "archive", "type": "companies", "id": company_id})
    edit_account(store, account_id, domain="edited.test")
    window = make_window(store)
    advance(control, 120)
    assert sync_in(qtbot, window).outcome == "ok"
    assert window.model.rowCount() == 1
    queue = open_queue(qtbot, window)
    resolve_with(qtbot, queue, lambda: click(qtbot, queue.keep_theirs_button))
    assert "kept deleted" in queue.status.text()
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=10_000)
    with store.read() as session:
        assert session.scalars(select(Account)).all() == []


def test_an_account_deleted_here_and_edited_in_the_crm_comes_back_as_the_crm_has_it(
    qtbot: Any, make_window: Any, store: Store, sandbox: Sandbox, control: httpx.Client
) -> None:
    with store.write() as session:
        account = Account(name="Acme")
        session.add(account)
    connect_hubspot(store, token=SECRET, base_url=sandbox.url)
    assert sync_once(store).outcome == "ok"
    advance(control, 120)
    mutate(control, "companies", remote_id_of(store, account.uid), name="Acme (CRM)")
    with store.write() as session:
        session.delete(session.get(Account, account.id))
    advance(control, 120)
    adapter = open_adapter(store)
    pull(store, adapter, lambda: False)  # before the deletion could be sent
    adapter.close()
    window = make_window(store)
    queue = open_queue(qtbot, window)
    assert "deleted on this computer and edited in the CRM" in queue.explanation.text()
    assert queue.keep_mine_button.text() == "Keep it &deleted"
    assert queue.keep_theirs_button.text() == "&Restore the CRM's version"
    resolve_with(qtbot, queue, lambda: click(qtbot, queue.keep_theirs_button))
    assert "restored" in queue.status.text()
    advance(control, 120)
    assert sync_in(qtbot, window).outcome == "ok"
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    assert window.model.data(window.model.index(0, 0)) == "Acme (CRM)"

"""Keeping the book by hand: the account and stakeholder forms, duplicates, archive, undo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFormLayout, QLineEdit, QMessageBox, QWidget

from cs_desktop.book import accounts as rules
from cs_desktop.book import stakeholders as people_rules
from cs_desktop.db import Store
from cs_desktop.models import Account, Stakeholder, StakeholderRole, Tier
from tests.support.factories import add_account
from ui.account.account_form import AccountFormDialog
from ui.account.account_workspace import AccountWorkspace
from ui.account.stakeholder_form import StakeholderFormDialog
from ui.forms import FieldErrors
from ui.main.main_window import MainWindow
from ui.portfolio.portfolio_model import Column
from ui.tasks import ChangeHub, TaskRunner


@pytest.fixture
def make_window(qtbot, tmp_path: Path) -> Iterator[Callable[[Store], MainWindow]]:
    windows: list[MainWindow] = []

    def make(store: Store) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        windows.append(window)
        with qtbot.waitSignal(window.portfolio_loaded, timeout=10_000):
            window.show()
        return window

    yield make
    for window in windows:
        window.runner.shutdown()


@pytest.fixture
def runner(store: Store) -> Iterator[TaskRunner]:
    task_runner = TaskRunner(store, ChangeHub())
    yield task_runner
    task_runner.shutdown()


def _account(store: Store, account_id: int) -> Account:
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None
        session.expunge(account)
        return account


def _names(store: Store) -> list[str]:
    with store.read() as session:
        return sorted(a.name for a in session.query(Account))


def test_field_errors_show_under_their_fields_and_clear(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    form = QFormLayout(host)
    errors = FieldErrors(form)
    name, email = QLineEdit("typed"), QLineEdit()
    errors.add("name", name, "Name:")
    errors.add("email", email, "Email:")
    host.show()
    rest = errors.show({"email": "Not an email.", "team": "No such team."})
    assert rest == {"team": "No such team."}
    assert errors.problem("email") == "Not an email." and errors.problem("name") == ""
    assert errors.labels["email"].isVisible() and not errors.labels["name"].isVisible()
    assert host.focusWidget() is email and name.text() == "typed"
    errors.clear()
    assert errors.problem("email") == "" and not errors.labels["email"].isVisible()


def test_a_new_account_from_the_welcome_page_opens_and_undoes(qtbot, make_window, store) -> None:
    window = make_window(store)
    qtbot.mouseClick(window.welcome.new_account_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(AccountFormDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("Shenzhen Motors")
    dialog.domain.setText("https://www.szmotors.cn/")
    dialog.tier.setCurrentIndex(dialog.tier.findData(Tier.ENTERPRISE))
    dialog.arr.setText("1,200,000")
    dialog.currency.setCurrentText("cny")
    dialog.contract_start.set_date(date(2025, 1, 1))
    dialog.renewal_date.set_date(date(2026, 1, 1))
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    account_id = saved.args[0]
    qtbot.waitUntil(lambda: window.current_workspace() is not None, timeout=10_000)
    account = _account(store, account_id)
    assert (account.domain, account.currency, account.arr) == ("szmotors.cn", "CNY", 1_200_000)
    assert account.renewal_date == date(2026, 1, 1) and account.tier == Tier.ENTERPRISE
    qtbot.waitUntil(lambda: window.portfolio_stack.currentWidget() is window.portfolio)
    assert window.undo_stack.undoText() == "Create account “Shenzhen Motors”"

    with qtbot.waitSignal(window.hub.changes_applied, timeout=10_000):
        window.undo_stack.undo()
    assert _names(store) == []
    with qtbot.waitSignal(window.hub.changes_applied, timeout=10_000):
        window.undo_stack.redo()
    assert _names(store) == ["Shenzhen Motors"]


def test_invalid_values_show_next_to_their_fields_and_keep_the_text(qtbot, runner, store) -> None:
    dialog = AccountFormDialog(runner, QUndoStack())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.domain.setText("not a domain")
    dialog.arr.setText("12k")
    dialog.save()  # an unreadable amount is caught before anything is sent
    assert dialog.fields.problem("arr") == rules.ARR_INVALID
    assert dialog.arr.text() == "12k" and dialog.focusWidget() is dialog.arr

    dialog.arr.setText("5000")
    dialog.currency.setCurrentText("XYZ")
    dialog.contract_start.set_date(date(2025, 6, 1))
    dialog.renewal_date.set_date(date(2025, 1, 1))
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.fields.problem("name")), timeout=10_000)
    assert dialog.fields.problem("name") == rules.NAME_MISSING
    assert dialog.fields.problem("domain") == rules.DOMAIN_INVALID
    assert dialog.fields.problem("currency") == rules.CURRENCY_INVALID
    assert dialog.fields.problem("renewal_date") == rules.RENEWAL_BEFORE_START
    assert dialog.fields.problem("arr") == ""
    assert dialog.domain.text() == "not a domain" and dialog.currency.currentText() == "XYZ"
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert _names(store) == []


def test_a_likely_duplicate_is_shown_before_creating(qtbot, runner, store) -> None:
    acme = add_account(store, "ACME, Inc.", domain="acme.test")
    stack = QUndoStack()
    dialog = AccountFormDialog(runner, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Acme")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible(), timeout=10_000)
    assert dialog.save_button.text() == "Create anyway"
    assert [b.text() for b in dialog.duplicate_buttons] == ["Open “ACME, Inc.” · acme.test"]
    with qtbot.waitSignal(dialog.open_requested) as opened:
        dialog.duplicate_buttons[0].click()
    assert opened.args == [acme] and not dialog.isVisible()

    again = AccountFormDialog(runner, stack)
    qtbot.addWidget(again)
    again.show()
    again.name.setText("Acme")
    again.save()
    qtbot.waitUntil(lambda: again.duplicates.isVisible(), timeout=10_000)
    with qtbot.waitSignal(again.saved, timeout=10_000):
        again.save()  # the user goes on: a second account of that name
    assert _names(store) == ["ACME, Inc.", "Acme"]


@pytest.fixture
def workspace(qtbot, store) -> Iterator[AccountWorkspace]:
    account_id = add_account(
        store, "Tokyo Tech", domain="tokyotech.jp", arr=Decimal(5000), currency="JPY"
    )
    hub = ChangeHub()
    task_runner = TaskRunner(store, hub)
    shown = AccountWorkspace(account_id, task_runner, hub, QUndoStack())
    qtbot.addWidget(shown)
    shown.resize(1400, 900)
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.show()
    yield shown
    task_runner.shutdown()


def test_edit_the_account_from_the_workspace_header_and_undo(qtbot, workspace, store) -> None:
    qtbot.mouseClick(workspace.header.edit_button, Qt.MouseButton.LeftButton)
    dialog = workspace.findChild(AccountFormDialog)
    assert dialog is not None
    assert dialog.name.text() == "Tokyo Tech" and dialog.currency.currentText() == "JPY"
    dialog.name.setText("Tokyo Tech KK")
    dialog.owner.setText("Mei")
    dialog.arr.setText("12,000,000")
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        dialog.save()
    assert workspace.header.name.text() == "Tokyo Tech KK"
    assert "owner Mei" in workspace.header.facts.text()
    assert workspace.header.arr.text() == "ARR ¥12,000,000"
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        workspace.undo_stack.undo()
    assert workspace.header.name.text() == "Tokyo Tech"
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        workspace.undo_stack.redo()
    assert _account(store, workspace._bound_id()).owner == "Mei"


def test_an_archived_account_leaves_the_portfolio_until_restored(qtbot, make_window, store) -> None:
    add_account(store, "Acme")
    gone = add_account(store, "Globex")
    window = make_window(store)
    window.tabs.setCurrentWidget(window.portfolio_stack)  # My day is the first tab
    window.portfolio.select_account(gone)
    window.portfolio.table.setFocus()
    with qtbot.waitSignal(window.portfolio_loaded, timeout=10_000):
        qtbot.keyClick(window.portfolio.table, Qt.Key.Key_Delete)
    model = window.model
    assert gone not in model.visible_account_ids() and model.total_count() == 2
    assert window.undo_stack.undoText() == "Archive “Globex”"

    status = window.portfolio.status
    status.setCurrentIndex(status.findText("Archived"))
    assert model.visible_account_ids() == [gone]
    assert model.data(model.index(0, Column.RENEWAL)) == "archived"
    menu = window.portfolio_context_menu(
        window.portfolio.table.visualRect(model.index(0, 0)).center()
    )
    restore = next(a for a in menu.actions() if a.text() == "&Restore")
    with qtbot.waitSignal(window.portfolio_loaded, timeout=10_000):
        restore.trigger()
    assert model.visible_account_ids() == []
    status.setCurrentIndex(status.findText("Active accounts"))
    assert gone in model.visible_account_ids()


def test_stakeholders_are_added_edited_deactivated_and_deleted(
    qtbot, workspace, store, monkeypatch
) -> None:
    panel = workspace.stakeholders
    workspace.side_tabs.setCurrentWidget(panel)
    assert panel.is_empty()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = workspace.findChild(StakeholderFormDialog)
    assert dialog is not None
    dialog.name.setText("Sato Hanako")
    dialog.role.setCurrentIndex(dialog.role.findData(StakeholderRole.DECISION_MAKER))
    dialog.email.setText("sato@tokyotech")
    dialog.phone.setText("+81 3-1234-5678")
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.fields.problem("email")), timeout=10_000)
    assert dialog.fields.problem("email") == people_rules.EMAIL_INVALID
    assert dialog.email.text() == "sato@tokyotech" and dialog.name.text() == "Sato Hanako"
    dialog.email.setText("sato@tokyotech.jp")
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        dialog.save()
    assert panel.table.rowCount() == 1 and panel.table.item(0, 1).text() == "Decision maker"

    # Double-click edits; every role, influencer and blocker too, can be chosen.
    rect = panel.table.visualRect(panel.table.model().index(0, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = next(d for d in workspace.findChildren(StakeholderFormDialog) if d.isVisible())
    assert editor.email.text() == "sato@tokyotech.jp"
    editor.role.setCurrentIndex(editor.role.findData(StakeholderRole.BLOCKER))
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        editor.save()
    assert panel.table.item(0, 1).text() == "Blocker"

    # Delete deactivates someone active; undo brings them back.
    workspace.activateWindow()
    panel.select(0)
    qtbot.waitUntil(panel.table.hasFocus)
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert panel.table.item(0, 0).text() == "Sato Hanako (left)"
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        workspace.undo_stack.undo()
    assert panel.table.item(0, 0).text() == "Sato Hanako"
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        workspace.undo_stack.redo()

    # On someone who left, Delete asks before deleting for good; undo restores them.
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    panel.select(0)
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert "Sato Hanako" in asked[0] and panel.is_empty()
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        workspace.undo_stack.undo()
    assert panel.table.rowCount() == 1
    with store.read() as session:
        person = session.query(Stakeholder).one()
        assert (person.role, person.active) == (StakeholderRole.BLOCKER, False)


def test_the_stakeholder_context_menu_offers_what_fits(qtbot, workspace) -> None:
    panel = workspace.stakeholders
    assert [a.text() for a in panel.context_menu(None).actions()] == ["&Add stakeholder…"]
    from cs_desktop.account_detail import StakeholderRow
    from cs_desktop.ids import StakeholderId

    left = StakeholderRow(StakeholderId(1), "Ana", None, StakeholderRole.USER, None, None, False)
    texts = [a.text() for a in panel.context_menu(left).actions() if a.text()]
    assert texts == ["&Edit…", "&Reactivate", "De&lete…", "&Add stakeholder…"]

"""Renewals and risks kept in the window: create, edit, a refused value shown under its field
with the text kept, undo and redo, delete; the forecast set and closed in one step."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack

from cs_desktop.book import renewals as rules
from cs_desktop.book import risks as risk_rules
from cs_desktop.db import Store
from cs_desktop.models import Account, Renewal, RenewalForecast, Risk
from cs_desktop.vocabulary import ChurnReason, RenewalOutcome, RiskCategory, RiskStatus
from tests.support.factories import add_account
from ui.account.account_workspace import AccountWorkspace
from ui.account.renewal_form import ForecastFormDialog, RenewalFormDialog
from ui.account.risk_form import RiskFormDialog
from ui.health.portfolio_analysis import LAST_12_MONTHS
from ui.main.main_window import MainWindow
from ui.tasks import ChangeHub, TaskRunner

TODAY = date(2025, 12, 1)


@pytest.fixture
def workspace(qtbot, store) -> Iterator[AccountWorkspace]:
    account_id = add_account(
        store,
        "Tokyo Tech",
        arr=Decimal(100_000),
        currency="USD",
        contract_start=date(2025, 1, 1),
        renewal_date=date(2026, 1, 1),
    )
    hub = ChangeHub()
    task_runner = TaskRunner(store, hub)
    shown = AccountWorkspace(account_id, task_runner, hub, QUndoStack(), today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1400, 900)
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.show()
    yield shown
    task_runner.shutdown()


def _visible(workspace: AccountWorkspace, kind: type) -> object:
    return next(d for d in workspace.findChildren(kind) if d.isVisible())


def _count(store: Store, model: type) -> int:
    with store.read() as session:
        return session.query(model).count()


def test_past_renewals_are_added_edited_undone_and_deleted(qtbot, workspace, store) -> None:
    panel = workspace.renewals
    workspace.side_tabs.setCurrentWidget(panel)
    assert panel.is_empty()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = _visible(workspace, RenewalFormDialog)
    assert isinstance(dialog, RenewalFormDialog)
    dialog.period_start.setDate(date(2024, 1, 1))
    dialog.period_end.setDate(date(2025, 1, 1))
    dialog.arr_before.setText("100,000")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(RenewalOutcome.CHURNED))
    assert dialog.reason.isEnabled()
    dialog.arr_after.setText("5,000")
    dialog.reason_note.setPlainText("The new CFO cut every tool")
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.fields.problem("reason")), timeout=10_000)
    assert dialog.fields.problem("reason") == rules.REASON_MISSING
    assert dialog.fields.problem("arr_after") == rules.CHURNED_KEEPS_ARR
    assert dialog.arr_after.text() == "5,000"
    assert dialog.reason_note.toPlainText() == "The new CFO cut every tool"
    dialog.arr_after.setText("0")
    dialog.reason.setCurrentIndex(dialog.reason.findData(ChurnReason.BUDGET))
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        dialog.save()
    assert panel.table.rowCount() == 1
    assert [panel.table.item(0, c).text() for c in (2, 3)] == ["Churned", "Budget"]
    assert workspace.side_tabs.tabText(workspace.side_tabs.indexOf(panel)) == "Renewals (1)"

    # Double-click edits: a contraction, its reason kept.
    rect = panel.table.visualRect(panel.table.model().index(0, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = _visible(workspace, RenewalFormDialog)
    assert isinstance(editor, RenewalFormDialog)
    assert editor.arr_before.text() == "100,000"
    editor.outcome.setCurrentIndex(editor.outcome.findData(RenewalOutcome.CONTRACTED))
    editor.arr_after.setText("60000")
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        editor.save()
    assert panel.table.item(0, 2).text() == "Contracted"
    assert panel.table.item(0, 1).text() == "$100,000 → $60,000"
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        workspace.undo_stack.undo()
    assert panel.table.item(0, 2).text() == "Churned"
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        workspace.undo_stack.redo()
    assert panel.table.item(0, 2).text() == "Contracted"

    # Delete removes it; undo brings it back.
    workspace.activateWindow()
    panel.select(0)
    qtbot.waitUntil(panel.table.hasFocus)
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert panel.is_empty() and _count(store, Renewal) == 0
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        workspace.undo_stack.undo()
    assert panel.table.rowCount() == 1
    menu = [a.text() for a in panel.context_menu(panel.rows[0]).actions() if a.text()]
    assert menu == ["&Edit…", "De&lete", "&Add past renewal…", "Forecast…"]


def test_the_forecast_is_set_closed_and_undone_in_one_step(qtbot, workspace, store) -> None:
    panel = workspace.renewals
    workspace.side_tabs.setCurrentWidget(panel)
    assert not panel.close_button.isEnabled()
    qtbot.mouseClick(panel.forecast_button, Qt.MouseButton.LeftButton)
    dialog = _visible(workspace, ForecastFormDialog)
    assert isinstance(dialog, ForecastFormDialog)
    assert dialog.expected_arr.text() == "100,000"
    dialog.expected_outcome.setCurrentIndex(
        dialog.expected_outcome.findData(RenewalOutcome.EXPANDED)
    )
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.fields.problem("expected_arr")), timeout=10_000)
    assert dialog.expected_arr.text() == "100,000"
    dialog.expected_arr.setText("130,000")
    dialog.probability.setValue(70)
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        dialog.save()
    assert "Expanded expected (70% likely), $130,000 ARR" in panel.forecast_text.text()
    assert panel.close_button.isEnabled()

    closing = workspace.close_renewal()
    assert closing is not None
    assert closing.arr_before.text() == "100,000" and closing.arr_after.text() == "130,000"
    assert closing.period_end.date().toPython() == date(2026, 1, 1)
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        closing.save()
    assert _count(store, RenewalForecast) == 0 and _count(store, Renewal) == 1
    assert panel.table.item(0, 2).text() == "Expanded"
    assert "no forecast" in panel.forecast_text.text()
    assert workspace.header.arr.text() == "ARR $130,000"
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        workspace.undo_stack.undo()  # one step: the renewal, the forecast and the ARR
    assert _count(store, RenewalForecast) == 1 and _count(store, Renewal) == 0
    with store.read() as session:
        account = session.query(Account).one()
        assert account.arr == 100_000
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        workspace.undo_stack.redo()
    assert _count(store, Renewal) == 1

    # Clear forecast: set one again, clear, undo.
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        workspace.undo_stack.undo()
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert _count(store, RenewalForecast) == 0
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        workspace.undo_stack.undo()
    assert _count(store, RenewalForecast) == 1


def test_risks_are_added_edited_undone_and_deleted(qtbot, workspace, store) -> None:
    panel = workspace.risks
    workspace.side_tabs.setCurrentWidget(panel)
    assert panel.is_empty() and panel.message.text()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = _visible(workspace, RiskFormDialog)
    assert isinstance(dialog, RiskFormDialog)
    assert not dialog.resolved_on.isEnabled()
    dialog.category.setCurrentIndex(dialog.category.findData(RiskCategory.SPONSOR_CHANGE))
    dialog.note.setPlainText("Our champion moves to Osaka in March")
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        dialog.save()
    assert [panel.table.item(0, c).text() for c in (0, 1, 2)] == [
        "Sponsor change",
        "Open",
        "Dec 1, 2025",
    ]
    tab = workspace.side_tabs.indexOf(panel)
    assert workspace.side_tabs.tabText(tab) == "Risks (1 open)"

    # Resolved before it was found: refused under the field, the note kept.
    rect = panel.table.visualRect(panel.table.model().index(0, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = _visible(workspace, RiskFormDialog)
    assert isinstance(editor, RiskFormDialog)
    editor.status.setCurrentIndex(editor.status.findData(RiskStatus.RESOLVED))
    assert editor.resolved_on.isEnabled() and editor.resolved_on.date() == TODAY
    editor.resolved_on.set_date(date(2025, 11, 1))
    editor.note.setPlainText("A new sponsor named")
    editor.save()
    qtbot.waitUntil(lambda: bool(editor.fields.problem("resolved_on")), timeout=10_000)
    assert editor.fields.problem("resolved_on") == risk_rules.RESOLVED_BEFORE_FOUND
    assert editor.note.toPlainText() == "A new sponsor named"
    editor.resolved_on.set_date(date(2025, 12, 1))
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        editor.save()
    assert panel.table.item(0, 1).text() == "Resolved"
    assert workspace.side_tabs.tabText(tab) == "Risks (0 open)"
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        workspace.undo_stack.undo()
    assert panel.table.item(0, 1).text() == "Open"
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        workspace.undo_stack.redo()

    workspace.activateWindow()
    panel.select(0)
    qtbot.waitUntil(panel.table.hasFocus)
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert panel.is_empty() and _count(store, Risk) == 0
    with qtbot.waitSignal(workspace.refreshed, timeout=10_000):
        workspace.undo_stack.undo()
    assert _count(store, Risk) == 1
    assert [a.text() for a in panel.context_menu(None).actions()] == ["&Add risk…"]


def test_portfolio_health_shows_why_customers_left_per_currency(qtbot, store, tmp_path) -> None:
    end = date.today()
    recent = {"period_start": end - timedelta(days=400), "period_end": end - timedelta(days=35)}
    usd = add_account(store, "Acme", currency="USD", arr=Decimal(0))
    eur = add_account(store, "Globex", currency="EUR", arr=Decimal(0))
    with store.write() as session:
        for account_id in (usd, eur):
            rules.add_renewal(
                session,
                account_id,
                {
                    **recent,
                    "arr_before": Decimal(50_000),
                    "arr_after": Decimal(0),
                    "outcome": RenewalOutcome.CHURNED,
                    "reason": ChurnReason.COMPETITOR,
                },
            )
        risk_rules.add_risk(
            session, usd, {"category": RiskCategory.BUDGET, "found_on": end, "note": ""}
        )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.portfolio_loaded, timeout=10_000):
            window.show()
        view = window.show_portfolio_health()
        qtbot.waitUntil(lambda: view.loss_reasons is not None, timeout=10_000)
        assert view.preset.currentData() == LAST_12_MONTHS
        table = view.reasons.reasons
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        # One account each: the reporting currency is the first of the two, EUR. With no
        # rates, the converted column says nothing and the note names the missing rate.
        assert headers == [
            "Reason",
            "Churned",
            "Contracted",
            "ARR lost (EUR)",
            "ARR lost (USD)",
            "ARR lost, in EUR",
        ]
        assert [table.item(0, c).text() for c in range(table.columnCount())] == [
            "Competitor",
            "2",
            "0",
            "€50,000",
            "$50,000",
            "—",
        ]
        gap = f"no USD->EUR rate on or before {recent['period_end'].isoformat()}"
        assert gap in view.reasons.note.text()
        risks = view.reasons.risks
        counts = {risks.item(r, 0).text(): risks.item(r, 1).text() for r in range(risks.rowCount())}
        assert counts["Budget"] == "1" and counts["Competitor"] == "0"
    finally:
        window.runner.shutdown()

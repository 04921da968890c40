"""Dates in the window's language: the workspace's header, log and tasks, and sorting by date."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from cs_desktop.db import Store
from cs_desktop.ids import AccountId
from cs_desktop.models import Account, Task, Touchpoint, TouchpointKind
from tests.support.portfolio_rows import TODAY as PORTFOLIO_TODAY
from tests.support.portfolio_rows import make_rows
from ui.account.account_workspace import AccountWorkspace
from ui.account.touchpoint_model import Column as LogColumn
from ui.portfolio.portfolio_model import Column, PortfolioModel
from ui.portfolio.portfolio_view import PortfolioView
from ui.tasks import ChangeHub, TaskRunner
from ui.translation import UiLanguage, apply_language

TODAY = date(2026, 9, 1)
RENEWAL = date(2026, 12, 2)
DUE = date(2027, 1, 15)
# Midday in UTC: the same calendar day in any time zone the tests may run in.
MET = datetime(2026, 3, 4, 12, tzinfo=UTC)

# (renewal in the header, touchpoint in the log, a task's due date) as each language writes them.
WRITTEN = {
    "en": ("December 2, 2026", "Mar 4, 2026", "Jan 15, 2027"),
    "ja": ("2026年12月2日", "2026/03/04", "2027/01/15"),
    "zh-Hant": ("2026年12月2日", "2026年3月4日", "2027年1月15日"),
}


def _account(store: Store) -> AccountId:
    with store.write() as session:
        account = Account(name="Kyoto Robotics", arr=Decimal(10), renewal_date=RENEWAL)
        account.touchpoints = [
            Touchpoint(kind=TouchpointKind.MEETING, occurred_at=MET, title="Kickoff")
        ]
        account.tasks = [Task(title="Send the deck", due=DUE)]
        session.add(account)
        session.flush()
        return AccountId(account.id)


@pytest.fixture
def workspace(qtbot, store: Store) -> Iterator[AccountWorkspace]:
    hub = ChangeHub()
    runner = TaskRunner(store, hub)
    widget = AccountWorkspace(_account(store), runner, hub, QUndoStack(), today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show()
    yield widget
    runner.shutdown()


def _switch(language: UiLanguage) -> None:
    """Speak ``language`` and let Qt deliver ``LanguageChange`` to the open widgets."""
    apply_language(language)
    QApplication.processEvents()
    QApplication.sendPostedEvents()


def _shown(workspace: AccountWorkspace) -> tuple[str, str, str]:
    log = workspace.log.model
    task = workspace.tasks.list.item(0)
    return (
        workspace.header.renewal.text(),
        log.data(log.index(0, LogColumn.WHEN)),
        task.text(),
    )


@pytest.mark.parametrize("language", ["ja", "zh-Hant"])
def test_the_open_workspace_writes_its_dates_in_the_new_language(
    workspace: AccountWorkspace, language: UiLanguage
) -> None:
    renewal, met, due = _shown(workspace)
    english = WRITTEN["en"]
    assert renewal.endswith(f"({english[0]})") and met == english[1]
    assert due == f"Send the deck  —  due {english[2]}"

    _switch(language)
    renewal, met, due = _shown(workspace)
    expected = WRITTEN[language]
    assert expected[0] in renewal and "2026-12-02" not in renewal
    assert met == expected[1]
    assert due.startswith("Send the deck") and due.endswith(expected[2])
    # The log's date column widens to the language's dates.
    width = workspace.log.table.columnWidth(LogColumn.WHEN)
    assert width > workspace.log.table.fontMetrics().horizontalAdvance(expected[1])

    _switch("en")
    assert _shown(workspace)[1] == english[1]


@pytest.mark.parametrize(
    ("language", "days"),
    [
        ("ja", ["2022/10/09", "2023/11/20", "2024/02/05", "2024/12/31", "2025/01/02"]),
        # Sorted as text, 2024年12月31日 would come before 2024年2月5日.
        (
            "zh-Hant",
            ["2022年10月9日", "2023年11月20日", "2024年2月5日", "2024年12月31日", "2025年1月2日"],
        ),
    ],
)
def test_the_last_touchpoint_sorts_by_date_across_years(
    qtbot, language: UiLanguage, days: list[str]
) -> None:
    apply_language(language)
    met = [date(2024, 12, 31), date(2022, 10, 9), date(2025, 1, 2), date(2024, 2, 5)]
    met.append(date(2023, 11, 20))
    rows = [
        replace(row, last_touchpoint_at=datetime(d.year, d.month, d.day, 12, tzinfo=UTC))
        for row, d in zip(make_rows(len(met)), met, strict=True)
    ]
    yesterday = PORTFOLIO_TODAY - timedelta(days=1)
    recent = datetime(yesterday.year, yesterday.month, yesterday.day, 12, tzinfo=UTC)
    rows.append(replace(make_rows(6)[5], last_touchpoint_at=recent))
    model = PortfolioModel(today=lambda: PORTFOLIO_TODAY)
    model.set_rows(rows)
    view = PortfolioView(model)
    qtbot.addWidget(view)

    view.table.sortByColumn(Column.LAST_TOUCHPOINT, Qt.SortOrder.AscendingOrder)
    shown = [model.data(model.index(r, Column.LAST_TOUCHPOINT)) for r in range(model.rowCount())]
    assert shown[:-1] == days
    assert shown[-1] not in days  # yesterday, in words, is the latest
    view.table.sortByColumn(Column.LAST_TOUCHPOINT, Qt.SortOrder.DescendingOrder)
    shown = [model.data(model.index(r, Column.LAST_TOUCHPOINT)) for r in range(model.rowCount())]
    assert shown[1:] == days[::-1]

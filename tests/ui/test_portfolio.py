"""The portfolio table: lazy rows, sorting on every column, filters, type-to-filter."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from cs_desktop.ids import AccountId
from cs_desktop.portfolio import PortfolioRow
from tests.support.portfolio_rows import TODAY, make_rows
from ui.portfolio.portfolio_model import (
    FETCH_CHUNK,
    Column,
    HealthCell,
    PortfolioFilter,
    PortfolioModel,
)
from ui.portfolio.portfolio_view import PortfolioView


@pytest.fixture
def model(qapp) -> PortfolioModel:
    portfolio = PortfolioModel(today=lambda: TODAY)
    portfolio.set_rows(make_rows(1200))
    return portfolio


def column_values(model: PortfolioModel, column: Column) -> list[str]:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_rows_are_handed_to_the_view_in_chunks(model) -> None:
    assert model.rowCount() == FETCH_CHUNK
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * FETCH_CHUNK
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 1200 and not model.canFetchMore(QModelIndex())


@pytest.mark.parametrize("column", list(Column))
def test_every_column_sorts_both_ways(model, column: Column) -> None:
    model.set_health(
        {AccountId(i + 1): HealthCell(float(i % 97), "green", 1.0) for i in range(1200)}
    )
    model.sort(column, Qt.SortOrder.AscendingOrder)
    ascending = [model.account_id(r) for r in range(model.rowCount())]
    model.sort(column, Qt.SortOrder.DescendingOrder)
    descending = [model.account_id(r) for r in range(model.rowCount())]
    assert ascending != descending
    key = model._sort_key(column)  # the order the user sees must follow the column's key
    up = [key(model._rows[model._by_id[a]]) for a in ascending]
    down = [key(model._rows[model._by_id[a]]) for a in descending]
    assert up == sorted(up) and down == sorted(down, reverse=True)


def test_filters_combine(model) -> None:
    model.set_filter(PortfolioFilter(stages=frozenset({"value"}), tiers=frozenset({"smb"})))
    rows = [model._rows[i] for i in model._visible]
    assert rows and all(r.stage == "value" and r.tier == "smb" for r in rows)
    model.set_filter(PortfolioFilter(text="テスト", owner="Ken"))
    rows = [model._rows[i] for i in model._visible]
    assert rows and all("テスト" in r.name and r.owner == "Ken" for r in rows)


def test_health_band_filter_and_missing_scores(model) -> None:
    model.set_health(
        {AccountId(1): HealthCell(30.0, "red", -20.0), AccountId(2): HealthCell(None, None, None)}
    )
    model.set_filter(PortfolioFilter(bands=frozenset({"red"})))
    assert model.matching_count() == 1
    assert model.data(model.index(0, Column.HEALTH)) == "30 ▼"
    model.set_filter(PortfolioFilter(text="Account 00001"))
    assert model.data(model.index(0, Column.HEALTH)) == "no data"


def test_display_formats(model) -> None:
    model.set_filter(PortfolioFilter(text="Account 00003"))
    assert model.data(model.index(0, Column.RENEWAL)) == "3 days"
    assert model.data(model.index(0, Column.RENEWAL), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, Column.HEALTH)) == "…"  # not computed yet, never "0"
    assert model.data(model.index(0, Column.ARR)).startswith("$")


def test_updated_rows_replace_old_ones(model) -> None:
    row = make_rows(1)[0]
    model.update_rows([PortfolioRow(**{**row.__dict__, "name": "Renamed"})])
    assert model.total_count() == 1200
    assert "Renamed" in column_values(model, Column.NAME)


def test_an_edit_that_moves_nothing_repaints_its_row_only(qtbot, model) -> None:
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    first = column_values(model, Column.NAME)[0]
    row = next(r for r in make_rows(1200) if r.name == first)
    with qtbot.assertNotEmitted(model.layoutChanged), qtbot.waitSignal(model.dataChanged):
        model.update_rows([PortfolioRow(**{**row.__dict__, "arr": row.arr + 1})])
    # Sorted by ARR the same edit changes the order: the layout follows.
    model.sort(Column.ARR, Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(model.layoutChanged):
        model.update_rows([PortfolioRow(**{**row.__dict__, "arr": row.arr * 1000})])
    assert column_values(model, Column.NAME)[0] == first


def test_typing_filters_and_enter_opens(qtbot, model) -> None:
    view = PortfolioView(model)
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(view.search, "00042")
    qtbot.waitUntil(lambda: model.matching_count() == 1)
    assert "1 of 1,200" in view.count.text()
    view.table.setCurrentIndex(model.index(0, 0))
    with qtbot.waitSignal(view.account_opened) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [AccountId(43)]
    view.stage.setCurrentIndex(view.stage.findData("sales"))
    assert model.matching_count() in (0, 1)


def test_churned_accounts_are_set_apart(qtbot, qapp) -> None:
    rows = make_rows(6)
    rows[2] = PortfolioRow(**{**rows[2].__dict__, "churned_on": date(2025, 3, 31)})
    model = PortfolioModel(today=lambda: TODAY)
    model.set_rows(rows)
    view = PortfolioView(model)
    qtbot.addWidget(view)
    # The book shows active customers; a churned one is a click away, greyed and labelled.
    assert model.rowCount() == 5 and rows[2].id not in model.visible_account_ids()
    view.status.setCurrentIndex(view.status.findText("Churned"))
    assert model.visible_account_ids() == [rows[2].id]
    renewal = model.index(0, Column.RENEWAL)
    assert model.data(renewal) == "churned"
    assert "March 31, 2025" in model.data(renewal, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, Column.NAME), Qt.ItemDataRole.ForegroundRole) is not None
    view.status.setCurrentIndex(view.status.findText("All accounts"))
    assert model.rowCount() == 6

"""Money in the window: ARR compared across currencies, totals in the reporting currency, a
missing rate named on the portfolio health cards, and the exchange rates editor."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from cs_desktop.changes import Changes
from cs_desktop.db import Store
from cs_desktop.ids import AccountId
from cs_desktop.models import Renewal, RenewalOutcome
from cs_desktop.portfolio import PortfolioRow
from cs_desktop.rate_edits import RateRow, write_rates
from cs_desktop.rates import Rate, RateTable, Reporting, list_rates, load_reporting
from tests.support.factories import add_account
from ui.main.main_window import MainWindow
from ui.money.rates_dialog import RateFormDialog
from ui.money.reporting_currency import ReportingCurrencyField
from ui.portfolio.portfolio_model import Column, PortfolioModel
from ui.portfolio.portfolio_view import PortfolioView

TODAY = date(2026, 3, 31)
RATES_LIST = [
    Rate(1, "JPY", "USD", date(2026, 1, 1), Decimal("0.0067")),
    Rate(2, "EUR", "USD", date(2026, 1, 1), Decimal("1.08")),
    Rate(3, "USD", "CNY", date(2026, 1, 1), Decimal("7.25")),
]
RATES = RateTable(RATES_LIST)


def _row(id_: int, name: str, arr: int, currency: str) -> PortfolioRow:
    return PortfolioRow(
        id=AccountId(id_),
        name=name,
        tier="enterprise",
        stage="service",
        owner=None,
        arr=Decimal(arr),
        currency=currency,
        renewal_date=None,
        last_touchpoint_at=None,
        open_tasks=0,
    )


ROWS = [
    _row(1, "Small US", 5_700, "USD"),
    _row(2, "Big Japan", 104_770_000, "JPY"),  # $701,959
    _row(3, "Mid Europe", 200_000, "EUR"),  # $216,000
    _row(4, "Mid China", 2_900_000, "CNY"),  # $400,000 (USD->CNY read the other way)
    _row(5, "Mid US", 300_000, "USD"),
    _row(6, "Korea", 900_000_000, "KRW"),  # no rate
]


def names(model: PortfolioModel) -> list[str]:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.data(model.index(r, Column.NAME)) for r in range(model.rowCount())]


@pytest.fixture
def model(qapp) -> PortfolioModel:
    portfolio = PortfolioModel(today=lambda: TODAY)
    portfolio.set_rows(ROWS)
    portfolio.set_reporting(Reporting("USD", rates=RATES))
    return portfolio


def test_arr_sorts_by_its_value_in_the_reporting_currency(model: PortfolioModel) -> None:
    model.sort(Column.ARR, Qt.SortOrder.DescendingOrder)
    # Not grouped by currency ($5,700 above ¥104,770,000); the unconvertible one last.
    assert names(model) == ["Big Japan", "Mid China", "Mid US", "Mid Europe", "Small US", "Korea"]
    model.sort(Column.ARR, Qt.SortOrder.AscendingOrder)
    assert names(model)[1:] == ["Small US", "Mid Europe", "Mid US", "Mid China", "Big Japan"]
    # In yen, with a rate for the won: ₩900,000,000 x 0.11 = ¥99,000,000 and $300,000 / 0.0067
    # = ¥44,776,119 compare with ¥104,770,000; EUR and CNY reach the yen through USD:
    # CN¥2,900,000 / 7.25 / 0.0067 = ¥59,701,493 and €200,000 x 1.08 / 0.0067 = ¥32,238,806.
    model.set_reporting(
        Reporting(
            "JPY", rates=RateTable([*RATES_LIST, Rate(9, "KRW", "JPY", TODAY, Decimal("0.11"))])
        )
    )
    model.sort(Column.ARR, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Big Japan", "Korea", "Mid China", "Mid US", "Mid Europe", "Small US"]


def test_arr_shows_the_amount_as_recorded_and_converted(model: PortfolioModel) -> None:
    def cell(name: str, role: int = Qt.ItemDataRole.DisplayRole) -> str:
        row = names(model).index(name)
        return model.data(model.index(row, Column.ARR), role)

    assert cell("Big Japan") == "¥104,770,000 ($701,959)"
    assert cell("Mid China") == "CN¥2,900,000 ($400,000)"
    assert cell("Small US") == "$5,700"  # already in the reporting currency
    assert cell("Korea") == "₩900,000,000 (no rate)"
    assert cell("Korea", Qt.ItemDataRole.ToolTipRole) == (
        "Not converted: no KRW->USD rate on or before 2026-03-31"
    )
    assert cell("Mid China", Qt.ItemDataRole.ToolTipRole) == (
        "CN¥2,900,000.00 = $400,000.00 at the USD->CNY rate of 7.25 (from Jan 1, 2026)"
    )


def test_the_total_arr_is_in_the_reporting_currency_or_names_the_missing_rate(qtbot, model) -> None:
    view = PortfolioView(model)
    qtbot.addWidget(view)
    assert view.total.text().startswith("Total ARR not computed: no KRW->USD rate on or before")
    view.search.setText("Mid")
    qtbot.waitUntil(lambda: model.matching_count() == 3)
    # 200,000 x 1.08 + 2,900,000 / 7.25 + 300,000 = 216,000 + 400,000 + 300,000
    assert view.total.text() == (
        "Total ARR of the accounts shown: $916,000 (CN¥2,900,000 + €200,000 + $300,000, "
        "at today's rates)"
    )
    view.search.setText("Small")
    qtbot.waitUntil(lambda: model.matching_count() == 1)
    assert view.total.text() == "Total ARR of the accounts shown: $5,700"


# -- with a store ------------------------------------------------------------------------------


@pytest.fixture
def book(store: Store) -> Store:
    """USD and JPY customers, a yen renewal churned a month ago, a JPY->USD rate from today."""
    end = date.today() - timedelta(days=30)
    usd = add_account(store, "Acme", currency="USD", arr=Decimal(120_000))
    add_account(store, "Initech", currency="USD", arr=Decimal(80_000))
    jpy = add_account(store, "東京テック", currency="JPY", arr=Decimal(12_000_000))
    with store.write() as session:
        for account, before, after, outcome in (
            (usd, 100_000, 120_000, RenewalOutcome.EXPANDED),
            (jpy, 10_000_000, 0, RenewalOutcome.CHURNED),
        ):
            session.add(
                Renewal(
                    account_id=account,
                    period_start=end - timedelta(days=365),
                    period_end=end,
                    arr_before=Decimal(before),
                    arr_after=Decimal(after),
                    outcome=outcome,
                )
            )
        write_rates(session, [RateRow("JPY", "USD", date.today(), Decimal("0.0067"))])
    return store


@pytest.fixture
def window(qtbot, book: Store, tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(book, settings)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.portfolio_loaded, timeout=10_000):
        main.show()
    yield main
    main.runner.shutdown()


def test_the_health_cards_name_the_missing_rate_then_show_the_figures(
    qtbot, window: MainWindow, book: Store
) -> None:
    view = window.show_portfolio_health()
    qtbot.waitUntil(lambda: view.outcomes is not None, timeout=10_000)
    churned_on = (date.today() - timedelta(days=30)).isoformat()
    message = f"no JPY->USD rate on or before {churned_on}"
    assert view.outcomes.missing_rates[0].message() == message
    for card in (view.grr, view.nrr, view.churned, view.contracted, view.expanded):
        assert card.missing and card.value.text() == message
    assert view.logo.value.text() == "50.0%"  # counts need no rate
    assert view.churned.context.text() == "1 logo churned"

    # The rate from a month earlier arrives: every figure is in dollars.
    def add_earlier_rate(session) -> Changes:
        write_rates(
            session, [RateRow("JPY", "USD", date.today() - timedelta(days=60), Decimal("0.007"))]
        )
        return Changes(money=True)

    with qtbot.waitSignal(view.outcomes_shown, timeout=10_000):
        window.runner.write("rate", add_earlier_rate)
    # Up 100,000 + 10,000,000 x 0.007 = 170,000; after 120,000; churned 70,000.
    assert not view.churned.missing
    assert view.churned.value.text() == "$70,000"
    assert view.expanded.value.text() == "$20,000"
    assert view.grr.value.text() == "58.8%"  # (170,000 - 70,000) / 170,000
    assert view.nrr.value.text() == "70.6%"  # 120,000 / 170,000
    assert "As recorded: ¥10,000,000 + $100,000" in view.grr.toolTip()
    assert "Amounts in USD" in view.currency_note.text()


def test_the_rates_editor_adds_refuses_edits_deletes_and_undoes(
    qtbot, window: MainWindow, book: Store
) -> None:
    dialog = window.show_exchange_rates()
    assert window.rates_action.text() == "&Exchange rates…"
    qtbot.waitUntil(lambda: dialog.reporting is not None, timeout=10_000)
    assert [rate.from_currency for rate in dialog.rates] == ["JPY"]
    assert dialog.table.item(0, 3).text() == "0.0067"
    assert not dialog.missing.isVisible()

    # Refused next to its field, nothing lost, nothing saved.
    form = dialog.add_rate()
    assert isinstance(form, RateFormDialog)
    form.from_currency.setCurrentText("EUR")
    form.rate_edit.setText("1,08x")
    form.source.setText("ECB")
    form.save()
    qtbot.waitUntil(lambda: form.fields.problem("rate") != "", timeout=10_000)
    assert form.fields.problem("rate") == "Enter a rate such as 0.0067 or 149.5."
    assert form.isVisible() and form.source.text() == "ECB"
    form.rate_edit.setText("1.08")
    form.to_currency.setCurrentText("EUR")
    form.save()
    qtbot.waitUntil(lambda: form.fields.problem("to_currency") != "", timeout=10_000)
    assert form.fields.problem("to_currency") == "A rate converts one currency into another."
    form.to_currency.setCurrentText("USD")
    assert form.example.text() == "1 EUR = 1.08 USD"
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.save()
    qtbot.waitUntil(lambda: len(dialog.rates) == 2, timeout=10_000)
    eur = next(rate for rate in dialog.rates if rate.from_currency == "EUR")
    assert (eur.rate, eur.source, eur.effective_on) == (Decimal("1.08"), "ECB", date.today())

    # Edit: the form opens with the rate's values.
    dialog.select_rate(eur.id)
    form = dialog.edit_selected()
    assert form is not None and form.rate_edit.text() == "1.08"
    form.rate_edit.setText("1.10")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.save()
    qtbot.waitUntil(
        lambda: any(rate.rate == Decimal("1.10") for rate in dialog.rates), timeout=10_000
    )

    # Delete, then Ctrl+Z brings it back.
    dialog.select_rate(eur.id)
    dialog.delete_selected()
    qtbot.waitUntil(lambda: len(dialog.rates) == 1, timeout=10_000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(dialog.rates) == 2, timeout=10_000)
    with book.engine.connect() as connection:
        assert {rate.rate for rate in list_rates(connection)} == {
            Decimal("0.0067"),
            Decimal("1.10"),
        }


def test_the_rates_editor_imports_a_file_all_or_nothing(
    qtbot, window: MainWindow, book: Store, tmp_path: Path
) -> None:
    dialog = window.show_exchange_rates()
    qtbot.waitUntil(lambda: dialog.reporting is not None, timeout=10_000)
    bad = tmp_path / "bad.csv"
    bad.write_text("date,from,to,rate\n2026-01-01,EUR,USD,1.08\n2026-01-01,CNY,USD,zero\n")
    dialog.import_file(bad)
    qtbot.waitUntil(lambda: dialog.import_message is not None, timeout=10_000)
    message = dialog.import_message
    assert message is not None and message.icon() == QMessageBox.Icon.Warning
    assert "bad.csv has 1 problem; fix it" in message.text()
    assert "row 3, column 'rate': 'zero' is not a rate" in message.detailedText()
    message.close()
    with book.engine.connect() as connection:
        assert len(list_rates(connection)) == 1

    good = tmp_path / "good.csv"
    good.write_text("date,from,to,rate,source\n2026-01-01,EUR,USD,1.08,ECB\n")
    dialog.import_file(good)
    qtbot.waitUntil(lambda: len(dialog.rates) == 2, timeout=10_000)
    assert dialog.status.text() == "Imported good.csv: 1 new, 0 updated."


def test_the_reporting_currency_field_saves_and_every_view_follows(
    qtbot, window: MainWindow, book: Store
) -> None:
    qtbot.waitUntil(lambda: window.reporting.reporting is not None, timeout=10_000)
    assert window.reporting.reporting.currency == "USD"  # two of the three accounts
    field = ReportingCurrencyField(window.runner, apply_on_change=False)
    qtbot.addWidget(field)
    field.load()
    qtbot.waitUntil(lambda: field.reporting is not None, timeout=10_000)
    assert field.value() is None
    assert field.combo.itemText(0) == "Automatic: USD, the book's most common currency"
    field.set_value("JPY")
    with qtbot.waitSignal(window.reporting.updated, timeout=10_000):
        field.apply()
    assert (window.reporting.reporting.currency, window.reporting.reporting.chosen) == (
        "JPY",
        True,
    )
    row = names(window.model).index("Acme")
    # 120,000 / 0.0067: the JPY->USD rate read the other way.
    assert window.model.data(window.model.index(row, Column.ARR)) == "$120,000 (¥17,910,448)"
    with book.engine.connect() as connection:
        assert load_reporting(connection).currency == "JPY"

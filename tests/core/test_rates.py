"""Exchange rates: the latest rate on or before a day, inverse pairs, totals that are the sum
of their converted parts, a missing rate named, and the rates and reporting currency stored."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cs_desktop.db import Store
from cs_desktop.models import ExchangeRate
from cs_desktop.rate_edits import (
    add_rate,
    delete_rates,
    parse_rate,
    set_reporting_currency,
    update_rate,
)
from cs_desktop.rates import (
    MissingRate,
    Rate,
    RateGap,
    RateTable,
    Reporting,
    convert,
    list_rates,
    load_reporting,
)
from cs_desktop.record_edits import RecordRejected, reverse
from tests.support.factories import add_account

JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)


def _rate(id_: int, source: str, target: str, day: date, rate: str) -> Rate:
    return Rate(id_, source, target, day, Decimal(rate))


TABLE = RateTable(
    [
        _rate(1, "JPY", "USD", JAN, "0.0067"),
        _rate(2, "JPY", "USD", MAR, "0.0070"),
        _rate(3, "USD", "EUR", FEB, "0.9"),
    ]
)


def test_the_latest_rate_on_or_before_the_day() -> None:
    assert TABLE.rate("JPY", "USD", JAN) == Decimal("0.0067")
    assert TABLE.rate("JPY", "USD", MAR - timedelta(days=1)) == Decimal("0.0067")
    assert TABLE.rate("JPY", "USD", MAR) == Decimal("0.0070")
    assert TABLE.rate("JPY", "USD", date(2030, 1, 1)) == Decimal("0.0070")


def test_an_inverse_pair_converts_the_other_way() -> None:
    assert TABLE.rate("USD", "JPY", FEB) * Decimal("0.0067") == pytest.approx(Decimal(1))
    reporting = Reporting("USD", rates=TABLE)
    euros = Reporting("EUR", rates=TABLE)
    assert euros.convert(Decimal(100), "USD", FEB) == Decimal("90.00")
    assert Reporting("USD", rates=TABLE).convert(Decimal(90), "EUR", FEB) == Decimal("100.00")
    assert reporting.convert(Decimal(1_000_000), "JPY", FEB) == Decimal("6700.00")


def test_the_more_recent_of_a_pair_and_its_inverse_wins() -> None:
    table = RateTable([_rate(1, "EUR", "USD", JAN, "1.10"), _rate(2, "USD", "EUR", FEB, "0.8")])
    assert table.rate("EUR", "USD", JAN) == Decimal("1.10")
    assert table.rate("EUR", "USD", FEB) == Decimal(1) / Decimal("0.8")
    same_day = RateTable([_rate(1, "EUR", "USD", JAN, "1.10"), _rate(2, "USD", "EUR", JAN, "0.8")])
    assert same_day.rate("EUR", "USD", JAN) == Decimal("1.10")  # as asked for


def test_a_pair_without_its_own_rate_converts_through_a_third_currency() -> None:
    # Rates kept against one base: JPY->USD and USD->EUR make JPY->EUR (and back).
    expected = Decimal("0.0067") * Decimal("0.9")
    assert TABLE.rate("JPY", "EUR", FEB) == expected
    assert TABLE.rate("EUR", "JPY", FEB) * expected == pytest.approx(Decimal(1))
    assert Reporting("EUR", rates=TABLE).convert(Decimal(1_000_000), "JPY", FEB) == Decimal(
        "6030.00"
    )
    # Both legs must exist on the day: no USD->EUR rate before February.
    with pytest.raises(MissingRate, match="no JPY->EUR rate on or before 2026-01-31"):
        TABLE.rate("JPY", "EUR", date(2026, 1, 31))


def test_the_bridge_with_the_most_recent_rates_wins() -> None:
    table = RateTable(
        [
            _rate(1, "JPY", "USD", JAN, "0.0067"),
            _rate(2, "USD", "CNY", JAN, "7.0"),
            _rate(3, "JPY", "EUR", MAR, "0.0060"),
            _rate(4, "EUR", "CNY", MAR, "7.5"),
        ]
    )
    assert table.rate("JPY", "CNY", FEB) == Decimal("0.0067") * Decimal("7.0")
    assert table.rate("JPY", "CNY", MAR) == Decimal("0.0060") * Decimal("7.5")


def test_a_currency_converts_to_itself_without_any_rate() -> None:
    assert RateTable().rate("JPY", "JPY", JAN) == 1
    assert Reporting("JPY").convert(Decimal("12.34"), "JPY", JAN) == Decimal("12.34")


def test_a_missing_rate_is_named_with_its_pair_and_day() -> None:
    with pytest.raises(MissingRate) as missing:
        TABLE.rate("JPY", "USD", date(2025, 12, 31))
    assert str(missing.value) == "no JPY->USD rate on or before 2025-12-31"
    assert missing.value.gap == RateGap("JPY", "USD", date(2025, 12, 31))
    with pytest.raises(MissingRate, match="no CNY->USD rate on or before 2026-03-31"):
        Reporting("USD", rates=TABLE).convert(Decimal(1), "CNY", date(2026, 3, 31))


def test_the_missing_rate_message_goes_through_the_core_catalog(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = "no {source}->{target} rate on or before {date}"

    def japanese(message: str) -> str:
        assert message == source  # named placeholders: a translation may reorder them
        return "{date} 以前の {source}->{target} のレートがありません"

    monkeypatch.setattr("cs_desktop.rates._", japanese)
    gap = RateGap("JPY", "USD", date(2026, 3, 31))
    assert gap.message() == "2026-03-31 以前の JPY->USD のレートがありません"


def test_a_total_leaves_nothing_out_silently() -> None:
    reporting = Reporting("USD", rates=TABLE)
    total = reporting.total(
        [
            (Decimal(100), "USD", JAN),
            (Decimal(1_000_000), "JPY", JAN),
            (Decimal(50), "CNY", JAN),
            (Decimal(60), "CNY", FEB),
        ]
    )
    assert total.amount is None  # not 6,800: a sum without the yuan would look right
    assert total.gaps == (RateGap("CNY", "USD", JAN),)  # the earliest day of the pair
    assert total.recorded == {"CNY": Decimal(110), "JPY": Decimal(1_000_000), "USD": Decimal(100)}


CODES = ("USD", "JPY", "EUR", "CNY")
amounts = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False)
days = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31))
rates = st.decimals(
    min_value=Decimal("0.000001"), max_value=Decimal(1000), places=6, allow_nan=False
).filter(lambda rate: rate > 0)
items = st.lists(st.tuples(amounts, st.sampled_from(CODES), days), max_size=40)


@st.composite
def books(draw: st.DrawFn) -> tuple[Reporting, list[tuple[Decimal, str, date]]]:
    """A reporting currency, a rate into it (or out of it) for every other currency from
    2024 on, and amounts in all four currencies on any day."""
    target = draw(st.sampled_from(CODES))
    table = []
    for number, code in enumerate(c for c in CODES if c != target):
        for step, day in enumerate(sorted(draw(st.sets(days, min_size=0, max_size=3)))):
            pair = (code, target) if draw(st.booleans()) else (target, code)
            table.append(Rate(10 * number + step, *pair, day, draw(rates)))
        table.append(Rate(100 + number, code, target, date(2024, 1, 1), draw(rates)))
    return Reporting(target, rates=RateTable(table)), draw(items)


@settings(max_examples=150, deadline=None)
@given(books())
def test_a_converted_total_is_the_sum_of_its_converted_parts(book) -> None:
    reporting, parts = book
    total = reporting.total(parts)
    converted = [reporting.convert(amount, code, day) for amount, code, day in parts]
    assert total.amount == sum(converted, Decimal(0))
    # However the book is split, the pieces' totals add up to the whole's.
    half = len(parts) // 2
    first, second = reporting.total(parts[:half]), reporting.total(parts[half:])
    assert first.amount is not None and second.amount is not None
    assert first.amount + second.amount == total.amount
    # Each part is rounded to the hundredth, as the store keeps money: converting a
    # subtotal of one currency on one day differs from its parts by half a cent each at most.
    groups: dict[tuple[str, date], list[Decimal]] = defaultdict(list)
    for amount, code, day in parts:
        groups[code, day].append(amount)
    by_group = sum(
        (
            reporting.convert(sum(group, Decimal(0)), code, day)
            for (code, day), group in groups.items()
        ),
        Decimal(0),
    )
    assert abs(by_group - total.amount) <= Decimal("0.005") * (len(parts) + len(groups))
    # Amounts in the reporting currency itself go in as they are.
    own = sum((amount for amount, code, _ in parts if code == reporting.currency), Decimal(0))
    assert reporting.total([p for p in parts if p[1] == reporting.currency]).amount == own


@settings(max_examples=100, deadline=None)
@given(amounts, st.sampled_from(CODES), st.sampled_from(CODES), days)
def test_a_total_with_a_missing_rate_never_has_an_amount(amount, source, target, day) -> None:
    reporting = Reporting(target)  # no rates at all
    total = reporting.total([(amount, source, day), (Decimal(1), target, day)])
    if source == target:
        assert total.amount == amount + 1 and not total.gaps
    else:
        assert total.amount is None
        assert total.gaps == (RateGap(source, target, day),)


# -- stored rates and the reporting currency --------------------------------------------------


def _values(**changes: object) -> dict[str, object]:
    return {
        "from_currency": "JPY",
        "to_currency": "USD",
        "effective_on": JAN,
        "rate": "0.0067",
        "source": "ECB",
        **changes,
    }


def test_a_single_currency_book_needs_nothing_set(store: Store) -> None:
    with store.engine.connect() as connection:
        assert load_reporting(connection).currency == "USD"  # an empty book
    add_account(store, "Tokyo Tech", currency="JPY", arr=Decimal(12_000_000))
    with store.engine.connect() as connection:
        reporting = load_reporting(connection)
        assert (reporting.currency, reporting.chosen, reporting.book) == ("JPY", False, ("JPY",))
        assert reporting.gaps_on(JAN) == ()


def test_the_default_is_the_most_common_currency_until_one_is_chosen(store: Store) -> None:
    for name, currency in (("A", "EUR"), ("B", "JPY"), ("C", "JPY"), ("D", "USD")):
        add_account(store, name, currency=currency)
    with store.engine.connect() as connection:
        assert load_reporting(connection).currency == "JPY"
    with store.write() as session:
        assert set_reporting_currency(session, "usd").money
    with store.engine.connect() as connection:
        reporting = load_reporting(connection)
        assert (reporting.currency, reporting.chosen, reporting.automatic) == ("USD", True, "JPY")
        assert reporting.gaps_on(JAN) == (
            RateGap("JPY", "USD", JAN),
            RateGap("EUR", "USD", JAN),
        )
    with store.write() as session:
        set_reporting_currency(session, None)
    with store.engine.connect() as connection:
        assert load_reporting(connection).chosen is False
    with store.write() as session, pytest.raises(RecordRejected) as refused:
        set_reporting_currency(session, "dollars")
    assert "ISO 4217" in refused.value.errors["currency"]


def test_rates_are_added_changed_and_deleted_with_undo(store: Store) -> None:
    with store.write() as session:
        added = add_rate(session, _values(from_currency="jpy", rate="1,234.5"))
    assert added.changes.money and not added.changes.health
    with store.engine.connect() as connection:
        (rate,) = list_rates(connection)
    assert (rate.from_currency, rate.rate, rate.source) == ("JPY", Decimal("1234.5"), "ECB")
    with store.write() as session:
        update_rate(session, rate.id, _values(rate="0.0067"))
    with store.engine.connect() as connection:
        assert convert(connection, Decimal(1000), "JPY", "USD", FEB) == Decimal("6.70")
        assert convert(connection, Decimal("6.70"), "USD", "JPY", FEB) == Decimal(1000)
    with store.write() as session:
        (deleted,) = delete_rates(session, [rate.id])
    with store.engine.connect() as connection:
        assert list_rates(connection) == ()
    with store.write() as session:
        reverse(session, deleted)
    with store.engine.connect() as connection:
        assert list_rates(connection) == (
            Rate(rate.id, "JPY", "USD", JAN, Decimal("0.0067"), "ECB"),
        )


def test_a_rate_exactly_as_typed_is_kept_exactly(store: Store) -> None:
    with store.write() as session:
        add_rate(session, _values(rate="0.00666666666666667"))
    with store.engine.connect() as connection:
        assert list_rates(connection)[0].rate == Decimal("0.00666666666666667")
        raw = connection.exec_driver_sql("SELECT rate FROM exchange_rate").scalar()
    assert raw == "0.00666666666666667"


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"from_currency": "XX"}, "from_currency", "ISO 4217"),
        ({"to_currency": "JPY"}, "to_currency", "one currency into another"),
        ({"rate": "abc"}, "rate", "such as 0.0067"),
        ({"rate": "0"}, "rate", "more than 0"),
        ({"rate": "-1"}, "rate", "more than 0"),
        ({"rate": "1e20"}, "rate", "at most"),
        ({"effective_on": None}, "effective_on", "the day"),
        ({"source": "x" * 501}, "source", "500"),
    ],
)
def test_a_rate_that_cannot_be_used_is_refused_next_to_its_field(
    store: Store, changes: dict[str, object], field: str, problem: str
) -> None:
    with store.write() as session, pytest.raises(RecordRejected) as refused:
        add_rate(session, _values(**changes))
    assert problem in refused.value.errors[field]
    with store.engine.connect() as connection:
        assert list_rates(connection) == ()


def test_a_pair_has_one_rate_a_day(store: Store) -> None:
    with store.write() as session:
        add_rate(session, _values())
    with store.write() as session, pytest.raises(RecordRejected) as refused:
        add_rate(session, _values(rate="0.007"))
    assert refused.value.errors["effective_on"] == (
        "JPY->USD already has a rate on 2026-01-01: edit that one."
    )
    with store.write() as session:
        stored = session.query(ExchangeRate).one()
        update_rate(session, stored.id, _values(rate="0.007"))  # the same row may keep its day


def test_parse_rate_reads_what_people_type() -> None:
    assert parse_rate(" 149.5 ") == Decimal("149.5")
    assert parse_rate("1,234.5") == Decimal("1234.5")
    assert parse_rate(7) == Decimal(7)

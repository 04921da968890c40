"""Amounts print unambiguously in each of the app's languages, as CLDR says for its locale."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cs_desktop.i18n import set_language
from cs_desktop.money import currency_code, format_money

NBSP = "\u00a0"

# What each language shows for 1,234,567.5 of each currency, in whole units (as ARR is shown).
# Within one locale no two currencies look alike: English and Traditional Chinese tell the yen
# (¥) from the yuan (CN¥), Japanese writes ￥ and 元, Simplified Chinese JP¥ and ¥.
EXPECTED = {
    "en": {"JPY": "¥1,234,568", "CNY": "CN¥1,234,568", "USD": "$1,234,568", "EUR": "€1,234,568"},
    "ja": {
        "JPY": "￥1,234,568",
        "CNY": f"元{NBSP}1,234,568",
        "USD": "$1,234,568",
        "EUR": "€1,234,568",
    },
    "zh-Hans": {
        "JPY": "JP¥1,234,568",
        "CNY": "¥1,234,568",
        "USD": "US$1,234,568",
        "EUR": "€1,234,568",
    },
    "zh-Hant": {
        "JPY": "¥1,234,568",
        "CNY": "CN¥1,234,568",
        "USD": "US$1,234,568",
        "EUR": "€1,234,568",
    },
}


@pytest.mark.parametrize("lang", list(EXPECTED))
def test_each_language_shows_each_currency_its_own_way(lang: str) -> None:
    shown = {code: format_money(Decimal("1234567.5"), code, lang) for code in EXPECTED[lang]}
    assert shown == EXPECTED[lang]
    assert len(set(shown.values())) == len(shown)  # never two currencies alike


def test_the_app_language_is_the_default_locale() -> None:
    try:
        set_language("zh-Hans")
        assert format_money(120_000, "USD") == "US$120,000"
        set_language("ja")
        assert format_money(12_000_000, "JPY") == "￥12,000,000"
    finally:
        set_language("en")
    assert format_money(120_000, "USD") == "$120,000"


def test_babel_locale_names_are_accepted_too() -> None:
    assert format_money(5, "CNY", "zh_Hant_TW") == "CN¥5"


def test_the_yen_never_shows_decimals_and_others_show_theirs_on_request() -> None:
    assert format_money(Decimal("1234.5"), "JPY", "en", whole=False) == "¥1,235"  # half up
    assert format_money(Decimal("1234.5"), "USD", "en", whole=False) == "$1,234.50"
    assert format_money(Decimal("1234.5"), "EUR", "zh-Hans", whole=False) == "€1,234.50"
    assert format_money(Decimal("-1234.567"), "USD", "en", whole=False) == "-$1,234.57"


def test_whole_units_round_half_up() -> None:
    assert format_money(Decimal("0.5"), "USD", "en") == "$1"
    assert format_money(Decimal("2.5"), "USD", "en") == "$3"  # not to even, as Babel would
    assert format_money(Decimal("2.49"), "EUR", "en") == "€2"


def test_a_code_without_a_symbol_is_kept_apart_from_the_number() -> None:
    assert format_money(1200, "CHF", "en") == f"CHF{NBSP}1,200"
    assert format_money(1200, "XYZ", "ja") == f"XYZ{NBSP}1,200"


@pytest.mark.parametrize(
    ("text", "code"),
    [("usd", "USD"), (" JPY ", "JPY"), ("RMB", "CNY"), ("円", "JPY"), ("元", "CNY"), ("US$", None)],
)
def test_currency_codes_from_what_people_write(text: str, code: str | None) -> None:
    assert currency_code(text) == code

"""Dates, numbers, percentages and relative times as each language writes them."""

# Japanese and Chinese use full-width punctuation, which is not a mistake.

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from cs_desktop.formats import (
    format_date,
    format_datetime,
    format_days_from,
    format_number,
    format_percent,
    format_relative,
)
from cs_desktop.i18n import set_language

DAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("lang", "long", "medium"),
    [
        ("en", "December 2, 2026", "Dec 2, 2026"),
        ("ja", "2026年12月2日", "2026/12/02"),
        ("zh-Hans", "2026年12月2日", "2026年12月2日"),
        ("zh-Hant", "2026年12月2日", "2026年12月2日"),
    ],
)
def test_dates_in_each_language(lang: str, long: str, medium: str) -> None:
    assert format_date(DAY, "long", lang) == long  # type: ignore[arg-type]
    assert format_date(DAY, lang=lang) == medium  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Dec 2, 2026, 2:05\u202fPM"),  # a narrow no-break space before PM
        ("ja", "2026/12/02 14:05"),
        ("zh-Hans", "2026年12月2日 14:05"),
        ("zh-Hant", "2026年12月2日 下午2:05"),
    ],
)
def test_a_moment_to_the_minute_in_its_own_time_zone(lang: str, text: str) -> None:
    moment = datetime(2026, 12, 2, 14, 5, 30, tzinfo=timezone(timedelta(hours=9)))
    assert format_datetime(moment, lang=lang, time_length="short") == text  # type: ignore[arg-type]
    assert format_datetime(moment, lang="en").endswith("2:05:30\u202fPM")  # seconds at medium


def test_the_current_language_is_the_default() -> None:
    assert format_date(DAY, "long") == "December 2, 2026"
    set_language("ja")
    assert format_date(DAY, "long") == "2026年12月2日"
    assert format_relative(timedelta(days=3)) == "3 日後"
    assert format_days_from(date(2026, 11, 29), DAY) == "3 日前"
    assert format_days_from(DAY, DAY) == "今日"


@pytest.mark.parametrize(
    ("lang", "ahead", "behind"),
    [
        ("en", "in 45 days", "3 days ago"),
        ("ja", "45 日後", "3 日前"),
        ("zh-Hans", "45天后", "3天前"),
        ("zh-Hant", "45 天後", "3 天前"),
    ],
)
def test_days_from_today_stay_days(lang: str, ahead: str, behind: str) -> None:
    assert format_days_from(DAY + timedelta(days=45), DAY, lang) == ahead  # type: ignore[arg-type]
    assert format_days_from(DAY - timedelta(days=3), DAY, lang) == behind  # type: ignore[arg-type]
    assert format_relative(timedelta(days=40), "en") == "in 1 month"


def test_numbers_and_percentages() -> None:
    assert format_number(1234567) == "1,234,567"
    assert format_number(1234.5678) == "1,234.568"
    assert format_number(0.5, 2, "ja") == "0.50"
    assert format_number(12345, 0, "zh-Hant") == "12,345"
    assert format_percent(0.8) == "80%"
    assert format_percent(0.8123, 1, "zh-Hans") == "81.2%"

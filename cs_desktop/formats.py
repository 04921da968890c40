"""Dates, numbers, percentages and relative times as the user's language writes them (Babel).

Every function writes in the given language, or the app's current one (``cs_desktop.i18n``):
``format_date(day, "long")`` is "December 2, 2026" in English and "2026年12月2日" in Japanese.
Money is formatted in ``cs_desktop.money``.

Babel loads on first use, so importing this module costs nothing at start-up.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Literal

from cs_desktop.i18n import BABEL_LOCALES, Lang, current_language, words

DateLength = Literal["short", "medium", "long", "full"]


def _locale(lang: Lang | None) -> str:
    return BABEL_LOCALES[current_language() if lang is None else lang]


def format_date(day: date, length: DateLength = "medium", lang: Lang | None = None) -> str:
    """``day`` as the language writes it: ``long`` 2026年12月2日, ``medium`` 2026/12/02 (ja).

    Use ``long`` in sentences and documents, ``medium`` in tables, ``short`` where room is tight.
    """
    from babel.dates import format_date as babel_date

    return babel_date(day, length, locale=_locale(lang))


def format_datetime(
    moment: datetime,
    length: DateLength = "medium",
    lang: Lang | None = None,
    *,
    time_length: DateLength | None = None,
) -> str:
    """A date and time of day in the moment's own time zone (no conversion).

    Args:
        time_length: the time's own length when it differs from the date's: ``"short"`` keeps
            hours and minutes, "Dec 2, 2026, 2:05 PM" (ja 2026/12/02 14:05).
    """
    from babel.dates import format_date as babel_date
    from babel.dates import format_datetime as babel_datetime
    from babel.dates import format_time, get_datetime_format

    locale = _locale(lang)
    if time_length is None or time_length == length:
        return babel_datetime(moment, length, tzinfo=moment.tzinfo, locale=locale)
    # Babel's own way of joining the two, with the time at its own length.
    return (
        str(get_datetime_format(length, locale=locale))  # "{1}, {0}": the date, then the time
        .replace("'", "")
        .replace("{0}", format_time(moment, time_length, tzinfo=moment.tzinfo, locale=locale))
        .replace("{1}", babel_date(moment, length, locale=locale))
    )


def format_number(
    value: float | Decimal, decimals: int | None = None, lang: Lang | None = None
) -> str:
    """A count or a measurement with the language's grouping: 12,345 or 12,345.6.

    Args:
        decimals: exactly this many digits after the point; None keeps a whole number whole and
            shows up to three digits of a fraction.
    """
    from babel.numbers import format_decimal

    if decimals is None:
        return format_decimal(value, locale=_locale(lang))
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(value, format=pattern, locale=_locale(lang), decimal_quantization=True)


def format_percent(share: float, decimals: int = 0, lang: Lang | None = None) -> str:
    """A share (0.8) as a percentage (80%) with ``decimals`` digits after the point."""
    from babel.numbers import format_percent as babel_percent

    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "") + "%"
    return babel_percent(share, format=pattern, locale=_locale(lang), decimal_quantization=True)


def format_relative(delta: timedelta, lang: Lang | None = None) -> str:
    """How far ahead or back ``delta`` is: "in 3 days" / "3 days ago" (3 日後 / 3 日前).

    Rounded to the largest unit that fits, as Babel does: 40 days read "in 1 month".
    """
    from babel.dates import format_timedelta

    return format_timedelta(
        delta, granularity="day", threshold=1.0, add_direction=True, locale=_locale(lang)
    )


def format_days_from(day: date, today: date, lang: Lang | None = None) -> str:
    """``day`` relative to ``today`` in days: "in 3 days", "3 days ago", "today"."""
    from babel.dates import format_timedelta

    days = (day - today).days
    if days == 0:
        return words(current_language() if lang is None else lang).pgettext("relative day", "today")
    return format_timedelta(
        timedelta(days=days),
        granularity="day",
        threshold=1000.0,  # keep days as days: "in 45 days", not "in 2 months"
        add_direction=True,
        locale=_locale(lang),
    )

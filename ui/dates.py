"""Dates as the window writes them: in its language, through the core's formats (Babel).

Sentences take ``long`` (December 2, 2026; 2026年12月2日), tables and lists ``medium``
(Dec 2, 2026; ja 2026/12/02; zh 2026年12月2日). Moments read in the local time zone. Each call
reads the current language, so a widget that sets its dates again on ``LanguageChange`` (with
its other words) shows them in the new one.

Two places keep ISO dates on purpose: date edits (:data:`ENTRY_DAY`, :data:`ENTRY_MINUTE`) and
file names, which are not prose and sort by name.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from PySide6.QtGui import QFontMetrics

from cs_desktop.formats import DateLength, format_date, format_datetime
from ui.translation import translation_context

Dates = translation_context("Dates")

# What date and time edits show and take, in every language: typing 2026-12-02 is unambiguous
# (12/02 is December in the US and February elsewhere), needs no month names, and reads the same
# to a team spread over Japan, China and the US. Only display follows the language.
ENTRY_DAY: Final = "yyyy-MM-dd"
ENTRY_MINUTE: Final = "yyyy-MM-dd HH:mm"

# A date about as wide as any in each language (two-digit month and day), to size columns by.
WIDE_DAY: Final = date(2026, 12, 28)


def date_text(day: date, length: DateLength = "medium") -> str:
    """``day`` as the window's language writes it: medium "Dec 2, 2026", long 2026年12月2日."""
    return format_date(day, length)


def moment_date_text(moment: datetime, length: DateLength = "medium") -> str:
    """The local day of ``moment``, as :func:`date_text` writes it."""
    return format_date(moment.astimezone().date(), length)


def datetime_text(moment: datetime, length: DateLength = "medium") -> str:
    """``moment`` in the local time zone, to the minute: "Dec 2, 2026, 2:05 PM" (ja 14:05)."""
    return format_datetime(moment.astimezone(), length, time_length="short")


def period_text(start: date, end: date, length: DateLength = "medium") -> str:
    """A period from its first day to its last: Dec 2, 2025, an en dash, Dec 1, 2026.

    Japanese and Chinese translations write their own sign or word between the two (至).
    """
    return (
        Dates.tr("%1 – %2", "a period: its first day, its last day")  # noqa: RUF001
        .replace("%1", date_text(start, length))
        .replace("%2", date_text(end, length))
    )


def date_width(metrics: QFontMetrics, length: DateLength = "medium") -> int:
    """The width a date takes in ``metrics``'s font, in the current language."""
    return metrics.horizontalAdvance(date_text(WIDE_DAY, length))

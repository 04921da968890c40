"""Showing amounts of money the same way everywhere: portfolio, health views, CLI and plan PDF.

Every amount travels with its ISO 4217 code and is printed by Babel with the symbol the
locale's CLDR data gives it, which never leaves two currencies looking alike within a locale:
in English ``¥`` is the yen and ``CN¥`` the yuan, in Japanese ``￥`` and ``元``, in Simplified
Chinese ``JP¥`` and ``¥``. Currencies without fractions (JPY, KRW) never show decimals.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import TYPE_CHECKING

from cs_desktop.i18n import BABEL_LOCALES, current_language

if TYPE_CHECKING:
    from babel import Locale

NBSP = "\u00a0"
# What people write for a currency instead of its code, in files and forms.
_CURRENCY_WORDS = {"RMB": "CNY", "円": "JPY", "元": "CNY", "人民币": "CNY", "人民幣": "CNY"}
_CODE = re.compile(r"[A-Z]{3}")


def currency_code(text: str) -> str | None:
    """The ISO 4217 code ``text`` means (``jpy``, ``RMB`` and ``円`` included), or None."""
    code = text.strip().upper()
    code = _CURRENCY_WORDS.get(code, code)
    return code if _CODE.fullmatch(code) else None


def babel_locale(locale: str | None = None) -> str:
    """The Babel locale for ``locale``: an app language (``ja``), a Babel name, or the app's."""
    if locale is None:
        return BABEL_LOCALES[current_language()]
    return next((name for lang, name in BABEL_LOCALES.items() if lang == locale), locale)


def format_money(
    amount: Decimal | int | float,
    currency: str,
    locale: str | None = None,
    *,
    whole: bool = True,
) -> str:
    """``$120,000``, ``￥12,000,000``, ``CN¥860,000``: an amount in the locale's way.

    Args:
        amount: the amount, in ``currency``.
        currency: its ISO 4217 code; an unknown code is shown as itself (``XYZ 1,200``).
        locale: an app language (``"ja"``) or a Babel locale (``"ja_JP"``); None for the
            app's current language.
        whole: round to whole units, as ARR is shown (negotiated in round amounts, cents would
            only add noise); otherwise the currency's own decimals (none for the yen).
    """
    where = babel_locale(locale)
    value = Decimal(amount) if not isinstance(amount, Decimal) else amount
    from babel.numbers import format_currency, get_currency_precision, get_currency_symbol

    # Half up, as people round money (Babel would round half to even).
    digits = 0 if whole else get_currency_precision(currency)
    value = value.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)

    text = format_currency(
        value,
        currency,
        format=_whole_pattern(where) if whole else None,
        locale=where,
        currency_digits=not whole,
    )
    return _spaced(text, get_currency_symbol(currency, locale=where))


def currency_symbol(currency: str, locale: str | None = None) -> str:
    """The symbol ``format_money`` shows for ``currency`` in ``locale`` (``US$``, ``￥``)."""
    from babel.numbers import get_currency_symbol

    return get_currency_symbol(currency, locale=babel_locale(locale))


def currency_name(currency: str, locale: str | None = None) -> str:
    """``Japanese Yen`` / ``日本円``; the code itself when the locale has no name for it."""
    from babel.numbers import get_currency_name

    return get_currency_name(currency, locale=babel_locale(locale))


@cache
def _whole_pattern(where: str) -> str:
    """The locale's currency pattern without its fraction digits."""
    return re.sub(r"\.[0#]+", "", _locale(where).currency_formats["standard"].pattern)


@cache
def _locale(where: str) -> Locale:
    from babel import Locale

    return Locale.parse(where)


def _spaced(text: str, symbol: str) -> str:
    """CLDR's currency spacing, which Babel leaves out: ``CHF 1,200`` and ``元 1,200``.

    A symbol that ends (or starts) with a letter gets a no-break space between it and the
    digits, so a code or a word never runs into the number; ``$`` and ``¥`` stay attached.
    """
    if not symbol:
        return text
    at = text.find(symbol)
    if at < 0:
        return text
    end = at + len(symbol)
    if end < len(text) and text[end].isdigit() and not _is_symbol(symbol[-1]):
        return text[:end] + NBSP + text[end:]
    if at > 0 and text[at - 1].isdigit() and not _is_symbol(symbol[0]):
        return text[:at] + NBSP + text[at:]
    return text


def _is_symbol(character: str) -> bool:
    return unicodedata.category(character).startswith("S")


__all__ = ["babel_locale", "currency_code", "currency_name", "currency_symbol", "format_money"]

"""Showing amounts of money the same way everywhere: portfolio, workspace and plan PDF."""

from __future__ import annotations

from decimal import Decimal

CURRENCY_SYMBOLS = {"USD": "$", "JPY": "¥", "CNY": "¥", "EUR": "€", "GBP": "£"}


def format_money(amount: Decimal | int | float, currency: str) -> str:
    """``¥12,000,000`` / ``$120,000``; currencies without a symbol read ``120,000 CHF``.

    Whole units: ARR is negotiated in round amounts, and cents would only add noise.
    """
    whole = f"{int(amount):,}"
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol}{whole}" if symbol else f"{whole} {currency}"

"""A sample portfolio's exchange rates: one a month into US dollars for each other currency.

The rates wander around the ones the sample's ARR was priced at (``UNITS_PER_USD``), a little
each month, so the portfolio's totals and retention read in one currency from the start. Drawn
from a generator of their own: the accounts come out the same with or without them.
"""

from __future__ import annotations

import math
import random
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from cs_desktop.demo.accounts import UNITS_PER_USD
from cs_desktop.demo.timeline import HISTORY_DAYS, Timeline
from cs_desktop.rate_edits import RateRow, write_rates

MONTHLY_DRIFT = 0.015  # a typical month's move of a major currency against the dollar
SOURCE = "sample rates"


def demo_rates(timeline: Timeline, seed: int) -> list[RateRow]:
    """A rate on the first of every month since the sample's history starts, to USD."""
    rnd = random.Random(f"rates-{seed}")
    first = date.fromordinal(timeline.today_ordinal - HISTORY_DAYS).replace(day=1)
    months = (timeline.today.year - first.year) * 12 + timeline.today.month - first.month + 1
    rows = []
    for code, units in sorted(UNITS_PER_USD.items()):
        if code == "USD":
            continue
        level = 0.0
        for month in range(months):
            level += rnd.gauss(0.0, MONTHLY_DRIFT)
            year, index = divmod(first.month - 1 + month, 12)
            day = date(first.year + year, index + 1, 1)
            rate = Decimal(f"{math.exp(level) / units:.6g}")
            rows.append(RateRow(code, "USD", day, rate, SOURCE))
    return rows


def write_demo_rates(session: Session, timeline: Timeline, seed: int) -> int:
    """Store the sample's rates in the caller's transaction; returns how many."""
    rows = demo_rates(timeline, seed)
    write_rates(session, rows)
    return len(rows)

"""The start-up warning screen reads recent days first, and agrees with reading every day."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from cs_desktop.db import open_store
from cs_desktop.demo import generate_portfolio
from cs_desktop.health.early_warnings import active_warnings, default_playbooks, warnings_apply
from cs_desktop.health.service import compute_portfolio_health
from ui.health.warnings_screen import _full_detail, screen_portfolio


def test_the_screen_finds_what_reading_every_day_finds(tmp_path: Path) -> None:
    store = open_store(tmp_path / "book.sqlite3")
    generate_portfolio(store, accounts=120, seed=11)
    books = default_playbooks()
    kinds: set[str] = set()
    with store.engine.connect() as connection:
        for today in (date.today(), date.today() - timedelta(days=200)):
            portfolio = compute_portfolio_health(connection, today)
            expected = {}
            for row, health in enumerate(portfolio.accounts):
                if warnings_apply(health):
                    found = active_warnings(connection, _full_detail(portfolio, row), books)
                    if found:
                        expected[health.account_id] = found

            screen = screen_portfolio(connection, portfolio)

            assert screen.active == expected
            kinds |= {w.rule_key for found in expected.values() for w in found}
    store.close()
    # Both rules that walk back through the days were met, so both paths were taken.
    assert {"score_drop", "renewal_while_red"} <= kinds

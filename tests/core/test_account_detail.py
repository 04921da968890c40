"""Loading one account's detail for the workspace."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cs_desktop.account_detail import AccountNotFoundError, load_account_detail
from cs_desktop.ids import AccountId
from cs_desktop.models import HealthSample, Stakeholder, StakeholderRole
from tests.support.factories import add_account, add_touchpoint


def test_detail_holds_stakeholders_latest_touchpoints_and_health(store) -> None:
    account = add_account(store, "Acme", domain="acme.example")
    for day in range(120):
        add_touchpoint(store, account, f"Touch {day}", days=day)
    today = date(2025, 6, 1)
    with store.write() as session:
        session.add(Stakeholder(account_id=account, name="Ana", role=StakeholderRole.CHAMPION))
        session.add(Stakeholder(account_id=account, name="Old", active=False))
        for week in range(110):
            day = today - timedelta(weeks=week)
            session.add(
                HealthSample(
                    account_id=account,
                    indicator_key="login_rate",
                    sample_date=day,
                    value=week / 100,
                )
            )
            session.add(
                HealthSample(account_id=account, indicator_key="roi", sample_date=day, value=1.5)
            )
    with store.engine.connect() as connection:
        detail = load_account_detail(
            connection, account, health_since=today - timedelta(days=2 * 365)
        )
    assert detail.header.name == "Acme"
    assert [s.name for s in detail.stakeholders] == ["Ana", "Old"]  # active first
    assert len(detail.recent_touchpoints) == 100
    assert detail.recent_touchpoints[0].title == "Touch 119"  # newest first
    series = {s.indicator_key: s for s in detail.health}
    assert set(series) == {"login_rate", "roi"}
    assert len(series["login_rate"].dates) == 105  # two years of weekly samples, not older
    assert list(series["login_rate"].dates) == sorted(series["login_rate"].dates)
    assert series["login_rate"].values[-1] == 0.0


def test_unknown_account_is_reported(store) -> None:
    with store.engine.connect() as connection, pytest.raises(AccountNotFoundError):
        load_account_detail(connection, AccountId(404))

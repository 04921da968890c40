"""Portfolio rows for the table's tests: many accounts, in several scripts and states."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from cs_desktop.ids import AccountId
from cs_desktop.portfolio import PortfolioRow

TODAY = date(2025, 6, 1)
STAGES = ("sales", "delivery", "service", "value")
TIERS = ("strategic", "enterprise", "mid_market", "smb")


def make_rows(count: int) -> list[PortfolioRow]:
    return [
        PortfolioRow(
            id=AccountId(i + 1),
            name=f"Account {i:05d}" if i % 7 else f"株式会社テスト {i:05d}",
            tier=TIERS[i % 4],
            stage=STAGES[(i // 3) % 4],
            owner=("Mei", "Ken", "Ana")[i % 3],
            arr=Decimal(1000 * ((i * 37) % 101)),
            currency="USD",
            renewal_date=date(2025, 6, 1 + i % 28),
            last_touchpoint_at=datetime(2025, 5, 1 + i % 28, tzinfo=UTC) if i % 5 else None,
            open_tasks=i % 4,
        )
        for i in range(count)
    ]

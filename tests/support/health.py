"""Builders for health tests: small scorecard folders and rows written through the ORM."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from cs_desktop.db import Store
from cs_desktop.ids import AccountId
from cs_desktop.models import (
    HealthSample,
    Satisfaction,
    Stage,
    StageChange,
    Stakeholder,
    StakeholderRole,
    Touchpoint,
    TouchpointKind,
)

# Service and value score three indicators; sales and delivery only the login rate.
FULL_CARD = """
[scorecard]
stage = "{stage}"
bands = {{ red_below = 40, green_from = 70 }}
[scorecard.indicators]
login_rate = {{ weight = 3, linear = [0.0, 1.0] }}
feature_adoption = {{ weight = 1, linear = [0.0, 1.0] }}
[scorecard.indicators.dm_meeting_recency]
weight = 1
direction = "lower"
thresholds = [30, 60]
points = [100, 50, 0]
"""
LOGIN_ONLY_CARD = """
[scorecard]
stage = "{stage}"
[scorecard.indicators]
login_rate = {{ weight = 1, linear = [0.0, 1.0] }}
"""
SETTINGS = """
[window]
sample_stale_after_days = 21
pulse_window_days = 180
[success_model]
stages = ["service", "value"]
min_score = 60
sustained_days = 3
"""


def write_scorecards(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for stage in ("service", "value"):
        (folder / f"{stage}.toml").write_text(FULL_CARD.format(stage=stage), encoding="utf-8")
    for stage in ("sales", "delivery"):
        (folder / f"{stage}.toml").write_text(LOGIN_ONLY_CARD.format(stage=stage), encoding="utf-8")
    (folder / "settings.toml").write_text(SETTINGS, encoding="utf-8")
    return folder


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


def add_samples(
    store: Store, account_id: AccountId, key: str, *samples: tuple[date, float]
) -> None:
    with store.write() as session:
        session.add_all(
            HealthSample(account_id=account_id, indicator_key=key, sample_date=day, value=value)
            for day, value in samples
        )


def add_decision_maker_meeting(store: Store, account_id: AccountId, day: date) -> None:
    with store.write() as session:
        boss = Stakeholder(account_id=account_id, name="Boss", role=StakeholderRole.DECISION_MAKER)
        session.add(
            Touchpoint(
                account_id=account_id,
                kind=TouchpointKind.QBR,
                occurred_at=at(day),
                title="QBR",
                attendees=[boss],
            )
        )


def add_pulse(
    store: Store, account_id: AccountId, day: date, product: Satisfaction, service: Satisfaction
) -> None:
    with store.write() as session:
        session.add(
            Touchpoint(
                account_id=account_id,
                kind=TouchpointKind.CALL,
                occurred_at=at(day),
                title="Call",
                product_satisfied=product,
                service_satisfied=service,
            )
        )


def add_stage_change(
    store: Store, account_id: AccountId, day: date, before: Stage | None, after: Stage
) -> None:
    with store.write() as session:
        session.add(
            StageChange(
                account_id=account_id, from_stage=before, to_stage=after, changed_at=at(day)
            )
        )

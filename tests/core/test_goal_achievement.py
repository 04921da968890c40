"""Goal achievement follows the plan's journey A goals; a fresh measurement overrides them."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from cs_desktop.db import Store
from cs_desktop.health.inputs import Events, load_inputs
from cs_desktop.health.scorecard import Window
from cs_desktop.health.scoring import daily_values
from cs_desktop.ids import AccountId
from cs_desktop.measurements import Measurement, record_measurement
from cs_desktop.models import Objective, ObjectiveStatus, SuccessPlan
from tests.support.factories import add_account

TODAY = date(2024, 6, 30)


def _goal_rate(store: Store, account_id: AccountId) -> tuple[np.ndarray, np.ndarray]:
    window = Window()
    with store.engine.connect() as connection:
        inputs = load_inputs(connection, TODAY, window, account_ids=[account_id], days=120)
    values = daily_values(inputs, "goal_achievement_rate", window)
    return values.values[0], values.present[0]


def test_share_of_goals_due_that_were_achieved_by_then(store: Store) -> None:
    account_id = add_account(store, "Acme")
    with store.write() as session:
        plan = SuccessPlan(account_id=account_id, title="Plan")
        plan.objectives = [
            Objective(
                goal="Go live",
                horizon_months=3,
                target_date=date(2024, 5, 1),
                status=ObjectiveStatus.ACHIEVED,
                achieved_on=date(2024, 4, 20),
            ),
            Objective(
                goal="Halve tickets",
                horizon_months=6,
                target_date=date(2024, 6, 1),
                status=ObjectiveStatus.MISSED,
            ),
            Objective(goal="Expand", horizon_months=12, target_date=date(2025, 1, 1)),
        ]
        session.add(plan)
    values, present = _goal_rate(store, account_id)
    start = TODAY - timedelta(days=119)

    def on(day: date) -> float | None:
        index = (day - start).days
        return float(values[index]) if present[index] else None

    assert on(date(2024, 4, 30)) is None  # nothing due yet
    assert on(date(2024, 5, 1)) == 1.0
    assert on(date(2024, 5, 31)) == 1.0
    assert on(date(2024, 6, 1)) == 0.5
    assert on(TODAY) == 0.5  # still present weeks after the last change

    with store.write() as session:
        record_measurement(
            session,
            Measurement(account_id, "goal_achievement_rate", date(2024, 6, 10), 0.8),
            today=TODAY,
        )
    values, present = _goal_rate(store, account_id)
    assert on(date(2024, 6, 9)) == 0.5
    assert on(date(2024, 6, 10)) == on(date(2024, 6, 30)) == np.float32(0.8)
    assert on(date(2024, 6, 1)) == 0.5


def test_no_goals_leaves_the_samples_alone() -> None:
    from cs_desktop.health.inputs import goal_achievement

    measured = Events(np.array([0], np.int32), np.array([3], np.int32), np.array([0.4]))
    events = goal_achievement(
        np.array([1], np.int64),
        np.array([500], np.int64),
        np.array([-(2**30)], np.int64),
        measured,
        30,
        21,
    )
    assert list(events.values) == [0.4]

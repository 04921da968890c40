"""Early warnings fire once per episode and create their playbook's tasks."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cs_desktop.health.dto import AccountHealth, Band
from cs_desktop.health.early_warnings import evaluate_warnings, warnings_apply
from cs_desktop.health.playbooks import load_playbooks
from cs_desktop.health.scorecard import load_scorecards
from cs_desktop.ids import AccountId
from cs_desktop.models import HealthWarning, Satisfaction, Stage, Task
from tests.support.factories import add_account
from tests.support.health import (
    add_decision_maker_meeting,
    add_pulse,
    add_samples,
    write_scorecards,
)

TODAY = date(2025, 6, 1)
NO, YES = Satisfaction.NO, Satisfaction.YES


def _tasks(store, account_id) -> list[str]:
    with store.read() as session:
        return list(
            session.scalars(
                select(Task.source_playbook).where(Task.account_id == account_id).order_by(Task.id)
            )
        )


def test_two_unsatisfied_pulses_fire_once_then_again_after_recovery(store) -> None:
    account_id = add_account(store, "Acme", stage=Stage.SERVICE)
    add_decision_maker_meeting(store, account_id, TODAY - timedelta(days=10))
    add_pulse(store, account_id, TODAY - timedelta(days=20), NO, YES)
    add_pulse(store, account_id, TODAY - timedelta(days=5), YES, NO)

    first = evaluate_warnings(store, account_id, TODAY)
    assert [w.rule_key for w in first.fired] == ["unsatisfied_pulses"]
    assert first.fired[0].episode_start == TODAY - timedelta(days=5)
    assert len(first.task_ids) == 2
    again = evaluate_warnings(store, account_id, TODAY + timedelta(days=1))
    assert [w.rule_key for w in again.active] == ["unsatisfied_pulses"]
    assert again.fired == () and again.task_ids == ()
    assert _tasks(store, account_id) == ["unsatisfied_pulses"] * 2

    add_pulse(store, account_id, TODAY + timedelta(days=2), YES, YES)
    assert evaluate_warnings(store, account_id, TODAY + timedelta(days=2)).active == ()
    add_pulse(store, account_id, TODAY + timedelta(days=3), NO, NO)
    add_pulse(store, account_id, TODAY + timedelta(days=4), NO, Satisfaction.UNKNOWN)
    later = evaluate_warnings(store, account_id, TODAY + timedelta(days=4))
    assert [w.episode_start for w in later.fired] == [TODAY + timedelta(days=4)]
    assert len(_tasks(store, account_id)) == 4
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(HealthWarning)) == 2


def test_no_decision_maker_meeting_in_90_days(store) -> None:
    account_id = add_account(store, "Acme", stage=Stage.SERVICE)
    met = TODAY - timedelta(days=91)
    add_decision_maker_meeting(store, account_id, met)
    outcome = evaluate_warnings(store, account_id, TODAY)
    episodes = {w.rule_key: w.episode_start for w in outcome.fired}
    # The meeting ageing past the thresholds also dropped the score: a second, separate warning.
    assert episodes["no_decision_maker_meeting"] == met + timedelta(days=91)
    earlier = evaluate_warnings(store, account_id, TODAY - timedelta(days=2)).active
    assert "no_decision_maker_meeting" not in {w.rule_key for w in earlier}


def test_score_drop_and_renewal_while_red(store, tmp_path: Path) -> None:
    cards = load_scorecards(write_scorecards(tmp_path / "cards"))
    books = [b for b in load_playbooks() if b.key != "no_decision_maker_meeting"]
    account_id = add_account(
        store, "Acme", stage=Stage.DELIVERY, renewal_date=TODAY + timedelta(days=100)
    )
    weekly = [(TODAY - timedelta(days=7 * w), 0.9 if w > 3 else 0.3) for w in range(10)]
    add_samples(store, account_id, "login_rate", *weekly)
    outcome = evaluate_warnings(store, account_id, TODAY, scorecards=cards, playbooks=books)
    fired = {w.rule_key: w for w in outcome.fired}
    assert set(fired) == {"score_drop", "renewal_while_red"}
    # 90 -> 30 first happened when the 0.3 sample of 3 weeks ago replaced 0.9.
    assert fired["score_drop"].episode_start == TODAY - timedelta(days=21)
    # Red since 21 days ago, but the renewal came within 120 days only 20 days ago.
    assert fired["renewal_while_red"].episode_start == TODAY - timedelta(days=20)
    assert sorted(set(_tasks(store, account_id))) == ["renewal_while_red", "score_drop"]


@pytest.mark.parametrize("days", [0])
def test_an_account_with_nothing_has_no_warnings_but_never_met(store, days: int) -> None:
    account_id = add_account(store, "Empty")
    outcome = evaluate_warnings(store, account_id, TODAY + timedelta(days=days))
    assert [w.rule_key for w in outcome.active] == ["no_decision_maker_meeting"]


def test_a_churned_customer_gets_no_playbook_tasks(store) -> None:
    from decimal import Decimal

    from cs_desktop.models import Renewal, RenewalOutcome

    account_id = add_account(store, "Gone Co", stage=Stage.SERVICE)
    add_decision_maker_meeting(store, account_id, TODAY - timedelta(days=10))
    add_pulse(store, account_id, TODAY - timedelta(days=20), NO, YES)
    add_pulse(store, account_id, TODAY - timedelta(days=5), YES, NO)
    with store.write() as session:
        session.add(
            Renewal(
                account_id=account_id,
                period_start=TODAY - timedelta(days=400),
                period_end=TODAY - timedelta(days=35),
                arr_before=Decimal(5000),
                arr_after=Decimal(0),
                outcome=RenewalOutcome.CHURNED,
            )
        )
    outcome = evaluate_warnings(store, account_id, TODAY)
    assert outcome.active == () and outcome.task_ids == ()
    assert _tasks(store, account_id) == []


@pytest.mark.parametrize(
    ("score", "band", "applies"),
    [(55.0, Band.YELLOW, True), (0.0, Band.RED, True), (None, None, False)],
)
def test_warnings_apply_only_to_an_account_scored_today(
    score: float | None, band: Band | None, applies: bool
) -> None:
    health = AccountHealth(AccountId(1), Stage.SERVICE, score, band, None, None, ())
    assert warnings_apply(health) is applies


def test_a_fresh_account_with_no_inputs_is_not_warned(store) -> None:
    from cs_desktop.health.service import compute_account_health

    account_id = add_account(store, "Fresh")
    with store.engine.connect() as connection:
        health = compute_account_health(connection, account_id, TODAY).health
    assert health.score is None and not warnings_apply(health)

"""Success plans entered by hand: the rules of the plan, its goals and steps, and reordering."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from cs_desktop.book import plans
from cs_desktop.db import Store
from cs_desktop.ids import AccountId, MilestoneId, ObjectiveId, SuccessPlanId
from cs_desktop.models import Account, Milestone, Objective, SuccessPlan
from cs_desktop.record_edits import RecordRejected, reverse, reverse_all
from cs_desktop.vocabulary import ObjectiveStatus

TODAY = date(2026, 5, 20)


def today() -> date:
    return TODAY


def _account(store: Store, name: str = "Osaka Foods") -> AccountId:
    with store.write() as session:
        account = Account(name=name, arr=Decimal(100))
        session.add(account)
        session.flush()
        return AccountId(account.id)


def _plan(store: Store, account_id: AccountId) -> SuccessPlanId:
    with store.write() as session:
        edit = plans.create_plan(session, account_id, {"title": "FY2026"}, today=today)
        return SuccessPlanId(edit.row_id)


def _rejected(store: Store, write) -> dict[str, str]:
    with pytest.raises(RecordRejected) as caught, store.write() as session:
        write(session)
    return caught.value.errors


def test_a_plan_is_created_once_per_account_with_who_agreed_and_when(store: Store) -> None:
    account_id = _account(store)
    with store.write() as session:
        plans.create_plan(
            session,
            account_id,
            {"title": "  成功計画 2026 ", "agreed_with": "佐藤 花子", "agreed_on": TODAY},
            today=today,
        )
    with store.read() as session:
        plan = session.scalars(select(SuccessPlan)).one()
        assert (plan.title, plan.agreed_with, plan.agreed_on) == (
            "成功計画 2026",
            "佐藤 花子",
            TODAY,
        )
    errors = _rejected(store, lambda s: plans.create_plan(s, account_id, {"title": "Again"}))
    assert errors == {"title": plans.PLAN_EXISTS}


@pytest.mark.parametrize(
    ("values", "errors"),
    [
        ({"title": " "}, {"title": plans.NO_TITLE}),
        ({"title": "P", "agreed_on": TODAY}, {"agreed_with": plans.AGREED_WITHOUT_WHOM}),
        (
            {"title": "P", "agreed_with": "Ann", "agreed_on": TODAY + timedelta(days=1)},
            {"agreed_on": plans.IN_FUTURE},
        ),
        ({"title": "P" * 301}, {"title": "this is longer than the field holds"}),
    ],
)
def test_a_plan_with_bad_values_is_refused_field_by_field(store: Store, values, errors) -> None:
    account_id = _account(store)
    assert (
        _rejected(store, lambda s: plans.create_plan(s, account_id, values, today=today)) == errors
    )
    with store.read() as session:
        assert session.scalars(select(SuccessPlan)).all() == []


@pytest.mark.parametrize(
    ("values", "field", "problem"),
    [
        ({"goal": ""}, "goal", plans.NO_GOAL),
        ({"horizon_months": 9}, "horizon_months", plans.BAD_HORIZON),
        ({"status": ObjectiveStatus.ACHIEVED}, "achieved_on", plans.ACHIEVED_WITHOUT_DATE),
        ({"achieved_on": TODAY}, "achieved_on", plans.DATE_WITHOUT_ACHIEVED),
        (
            {"status": ObjectiveStatus.ACHIEVED, "achieved_on": TODAY + timedelta(days=3)},
            "achieved_on",
            plans.IN_FUTURE,
        ),
    ],
)
def test_goal_rules(store: Store, values, field, problem) -> None:
    plan_id = _plan(store, _account(store))
    goal = {"goal": "Close tickets in a day", "horizon_months": 6, **values}
    errors = _rejected(store, lambda s: plans.add_objective(s, plan_id, goal, today=today))
    assert errors == {field: problem}


def test_an_achieved_goal_keeps_its_date_and_reopening_it_needs_the_date_cleared(
    store: Store,
) -> None:
    plan_id = _plan(store, _account(store))
    with store.write() as session:
        goal_id = ObjectiveId(
            plans.add_objective(
                session,
                plan_id,
                {"goal": "Halve onboarding time", "horizon_months": 3, "measure": "days"},
                today=today,
            ).row_id
        )
    with store.write() as session:
        plans.update_objective(
            session,
            goal_id,
            {"status": ObjectiveStatus.ACHIEVED, "achieved_on": TODAY, "measured_value": "4 days"},
            today=today,
        )
    errors = _rejected(
        store,
        lambda s: plans.update_objective(
            s, goal_id, {"status": ObjectiveStatus.IN_PROGRESS}, today=today
        ),
    )
    assert errors == {"achieved_on": plans.DATE_WITHOUT_ACHIEVED}
    with store.write() as session:
        edit = plans.update_objective(
            session, goal_id, {"status": ObjectiveStatus.IN_PROGRESS, "achieved_on": None}
        )
        reverse(session, edit)
    with store.read() as session:
        goal = session.get(Objective, goal_id)
        assert (goal.status, goal.achieved_on, goal.measured_value) == (
            ObjectiveStatus.ACHIEVED,
            TODAY,
            "4 days",
        )


def test_step_rules_and_ticking_a_step_done_today(store: Store) -> None:
    plan_id = _plan(store, _account(store))
    assert _rejected(store, lambda s: plans.add_milestone(s, plan_id, {"step": " "})) == {
        "step": plans.NO_STEP
    }
    assert _rejected(
        store, lambda s: plans.add_milestone(s, plan_id, {"step": "Go live", "done": True})
    ) == {"done_on": plans.DONE_WITHOUT_DATE}
    assert _rejected(
        store, lambda s: plans.add_milestone(s, plan_id, {"step": "Go live", "done_on": TODAY})
    ) == {"done_on": plans.DATE_WITHOUT_DONE}
    with store.write() as session:
        step_id = MilestoneId(
            plans.add_milestone(session, plan_id, {"step": "Go live", "owner": "Ken"}).row_id
        )
        plans.set_milestone_done(session, step_id, True, today=today)
    with store.read() as session:
        step = session.get(Milestone, step_id)
        assert (step.done, step.done_on, step.owner) == (True, TODAY, "Ken")


def test_deleting_the_plan_takes_its_goals_and_steps_and_undo_brings_them_back(
    store: Store,
) -> None:
    plan_id = _plan(store, _account(store))
    with store.write() as session:
        plans.add_objective(session, plan_id, {"goal": "A", "horizon_months": 12})
        plans.add_milestone(session, plan_id, {"step": "B"})
    with store.write() as session:
        edit = plans.delete_plan(session, plan_id)
    with store.read() as session:
        assert session.scalars(select(Objective)).all() == []
    with store.write() as session:
        reverse(session, edit)
    with store.read() as session:
        assert [o.goal for o in session.scalars(select(Objective))] == ["A"]
        assert [m.step for m in session.scalars(select(Milestone))] == ["B"]


def _goal_order(store: Store, plan_id: SuccessPlanId) -> list[tuple[int, int, int]]:
    with store.read() as session:
        return [
            (goal.horizon_months, goal.position, goal.id)
            for goal in session.scalars(
                select(Objective)
                .where(Objective.plan_id == plan_id)
                .order_by(Objective.horizon_months, Objective.position, Objective.id)
            )
        ]


def test_a_goal_moves_within_its_horizon_only(store: Store) -> None:
    plan_id = _plan(store, _account(store))
    with store.write() as session:
        ids = [
            plans.add_objective(session, plan_id, {"goal": g, "horizon_months": h}).row_id
            for g, h in (("a", 3), ("b", 6), ("c", 6), ("d", 12))
        ]
    with store.write() as session:
        plans.move_objective(session, ObjectiveId(ids[1]), -1)  # first of 6 months: stays
        plans.move_objective(session, ObjectiveId(ids[2]), -1)
    assert [row[2] for row in _goal_order(store, plan_id)] == [ids[0], ids[2], ids[1], ids[3]]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    horizons=st.lists(st.sampled_from((3, 6, 12, 24)), min_size=1, max_size=6),
    legacy=st.booleans(),
    moves=st.lists(st.tuples(st.integers(0, 5), st.integers(-3, 3)), max_size=8),
)
def test_any_moves_keep_positions_a_permutation_and_undo_restores_the_order(
    store: Store, horizons: list[int], legacy: bool, moves: list[tuple[int, int]]
) -> None:
    plan_id = _plan(store, _account(store))
    with store.write() as session:
        goal_ids = [
            plans.add_objective(session, plan_id, {"goal": str(i), "horizon_months": h}).row_id
            for i, h in enumerate(horizons)
        ]
        step_ids = [
            plans.add_milestone(session, plan_id, {"step": str(i)}).row_id
            for i in range(len(horizons))
        ]
        if legacy:  # rows from before positions existed all have 0
            for model, ids in ((Objective, goal_ids), (Milestone, step_ids)):
                for row_id in ids:
                    session.get(model, row_id).position = 0
    goals_before = _goal_order(store, plan_id)
    steps_before = _step_ids(store, plan_id)
    done = []
    for index, offset in moves:
        with store.write() as session:
            goal = ObjectiveId(goal_ids[index % len(goal_ids)])
            step = MilestoneId(step_ids[index % len(step_ids)])
            done.append(
                plans.move_objective(session, goal, offset)
                + plans.move_milestone(session, step, offset)
            )
        order = _goal_order(store, plan_id)
        assert sorted(position for _h, position, _id in order) == list(range(len(order)))
        assert [h for h, _p, _id in order] == sorted(horizons)
        assert sorted(_step_positions(store, plan_id)) == list(range(len(step_ids)))
    for edits in reversed(done):
        with store.write() as session:
            reverse_all(session, edits)
    assert _goal_order(store, plan_id) == goals_before
    assert _step_ids(store, plan_id) == steps_before


def _step_ids(store: Store, plan_id: SuccessPlanId) -> list[int]:
    with store.read() as session:
        return [step.id for step in session.get(SuccessPlan, plan_id).milestones]


def _step_positions(store: Store, plan_id: SuccessPlanId) -> list[int]:
    with store.read() as session:
        return [step.position for step in session.get(SuccessPlan, plan_id).milestones]

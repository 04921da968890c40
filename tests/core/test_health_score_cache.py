"""Kept scores: a start recomputes only the accounts whose inputs changed and the days since."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import delete, update

from cs_desktop.db import Store
from cs_desktop.health.early_warnings import ActiveWarning, Evidence
from cs_desktop.health.playbooks import RuleKind
from cs_desktop.health.score_cache import KeptPortfolio, load_portfolio, save_portfolio
from cs_desktop.health.score_cache import save_warnings as keep_warnings
from cs_desktop.health.scorecard import ScorecardSet, load_scorecards
from cs_desktop.health.service import compute_portfolio_health
from cs_desktop.ids import AccountId
from cs_desktop.local_text import LocalText
from cs_desktop.models import (
    Account,
    Milestone,
    Renewal,
    RenewalOutcome,
    Satisfaction,
    Stage,
    Stakeholder,
    StakeholderRole,
    SuccessPlan,
    Touchpoint,
)
from tests.support.factories import add_account
from tests.support.health import (
    add_decision_maker_meeting,
    add_pulse,
    add_samples,
    add_stage_change,
    write_scorecards,
)

TODAY = date(2025, 3, 1)


@pytest.fixture
def cards(tmp_path: Path) -> ScorecardSet:
    return load_scorecards(write_scorecards(tmp_path / "scorecards"))


@pytest.fixture
def book(store: Store) -> list[AccountId]:
    """Three accounts in service; each met a decision maker (their stakeholder and QBR)."""
    accounts = []
    for name, login in (("Acme", 0.9), ("Globex", 0.3), ("Initech", 0.6)):
        account_id = add_account(store, name, stage=Stage.SERVICE)
        add_samples(store, account_id, "login_rate", (date(2025, 2, 20), login))
        add_decision_maker_meeting(store, account_id, date(2025, 2, 10))
        accounts.append(account_id)
    return accounts


def start(store: Store, cards: ScorecardSet, today: date = TODAY) -> KeptPortfolio:
    """What the app does at start: read, then keep what was computed."""
    with store.engine.connect() as connection:
        kept = load_portfolio(connection, today, cards, playbooks=())
    with store.engine.begin() as connection:
        save_portfolio(connection, kept)
    return kept


def test_a_second_start_with_nothing_changed_recomputes_nothing(store, cards, book) -> None:
    first = start(store, cards)
    second = start(store, cards)

    assert first.recomputed == frozenset(book)
    assert second.recomputed == frozenset()
    assert second.extended == frozenset()
    with store.engine.connect() as connection:
        fresh = compute_portfolio_health(connection, TODAY, scorecards=cards)
    assert second.portfolio.accounts == fresh.accounts
    np.testing.assert_array_equal(second.portfolio.scores, fresh.scores)


def _samples(store: Store, account: AccountId) -> None:
    add_samples(store, account, "feature_adoption", (date(2025, 2, 25), 0.5))


def _pulse(store: Store, account: AccountId) -> None:
    add_pulse(store, account, date(2025, 2, 26), Satisfaction.NO, Satisfaction.YES)


def _meeting(store: Store, account: AccountId) -> None:
    add_decision_maker_meeting(store, account, date(2025, 2, 27))


def _stage(store: Store, account: AccountId) -> None:
    add_stage_change(store, account, date(2025, 2, 15), Stage.SERVICE, Stage.VALUE)
    with store.write() as session:
        session.execute(update(Account).where(Account.id == account).values(stage=Stage.VALUE))


def _renewal_date(store: Store, account: AccountId) -> None:
    with store.write() as session:
        session.execute(
            update(Account).where(Account.id == account).values(renewal_date=date(2025, 4, 1))
        )


def _renewal(store: Store, account: AccountId) -> None:
    with store.write() as session:
        session.add(
            Renewal(
                account_id=account,
                period_start=date(2024, 1, 1),
                period_end=date(2024, 12, 31),
                arr_before=Decimal(1000),
                arr_after=Decimal(0),
                outcome=RenewalOutcome.CHURNED,
            )
        )


def _milestone_done(store: Store, account: AccountId) -> None:
    with store.write() as session:
        plan = SuccessPlan(account_id=account, title="Plan")
        session.add(plan)
        session.flush()
        session.add(Milestone(plan_id=plan.id, step="Go live", due=date(2025, 2, 1)))
    with store.write() as session:
        session.execute(update(Milestone).values(done=True))


def _stakeholder_role(store: Store, account: AccountId) -> None:
    with store.write() as session:
        session.execute(
            update(Stakeholder)
            .where(Stakeholder.account_id == account)
            .values(role=StakeholderRole.USER)
        )


def _touchpoint_deleted(store: Store, account: AccountId) -> None:
    with store.write() as session:
        session.execute(delete(Touchpoint).where(Touchpoint.account_id == account))


@pytest.mark.parametrize(
    "edit",
    [
        _samples,
        _pulse,
        _meeting,
        _stage,
        _renewal_date,
        _renewal,
        _milestone_done,
        _stakeholder_role,
        _touchpoint_deleted,
    ],
    ids=lambda f: f.__name__,
)
def test_an_edit_invalidates_exactly_its_account(
    store, cards, book, edit: Callable[[Store, AccountId], None]
) -> None:
    start(store, cards)
    edit(store, book[1])

    after = start(store, cards)

    assert after.recomputed == frozenset({book[1]})
    with store.engine.connect() as connection:
        fresh = compute_portfolio_health(connection, TODAY, scorecards=cards)
    assert after.portfolio.accounts == fresh.accounts
    np.testing.assert_array_equal(after.portfolio.scores, fresh.scores)


def test_an_edit_that_changes_no_input_keeps_the_score(store, cards, book) -> None:
    start(store, cards)
    with store.write() as session:
        session.execute(update(Account).where(Account.id == book[1]).values(owner="Dana"))

    assert start(store, cards).recomputed == frozenset()


def test_other_scorecards_recompute_every_account(store, cards, book, tmp_path) -> None:
    start(store, cards)
    folder = write_scorecards(tmp_path / "other")
    service = folder / "service.toml"
    service.write_text(service.read_text().replace("weight = 3", "weight = 2"))

    assert start(store, load_scorecards(folder)).recomputed == frozenset(book)


def test_a_new_day_adds_only_the_days_since(store, cards, book) -> None:
    start(store, cards)
    later = TODAY + timedelta(days=3)

    moved = start(store, cards, later)

    assert moved.recomputed == frozenset()
    assert moved.extended == frozenset(book)
    with store.engine.connect() as connection:
        fresh = compute_portfolio_health(connection, later, scorecards=cards)
    assert moved.portfolio.accounts == fresh.accounts
    np.testing.assert_array_equal(moved.portfolio.scores, fresh.scores)
    assert start(store, cards, later).to_save == frozenset()


def test_a_new_account_is_the_only_one_computed(store, cards, book) -> None:
    start(store, cards)
    newcomer = add_account(store, "Hooli", stage=Stage.SALES)

    assert start(store, cards).recomputed == frozenset({newcomer})


def test_warnings_checked_today_are_kept_until_an_edit(store, cards, book) -> None:
    kept = start(store, cards)
    evidence = Evidence(RuleKind.SCORE_DROP, days=30, before=80, now=50)
    warning = ActiveWarning("score_drop", LocalText("Score dropped"), date(2025, 2, 20), evidence)
    with store.engine.begin() as connection:
        keep_warnings(connection, kept.fingerprint, TODAY, book, {book[0]: (warning,)})

    again = start(store, cards)
    assert again.warnings == {book[0]: (warning,), book[1]: (), book[2]: ()}

    _samples(store, book[0])
    assert book[0] not in start(store, cards).warnings
    assert start(store, cards, TODAY + timedelta(days=1)).warnings == {}


def test_samples_written_in_bulk_are_found_by_id(store, cards, book) -> None:
    """Samples carry no per-row trigger (imports write millions): new ids above the mark."""
    start(store, cards)
    with store.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO health_sample (account_id, indicator_key, sample_date, value, uid, "
            "created_at, updated_at) VALUES (?, 'roi', '2025-02-27', 2.0, randomblob(16), 0, 0)",
            (book[2],),
        )

    assert start(store, cards).recomputed == frozenset({book[2]})
    assert start(store, cards).recomputed == frozenset()


def test_a_changed_sample_value_invalidates_its_account(store, cards, book) -> None:
    start(store, cards)
    with store.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE health_sample SET value = 0.1 WHERE account_id = ?", (book[0],)
        )

    assert start(store, cards).recomputed == frozenset({book[0]})


def test_a_sample_id_reused_after_a_delete_is_seen(store, cards, book) -> None:
    start(store, cards)
    with store.engine.begin() as connection:
        top = connection.exec_driver_sql("SELECT max(id), account_id FROM health_sample").one()
        connection.exec_driver_sql("DELETE FROM health_sample WHERE id = ?", (top[0],))
    assert start(store, cards).recomputed == frozenset({top[1]})
    with store.engine.begin() as connection:  # the same id again, for another account
        connection.exec_driver_sql(
            "INSERT INTO health_sample (id, account_id, indicator_key, sample_date, value, uid, "
            "created_at, updated_at) VALUES (?, ?, 'roi', '2025-02-27', 2.0, randomblob(16), 0, 0)",
            (top[0], book[0] if top[1] != book[0] else book[1]),
        )

    assert start(store, cards).recomputed == frozenset({book[0] if top[1] != book[0] else book[1]})


def test_a_sample_deleted_while_scores_are_computed_keeps_the_mark_low(store, cards, book) -> None:
    with store.engine.connect() as connection:
        first = load_portfolio(connection, TODAY, cards, playbooks=())
    with store.engine.begin() as connection:  # meanwhile, on the writer
        top = connection.exec_driver_sql("SELECT max(id), account_id FROM health_sample").one()
        connection.exec_driver_sql("DELETE FROM health_sample WHERE id = ?", (top[0],))
    with store.engine.begin() as connection:
        save_portfolio(connection, first, leave_out={AccountId(top[1])})
        mark = connection.exec_driver_sql(
            "SELECT value FROM health_score_mark WHERE name = 'health_sample'"
        ).scalar()

    assert mark == top[0] - 1

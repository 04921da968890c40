"""The sample portfolio: deterministic, consistent, searchable, and honest about its indicators."""

from __future__ import annotations

import itertools
import sqlite3
import statistics
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import selectinload

from cs_desktop.db import Store, open_store
from cs_desktop.demo import INDICATORS, GenerationCancelled, generate_portfolio
from cs_desktop.demo.records import FIELDS
from cs_desktop.models import (
    Account,
    RenewalOutcome,
    Satisfaction,
    Stage,
    StakeholderRole,
    Tier,
    Touchpoint,
)
from cs_desktop.tables import metadata

TODAY = date(2026, 11, 23)
STAGE_ORDER = [s.value for s in Stage]


def _raw(store: Store) -> sqlite3.Connection:
    return sqlite3.connect(store.path)


def _dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    with closing(_raw(store)) as connection:
        return {
            table.name: connection.execute(
                f'SELECT * FROM "{table.name}" ORDER BY rowid'
            ).fetchall()
            for table in metadata.sorted_tables
        }


def _counts(store: Store) -> dict[str, int]:
    with closing(_raw(store)) as connection:
        return {
            table.name: connection.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
            for table in metadata.sorted_tables
        }


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A 30-account portfolio shared by the read-only tests."""
    store = open_store(tmp_path_factory.mktemp("demo") / "portfolio.sqlite3")
    generate_portfolio(store, accounts=30, seed=11, today=TODAY)
    yield store
    store.close()


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Enough accounts and renewals for the indicators' signal to show."""
    store = open_store(tmp_path_factory.mktemp("demo") / "large.sqlite3")
    generate_portfolio(store, accounts=300, seed=7, today=TODAY)
    yield store
    store.close()


def test_same_seed_and_day_give_identical_rows(tmp_path: Path) -> None:
    dumps = []
    for name in ("a", "b"):
        store = open_store(tmp_path / f"{name}.sqlite3")
        generate_portfolio(store, accounts=8, seed=3, today=TODAY)
        dumps.append(_dump(store))
        store.close()
    assert dumps[0] == dumps[1]
    assert dumps[0]["touchpoint"]


def test_another_seed_gives_another_portfolio(store: Store, portfolio: Store) -> None:
    generate_portfolio(store, accounts=30, seed=12, today=TODAY)
    mine, theirs = _dump(store)["account"], _dump(portfolio)["account"]
    uid_column = [c.name for c in metadata.tables["account"].columns].index("uid")
    assert {row[uid_column] for row in mine}.isdisjoint({row[uid_column] for row in theirs})
    assert [row for row in mine] != [row for row in theirs]


def test_uids_are_version_4(portfolio: Store) -> None:
    with closing(_raw(portfolio)) as connection:
        uids = [uuid.UUID(bytes=row[0]) for row in connection.execute("SELECT uid FROM touchpoint")]
    assert uids
    assert {u.version for u in uids} == {4}
    assert {u.variant for u in uids} == {uuid.RFC_4122}


def test_counts_scale_with_accounts(tmp_path: Path) -> None:
    summaries, counts = [], []
    for accounts in (5, 20):
        store = open_store(tmp_path / f"{accounts}.sqlite3")
        summaries.append(generate_portfolio(store, accounts=accounts, seed=5, today=TODAY))
        counts.append(_counts(store))
        store.close()
    small, big = summaries
    assert (small.accounts, big.accounts) == (5, 20)
    for summary, count in zip(summaries, counts, strict=True):
        assert summary.stakeholders == count["stakeholder"]
        assert summary.touchpoints == count["touchpoint"]
        assert summary.health_samples == count["health_sample"]
        assert summary.renewals == count["renewal"]
        assert summary.tasks == count["task"]
        assert 2 * summary.accounts <= summary.stakeholders <= 6 * summary.accounts
        assert summary.seconds > 0
    assert big.touchpoints > 2 * small.touchpoints
    assert big.health_samples > 2 * small.health_samples


@pytest.mark.slow  # a 300-account portfolio
def test_volumes_per_account_are_realistic(large: Store) -> None:
    count = _counts(large)
    assert 35 <= count["touchpoint"] / 300 <= 65
    assert 350 <= count["health_sample"] / 300 <= 650
    assert count["touchpoint_attendee"] > count["touchpoint"] // 2
    assert count["success_plan"] > 0.8 * 300
    with closing(_raw(large)) as connection:
        tiers = dict(connection.execute("SELECT tier, count(*) FROM account GROUP BY tier"))
        currencies = dict(connection.execute("SELECT currency, count(*) FROM account GROUP BY 1"))
        kinds = dict(connection.execute("SELECT kind, count(*) FROM touchpoint GROUP BY kind"))
    assert tiers["smb"] > tiers["mid_market"] > tiers["enterprise"] > tiers["strategic"] > 0
    assert max(currencies, key=currencies.__getitem__) == "USD"
    assert {"JPY", "CNY", "EUR"} <= set(currencies)
    assert kinds["email"] > kinds["qbr"] > 0


def test_foreign_keys_and_integrity_hold(portfolio: Store) -> None:
    with closing(_raw(portfolio)) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        # Attendees belong to the account the touchpoint is about.
        strangers = connection.execute(
            "SELECT count(*) FROM touchpoint_attendee a JOIN touchpoint t ON t.id = a.touchpoint_id"
            " JOIN stakeholder s ON s.id = a.stakeholder_id WHERE s.account_id != t.account_id"
        ).fetchone()[0]
    assert strangers == 0


@pytest.mark.slow
def test_stage_is_the_end_of_its_history(large: Store) -> None:
    with large.read() as session:
        accounts = session.scalars(
            select(Account).options(selectinload(Account.stage_changes))
        ).all()
        for account in accounts:
            changes = account.stage_changes
            assert changes, account.name
            assert changes[0].from_stage is None
            assert changes[0].to_stage is Stage.SALES
            for before, after in itertools.pairwise(changes):
                assert after.from_stage is before.to_stage
                assert STAGE_ORDER.index(after.to_stage) == STAGE_ORDER.index(before.to_stage) + 1
                assert after.changed_at >= before.changed_at
            assert changes[-1].to_stage is account.stage
            assert changes[-1].changed_at.date() <= TODAY
            assert account.contract_start is not None
            age = (TODAY - account.contract_start).days
            if age < 0:
                assert account.stage is Stage.SALES
            if age > 200:
                assert account.stage in (Stage.SERVICE, Stage.VALUE)


@pytest.mark.slow
def test_renewals_fit_outcomes_and_churn_ends_activity(large: Store) -> None:
    with closing(_raw(large)) as connection:
        renewals = connection.execute(
            "SELECT account_id, period_end, arr_before, arr_after, outcome FROM renewal"
        ).fetchall()
        accounts = {
            row[0]: row[1:]
            for row in connection.execute(
                "SELECT id, arr, renewal_date, contract_start FROM account"
            )
        }
        last_touch = dict(
            connection.execute("SELECT account_id, max(occurred_at) FROM touchpoint GROUP BY 1")
        )
        last_sample = dict(
            connection.execute("SELECT account_id, max(sample_date) FROM health_sample GROUP BY 1")
        )
    outcomes = {outcome for *_, outcome in renewals}
    assert outcomes == {o.value for o in RenewalOutcome}
    churned = {}
    for account_id, period_end, before, after, outcome in renewals:
        assert account_id not in churned, "no renewal after churn"
        assert before > 0
        if outcome == "churned":
            assert after == 0
            churned[account_id] = period_end
        elif outcome == "expanded":
            assert after > before
        elif outcome == "contracted":
            assert 0 < after < before
        else:
            assert after >= before
    assert 0.03 < len(churned) / len(accounts) < 0.3
    for account_id, (arr, renewal_date, contract_start) in accounts.items():
        if account_id in churned:
            assert (arr, renewal_date) == (0, None)
            end_ms = (date.fromisoformat(churned[account_id]) - date(1970, 1, 1)).days * 86_400_000
            assert last_touch.get(account_id, 0) < end_ms
            assert last_sample.get(account_id, "") < churned[account_id]
        else:
            assert arr > 0
            assert renewal_date > TODAY.isoformat()
            assert renewal_date[5:] == contract_start[5:] or contract_start[5:] == "02-29"


def _indicator_means_before_renewal(store: Store) -> dict[str, dict[str, list[float]]]:
    """Per indicator, per outcome: each renewal's mean value over its last contract year."""
    with closing(_raw(store)) as connection:
        rows = connection.execute(
            "SELECT r.outcome, h.indicator_key, avg(h.value), count(*) FROM renewal r"
            " JOIN health_sample h ON h.account_id = r.account_id"
            "  AND h.sample_date > date(r.period_end, '-1 year') AND h.sample_date <= r.period_end"
            " GROUP BY r.id, h.indicator_key"
        ).fetchall()
    means: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for outcome, key, mean, weeks in rows:
        if weeks >= 26:  # at least half a year of samples before the renewal
            means[key][outcome].append(mean)
    return means


@pytest.mark.slow
def test_predictive_indicators_separate_renewals_and_random_ones_do_not(large: Store) -> None:
    means = _indicator_means_before_renewal(large)
    assert {spec.key for spec in INDICATORS} == set(means)
    for spec in INDICATORS:
        kept = means[spec.key]["renewed"] + means[spec.key]["expanded"]
        lost = means[spec.key]["churned"] + means[spec.key]["contracted"]
        assert len(kept) > 100 and len(lost) > 30
        spread = statistics.pstdev(kept + lost) or 1.0
        effect = (statistics.mean(kept) - statistics.mean(lost)) / spread
        if spec.predictive:
            assert effect > 0.7, (spec.key, effect)
        else:
            assert abs(effect) < 0.4, (spec.key, effect)
    login = means["login_rate"]
    assert statistics.mean(login["renewed"]) > statistics.mean(login["churned"]) + 0.1


def test_indicator_specs_match_the_samples(portfolio: Store) -> None:
    with closing(_raw(portfolio)) as connection:
        keys = {
            row[0] for row in connection.execute("SELECT DISTINCT indicator_key FROM health_sample")
        }
        low, high = connection.execute(
            "SELECT min(value), max(value) FROM health_sample WHERE indicator_key = 'login_rate'"
        ).fetchone()
        dates = connection.execute("SELECT min(sample_date), max(sample_date) FROM health_sample")
        first, last = dates.fetchone()
    assert keys == {spec.key for spec in INDICATORS}
    assert {spec.group for spec in INDICATORS} == {"outcomes", "usage", "communication"}
    assert any(spec.predictive for spec in INDICATORS)
    assert not all(spec.predictive for spec in INDICATORS)
    assert 0.0 <= low < high <= 1.0
    assert last <= TODAY.isoformat()
    assert first >= (TODAY - timedelta(days=2 * 365 + 7)).isoformat()


def test_refuses_a_store_with_accounts_and_bad_sizes(store: Store) -> None:
    generate_portfolio(store, accounts=2, seed=1, today=TODAY)
    before = _counts(store)
    with pytest.raises(ValueError, match="already holds accounts"):
        generate_portfolio(store, accounts=2, seed=2, today=TODAY)
    assert _counts(store) == before
    with pytest.raises(ValueError, match="at least 1"):
        generate_portfolio(store, accounts=0)


def test_cancel_rolls_everything_back(store: Store) -> None:
    polls: list[int] = []
    reports: list[tuple[int, int]] = []

    def cancelled() -> bool:
        polls.append(1)
        return len(polls) >= 2  # after the first batch was written

    with pytest.raises(GenerationCancelled):
        generate_portfolio(
            store,
            accounts=5,
            today=TODAY,
            progress=lambda done, total: reports.append((done, total)),
            cancelled=cancelled,
        )
    assert reports == [(0, 5), (5, 5)]
    assert set(_counts(store).values()) == {0}
    with closing(_raw(store)) as connection:
        assert connection.execute("SELECT count(*) FROM touchpoint_fts").fetchone()[0] == 0
    # The store is still usable.
    assert generate_portfolio(store, accounts=3, today=TODAY).accounts == 3


@pytest.mark.parametrize(
    "word",
    ["onboarding", "renewal", "QBR", "オンボーディング", "活用状況", "管理员培训", "使用情况"],
)
def test_search_finds_everyday_words(portfolio: Store, word: str) -> None:
    with closing(_raw(portfolio)) as connection:
        hits = connection.execute(
            "SELECT rowid FROM touchpoint_fts WHERE touchpoint_fts MATCH ?", (f'"{word}"',)
        ).fetchall()
    assert hits


@pytest.mark.parametrize("word", ["adoption", "導入", "更新", "活用", "上线", "续约", "培训"])
def test_notes_use_everyday_words(portfolio: Store, word: str) -> None:
    # Two-character words are below the trigram index; search matches them with LIKE.
    with closing(_raw(portfolio)) as connection:
        hits = connection.execute(
            "SELECT count(*) FROM touchpoint WHERE title LIKE ?1 OR notes LIKE ?1",
            (f"%{word}%",),
        ).fetchone()[0]
    assert hits


def test_statements_come_with_needs(portfolio: Store) -> None:
    with closing(_raw(portfolio)) as connection:
        pairs = connection.execute(
            "SELECT customer_statement, inferred_need FROM touchpoint"
            " WHERE customer_statement != ''"
        ).fetchall()
    assert pairs
    assert all(need for _, need in pairs)
    assert ("Can you show us case studies from other companies?",
            "Help them picture success inside their own company") in pairs  # fmt: skip


def test_rows_read_back_through_the_orm(portfolio: Store) -> None:
    with portfolio.read() as session:
        account = session.scalars(
            select(Account).where(Account.stage == Stage.VALUE).limit(1)
        ).one()
        assert isinstance(account.uid, uuid.UUID)
        assert isinstance(account.created_at, datetime) and account.created_at.tzinfo is not None
        assert account.updated_at >= account.created_at
        assert isinstance(account.arr, Decimal) and account.arr > 0
        assert isinstance(account.contract_start, date)
        assert isinstance(account.tier, Tier)
        assert account.stakeholders
        assert all(isinstance(s.role, StakeholderRole) for s in account.stakeholders)
        assert all(isinstance(s.active, bool) for s in account.stakeholders)
        touchpoint = session.scalars(
            select(Touchpoint).where(Touchpoint.account_id == account.id).limit(1)
        ).one()
        assert isinstance(touchpoint.product_satisfied, Satisfaction)
        assert touchpoint.occurred_at.tzinfo is not None
        assert all(s.account_id == account.id for s in touchpoint.attendees)
        assert account.renewals or account.contract_start > TODAY - timedelta(days=366)
        for renewal in account.renewals:
            assert isinstance(renewal.arr_before, Decimal)
            assert isinstance(renewal.outcome, RenewalOutcome)
        plan = account.success_plans[0] if account.success_plans else None
        if plan is not None:
            assert plan.objectives and plan.milestones
            assert all(isinstance(m.due, date) for m in plan.milestones)


def test_fast_path_stores_exactly_what_the_orm_would(portfolio: Store, store: Store) -> None:
    """Every row, read through SQLAlchemy's types and written back through them, is identical."""
    with portfolio.engine.connect() as source, store.engine.begin() as target:
        for table in metadata.sorted_tables:
            rows = [dict(row._mapping) for row in source.execute(select(table))]
            if rows:
                target.execute(insert(table), rows)
    assert _dump(store) == _dump(portfolio)


def test_fields_cover_every_model_column() -> None:
    # A new column must be given a sample value (or consciously left out) here.
    for name, fields in FIELDS.items():
        assert set(fields) == set(metadata.tables[name].columns.keys()), name


def test_a_plan_names_each_goal_once(store) -> None:
    from cs_desktop.demo import generate_portfolio

    generate_portfolio(store, accounts=60, seed=11)
    with store.engine.connect() as connection:
        repeated = connection.exec_driver_sql(
            "SELECT plan_id, goal, count(*) FROM objective "
            "GROUP BY plan_id, goal HAVING count(*) > 1"
        ).all()
    assert repeated == []

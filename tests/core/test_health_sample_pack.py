"""Packed health samples: a full recompute reads them instead of rows, and gets the same inputs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import cs_desktop.health.inputs as inputs_module
from cs_desktop.db import Store, open_store
from cs_desktop.health.inputs import Events, HealthInputs, load_inputs
from cs_desktop.health.portfolio import portfolio_health
from cs_desktop.health.sample_pack import fold_step
from cs_desktop.health.scorecard import ScorecardSet
from cs_desktop.health.service import default_scorecards
from tests.support.factories import add_account
from tests.support.health import add_samples

TODAY = date(2026, 6, 30)


@pytest.fixture(scope="module")
def generated_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 300-account sample portfolio (~150,000 samples), never packed. Copy it."""
    from cs_desktop.demo import generate_portfolio

    path = tmp_path_factory.mktemp("pack") / "generated.sqlite3"
    store = open_store(path)
    generate_portfolio(store, accounts=300, seed=5, today=TODAY)
    store.close()
    return path


@pytest.fixture
def generated(generated_file: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "store.sqlite3"
    shutil.copyfile(generated_file, path)
    store = open_store(path)
    yield store
    store.close()


@pytest.fixture
def packs_read(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each full read since took the packs (True) or every row (False)."""
    taken: list[bool] = []
    real = inputs_module.read_packed

    def spy(*args: Any) -> Any:
        result = real(*args)
        taken.append(result is not None)
        return result

    monkeypatch.setattr(inputs_module, "read_packed", spy)
    return taken


def rows_only(store: Store, cards: ScorecardSet, today: date, days: int) -> HealthInputs:
    """The inputs read row by row, as before the packs."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(inputs_module, "read_packed", lambda *args: None)
        with store.engine.connect() as connection:
            return load_inputs(connection, today, cards.window, days=days)


def read(store: Store, cards: ScorecardSet, today: date = TODAY, days: int = 730) -> HealthInputs:
    with store.engine.connect() as connection:
        return load_inputs(connection, today, cards.window, days=days)


def pack_everything(store: Store, **step: int) -> int:
    steps = 0
    while True:
        with store.write() as session:
            done = fold_step(session.connection(), **step)
        if done:
            return steps
        steps += 1


def _canonical(events: Events) -> tuple[np.ndarray, ...]:
    order = np.lexsort((events.values, events.days, events.rows))
    return events.rows[order], events.days[order], events.values[order]


def assert_same_inputs(packed: HealthInputs, rows: HealthInputs, cards: ScorecardSet) -> None:
    """The same events (in any order within an account), the same scores to the bit."""
    np.testing.assert_array_equal(packed.account_ids, rows.account_ids)
    assert packed.samples.keys() == rows.samples.keys()
    pairs = [(packed.samples[key], rows.samples[key]) for key in rows.samples]
    for name in ("dm_meetings", "product_pulses", "service_pulses", "milestones"):
        pairs.append((getattr(packed, name), getattr(rows, name)))
    for mine, theirs in pairs:
        for a, b in zip(_canonical(mine), _canonical(theirs), strict=True):
            np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(packed.stage, rows.stage)
    np.testing.assert_array_equal(packed.renewal_day, rows.renewal_day)
    scored, expected = portfolio_health(packed, cards), portfolio_health(rows, cards)
    np.testing.assert_array_equal(scored.scores, expected.scores)
    assert scored.accounts == expected.accounts


def unpacked(store: Store) -> tuple[int, int]:
    """(sample ids above the mark, stale packs)."""
    with store.engine.connect() as connection:
        newest = connection.exec_driver_sql("SELECT max(id) FROM health_sample").scalar()
        mark = connection.exec_driver_sql(
            "SELECT value FROM health_score_mark WHERE name = 'health_sample_pack'"
        ).scalar()
        stale = connection.exec_driver_sql(
            "SELECT count(*) FROM health_sample_pack WHERE sample_days IS NULL"
        ).scalar()
    return (newest or 0) - (mark or 0), stale


@pytest.mark.slow
def test_packed_samples_give_the_inputs_and_scores_the_rows_give(generated, packs_read) -> None:
    cards = default_scorecards()
    never_packed = read(generated, cards)
    assert packs_read == [False]  # 150,000 samples and none packed: row by row

    pack_everything(generated)

    assert unpacked(generated) == (0, 0)
    for today, days in ((TODAY, 730), (TODAY, 1), (TODAY - timedelta(days=200), 365)):
        packed = read(generated, cards, today, days)
        assert packs_read[-1] is True
        assert_same_inputs(packed, rows_only(generated, cards, today, days), cards)
    assert_same_inputs(read(generated, cards), never_packed, cards)


def _write(store: Store, *statements: tuple[str, tuple[Any, ...]]) -> None:
    with store.engine.begin() as connection:
        for sql, params in statements:
            connection.exec_driver_sql(sql, params)


NEW_SAMPLE = (
    "INSERT INTO health_sample (account_id, indicator_key, sample_date, value, uid, created_at, "
    "updated_at) VALUES (?, ?, ?, ?, randomblob(16), 0, 0)"
)


def _free_day(store: Store, account_id: int, key: str) -> str:
    """A day in the window on which the account has no sample of ``key``."""
    with store.engine.connect() as connection:
        taken = set(
            connection.exec_driver_sql(
                "SELECT sample_date FROM health_sample WHERE account_id = ? AND indicator_key = ?",
                (account_id, key),
            ).scalars()
        )
    day = TODAY
    while day.isoformat() in taken:
        day -= timedelta(days=1)
    return day.isoformat()


def _taken_day(store: Store, account_id: int, key: str) -> str:
    with store.engine.connect() as connection:
        return str(
            connection.exec_driver_sql(
                "SELECT max(sample_date) FROM health_sample "
                "WHERE account_id = ? AND indicator_key = ?",
                (account_id, key),
            ).scalar_one()
        )


@pytest.mark.slow
def test_samples_written_after_packing_are_read_until_packed_again(generated, packs_read) -> None:
    cards = default_scorecards()
    pack_everything(generated)
    # Every way a sample can change: its value, deleted, added one by one or in bulk, moved to
    # another account and indicator, replaced (no delete trigger fires), the highest id deleted
    # and given again, its account gone.
    _write(
        generated,
        ("UPDATE health_sample SET value = value + 0.125 WHERE id % 997 = 0", ()),
        ("DELETE FROM health_sample WHERE id % 1009 = 1", ()),
        (
            "INSERT INTO health_sample (account_id, indicator_key, sample_date, value, uid, "
            "created_at, updated_at) SELECT id, 'roi', ?, 2.5, randomblob(16), 0, 0 FROM account "
            "WHERE id % 3 = 0 AND id NOT IN (SELECT account_id FROM health_sample "
            "WHERE indicator_key = 'roi' AND sample_date = ?)",
            (TODAY.isoformat(), TODAY.isoformat()),
        ),
    )
    _write(
        generated,
        (
            "DELETE FROM health_sample WHERE account_id = 5 AND sample_date = ?",
            (TODAY.isoformat(),),
        ),
    )
    moved_to = _free_day(generated, 11, "login_rate")
    _write(
        generated,
        (
            "UPDATE health_sample SET account_id = 11, indicator_key = 'login_rate', "
            "sample_date = ? WHERE id = (SELECT min(id) FROM health_sample WHERE account_id = 4)",
            (moved_to,),
        ),
        ("DELETE FROM health_sample WHERE id = (SELECT max(id) FROM health_sample)", ()),
    )
    _write(
        generated,
        (NEW_SAMPLE, (12, "feature_adoption", _free_day(generated, 12, "feature_adoption"), 0.75)),
    )
    _write(
        generated,
        (
            NEW_SAMPLE.replace("INSERT", "INSERT OR REPLACE"),
            (20, "login_rate", _taken_day(generated, 20, "login_rate"), 0.0625),
        ),
    )
    _write(generated, ("DELETE FROM account WHERE id = 13", ()))
    assert unpacked(generated) != (0, 0)

    assert_same_inputs(read(generated, cards), rows_only(generated, cards, TODAY, 730), cards)
    assert packs_read[-1] is True

    # Packed again a little at a time, with writes in between: every state reads the same.
    steps = 0
    while True:
        with generated.write() as session:
            done = fold_step(session.connection(), ids=40, accounts=7)
        if done:
            break
        steps += 1
        if steps % 12 == 0:
            _write(
                generated, ("UPDATE health_sample SET value = value * 2 WHERE id % 2111 = 0", ())
            )
            assert_same_inputs(
                read(generated, cards), rows_only(generated, cards, TODAY, 730), cards
            )
            assert packs_read[-1] is True
    assert steps > 20
    assert unpacked(generated) == (0, 0)
    assert_same_inputs(read(generated, cards), rows_only(generated, cards, TODAY, 730), cards)


def test_a_pack_goes_stale_when_one_of_its_samples_is_written(store) -> None:
    acme = add_account(store, "Acme")
    globex = add_account(store, "Globex")
    add_samples(store, acme, "login_rate", (date(2025, 2, 1), 0.5), (date(2025, 2, 8), 0.6))
    add_samples(store, globex, "login_rate", (date(2025, 2, 1), 0.7))
    pack_everything(store)

    def stale() -> set[tuple[int, str]]:
        with store.engine.connect() as connection:
            return set(
                connection.exec_driver_sql(
                    "SELECT account_id, indicator_key FROM health_sample_pack "
                    "WHERE sample_days IS NULL"
                ).all()
            )

    assert stale() == set()
    _write(store, ("UPDATE health_sample SET value = 0.9 WHERE account_id = ?", (acme,)))
    assert stale() == {(acme, "login_rate")}
    _write(
        store, ("UPDATE health_sample SET indicator_key = 'roi' WHERE account_id = ?", (globex,))
    )
    assert stale() == {(acme, "login_rate"), (globex, "login_rate"), (globex, "roi")}
    pack_everything(store)
    assert stale() == set()
    _write(store, ("DELETE FROM account WHERE id = ?", (globex,)))
    with store.engine.connect() as connection:
        packed = connection.exec_driver_sql(
            "SELECT account_id, indicator_key FROM health_sample_pack"
        ).all()
    assert packed == [(acme, "login_rate")]


def test_deleting_the_newest_sample_lowers_the_mark_so_its_id_is_seen_again(store) -> None:
    acme = add_account(store, "Acme")
    add_samples(store, acme, "login_rate", (date(2025, 2, 1), 0.5), (date(2025, 2, 8), 0.6))
    pack_everything(store)

    def mark() -> int:
        with store.engine.connect() as connection:
            return int(
                connection.exec_driver_sql(
                    "SELECT value FROM health_score_mark WHERE name = 'health_sample_pack'"
                ).scalar_one()
            )

    newest = mark()
    _write(store, ("DELETE FROM health_sample WHERE id = ?", (newest - 1,)))
    assert mark() == newest  # an id below the highest is never given again
    _write(store, ("DELETE FROM health_sample WHERE id = ?", (newest,)))
    assert mark() == newest - 2
    add_samples(store, acme, "roi", (date(2025, 2, 8), 1.5))  # takes the id given up
    cards = default_scorecards()
    packed = read(store, cards, date(2025, 2, 10), 30)
    assert packed.samples["roi"].values.tolist() == [1.5]
    assert packed.samples["login_rate"].values.tolist() == []  # both deleted


def test_packing_goes_in_short_steps_until_nothing_is_left(store: Store) -> None:
    accounts = [add_account(store, f"Account {n}") for n in range(5)]
    for account in accounts:
        add_samples(store, account, "login_rate", (date(2025, 2, 1), 0.5))

    def step() -> bool:
        with store.write() as session:
            return fold_step(session.connection(), ids=2, accounts=2)

    # Five new ids two at a time, then five stale accounts two at a time, then nothing left.
    assert [step() for _ in range(8)] == [False] * 6 + [True, True]
    assert unpacked(store) == (0, 0)
    packed = read(store, default_scorecards(), date(2025, 2, 2), 5)
    assert packed.samples["login_rate"].rows.tolist() == [0, 1, 2, 3, 4]

"""Touchpoints written in bulk wait for the full-text index, stay searchable meanwhile, and
join it in a batch; edits and deletes of waiting ones never corrupt the index."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, update

from cs_desktop import note_index
from cs_desktop.db import Store, open_store
from cs_desktop.ids import AccountId
from cs_desktop.models import Touchpoint, TouchpointKind
from cs_desktop.search import search_touchpoints
from tests.support.factories import BASE_TIME, add_account, add_touchpoint

WORDS = ("renewal", "rollout", "champion", "budget", "予算会議", "培训计划")


def add_waiting(store: Store, account_id: AccountId, title: str, notes: str) -> int:
    """A touchpoint written as a bulk writer does: listed first, then inserted."""
    with store.write() as session:
        top = session.scalar(select(Touchpoint.id).order_by(Touchpoint.id.desc()).limit(1))
        new_id = (top or 0) + 1
        raw: Any = session.connection().connection.driver_connection
        note_index.defer(raw, [new_id])
        session.add(
            Touchpoint(
                id=new_id,
                account_id=account_id,
                kind=TouchpointKind.NOTE,
                occurred_at=BASE_TIME,
                title=title,
                notes=notes,
            )
        )
    return new_id


def found(store: Store, query: str, **kwargs: Any) -> set[int]:
    with store.engine.connect() as connection:
        return {hit.touchpoint_id for hit in search_touchpoints(connection, query, **kwargs)}


def in_index(store: Store, word: str) -> set[int]:
    with store.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT rowid FROM touchpoint_fts WHERE touchpoint_fts MATCH ?", (f'"{word}"',)
        )
        return {int(row[0]) for row in rows}


def waiting(store: Store) -> set[int]:
    with store.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT id FROM touchpoint_unindexed")
        return {int(row[0]) for row in rows}


def test_waiting_touchpoints_are_found_and_then_indexed_in_a_batch(store: Store) -> None:
    acme = add_account(store, "Acme")
    globex = add_account(store, "Globex")
    typed = add_touchpoint(store, acme, "QBR", "renewal at risk")
    pulled = add_waiting(store, acme, "Call", "renewal budget agreed; 予算会議 next week")
    other = add_waiting(store, globex, "Note", "renewal of the rollout")

    assert in_index(store, "renewal") == {typed}
    assert found(store, "renewal") == {typed, pulled, other}
    assert found(store, "renewal", account_id=acme) == {typed, pulled}
    assert found(store, "予算会議") == {pulled}
    assert found(store, "budget 予算") == {pulled}  # with a two-character term
    with store.engine.connect() as connection:
        hit = search_touchpoints(connection, "rollout")[0]
    assert "\x02rollout\x03" in hit.snippet

    assert note_index.catch_up(store) == 2
    assert waiting(store) == set()
    assert in_index(store, "renewal") == {typed, pulled, other}
    assert found(store, "renewal") == {typed, pulled, other}


def test_the_catch_up_works_in_batches_and_stops_when_cancelled(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(note_index, "BATCH", 2)
    acme = add_account(store, "Acme")
    ids = [add_waiting(store, acme, f"Note {n}", "champion") for n in range(5)]
    batches = iter([False, True])
    assert note_index.catch_up(store, lambda: next(batches)) == 2
    assert waiting(store) == set(ids[2:])
    assert note_index.catch_up(store) == 3
    assert in_index(store, "champion") == set(ids)


def test_edits_and_deletes_of_waiting_touchpoints_leave_the_index_exact(store: Store) -> None:
    acme = add_account(store, "Acme")
    edited = add_waiting(store, acme, "Call", "budget talk")
    removed = add_waiting(store, acme, "Call", "budget cut")
    with store.write() as session:
        session.execute(update(Touchpoint).where(Touchpoint.id == edited).values(notes="rollout"))
        session.execute(delete(Touchpoint).where(Touchpoint.id == removed))
    assert waiting(store) == {edited}
    assert found(store, "budget") == set()
    note_index.catch_up(store)
    assert in_index(store, "budget") == set()
    assert in_index(store, "rollout") == {edited}


# -- property: any mix of writes keeps index and search exact ---------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("note-index") / "template.sqlite3"
    open_store(path).close()
    return path


@pytest.fixture
def fresh_store(template: Path, tmp_path: Path) -> Iterator[Any]:
    counter = iter(range(10_000))

    def make() -> Store:
        path = tmp_path / f"store-{next(counter)}.sqlite3"
        shutil.copy(template, path)
        return open_store(path)

    yield make


texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.booleans(), texts),
        st.tuples(st.just("edit"), st.integers(0, 20), texts),
        st.tuples(st.just("delete"), st.integers(0, 20)),
        st.tuples(st.just("catch_up")),
    ),
    max_size=25,
)


@settings(
    max_examples=40,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(operations)
def test_any_mix_of_writes_keeps_the_index_and_search_exact(fresh_store: Any, ops: list) -> None:
    store = fresh_store()
    try:
        account = add_account(store, "Acme")
        texts_now: dict[int, str] = {}
        for op in ops:
            if op[0] == "add":
                writer = add_waiting if op[1] else add_touchpoint
                texts_now[writer(store, account, "t", op[2])] = op[2]
            elif op[0] in ("edit", "delete") and texts_now:
                target = sorted(texts_now)[op[1] % len(texts_now)]
                with store.write() as session:
                    rows = update(Touchpoint).values(notes=op[2]) if op[0] == "edit" else None
                    statement = rows if rows is not None else delete(Touchpoint)
                    session.execute(statement.where(Touchpoint.id == target))
                if op[0] == "edit":
                    texts_now[target] = op[2]
                else:
                    del texts_now[target]
            elif op[0] == "catch_up":
                note_index.catch_up(store)
        listed = waiting(store)
        assert listed <= set(texts_now)
        for word in WORDS:
            holding = {i for i, text in texts_now.items() if word in text}
            assert in_index(store, word) == holding - listed, word
            assert found(store, word) == holding, word
    finally:
        store.close()

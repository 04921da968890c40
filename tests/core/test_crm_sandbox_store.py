"""The sandbox store's order by modification date, kept up to date write by write, is the
order a fresh sort gives."""

from __future__ import annotations

import random

from crm_sandbox.clock import Clock
from crm_sandbox.store import Store


def fresh_order(store: Store, kind: str) -> list[str]:
    active = [r for r in store.records[kind].values() if not r.archived]
    return [r.id for r in sorted(active, key=lambda r: (r.updated_ms, int(r.id)))]


def test_the_order_by_modified_date_follows_every_write() -> None:
    clock = Clock()
    clock.configure({"now": "2024-06-01T00:00:00Z", "frozen": True})
    store = Store(clock)
    rng = random.Random(7)
    kind = "companies"
    for n in range(200):
        store.create(kind, {"name": f"Company {n}"})
        clock.configure({"advance": rng.choice((0, 0.001, 1))})  # ties included
    store.by_modified(kind)  # built once; later writes move records one by one
    for step in range(300):
        record = store.records[kind][rng.choice(list(store.records[kind]))]
        action = rng.random()
        if action < 0.5:
            store.update(record, {"name": f"Renamed {step}"}, bump=rng.random() < 0.9)
        elif action < 0.7:
            store.archive(record)
        elif action < 0.85:
            store.restore(record)
        else:
            store.create(kind, {"name": f"New {step}"})
        clock.configure({"advance": rng.choice((0, 0.001, 1))})
        if step % 7 == 0:  # searched now and then: a few writes moved since the last time
            times, records = store.by_modified(kind)
            assert [r.id for r in records] == fresh_order(store, kind)
            assert times == [r.updated_ms for r in records]
    _, records = store.by_modified(kind)
    assert [r.id for r in records] == fresh_order(store, kind)

"""Fill an empty store with a realistic, deterministic sample portfolio, in one transaction."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from cs_desktop.db import Store
from cs_desktop.demo.accounts import AccountPlan, draft_account, live
from cs_desktop.demo.bulk import BulkWriter, UidSource
from cs_desktop.demo.indicators import latent_health
from cs_desktop.demo.rates import write_demo_rates
from cs_desktop.demo.records import FIELDS, AccountRows
from cs_desktop.demo.samples import write_samples
from cs_desktop.demo.timeline import Timeline
from cs_desktop.demo.touchpoints import TouchpointRows

# Accounts per batch: bounds memory (rows are flushed after each batch) while keeping numpy's
# per-call overhead small. Part of the RNG stream order, so changing it changes the output.
BATCH_ACCOUNTS = 250
# A bigger page cache (256 MiB) for the one long transaction: with the default 2 MiB, inserts
# into the random-UUID and full-text indexes keep evicting dirty pages to the WAL (measured at
# 10,000 accounts: 132 s with the default, 108 s with this). Restored afterwards, since the
# connection goes back to the pool.
BULK_CACHE_KIB = 262_144


class GenerationCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`generate_portfolio` wrote, and how long it took."""

    accounts: int
    stakeholders: int
    touchpoints: int
    health_samples: int
    renewals: int
    tasks: int
    seconds: float


def generate_portfolio(
    store: Store,
    *,
    accounts: int = 200,
    seed: int = 7,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Write a sample portfolio of ``accounts`` accounts into an empty store.

    The same ``seed`` and ``today`` always give the same rows, UUIDs included. Everything is
    written in one transaction: on error or cancellation nothing is left behind.

    Args:
        store: an open store with no accounts.
        accounts: how many accounts (at least 1).
        seed: the seed of every random choice.
        today: the day the portfolio ends on (default: today's date).
        progress: called as ``progress(done_accounts, total)`` after each batch.
        cancelled: polled between batches; returning True stops and rolls back.

    Raises:
        ValueError: ``accounts`` < 1, or the store already has accounts.
        GenerationCancelled: ``cancelled()`` returned True.
    """
    if accounts < 1:
        raise ValueError(f"a sample portfolio needs at least 1 account, not {accounts}")
    started = time.perf_counter()
    timeline = Timeline.ending(today or date.today())
    with store.write() as session:
        connection = session.connection()
        if connection.exec_driver_sql("SELECT 1 FROM account LIMIT 1").first() is not None:
            raise ValueError(
                f"{store.path} already holds accounts; a sample portfolio can only be written "
                "into an empty store"
            )
        driver: Any = connection.connection.driver_connection
        (cache_size,) = driver.execute("PRAGMA cache_size").fetchone()
        driver.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        try:
            writer = BulkWriter(driver, FIELDS)
            _generate(writer, timeline, accounts, seed, progress, cancelled)
        finally:
            driver.execute(f"PRAGMA cache_size = {cache_size}")
        write_demo_rates(session, timeline, seed)
    return DemoSummary(
        accounts=writer["account"].written,
        stakeholders=writer["stakeholder"].written,
        touchpoints=writer["touchpoint"].written,
        health_samples=writer["health_sample"].written,
        renewals=writer["renewal"].written,
        tasks=writer["task"].written,
        seconds=time.perf_counter() - started,
    )


def _generate(
    writer: BulkWriter,
    timeline: Timeline,
    total: int,
    seed: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    rng = np.random.default_rng(seed)
    rnd = random.Random(seed)
    uids = UidSource(rng)
    account_rows = AccountRows(writer, uids, timeline, rnd)
    touchpoint_rows = TouchpointRows(writer, uids, timeline, rng)
    used_domains: set[str] = set()
    if progress is not None:
        progress(0, total)
    for done in range(0, total, BATCH_ACCOUNTS):
        if cancelled is not None and cancelled():
            raise GenerationCancelled("sample portfolio generation was cancelled")
        size = min(BATCH_ACCOUNTS, total - done)
        first_id = writer["account"].take_ids(size)
        plans: list[AccountPlan] = [
            draft_account(rnd, timeline, first_id + i, i, used_domains) for i in range(size)
        ]
        health = latent_health(rng, size, timeline.weeks)
        for plan in plans:
            live(rnd, timeline, plan, health[plan.row])
            account_rows.write(plan, health[plan.row])
            touchpoint_rows.write(plan, health[plan.row])
        write_samples(writer, timeline, rng, plans, health)
        writer.flush()
        if progress is not None:
            progress(done + size, total)
    if cancelled is not None and cancelled():
        raise GenerationCancelled("sample portfolio generation was cancelled")

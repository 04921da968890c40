"""The health score on the CRM's company (``csm_health_score``, contract §1).

The score is computed from health samples, touchpoints and stage, so no edit carries it: a
new sample, a touchpoint or simply a day passing may move it. Queuing an update per sample
would flood the outbox; instead each run compares every synced account's score today with
the one last captured and queues at most one update per account (coalescing with any edit
already waiting). The stage needs nothing here: it is an account field captured on edit.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from cs_desktop.db import Store
from cs_desktop.ids import AccountId
from cs_desktop.models import Account
from cs_desktop.sync import outbox
from cs_desktop.sync.merge import Value
from cs_desktop.sync.state import Entity, SyncRecord

HEALTH_SCORE = "health_score"  # one of merge.COMPUTED_FIELDS: the app's value always wins


def score_text(score: float | None) -> Value:
    """The score as the CRM shows it: a whole number, or no value."""
    return None if score is None else str(round(score))


def queue_health_scores(store: Store, provider: str, today: date) -> int:
    """Queue the companies whose score today differs from the one last sent; how many.

    Thread: a worker (reads every account's health inputs).
    """
    from cs_desktop.health.service import compute_portfolio_health

    with store.read() as session:
        portfolio = compute_portfolio_health(session.connection(), today, days=1)
    scores = {health.account_id: score_text(health.score) for health in portfolio.accounts}
    queued = 0
    with store.write() as session:
        conn = session.connection()
        rows = conn.execute(
            select(Account.id, SyncRecord.local_uid, SyncRecord.local_json)
            .join(SyncRecord, SyncRecord.local_uid == Account.uid)
            .where(
                SyncRecord.provider == provider,
                SyncRecord.entity == Entity.COMPANY,
                SyncRecord.deleted_at.is_(None),
            )
        ).all()
        for account_id, uid, local_json in rows:
            score = scores.get(AccountId(account_id))
            if json.loads(local_json).get(HEALTH_SCORE) != score:
                queued += outbox.capture(conn, provider, Entity.COMPANY, uid, {HEALTH_SCORE: score})
    return queued

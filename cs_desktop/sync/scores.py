"""The health score on the CRM's company (``csm_health_score``, contract §1).

The score is computed from health samples, touchpoints and stage, so no edit carries it: a
new sample, a touchpoint or simply a day passing may move it. Queuing an update per sample
would flood the outbox; instead each run compares every synced account's score today with
the one it last computed and queues at most one update per account (coalescing with any
edit still waiting). The stage needs nothing here: it is an account field captured on edit.

Who writes it (see :mod:`cs_desktop.sync.fields`): a store whose own data gives a score,
when that score moves. A store that computes none (no health samples) never sends one, so
it never clears the score another store wrote; the CRM's score is never taken as the
store's own (:data:`~cs_desktop.sync.merge.COMPUTED_FIELDS`), so two stores never answer
each other's score with theirs; and the push sends nothing the CRM already holds.

Computing every account's score is the costliest step of an incremental run, so the engine
does it on a worker while it pushes and pulls (:func:`scores_today`, read only), then queues
and sends the moved scores (:func:`queue_scores`). Except when new companies wait to be
created (:func:`companies_to_create`): their scores then go in the same upserts, one request
per batch instead of three (create, then read and update).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from sqlalchemy import func, select

from cs_desktop.chunks import chunks
from cs_desktop.db import Store
from cs_desktop.ids import AccountId
from cs_desktop.models import Account
from cs_desktop.sync import outbox
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.merge import Value
from cs_desktop.sync.state import Entity, OpKind, OpState, Outbox, SyncRecord

HEALTH_SCORE = "health_score"  # one of merge.COMPUTED_FIELDS: the app's value always wins
# The synced fields of companies and contacts no health input reads (see
# cs_desktop.health.inputs: an account's stage and renewal date, a stakeholder's role): a pull
# that took only these leaves every score as it was, and the engine need not compute them again.
NOT_INPUTS: Mapping[Entity, frozenset[str]] = {
    Entity.COMPANY: frozenset(
        ("name", "domain", "tier", "segment", "owner", "arr", "currency", "contract_start")
    ),
    Entity.CONTACT: frozenset(("name", "title", "email", "phone", "active")),
}


def score_text(score: float | None) -> Value:
    """The score as the CRM shows it: a whole number, or no value."""
    return None if score is None else str(round(score))


def moves_scores(entity: Entity, taken: Iterable[str]) -> bool:
    """Whether taking the CRM's values of fields ``taken`` of an ``entity`` record may move a
    health score (any field of an entity not listed in :data:`NOT_INPUTS` may)."""
    ignored = NOT_INPUTS.get(entity, frozenset())
    return any(name not in ignored for name in taken)


def companies_to_create(store: Store, crm: Crm) -> bool:
    """Whether companies wait in the outbox to be created in the CRM."""
    with store.read() as session:
        found = session.scalar(
            select(Outbox.seq)
            .where(
                Outbox.provider == crm.provider,
                Outbox.entity == Entity.COMPANY,
                Outbox.op == OpKind.CREATE,
                Outbox.state.in_([OpState.PENDING, OpState.INFLIGHT]),
            )
            .limit(1)
        )
    return found is not None


def scores_today(store: Store, today: date) -> dict[AccountId, Value]:
    """Every account's score today, as the CRM shows it.

    Thread: a worker (reads every account's health inputs; writes nothing).
    """
    from cs_desktop.health import service

    with store.read() as session:
        return {
            account_id: score_text(score)
            for account_id, score in service.scores_today(session.connection(), today).items()
        }


def queue_scores(store: Store, crm: Crm, scores: Mapping[AccountId, Value]) -> int:
    """Queue the companies whose score in ``scores`` differs from the one this store last
    computed; how many. An account without a score queues nothing: no score is no reason to
    clear the one the CRM shows."""
    queued = 0
    with store.write() as session:
        conn = session.connection()
        # The last computed score straight from the JSON, and uids only for the changed.
        last_sent = func.json_extract(SyncRecord.local_json, f"$.{HEALTH_SCORE}")
        synced = conn.execute(
            select(Account.id, last_sent)
            .join(SyncRecord, SyncRecord.local_uid == Account.uid)
            .where(
                SyncRecord.provider == crm.provider,
                SyncRecord.entity == Entity.COMPANY,
                SyncRecord.deleted_at.is_(None),
            )
        ).all()
        changed = [
            a
            for a, sent in synced
            if (score := scores.get(AccountId(a))) is not None and score != sent
        ]
        for chunk in chunks(changed):
            for account_id, uid in conn.execute(
                select(Account.id, Account.uid).where(Account.id.in_(chunk))
            ):
                score = scores.get(AccountId(account_id))
                queued += outbox.capture(
                    conn, crm.provider, Entity.COMPANY, uid, {HEALTH_SCORE: score}
                )
    return queued

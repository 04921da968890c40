"""A first pull places engagements from maps of accounts and stakeholders read whole
(:mod:`cs_desktop.sync.link_ends`): kept while the pull alone writes, read again once
anything else wrote to the store."""

from __future__ import annotations

import sqlite3
from typing import Any, cast

import pytest
from sqlalchemy import delete

from cs_desktop.db import Store, create_store_engine
from cs_desktop.models import Account, Stakeholder
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.link_ends import LinkEnds, accounts_of, people_of
from cs_desktop.sync.outbox import uid_text
from cs_desktop.sync.providers import crm_named
from cs_desktop.sync.state import Entity, RecordState, SyncRecord


def _crm() -> Crm:
    return crm_named("hubspot")


def _synced(store: Store) -> tuple[Account, Stakeholder]:
    """An account and its stakeholder, synced as company 11 and contact 21."""
    crm = _crm()
    with store.write() as session:
        account = Account(name="Acme")
        person = Stakeholder(account=account, name="Ana")
        session.add_all([account, person])
        session.flush()
        for entity, uid, remote_id in (
            (Entity.COMPANY, account.uid, "11"),
            (Entity.CONTACT, person.uid, "21"),
        ):
            session.add(
                SyncRecord(
                    entity=entity,
                    local_uid=uid,
                    provider=crm.provider,
                    remote_id=remote_id,
                    sync_state=RecordState.CLEAN,
                    local_version=0,
                    local_json="{}",
                )
            )
    return account, person


def _raw(session: Any) -> sqlite3.Connection:
    return cast(sqlite3.Connection, session.connection().connection.driver_connection)


def test_the_maps_answer_as_the_lookups_do(store: Store) -> None:
    account, person = _synced(store)
    ends = LinkEnds(_crm())
    with store.write() as session:
        raw = _raw(session)
        assert ends.accounts(session, ["11", "99"]) == accounts_of(raw, _crm(), ["11", "99"])
        assert ends.accounts(session, ["11"]) == {"11": account.id}
        assert ends.people(session, ["21", "98"]) == people_of(raw, _crm(), ["21", "98"])
        assert ends.people(session, ["21"]) == {
            "21": (person.id, uid_text(person.uid.bytes), account.id)
        }


@pytest.mark.parametrize("where", ["the window", "another process"])
def test_an_account_deleted_between_two_transactions_is_not_placed_on(
    store: Store, where: str
) -> None:
    account, _ = _synced(store)
    ends = LinkEnds(_crm())
    with store.write() as session:
        assert ends.accounts(session, ["11"]) == {"11": account.id}
    # An edit while the pull waits for its next page.
    if where == "the window":
        with store.write() as session:
            session.execute(delete(Account).where(Account.id == account.id))
    else:
        engine = create_store_engine(store.path)
        with engine.connect() as other, other.begin():
            other.execute(delete(Account).where(Account.id == account.id))
        engine.dispose()
    with store.write() as session:
        assert ends.accounts(session, ["11"]) == {}
        assert ends.people(session, ["21"]) == {}


def test_the_maps_are_kept_while_only_the_pull_writes(store: Store) -> None:
    _synced(store)
    ends = LinkEnds(_crm())
    reads: list[str] = []
    with store.write() as session:
        raw = _raw(session)
        raw.set_trace_callback(reads.append)
        ends.accounts(session, ["11"])
        ends.people(session, ["21"])
    with store.write() as session:
        assert _raw(session) is raw  # the pool hands the same connection back (its cache)
        ends.accounts(session, ["11"])
    raw.set_trace_callback(None)
    assert sum("FROM sync_record" in sql for sql in reads) == 2  # one read of each map

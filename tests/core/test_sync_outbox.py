"""Edit capture and the outbox: one transaction per edit, coalescing, connect-time creates."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, update

from cs_desktop.child_jobs import run_in_child
from cs_desktop.db import Store
from cs_desktop.ids import AccountId
from cs_desktop.importer import ImportKind, import_file
from cs_desktop.models import Account, Stakeholder, Touchpoint, TouchpointKind
from cs_desktop.sync.outbox import link_uid, link_uid_bytes, uid_text
from cs_desktop.sync.state import Entity, Outbox, SyncRecord
from tests.support.import_files import write_csv
from tests.support.outbox import connect, ops


def test_nothing_is_queued_while_no_crm_is_connected(store: Store) -> None:
    with store.write() as session:
        session.add(Account(name="Acme"))
    assert ops(store) == []


def test_an_import_in_a_child_process_is_captured_like_any_edit(
    store: Store, tmp_path: Path
) -> None:
    connect(store)
    path = write_csv(tmp_path / "a.csv", [["name", "domain"], ["Acme", "acme.test"]])
    run_in_child(store.path, import_file, {"kind": ImportKind.ACCOUNTS, "path": path})
    assert [(e, o, f["name"]) for e, o, f in ops(store)] == [("company", "create", "Acme")]


def test_rows_from_before_connecting_become_creates_in_dependency_order(store: Store) -> None:
    with store.write() as session:
        account = Account(name="Acme", domain="acme.test")
        person = Stakeholder(account=account, name="Ann Lee", email="ann@acme.test")
        session.add_all([account, person])
    connect(store)
    queued = ops(store)
    assert [(e, o) for e, o, _ in queued] == [
        ("company", "create"),
        ("contact", "create"),
        ("link", "link"),
    ]
    assert queued[0][2]["name"] == "Acme"


def test_an_edit_writes_its_outbox_entry_and_consecutive_updates_coalesce(store: Store) -> None:
    connect(store)
    with store.write() as session:
        account = Account(name="Acme")
        session.add(account)
    with store.write() as session:
        session.execute(update(Outbox).values(state="done"))  # as if acknowledged
        session.execute(update(SyncRecord).values(sync_state="clean"))
    for name in ("Acme 2", "Acme 3"):
        with store.write() as session:
            row = session.get(Account, account.id)
            assert row is not None
            row.name = name
    with store.write() as session:
        row = session.get(Account, account.id)
        assert row is not None
        row.domain = "acme.test"
    pending = [o for o in ops(store) if o[1] == "update"]
    assert pending == [("company", "update", {"name": "Acme 3", "domain": "acme.test"})]
    with store.read() as session:
        record = session.scalars(select(SyncRecord)).one()
        assert record.sync_state == "dirty" and record.local_version == 4


def test_a_delete_before_the_create_was_sent_leaves_nothing_to_send(store: Store) -> None:
    connect(store)
    with store.write() as session:
        account = Account(name="Gone")
        session.add(account)
    with store.write() as session:
        session.delete(session.get(Account, account.id))
    assert ops(store) == []


def test_a_failed_transaction_leaves_no_outbox_entry(store: Store) -> None:
    connect(store)
    try:
        with store.write() as session:
            session.add(Account(name="Never"))
            session.flush()
            raise RuntimeError("the edit failed")
    except RuntimeError:
        pass
    assert ops(store) == []


def test_touchpoint_attendees_become_links(store: Store) -> None:
    connect(store)
    with store.write() as session:
        account = Account(name="Acme")
        person = Stakeholder(account=account, name="Ann")
        session.add_all([account, person])
        session.flush()
        session.add(
            Touchpoint(
                account_id=AccountId(account.id),
                kind=TouchpointKind.MEETING,
                occurred_at=datetime(2026, 1, 5, tzinfo=UTC),
                title="Kick-off",
                attendees=[person],
            )
        )
    links = [f for e, o, f in ops(store) if e == Entity.LINK]
    assert {(f["from_entity"], f["to_entity"]) for f in links} == {
        ("contact", "company"),
        ("touchpoint", "company"),
        ("touchpoint", "contact"),
    }


def test_bulk_statements_are_captured_at_commit(store: Store) -> None:
    from sqlalchemy import insert

    connect(store)
    with store.write() as session:
        session.execute(insert(Account), [{"name": "Bulk 1"}, {"name": "Bulk 2"}])
    assert sorted(f["name"] for e, o, f in ops(store) if o == "create") == ["Bulk 1", "Bulk 2"]


def test_an_import_queues_creates_then_updates_in_its_own_transaction(
    store: Store, tmp_path: Path
) -> None:
    from cs_desktop.importer import ImportKind, import_file
    from tests.support.import_files import write_csv

    connect(store)
    header = ["external_key", "name", "domain", "stage"]
    path = write_csv(tmp_path / "a.csv", [header, ["k1", "Acme", "acme.test", "delivery"]])
    import_file(store, ImportKind.ACCOUNTS, path)
    assert [(e, o) for e, o, _ in ops(store)] == [("company", "create")]
    with store.write() as session:
        session.execute(update(Outbox).values(state="done"))
    path = write_csv(tmp_path / "a.csv", [header, ["k1", "Acme", "acme.example", "delivery"]])
    import_file(store, ImportKind.ACCOUNTS, path)
    assert [o for o in ops(store) if o[1] == "update"] == [
        ("company", "update", {"domain": "acme.example"})
    ]


@given(st.uuids(), st.uuids())
def test_link_uids_from_text_equal_the_uuid5_ones(first: uuid.UUID, second: uuid.UUID) -> None:
    assert uid_text(first.bytes) == str(first)
    assert link_uid_bytes(str(first), str(second)) == link_uid(first, second).bytes
    assert uuid.UUID(bytes=link_uid_bytes(str(first), str(second))).version == 5

"""Delete-versus-edit conflicts: a record deleted on one side and edited on the other waits for
the user, and either choice reaches both sides."""

from __future__ import annotations

import uuid

import httpx
import pytest
from sqlalchemy import select

from crm_sandbox import Sandbox
from cs_desktop.db import Store
from cs_desktop.models import Account, Stakeholder, Touchpoint
from cs_desktop.sync.hubspot import HubSpotAdapter
from cs_desktop.sync.pull import pull
from cs_desktop.sync.resolve import ChoiceNotOffered, resolve_conflict
from cs_desktop.sync.state import Conflict
from tests.support.hubspot import (
    add_portfolio,
    advance,
    edit_account,
    mutate,
    remote_all,
    remote_id_of,
    sync,
)
from tests.support.two_stores import last_request, writes_since

pytestmark = [
    pytest.mark.usefixtures("memory_keyring", "portal_in_the_past"),
    # The client waits on a fake clock: no rate limits; and searches see writes at once.
    pytest.mark.crm_sandbox(search_lag=False, rate_limits=False),
]


def open_conflict(store: Store) -> Conflict:
    with store.read() as session:
        return session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None))).one()


def uid_of(store: Store, account_id: int) -> uuid.UUID:
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None
        return account.uid


def live(sandbox: Sandbox, object_type: str) -> list[dict[str, str]]:
    return [item["properties"] for item in remote_all(sandbox, object_type)]


def archived_in_the_crm_and_edited_here(
    store: Store, control: httpx.Client, hub: HubSpotAdapter
) -> tuple[int, str]:
    """A company with a stakeholder and a note, archived in the CRM while its domain is
    edited here; the sync holds the edit as a conflict."""
    account_id, _ = add_portfolio(store)
    sync(store, hub)
    company_id = remote_id_of(store, uid_of(store, account_id))
    advance(control, 120)
    control.post("/mutate", json={"op": "archive", "type": "companies", "id": company_id})
    edit_account(store, account_id, domain="edited.test")
    advance(control, 120)
    result = sync(store, hub)
    assert result.open_conflicts == 1
    conflict = open_conflict(store)
    assert (conflict.field, conflict.local, conflict.remote) == ("*deleted*", "edited", "deleted")
    return account_id, company_id


def test_restore_with_my_edit_creates_the_record_in_the_crm_again_with_its_links(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    account_id, archived_id = archived_in_the_crm_and_edited_here(store, control, hub)
    uid = uid_of(store, account_id)
    resolve_conflict(store, open_conflict(store).id, "mine")
    advance(control, 120)
    result = sync(store, hub)
    assert result.open_conflicts == 0 and result.waiting == 0 and result.failed == 0
    companies = remote_all(sandbox, "companies")
    assert [(c["properties"]["csm_local_id"], c["properties"]["domain"]) for c in companies] == [
        (str(uid), "edited.test")
    ]
    restored_id = companies[0]["id"]
    assert restored_id != archived_id
    contact, note = remote_all(sandbox, "contacts")[0], remote_all(sandbox, "notes")[0]
    assert hub.read_links("contact", [contact["id"]], "company")[contact["id"]] == {restored_id}
    assert hub.read_links("note", [note["id"]], "company")[note["id"]] == {restored_id}
    advance(control, 120)
    quiet = last_request(sandbox)
    sync(store, hub)
    assert writes_since(sandbox, quiet) == []


def test_keep_deleted_deletes_it_here_too_and_sends_nothing(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    account_id, _ = archived_in_the_crm_and_edited_here(store, control, hub)
    resolve_conflict(store, open_conflict(store).id, "theirs")
    with store.read() as session:
        assert session.get(Account, account_id) is None
        # Its stakeholder and touchpoint went with it, as with any deletion pulled from the CRM.
        assert session.scalars(select(Stakeholder)).all() == []
        assert session.scalars(select(Touchpoint)).all() == []
    advance(control, 120)
    quiet = last_request(sandbox)
    result = sync(store, hub)
    assert writes_since(sandbox, quiet) == []
    assert result.open_conflicts == 0 and result.waiting == 0
    assert live(sandbox, "companies") == []


def deleted_here_and_edited_in_the_crm(
    store: Store, control: httpx.Client, hub: HubSpotAdapter
) -> tuple[uuid.UUID, str]:
    """A company deleted here while the CRM renamed it, its deletion not sent yet when the
    pull finds the rename."""
    with store.write() as session:
        account = Account(name="Acme")
        session.add(account)
    sync(store, hub)
    company_id = remote_id_of(store, account.uid)
    advance(control, 120)
    mutate(control, "companies", company_id, name="Acme (renamed in the CRM)")
    with store.write() as session:
        session.delete(session.get(Account, account.id))
    advance(control, 120)
    pull(store, hub, lambda: False)  # as when the run's push could not send the deletion
    conflict = open_conflict(store)
    assert (conflict.field, conflict.local, conflict.remote) == ("*deleted*", "deleted", "edited")
    return account.uid, company_id


def test_a_deletion_against_an_edit_in_the_crm_is_held_until_the_user_decides(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    deleted_here_and_edited_in_the_crm(store, control, hub)
    advance(control, 120)
    result = sync(store, hub)
    assert result.open_conflicts == 1 and result.waiting == 1
    assert [c["name"] for c in live(sandbox, "companies")] == ["Acme (renamed in the CRM)"]


def test_keep_deleted_archives_it_in_the_crm(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    deleted_here_and_edited_in_the_crm(store, control, hub)
    resolve_conflict(store, open_conflict(store).id, "mine")
    advance(control, 120)
    result = sync(store, hub)
    assert result.open_conflicts == 0 and result.waiting == 0
    assert live(sandbox, "companies") == []


def test_restore_the_crms_version_brings_it_back_here(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    uid, _ = deleted_here_and_edited_in_the_crm(store, control, hub)
    resolve_conflict(store, open_conflict(store).id, "theirs")
    advance(control, 120)
    result = sync(store, hub)
    assert result.open_conflicts == 0 and result.waiting == 0
    with store.read() as session:
        names = session.execute(select(Account.uid, Account.name)).all()
    assert names == [(uid, "Acme (renamed in the CRM)")]
    advance(control, 120)
    quiet = last_request(sandbox)
    sync(store, hub)
    assert writes_since(sandbox, quiet) == []


def test_a_deletion_has_no_value_to_edit(
    store: Store, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    deleted_here_and_edited_in_the_crm(store, control, hub)
    with pytest.raises(ChoiceNotOffered):
        resolve_conflict(store, open_conflict(store).id, "edit", "Acme")
    assert open_conflict(store).resolved_at is None

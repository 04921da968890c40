"""One owner per value: two stores syncing in turn with one CRM settle, and a sync after the
last edit writes nothing. The health score is written only by a store that computed one,
never cleared by a store that has none, and no value the CRM holds already is sent."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from crm_sandbox import Sandbox
from cs_desktop.edits import TouchpointDraft, add_touchpoint, change_stage
from cs_desktop.ids import AccountId
from cs_desktop.models import Account, Stage, Stakeholder, Touchpoint, TouchpointKind
from cs_desktop.sync.resolve import resolve_conflict
from cs_desktop.sync.scores import scores_today
from cs_desktop.sync.state import Conflict
from tests.support.two_stores import (
    TODAY,
    Laptop,
    last_request,
    open_laptop,
    reset_portal,
    set_login_rate,
    writes_since,
)

pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture
def laptops(
    sandbox: Sandbox, migrated_store_file: Path, tmp_path: Path
) -> Iterator[tuple[Laptop, Laptop]]:
    reset_portal(sandbox)
    pair = (
        open_laptop("desktop", sandbox, migrated_store_file, tmp_path),
        open_laptop("laptop", sandbox, migrated_store_file, tmp_path),
    )
    yield pair
    for laptop in pair:
        laptop.close()


def crm_companies(sandbox: Sandbox) -> list[dict[str, str]]:
    with sandbox.store.lock:
        records = sandbox.store.records["companies"].values()
        return [dict(r.properties) for r in records if not r.archived]


def sent_properties(sandbox: Sandbox, since: int = 0) -> list[dict[str, Any]]:
    """The properties of every company create or update the sandbox received."""
    return [
        item.get("properties", {})
        for entry in sandbox.log.since(since)
        if entry["path"].startswith("/crm/v3/objects/companies/batch/")
        and entry["path"].rsplit("/", 1)[1] in ("create", "update", "upsert")
        for item in entry["body"]["inputs"]
    ]


def new_account(laptop: Laptop, name: str, *, login_rate: float | None = None) -> uuid.UUID:
    with laptop.store.write() as session:
        account = Account(name=name, stage=Stage.DELIVERY)
        session.add(account)
    if login_rate is not None:
        set_login_rate(laptop.store, account.id, login_rate)
    return account.uid


def account_id(laptop: Laptop, uid: uuid.UUID) -> int:
    with laptop.store.read() as session:
        return session.scalars(select(Account.id).where(Account.uid == uid)).one()


def score_of(laptop: Laptop, uid: uuid.UUID) -> str | None:
    return scores_today(laptop.store, TODAY)[AccountId(account_id(laptop, uid))]


def rename(laptop: Laptop, uid: uuid.UUID, **values: Any) -> None:
    with laptop.store.write() as session:
        account = session.scalars(select(Account).where(Account.uid == uid)).one()
        for name, value in values.items():
            setattr(account, name, value)


# -- the health score ------------------------------------------------------------------------


def test_a_store_without_a_score_never_clears_the_one_another_store_sent(
    laptops: tuple[Laptop, Laptop], sandbox: Sandbox
) -> None:
    """The flip-flop: the laptop, with no health samples, used to send an empty score after
    every pull of the company, and the desktop its own again after the next."""
    desktop, laptop = laptops
    acme = new_account(desktop, "Acme", login_rate=0.6)
    desktop.sync(sandbox)
    laptop.sync(sandbox)
    ours = score_of(desktop, acme)
    assert ours is not None and score_of(laptop, acme) is None
    rename(desktop, acme, domain="acme.test")  # the laptop's next pull merges the company
    desktop.sync(sandbox)
    settled = last_request(sandbox)
    for _ in range(3):
        laptop.sync(sandbox)
        desktop.sync(sandbox)
    assert [c["csm_health_score"] for c in crm_companies(sandbox)] == [ours]
    assert writes_since(sandbox, settled) == []
    assert all(props.get("csm_health_score") != "" for props in sent_properties(sandbox))


def test_two_stores_with_different_scores_settle_on_the_last_one_that_moved(
    laptops: tuple[Laptop, Laptop], sandbox: Sandbox
) -> None:
    desktop, laptop = laptops
    acme = new_account(desktop, "Acme", login_rate=0.9)
    desktop.sync(sandbox)
    laptop.sync(sandbox)
    set_login_rate(laptop.store, account_id(laptop, acme), 0.1)  # the laptop's own data
    mine, theirs = score_of(desktop, acme), score_of(laptop, acme)
    assert None not in (mine, theirs) and mine != theirs
    laptop.sync(sandbox)
    desktop.sync(sandbox)  # the desktop's score did not move: it does not answer back
    settled = last_request(sandbox)
    laptop.sync(sandbox)
    desktop.sync(sandbox)
    assert writes_since(sandbox, settled) == []
    assert [c["csm_health_score"] for c in crm_companies(sandbox)] == [theirs]
    set_login_rate(desktop.store, account_id(desktop, acme), 0.5)  # now the desktop's moves
    desktop.sync(sandbox)
    assert [c["csm_health_score"] for c in crm_companies(sandbox)] == [score_of(desktop, acme)]


def test_a_score_the_crm_holds_already_is_not_sent(
    laptops: tuple[Laptop, Laptop], sandbox: Sandbox
) -> None:
    desktop, laptop = laptops
    acme = new_account(desktop, "Acme", login_rate=0.6)
    desktop.sync(sandbox)
    laptop.sync(sandbox)
    set_login_rate(laptop.store, account_id(laptop, acme), 0.6)  # the same data, the same score
    assert score_of(laptop, acme) == score_of(desktop, acme)
    before = last_request(sandbox)
    laptop.sync(sandbox)
    assert writes_since(sandbox, before) == []


# -- any value -------------------------------------------------------------------------------


def test_an_edit_back_to_the_crms_value_sends_nothing(
    laptops: tuple[Laptop, Laptop], sandbox: Sandbox
) -> None:
    desktop, _ = laptops
    acme = new_account(desktop, "Acme")
    desktop.sync(sandbox)
    rename(desktop, acme, name="Acme Corp")
    rename(desktop, acme, name="Acme")  # two saves, one pending update back to the same
    before = last_request(sandbox)
    result = desktop.sync(sandbox)
    assert writes_since(sandbox, before) == []
    assert result.waiting == 0


# -- the property ----------------------------------------------------------------------------

NAMES = ["Acme", "Acme Corp", "Beta"]
DOMAINS = ["acme.test", "beta.test", None]
TITLES = ["CTO", "Buyer", None]
NOTES = ["", "They want a rollout plan.", "Budget approved."]


@dataclass(frozen=True)
class Edit:
    """One thing a user does on one of the two stores, to one of the two accounts."""

    store: int
    action: str
    account: int
    value: Any

    def __repr__(self) -> str:  # short, for hypothesis' report of a failing plan
        return f"{('desktop', 'laptop')[self.store]}:{self.action}({self.account}, {self.value!r})"


def _edits(action: str, values: st.SearchStrategy[Any]) -> st.SearchStrategy[Edit]:
    return st.builds(Edit, st.integers(0, 1), st.just(action), st.integers(0, 1), values)


EDITS = st.one_of(
    _edits("rename", st.sampled_from(NAMES)),
    _edits("domain", st.sampled_from(DOMAINS)),
    _edits("stage", st.sampled_from([Stage.DELIVERY, Stage.SERVICE])),
    _edits("job_title", st.sampled_from(TITLES)),
    _edits("log", st.sampled_from(["Kick-off", "QBR"])),
    _edits("notes", st.sampled_from(NOTES)),
    _edits("drop", st.none()),
    _edits("usage", st.sampled_from([0.2, 0.9])),
    _edits("resolve", st.sampled_from(["mine", "theirs"])),
    _edits("resolve", st.sampled_from(["mine", "theirs"])),
    # The same record changed on both stores before either syncs: conflicts to resolve.
    _edits("both_rename", st.sampled_from(NAMES)),
    _edits("both_notes", st.sampled_from(NOTES[1:])),
    _edits("drop_and_notes", st.sampled_from(NOTES[1:])),
)
SYNCS = 10
EDITED_SYNCS = 8  # edits come before these; the last two syncs carry everything everywhere


def apply_edit(pair: tuple[Laptop, Laptop], account: uuid.UUID, edit: Edit) -> None:
    """Do ``edit`` on its store as the workspace would (one transaction), or on both."""
    other = 1 - edit.store
    if edit.action == "both_rename":
        _edit_one(pair[edit.store], account, replace(edit, action="rename"))
        _edit_one(pair[other], account, replace(edit, action="rename", value=f"{edit.value} 2"))
    elif edit.action == "both_notes":
        _edit_one(pair[edit.store], account, replace(edit, action="notes"))
        _edit_one(pair[other], account, replace(edit, action="notes", value="Both wrote."))
    elif edit.action == "drop_and_notes":
        _edit_one(pair[edit.store], account, replace(edit, action="drop"))
        _edit_one(pair[other], account, replace(edit, action="notes"))
    elif edit.action == "resolve":  # the oldest open conflict, on its store or the other
        for laptop in (pair[edit.store], pair[other]):
            with laptop.store.read() as session:
                oldest = session.scalars(
                    select(Conflict.id).where(Conflict.resolved_at.is_(None)).order_by(Conflict.id)
                ).first()
            if oldest is not None:
                resolve_conflict(laptop.store, oldest, edit.value)
                return
    else:
        _edit_one(pair[edit.store], account, edit)


def _edit_one(laptop: Laptop, account: uuid.UUID, edit: Edit) -> None:
    with laptop.store.write() as session:
        row = session.scalars(select(Account).where(Account.uid == account)).first()
        if row is None:
            return
        touchpoints = sorted(row.touchpoints, key=lambda t: str(t.uid))
        if edit.action == "rename":
            row.name = edit.value
        elif edit.action == "domain":
            row.domain = edit.value
        elif edit.action == "stage" and row.stage != edit.value:
            change_stage(session, AccountId(row.id), edit.value, "moved in a test")
        elif edit.action == "job_title" and row.stakeholders:
            row.stakeholders[0].title = edit.value
        elif edit.action == "log":
            add_touchpoint(
                session,
                TouchpointDraft(
                    account_id=AccountId(row.id),
                    kind=TouchpointKind.MEETING,
                    occurred_at=datetime(2026, 3, 1, 10, tzinfo=UTC),
                    title=edit.value,
                ),
            )
        elif edit.action == "notes" and touchpoints:
            touchpoints[0].notes = edit.value
        elif edit.action == "drop" and touchpoints:
            session.delete(touchpoints[0])
    if edit.action == "usage" and row is not None:
        set_login_rate(laptop.store, row.id, edit.value)


def started_pair(laptops: tuple[Laptop, Laptop], sandbox: Sandbox) -> list[uuid.UUID]:
    """Two accounts with a stakeholder and a touchpoint each, made on the desktop (which holds
    the usage of the first), synced to the laptop."""
    desktop, laptop = laptops
    with desktop.store.write() as session:
        accounts = [Account(name=name, stage=Stage.DELIVERY) for name in NAMES[:2]]
        for account in accounts:
            person = Stakeholder(account=account, name="Ann Lee", title="CTO")
            account.touchpoints.append(
                Touchpoint(
                    kind=TouchpointKind.MEETING,
                    occurred_at=datetime(2026, 2, 2, 9, tzinfo=UTC),
                    title="Kick-off",
                    notes="",
                    attendees=[person],
                )
            )
        session.add_all(accounts)
    set_login_rate(desktop.store, accounts[0].id, 0.6)
    desktop.sync(sandbox)
    laptop.sync(sandbox)
    return [account.uid for account in accounts]


@pytest.mark.slow  # each example is 12 syncs of two stores over loopback HTTP
@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,  # the same examples on every machine: a failure fails again
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(plan=st.lists(st.lists(EDITS, max_size=2), min_size=EDITED_SYNCS, max_size=EDITED_SYNCS))
def test_after_the_last_edit_a_round_of_syncs_writes_nothing(
    shared_sandbox: Sandbox, migrated_store_file: Path, tmp_path: Path, plan: list[list[Edit]]
) -> None:
    """Ten syncs, the desktop's and the laptop's in turn, with a few random edits on either
    before each of the first eight (conflicts and their resolutions among them); the last two
    carry every change to the other store. Then one more sync on each writes nothing: no value
    answers another, and nothing the CRM holds is sent again."""
    reset_portal(shared_sandbox)
    folder = tmp_path / uuid.uuid4().hex
    folder.mkdir()
    pair = (
        open_laptop("desktop", shared_sandbox, migrated_store_file, folder),
        open_laptop("laptop", shared_sandbox, migrated_store_file, folder),
    )
    try:
        accounts = started_pair(pair, shared_sandbox)
        for turn in range(SYNCS):
            for edit in plan[turn] if turn < EDITED_SYNCS else []:
                apply_edit(pair, accounts[edit.account], edit)
            pair[turn % 2].sync(shared_sandbox)
        quiet = last_request(shared_sandbox)
        for laptop in pair:
            laptop.sync(shared_sandbox)
        assert writes_since(shared_sandbox, quiet) == []
    finally:
        for laptop in pair:
            laptop.close()

"""Accounts and stakeholders kept by hand: one rule per test, duplicates, archive and restore."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from cs_desktop.book import accounts as book
from cs_desktop.book import stakeholders as people
from cs_desktop.db import Store
from cs_desktop.ids import AccountId, StakeholderId
from cs_desktop.models import Account, StageChange, Stakeholder, StakeholderRole, Tier
from cs_desktop.portfolio import has_left_book, load_portfolio
from cs_desktop.record_edits import RecordRejected, reverse_all
from tests.support.factories import add_account

VALID: dict[str, Any] = {
    "name": "Acme",
    "domain": "acme.test",
    "tier": Tier.ENTERPRISE,
    "segment": "Manufacturing",
    "owner": "Mei",
    "arr": Decimal(120_000),
    "currency": "USD",
    "contract_start": date(2025, 1, 1),
    "renewal_date": date(2026, 1, 1),
}


def _account_errors(**changes: Any) -> dict[str, str]:
    values = book.clean_account_values({**VALID, **changes})
    return dict(book.validate_account(None, values, None))  # type: ignore[arg-type]


def test_valid_account_values_have_no_problem() -> None:
    assert _account_errors() == {}


@pytest.mark.parametrize("name", ["", "   "])
def test_an_account_needs_a_name(name: str) -> None:
    assert _account_errors(name=name) == {"name": book.NAME_MISSING}


def test_an_account_name_has_at_most_200_characters() -> None:
    assert set(_account_errors(name="x" * 201)) == {"name"}
    assert _account_errors(name="x" * 200) == {}


@pytest.mark.parametrize("domain", ["not a domain", "acme", "acme..test", "-"])
def test_a_domain_must_look_like_one(domain: str) -> None:
    assert _account_errors(domain=domain) == {"domain": book.DOMAIN_INVALID}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("https://www.Acme.test/about", "acme.test"),
        ("ACME.test.", "acme.test"),
        ("  ", None),
        ("東京テック.jp", "東京テック.jp"),
    ],
)
def test_a_domain_is_kept_bare(typed: str, stored: str | None) -> None:
    assert book.clean_account_values({"domain": typed})["domain"] == stored
    assert _account_errors(domain=typed) == {}


def test_segment_and_owner_have_limits() -> None:
    assert set(_account_errors(segment="s" * 101, owner="o" * 201)) == {"segment", "owner"}


def test_the_tier_is_one_of_the_tiers() -> None:
    assert _account_errors(tier="platinum") == {"tier": book.TIER_INVALID}


@pytest.mark.parametrize(
    ("arr", "problem"),
    [
        (Decimal(-1), book.ARR_NEGATIVE),
        (Decimal(10) ** 14, book.ARR_TOO_BIG.format(limit=f"{book.ARR_MAX:,}")),
        ("12k", book.ARR_INVALID),
        (Decimal("NaN"), book.ARR_INVALID),
    ],
)
def test_arr_is_a_sensible_amount(arr: Any, problem: str) -> None:
    assert _account_errors(arr=arr) == {"arr": problem}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("120000", 120000),
        ("120,000.50", Decimal("120000.50")),
        ("¥12,000,000", 12_000_000),
        ("\uff11\uff12\uff10 \uff10\uff10\uff10", 120000),  # full-width digits
        ("", 0),
    ],
)
def test_amounts_are_read_as_typed(text: str, amount: Decimal) -> None:
    assert book.parse_amount(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["12k", "1.2.3", "0.001", "about 5"])
def test_what_is_not_an_amount_says_so(text: str) -> None:
    with pytest.raises(ValueError, match="Enter an amount"):
        book.parse_amount(text)


@pytest.mark.parametrize(
    ("code", "ok"), [("usd", True), ("JPY", True), ("XYZ", False), ("US", False), ("", False)]
)
def test_the_currency_is_an_iso_4217_code(code: str, ok: bool) -> None:
    errors = _account_errors(currency=code)
    assert errors == ({} if ok else {"currency": book.CURRENCY_INVALID})


def test_the_renewal_comes_after_the_contract_start() -> None:
    start = date(2025, 1, 1)
    assert _account_errors(contract_start=start, renewal_date=start) == {
        "renewal_date": book.RENEWAL_BEFORE_START
    }
    assert _account_errors(contract_start=start, renewal_date=None) == {}


def test_every_problem_is_reported_at_once(store: Store) -> None:
    with pytest.raises(RecordRejected) as rejected, store.write() as session:
        book.create_account(session, {**VALID, "name": "", "currency": "XX", "arr": Decimal(-5)})
    assert set(rejected.value.errors) == {"name", "currency", "arr"}
    assert load_portfolio_names(store) == []


def load_portfolio_names(store: Store) -> list[str]:
    with store.engine.connect() as connection:
        return sorted(row.name for row in load_portfolio(connection))


def test_creating_an_account_starts_its_stage_history_and_undo_removes_both(store: Store) -> None:
    with store.write() as session:
        edits = book.create_account(session, {**VALID, "domain": "https://acme.test/"})
    account_id = AccountId(edits[0].row_id)
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None
        assert (account.domain, account.currency, account.arr) == ("acme.test", "USD", 120_000)
        history = session.scalars(select(StageChange.note)).all()
        assert history == [book.CREATED_NOTE]
    with store.write() as session:
        undo = reverse_all(session, edits)
    assert load_portfolio_names(store) == []
    with store.write() as session:
        reverse_all(session, undo)  # redo
    assert load_portfolio_names(store) == ["Acme"]


def test_an_edit_changes_only_the_form_fields(store: Store) -> None:
    account_id = add_account(store, "Acme", currency="USD")
    with store.write() as session:
        edit = book.update_account(session, account_id, {"currency": "jpy", "owner": " "})
    assert edit.after == {"currency": "JPY"}
    with pytest.raises(TypeError), store.write() as session:
        book.update_account(session, account_id, {"stage": "value"})


def test_likely_duplicates_by_name_or_domain(store: Store) -> None:
    acme = add_account(store, "ACME, Inc.", domain="acme.test")
    tokyo = add_account(store, "東京テック株式会社")
    other = add_account(store, "Globex", domain="globex.test")
    with store.engine.connect() as connection:

        def found(name: str, domain: str | None = None, **kw: Any) -> list[AccountId]:
            return [d.id for d in book.likely_duplicates(connection, name, domain, **kw)]

        assert found("acme") == [acme]
        assert found("Acme Corporation") == [acme]
        assert found("\uff21\uff23\uff2d\uff25") == [acme]
        assert found("New name", "https://www.acme.test") == [acme]
        assert found("東京テック") == [tokyo]
        assert found("Globex", "acme.test") == [acme, other]  # the same domain first
        assert found("Initech") == []
        assert found("Acme", exclude=acme) == []


def test_archived_accounts_leave_the_book_and_come_back(store: Store) -> None:
    account_id = add_account(store, "Acme")
    with store.write() as session:
        archived = book.archive_account(session, account_id)
    with store.engine.connect() as connection:
        assert has_left_book(connection, account_id)
        assert [row.archived for row in load_portfolio(connection)] == [True]
    with store.write() as session:
        book.restore_account(session, account_id)
    with store.engine.connect() as connection:
        assert not has_left_book(connection, account_id)
        assert [row.archived for row in load_portfolio(connection)] == [False]
    assert "archived_at" in archived.after


def test_an_archived_account_gets_no_playbook_tasks(store: Store) -> None:
    from cs_desktop.health.early_warnings import evaluate_warnings
    from cs_desktop.models import Stage

    account_id = add_account(store, "Asleep Co", stage=Stage.SERVICE)
    today = date(2025, 6, 1)
    assert evaluate_warnings(store, account_id, today).active  # never met a decision maker
    with store.write() as session:
        book.archive_account(session, account_id)
    assert evaluate_warnings(store, account_id, today + timedelta(days=1)).active == ()


# -- stakeholders ------------------------------------------------------------------------------

PERSON: dict[str, Any] = {
    "name": "Li Wei",
    "role": StakeholderRole.CHAMPION,
    "title": "Head of IT",
    "email": "li.wei@example.cn",
    "phone": "+86 (21) 5555-0100",
}


def _person_errors(**changes: Any) -> dict[str, str]:
    values = people.clean_stakeholder_values({**PERSON, **changes})
    return dict(people.validate_stakeholder(None, values, None))  # type: ignore[arg-type]


def test_valid_stakeholder_values_have_no_problem() -> None:
    assert _person_errors() == {}
    assert _person_errors(title="", email="  ", phone="") == {}


def test_a_stakeholder_needs_a_name() -> None:
    assert _person_errors(name=" ") == {"name": people.NAME_MISSING}
    assert set(_person_errors(name="n" * 201)) == {"name"}


@pytest.mark.parametrize("role", list(StakeholderRole))
def test_every_role_is_accepted(role: StakeholderRole) -> None:
    assert _person_errors(role=role) == {}


def test_the_role_is_one_of_the_roles() -> None:
    assert _person_errors(role="boss") == {"role": people.ROLE_INVALID}


def test_a_title_has_a_limit() -> None:
    assert set(_person_errors(title="t" * 201)) == {"title"}


@pytest.mark.parametrize(
    ("email", "ok"),
    [
        ("li.wei@example.cn", True),
        ("佐藤@例え.jp", True),
        ("li.wei", False),
        ("li wei@example.cn", False),
        ("li@example", False),
        ("@example.cn", False),
        ("a@b@example.cn", False),
    ],
)
def test_an_email_is_checked(email: str, ok: bool) -> None:
    assert _person_errors(email=email) == ({} if ok else {"email": people.EMAIL_INVALID})


@pytest.mark.parametrize(
    ("phone", "ok"),
    [
        ("+81 3-1234-5678", True),
        ("(555) 010 0100 ext. 12", True),
        ("555.0100 x3", True),
        ("call me", False),
        ("12", False),
        ("+", False),
    ],
)
def test_a_phone_number_is_checked(phone: str, ok: bool) -> None:
    assert _person_errors(phone=phone) == ({} if ok else {"phone": people.PHONE_INVALID})


def test_stakeholders_are_added_edited_deactivated_and_deleted(store: Store) -> None:
    account_id = add_account(store, "Acme")
    with store.write() as session:
        added = people.add_stakeholder(session, account_id, {**PERSON, "email": " "})
    person = StakeholderId(added.row_id)
    with store.write() as session:
        people.update_stakeholder(session, person, {"role": StakeholderRole.BLOCKER})
        left = people.set_stakeholder_active(session, person, False)
    with store.read() as session:
        row = session.get(Stakeholder, person)
        assert row is not None
        assert (row.role, row.email, row.active) == (StakeholderRole.BLOCKER, None, False)
    assert left.before == {"active": True}
    with store.write() as session:
        deleted = people.delete_stakeholder(session, person)
    with store.write() as session:
        reverse_all(session, [deleted])
    with store.read() as session:
        assert session.get(Stakeholder, person) is not None
    with pytest.raises(RecordRejected) as rejected, store.write() as session:
        people.update_stakeholder(session, person, {"email": "nope"})
    assert rejected.value.errors == {"email": people.EMAIL_INVALID}


def test_an_account_edit_is_queued_for_the_crm_once_connected(store: Store) -> None:
    from tests.support.outbox import connect, ops

    account_id = add_account(store, "Acme")
    connect(store)
    with store.write() as session:
        book.update_account(session, account_id, {"name": "Acme Robotics", "domain": "acme.test"})
        people.add_stakeholder(session, account_id, PERSON)
    queued = ops(store)
    # The account's pending create takes the new values; the stakeholder is a create of its own.
    assert [fields["name"] for entity, _op, fields in queued if entity == "company"] == [
        "Acme Robotics"
    ]
    assert [(op, fields.get("email")) for entity, op, fields in queued if entity == "contact"] == [
        ("create", "li.wei@example.cn")
    ]

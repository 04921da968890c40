"""Renewals and risks kept by hand: one rule per test, the forecast, closing a renewal, undo;
and why customers left or shrank (per currency, never mixed)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from cs_desktop.account_detail import load_account_detail
from cs_desktop.book import renewals as book
from cs_desktop.book import risks
from cs_desktop.db import Store
from cs_desktop.health.reasons import loss_reasons
from cs_desktop.ids import AccountId, RenewalId, RiskId
from cs_desktop.models import Account, Renewal, RenewalForecast, Risk
from cs_desktop.record_edits import RecordRejected, reverse_all
from cs_desktop.vocabulary import ChurnReason, RenewalOutcome, RiskCategory, RiskStatus
from tests.support.factories import add_account

PAST: dict[str, Any] = {
    "period_start": date(2024, 1, 1),
    "period_end": date(2025, 1, 1),
    "arr_before": Decimal(100_000),
    "arr_after": Decimal(100_000),
    "outcome": RenewalOutcome.RENEWED,
    "reason": None,
    "reason_note": "",
}
CHURN = {
    **PAST,
    "arr_after": Decimal(0),
    "outcome": RenewalOutcome.CHURNED,
    "reason": ChurnReason.BUDGET,
}


def _errors(**changes: Any) -> dict[str, str]:
    values = book.clean_renewal_values({**PAST, **changes})
    return dict(book.validate_renewal(None, values, None))


def test_a_plain_renewal_is_valid() -> None:
    assert _errors() == {}


def test_the_period_ends_after_it_starts() -> None:
    assert _errors(period_end=date(2024, 1, 1)) == {"period_end": book.PERIOD_END_NOT_AFTER_START}
    assert _errors(period_start=None) == {"period_start": book.DATE_MISSING}


@pytest.mark.parametrize("field", ["arr_before", "arr_after"])
def test_arr_is_not_negative(field: str) -> None:
    assert _errors(**{field: Decimal(-1)})[field] == book.AMOUNT_NEGATIVE
    assert _errors(**{field: "lots"})[field] == book.AMOUNT_INVALID


def test_churned_means_no_arr_after() -> None:
    assert _errors(**{**CHURN, "arr_after": Decimal(5)}) == {"arr_after": book.CHURNED_KEEPS_ARR}
    assert _errors(**CHURN) == {}


def test_contracted_means_less_after_and_expanded_more() -> None:
    contracted = {"outcome": RenewalOutcome.CONTRACTED, "reason": ChurnReason.ADOPTION}
    assert _errors(**contracted) == {"arr_after": book.CONTRACTED_NOT_LOWER}
    assert _errors(**contracted, arr_after=Decimal(80_000)) == {}
    assert _errors(outcome=RenewalOutcome.EXPANDED) == {"arr_after": book.EXPANDED_NOT_HIGHER}
    assert _errors(outcome=RenewalOutcome.EXPANDED, arr_after=Decimal(120_000)) == {}
    assert _errors(arr_after=Decimal(0)) == {"arr_after": book.RENEWED_WITHOUT_ARR}


def test_churn_and_contraction_need_a_reason() -> None:
    assert _errors(**{**CHURN, "reason": None}) == {"reason": book.REASON_MISSING}
    assert _errors(**{**CHURN, "reason": "bored"}) == {"reason": book.REASON_INVALID}


def test_a_renewal_that_was_kept_has_no_reason() -> None:
    cleaned = book.clean_renewal_values(
        {**PAST, "reason": ChurnReason.BUDGET, "reason_note": "  tight year "}
    )
    assert (cleaned["reason"], cleaned["reason_note"]) == (None, "")
    kept = book.clean_renewal_values({**CHURN, "reason_note": "  tight year "})
    assert kept["reason_note"] == "tight year"


def test_the_note_has_a_limit() -> None:
    assert set(_errors(**{**CHURN, "reason_note": "x" * 2001})) == {"reason_note"}


def test_every_problem_at_once() -> None:
    problems = _errors(period_end=date(2023, 1, 1), arr_before=Decimal(-1), outcome="won")
    assert set(problems) == {"period_end", "arr_before", "outcome"}


def test_add_edit_delete_and_undo_a_renewal(store: Store) -> None:
    account_id = add_account(store, "Acme")
    with store.write() as session:
        added = book.add_renewal(session, account_id, CHURN)
    renewal_id = RenewalId(added.row_id)
    with store.write() as session:
        edited = book.update_renewal(
            session,
            renewal_id,
            {"outcome": RenewalOutcome.RENEWED, "arr_after": Decimal(100_000)},
        )
    with store.read() as session:
        row = session.get(Renewal, renewal_id)
        assert row is not None
        assert (row.outcome, row.reason, row.arr_after) == (RenewalOutcome.RENEWED, None, 100_000)
    with store.write() as session:
        reverse_all(session, [edited])
        row = session.get(Renewal, renewal_id)
        assert row is not None and row.reason == ChurnReason.BUDGET
        deleted = book.delete_renewal(session, renewal_id)
    with store.write() as session:
        reverse_all(session, [deleted])
    with store.engine.connect() as connection:
        detail = load_account_detail(connection, account_id)
    assert [(r.id, r.outcome, r.reason) for r in detail.renewals] == [
        (renewal_id, RenewalOutcome.CHURNED, ChurnReason.BUDGET)
    ]


def test_periods_of_one_account_do_not_overlap(store: Store) -> None:
    account_id = add_account(store, "Acme")
    other = add_account(store, "Globex")
    with store.write() as session:
        first = book.add_renewal(session, account_id, PAST)
        book.add_renewal(session, other, PAST)  # another account's term may be the same
    overlapping = {**PAST, "period_start": date(2024, 6, 1), "period_end": date(2025, 6, 1)}
    with pytest.raises(RecordRejected) as rejected, store.write() as session:
        book.add_renewal(session, account_id, overlapping)
    assert rejected.value.errors["period_start"].startswith("This period overlaps")
    with store.write() as session:  # a renewal never overlaps itself
        book.update_renewal(session, RenewalId(first.row_id), {"period_end": date(2025, 2, 1)})
        book.add_renewal(
            session,
            account_id,
            {**PAST, "period_start": date(2025, 2, 1), "period_end": date(2026, 2, 1)},
        )


def _forecast_errors(store: Store, account_id: AccountId, **values: Any) -> dict[str, str]:
    base = {"expected_outcome": RenewalOutcome.RENEWED, "probability": 80}
    base["expected_arr"] = Decimal(100_000)
    with pytest.raises(RecordRejected) as rejected, store.write() as session:
        book.set_forecast(session, account_id, {**base, **values})
    return rejected.value.errors


def test_forecast_rules(store: Store) -> None:
    account_id = add_account(store, "Acme", arr=Decimal(100_000), currency="USD")
    assert _forecast_errors(store, account_id, probability=101) == {
        "probability": book.PROBABILITY_INVALID
    }
    assert _forecast_errors(store, account_id, probability=-1) == {
        "probability": book.PROBABILITY_INVALID
    }
    assert set(_forecast_errors(store, account_id, expected_arr=Decimal(-1))) == {"expected_arr"}
    churn = _forecast_errors(store, account_id, expected_outcome=RenewalOutcome.CHURNED)
    assert churn == {"expected_arr": book.FORECAST_CHURN_KEEPS_ARR, "reason": book.REASON_MISSING}
    contraction = _forecast_errors(
        store,
        account_id,
        expected_outcome=RenewalOutcome.CONTRACTED,
        reason=ChurnReason.PRODUCT_GAP,
    )
    assert set(contraction) == {"expected_arr"}
    expansion = _forecast_errors(store, account_id, expected_outcome=RenewalOutcome.EXPANDED)
    assert set(expansion) == {"expected_arr"}


def test_set_change_and_clear_the_forecast(store: Store) -> None:
    account_id = add_account(store, "Acme", arr=Decimal(100_000))
    values = {
        "expected_outcome": RenewalOutcome.EXPANDED,
        "probability": 60,
        "expected_arr": Decimal(130_000),
    }
    with store.write() as session:
        created = book.set_forecast(session, account_id, values)
        changed = book.set_forecast(session, account_id, {"probability": 70})
    assert created.action == "create" and changed.after == {"probability": 70}
    with store.engine.connect() as connection:
        forecast = load_account_detail(connection, account_id).forecast
    assert forecast is not None and forecast.probability == 70
    with store.write() as session:
        cleared = book.clear_forecast(session, account_id)
        assert book.clear_forecast(session, account_id) == ()
    with store.write() as session:
        reverse_all(session, cleared)
        restored = book.forecast_of(session, account_id)
        assert restored is not None and restored.expected_arr == 130_000


def test_closing_the_open_renewal_is_one_undoable_step(store: Store) -> None:
    account_id = add_account(
        store,
        "Acme",
        arr=Decimal(100_000),
        contract_start=date(2025, 1, 1),
        renewal_date=date(2026, 1, 1),
    )
    with store.write() as session:
        book.set_forecast(
            session,
            account_id,
            {
                "expected_outcome": RenewalOutcome.CONTRACTED,
                "probability": 90,
                "expected_arr": Decimal(70_000),
                "reason": ChurnReason.ADOPTION,
                "note": "two teams never started",
            },
        )
    with store.read() as session:
        forecast = book.forecast_of(session, account_id)
        assert forecast is not None
        proposal = book.proposed_close(
            {
                "expected_outcome": forecast.expected_outcome,
                "expected_arr": forecast.expected_arr,
                "reason": forecast.reason,
                "note": forecast.note,
            },
            arr=Decimal(100_000),
            contract_start=date(2025, 1, 1),
            renewal_date=date(2026, 1, 1),
            last_period_end=None,
            today=date(2025, 12, 1),
        )
    with pytest.raises(RecordRejected), store.write() as session:
        book.close_renewal(session, account_id, {**proposal, "reason": None})
    with store.write() as session:
        closed = book.close_renewal(session, account_id, proposal)
    with store.read() as session:
        assert book.forecast_of(session, account_id) is None
        renewal = session.scalars(select(Renewal)).one()
        assert (renewal.period_start, renewal.period_end) == (date(2025, 1, 1), date(2026, 1, 1))
        assert (renewal.outcome, renewal.reason) == (
            RenewalOutcome.CONTRACTED,
            ChurnReason.ADOPTION,
        )
        assert renewal.reason_note == "two teams never started"
        account = session.get(Account, account_id)
        assert account is not None
        assert (account.arr, account.renewal_date) == (70_000, date(2027, 1, 1))
    with store.write() as session:
        undo = reverse_all(session, closed)
    with store.read() as session:
        assert session.scalars(select(Renewal)).all() == []
        assert session.scalars(select(RenewalForecast)).one().probability == 90
        account = session.get(Account, account_id)
        assert account is not None and account.arr == 100_000
    with store.write() as session:
        reverse_all(session, undo)  # redo
    with store.read() as session:
        assert session.scalars(select(RenewalForecast)).all() == []
    with pytest.raises(RecordRejected) as rejected, store.write() as session:
        book.close_renewal(session, account_id, proposal)
    assert set(rejected.value.errors) == {"forecast"}


# -- risks ----------------------------------------------------------------------------------
RISK: dict[str, Any] = {
    "category": RiskCategory.SPONSOR_CHANGE,
    "status": RiskStatus.OPEN,
    "found_on": date(2025, 3, 1),
    "resolved_on": None,
    "note": "",
}


def _risk_errors(**changes: Any) -> dict[str, str]:
    return dict(risks.validate_risk(None, risks.clean_risk_values({**RISK, **changes}), None))


def test_a_risk_is_valid() -> None:
    assert _risk_errors() == {}


def test_a_risk_has_a_category_status_and_found_day() -> None:
    problems = _risk_errors(category="weather", status="sleeping", found_on=None)
    assert problems == {
        "category": risks.CATEGORY_INVALID,
        "status": risks.STATUS_INVALID,
        "found_on": risks.FOUND_MISSING,
    }


def test_a_resolved_risk_has_its_day_on_or_after_it_was_found() -> None:
    assert _risk_errors(status=RiskStatus.RESOLVED) == {"resolved_on": risks.RESOLVED_MISSING}
    assert _risk_errors(status=RiskStatus.RESOLVED, resolved_on=date(2025, 2, 1)) == {
        "resolved_on": risks.RESOLVED_BEFORE_FOUND
    }
    assert _risk_errors(status=RiskStatus.RESOLVED, resolved_on=date(2025, 3, 1)) == {}


def test_an_unresolved_risk_has_no_resolution_day() -> None:
    cleaned = risks.clean_risk_values(
        {**RISK, "status": RiskStatus.MITIGATING, "resolved_on": date(2025, 4, 1)}
    )
    assert cleaned["resolved_on"] is None


def test_the_risk_note_has_a_limit() -> None:
    assert set(_risk_errors(note="x" * 2001)) == {"note"}


def test_add_edit_delete_and_undo_a_risk(store: Store) -> None:
    account_id = add_account(store, "Acme")
    with store.write() as session:
        added = risks.add_risk(session, account_id, {**RISK, "note": " new CIO "})
    risk_id = RiskId(added.row_id)
    with store.write() as session:
        resolved = risks.update_risk(
            session, risk_id, {"status": RiskStatus.RESOLVED, "resolved_on": date(2025, 5, 1)}
        )
    with store.engine.connect() as connection:
        (row,) = load_account_detail(connection, account_id).risks
    assert (row.status, row.resolved_on, row.note) == (
        RiskStatus.RESOLVED,
        date(2025, 5, 1),
        "new CIO",
    )
    with store.write() as session:
        reverse_all(session, [resolved])
        deleted = risks.delete_risk(session, risk_id)
    with store.write() as session:
        reverse_all(session, [deleted])
    with store.read() as session:
        back = session.get(Risk, risk_id)
        assert back is not None and (back.status, back.resolved_on) == (RiskStatus.OPEN, None)
    with pytest.raises(TypeError), store.write() as session:
        risks.update_risk(session, risk_id, {"account_id": 2})


# -- why customers left or shrank -----------------------------------------------------------
def test_loss_reasons_count_and_sum_per_currency(store: Store) -> None:
    usd = add_account(store, "Acme", currency="USD")
    usd2 = add_account(store, "Initech", currency="USD")
    eur = add_account(store, "Globex", currency="EUR")
    kept = add_account(store, "Umbrella", currency="USD")
    gone = add_account(store, "Archived", currency="USD")
    contraction = {
        **PAST,
        "outcome": RenewalOutcome.CONTRACTED,
        "arr_after": Decimal(60_000),
        "reason": ChurnReason.BUDGET,
    }
    with store.write() as session:
        book.add_renewal(session, usd, CHURN)  # budget, 100,000 USD
        book.add_renewal(session, usd2, contraction)  # budget, 40,000 USD
        book.add_renewal(session, eur, {**CHURN, "reason": ChurnReason.COMPETITOR})
        book.add_renewal(session, kept, PAST)  # kept: not a loss
        book.add_renewal(  # outside the period
            session,
            kept,
            {**CHURN, "period_start": date(2022, 1, 1), "period_end": date(2023, 1, 1)},
        )
        risks.add_risk(session, usd, RISK)
        risks.add_risk(session, usd, {**RISK, "status": RiskStatus.MITIGATING})
        risks.add_risk(session, eur, {**RISK, "category": RiskCategory.BUDGET})
        risks.add_risk(
            session,
            eur,
            {**RISK, "status": RiskStatus.RESOLVED, "resolved_on": date(2025, 4, 1)},
        )
        risks.add_risk(session, gone, RISK)
        archived = session.get(Account, gone)
        assert archived is not None
        archived.archived_at = archived.created_at
    # A renewal recorded before reasons were asked (e.g. imported) counts as "not recorded".
    with store.write() as session:
        session.add(
            Renewal(
                account_id=eur,
                **{
                    **CHURN,
                    "period_start": date(2024, 2, 1),
                    "period_end": date(2024, 12, 1),
                    "reason": None,
                },
            )
        )
    with store.engine.connect() as connection:
        report = loss_reasons(connection, date(2024, 6, 1), date(2025, 6, 1))
    assert report.currencies == ("EUR", "USD")
    by_reason = {row.reason: row for row in report.reasons}
    assert [row.reason for row in report.reasons] == [
        ChurnReason.BUDGET,
        ChurnReason.COMPETITOR,
        None,
    ]
    budget = by_reason[ChurnReason.BUDGET]
    assert (budget.churned, budget.contracted) == (1, 1)
    assert budget.arr_lost == {"USD": Decimal(140_000)}  # never added to the EUR
    assert by_reason[ChurnReason.COMPETITOR].arr_lost == {"EUR": Decimal(100_000)}
    assert report.total_lost("EUR") == Decimal(200_000)
    assert report.total_lost("USD") == Decimal(140_000)
    open_by_category = dict(report.open_risks)
    assert open_by_category[RiskCategory.SPONSOR_CHANGE] == 2  # open and mitigating
    assert open_by_category[RiskCategory.BUDGET] == 1
    assert sum(open_by_category.values()) == 3  # not the resolved one, nor the archived's
    with pytest.raises(ValueError), store.engine.connect() as connection:
        loss_reasons(connection, date(2025, 1, 1), date(2024, 1, 1))


def test_no_losses_no_currencies(store: Store) -> None:
    with store.engine.connect() as connection:
        report = loss_reasons(connection, date(2024, 1, 1), date(2025, 1, 1))
    assert (report.reasons, report.currencies) == ((), ())
    assert all(count == 0 for _, count in report.open_risks)

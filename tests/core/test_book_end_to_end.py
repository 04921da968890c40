"""A book built by hand from an empty store, as a new CSM would, brings the health model alive.

Only what the window and the imports do: an accounts CSV, account edits and stakeholders with
roles, a success plan with goals and steps, renewals with outcomes and reasons, touchpoints,
measurements recorded by hand and a usage export. No sample generator. Then: every indicator
of the service scorecard has data for the main account, the success model counts it, and the
indicator validation runs on the renewals entered.
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from cs_desktop.book.accounts import update_account
from cs_desktop.book.renewals import add_renewal, close_renewal, proposed_close, set_forecast
from cs_desktop.book.risks import add_risk
from cs_desktop.book.stakeholders import add_stakeholder
from cs_desktop.db import Store
from cs_desktop.edits import TouchpointDraft, add_touchpoint
from cs_desktop.health.reasons import loss_reasons
from cs_desktop.health.service import compute_portfolio_health, default_scorecards
from cs_desktop.health.success import successful_accounts_over_time
from cs_desktop.health.validation import validate_indicators
from cs_desktop.ids import AccountId, StakeholderId
from cs_desktop.importer import import_file
from cs_desktop.importer.report import ImportKind
from cs_desktop.importer.usage import import_usage, parse_usage_map
from cs_desktop.measurements import Measurement, record_measurement
from cs_desktop.models import Account, Milestone, Objective, SuccessPlan
from cs_desktop.record_edits import create_record
from cs_desktop.vocabulary import (
    ChurnReason,
    ObjectiveStatus,
    RenewalOutcome,
    RiskCategory,
    Satisfaction,
    Stage,
    StakeholderRole,
    TouchpointKind,
)

TODAY = date.today()
KEPT, CHURNED = 12, 12  # enough of each for the validation (10 per class at least)
REASONS = (ChurnReason.ADOPTION, ChurnReason.BUDGET, ChurnReason.COMPETITOR)
USAGE_MAP = (
    "Login rate=login_rate",
    "Feature adoption=feature_adoption",
    "Questions answered=question_response_rate",
    "Feedback given=feedback_rate",
    "Events attended=event_participation",
    "Tickets=inquiry_count",
)


def _accounts_csv(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as file:
        out = csv.writer(file)
        out.writerow(["name", "domain", "tier", "stage", "arr", "currency", "contract_start"])
        out.writerow(
            ["Acme Robotics", "acme.example", "enterprise", "service", "120000", "USD", ""]
        )
        for number in range(KEPT + CHURNED):
            currency = "JPY" if number % 4 == 0 else "USD"
            out.writerow(
                [f"Customer {number:02}", f"c{number:02}.example", "smb", "service",
                 "5000000" if currency == "JPY" else "40000", currency, ""]
            )  # fmt: skip
    return path


def _usage_csv(path: Path, names: list[str], churning: set[str]) -> Path:
    """A weekly product-analytics export over two years: one row per account per week."""
    first = TODAY - timedelta(days=7 * 104)
    first -= timedelta(days=first.weekday())
    with path.open("w", newline="", encoding="utf-8") as file:
        out = csv.writer(file)
        out.writerow(["Domain", "Week starting", *(pair.split("=")[0] for pair in USAGE_MAP)])
        for week in range(105):
            day = first + timedelta(days=7 * week)
            if day > TODAY:
                break
            for domain in names:
                weak = domain in churning
                wobble = (week % 5) / 100
                out.writerow(
                    [domain, day.isoformat()]
                    + (
                        [0.15 + wobble, 0.08, 0.2, 0.05, 0.0, 9]
                        if weak
                        else [0.85 - wobble, 0.72, 0.9, 0.5, 0.45, 1]
                    )
                )
    return path


def test_a_book_built_by_hand_brings_the_health_model_alive(store: Store, tmp_path: Path) -> None:
    # 1. Accounts from a CSV, into an empty store.
    report = import_file(store, ImportKind.ACCOUNTS, _accounts_csv(tmp_path / "accounts.csv"))
    assert report.created == 1 + KEPT + CHURNED
    with store.read() as session:
        ids = {a.name: AccountId(a.id) for a in session.scalars(select(Account))}
        domains = {a.name: a.domain for a in session.scalars(select(Account))}
    acme = ids.pop("Acme Robotics")

    # 2. The account edited and its people added, through the book's rules.
    with store.write() as session:
        update_account(
            session,
            acme,
            {"owner": "Mei", "contract_start": TODAY - timedelta(days=700),
             "renewal_date": TODAY + timedelta(days=30)},
        )  # fmt: skip
        decider = StakeholderId(
            add_stakeholder(
                session, acme, {"name": "Sato Hanako", "role": StakeholderRole.DECISION_MAKER}
            ).row_id
        )
        champion = StakeholderId(
            add_stakeholder(
                session, acme, {"name": "Kenji Ito", "role": StakeholderRole.CHAMPION}
            ).row_id
        )

    # 3. A success plan: journey A goals (three reached) and journey B steps.
    with store.write() as session:
        plan = create_record(
            session,
            SuccessPlan,
            {
                "account_id": acme,
                "title": "Automate the Osaka plant",
                "summary": "Cut manual scheduling in half within a year",
                "agreed_with": "Sato Hanako",
                "agreed_on": TODAY - timedelta(days=400),
            },
        )
        for position, (goal, months, ago) in enumerate(
            (("Pilot line live", 3, 300), ("Half the plant", 6, 200), ("Whole plant", 12, 120))
        ):
            create_record(
                session,
                Objective,
                {
                    "plan_id": plan.row_id,
                    "goal": goal,
                    "horizon_months": months,
                    "status": ObjectiveStatus.ACHIEVED,
                    "target_date": TODAY - timedelta(days=ago),
                    "achieved_on": TODAY - timedelta(days=ago + 5),
                    "position": position,
                },
            )
        for position, (step, ago) in enumerate((("Install", 380), ("Train", 330), ("Run", 250))):
            create_record(
                session,
                Milestone,
                {
                    "plan_id": plan.row_id,
                    "step": step,
                    "due": TODAY - timedelta(days=ago),
                    "done": True,
                    "done_on": TODAY - timedelta(days=ago),
                    "position": position,
                },
            )

    # 4. Renewals with outcomes, and reasons for the churned ones; an open forecast closed.
    names = sorted(ids)
    churning = set(names[:CHURNED])
    with store.write() as session:
        for number, name in enumerate(names):
            account = session.get(Account, ids[name])
            assert account is not None
            end = TODAY - timedelta(days=150 + 20 * number)
            churned = name in churning
            add_renewal(
                session,
                ids[name],
                {
                    "period_start": end - timedelta(days=365),
                    "period_end": end,
                    "arr_before": account.arr,
                    "arr_after": Decimal(0) if churned else account.arr,
                    "outcome": RenewalOutcome.CHURNED if churned else RenewalOutcome.RENEWED,
                    "reason": REASONS[number % len(REASONS)] if churned else None,
                    "reason_note": "never got past the pilot" if churned else "",
                },
            )
        add_risk(session, ids[names[-1]], {"category": RiskCategory.BUDGET, "found_on": TODAY})
        set_forecast(
            session,
            acme,
            {
                "expected_outcome": RenewalOutcome.EXPANDED,
                "probability": 80,
                "expected_arr": Decimal(150_000),
            },
        )
    with store.write() as session:  # Acme's previous term: closed from its forecast
        values = proposed_close(
            {"expected_outcome": RenewalOutcome.RENEWED, "expected_arr": Decimal(120_000)},
            arr=Decimal(120_000),
            contract_start=TODAY - timedelta(days=700),
            renewal_date=TODAY - timedelta(days=335),
            last_period_end=None,
            today=TODAY,
        )
        close_renewal(session, acme, values)

    # 5. Touchpoints: meetings with the decision maker, both satisfaction answers.
    for weeks in range(0, 30, 3):
        when = datetime.combine(TODAY - timedelta(weeks=weeks), time(10), tzinfo=UTC)
        with store.write() as session:
            add_touchpoint(
                session,
                TouchpointDraft(
                    acme,
                    TouchpointKind.MEETING if weeks % 6 else TouchpointKind.QBR,
                    when,
                    "Monthly review",
                    attendee_ids=(decider, champion),
                    product_satisfied=Satisfaction.YES,
                    service_satisfied=Satisfaction.YES,
                ),
            )

    # 6. What no export carries, recorded by hand; then the usage export.
    with store.write() as session:
        for days in range(0, 200, 14):
            record_measurement(
                session, Measurement(acme, "roi", TODAY - timedelta(days=days), 2.4), today=TODAY
            )
    usage = _usage_csv(
        tmp_path / "usage.csv",
        ["acme.example", *(str(domains[n]) for n in names)],
        {str(domains[n]) for n in churning},
    )
    imported = import_usage(store, usage, parse_usage_map(USAGE_MAP))
    assert imported.created > 0

    # Every service-stage indicator has data for Acme today.
    with store.engine.connect() as connection:
        portfolio = compute_portfolio_health(connection, TODAY)
    health = next(h for h in portfolio.accounts if h.account_id == acme)
    service = default_scorecards().scorecards[Stage.SERVICE]
    assert health.stage == Stage.SERVICE
    assert health.missing == (), f"no data for {health.missing}"
    assert len(service.indicators) == 11
    assert health.score is not None and health.score >= 70

    # The success model counts Acme (and none of the churned).
    series = successful_accounts_over_time(portfolio)
    assert series.successful[-1] >= 1
    row = list(portfolio.inputs.account_ids).index(acme)
    model = portfolio.scorecards.success
    assert all(s >= model.min_score for s in portfolio.scores[row, -model.sustained_days :])

    # Validation runs on the renewals entered, and the usage tells the churned apart.
    with store.engine.connect() as connection:
        validation = validate_indicators(connection, portfolio)
        reasons = loss_reasons(connection, TODAY - timedelta(days=730), TODAY)
    assert validation.renewals == KEPT + CHURNED + 1
    by_key = {row.key: row.separation for row in validation.indicators}
    assert by_key["login_rate"].enough_data and (by_key["login_rate"].auc or 0) > 0.9
    assert validation.score.enough_data

    # And the portfolio says why they left, per currency.
    assert sum(r.churned for r in reasons.reasons) == CHURNED
    assert {r.reason for r in reasons.reasons} == set(REASONS)
    assert set(reasons.currencies) == {"JPY", "USD"}

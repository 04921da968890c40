"""A complete account for the account plan's tests: plan, touchpoints, health, renewals and
tasks on fixed dates, with Japanese text and markup that must stay text."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from cs_desktop.db import Store
from cs_desktop.ids import AccountId
from cs_desktop.models import (
    Account,
    HealthSample,
    Milestone,
    Objective,
    ObjectiveStatus,
    Renewal,
    RenewalOutcome,
    Satisfaction,
    Stage,
    StageChange,
    Stakeholder,
    StakeholderRole,
    SuccessPlan,
    Task,
    Touchpoint,
    TouchpointKind,
)

TODAY = date(2025, 6, 30)
JAPANESE_NOTE = "導入計画を確認しました。次回は東京本社で打ち合わせ。"
GOALS = ("Roll out to the first team with 80% weekly logins", "受注管理のExcel運用を置き換える")
INJECTION = '<script>alert("x")</script> <b>bold?</b> & <img src=x>'


def add_plan_account(store: Store, name: str = "東京テック株式会社 Tokyo Tech") -> AccountId:
    """A complete account with fixed dates: plan, touchpoints, health, renewals, tasks."""
    with store.write() as session:
        account = Account(
            name=name,
            owner="Aiko Sato",
            tier="enterprise",
            arr=Decimal(120000),
            currency="USD",
            contract_start=date(2024, 7, 1),
            renewal_date=date(2025, 9, 30),
            stage=Stage.SERVICE,
        )
        session.add(account)
        session.flush()
        people = [
            Stakeholder(
                account_id=account.id,
                name="Kenji Tanaka",
                title="CIO",
                role=StakeholderRole.DECISION_MAKER,
                email="kenji@tokyotech.example",
            ),
            Stakeholder(
                account_id=account.id,
                name="山田 花子",
                title="業務部長",
                role=StakeholderRole.CHAMPION,
            ),
        ]
        session.add_all(people)
        session.add_all(
            [
                StageChange(
                    account_id=account.id,
                    from_stage=Stage.SALES,
                    to_stage=Stage.DELIVERY,
                    changed_at=datetime(2024, 7, 1, tzinfo=UTC),
                ),
                StageChange(
                    account_id=account.id,
                    from_stage=Stage.DELIVERY,
                    to_stage=Stage.SERVICE,
                    changed_at=datetime(2024, 11, 15, tzinfo=UTC),
                ),
            ]
        )
        plan = SuccessPlan(
            account_id=account.id,
            title="Success plan 2025",
            summary="Joint plan agreed with Kenji Tanaka.",
        )
        session.add(plan)
        session.flush()
        session.add_all(
            [
                Objective(
                    plan_id=plan.id,
                    goal=GOALS[0],
                    horizon_months=3,
                    status=ObjectiveStatus.ACHIEVED,
                ),
                Objective(
                    plan_id=plan.id,
                    goal=GOALS[1],
                    horizon_months=6,
                    status=ObjectiveStatus.IN_PROGRESS,
                ),
                Objective(
                    plan_id=plan.id,
                    goal="Cut ticket handling time by 20%",
                    horizon_months=12,
                    status=ObjectiveStatus.AT_RISK,
                ),
                Milestone(
                    plan_id=plan.id, step="Kickoff meeting", due=date(2024, 7, 15), done=True
                ),
                Milestone(plan_id=plan.id, step="Data migration", due=date(2025, 5, 1), done=False),
                Milestone(plan_id=plan.id, step="Admin training", due=date(2025, 8, 1), done=False),
            ]
        )
        for days, (title, notes, kind) in enumerate(
            (
                ("QBR", JAPANESE_NOTE, TouchpointKind.QBR),
                ("Weekly sync", "Adoption is growing; reports every day.", TouchpointKind.CALL),
                ("Onsite visit", "Met the operations team.", TouchpointKind.ONSITE_VISIT),
            )
        ):  # fmt: skip
            session.add(
                Touchpoint(
                    account_id=account.id,
                    kind=kind,
                    occurred_at=datetime(2025, 6, 20, 9, tzinfo=UTC) - timedelta(days=30 * days),
                    title=title,
                    notes=notes,
                    product_satisfied=Satisfaction.YES,
                    service_satisfied=Satisfaction.NO if days == 1 else Satisfaction.YES,
                    customer_statement="Show us other companies' case studies" if days == 0 else "",
                    inferred_need="Picture success in their own company" if days == 0 else "",
                    next_steps="Send two case studies by Friday" if days == 0 else "",
                )
            )
        session.add(
            Renewal(
                account_id=account.id,
                period_start=date(2023, 10, 1),
                period_end=date(2024, 9, 30),
                arr_before=Decimal(100000),
                arr_after=Decimal(120000),
                outcome=RenewalOutcome.EXPANDED,
            )
        )
        session.add_all(
            [
                Task(account_id=account.id, title="Prepare the QBR deck", due=date(2025, 6, 1)),
                Task(account_id=account.id, title="Plan admin training", due=date(2025, 7, 20)),
                Task(account_id=account.id, title="Old task", due=date(2025, 1, 1), done=True),
            ]
        )
        day = TODAY - timedelta(days=400)
        while day <= TODAY:
            wave = math.sin(day.toordinal() / 40)
            for key, value in (
                ("login_rate", 0.6 + 0.15 * wave),
                ("feature_adoption", 0.45 + 0.1 * wave),
                ("question_response_rate", 0.8),
                ("goal_achievement_rate", 0.55 + 0.1 * wave),
            ):
                session.add(
                    HealthSample(
                        account_id=account.id, indicator_key=key, sample_date=day, value=value
                    )
                )
            day += timedelta(days=7)
        return AccountId(account.id)

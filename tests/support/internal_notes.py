"""An account full of what must never reach the customer, and a meeting to prepare.

Built on :func:`tests.support.plan.add_plan_account` (dates around ``TODAY``), it adds
touchpoints with internal notes, statements, needs and unhappy pulses, one touchpoint marked
internal, open risks, overdue and playbook tasks, and an upcoming meeting with two attendees.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from cs_desktop.db import Store
from cs_desktop.ids import AccountId, TouchpointId
from cs_desktop.models import (
    Risk,
    RiskCategory,
    RiskStatus,
    Satisfaction,
    Stakeholder,
    Task,
    Touchpoint,
    TouchpointKind,
)
from tests.support.plan import JAPANESE_NOTE, TODAY, add_plan_account

# Each of these is internal; the customer's copy must hold none of them.
INTERNAL_TEXTS = (
    "Sandra Allen was frustrated",
    "佐藤さんは契約更新に不満を持っている",
    JAPANESE_NOTE,
    "We may look at a competitor next year",  # a customer statement
    "Show us other companies' case studies",
    "They need cover from their CFO",  # an inferred need
    "Picture success in their own company",
    "Escalate the discount to our VP of Sales",  # next steps of a touchpoint marked internal
    "Pricing war room",  # the title of that touchpoint
    "Budget freeze rumoured in the CFO office",  # a risk's note
    "Call Sandra about the churn risk",  # tasks
    "Prepare the QBR deck",
    "Run the low-adoption playbook",
)
# Agreed with the customer at a touchpoint not marked internal: their copy carries it.
AGREED_STEP = "Share the training calendar with the project team"
MEETING_TITLE = "Quarterly business review Q3"


@dataclass(frozen=True)
class InternalAccount:
    account_id: AccountId
    meeting_id: TouchpointId  # upcoming, two stakeholders attending


def add_account_with_internal_notes(
    store: Store, name: str = "東京テック株式会社 Tokyo Tech"
) -> InternalAccount:
    account = add_plan_account(store, name)
    with store.write() as session:
        people = list(
            session.scalars(
                select(Stakeholder)
                .where(Stakeholder.account_id == account)
                .order_by(Stakeholder.id)
            )
        )

        def touchpoint(days_ago: int, title: str, **fields: object) -> Touchpoint:
            row = Touchpoint(
                account_id=account,
                kind=fields.pop("kind", TouchpointKind.CALL),
                occurred_at=datetime.combine(TODAY, datetime.min.time(), UTC).replace(hour=9)
                - timedelta(days=days_ago),
                title=title,
                **fields,
            )
            session.add(row)
            return row

        touchpoint(
            3,
            "Escalation call",
            notes=f"{INTERNAL_TEXTS[0]}. {INTERNAL_TEXTS[1]}",
            customer_statement=INTERNAL_TEXTS[3],
            inferred_need=INTERNAL_TEXTS[5],
            next_steps=AGREED_STEP,
            product_satisfied=Satisfaction.NO,
            service_satisfied=Satisfaction.NO,
            attendees=[people[0]],
        )
        touchpoint(
            2,
            INTERNAL_TEXTS[8],
            notes="Discount ceiling discussed with sales.",
            next_steps=INTERNAL_TEXTS[7],
            internal=True,
            kind=TouchpointKind.NOTE,
        )
        meeting = touchpoint(
            -5, MEETING_TITLE, kind=TouchpointKind.QBR, attendees=[people[0], people[1]]
        )
        session.add_all(
            [
                Risk(
                    account_id=account,
                    category=RiskCategory.BUDGET,
                    status=RiskStatus.OPEN,
                    found_on=TODAY - timedelta(days=20),
                    note=INTERNAL_TEXTS[9],
                ),
                Risk(
                    account_id=account,
                    category=RiskCategory.ADOPTION,
                    status=RiskStatus.RESOLVED,
                    found_on=TODAY - timedelta(days=200),
                    resolved_on=TODAY - timedelta(days=100),
                    note="Resolved long ago",
                ),
                Task(account_id=account, title=INTERNAL_TEXTS[10], due=TODAY - timedelta(days=4)),
                Task(
                    account_id=account,
                    title=INTERNAL_TEXTS[12],
                    due=date(2025, 7, 10),
                    source_playbook="low_adoption",
                ),
            ]
        )
        session.flush()
        return InternalAccount(account, TouchpointId(meeting.id))

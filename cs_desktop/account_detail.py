"""Reading one account's detail for the workspace: DTOs, never ORM objects, cross threads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Connection, select

from cs_desktop.i18n import _
from cs_desktop.ids import (
    AccountId,
    MilestoneId,
    ObjectiveId,
    RenewalForecastId,
    RenewalId,
    RiskId,
    StakeholderId,
    SuccessPlanId,
    TaskId,
    TouchpointId,
)
from cs_desktop.models import (
    Account,
    Milestone,
    Objective,
    ObjectiveStatus,
    Renewal,
    RenewalForecast,
    RenewalOutcome,
    Risk,
    Satisfaction,
    Stage,
    StageChange,
    Stakeholder,
    StakeholderRole,
    SuccessPlan,
    Task,
    Tier,
    Touchpoint,
    TouchpointKind,
)
from cs_desktop.vocabulary import ChurnReason, RiskCategory, RiskStatus

HEALTH_HISTORY = timedelta(days=2 * 365 + 1)


class AccountNotFoundError(LookupError):
    """No account has the given id."""


@dataclass(frozen=True)
class AccountHeader:
    id: AccountId
    name: str
    domain: str | None
    tier: Tier
    segment: str | None
    owner: str | None
    arr: Decimal
    currency: str
    contract_start: date | None
    renewal_date: date | None
    stage: Stage
    archived_at: datetime | None = None  # taken out of the book by the CSM


@dataclass(frozen=True)
class StakeholderRow:
    id: StakeholderId
    name: str
    title: str | None
    role: StakeholderRole
    email: str | None
    phone: str | None
    active: bool


@dataclass(frozen=True)
class TouchpointRow:
    id: TouchpointId
    kind: TouchpointKind
    occurred_at: datetime
    title: str
    notes: str
    product_satisfied: Satisfaction
    service_satisfied: Satisfaction
    customer_statement: str
    inferred_need: str
    next_steps: str
    other_attendees: str = ""
    internal: bool = False  # kept out of what the customer is given


@dataclass(frozen=True)
class HealthSeries:
    """One indicator's samples in date order."""

    indicator_key: str
    dates: tuple[date, ...]
    values: tuple[float, ...]


@dataclass(frozen=True)
class StageChangeRow:
    from_stage: Stage | None
    to_stage: Stage
    changed_at: datetime
    note: str


@dataclass(frozen=True)
class ObjectiveRow:
    """Journey A: a goal of the customer's own."""

    id: ObjectiveId
    goal: str
    horizon_months: int
    status: ObjectiveStatus
    target_date: date | None = None
    measure: str = ""
    measured_value: str = ""
    achieved_on: date | None = None


@dataclass(frozen=True)
class MilestoneRow:
    """Journey B: a step of our delivery plan."""

    id: MilestoneId
    step: str
    due: date | None
    done: bool
    done_on: date | None = None
    owner: str = ""


@dataclass(frozen=True)
class PlanDetail:
    title: str
    summary: str
    objectives: tuple[ObjectiveRow, ...]
    milestones: tuple[MilestoneRow, ...]
    id: SuccessPlanId | None = None
    agreed_with: str = ""
    agreed_on: date | None = None


@dataclass(frozen=True)
class RenewalRow:
    period_start: date
    period_end: date
    arr_before: Decimal
    arr_after: Decimal
    outcome: RenewalOutcome
    id: RenewalId | None = None
    reason: ChurnReason | None = None
    reason_note: str = ""


@dataclass(frozen=True)
class ForecastRow:
    """How the CSM expects the open renewal to end."""

    id: RenewalForecastId
    expected_outcome: RenewalOutcome
    probability: int
    expected_arr: Decimal
    reason: ChurnReason | None
    note: str


@dataclass(frozen=True)
class RiskRow:
    id: RiskId
    category: RiskCategory
    status: RiskStatus
    found_on: date
    resolved_on: date | None
    note: str


@dataclass(frozen=True)
class TaskRow:
    id: TaskId
    title: str
    due: date | None
    done: bool
    source_playbook: str | None
    remind_at: datetime | None = None  # when the app reminds the CSM of it


@dataclass(frozen=True)
class AccountDetail:
    header: AccountHeader
    stakeholders: tuple[StakeholderRow, ...]
    recent_touchpoints: tuple[TouchpointRow, ...]
    health: tuple[HealthSeries, ...]
    stage_changes: tuple[StageChangeRow, ...] = ()
    plan: PlanDetail | None = None
    renewals: tuple[RenewalRow, ...] = ()
    tasks: tuple[TaskRow, ...] = ()
    # Stakeholder ids present at each of the recent touchpoints.
    attendees: dict[TouchpointId, tuple[StakeholderId, ...]] | None = None
    forecast: ForecastRow | None = None
    risks: tuple[RiskRow, ...] = ()


def load_account_detail(
    connection: Connection,
    account_id: AccountId,
    *,
    touchpoint_limit: int = 100,
    health_since: date | None = None,
) -> AccountDetail:
    """The account, its stakeholders, its latest touchpoints and two years of health samples.

    Raises:
        AccountNotFoundError: no such account.
    """
    account = connection.execute(
        select(
            Account.id,
            Account.name,
            Account.domain,
            Account.tier,
            Account.segment,
            Account.owner,
            Account.arr,
            Account.currency,
            Account.contract_start,
            Account.renewal_date,
            Account.stage,
            Account.archived_at,
        ).where(Account.id == account_id)
    ).first()
    if account is None:
        raise AccountNotFoundError(_("no account with id {id}").format(id=account_id))
    header = AccountHeader(AccountId(account[0]), *account[1:])

    stakeholders = tuple(
        StakeholderRow(StakeholderId(r[0]), *r[1:])
        for r in connection.execute(
            select(
                Stakeholder.id,
                Stakeholder.name,
                Stakeholder.title,
                Stakeholder.role,
                Stakeholder.email,
                Stakeholder.phone,
                Stakeholder.active,
            )
            .where(Stakeholder.account_id == account_id)
            .order_by(Stakeholder.active.desc(), Stakeholder.name)
        )
    )
    touchpoints = tuple(
        TouchpointRow(**{**r._asdict(), "id": TouchpointId(r.id)})
        for r in connection.execute(
            select(
                Touchpoint.id,
                Touchpoint.kind,
                Touchpoint.occurred_at,
                Touchpoint.title,
                Touchpoint.notes,
                Touchpoint.product_satisfied,
                Touchpoint.service_satisfied,
                Touchpoint.customer_statement,
                Touchpoint.inferred_need,
                Touchpoint.next_steps,
                Touchpoint.other_attendees,
                Touchpoint.internal,
            )
            .where(Touchpoint.account_id == account_id)
            .order_by(Touchpoint.occurred_at.desc())
            .limit(touchpoint_limit)
        )
    )
    since = health_since or (date.today() - HEALTH_HISTORY)
    return AccountDetail(
        header,
        stakeholders,
        touchpoints,
        _health(connection, account_id, since),
        stage_changes=tuple(
            StageChangeRow(*r)
            for r in connection.execute(
                select(
                    StageChange.from_stage,
                    StageChange.to_stage,
                    StageChange.changed_at,
                    StageChange.note,
                )
                .where(StageChange.account_id == account_id)
                .order_by(StageChange.changed_at)
            )
        ),
        plan=_plan(connection, account_id),
        renewals=tuple(
            RenewalRow(*r[:5], RenewalId(r[5]), *r[6:])
            for r in connection.execute(
                select(
                    Renewal.period_start,
                    Renewal.period_end,
                    Renewal.arr_before,
                    Renewal.arr_after,
                    Renewal.outcome,
                    Renewal.id,
                    Renewal.reason,
                    Renewal.reason_note,
                )
                .where(Renewal.account_id == account_id)
                .order_by(Renewal.period_end)
            )
        ),
        tasks=tuple(
            TaskRow(TaskId(r[0]), *r[1:])
            for r in connection.execute(
                select(
                    Task.id, Task.title, Task.due, Task.done, Task.source_playbook, Task.remind_at
                )
                .where(Task.account_id == account_id)
                .order_by(Task.done, Task.due.is_(None), Task.due)
            )
        ),
        attendees=_attendees(connection, tuple(t.id for t in touchpoints)),
        forecast=_forecast(connection, account_id),
        risks=_risks(connection, account_id),
    )


def _forecast(connection: Connection, account_id: AccountId) -> ForecastRow | None:
    row = connection.execute(
        select(
            RenewalForecast.id,
            RenewalForecast.expected_outcome,
            RenewalForecast.probability,
            RenewalForecast.expected_arr,
            RenewalForecast.reason,
            RenewalForecast.note,
        ).where(RenewalForecast.account_id == account_id)
    ).first()
    return None if row is None else ForecastRow(RenewalForecastId(row[0]), *row[1:])


def _risks(connection: Connection, account_id: AccountId) -> tuple[RiskRow, ...]:
    # Unresolved first, the newest found first within each.
    return tuple(
        RiskRow(RiskId(r[0]), *r[1:])
        for r in connection.execute(
            select(Risk.id, Risk.category, Risk.status, Risk.found_on, Risk.resolved_on, Risk.note)
            .where(Risk.account_id == account_id)
            .order_by(Risk.status == RiskStatus.RESOLVED, Risk.found_on.desc(), Risk.id)
        )
    )


def _plan(connection: Connection, account_id: AccountId) -> PlanDetail | None:
    plan = connection.execute(
        select(
            SuccessPlan.id,
            SuccessPlan.title,
            SuccessPlan.summary,
            SuccessPlan.agreed_with,
            SuccessPlan.agreed_on,
        )
        .where(SuccessPlan.account_id == account_id)
        .order_by(SuccessPlan.created_at.desc())
        .limit(1)
    ).first()
    if plan is None:
        return None
    objectives = tuple(
        ObjectiveRow(ObjectiveId(r[0]), *r[1:])
        for r in connection.execute(
            select(
                Objective.id,
                Objective.goal,
                Objective.horizon_months,
                Objective.status,
                Objective.target_date,
                Objective.measure,
                Objective.measured_value,
                Objective.achieved_on,
            )
            .where(Objective.plan_id == plan[0])
            .order_by(Objective.horizon_months, Objective.position, Objective.id)
        )
    )
    milestones = tuple(
        MilestoneRow(MilestoneId(r[0]), *r[1:])
        for r in connection.execute(
            select(
                Milestone.id,
                Milestone.step,
                Milestone.due,
                Milestone.done,
                Milestone.done_on,
                Milestone.owner,
            )
            .where(Milestone.plan_id == plan[0])
            .order_by(Milestone.position, Milestone.due.is_(None), Milestone.due, Milestone.id)
        )
    )
    return PlanDetail(
        plan[1],
        plan[2],
        objectives,
        milestones,
        id=SuccessPlanId(plan[0]),
        agreed_with=plan[3],
        agreed_on=plan[4],
    )


def _attendees(
    connection: Connection, touchpoint_ids: tuple[TouchpointId, ...]
) -> dict[TouchpointId, tuple[StakeholderId, ...]]:
    if not touchpoint_ids:
        return {}
    marks = ",".join("?" * len(touchpoint_ids))
    found: dict[TouchpointId, list[StakeholderId]] = {}
    for touchpoint_id, stakeholder_id in connection.exec_driver_sql(
        f"SELECT touchpoint_id, stakeholder_id FROM touchpoint_attendee "
        f"WHERE touchpoint_id IN ({marks})",
        touchpoint_ids,
    ):
        found.setdefault(TouchpointId(touchpoint_id), []).append(StakeholderId(stakeholder_id))
    return {key: tuple(value) for key, value in found.items()}


def _health(connection: Connection, account_id: AccountId, since: date) -> tuple[HealthSeries, ...]:
    # Raw strings for dates: SQLAlchemy's Date conversion would cost more than the query on
    # two years of weekly samples, and the stored ISO form parses fast with fromisoformat.
    rows = connection.exec_driver_sql(
        "SELECT indicator_key, sample_date, value FROM health_sample "
        "WHERE account_id = ? AND sample_date >= ? ORDER BY indicator_key, sample_date",
        (account_id, since.isoformat()),
    ).all()
    series: list[HealthSeries] = []
    start = 0
    for index in range(1, len(rows) + 1):
        if index == len(rows) or rows[index][0] != rows[start][0]:
            chunk = rows[start:index]
            series.append(
                HealthSeries(
                    indicator_key=chunk[0][0],
                    dates=tuple(date.fromisoformat(r[1]) for r in chunk),
                    values=tuple(float(r[2]) for r in chunk),
                )
            )
            start = index
    return tuple(series)

"""Reading one account's detail for the workspace: DTOs, never ORM objects, cross threads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Connection, select

from cs_desktop.ids import AccountId, StakeholderId, TouchpointId
from cs_desktop.models import (
    Account,
    HealthSample,
    Satisfaction,
    Stage,
    Stakeholder,
    StakeholderRole,
    Tier,
    Touchpoint,
    TouchpointKind,
)

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


@dataclass(frozen=True)
class HealthSeries:
    """One indicator's samples in date order."""

    indicator_key: str
    dates: tuple[date, ...]
    values: tuple[float, ...]


@dataclass(frozen=True)
class AccountDetail:
    header: AccountHeader
    stakeholders: tuple[StakeholderRow, ...]
    recent_touchpoints: tuple[TouchpointRow, ...]
    health: tuple[HealthSeries, ...]


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
        ).where(Account.id == account_id)
    ).first()
    if account is None:
        raise AccountNotFoundError(f"no account with id {account_id}")
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
            )
            .where(Touchpoint.account_id == account_id)
            .order_by(Touchpoint.occurred_at.desc())
            .limit(touchpoint_limit)
        )
    )
    since = health_since or (date.today() - HEALTH_HISTORY)
    return AccountDetail(header, stakeholders, touchpoints, _health(connection, account_id, since))


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

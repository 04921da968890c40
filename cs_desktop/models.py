"""The domain model: SQLAlchemy 2.0 typed mappings of a CSM's book of business.

Every row carries a stable ``uid`` (UUID) plus ``created_at``/``updated_at``, which sync uses to
identify rows across machines. The schema itself is owned by Alembic (``migrations/``); a test
proves these mappings and the migrations agree.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cs_desktop.base import Base
from cs_desktop.coltypes import DecimalText, Money, UtcTimestamp, UuidBlob, utc_now
from cs_desktop.vocabulary import (
    OBJECTIVE_HORIZONS_MONTHS,
    ChurnReason,
    ObjectiveStatus,
    RenewalOutcome,
    RiskCategory,
    RiskStatus,
    Satisfaction,
    Stage,
    StakeholderRole,
    Tier,
    TouchpointKind,
)

__all__ = [
    "OBJECTIVE_HORIZONS_MONTHS",
    "Account",
    "Base",
    "ChurnReason",
    "ExchangeRate",
    "HealthSample",
    "HealthWarning",
    "Milestone",
    "Objective",
    "ObjectiveStatus",
    "Renewal",
    "RenewalForecast",
    "RenewalOutcome",
    "Risk",
    "RiskCategory",
    "RiskStatus",
    "Satisfaction",
    "Setting",
    "Stage",
    "StageChange",
    "Stakeholder",
    "StakeholderRole",
    "SuccessPlan",
    "Task",
    "Tier",
    "Touchpoint",
    "TouchpointKind",
    "touchpoint_attendee",
]


def _enum(enum_cls: type[StrEnum], name: str) -> Enum:
    # Stored as plain strings with a CHECK constraint: portable, readable in the sqlite3 shell.
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum_cls),
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Row:
    """Columns every table has: a local integer id, a stable UUID and timestamps."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(UuidBlob, unique=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(UtcTimestamp, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcTimestamp, default=utc_now, onupdate=utc_now)


class Account(Row, Base):
    __tablename__ = "account"

    name: Mapped[str] = mapped_column(String(200), index=True)
    domain: Mapped[str | None] = mapped_column(String(253), index=True)
    tier: Mapped[Tier] = mapped_column(_enum(Tier, "tier"), default=Tier.MID_MARKET)
    segment: Mapped[str | None] = mapped_column(String(100))
    owner: Mapped[str | None] = mapped_column(String(200))
    arr: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    contract_start: Mapped[date | None]
    renewal_date: Mapped[date | None] = mapped_column(index=True)
    stage: Mapped[Stage] = mapped_column(_enum(Stage, "stage"), default=Stage.SALES)
    # The key of the row this account came from in an imported file ("hubspot:123"), so a
    # re-import updates instead of duplicating.
    external_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    # Set when the CSM archives the account: it leaves the book but keeps its history.
    archived_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)

    stakeholders: Mapped[list[Stakeholder]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )
    stage_changes: Mapped[list[StageChange]] = relationship(
        back_populates="account",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="StageChange.changed_at",
    )
    touchpoints: Mapped[list[Touchpoint]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )
    success_plans: Mapped[list[SuccessPlan]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )
    renewals: Mapped[list[Renewal]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )
    tasks: Mapped[list[Task]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )
    risks: Mapped[list[Risk]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )
    renewal_forecast: Mapped[RenewalForecast | None] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )


def _account_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)


class Stakeholder(Row, Base):
    __tablename__ = "stakeholder"

    account_id: Mapped[int] = _account_fk()
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[StakeholderRole] = mapped_column(
        _enum(StakeholderRole, "role"), default=StakeholderRole.OTHER
    )
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(50))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    account: Mapped[Account] = relationship(back_populates="stakeholders")


class StageChange(Row, Base):
    __tablename__ = "stage_change"

    account_id: Mapped[int] = _account_fk()
    from_stage: Mapped[Stage | None] = mapped_column(_enum(Stage, "from_stage"))
    to_stage: Mapped[Stage] = mapped_column(_enum(Stage, "to_stage"))
    changed_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    note: Mapped[str] = mapped_column(Text, default="")

    account: Mapped[Account] = relationship(back_populates="stage_changes")


touchpoint_attendee = Table(
    "touchpoint_attendee",
    Base.metadata,
    Column(
        "touchpoint_id",
        ForeignKey("touchpoint.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "stakeholder_id",
        ForeignKey("stakeholder.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

# Touchpoints the full-text index leaves out until they are indexed in a batch
# (cs_desktop.note_index; migration 0007). No foreign key: the touchpoint's delete trigger
# takes its id off the list.
touchpoint_unindexed = Table(
    "touchpoint_unindexed",
    Base.metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
)


class Touchpoint(Row, Base):
    """One contact with the customer, with the two satisfaction pulses taken at it."""

    __tablename__ = "touchpoint"
    __table_args__ = (
        Index("ix_touchpoint_account_id_occurred_at", "account_id", "occurred_at"),
        Index("ix_touchpoint_occurred_at", "occurred_at"),
        # Covers what the scores read of the touchpoints that carry a pulse answer.
        Index(
            "ix_touchpoint_pulse",
            "occurred_at",
            "account_id",
            "product_satisfied",
            "service_satisfied",
            sqlite_where=text("product_satisfied != 'unknown' OR service_satisfied != 'unknown'"),
        ),
        # Each account's answered pulses by time: My day reads every account's last answer.
        Index(
            "ix_touchpoint_account_pulse",
            "account_id",
            "occurred_at",
            "product_satisfied",
            "service_satisfied",
            "kind",
            sqlite_where=text("product_satisfied != 'unknown' OR service_satisfied != 'unknown'"),
        ),
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    kind: Mapped[TouchpointKind] = mapped_column(_enum(TouchpointKind, "kind"))
    occurred_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="")
    # People present who are not stakeholders on record (our own team, guests).
    other_attendees: Mapped[str] = mapped_column(Text, default="")
    product_satisfied: Mapped[Satisfaction] = mapped_column(
        _enum(Satisfaction, "product_satisfied"), default=Satisfaction.UNKNOWN
    )
    service_satisfied: Mapped[Satisfaction] = mapped_column(
        _enum(Satisfaction, "service_satisfied"), default=Satisfaction.UNKNOWN
    )
    customer_statement: Mapped[str] = mapped_column(Text, default="")
    inferred_need: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    # Kept out of everything shared with the customer (the customer's plan PDF): the notes,
    # and with them the title and next steps, are for the team only.
    internal: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    external_key: Mapped[str | None] = mapped_column(String(200), unique=True)

    account: Mapped[Account] = relationship(back_populates="touchpoints")
    attendees: Mapped[list[Stakeholder]] = relationship(secondary=touchpoint_attendee)


class HealthSample(Row, Base):
    """One leading indicator's value for one account on one day."""

    __tablename__ = "health_sample"
    __table_args__ = (UniqueConstraint("account_id", "indicator_key", "sample_date"),)

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    indicator_key: Mapped[str] = mapped_column(String(64))
    sample_date: Mapped[date]
    value: Mapped[float] = mapped_column(Float)


class SuccessPlan(Row, Base):
    """The joined plan: the customer's goals (journey A) and our delivery steps (journey B)."""

    __tablename__ = "success_plan"

    account_id: Mapped[int] = _account_fk()
    title: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text, default="")
    # Who on the customer's side agreed to the plan, and when: a plan is joint or it is ours.
    agreed_with: Mapped[str] = mapped_column(String(200), default="")
    agreed_on: Mapped[date | None]

    account: Mapped[Account] = relationship(back_populates="success_plans")
    objectives: Mapped[list[Objective]] = relationship(
        back_populates="plan",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="[Objective.position, Objective.id]",
    )
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="plan",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="[Milestone.position, Milestone.due, Milestone.id]",
    )


class Objective(Row, Base):
    """Journey A: what the customer wants to achieve, and by which horizon."""

    __tablename__ = "objective"
    __table_args__ = (
        CheckConstraint(f"horizon_months IN {OBJECTIVE_HORIZONS_MONTHS}", name="horizon_months"),
    )

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("success_plan.id", ondelete="CASCADE"), index=True
    )
    goal: Mapped[str] = mapped_column(Text)
    horizon_months: Mapped[int]
    status: Mapped[ObjectiveStatus] = mapped_column(
        _enum(ObjectiveStatus, "status"), default=ObjectiveStatus.PLANNED
    )
    target_date: Mapped[date | None]
    # How the customer will tell the goal is reached ("tickets closed in a day"), and the
    # latest value measured: goal achievement is read from these, not guessed.
    measure: Mapped[str] = mapped_column(Text, default="")
    measured_value: Mapped[str] = mapped_column(Text, default="")
    achieved_on: Mapped[date | None]
    # The order the CSM put the goals in (lower first).
    position: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[SuccessPlan] = relationship(back_populates="objectives")


class Milestone(Row, Base):
    """Journey B: one step of our delivery plan."""

    __tablename__ = "milestone"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("success_plan.id", ondelete="CASCADE"), index=True
    )
    step: Mapped[str] = mapped_column(Text)
    due: Mapped[date | None]
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None]
    owner: Mapped[str] = mapped_column(String(200), default="")
    # The order of the delivery steps as the CSM arranged them (lower first).
    position: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[SuccessPlan] = relationship(back_populates="milestones")


class Renewal(Row, Base):
    __tablename__ = "renewal"

    account_id: Mapped[int] = _account_fk()
    period_start: Mapped[date]
    period_end: Mapped[date]
    arr_before: Mapped[Decimal] = mapped_column(Money)
    arr_after: Mapped[Decimal] = mapped_column(Money)
    outcome: Mapped[RenewalOutcome] = mapped_column(_enum(RenewalOutcome, "outcome"))
    # Why the customer left or shrank; asked for churn and contraction.
    reason: Mapped[ChurnReason | None] = mapped_column(_enum(ChurnReason, "reason"))
    reason_note: Mapped[str] = mapped_column(Text, default="")

    account: Mapped[Account] = relationship(back_populates="renewals")


class RenewalForecast(Row, Base):
    """The renewal still open: how the CSM expects it to end. One per account."""

    __tablename__ = "renewal_forecast"
    __table_args__ = (CheckConstraint("probability BETWEEN 0 AND 100", name="probability_percent"),)

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), unique=True
    )
    expected_outcome: Mapped[RenewalOutcome] = mapped_column(
        _enum(RenewalOutcome, "expected_outcome")
    )
    probability: Mapped[int]
    expected_arr: Mapped[Decimal] = mapped_column(Money)
    reason: Mapped[ChurnReason | None] = mapped_column(_enum(ChurnReason, "forecast_reason"))
    note: Mapped[str] = mapped_column(Text, default="")

    account: Mapped[Account] = relationship(back_populates="renewal_forecast")


class Risk(Row, Base):
    """Something that stands between the customer and their goals, tracked until resolved."""

    __tablename__ = "risk"

    account_id: Mapped[int] = _account_fk()
    category: Mapped[RiskCategory] = mapped_column(_enum(RiskCategory, "category"))
    status: Mapped[RiskStatus] = mapped_column(
        _enum(RiskStatus, "risk_status"), default=RiskStatus.OPEN
    )
    found_on: Mapped[date]
    resolved_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")

    account: Mapped[Account] = relationship(back_populates="risks")


class Task(Row, Base):
    __tablename__ = "task"
    __table_args__ = (
        # My day: the open tasks due, and the reminders, without reading every task.
        Index("ix_task_open_due", "due", sqlite_where=text("NOT done")),
        Index("ix_task_remind_at", "remind_at", sqlite_where=text("remind_at IS NOT NULL")),
    )

    account_id: Mapped[int] = _account_fk()
    title: Mapped[str] = mapped_column(String(300))
    due: Mapped[date | None]
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    source_playbook: Mapped[str | None] = mapped_column(String(100))
    # When the app reminds the CSM of the task, and when it did (a reminder shows once).
    remind_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    reminded_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)

    account: Mapped[Account] = relationship(back_populates="tasks")


class HealthWarning(Row, Base):
    """An early warning that fired for one account, recorded so its playbook runs only once.

    One row per episode: the run of days during which the rule's condition held without a break,
    identified by the day it began. A new episode (the condition cleared, then held again) fires
    again; recomputing during the same episode does not.
    """

    __tablename__ = "health_warning"
    __table_args__ = (UniqueConstraint("account_id", "rule_key", "episode_start"),)

    account_id: Mapped[int] = _account_fk()
    rule_key: Mapped[str] = mapped_column(String(100))
    episode_start: Mapped[date]
    fired_on: Mapped[date]
    detail: Mapped[str] = mapped_column(Text, default="")
    # My day: the CSM took the episode off the list for good, or until a day.
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    snoozed_until: Mapped[date | None]


class HealthScoreCache(Base):
    """An account's computed health, kept between starts so a start recomputes only what changed.

    Derived data: triggers (migration ``0009_score_cache``) delete an account's row whenever one
    of its health inputs is written, and a row computed with other scorecards or playbooks
    (``fingerprint``) or for a day too far back is ignored. ``scores`` holds the daily score
    (float32, NaN for no score) and ``stages`` the daily stage code (int8), both ending on
    ``through``; ``present`` is the bitmask of the indicators present on that day;
    ``warnings`` the early warnings active on it (JSON), once they have been checked.
    """

    __tablename__ = "health_score_cache"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    fingerprint: Mapped[str] = mapped_column(String(64))
    through: Mapped[date]
    scores: Mapped[bytes] = mapped_column(LargeBinary)
    stages: Mapped[bytes] = mapped_column(LargeBinary)
    present: Mapped[int]
    warnings: Mapped[str | None] = mapped_column(Text)


class HealthScoreMark(Base):
    """How far the kept scores have seen a table that is not watched row by row.

    ``health_sample`` (imports write millions of rows): the highest sample id the kept scores
    include. A start recomputes the accounts of the samples above it.
    ``health_sample_pack``: the highest sample id the packed samples (:class:`HealthSamplePack`)
    account for.
    """

    __tablename__ = "health_score_mark"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int]


class ExchangeRate(Base):
    """One unit of ``from_currency`` is worth ``rate`` units of ``to_currency`` from a day on.

    A rate holds until the next one of the same pair; the inverse pair is read as ``1 / rate``
    (:mod:`cs_desktop.rates`). Local to this store: rates are not sent to the CRM.
    """

    __tablename__ = "exchange_rate"
    __table_args__ = (
        UniqueConstraint("from_currency", "to_currency", "effective_on"),
        CheckConstraint("from_currency != to_currency", name="two_currencies"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    from_currency: Mapped[str] = mapped_column(String(3))
    to_currency: Mapped[str] = mapped_column(String(3))
    effective_on: Mapped[date]
    rate: Mapped[Decimal] = mapped_column(DecimalText)
    # Where the rate came from ("ECB reference rate", the file it was imported from).
    source: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """A setting of the store itself, shared by the app and the command line (name -> text).

    ``reporting_currency``: the ISO code totals and retention are computed in; absent means
    the book's most common currency.
    """

    __tablename__ = "setting"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class HealthSamplePack(Base):
    """One account's samples of one indicator, packed, so a full recompute reads few rows.

    Derived data (``cs_desktop.health.sample_pack``): ``sample_days`` holds each sample's day
    (int32 little-endian, days since 1970-01-01, ascending) and ``sample_values`` its value
    (float64 little-endian). Triggers (migration ``0011_sample_pack``) set both to NULL, "stale",
    when one of the pair's samples is updated or deleted; samples with an id above the mark
    ``health_score_mark['health_sample_pack']`` are in no pack yet.
    """

    __tablename__ = "health_sample_pack"
    __table_args__ = (
        Index(
            "ix_health_sample_pack_stale",
            "account_id",
            "indicator_key",
            sqlite_where=text("sample_days IS NULL"),
        ),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    indicator_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    sample_days: Mapped[bytes | None] = mapped_column(LargeBinary)
    sample_values: Mapped[bytes | None] = mapped_column(LargeBinary)

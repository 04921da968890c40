"""The CSM's own book: archived accounts, richer plans, renewal reasons and forecasts, risks

Stakeholders may be influencers or blockers; goals carry a target date, a measure and the day
they were achieved; delivery steps an owner and the day they were done; both keep the order
the CSM gives them. A churned or contracted renewal records why, the open renewal its
forecast, and each account a register of risks.

Revision ID: 0008_book
Revises: 0007_deferred_note_index
Create Date: 2026-12-03 08:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_book"
down_revision: str | None = "0007_deferred_note_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_ROLES = ("decision_maker", "champion", "user", "economic_buyer", "other")
NEW_ROLES = ("decision_maker", "champion", "user", "economic_buyer", "influencer", "blocker", "other")
OUTCOMES = ("renewed", "expanded", "contracted", "churned")
REASONS = (
    "adoption",
    "sponsor_change",
    "product_gap",
    "budget",
    "service_quality",
    "competitor",
    "merger",
    "business_closed",
    "other",
)
RISK_CATEGORIES = (
    "adoption",
    "sponsor_change",
    "product_gap",
    "budget",
    "service_quality",
    "competitor",
    "other",
)


def _enum(values: Sequence[str], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True)


def _row_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.LargeBinary(length=16), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("archived_at", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("stakeholder") as batch:
        batch.alter_column(
            "role",
            existing_type=_enum(OLD_ROLES, "role"),
            type_=_enum(NEW_ROLES, "role"),
            existing_nullable=False,
        )
    with op.batch_alter_table("success_plan") as batch:
        batch.add_column(
            sa.Column("agreed_with", sa.String(length=200), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("agreed_on", sa.Date(), nullable=True))
    with op.batch_alter_table("objective") as batch:
        batch.add_column(sa.Column("target_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("measure", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("measured_value", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("achieved_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("milestone") as batch:
        batch.add_column(sa.Column("done_on", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("owner", sa.String(length=200), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
    # Existing plans keep the order they were shown in: goals as entered, steps by due date.
    op.execute("UPDATE objective SET position = id")
    op.execute(
        "UPDATE milestone SET position = (SELECT count(*) FROM milestone AS earlier "
        "WHERE earlier.plan_id = milestone.plan_id AND (coalesce(earlier.due, '9999') < "
        "coalesce(milestone.due, '9999') OR (coalesce(earlier.due, '9999') = "
        "coalesce(milestone.due, '9999') AND earlier.id < milestone.id)))"
    )
    with op.batch_alter_table("renewal") as batch:
        batch.add_column(sa.Column("reason", _enum(REASONS, "reason"), nullable=True))
        batch.add_column(sa.Column("reason_note", sa.Text(), nullable=False, server_default=""))

    op.create_table(
        "renewal_forecast",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("expected_outcome", _enum(OUTCOMES, "expected_outcome"), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("expected_arr", sa.BigInteger(), nullable=False),
        sa.Column("reason", _enum(REASONS, "forecast_reason"), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_row_columns(),
        sa.CheckConstraint(
            "probability BETWEEN 0 AND 100", name=op.f("ck_renewal_forecast_probability_percent")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_renewal_forecast_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_renewal_forecast")),
        sa.UniqueConstraint("account_id", name=op.f("uq_renewal_forecast_account_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_renewal_forecast_uid")),
    )
    op.create_table(
        "risk",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("category", _enum(RISK_CATEGORIES, "category"), nullable=False),
        sa.Column(
            "status", _enum(("open", "mitigating", "resolved"), "risk_status"), nullable=False
        ),
        sa.Column("found_on", sa.Date(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_row_columns(),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_risk_account_id_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk")),
        sa.UniqueConstraint("uid", name=op.f("uq_risk_uid")),
    )
    with op.batch_alter_table("risk") as batch:
        batch.create_index(batch.f("ix_risk_account_id"), ["account_id"], unique=False)


def downgrade() -> None:
    op.drop_table("risk")
    op.drop_table("renewal_forecast")
    with op.batch_alter_table("renewal") as batch:
        batch.drop_constraint(op.f("ck_renewal_reason"), type_="check")
        batch.drop_column("reason_note")
        batch.drop_column("reason")
    with op.batch_alter_table("milestone") as batch:
        batch.drop_column("position")
        batch.drop_column("owner")
        batch.drop_column("done_on")
    with op.batch_alter_table("objective") as batch:
        batch.drop_column("position")
        batch.drop_column("achieved_on")
        batch.drop_column("measured_value")
        batch.drop_column("measure")
        batch.drop_column("target_date")
    with op.batch_alter_table("success_plan") as batch:
        batch.drop_column("agreed_on")
        batch.drop_column("agreed_with")
    op.execute("UPDATE stakeholder SET role = 'other' WHERE role IN ('influencer', 'blocker')")
    with op.batch_alter_table("stakeholder") as batch:
        batch.alter_column(
            "role",
            existing_type=_enum(NEW_ROLES, "role"),
            type_=_enum(OLD_ROLES, "role"),
            existing_nullable=False,
        )
    with op.batch_alter_table("account") as batch:
        batch.drop_column("archived_at")

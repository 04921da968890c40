"""Health warnings: which early warnings fired, so each playbook creates its tasks once

Revision ID: 0003_health_warnings
Revises: 0002_touchpoint_search
Create Date: 2026-11-23 17:57:52.695347
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0003_health_warnings"
down_revision: str | None = "0002_touchpoint_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "health_warning",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("rule_key", sa.String(length=100), nullable=False),
        sa.Column("episode_start", sa.Date(), nullable=False),
        sa.Column("fired_on", sa.Date(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.LargeBinary(length=16), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_health_warning_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_warning")),
        sa.UniqueConstraint(
            "account_id",
            "rule_key",
            "episode_start",
            name=op.f("uq_health_warning_account_id_rule_key_episode_start"),
        ),
        sa.UniqueConstraint("uid", name=op.f("uq_health_warning_uid")),
    )
    with op.batch_alter_table("health_warning", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_health_warning_account_id"), ["account_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("health_warning", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_health_warning_account_id"))

    op.drop_table("health_warning")

"""My day: task reminders, and early warnings acknowledged or snoozed

``task.remind_at`` is when the app reminds the CSM of a task (UTC milliseconds) and
``task.reminded_at`` when it did, so a reminder shows once even across restarts.
``health_warning.acknowledged_at`` takes an episode off My day for good;
``health_warning.snoozed_until`` takes it off until that day.

``ix_touchpoint_account_pulse`` holds each account's answered pulses by time, so My day finds
every account's last answer with one seek per account in the index alone; ``ix_task_open_due``
and ``ix_task_remind_at`` find the open tasks due and the reminders without reading every task.

Revision ID: 0015_my_day
Revises: 0011_sample_pack
Create Date: 2026-12-03 13:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_my_day"
down_revision: str | None = "0011_sample_pack"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PULSE = "product_satisfied != 'unknown' OR service_satisfied != 'unknown'"


def upgrade() -> None:
    with op.batch_alter_table("task") as batch:
        batch.add_column(sa.Column("remind_at", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("reminded_at", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("health_warning") as batch:
        batch.add_column(sa.Column("acknowledged_at", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("snoozed_until", sa.Date(), nullable=True))
    op.create_index(
        "ix_touchpoint_account_pulse",
        "touchpoint",
        ["account_id", "occurred_at", "product_satisfied", "service_satisfied", "kind"],
        sqlite_where=sa.text(PULSE),
    )
    op.create_index("ix_task_open_due", "task", ["due"], sqlite_where=sa.text("NOT done"))
    op.create_index(
        "ix_task_remind_at", "task", ["remind_at"], sqlite_where=sa.text("remind_at IS NOT NULL")
    )


def downgrade() -> None:
    op.drop_index("ix_task_remind_at", table_name="task")
    op.drop_index("ix_task_open_due", table_name="task")
    op.drop_index("ix_touchpoint_account_pulse", table_name="touchpoint")
    with op.batch_alter_table("health_warning") as batch:
        batch.drop_column("snoozed_until")
        batch.drop_column("acknowledged_at")
    with op.batch_alter_table("task") as batch:
        batch.drop_column("reminded_at")
        batch.drop_column("remind_at")

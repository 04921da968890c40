"""Health samples packed per account and indicator, and an index of the answered pulses

Recomputing every score read each of the millions of health samples as a row of its own;
``health_sample_pack`` holds the same samples packed, one row per account and indicator
(``cs_desktop.health.sample_pack``), so that a full recompute reads ~60 times fewer rows.

It is derived data and is trusted only as far as these triggers vouch for it: writing an existing
sample (update or delete) makes its pack stale (the blobs become NULL), and new samples are found
by id above the mark ``health_score_mark['health_sample_pack']``, 0 until the packs are first
built (no trigger on inserts: imports write millions of rows). A deleted sample's id can be
given again to the next row only if no higher id is left, so a delete lowers the mark to the
highest id left when it is above it.

The covering index on the touchpoints that carry a pulse answer lets the scores read those
without visiting the touchpoints' long rows.

Revision ID: 0011_sample_pack
Revises: 0009_score_cache
Create Date: 2026-12-03 11:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_sample_pack"
down_revision: str | None = "0010_exchange_rates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MARK = "health_sample_pack"
STALE = (
    "UPDATE health_sample_pack SET sample_days = NULL, sample_values = NULL "
    "WHERE account_id = old.account_id AND indicator_key = old.indicator_key;"
)
TRIGGERS: dict[str, str] = {
    "sample_pack_health_sample_delete": (
        "AFTER DELETE ON health_sample BEGIN "
        f"{STALE} "
        "UPDATE health_score_mark SET value = (SELECT coalesce(max(id), 0) FROM health_sample) "
        f"WHERE name = '{MARK}' AND value > (SELECT coalesce(max(id), 0) FROM health_sample); END"
    ),
    "sample_pack_health_sample_update": (
        "AFTER UPDATE OF id, account_id, indicator_key, sample_date, value ON health_sample BEGIN "
        f"{STALE} "
        "INSERT INTO health_sample_pack (account_id, indicator_key) "
        "VALUES (new.account_id, new.indicator_key) "
        "ON CONFLICT (account_id, indicator_key) DO UPDATE SET sample_days = NULL, "
        "sample_values = NULL; END"
    ),
}
PULSE_ANSWERED = "product_satisfied != 'unknown' OR service_satisfied != 'unknown'"


def upgrade() -> None:
    op.create_table(
        "health_sample_pack",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("indicator_key", sa.String(length=64), nullable=False),
        sa.Column("sample_days", sa.LargeBinary(), nullable=True),
        sa.Column("sample_values", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_health_sample_pack_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "account_id", "indicator_key", name=op.f("pk_health_sample_pack")
        ),
    )
    op.create_index(
        "ix_health_sample_pack_stale",
        "health_sample_pack",
        ["account_id", "indicator_key"],
        sqlite_where=sa.text("sample_days IS NULL"),
    )
    op.create_index(
        "ix_touchpoint_pulse",
        "touchpoint",
        ["occurred_at", "account_id", "product_satisfied", "service_satisfied"],
        sqlite_where=sa.text(PULSE_ANSWERED),
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DELETE FROM health_score_mark WHERE name = '{MARK}'")
    op.drop_index("ix_touchpoint_pulse", table_name="touchpoint")
    op.drop_index("ix_health_sample_pack_stale", table_name="health_sample_pack")
    op.drop_table("health_sample_pack")

"""Engagements made in the CRM are pulled: those waiting for their company, and a fresh pull

Revision ID: 0005_unplaced_engagements
Revises: 0004_sync_state
Create Date: 2026-11-24 10:12:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_unplaced_engagements"
down_revision: str | None = "0004_sync_state"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ENGAGEMENT_KINDS = "('note', 'meeting', 'call', 'email')"


def upgrade() -> None:
    op.create_table(
        "sync_unplaced",
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("remote_id", sa.String(length=64), nullable=False),
        sa.Column("seen_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("provider", "kind", "remote_id", name=op.f("pk_sync_unplaced")),
    )
    # Earlier pulls read engagements made in the CRM and dropped them: pull them all again
    # (the ones already synced come back as echoes of their version and are skipped).
    op.execute(f"DELETE FROM sync_cursor WHERE kind IN {ENGAGEMENT_KINDS}")


def downgrade() -> None:
    op.drop_table("sync_unplaced")

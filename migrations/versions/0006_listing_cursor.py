"""A kind's first pull lists it by id: where that listing stands survives a restart

Revision ID: 0006_listing_cursor
Revises: 0005_unplaced_engagements
Create Date: 2026-11-25 09:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_listing_cursor"
down_revision: str | None = "0005_unplaced_engagements"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_cursor") as batch:
        batch.add_column(sa.Column("list_after", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_cursor") as batch:
        batch.drop_column("list_after")

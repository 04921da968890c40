"""Touchpoints marked internal: their notes stay out of what the customer is given

``touchpoint.internal`` (0 by default) marks a touchpoint whose notes are for the team only: the
plan exported for the customer leaves the whole touchpoint out. The column is added in place
(no table rebuild), so the touchpoint's triggers and its full-text index stay as they are.

Revision ID: 0017_internal_notes
Revises: 0011_sample_pack
Create Date: 2026-12-03 13:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_internal_notes"
down_revision: str | None = "0016_capture"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "touchpoint",
        sa.Column("internal", sa.Boolean(), nullable=False, server_default=sa.text("0")),
    )


def downgrade() -> None:
    op.drop_column("touchpoint", "internal")

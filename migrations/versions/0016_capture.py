"""The unmatched list of captured meetings and mails

``unmatched_item`` keeps each imported calendar event or mail that matches no account (or
more than one) until the CSM assigns it to an account, which turns it into a touchpoint.
``source_key`` (the event's UID and occurrence, or the mail's Message-ID) keeps a re-import
from adding it twice; ``dismissed_at`` hides an item the CSM dismissed, for good.

Revision ID: 0016_capture
Revises: 0011_sample_pack
Create Date: 2026-12-03 14:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_capture"
down_revision: str | None = "0015_my_day"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KINDS = (
    "meeting",
    "call",
    "email",
    "qbr",
    "onsite_visit",
    "event",
    "support_case",
    "note",
)


def upgrade() -> None:
    op.create_table(
        "unmatched_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_key", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(*_KINDS, name="unmatched_kind", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("occurred_at", sa.BigInteger(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("people", sa.Text(), nullable=False),
        sa.Column("source_file", sa.Text(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("dismissed_at", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unmatched_item")),
        sa.UniqueConstraint("source_key", name=op.f("uq_unmatched_item_source_key")),
    )
    op.create_index(
        op.f("ix_unmatched_item_occurred_at"), "unmatched_item", ["occurred_at"], unique=False
    )


def downgrade() -> None:
    op.drop_table("unmatched_item")

"""Exchange rates and the store's own settings, for totals in one reporting currency

``exchange_rate`` holds dated rates (one unit of ``from_currency`` is worth ``rate`` units of
``to_currency`` from ``effective_on`` on), kept exactly as decimal text. ``setting`` holds the
store's settings by name, such as the reporting currency, so the app and the command line
agree on them.

Revision ID: 0010_exchange_rates
Revises: 0009_score_cache
Create Date: 2026-12-04 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_exchange_rates"
down_revision: str | None = "0009_score_cache"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exchange_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_currency", sa.String(length=3), nullable=False),
        sa.Column("to_currency", sa.String(length=3), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("rate", sa.String(length=40), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "from_currency != to_currency", name=op.f("ck_exchange_rate_two_currencies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rate")),
        sa.UniqueConstraint(
            "from_currency",
            "to_currency",
            "effective_on",
            name=op.f("uq_exchange_rate_from_currency_to_currency_effective_on"),
        ),
    )
    op.create_table(
        "setting",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_setting")),
    )


def downgrade() -> None:
    op.drop_table("setting")
    op.drop_table("exchange_rate")

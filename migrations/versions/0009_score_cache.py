"""Computed health scores are kept between starts; writing an account's inputs drops its row

``health_score_cache`` holds each account's daily scores as last computed, so a start recomputes
only the accounts whose inputs changed since and the days that passed. The triggers below delete
an account's row whenever any of its health inputs is written, by the app, an import, the sync
or anyone else: the row is derived data, and a missing row only costs one recomputation.

Health samples arrive by the million in imports, where a trigger per row would double the cost:
new samples are found instead by id, above the highest id the kept scores have seen
(``health_score_mark``); deleting a sample lowers that mark so that a reused id is seen too.

Revision ID: 0009_score_cache
Revises: 0008_book
Create Date: 2026-12-03 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_score_cache"
down_revision: str | None = "0008_book"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DROP = "DELETE FROM health_score_cache WHERE account_id = {account};"
# table -> how a written row names its account ({row} is "new" or "old"), and, for updates, the
# columns that matter (None: any).
WATCHED: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "health_sample": ("{row}.account_id", None),  # inserts: found by id (health_score_mark)
    "touchpoint": ("{row}.account_id", None),
    "stage_change": ("{row}.account_id", None),
    "renewal": ("{row}.account_id", None),
    "success_plan": ("{row}.account_id", None),
    "touchpoint_attendee": (
        "(SELECT account_id FROM touchpoint WHERE id = {row}.touchpoint_id)",
        None,
    ),
    "stakeholder": ("{row}.account_id", ("role", "account_id", "active")),
    "milestone": ("(SELECT account_id FROM success_plan WHERE id = {row}.plan_id)", None),
    "objective": ("(SELECT account_id FROM success_plan WHERE id = {row}.plan_id)", None),
    "account": ("{row}.id", ("stage", "renewal_date")),
}


def _triggers() -> list[tuple[str, str]]:
    made = []
    for table, (account, columns) in WATCHED.items():
        new, old = account.format(row="new"), account.format(row="old")
        if table not in ("account", "health_sample"):
            made.append(
                (
                    f"score_cache_{table}_insert",
                    f"AFTER INSERT ON {table} BEGIN {DROP.format(account=new)} END",
                )
            )
            made.append(
                (
                    f"score_cache_{table}_delete",
                    f"AFTER DELETE ON {table} BEGIN {DROP.format(account=old)} END",
                )
            )
        if table == "health_sample":
            made.append(
                (
                    "score_cache_health_sample_delete",
                    "AFTER DELETE ON health_sample BEGIN "
                    f"{DROP.format(account=old)} "
                    "INSERT INTO health_score_mark (name, value) "
                    "VALUES ('health_sample', old.id - 1) "
                    "ON CONFLICT (name) DO UPDATE SET value = min(value, excluded.value); END",
                )
            )
        of = f" OF {', '.join(columns)}" if columns else ""
        made.append(
            (
                f"score_cache_{table}_update",
                f"AFTER UPDATE{of} ON {table} BEGIN "
                f"{DROP.format(account=old)} {DROP.format(account=new)} END",
            )
        )
    return made


def upgrade() -> None:
    op.create_table(
        "health_score_cache",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("through", sa.Date(), nullable=False),
        sa.Column("scores", sa.LargeBinary(), nullable=False),
        sa.Column("stages", sa.LargeBinary(), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_health_score_cache_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_health_score_cache")),
    )
    op.create_table(
        "health_score_mark",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_health_score_mark")),
    )
    for name, body in _triggers():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name, _ in _triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("health_score_mark")
    op.drop_table("health_score_cache")

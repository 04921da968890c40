"""Sync state: CRM connection, sync records, merge bases, outbox, cursors, conflicts, runs

Revision ID: 0004_sync_state
Revises: 0003_health_warnings
Create Date: 2026-11-23 18:41:31.791152
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_sync_state"
down_revision: str | None = "0003_health_warnings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("local_uid", sa.LargeBinary(length=16), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("local", sa.Text(), nullable=True),
        sa.Column("remote", sa.Text(), nullable=True),
        sa.Column("remote_version", sa.String(length=40), nullable=True),
        sa.Column("detected_at", sa.BigInteger(), nullable=False),
        sa.Column("resolution", sa.String(length=20), nullable=True),
        sa.Column("resolved_at", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index("ix_conflict_entity_local_uid", ["entity", "local_uid"], unique=False)

    op.create_table(
        "crm_connection",
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("base_url", sa.String(length=300), nullable=False),
        sa.Column("auth_kind", sa.String(length=20), nullable=False),
        sa.Column("account_name", sa.String(length=200), nullable=False),
        sa.Column("connected_at", sa.BigInteger(), nullable=False),
        sa.Column("token_expires_at", sa.BigInteger(), nullable=True),
        sa.Column("schema_version", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("provider", name=op.f("pk_crm_connection")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("local_uid", sa.LargeBinary(length=16), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("fields_json", sa.Text(), nullable=False),
        sa.Column("base_version", sa.String(length=40), nullable=True),
        sa.Column("depends_on", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.BigInteger(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
        sa.UniqueConstraint("op_id", name=op.f("uq_outbox_op_id")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_local_uid"), ["local_uid"], unique=False)
        batch_op.create_index("ix_outbox_state_seq", ["state", "seq"], unique=False)

    op.create_table(
        "sync_base",
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("local_uid", sa.LargeBinary(length=16), nullable=False),
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("remote_version", sa.String(length=40), nullable=True),
        sa.Column("base_json", sa.Text(), nullable=False),
        sa.Column("synced_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "local_uid", "provider", name=op.f("pk_sync_base")),
    )
    op.create_table(
        "sync_cursor",
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("modified_at", sa.BigInteger(), nullable=True),
        sa.Column("last_id", sa.String(length=64), nullable=True),
        sa.Column("tombstones_since", sa.BigInteger(), nullable=True),
        sa.Column("full_resync_needed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("provider", "kind", name=op.f("pk_sync_cursor")),
    )
    op.create_table(
        "sync_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("local_uid", sa.LargeBinary(length=16), nullable=False),
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("remote_id", sa.String(length=64), nullable=True),
        sa.Column("remote_kind", sa.String(length=20), nullable=True),
        sa.Column("sync_state", sa.String(length=20), nullable=False),
        sa.Column("local_version", sa.Integer(), nullable=False),
        sa.Column("local_json", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_record")),
        sa.UniqueConstraint(
            "entity", "local_uid", "provider", name=op.f("uq_sync_record_entity_local_uid_provider")
        ),
        sa.UniqueConstraint(
            "provider", "entity", "remote_id", name=op.f("uq_sync_record_provider_entity_remote_id")
        ),
    )
    op.create_table(
        "sync_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("started_at", sa.BigInteger(), nullable=False),
        sa.Column("finished_at", sa.BigInteger(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("pushed", sa.Integer(), nullable=False),
        sa.Column("pulled", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("errors_json", sa.Text(), nullable=False),
        sa.Column("rate_limit_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_run")),
    )


def downgrade() -> None:
    op.drop_table("sync_run")
    op.drop_table("sync_record")
    op.drop_table("sync_cursor")
    op.drop_table("sync_base")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_state_seq")
        batch_op.drop_index(batch_op.f("ix_outbox_local_uid"))

    op.drop_table("outbox")
    op.drop_table("crm_connection")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index("ix_conflict_entity_local_uid")

    op.drop_table("conflict")

"""Touchpoints written in bulk may join the full-text index afterwards, in large batches

A touchpoint whose id is in ``touchpoint_unindexed`` is left out of ``touchpoint_fts`` by the
triggers until it is indexed and taken off that list (``cs_desktop.note_index``); search scans
the few listed ones with LIKE meanwhile. Indexing many rows in one statement costs a fraction
of the per-row triggers: FTS5 writes one segment instead of one per transaction.

Revision ID: 0007_deferred_note_index
Revises: 0006_listing_cursor
Create Date: 2026-11-25 11:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007_deferred_note_index"
down_revision: str | None = "0006_listing_cursor"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "title, notes, customer_statement, inferred_need, next_steps"
NEW = "new.title, new.notes, new.customer_statement, new.inferred_need, new.next_steps"
OLD = "old.title, old.notes, old.customer_statement, old.inferred_need, old.next_steps"
TRIGGERS = ("touchpoint_fts_insert", "touchpoint_fts_delete", "touchpoint_fts_update")


def _indexed(row: str) -> str:
    return f"NOT EXISTS (SELECT 1 FROM touchpoint_unindexed WHERE id = {row}.id)"


DEFERRING = [
    f"""CREATE TRIGGER touchpoint_fts_insert AFTER INSERT ON touchpoint
    WHEN {_indexed("new")} BEGIN
        INSERT INTO touchpoint_fts(rowid, {COLUMNS}) VALUES (new.id, {NEW});
    END""",
    # An external-content index must be told exactly what it holds: a row never indexed is
    # only taken off the list.
    f"""CREATE TRIGGER touchpoint_fts_delete AFTER DELETE ON touchpoint BEGIN
        INSERT INTO touchpoint_fts(touchpoint_fts, rowid, {COLUMNS})
        SELECT 'delete', old.id, {OLD} WHERE {_indexed("old")};
        DELETE FROM touchpoint_unindexed WHERE id = old.id;
    END""",
    f"""CREATE TRIGGER touchpoint_fts_update AFTER UPDATE OF {COLUMNS} ON touchpoint
    WHEN {_indexed("old")} BEGIN
        INSERT INTO touchpoint_fts(touchpoint_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, {OLD});
        INSERT INTO touchpoint_fts(rowid, {COLUMNS}) VALUES (new.id, {NEW});
    END""",
]
IMMEDIATE = [
    f"""CREATE TRIGGER touchpoint_fts_insert AFTER INSERT ON touchpoint BEGIN
        INSERT INTO touchpoint_fts(rowid, {COLUMNS}) VALUES (new.id, {NEW});
    END""",
    f"""CREATE TRIGGER touchpoint_fts_delete AFTER DELETE ON touchpoint BEGIN
        INSERT INTO touchpoint_fts(touchpoint_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, {OLD});
    END""",
    f"""CREATE TRIGGER touchpoint_fts_update AFTER UPDATE OF {COLUMNS} ON touchpoint BEGIN
        INSERT INTO touchpoint_fts(touchpoint_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, {OLD});
        INSERT INTO touchpoint_fts(rowid, {COLUMNS}) VALUES (new.id, {NEW});
    END""",
]


def upgrade() -> None:
    op.execute("CREATE TABLE touchpoint_unindexed (id INTEGER NOT NULL PRIMARY KEY)")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    for statement in DEFERRING:
        op.execute(statement)


def downgrade() -> None:
    # Whatever still waits is indexed first: the old triggers know of no list.
    op.execute(
        f"INSERT INTO touchpoint_fts(rowid, {COLUMNS}) SELECT t.id, "
        + ", ".join(f"t.{c.strip()}" for c in COLUMNS.split(","))
        + " FROM touchpoint t JOIN touchpoint_unindexed u ON u.id = t.id"
    )
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    for statement in IMMEDIATE:
        op.execute(statement)
    op.execute("DROP TABLE touchpoint_unindexed")

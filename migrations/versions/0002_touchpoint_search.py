"""Full-text search over touchpoints (FTS5, trigram tokenizer, kept current by triggers).

Revision ID: 0002_touchpoint_search
Revises: 0001_initial
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_touchpoint_search"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Full-text search over what was said and written at touchpoints. The trigram tokenizer finds
# Japanese and Chinese text, which has no spaces between words, as well as English. The index is
# an external-content table over touchpoint (its INTEGER PRIMARY KEY is the stable rowid), kept
# in step by triggers so that every writer, including bulk inserts, keeps it current.
FTS_COLUMNS = "title, notes, customer_statement, inferred_need, next_steps"
FTS_NEW = "new.title, new.notes, new.customer_statement, new.inferred_need, new.next_steps"
FTS_OLD = "old.title, old.notes, old.customer_statement, old.inferred_need, old.next_steps"
CREATE_FTS = [
    f"CREATE VIRTUAL TABLE touchpoint_fts USING fts5({FTS_COLUMNS}, "
    "content='touchpoint', content_rowid='id', tokenize='trigram')",
    f"""CREATE TRIGGER touchpoint_fts_insert AFTER INSERT ON touchpoint BEGIN
        INSERT INTO touchpoint_fts(rowid, {FTS_COLUMNS}) VALUES (new.id, {FTS_NEW});
    END""",
    f"""CREATE TRIGGER touchpoint_fts_delete AFTER DELETE ON touchpoint BEGIN
        INSERT INTO touchpoint_fts(touchpoint_fts, rowid, {FTS_COLUMNS})
        VALUES ('delete', old.id, {FTS_OLD});
    END""",
    f"""CREATE TRIGGER touchpoint_fts_update
    AFTER UPDATE OF {FTS_COLUMNS} ON touchpoint BEGIN
        INSERT INTO touchpoint_fts(touchpoint_fts, rowid, {FTS_COLUMNS})
        VALUES ('delete', old.id, {FTS_OLD});
        INSERT INTO touchpoint_fts(rowid, {FTS_COLUMNS}) VALUES (new.id, {FTS_NEW});
    END""",
]
DROP_FTS = [
    "DROP TRIGGER IF EXISTS touchpoint_fts_update",
    "DROP TRIGGER IF EXISTS touchpoint_fts_delete",
    "DROP TRIGGER IF EXISTS touchpoint_fts_insert",
    "DROP TABLE IF EXISTS touchpoint_fts",
]


def upgrade() -> None:
    for statement in CREATE_FTS:
        op.execute(statement)
    # Index the touchpoints a store already holds.
    op.execute("INSERT INTO touchpoint_fts(touchpoint_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for statement in DROP_FTS:
        op.execute(statement)

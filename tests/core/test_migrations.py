"""The Alembic history and the ORM models describe the same schema."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from cs_desktop.db import alembic_config, create_store_engine, open_store, upgrade_schema
from cs_desktop.schema import (
    FTS_TABLE_PREFIX,
    HEAD_REVISION,
    HEAD_TABLES,
    KNOWN_REVISIONS,
    include_in_autogenerate,
)
from cs_desktop.tables import metadata


def test_known_revisions_match_the_migration_history() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    history = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert tuple(history) == KNOWN_REVISIONS
    assert scripts.get_current_head() == HEAD_REVISION


def test_the_tables_a_current_store_must_have_are_the_models_and_the_search_index() -> None:
    assert set(metadata.tables) | {FTS_TABLE_PREFIX} == HEAD_TABLES


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store.sqlite3")
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include_in_autogenerate, "compare_type": True}
        )
        differences = compare_metadata(context, metadata)
    store.close()
    assert differences == []


def test_every_migration_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    engine = create_store_engine(tmp_path / "roundtrip.sqlite3")
    upgrade_schema(engine)
    from alembic import command

    with engine.connect() as connection:
        command.downgrade(alembic_config(connection), "base")
    with engine.connect() as connection:
        tables = (
            connection.execute(
                text("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
            )
            .scalars()
            .all()
        )
    assert set(tables) <= {"alembic_version"}
    upgrade_schema(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            HEAD_REVISION
        )
    engine.dispose()


def test_an_upgrade_that_copies_tables_keeps_the_rows_referring_to_them(tmp_path: Path) -> None:
    # 0008 copies stakeholder, success_plan and milestone tables; with foreign keys on, dropping
    # the old copy would cascade to attendees, goals and delivery steps.
    engine = create_store_engine(tmp_path / "old.sqlite3")
    upgrade_schema(engine, "0007_deferred_note_index")
    row = "uid, created_at, updated_at"
    with engine.begin() as connection:
        connection.execute(
            text(
                f"INSERT INTO account (id, {row}, name, tier, arr, currency, stage) "
                "VALUES (1, randomblob(16), 0, 0, 'Acme', 'smb', 0, 'USD', 'service')"
            )
        )
        connection.execute(
            text(
                f"INSERT INTO stakeholder (id, {row}, account_id, name, role, active) "
                "VALUES (1, randomblob(16), 0, 0, 1, 'Aiko', 'champion', 1)"
            )
        )
        connection.execute(
            text(
                f"INSERT INTO touchpoint (id, {row}, account_id, kind, occurred_at, title, notes, "
                "other_attendees, product_satisfied, service_satisfied, customer_statement, "
                "inferred_need, next_steps) VALUES (1, randomblob(16), 0, 0, 1, 'call', 0, "
                "'Kickoff', '', '', 'yes', 'yes', '', '', '')"
            )
        )
        connection.execute(text("INSERT INTO touchpoint_attendee VALUES (1, 1)"))
        connection.execute(
            text(
                f"INSERT INTO success_plan (id, {row}, account_id, title, summary) "
                "VALUES (1, randomblob(16), 0, 0, 1, 'Plan', '')"
            )
        )
        connection.execute(
            text(
                f"INSERT INTO objective (id, {row}, plan_id, goal, horizon_months, status) "
                "VALUES (1, randomblob(16), 0, 0, 1, 'Faster support', 6, 'planned')"
            )
        )
        for milestone_id, due in ((1, "2026-05-01"), (2, "2026-02-01"), (3, None)):
            connection.execute(
                text(
                    f"INSERT INTO milestone (id, {row}, plan_id, step, due, done) "
                    "VALUES (:id, randomblob(16), 0, 0, 1, 'Step', :due, 0)"
                ),
                {"id": milestone_id, "due": due},
            )
    upgrade_schema(engine)
    with engine.connect() as connection:
        counts = {
            table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("touchpoint_attendee", "objective", "milestone", "stakeholder")
        }
        order = connection.execute(text("SELECT id FROM milestone ORDER BY position")).all()
    engine.dispose()
    assert counts == {"touchpoint_attendee": 1, "objective": 1, "milestone": 3, "stakeholder": 1}
    # Steps keep the order they were shown in: by due date, undated last.
    assert [milestone_id for (milestone_id,) in order] == [2, 1, 3]

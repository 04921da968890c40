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

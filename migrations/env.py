"""Alembic environment: runs on the app's own engine/connection, never on a URL from an ini."""

from __future__ import annotations

from typing import Any

from alembic import context

from cs_desktop.schema import include_in_autogenerate
from cs_desktop.tables import metadata


def run_migrations(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
        transaction_per_migration=True,
        include_object=include_in_autogenerate,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    from cs_desktop.db import create_store_engine
    from cs_desktop.paths import default_db_path

    engine = create_store_engine(default_db_path())
    with engine.connect() as own_connection:
        run_migrations(own_connection)
    engine.dispose()


main()

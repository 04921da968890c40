"""Write a small store at a given schema revision, for the upgrade tests in tests/core.

Run once per released schema and commit the file; never regenerate an existing fixture:
    python scripts/make_schema_fixture.py 0001_initial tests/data/schemas/0001_initial.sqlite3
"""

from __future__ import annotations

import sqlite3
import sys
import uuid
from contextlib import closing
from pathlib import Path

from cs_desktop.db import create_store_engine, upgrade_schema

ACCOUNT_UID = uuid.UUID("11111111-1111-4111-8111-111111111111")
TOUCHPOINT_UID = uuid.UUID("22222222-2222-4222-8222-222222222222")


def main(revision: str, target: Path) -> None:
    if target.exists():
        raise SystemExit(f"{target} exists: fixtures of released schemas are never rewritten")
    engine = create_store_engine(target)
    upgrade_schema(engine, revision)
    engine.dispose()
    with closing(sqlite3.connect(target)) as connection, connection:
        connection.execute(
            "INSERT INTO account (id, uid, created_at, updated_at, name, domain, tier, arr, "
            "currency, renewal_date, stage) VALUES (1, ?, 1700000000000, 1700000000000, "
            "'株式会社サンプル', 'sample.co.jp', 'enterprise', 12000000, 'JPY', '2027-04-01', "
            "'service')",
            (ACCOUNT_UID.bytes,),
        )
        connection.execute(
            "INSERT INTO touchpoint (id, uid, created_at, updated_at, account_id, kind, "
            "occurred_at, title, notes, other_attendees, product_satisfied, service_satisfied, "
            "customer_statement, inferred_need, next_steps) VALUES (1, ?, 1700000000000, "
            "1700000000000, 1, 'onsite_visit', 1700000000000, '定例会議', "
            "'オンボーディングの進捗を確認した。', '', 'yes', 'no', "
            "'他社事例を見せてほしい', '自社での成功イメージを描きたい', '事例集を送付')",
            (TOUCHPOINT_UID.bytes,),
        )
    # A self-contained file (no -wal beside it), so that git holds all of it.
    with closing(sqlite3.connect(target)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))

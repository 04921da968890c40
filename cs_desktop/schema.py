"""The schema revisions this build knows, oldest first.

Kept as constants so that opening an up-to-date store costs one small query and no Alembic
import (Alembic adds ~0.7 s to start-up). ``tests/core/test_migrations.py`` proves this list
equals the Alembic history in ``migrations/versions``.
"""

# How long a connection waits for another writer before giving up.
BUSY_TIMEOUT_MS = 10_000

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_touchpoint_search",
    "0003_health_warnings",
    "0004_sync_state",
    "0005_unplaced_engagements",
    "0006_listing_cursor",
    "0007_deferred_note_index",
    "0008_book",
    "0009_score_cache",
    "0010_exchange_rates",
    "0011_sample_pack",
    "0015_my_day",
    "0016_capture",
    "0017_internal_notes",
    "0018_providers",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]

# The tables a store at HEAD_REVISION has: one missing means the file was changed by hand or
# damaged, and opening it says so rather than failing later on a query. The test of the
# migrations proves this equals the models' tables plus the full-text index.
HEAD_TABLES: frozenset[str] = frozenset(
    {
        "account",
        "conflict",
        "crm_connection",
        "exchange_rate",
        "health_sample",
        "health_sample_pack",
        "health_score_cache",
        "health_score_mark",
        "health_warning",
        "milestone",
        "objective",
        "outbox",
        "renewal",
        "renewal_forecast",
        "risk",
        "setting",
        "stage_change",
        "stakeholder",
        "success_plan",
        "sync_base",
        "sync_cursor",
        "sync_record",
        "sync_run",
        "sync_unplaced",
        "task",
        "touchpoint",
        "touchpoint_attendee",
        "touchpoint_fts",
        "touchpoint_unindexed",
        "unmatched_item",
    }
)

# FTS5 tables and their shadow tables are created by hand-written DDL in the migrations, so
# Alembic's autogenerate must neither drop them nor report them as missing from the models.
FTS_TABLE_PREFIX = "touchpoint_fts"


def include_in_autogenerate(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic ``include_object`` hook: leave the full-text index tables alone."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE_PREFIX))

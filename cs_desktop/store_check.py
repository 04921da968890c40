"""``db check``: how sound a store is, reported part by part even when parts cannot be read."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import MetaData, text
from sqlalchemy.exc import DBAPIError

from cs_desktop.db import Store, stored_revision
from cs_desktop.schema import HEAD_REVISION
from cs_desktop.store_errors import StoreDamagedError, StoreError, check_found


@dataclass(frozen=True)
class StoreCheck:
    """The result of ``db check``.

    Attributes:
        integrity: SQLite's integrity check (``["ok"]`` when sound); its quick check's rows when
            the full check cannot run, or SQLite's error when neither can.
        foreign_key_violations: rows pointing at nothing; None when it could not be checked.
        counts: rows per readable table.
        unreadable: tables whose rows could not be counted.
        damage: what is wrong with the file, in a phrase, or None.
        read_only: why the store cannot be written, or None.
    """

    path: Path
    revision: str | None
    head_revision: str
    integrity: list[str]
    foreign_key_violations: int | None
    counts: dict[str, int]
    unreadable: tuple[str, ...] = ()
    damage: str | None = None
    read_only: str | None = None

    @property
    def ok(self) -> bool:
        return (
            self.integrity == ["ok"]
            and self.foreign_key_violations == 0
            and self.revision == self.head_revision
            and not self.unreadable
            and self.damage is None
        )


def check_store(store: Store, metadata: MetaData) -> StoreCheck:
    """Integrity check, foreign key check, schema version and row counts.

    Every part runs even when another failed, so the report shows how far the damage goes;
    damage found is recorded in ``store.condition``.

    Args:
        store: the open store (opened with ``damaged_ok=True`` to check a damaged one).
        metadata: the tables to count (all of them: :data:`cs_desktop.tables.metadata`).
    """
    integrity, checked = _integrity(store)
    found = store.condition.damage
    detail = None if found is None else found.detail
    if integrity != ["ok"] and (checked or found is None):
        # What the check found says more than the error a query met on the way.
        first = integrity[0].splitlines()[-1]
        detail = check_found(len(integrity), first)
        store.condition.mark_damaged(StoreDamagedError(store.path, detail))
    violations: int | None
    try:
        with store.engine.connect() as connection:
            violations = len(connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
    except (StoreError, DBAPIError):
        violations = None
    counts: dict[str, int] = {}
    unreadable: list[str] = []
    for table in sorted(metadata.tables):
        try:
            with store.engine.connect() as connection:
                counts[table] = connection.execute(
                    text(f'SELECT count(*) FROM "{table}"')
                ).scalar_one()
        except (StoreError, DBAPIError):
            unreadable.append(table)
    try:
        revision = stored_revision(store.engine, store.path)
    except StoreError:
        revision = None
    return StoreCheck(
        path=store.path,
        revision=revision,
        head_revision=HEAD_REVISION,
        integrity=integrity,
        foreign_key_violations=violations,
        counts=counts,
        unreadable=tuple(unreadable),
        damage=detail,
        read_only=store.condition.read_only,
    )


def _integrity(store: Store) -> tuple[list[str], bool]:
    """SQLite's findings, and whether a check ran (else the list holds why none could)."""
    # The full check stops at the first page it cannot parse; the quick one lists such pages.
    problem = ""
    for pragma in ("integrity_check", "quick_check"):
        try:
            with store.engine.connect() as connection:
                rows = connection.exec_driver_sql(f"PRAGMA {pragma}")
                return [str(row[0]) for row in rows], True
        except StoreDamagedError as damage:
            problem = damage.detail
        except StoreError as error:
            return [str(error)], False
    return [problem], False

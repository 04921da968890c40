"""Writing many rows in batches that leave room for the GUI thread.

The driver binds a statement's parameters in C while holding the GIL, so one statement with
10,000 rows keeps every other Python thread (the GUI) waiting for ~100 ms. Batches of a few
hundred rows, with a ``sleep(0)`` between them to hand the GIL over, keep that under ~5 ms.
All batches run in the caller's transaction: the write stays all or nothing.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Executable
from sqlalchemy.orm import Session

WRITE_BATCH = 250


def execute_in_batches(
    session: Session, statement: Executable, rows: Sequence[dict[str, Any]]
) -> None:
    for start in range(0, len(rows), WRITE_BATCH):
        session.execute(statement, list(rows[start : start + WRITE_BATCH]))
        time.sleep(0)


def scalars_in_batches(
    session: Session, statement: Executable, rows: Sequence[dict[str, Any]]
) -> list[Any]:
    """Like :func:`execute_in_batches` for an INSERT … RETURNING; results in row order."""
    found: list[Any] = []
    for start in range(0, len(rows), WRITE_BATCH):
        found.extend(session.scalars(statement, list(rows[start : start + WRITE_BATCH])))
        time.sleep(0)
    return found

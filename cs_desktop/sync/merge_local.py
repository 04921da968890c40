"""Writing a three-way merge locally (contract §3.4): what push and pull both do when the CRM
holds a newer version of a record than its merge base."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from typing import Any

from sqlalchemy.orm import Session

from cs_desktop.sync.bases import set_base
from cs_desktop.sync.conflicts import add_conflict
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.fields import apply
from cs_desktop.sync.merge import MergeResult, Value, merge_fields
from cs_desktop.sync.state import Entity, RecordState, SyncBase, SyncRecord


def merge_into_local(
    session: Session,
    crm: Crm,
    entity: Entity,
    record: SyncRecord,
    remote_values: Mapping[str, Value],
    version: str,
    *,
    base: SyncBase | None,
    edited: Collection[str],
    row: Callable[[], Any],
) -> tuple[MergeResult, int]:
    """Merge a remote record's values into a local one, field by field, and write the result:
    the remote values taken onto the row and its snapshot, an open conflict for each field
    both sides changed differently, and the new base at the remote ``version`` (the CRM's
    value of a computed field included, though the row keeps its own).

    Args:
        remote_values: the CRM's values, in the local form the merge compares.
        base: the record's merge base (None: never synced).
        edited: the record's fields still in the outbox (see :func:`.merge.merge_fields`).
        row: the local row (None if it is gone); called only when a remote value is taken.

    Returns:
        The merge, and how many of its conflicts are new.
    """
    base_values = json.loads(base.base_json) if base else {}
    if base is not None:
        # A field the record has never synced (one an earlier version did not send): the
        # CRM's value is no change made there, so the local value stays (and goes out).
        base_values = {**remote_values, **base_values}
    local_values = json.loads(record.local_json)
    result = merge_fields(base_values, local_values, remote_values, edited)
    if result.take_remote:
        obj = row()
        if obj is not None:
            apply(entity, obj, result.take_remote)
        record.local_json = json.dumps({**local_values, **result.take_remote}, sort_keys=True)
    new = 0
    for conflict in result.conflicts:
        new += add_conflict(session, crm, entity, record.local_uid, conflict, version)
    if result.conflicts:
        record.sync_state = RecordState.CONFLICT
    agreed = {**result.take_remote, **result.converged, **result.observed}
    set_base(session, crm, entity, record.local_uid, agreed, version)
    return result, new

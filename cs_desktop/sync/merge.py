"""The three-way field merge (contract §3.4): base B, local L, remote R, field by field.

Pure functions on string-valued snapshots, so the rules can be property-tested alone.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

Value = str | None
Snapshot = Mapping[str, Value]
# Values the app computes (the health score): the CRM shows them and the app owns them. The
# CRM's value is never taken as the app's (a store keeps the value it computed itself) and
# never a conflict the user could not meaningfully settle: the CRM's value becomes the base,
# and the app's goes out only when its own computation moved it (it is then in the outbox).
COMPUTED_FIELDS = frozenset({"health_score"})


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base: Value
    local: Value
    remote: Value


@dataclass(frozen=True)
class MergeResult:
    """What to do with each field.

    Attributes:
        take_remote: fields whose remote value is written locally (L == B, R changed).
        keep_local: fields only changed locally; they stay in the outbox to be pushed.
        converged: fields both sides changed to the same value.
        conflicts: fields both sides changed differently; local keeps showing L.
        observed: computed fields whose CRM value differs and is not the app's to take
            (:data:`COMPUTED_FIELDS`): it becomes the base, the local value stays.
    """

    take_remote: dict[str, Value] = field(default_factory=dict)
    keep_local: dict[str, Value] = field(default_factory=dict)
    converged: dict[str, Value] = field(default_factory=dict)
    conflicts: list[FieldConflict] = field(default_factory=list)
    observed: dict[str, Value] = field(default_factory=dict)


def merge_fields(
    base: Snapshot,
    local: Snapshot,
    remote: Snapshot,
    edited: Collection[str] = (),
) -> MergeResult:
    """Merge one record field by field.

    Every value chosen is exactly one of B, L or R: text bodies are never combined. A note
    edited differently on both sides is a conflict however disjoint the edits look, because a
    line-level merge of prose can silently produce something neither author wrote.

    Args:
        base: the last-synced snapshot.
        local: the local row now.
        remote: the CRM record now (only the fields it carries are merged).
        edited: fields edited locally and not yet acknowledged (in the outbox). One edited
            back to its base value is still the user's change, not "unchanged": against a
            remote change it is a conflict rather than silently replaced.
    """
    result = MergeResult()
    for name in sorted(set(local) | set(remote)):
        if name not in remote:
            continue
        b, loc, rem = base.get(name), local.get(name), remote.get(name)
        if loc == rem:
            if loc != b:
                result.converged[name] = loc
        elif name in COMPUTED_FIELDS:
            if name in edited:
                result.keep_local[name] = loc
            else:
                result.observed[name] = rem
        elif loc == b and name not in edited:
            result.take_remote[name] = rem
        elif rem == b:
            result.keep_local[name] = loc
        else:
            result.conflicts.append(FieldConflict(name, b, loc, rem))
    return result

"""A CRM record's fields read into local values, the same way for every CRM.

A pull reads every field of every record, so each kind's way of reading them is worked out
once (:func:`reading_plan`, cached by each CRM's mapping) and then applied (:func:`read_fields`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from cs_desktop.sync.adapter import Kind
from cs_desktop.sync.fields import ENTITY_OF_KIND, MODELS
from cs_desktop.sync.merge import Value
from cs_desktop.sync.values import normaliser

# A field's local name, CRM name, CRM spellings read back (the last choice for others), reader.
ReadStep = tuple[str, str, dict[str, str] | None, str | None, Callable[[Value], Value] | None]


def columns_of(kind: Kind) -> Any:
    """The columns of the local table a kind's records are kept in."""
    return MODELS[ENTITY_OF_KIND[kind]].__table__.c


def reading_plan(
    kind: Kind,
    crm_names: Mapping[str, str],
    spelled: Mapping[tuple[Kind, str], dict[str, str]],
) -> tuple[ReadStep, ...]:
    """How each of the kind's fields is read.

    Args:
        crm_names: local field name -> the CRM's name for it.
        spelled: (kind, local field) -> local choice -> the CRM's spelling of it.
    """
    columns = columns_of(kind)
    plan = []
    for local, remote in crm_names.items():
        spelling = spelled.get((kind, local))
        names = None if spelling is None else {v: k for k, v in spelling.items()}
        other = None if spelling is None else list(spelling)[-1]
        read = normaliser(columns[local]) if local in columns else None
        plan.append((local, remote, names, other, read))
    return tuple(plan)


def read_fields(plan: tuple[ReadStep, ...], props: Mapping[str, str | None]) -> dict[str, Value]:
    """Local canonical values of the fields present in ``props`` (a value this version
    cannot read is left out, as if absent)."""
    fields: dict[str, Value] = {}
    for local, remote, names, other, read in plan:
        if remote not in props:
            continue
        text = props[remote] or None
        if text is not None:
            if names is not None:
                text = names.get(text, other)
            if read is not None:
                text = read(text)
                if text is None:
                    continue
        fields[local] = text
    return fields

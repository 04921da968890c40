"""Merge bases (``sync_base``): the fields of a record as both sides last agreed on them."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable

from sqlalchemy.orm import Session

from cs_desktop.coltypes import utc_now
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.lookups import by_uid
from cs_desktop.sync.merge import Value
from cs_desktop.sync.state import SyncBase


def base_of(session: Session, crm: Crm, entity: str, uid: uuid.UUID) -> SyncBase | None:
    return session.get(SyncBase, (entity, uid, crm.provider))


def bases_of(
    session: Session, crm: Crm, entity: str, uids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, SyncBase]:
    """The merge bases of many local rows, by uid. Holding the result keeps them in the
    session's identity map (it references objects weakly), where :func:`base_of` and
    :func:`set_base` then find them without a query."""
    return by_uid(session, SyncBase, crm, entity, uids)


def set_base(
    session: Session,
    crm: Crm,
    entity: str,
    uid: uuid.UUID,
    values: dict[str, Value],
    version: str | None,
    *,
    known: dict[uuid.UUID, SyncBase] | None = None,
) -> None:
    """Record what both sides agree on now (merged into the previous base).

    Args:
        known: the bases of a batch, read by :func:`bases_of`: a record not among them has
            none yet, and is not looked up (a look-up would flush the session, a record at
            a time); the one made for it joins them.
    """
    base = base_of(session, crm, entity, uid) if known is None else known.get(uid)
    if base is None:
        base = SyncBase(entity=entity, local_uid=uid, provider=crm.provider, base_json="{}")
        session.add(base)
        if known is not None:
            known[uid] = base
    base.base_json = json.dumps({**json.loads(base.base_json), **values}, sort_keys=True)
    base.remote_version = version
    base.synced_at = utc_now()

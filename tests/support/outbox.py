"""The sync outbox as tests look at it: a store connected to a CRM, and what it queued."""

from __future__ import annotations

import json

from sqlalchemy import select

from cs_desktop.db import Store
from cs_desktop.sync import capture_edits
from cs_desktop.sync.capture import rescan
from cs_desktop.sync.state import CrmConnection, Outbox


def connect(store: Store) -> None:
    capture_edits()  # as connecting through the app does
    with store.write() as session:
        session.add(
            CrmConnection(
                provider="hubspot", base_url="http://x", auth_kind="private_app", account_name="a"
            )
        )
        session.flush()
        rescan(session.connection(), "hubspot")


def ops(store: Store) -> list[tuple[str, str, dict]]:
    with store.read() as session:
        rows = session.scalars(select(Outbox).order_by(Outbox.seq)).all()
        return [(r.entity, r.op, json.loads(r.fields_json)) for r in rows]

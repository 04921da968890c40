"""Where a pulled engagement goes: the account of each synced company and the stakeholder of
each synced contact, by remote id.

Asked page by page, these lookups cost a first pull of 200,000 engagements about a tenth of
its time: each page links to a new scatter of companies and contacts, and the B-tree pages
that hold them are cold again after the page before was inserted. A first pull reads both
maps whole instead, once, and keeps them while it writes its engagements (:class:`LinkEnds`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from cs_desktop.chunks import chunks, marks
from cs_desktop.db import WRITE_NUMBER
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.outbox import uid_text
from cs_desktop.sync.push_rows import dbapi
from cs_desktop.sync.state import Entity

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Person = tuple[int, str, int]  # a stakeholder's id, uid (as text) and account id

_ACCOUNTS = (
    "SELECT s.remote_id, a.id FROM sync_record s JOIN account a ON a.uid = s.local_uid"
    " WHERE s.provider = ? AND s.entity = ?"
)
_PEOPLE = (
    "SELECT s.remote_id, p.id, p.uid, p.account_id FROM sync_record s"
    " JOIN stakeholder p ON p.uid = s.local_uid WHERE s.provider = ? AND s.entity = ?"
)


def accounts_of(raw: sqlite3.Connection, crm: Crm, companies: Iterable[str]) -> dict[str, int]:
    """The local account of each of ``companies`` (remote ids) that has one."""
    found: dict[str, int] = {}
    for chunk in chunks(sorted(set(companies))):
        found.update(
            raw.execute(
                f"{_ACCOUNTS} AND s.remote_id IN ({marks(len(chunk))})",
                (crm.provider, Entity.COMPANY.value, *chunk),
            )
        )
    return found


def people_of(raw: sqlite3.Connection, crm: Crm, contacts: Iterable[str]) -> dict[str, Person]:
    """The stakeholder of each of ``contacts`` (remote ids) that has one."""
    found: dict[str, Person] = {}
    for chunk in chunks(sorted(set(contacts))):
        rows = raw.execute(
            f"{_PEOPLE} AND s.remote_id IN ({marks(len(chunk))})",
            (crm.provider, Entity.CONTACT.value, *chunk),
        )
        found.update(_people(rows))
    return found


def _people(rows: Iterable[tuple[str, int, bytes, int]]) -> Iterable[tuple[str, Person]]:
    for remote_id, person_id, uid, account_id in rows:
        yield str(remote_id), (person_id, uid_text(uid), account_id)


class LinkEnds:
    """Both maps, read whole, for one kind's first pull.

    Kept across that pull's transactions while nobody else wrote to the store: an edit in
    the window between two of them may have deleted an account, so the next transaction
    reads the maps again. Writes in this process are numbered (:data:`~cs_desktop.db.
    WRITE_NUMBER`): the pull's next transaction is the one after its last if nobody else's
    came between. ``PRAGMA data_version`` tells of another process's, on the same
    connection. The pull itself writes only touchpoints meanwhile, which neither map holds.
    """

    def __init__(self, crm: Crm) -> None:
        self._crm = crm
        self._seen: tuple[sqlite3.Connection, int, int] | None = None
        self._accounts: dict[str, int] = {}
        self._people: dict[str, Person] = {}

    def accounts(self, session: Session, companies: Iterable[str]) -> dict[str, int]:
        self._refresh(session)
        return {c: self._accounts[c] for c in companies if c in self._accounts}

    def people(self, session: Session, contacts: Iterable[str]) -> dict[str, Person]:
        self._refresh(session)
        return {c: self._people[c] for c in contacts if c in self._people}

    def _refresh(self, session: Session) -> None:
        """Read both maps again unless nobody else wrote since they were read."""
        raw = dbapi(session)
        number = session.info[WRITE_NUMBER]
        version = raw.execute("PRAGMA data_version").fetchone()[0]
        seen = self._seen
        if (
            seen is None
            or seen[0] is not raw
            or seen[2] != version
            or number not in (seen[1], seen[1] + 1)
        ):
            provider = self._crm.provider
            self._accounts = dict(raw.execute(_ACCOUNTS, (provider, Entity.COMPANY.value)))
            self._people = dict(_people(raw.execute(_PEOPLE, (provider, Entity.CONTACT.value))))
        self._seen = (raw, number, version)

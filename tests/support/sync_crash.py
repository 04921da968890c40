"""Code of the kill -9 sync tests that also runs inside the child process.

The child is ``python -c`` importing :func:`edit_then_sync`: the workspace edits a user makes
(one transaction, through the app's edit functions), then ``cs-desktop sync``. Its keychain is
:class:`FileKeyring`, chosen through ``PYTHON_KEYRING_BACKEND`` so the real CLI finds the token.
"""

from __future__ import annotations

import json
import os
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend
from sqlalchemy import select

from cs_desktop import cli
from cs_desktop.db import Store, open_store
from cs_desktop.edits import TouchpointDraft, add_touchpoint, change_stage, remove_touchpoint
from cs_desktop.ids import AccountId, StakeholderId, TouchpointId
from cs_desktop.models import Account, Stage, Stakeholder, Touchpoint, TouchpointKind
from cs_desktop.sync import capture_edits

KEYRING_FILE_VAR = "CS_DESKTOP_TEST_KEYRING"
NEW_TOUCHPOINT = uuid.UUID("00000000-0000-4000-8000-000000000101")
NEW_STAKEHOLDER = uuid.UUID("00000000-0000-4000-8000-000000000102")


class FileKeyring(KeyringBackend):
    """A keychain in a JSON file named by ``$CS_DESKTOP_TEST_KEYRING`` (tests only)."""

    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ[KEYRING_FILE_VAR])

    def _items(self) -> dict[str, str]:
        path = self._path()
        items: dict[str, str] = json.loads(path.read_text()) if path.exists() else {}
        return items

    def get_password(self, service: str, username: str) -> str | None:
        return self._items().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._items()
        items[f"{service}|{username}"] = password
        self._path().write_text(json.dumps(items))

    def delete_password(self, service: str, username: str) -> None:
        items = self._items()
        items.pop(f"{service}|{username}", None)
        self._path().write_text(json.dumps(items))


def make_local_edits(store: Store) -> None:
    """One workspace transaction: a stage move, a rename, a new touchpoint with an attendee,
    a new stakeholder and a removed touchpoint, spread over three synced accounts."""
    with store.write() as session:
        ids = {name: AccountId(i) for i, name in session.execute(select(Account.id, Account.name))}
        change_stage(session, ids["Acme"], Stage.DELIVERY, "kick-off done")
        gamma = session.get(Account, ids["Gamma"])
        assert gamma is not None
        gamma.name = "Gamma (mine)"
        ann = session.scalars(select(Stakeholder).where(Stakeholder.name == "Ann Lee")).one()
        add_touchpoint(
            session,
            TouchpointDraft(
                account_id=ids["Acme"],
                kind=TouchpointKind.MEETING,
                occurred_at=datetime(2026, 2, 3, 10, tzinfo=UTC),
                title="Rollout review",
                notes="Two teams live.",
                attendee_ids=(StakeholderId(ann.id),),
                uid=NEW_TOUCHPOINT,
            ),
        )
        session.add(
            Stakeholder(
                uid=NEW_STAKEHOLDER, account_id=ids["Beta"], name="Cai Wu", email="cai@beta.test"
            )
        )
        demo = session.scalars(select(Touchpoint).where(Touchpoint.title == "Demo")).one()
        remove_touchpoint(session, TouchpointId(demo.id))


def edit_then_sync(store_path: Path) -> int:
    """What the child process does: edit, then sync through the real command line."""
    capture_edits()  # as the app does at start
    store = open_store(store_path)
    try:
        make_local_edits(store)
    finally:
        store.close()
    return cli.main(["--db", str(store_path), "sync"])


def json_of(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)

"""Which keychain entry holds a store's CRM secret: one per portal and store.

Older versions keyed the entry by the CRM's address only (``hubspot:https://api.hubapi.com``),
so every store on a computer shared it and connecting a second store overwrote the first
one's secret. Now the key also names the store (``...#store-3f9a0c1d2e4b``, an id kept in the
store's ``crm_connection`` row, so it follows the file when it moves). An entry under the old
key is still found, and copied to the store's own key on first read; the old entry stays
while another store on this computer may still read it, and goes when a store that holds the
same secret disconnects.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import update

from cs_desktop.db import Store
from cs_desktop.sync import credentials
from cs_desktop.sync.credentials import Secret
from cs_desktop.sync.state import CrmConnection

_STORE_MARK = "#store-"
_MIGRATION = uuid.UUID("0b6f3a52-8d0e-4f51-9c27-5a8e1d3c7b44")


def legacy_account(provider: str, base_url: str) -> str:
    """The key older versions used: the CRM's address only."""
    return f"{provider}:{base_url}"


def account_for(provider: str, base_url: str, previous: str | None = None) -> str:
    """The key for this portal and store: the store keeps its id across reconnects."""
    store_id = store_id_of(previous) if previous else None
    return f"{legacy_account(provider, base_url)}{_STORE_MARK}{store_id or uuid.uuid4().hex[:12]}"


def store_id_of(account: str) -> str | None:
    return account.rpartition(_STORE_MARK)[2] if _STORE_MARK in account else None


def load(store: Store, provider: str, base_url: str, account: str) -> tuple[str, Secret | None]:
    """The store's key and secret, moving a secret found under the old key to its own.

    Returns:
        The key now in use, and the secret (None when the keychain has none).
    """
    secret = credentials.load_secret(account)
    if secret is None or store_id_of(account) is not None:
        return account, secret
    # An entry of an older version. The same store path gives the same new key, so a
    # migration cut short is finished, not repeated under another key.
    store_id = uuid.uuid5(_MIGRATION, f"{account}|{Path(store.path).resolve()}").hex[:12]
    own = f"{legacy_account(provider, base_url)}{_STORE_MARK}{store_id}"
    try:
        credentials.save_secret(own, secret, allow_session_only=True)
    except credentials.CredentialsRefused:
        return account, secret  # keep reading the old entry; try again next time
    with store.write() as session:
        session.execute(
            update(CrmConnection)
            .where(CrmConnection.provider == provider, CrmConnection.account_name == account)
            .values(account_name=own)
        )
    return own, secret


def forget(provider: str, base_url: str, account: str) -> None:
    """Forget a store's secret, and the old shared entry too when it holds the same one."""
    secret = credentials.load_secret(account)
    credentials.delete_secret(account)
    legacy = legacy_account(provider, base_url)
    if legacy != account and secret is not None and credentials.load_secret(legacy) == secret:
        credentials.delete_secret(legacy)

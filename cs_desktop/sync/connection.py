"""Connecting a CRM and opening its adapter; secrets go to the keychain only."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete

from cs_desktop.coltypes import utc_now
from cs_desktop.db import Store
from cs_desktop.sync import capture_edits, credentials
from cs_desktop.sync.adapter import AuthRequired, Token
from cs_desktop.sync.capture import rescan
from cs_desktop.sync.crm import HUBSPOT, Crm
from cs_desktop.sync.deadlines import DEFAULT, Deadlines
from cs_desktop.sync.hubspot import HubSpotAdapter, HubSpotAuth, OAuthClient
from cs_desktop.sync.retry import RetryPolicy
from cs_desktop.sync.state import CrmConnection

HUBSPOT_URL = "https://api.hubapi.com"


@dataclass(frozen=True)
class Connected:
    provider: str
    persisted: bool  # False: the secret is kept for this session only
    queued: int  # local rows queued as creates


def connect_hubspot(
    store: Store,
    *,
    token: str | None = None,
    oauth: tuple[str, str, str] | None = None,
    base_url: str = HUBSPOT_URL,
    allow_session_only: bool = False,
) -> Connected:
    """Connect HubSpot with a private-app ``token`` or ``oauth`` (client id, secret, refresh
    token). Every existing account, stakeholder and touchpoint is queued as a create.

    Raises:
        credentials.CredentialsRefused: no safe keychain and session-only not allowed.
    """
    if (token is None) == (oauth is None):
        raise ValueError("give either a private-app token or OAuth credentials")
    account = f"{HUBSPOT.provider}:{base_url}"
    if oauth is not None:
        client_id, client_secret, refresh_token = oauth
        blob = {
            "client_id": client_id,
            "client_secret": client_secret,
            "refresh_token": refresh_token,
        }
    else:
        blob = {"access_token": str(token)}
    persisted = credentials.save_secret(
        account, json.dumps(blob), allow_session_only=allow_session_only
    )
    capture_edits()  # from now on, this process's edits are queued for the CRM
    with store.write() as session:
        session.execute(delete(CrmConnection).where(CrmConnection.provider == HUBSPOT.provider))
        session.add(
            CrmConnection(
                provider=HUBSPOT.provider,
                base_url=base_url,
                auth_kind="private_app" if token is not None else "oauth",
                account_name=account,
                connected_at=utc_now(),
            )
        )
        session.flush()
        queued = rescan(session.connection(), HUBSPOT.provider)
    return Connected(HUBSPOT.provider, persisted, queued)


def open_adapter(
    store: Store, *, retry: RetryPolicy | None = None, deadlines: Deadlines = DEFAULT
) -> HubSpotAdapter:
    """The adapter of the connected CRM, with tokens persisted as they rotate.

    Raises:
        AuthRequired: nothing connected, or the keychain lost the secret.
    """
    with store.read() as session:
        connection = session.get(CrmConnection, HUBSPOT.provider)
        if connection is None:
            raise AuthRequired("no CRM is connected; run 'cs-desktop crm connect hubspot'")
        account, base_url = connection.account_name, connection.base_url
        expires_at = connection.token_expires_at
    secret = credentials.load_secret(account)
    if secret is None:
        raise AuthRequired("the CRM credentials are not in the keychain; connect again")
    blob = json.loads(secret)
    client = None
    if "client_id" in blob:
        client = OAuthClient(blob["client_id"], blob["client_secret"])
    auth = HubSpotAuth(
        access_token=blob.get("access_token", ""),
        refresh_token=blob.get("refresh_token"),
        expires_at=expires_at,
        client=client,
    )

    def on_tokens(token: Token) -> None:
        # The rotated refresh token and its access token are saved together, before use.
        blob.update(access_token=token.access_token, refresh_token=token.refresh_token)
        credentials.save_secret(account, json.dumps(blob), allow_session_only=True)
        with store.write() as session:
            row = session.get(CrmConnection, HUBSPOT.provider)
            if row is not None:
                row.token_expires_at = token.expires_at

    adapter = HubSpotAdapter(base_url, auth, on_tokens=on_tokens, retry=retry, deadlines=deadlines)
    if client is not None and not auth.access_token:
        adapter.refresh_auth()
    return adapter


def disconnect(store: Store, crm: Crm = HUBSPOT) -> bool:
    """Forget the connection and its secret; True if one was connected.

    Edit capture stops with the connection. The outbox and sync records stay, so connecting
    the same CRM again sends what was waiting and what changed meanwhile.
    """
    with store.write() as session:
        connection = session.get(CrmConnection, crm.provider)
        if connection is None:
            return False
        account = connection.account_name
        session.delete(connection)
    credentials.delete_secret(account)
    return True

"""HubSpot's credentials in the shapes people type them: a private-app token, or an OAuth
app's ``(client id, client secret, refresh token)``; connected through the registry
(:func:`cs_desktop.sync.connection.connect`) like any CRM."""

from __future__ import annotations

from typing import Protocol

from cs_desktop.db import Store
from cs_desktop.sync.connection import (
    CHECK_DEADLINES,
    Connected,
    ConnectionCheck,
    check_credentials,
    connect,
)
from cs_desktop.sync.deadlines import Deadlines
from cs_desktop.sync.hubspot.provider import API_URL, PROVIDER
from cs_desktop.sync.providers import Credentials, Provider

HUBSPOT_URL = API_URL


class HubSpotVerify(Protocol):
    def __call__(
        self, base_url: str, *, token: str | None, oauth: tuple[str, str, str] | None
    ) -> ConnectionCheck: ...


def credentials_of(
    token: str | None = None, oauth: tuple[str, str, str] | None = None
) -> Credentials:
    """The registry's credentials for a private-app ``token`` or an ``oauth`` triple."""
    if (token is None) == (oauth is None):
        raise ValueError("give either a private-app token or OAuth credentials")
    if oauth is None:
        return Credentials(token=token)
    client_id, client_secret, refresh_token = oauth
    return Credentials(
        client_id=client_id, client_secret=client_secret, refresh_token=refresh_token
    )


def check_hubspot(
    base_url: str,
    *,
    token: str | None = None,
    oauth: tuple[str, str, str] | None = None,
    deadlines: Deadlines = CHECK_DEADLINES,
) -> ConnectionCheck:
    """:func:`~cs_desktop.sync.connection.check_credentials` for HubSpot."""
    return check_credentials(PROVIDER, base_url, credentials_of(token, oauth), deadlines=deadlines)


def connect_hubspot(
    store: Store,
    *,
    token: str | None = None,
    oauth: tuple[str, str, str] | None = None,
    base_url: str = HUBSPOT_URL,
    allow_session_only: bool = False,
    remember: bool = True,
    verify: HubSpotVerify | None = None,
) -> Connected:
    """:func:`~cs_desktop.sync.connection.connect` for HubSpot (see there)."""
    given = credentials_of(token, oauth)
    if verify is None:
        return connect(
            store,
            PROVIDER,
            given,
            base_url=base_url,
            allow_session_only=allow_session_only,
            remember=remember,
        )
    hubspot_verify = verify

    def checked(provider: Provider, base_url: str, credentials: Credentials) -> ConnectionCheck:
        return hubspot_verify(base_url, token=token, oauth=oauth)

    return connect(
        store,
        PROVIDER,
        given,
        base_url=base_url,
        allow_session_only=allow_session_only,
        remember=remember,
        verify=checked,
    )

"""HubSpot in the provider registry (:mod:`cs_desktop.sync.providers`): what it is called,
where its API is, how it signs in, and (imported on use) how its adapter is made and checked.

Light on purpose: the settings dialog reads :data:`PROVIDER` on the GUI thread, so nothing
here imports httpx at module level.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from cs_desktop.sync.hubspot.kinds import HUBSPOT
from cs_desktop.sync.providers import (
    Credentials,
    OAuthSpec,
    Provider,
    exchange_through_adapter,
)

if TYPE_CHECKING:
    from cs_desktop.sync.adapter import CrmAdapter, RateInfo, Token
    from cs_desktop.sync.deadlines import Deadlines
    from cs_desktop.sync.hubspot.adapter import HubSpotAdapter
    from cs_desktop.sync.retry import RetryPolicy

API_URL = "https://api.hubapi.com"
CONSENT_URL = "https://app.hubspot.com/oauth/authorize"
SCOPES = (
    "oauth",
    "crm.objects.companies.read",
    "crm.objects.companies.write",
    "crm.objects.contacts.read",
    "crm.objects.contacts.write",
    "crm.schemas.companies.write",
)

PROVIDER = Provider(
    crm=HUBSPOT,
    label="HubSpot",  # a product's name: the same in every language
    api_url=API_URL,
    parts="cs_desktop.sync.hubspot.provider",
    private_token=True,
    oauth=OAuthSpec(
        # The consent page is on app.hubspot.com; a sandbox serves its own.
        authorize_path="/oauth/authorize",
        token_path="/oauth/v3/token",  # v1 is being retired
        scopes=SCOPES,
        consent_url=CONSENT_URL,
        client_secret=True,
    ),
)


class HubSpotParts:
    """HubSpot's :class:`~cs_desktop.sync.providers.ProviderParts`."""

    def open_adapter(
        self,
        base_url: str,
        credentials: Credentials,
        *,
        access_token: str | None,
        expires_at: datetime | None,
        on_tokens: Callable[[Token], None],
        retry: RetryPolicy | None,
        deadlines: Deadlines,
    ) -> HubSpotAdapter:
        from cs_desktop.sync.hubspot.adapter import HubSpotAdapter
        from cs_desktop.sync.hubspot.client import HubSpotAuth, OAuthClient

        if credentials.token is not None:
            auth = HubSpotAuth(credentials.token)
        else:
            auth = HubSpotAuth(
                access_token=access_token or "",
                refresh_token=credentials.refresh_token,
                expires_at=expires_at,
                client=OAuthClient(str(credentials.client_id), credentials.client_secret or ""),
            )
        return HubSpotAdapter(base_url, auth, on_tokens=on_tokens, retry=retry, deadlines=deadlines)

    def verify(self, adapter: CrmAdapter) -> str | None:
        adapter.read("company", ["0"])  # any authorised read; the id need not exist
        return None  # the first sync creates the app's properties (the app's scopes allow it)

    def exchange_code(
        self,
        server_url: str,
        credentials: Credentials,
        code: str,
        verifier: str,
        redirect_uri: str,
        deadlines: Deadlines,
    ) -> Token:
        return exchange_through_adapter(
            self.open_adapter, server_url, credentials, code, verifier, redirect_uri, deadlines
        )

    def read_limits(self, headers: Mapping[str, str]) -> RateInfo:
        from cs_desktop.sync.hubspot.limits import read_limits

        return read_limits(headers)


PARTS = HubSpotParts()

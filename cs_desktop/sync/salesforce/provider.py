"""Salesforce in the provider registry (:mod:`cs_desktop.sync.providers`): its name, where the
browser signs in (production or sandbox orgs), and (imported on use) how its adapter is made,
checked and its limits read.

Light on purpose: the settings dialog reads :data:`PROVIDER` on the GUI thread, so nothing
here imports httpx at module level. A connection signs in through a connected app with
PKCE (no secret: "Require Secret for Web Server Flow" and "… for Refresh Token Flow" off);
the org's own address comes back with the tokens (``instance_url``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from cs_desktop.i18n import N_
from cs_desktop.sync.providers import (
    Credentials,
    OAuthSpec,
    Provider,
    SignInServer,
    exchange_through_adapter,
)
from cs_desktop.sync.salesforce.api import (
    AUTHORIZE_PATH,
    PRODUCTION_LOGIN,
    SANDBOX_LOGIN,
    TOKEN_PATH,
)
from cs_desktop.sync.salesforce.kinds import SALESFORCE

if TYPE_CHECKING:
    from cs_desktop.sync.adapter import CrmAdapter, RateInfo, Token
    from cs_desktop.sync.deadlines import Deadlines
    from cs_desktop.sync.retry import RetryPolicy
    from cs_desktop.sync.salesforce.adapter import SalesforceAdapter

SCOPES = ("api", "refresh_token")

PROVIDER = Provider(
    crm=SALESFORCE,
    label="Salesforce",  # a product's name: the same in every language
    api_url=None,  # each org's own, told with its tokens
    parts="cs_desktop.sync.salesforce.provider",
    private_token=False,
    oauth=OAuthSpec(
        authorize_path=AUTHORIZE_PATH,
        token_path=TOKEN_PATH,
        scopes=SCOPES,
        client_secret=False,
        servers=(
            SignInServer("production", PRODUCTION_LOGIN, N_("Production")),
            SignInServer("sandbox", SANDBOX_LOGIN, N_("Sandbox org")),
        ),
        consumer_key=True,
        # A connected app matches its callback exactly: the loopback port is fixed.
        callback="http://localhost:7717/callback",
    ),
)


class SalesforceParts:
    """Salesforce's :class:`~cs_desktop.sync.providers.ProviderParts`."""

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
    ) -> SalesforceAdapter:
        from cs_desktop.sync.salesforce.adapter import SalesforceAdapter
        from cs_desktop.sync.salesforce.client import SalesforceAuth

        auth = SalesforceAuth(
            access_token=access_token or credentials.token or "",
            refresh_token=credentials.refresh_token,
            instance_url=base_url,
            login_url=credentials.sign_in_url or base_url,
            client_id=credentials.client_id or "",
            client_secret=credentials.client_secret or "",
        )
        return SalesforceAdapter(auth, on_tokens=on_tokens, retry=retry, deadlines=deadlines)

    def verify(self, adapter: CrmAdapter) -> str | None:
        from cs_desktop.sync.salesforce.adapter import SalesforceAdapter

        assert isinstance(adapter, SalesforceAdapter)
        adapter.verify()
        return adapter.missing_fields_note()

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
        from cs_desktop.sync.salesforce.limits import read_limits

        return read_limits(headers)


PARTS = SalesforceParts()

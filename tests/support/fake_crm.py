"""A third CRM for the registry's tests: its own key, name and kinds, with an adapter that
talks to the HubSpot sandbox under that key. It is ONE registry entry and nothing else: what
connects, checks, syncs and shows it must find it through the registry alone."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from cs_desktop.sync.adapter import CrmAdapter, RateInfo, Token
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.deadlines import Deadlines
from cs_desktop.sync.hubspot import HubSpotAdapter, HubSpotAuth
from cs_desktop.sync.hubspot.limits import read_limits
from cs_desktop.sync.providers import Credentials, OAuthSpec, Provider, SignInServer
from cs_desktop.sync.retry import RetryPolicy

ACME = Crm("acmecrm", ("company", "contact", "note"))


class AcmeAdapter(HubSpotAdapter):
    crm = ACME


class AcmeParts:
    def __init__(self) -> None:
        self.opened: list[str] = []  # the addresses adapters were opened on
        self.verified = 0

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
    ) -> CrmAdapter:
        self.opened.append(base_url)
        auth = HubSpotAuth(str(credentials.token))
        return AcmeAdapter(base_url, auth, on_tokens=on_tokens, retry=retry, deadlines=deadlines)

    def verify(self, adapter: CrmAdapter) -> str | None:
        self.verified += 1
        adapter.read("company", ["0"])
        return None

    def exchange_code(
        self,
        server_url: str,
        credentials: Credentials,
        code: str,
        verifier: str,
        redirect_uri: str,
        deadlines: Deadlines,
    ) -> Token:
        raise NotImplementedError  # signs in with a token only

    def read_limits(self, headers: Mapping[str, str]) -> RateInfo:
        return read_limits(headers)


PARTS = AcmeParts()
PROVIDER = Provider(
    crm=ACME,
    label="Acme CRM",
    api_url="https://api.acme-crm.example",
    parts=__name__,
    private_token=True,
    oauth=None,
)

# A CRM shaped as one that signs in apart from its API, at an organization's server, with a
# public OAuth client (a consumer key, PKCE, no secret): for the settings dialog's fields.
ORGS = Crm("orgcrm", ("company", "contact"))
ORG_PROVIDER = Provider(
    crm=ORGS,
    label="Org CRM",
    api_url=None,
    parts=__name__,
    private_token=False,
    oauth=OAuthSpec(
        authorize_path="/services/oauth2/authorize",
        token_path="/services/oauth2/token",
        scopes=("api", "refresh_token"),
        client_secret=False,
        servers=(
            SignInServer("production", "https://login.org-crm.example", "Production"),
            SignInServer("sandbox", "https://test.org-crm.example", "Sandbox org"),
        ),
        consumer_key=True,
    ),
)

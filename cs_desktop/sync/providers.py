"""The CRMs the app can sync with: ONE registry that connecting, the online check, the CLI,
the settings dialog, status and sign-in look a CRM up in.

A :class:`Provider` is light (names, addresses, how it signs in): the settings dialog reads it
on the GUI thread without loading httpx. What does network work (opening its adapter, checking
credentials, exchanging a sign-in code, reading its limit headers) is the provider's
:class:`ProviderParts`, in its own package, imported on first use.

Adding a CRM: a package with its adapter and a ``provider`` module defining ``PROVIDER`` (this
module's :class:`Provider`) and ``PARTS``; then one line in :data:`_REGISTERED`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Protocol

from cs_desktop.sync.crm import Crm

if TYPE_CHECKING:
    from cs_desktop.sync.adapter import CrmAdapter, RateInfo, Token
    from cs_desktop.sync.deadlines import Deadlines
    from cs_desktop.sync.retry import RetryPolicy

AuthKind = Literal["private_app", "oauth"]


@dataclass(frozen=True)
class SignInServer:
    """A server the browser signs in at when it is not the API's own address (Salesforce:
    ``login.salesforce.com`` for production orgs, ``test.salesforce.com`` for sandboxes).

    Attributes:
        key: what the choice is stored and typed as (``production``, ``sandbox``).
        label: its name for the user, marked with ``N_`` and translated where shown.
    """

    key: str
    url: str
    label: str


@dataclass(frozen=True)
class OAuthSpec:
    """How a CRM signs in through the browser (OAuth 2.0 authorization code with PKCE).

    Attributes:
        consent_url: the consent page of the real service, used when the browser signs in
            at its default address (HubSpot's is on another host than its API); else the
            sign-in server's ``authorize_path``.
        client_secret: whether the app has a secret; False for a public client that relies
            on PKCE alone (a Salesforce connected app's consumer key).
        servers: where the browser may sign in, when that is not the API address; the API
            address then comes back with the tokens (``instance_url``).
        consumer_key: the CRM calls the app's client ID its consumer key (a Salesforce
            connected app's); the fields say so.
        callback: the redirect address the CRM matches exactly against its app's settings
            (Salesforce: ``http://localhost:7717/callback``); None: a loopback port the system
            picks (RFC 8252).
    """

    authorize_path: str
    token_path: str
    scopes: tuple[str, ...]
    consent_url: str | None = None
    client_secret: bool = True
    servers: tuple[SignInServer, ...] = ()
    consumer_key: bool = False
    callback: str | None = None


@dataclass(frozen=True)
class Credentials:
    """What a connection signs in with: a private-app token, or an OAuth app's refresh token.

    Attributes:
        sign_in_url: the server that issued the refresh token and refreshes it, when that is
            not the API address (kept in the connection record, not in the keychain).
    """

    token: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    refresh_token: str | None = None
    sign_in_url: str | None = None

    def __post_init__(self) -> None:
        if (self.token is None) == (self.client_id is None):
            raise ValueError("give either a private-app token or OAuth credentials")

    def __repr__(self) -> str:  # never the secrets
        return f"Credentials(kind={self.kind!r}, sign_in_url={self.sign_in_url!r})"

    @property
    def kind(self) -> AuthKind:
        return "private_app" if self.token is not None else "oauth"

    def secret(self) -> dict[str, str]:
        """What the keychain keeps (the format older versions kept too)."""
        if self.token is not None:
            return {"access_token": self.token}
        kept = {"client_id": str(self.client_id), "refresh_token": self.refresh_token or ""}
        if self.client_secret is not None:
            kept["client_secret"] = self.client_secret
        return kept

    @classmethod
    def from_secret(cls, kept: Mapping[str, str], sign_in_url: str | None = None) -> Credentials:
        """The credentials of a keychain entry written by :meth:`secret`."""
        if "client_id" not in kept:
            return cls(token=kept.get("access_token", ""))
        return cls(
            client_id=kept["client_id"],
            client_secret=kept.get("client_secret"),
            refresh_token=kept.get("refresh_token"),
            sign_in_url=sign_in_url,
        )


class ProviderParts(Protocol):
    """The network half of a provider, in its package (imported on first use)."""

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
        """Its adapter on ``base_url`` (the API address; the ``instance_url``).

        Args:
            access_token: an access token kept from before (OAuth), else None.
            on_tokens: persists a refreshed (possibly rotated) token pair, before use.
        """
        ...

    def verify(self, adapter: CrmAdapter) -> str | None:
        """One authenticated request proving the credentials (connect's check); raises a
        :class:`~cs_desktop.sync.adapter.CrmError` when refused. What the user should know
        before the first sync (the org's missing fields), or None; it writes nothing."""
        ...

    def exchange_code(
        self,
        server_url: str,
        credentials: Credentials,
        code: str,
        verifier: str,
        redirect_uri: str,
        deadlines: Deadlines,
    ) -> Token:
        """Tokens for a browser sign-in's code (with its PKCE verifier), from ``server_url``."""
        ...

    def read_limits(self, headers: Mapping[str, str]) -> RateInfo:
        """The neutral limit figures a response's headers carry (empty when none)."""
        ...


class _ExchangesCodes(Protocol):
    def exchange_code(self, code: str, verifier: str, redirect_uri: str) -> Token: ...
    def close(self) -> None: ...


def exchange_through_adapter(
    open_adapter: Callable[..., _ExchangesCodes],
    server_url: str,
    credentials: Credentials,
    code: str,
    verifier: str,
    redirect_uri: str,
    deadlines: Deadlines,
) -> Token:
    """:meth:`ProviderParts.exchange_code` for a CRM whose adapter exchanges the code: one
    adapter without tokens, opened for the exchange alone (one retry)."""
    from cs_desktop.sync.retry import RetryPolicy

    adapter = open_adapter(
        server_url,
        credentials,
        access_token=None,
        expires_at=None,
        on_tokens=lambda token: None,
        retry=RetryPolicy(max_attempts=2),
        deadlines=deadlines,
    )
    try:
        return adapter.exchange_code(code, verifier, redirect_uri)
    finally:
        adapter.close()


@dataclass(frozen=True)
class Provider:
    """A CRM the app can connect: everything the app asks of it beyond the adapter.

    Attributes:
        crm: its provider key (the sync tables' ``provider`` value) and the kinds it syncs.
        label: its name for the user: a brand, the same in every language.
        api_url: its API's address by default; None when it comes with the tokens (a
            Salesforce org's ``instance_url``).
        private_token: whether it can connect with a private-app token.
        oauth: how it signs in through the browser, if it can.
        parts: the module holding ``PARTS``, its :class:`ProviderParts`.
    """

    crm: Crm
    label: str
    api_url: str | None
    parts: str
    private_token: bool = True
    oauth: OAuthSpec | None = None

    @property
    def key(self) -> str:
        return self.crm.provider

    @property
    def auth_kinds(self) -> tuple[AuthKind, ...]:
        kinds: list[AuthKind] = ["private_app"] if self.private_token else []
        return (*kinds, "oauth") if self.oauth is not None else tuple(kinds)

    def load(self) -> ProviderParts:
        """Its network half (imports its package, httpx with it)."""
        parts: ProviderParts = importlib.import_module(self.parts).PARTS
        return parts

    def server(self, key: str) -> SignInServer:
        """The sign-in server stored or typed as ``key``.

        Raises:
            KeyError: the provider has no such server.
        """
        servers = self.oauth.servers if self.oauth is not None else ()
        for server in servers:
            if server.key == key:
                return server
        raise KeyError(key)


# One line per CRM: the module defining its PROVIDER. The first is the default.
_REGISTERED: list[str] = [
    "cs_desktop.sync.hubspot.provider",
    "cs_desktop.sync.salesforce.provider",
]
_ADDED: dict[str, Provider] = {}


def _registered() -> dict[str, Provider]:
    found: dict[str, Provider] = {}
    for module in _REGISTERED:
        provider: Provider = importlib.import_module(module).PROVIDER
        found[provider.key] = provider
    return {**found, **_ADDED}


def all_providers() -> tuple[Provider, ...]:
    """Every CRM the app can connect, the default first."""
    return tuple(_registered().values())


def provider_keys() -> tuple[str, ...]:
    """The keys typed on the command line (``crm connect KEY``)."""
    return tuple(_registered())


def provider_named(key: str) -> Provider:
    """The CRM a stored or typed ``provider`` value names.

    Raises:
        KeyError: no such CRM is registered (a store written by a newer version).
    """
    return _registered()[key]


def crm_named(key: str) -> Crm:
    """The :class:`Crm` a stored ``provider`` value names (a connection's, a conflict's)."""
    return provider_named(key).crm


def default_provider() -> Provider:
    return all_providers()[0]


def register(provider: Provider) -> Callable[[], None]:
    """Add a CRM at run time (a test's fake one); returns what removes it again."""
    _ADDED[provider.key] = provider

    def remove() -> None:
        _ADDED.pop(provider.key, None)

    return remove

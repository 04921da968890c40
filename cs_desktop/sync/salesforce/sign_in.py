"""Signing in to Salesforce through the browser (OAuth 2.0 web-server flow with PKCE and a
loopback redirect, :func:`cs_desktop.sync.oauth.browser_grant`).

The connected app's callback URL is ``http://localhost:7717/callback``: Salesforce matches
the redirect exactly, so the port is fixed. Production orgs sign in at
``login.salesforce.com``, sandbox orgs at ``test.salesforce.com`` (or a My Domain address);
the token endpoint answers with the org's own address (``instance_url``), kept with the
refresh token.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cs_desktop.i18n import _
from cs_desktop.sync.adapter import AuthRequired
from cs_desktop.sync.addresses import checked_base_url
from cs_desktop.sync.oauth import EXCHANGE_DEADLINES, WAIT_S, SignInFailed, browser_grant
from cs_desktop.sync.retry import RetryPolicy
from cs_desktop.sync.salesforce.api import AUTHORIZE_PATH
from cs_desktop.sync.salesforce.client import SalesforceAuth, SalesforceClient

CALLBACK_PORT = 7717
CALLBACK_HOST = "localhost"
SCOPES = ("api", "refresh_token")


@dataclass(frozen=True)
class SalesforceCredentials:
    """What a Salesforce connection keeps (the refresh token goes to the keychain)."""

    instance_url: str
    login_url: str
    client_id: str
    client_secret: str
    refresh_token: str

    def __repr__(self) -> str:
        return f"SalesforceCredentials(instance_url={self.instance_url!r})"


def sign_in(
    login_url: str,
    client_id: str,
    client_secret: str = "",
    *,
    open_browser: Callable[[str], None],
    cancelled: Callable[[], bool] = lambda: False,
    timeout_s: float = WAIT_S,
    port: int = CALLBACK_PORT,
) -> SalesforceCredentials:
    """Sign in through the browser at ``login_url``; the credentials a connection keeps.

    Raises:
        BadAddress: the address cannot be used.
        SignInCancelled: the user cancelled.
        SignInFailed: access not granted, no answer in time, or the code refused.
        CrmError: the token endpoint could not be reached.
    """
    login = checked_base_url(login_url)
    grant = browser_grant(
        login + AUTHORIZE_PATH,
        {"client_id": client_id, "scope": " ".join(SCOPES)},
        crm="Salesforce",
        open_browser=open_browser,
        cancelled=cancelled,
        timeout_s=timeout_s,
        port=port,
        host=CALLBACK_HOST if port else "127.0.0.1",
    )
    client = SalesforceClient(
        SalesforceAuth("", None, login, login, client_id, client_secret),
        on_tokens=lambda token: None,
        retry=RetryPolicy(max_attempts=2),
        deadlines=EXCHANGE_DEADLINES,
    )
    try:
        token = client.exchange_code(grant.code, grant.verifier, grant.redirect_uri)
        instance_url = client.auth.instance_url
    except AuthRequired as refused:
        raise SignInFailed(str(refused)) from None
    finally:
        client.close()
    if not token.refresh_token:
        raise SignInFailed(
            _(
                "Salesforce sent no refresh token (the connected app needs the refresh_token "
                "scope); sign in again"
            )
        )
    return SalesforceCredentials(
        checked_base_url(instance_url), login, client_id, client_secret, token.refresh_token
    )

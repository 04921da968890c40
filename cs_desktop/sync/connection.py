"""Connecting a CRM and opening its adapter; secrets go to the keychain only.

Nothing is saved before the address is checked (:mod:`cs_desktop.sync.addresses`) and the
CRM has accepted the credentials with one authenticated request: a wrong token or address
is refused with a message, and the store and the keychain stay as they were.

Keychain entries are keyed by portal and store (:mod:`cs_desktop.sync.secret_keys`), so two
stores connected to one portal each keep their own secret.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import delete

from cs_desktop.coltypes import utc_now
from cs_desktop.db import Store
from cs_desktop.i18n import _
from cs_desktop.sync import capture_edits, credentials, messages, secret_keys
from cs_desktop.sync.adapter import (
    AuthRequired,
    BadReply,
    CrmError,
    DailyLimitReached,
    NotAnswering,
    RateLimited,
    TimedOut,
    Token,
    Transient,
    WebPage,
)
from cs_desktop.sync.addresses import BadAddress, checked_base_url
from cs_desktop.sync.capture import rescan
from cs_desktop.sync.crm import HUBSPOT, Crm
from cs_desktop.sync.deadlines import DEFAULT, Deadlines
from cs_desktop.sync.hubspot import HubSpotAdapter, HubSpotAuth, OAuthClient
from cs_desktop.sync.outbox import waiting
from cs_desktop.sync.retry import RetryPolicy
from cs_desktop.sync.state import CrmConnection

HUBSPOT_URL = "https://api.hubapi.com"
# A check is one request a person waits for: it gives up sooner than a sync.
CHECK_DEADLINES = Deadlines(read_s=10.0, request_s=10.0, stall_s=15.0)


class NotConnected(CrmError):
    """The CRM was not connected (the credentials or the address were refused, or could not
    be checked); nothing was saved. The message says why and what to do."""


@dataclass(frozen=True)
class Connected:
    provider: str
    persisted: bool  # False: the secret is kept for this session only
    # Changes waiting to be sent once connected (the existing rows' creates and links,
    # and whatever waited from before): the count the status bar shows, :func:`.waiting`.
    waiting: int


@dataclass(frozen=True)
class ConnectionCheck:
    """The answer to "Test connection".

    Attributes:
        refresh_token: the OAuth refresh token to keep from now on when the CRM rotated it
            during the test (the one typed in is then dead), else None.
    """

    ok: bool
    message: str
    refresh_token: str | None = None


class Verify(Protocol):
    def __call__(
        self, base_url: str, *, token: str | None, oauth: tuple[str, str, str] | None
    ) -> ConnectionCheck: ...


def check_hubspot(
    base_url: str,
    *,
    token: str | None = None,
    oauth: tuple[str, str, str] | None = None,
    deadlines: Deadlines = CHECK_DEADLINES,
) -> ConnectionCheck:
    """Whether HubSpot at ``base_url`` accepts these credentials, with one authenticated
    request (OAuth: after the token refresh); nothing is stored or written."""
    if (token is None) == (oauth is None):
        raise ValueError("give either a private-app token or OAuth credentials")
    try:
        url = checked_base_url(base_url)
    except BadAddress as error:
        return ConnectionCheck(False, str(error))
    if oauth is not None:
        client_id, client_secret, refresh_token = oauth
        auth = HubSpotAuth("", refresh_token, client=OAuthClient(client_id, client_secret))
    else:
        auth = HubSpotAuth(str(token))
    rotated: list[Token] = []
    adapter = HubSpotAdapter(
        url, auth, on_tokens=rotated.append, retry=RetryPolicy(max_attempts=1), deadlines=deadlines
    )
    try:
        if oauth is not None:
            adapter.refresh_auth()
        adapter.read("company", ["0"])  # any authorised read; the id need not exist
    except CrmError as error:
        return _checked(False, _check_failure(url, error, oauth is not None, deadlines), rotated)
    finally:
        adapter.close()
    return _checked(True, _(messages.CREDENTIALS_OK).format(url=url), rotated)


def _check_failure(url: str, error: CrmError, oauth: bool, deadlines: Deadlines) -> str:
    if isinstance(error, AuthRequired):
        return (_(messages.OAUTH_REFUSED) if oauth else _(messages.TOKEN_REFUSED)).format(url=url)
    if isinstance(error, RateLimited) and not isinstance(error, DailyLimitReached):
        return _(messages.CHECK_RATE_LIMITED).format(url=url, seconds=f"{error.retry_after_s:.0f}")
    if isinstance(error, TimedOut | NotAnswering):
        return _(messages.CHECK_NO_ANSWER).format(url=url, seconds=f"{deadlines.request_s:g}")
    if isinstance(error, Transient):
        return _(messages.CHECK_OFFLINE).format(url=url)
    if isinstance(error, WebPage):
        return _(messages.CHECK_WEB_PAGE).format(url=url)
    detail = _("its reply could not be read") if isinstance(error, BadReply) else str(error)
    return _(messages.CHECK_NOT_HUBSPOT).format(url=url, detail=detail)


def _checked(ok: bool, message: str, rotated: list[Token]) -> ConnectionCheck:
    new_refresh = rotated[-1].refresh_token if rotated else None
    return ConnectionCheck(ok, message, new_refresh)


def connect_hubspot(
    store: Store,
    *,
    token: str | None = None,
    oauth: tuple[str, str, str] | None = None,
    base_url: str = HUBSPOT_URL,
    allow_session_only: bool = False,
    remember: bool = True,
    verify: Verify = check_hubspot,
) -> Connected:
    """Connect HubSpot with a private-app ``token`` or ``oauth`` (client id, secret, refresh
    token), once the address and the credentials are checked. Every existing synced row is
    queued as a create (with its links), set-based: tens of thousands in a second or two.

    Args:
        remember: False keeps the credentials nowhere, not even for the session: the caller
            syncs once with them (:func:`open_adapter`'s ``token``), as on a computer
            without a keychain.
        verify: checks the credentials against the CRM (one request); tests may stub it.

    Raises:
        BadAddress: the address cannot be used; nothing was saved.
        NotConnected: the CRM refused the credentials or could not be reached; nothing was
            saved.
        credentials.CredentialsRefused: no safe keychain and session-only not allowed.
    """
    if (token is None) == (oauth is None):
        raise ValueError("give either a private-app token or OAuth credentials")
    url = checked_base_url(base_url)
    status = credentials.keychain_status()
    if remember and not status.secure and not allow_session_only:
        raise credentials.CredentialsRefused(status.reason)  # before anything goes out
    check = verify(url, token=token, oauth=oauth)
    if not check.ok:
        raise NotConnected(check.message)
    if oauth is not None and check.refresh_token:
        oauth = _with_refresh(oauth, check.refresh_token)  # the typed one is dead now
    if oauth is not None:
        client_id, client_secret, refresh_token = oauth
        blob = {
            "client_id": client_id,
            "client_secret": client_secret,
            "refresh_token": refresh_token,
        }
    else:
        blob = {"access_token": str(token)}
    with store.read() as session:
        previous = session.get(CrmConnection, HUBSPOT.provider)
        before = None if previous is None else (previous.account_name, previous.base_url)
    account = secret_keys.account_for(HUBSPOT.provider, url, before and before[0])
    persisted = remember and credentials.save_secret(
        account, json.dumps(blob), allow_session_only=allow_session_only
    )
    capture_edits()  # from now on, this process's edits are queued for the CRM
    with store.write() as session:
        session.execute(delete(CrmConnection).where(CrmConnection.provider == HUBSPOT.provider))
        session.add(
            CrmConnection(
                provider=HUBSPOT.provider,
                base_url=url,
                auth_kind="private_app" if token is not None else "oauth",
                account_name=account,
                connected_at=utc_now(),
            )
        )
        session.flush()
        rescan(session.connection(), HUBSPOT.provider)
        left = waiting(session.connection(), HUBSPOT.provider)
    if before is not None and before[0] != account:
        secret_keys.forget(HUBSPOT.provider, before[1], before[0])
    return Connected(HUBSPOT.provider, persisted, left)


def _with_refresh(oauth: tuple[str, str, str], refresh_token: str) -> tuple[str, str, str]:
    client_id, client_secret, _old_token = oauth
    return client_id, client_secret, refresh_token


def open_adapter(
    store: Store,
    *,
    retry: RetryPolicy | None = None,
    deadlines: Deadlines = DEFAULT,
    token: str | None = None,
) -> HubSpotAdapter:
    """The adapter of the connected CRM, with tokens persisted as they rotate.

    Args:
        token: a private-app token to use instead of the keychain's secret, for this adapter
            only: it is neither read from nor written to the keychain.

    Raises:
        AuthRequired: nothing connected, or the keychain lost the secret.
    """
    with store.read() as session:
        connection = session.get(CrmConnection, HUBSPOT.provider)
        if connection is None:
            raise AuthRequired(_("no CRM is connected; run 'cs-desktop crm connect hubspot'"))
        account, base_url = connection.account_name, connection.base_url
        expires_at = connection.token_expires_at
    if token is not None:
        auth = HubSpotAuth(credentials.Secret(token))
        return HubSpotAdapter(base_url, auth, retry=retry, deadlines=deadlines)
    account, secret = secret_keys.load(store, HUBSPOT.provider, base_url, account)
    if secret is None:
        raise AuthRequired(_("the CRM credentials are not in the keychain; connect again"))
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
        account, base_url = connection.account_name, connection.base_url
        session.delete(connection)
    secret_keys.forget(crm.provider, base_url, account)
    return True

"""Connecting a CRM and opening its adapter; secrets go to the keychain only.

Every CRM is looked up in the registry (:mod:`cs_desktop.sync.providers`): nothing here knows
one CRM from another. Nothing is saved before the address is checked
(:mod:`cs_desktop.sync.addresses`) and the CRM has accepted the credentials with one
authenticated request: a wrong token or address is refused with a message, and the store and
the keychain stay as they were.

The connection record keeps the API address (``base_url``: a Salesforce org's
``instance_url``, which comes back with its tokens) apart from the server that signs in and
refreshes them (``sign_in_url``: ``login.salesforce.com`` or ``test.salesforce.com``).

Keychain entries are keyed by portal and store (:mod:`cs_desktop.sync.secret_keys`), so two
stores connected to one portal each keep their own secret.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Protocol

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cs_desktop.coltypes import utc_now
from cs_desktop.db import Store
from cs_desktop.i18n import _
from cs_desktop.sync import capture_edits, messages, secret_keys
from cs_desktop.sync import credentials as keychain
from cs_desktop.sync.adapter import (
    AuthRequired,
    BadReply,
    CrmAdapter,
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
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.deadlines import DEFAULT, Deadlines
from cs_desktop.sync.outbox import waiting
from cs_desktop.sync.providers import Credentials, Provider, default_provider, provider_named
from cs_desktop.sync.retry import RetryPolicy
from cs_desktop.sync.state import CrmConnection

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
    base_url: str = ""  # the API address kept (a Salesforce org's instance_url)
    note: str | None = None  # what the check found to tell before the first sync


@dataclass(frozen=True)
class ConnectionCheck:
    """The answer to "Test connection".

    Attributes:
        refresh_token: the OAuth refresh token to keep from now on when the CRM rotated it
            during the test (the one typed in is then dead), else None.
        instance_url: the API address that came with the tokens, when the CRM names one.
        note: what the user should know before the first sync, also at the end of
            ``message`` (a Salesforce org's missing custom fields).
    """

    ok: bool
    message: str
    refresh_token: str | None = None
    instance_url: str | None = None
    note: str | None = None  # what to know before the first sync (the org's missing fields)


class Verify(Protocol):
    def __call__(
        self, provider: Provider, base_url: str, credentials: Credentials
    ) -> ConnectionCheck: ...


def connected_provider(session: Session) -> tuple[Provider, CrmConnection] | None:
    """The connected CRM's registry entry and connection record, or None.

    Raises:
        AuthRequired: the store is connected to a CRM this version does not know (one a
            newer version connected): connecting again here is the way on.
    """
    row = session.scalars(select(CrmConnection).limit(1)).first()
    if row is None:
        return None
    try:
        return provider_named(row.provider), row
    except KeyError:
        raise AuthRequired(
            _(
                "this store is connected to “{crm}”, a CRM this version of the app does not "
                "know; connect a CRM again"
            ).format(crm=row.provider)
        ) from None


def check_credentials(
    provider: Provider,
    base_url: str,
    credentials: Credentials,
    *,
    deadlines: Deadlines = CHECK_DEADLINES,
) -> ConnectionCheck:
    """Whether the CRM at ``base_url`` accepts these credentials, with one authenticated
    request (OAuth: after the token refresh); nothing is stored or written."""
    try:
        url = checked_base_url(base_url)
        if credentials.sign_in_url is not None:
            checked_base_url(credentials.sign_in_url)
    except BadAddress as error:
        return ConnectionCheck(False, str(error))
    rotated: list[Token] = []
    oauth = credentials.kind == "oauth"
    try:
        adapter = provider.load().open_adapter(
            url,
            credentials,
            access_token=None,
            expires_at=None,
            on_tokens=rotated.append,
            retry=RetryPolicy(max_attempts=1),
            deadlines=deadlines,
        )
    except CrmError as error:
        return ConnectionCheck(False, str(error))
    try:
        if oauth:
            adapter.refresh_auth()
        note = provider.load().verify(adapter)
    except CrmError as error:
        message = _check_failure(provider, url, error, oauth, deadlines)
        return _checked(False, message, rotated)
    finally:
        adapter.close()
    instance = rotated[-1].instance_url if rotated else None
    ok = _(messages.CREDENTIALS_OK).format(crm=provider.label, url=instance or url)
    return replace(_checked(True, ok if note is None else f"{ok} {note}", rotated), note=note)


def _check_failure(
    provider: Provider, url: str, error: CrmError, oauth: bool, deadlines: Deadlines
) -> str:
    crm = provider.label
    if isinstance(error, AuthRequired):
        refused = messages.OAUTH_REFUSED if oauth else messages.TOKEN_REFUSED
        return _(refused).format(crm=crm, url=url)
    if isinstance(error, RateLimited) and not isinstance(error, DailyLimitReached):
        seconds = f"{error.retry_after_s:.0f}"
        return _(messages.CHECK_RATE_LIMITED).format(crm=crm, url=url, seconds=seconds)
    if isinstance(error, TimedOut | NotAnswering):
        return _(messages.CHECK_NO_ANSWER).format(url=url, seconds=f"{deadlines.request_s:g}")
    if isinstance(error, Transient):
        return _(messages.CHECK_OFFLINE).format(url=url)
    if isinstance(error, WebPage):
        return _(messages.CHECK_WEB_PAGE).format(url=url)
    detail = _("its reply could not be read") if isinstance(error, BadReply) else str(error)
    return _(messages.CHECK_NOT_THE_CRM).format(crm=crm, url=url, detail=detail)


def _checked(ok: bool, message: str, rotated: list[Token]) -> ConnectionCheck:
    new_refresh = rotated[-1].refresh_token if rotated else None
    instance = rotated[-1].instance_url if rotated else None
    return ConnectionCheck(ok, message, new_refresh, instance)


def connect(
    store: Store,
    provider: Provider,
    credentials: Credentials,
    *,
    base_url: str | None = None,
    allow_session_only: bool = False,
    remember: bool = True,
    verify: Verify = check_credentials,
) -> Connected:
    """Connect ``provider`` with these credentials, once the address and the credentials are
    checked. Every existing synced row is queued as a create (with its links), set-based:
    tens of thousands in a second or two. A store syncs with one CRM: connecting another
    one replaces the connection (the other CRM's outbox and records stay, keyed by it).

    Args:
        base_url: the API address; by default the provider's (or, for a CRM whose address
            comes with its tokens, the sign-in server until they tell it).
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
    url = checked_base_url(_address(provider, credentials, base_url))
    if credentials.sign_in_url is not None:
        credentials = replace(credentials, sign_in_url=checked_base_url(credentials.sign_in_url))
    status = keychain.keychain_status()
    if remember and not status.secure and not allow_session_only:
        raise keychain.CredentialsRefused(status.reason)  # before anything goes out
    check = verify(provider, url, credentials)
    if not check.ok:
        raise NotConnected(check.message)
    if check.refresh_token and credentials.kind == "oauth":
        credentials = replace(credentials, refresh_token=check.refresh_token)  # typed: dead
    if check.instance_url:
        url = checked_base_url(check.instance_url)
    key = provider.key
    with store.read() as session:
        previous = session.scalars(select(CrmConnection).limit(1)).first()
        before = (
            None
            if previous is None
            else (previous.provider, previous.base_url, previous.account_name)
        )
    # The store keeps its keychain id across reconnects to the same CRM.
    kept_id = before[2] if before is not None and before[0] == key else None
    account = secret_keys.account_for(key, url, kept_id)
    persisted = remember and keychain.save_secret(
        account, json.dumps(credentials.secret()), allow_session_only=allow_session_only
    )
    capture_edits()  # from now on, this process's edits are queued for the CRM
    with store.write() as session:
        session.execute(delete(CrmConnection))  # a store syncs with one CRM at a time
        session.add(
            CrmConnection(
                provider=key,
                base_url=url,
                sign_in_url=credentials.sign_in_url,
                auth_kind=credentials.kind,
                account_name=account,
                connected_at=utc_now(),
            )
        )
        session.flush()
        rescan(session.connection(), key)
        left = waiting(session.connection(), key)
    if before is not None and before[2] != account:
        secret_keys.forget(before[0], before[1], before[2])
    return Connected(key, persisted, left, url, check.note)


def _address(provider: Provider, credentials: Credentials, base_url: str | None) -> str:
    """The API address to check: the one given, else the provider's, else (for a CRM whose
    address comes with its tokens) the sign-in server's until the tokens tell it."""
    if base_url:
        return base_url
    if provider.api_url is not None:
        return provider.api_url
    if credentials.sign_in_url is not None:
        return credentials.sign_in_url
    servers = provider.oauth.servers if provider.oauth is not None else ()
    if servers:
        return servers[0].url
    raise BadAddress(_(messages.NOT_A_URL).format(url=""))


def open_adapter(
    store: Store,
    *,
    retry: RetryPolicy | None = None,
    deadlines: Deadlines = DEFAULT,
    token: str | None = None,
) -> CrmAdapter:
    """The adapter of the connected CRM, with tokens persisted as they rotate.

    Args:
        token: a private-app token to use instead of the keychain's secret, for this adapter
            only: it is neither read from nor written to the keychain.

    Raises:
        AuthRequired: nothing connected, or the keychain lost the secret.
    """
    with store.read() as session:
        found = connected_provider(session)
        if found is None:
            command = f"cs-desktop crm connect {default_provider().key}"
            raise AuthRequired(_("no CRM is connected; run '{command}'").format(command=command))
        provider, connection = found
        account, base_url = connection.account_name, connection.base_url
        sign_in_url, expires_at = connection.sign_in_url, connection.token_expires_at
    parts = provider.load()
    if token is not None:
        return parts.open_adapter(
            base_url,
            Credentials(token=keychain.Secret(token)),
            access_token=None,
            expires_at=None,
            on_tokens=lambda token: None,
            retry=retry,
            deadlines=deadlines,
        )
    account, secret = secret_keys.load(store, provider.key, base_url, account)
    if secret is None:
        raise AuthRequired(_("the CRM credentials are not in the keychain; connect again"))
    blob = json.loads(secret)
    credentials = Credentials.from_secret(blob, sign_in_url)

    def on_tokens(token: Token) -> None:
        # The rotated refresh token and its access token are saved together, before use.
        blob.update(access_token=token.access_token, refresh_token=token.refresh_token)
        keychain.save_secret(account, json.dumps(blob), allow_session_only=True)
        with store.write() as session:
            row = session.get(CrmConnection, provider.key)
            if row is not None:
                row.token_expires_at = token.expires_at

    kept_access = blob.get("access_token") if credentials.kind == "oauth" else None
    adapter = parts.open_adapter(
        base_url,
        credentials,
        access_token=kept_access,
        expires_at=expires_at,
        on_tokens=on_tokens,
        retry=retry,
        deadlines=deadlines,
    )
    if credentials.kind == "oauth" and not kept_access:
        adapter.refresh_auth()
    return adapter


def disconnect(store: Store, crm: Crm | None = None) -> str | None:
    """Forget the connection (of ``crm``, else whichever is connected) and its secret.

    Edit capture stops with the connection. The outbox and sync records stay, so connecting
    the same CRM again sends what was waiting and what changed meanwhile.

    Returns:
        The key of the CRM that was connected (truthy), or None when none was.
    """
    with store.write() as session:
        query = select(CrmConnection)
        if crm is not None:
            query = query.where(CrmConnection.provider == crm.provider)
        connection = session.scalars(query.limit(1)).first()
        if connection is None:
            return None
        provider, account, base_url = (
            connection.provider,
            connection.account_name,
            connection.base_url,
        )
        session.delete(connection)
    secret_keys.forget(provider, base_url, account)
    return provider

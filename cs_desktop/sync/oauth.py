"""Signing in to a CRM through the browser instead of pasting a refresh token.

OAuth 2.0's authorization code flow for a desktop app (RFC 8252) with PKCE (RFC 7636): the app
opens the user's browser at the CRM's consent page, listens on a loopback port of its own
(``127.0.0.1``, a port the system picks) for the browser to come back with a one-time code,
and exchanges the code at the CRM's token endpoint together with the secret half of the PKCE
pair. A code seen by anyone else on the way (another program, a browser extension) is useless
without that half. Where the pages and endpoints are, the scopes, and whether the app has a
client secret at all, is the provider's (:class:`~cs_desktop.sync.providers.OAuthSpec`). The
refresh token that comes back is what a connection keeps; nothing here stores it.
"""

from __future__ import annotations

import base64
import hashlib
import html
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from cs_desktop.i18n import _
from cs_desktop.sync.adapter import CrmError
from cs_desktop.sync.addresses import checked_base_url
from cs_desktop.sync.deadlines import Deadlines
from cs_desktop.sync.providers import Credentials, OAuthSpec, Provider

CALLBACK_PATH = "/callback"
WAIT_S = 600.0  # how long the app waits for the browser before giving up
_POLL_S = 0.2  # how often the wait looks at Cancel
EXCHANGE_DEADLINES = Deadlines(read_s=15.0, request_s=15.0, stall_s=30.0)


class SignInCancelled(CrmError):
    """The user cancelled while the app waited for the browser."""


class SignInFailed(CrmError):
    """The sign-in did not complete; the message says why and what to do."""


@dataclass(frozen=True)
class Pkce:
    """A PKCE pair: the verifier stays in the app; its S256 challenge goes to the browser."""

    verifier: str
    challenge: str

    @classmethod
    def new(cls) -> Pkce:
        verifier = secrets.token_urlsafe(64)  # 86 characters of the unreserved set
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        return cls(verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii"))

    def __repr__(self) -> str:
        return "Pkce(***)"


def _spec(provider: Provider) -> OAuthSpec:
    if provider.oauth is None:
        raise SignInFailed(_("{crm} has no sign-in through the browser").format(crm=provider.label))
    return provider.oauth


def consent_url(provider: Provider, server_url: str) -> str:
    """Where the browser signs in: the CRM's own consent page when signing in at its default
    address, else the sign-in server's authorize page (the local sandbox serves one)."""
    spec = _spec(provider)
    server = server_url.rstrip("/")
    if spec.consent_url is not None and server == (provider.api_url or "").rstrip("/"):
        return spec.consent_url
    return server + spec.authorize_path


def authorize_url(
    provider: Provider, server_url: str, client_id: str, redirect_uri: str, state: str, pkce: Pkce
) -> str:
    """The consent page's address with the app's request (scopes, state, PKCE challenge)."""
    query = {
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "scope": " ".join(_spec(provider).scopes),
        "state": state,
        "code_challenge": pkce.challenge,
        "code_challenge_method": "S256",
        "response_type": "code",
    }
    return consent_url(provider, server_url) + "?" + urlencode(query)


@dataclass
class _Answer:
    code: str | None = None
    error: str | None = None


class LoopbackRedirect:
    """A one-shot web server on ``127.0.0.1`` (a port the system picks, or ``callback``'s)
    that waits for the browser to come back from the consent page. Use it as a context
    manager; it answers only a request carrying the ``state`` it was made with (any other is
    refused and ignored).

    Raises:
        SignInFailed: ``callback``'s port is taken by another program.
    """

    def __init__(self, state: str, crm: str, callback: str | None = None) -> None:
        self._state = state
        self._crm = crm  # its name, for the messages
        self._callback = callback
        self._answer = _Answer()
        self._arrived = threading.Event()
        port = urlsplit(callback).port or 0 if callback else 0
        try:
            self._server = HTTPServer(("127.0.0.1", port), self._handler())
        except OSError:
            raise SignInFailed(
                _(
                    "port {port} of this computer is in use; close what uses it and sign in again"
                ).format(port=port)
            ) from None
        self._server.timeout = _POLL_S

    @property
    def redirect_uri(self) -> str:
        if self._callback is not None:
            return self._callback
        return f"http://127.0.0.1:{self._server.server_address[1]}{CALLBACK_PATH}"

    def __enter__(self) -> LoopbackRedirect:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._server.server_close()

    def wait(self, cancelled: Callable[[], bool], timeout_s: float = WAIT_S) -> str:
        """The authorization code, once the browser brings it back.

        Raises:
            SignInCancelled: ``cancelled()`` became true meanwhile.
            SignInFailed: the consent page answered with an error (access denied), or no
                answer came within ``timeout_s``.
        """
        ends = time.monotonic() + timeout_s
        while not self._arrived.is_set():
            if cancelled():
                raise SignInCancelled(_("sign-in cancelled"))
            if time.monotonic() >= ends:
                raise SignInFailed(
                    _("no answer from the browser within {minutes} minutes; sign in again").format(
                        minutes=round(timeout_s / 60)
                    )
                )
            self._server.handle_request()  # returns after _POLL_S without a request
        if self._answer.error is not None:
            raise SignInFailed(
                _("{crm} did not grant access ({error}); sign in again").format(
                    crm=self._crm, error=self._answer.error
                )
            )
        assert self._answer.code is not None
        return self._answer.code

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            timeout = 2.0  # a browser's idle preconnect must not hold the wait (and Cancel)

            def do_GET(self) -> None:
                url = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                if url.path != CALLBACK_PATH or query.get("state") != outer._state:
                    self._page(400, _("This address is not for you."))
                    return
                if query.get("code"):
                    outer._answer.code = query["code"]
                    self._page(
                        200, _("Signed in. You can close this tab and go back to CS Desktop.")
                    )
                else:
                    outer._answer.error = query.get("error") or _("no code")
                    self._page(200, _("Access was not granted. You can close this tab."))
                outer._arrived.set()

            def _page(self, status: int, text: str) -> None:
                body = (
                    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>CS Desktop</title>"
                    f"</head><body><p>{html.escape(text)}</p></body></html>"
                ).encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the code is in the request line: never logged

        return Handler


@dataclass(frozen=True)
class SignedIn:
    """What a browser sign-in gives a connection.

    Attributes:
        base_url: the API address: the ``instance_url`` that came with the tokens when the
            CRM names one (a Salesforce org's), else the server signed in at.
        credentials: the OAuth app and its refresh token; ``sign_in_url`` is set when the
            server signed in at is not the API address.
    """

    base_url: str
    credentials: Credentials


def sign_in(
    provider: Provider,
    server_url: str,
    client_id: str,
    client_secret: str | None = None,
    *,
    open_browser: Callable[[str], None],
    cancelled: Callable[[], bool] = lambda: False,
    timeout_s: float = WAIT_S,
) -> SignedIn:
    """Sign in to ``provider`` through the browser; what a connection keeps.

    Args:
        server_url: where to sign in: the API's address (HubSpot's, or the sandbox's), or
            the provider's sign-in server (``https://login.salesforce.com``).
        client_secret: the OAuth app's secret; None for a public client (PKCE alone).
        open_browser: shows the consent page at the address it is given (any thread).
        cancelled: polled while waiting; True stops the wait.

    Raises:
        BadAddress: the address cannot be used.
        SignInCancelled: the user cancelled.
        SignInFailed: access not granted, no answer in time, or the code refused.
        CrmError: the token endpoint could not be reached.
    """
    url = checked_base_url(server_url)
    _spec(provider)
    pkce = Pkce.new()
    state = secrets.token_urlsafe(16)
    with LoopbackRedirect(state, provider.label, _spec(provider).callback) as loopback:
        open_browser(authorize_url(provider, url, client_id, loopback.redirect_uri, state, pkce))
        code = loopback.wait(cancelled, timeout_s)
        redirect_uri = loopback.redirect_uri
    app = Credentials(client_id=client_id, client_secret=client_secret)
    token = provider.load().exchange_code(
        url, app, code, pkce.verifier, redirect_uri, EXCHANGE_DEADLINES
    )
    if not token.refresh_token:
        raise SignInFailed(
            _("{crm} sent no refresh token; sign in again").format(crm=provider.label)
        )
    instance = token.instance_url
    kept = Credentials(
        client_id=client_id,
        client_secret=client_secret,
        refresh_token=token.refresh_token,
        sign_in_url=url if instance else None,
    )
    return SignedIn(checked_base_url(instance) if instance else url, kept)

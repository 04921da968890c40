"""HTTP transport and auth for HubSpot (contract §3 step 0; research notes §1).

Every request goes through :meth:`HubSpotClient.request`: token refresh ahead of expiry,
one refresh-and-replay on 401 for OAuth, retries per :class:`RetryPolicy` within the stall
limit of :class:`~cs_desktop.sync.deadlines.Deadlines`, each attempt bounded by the request
deadlines (:mod:`cs_desktop.sync.transport`), a web page or a damaged body in the API's place
stopped as :class:`BadReply`, and the last ``X-HubSpot-RateLimit-*`` headers kept for the run
log. Tokens never appear in messages.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

import httpx

from cs_desktop.i18n import _
from cs_desktop.sync import checkpoints, messages
from cs_desktop.sync.adapter import (
    AuthExpired,
    AuthRequired,
    BadReply,
    DailyLimitReached,
    Fatal,
    NotAnswering,
    RateInfo,
    RateLimited,
    Token,
    Transient,
    WebPage,
)
from cs_desktop.sync.addresses import checked_base_url
from cs_desktop.sync.deadlines import Deadlines
from cs_desktop.sync.hubspot import limits as hubspot_limits
from cs_desktop.sync.ratelimit import RateGate
from cs_desktop.sync.retry import RetryPolicy, retry_after_seconds
from cs_desktop.sync.transport import BoundedHttp

REFRESH_AHEAD = timedelta(minutes=5)


@dataclass(frozen=True)
class OAuthClient:
    client_id: str
    client_secret: str


@dataclass(frozen=True)
class HubSpotAuth:
    """Either a private-app token, or OAuth tokens with the client to refresh them."""

    access_token: str
    refresh_token: str | None = None
    expires_at: datetime | None = None
    client: OAuthClient | None = None

    def __repr__(self) -> str:
        return f"HubSpotAuth(oauth={self.client is not None}, expires_at={self.expires_at!r})"


class HubSpotClient:
    """Authenticated, retried requests to one portal; see the module docstring."""

    def __init__(
        self,
        base_url: str,
        auth: HubSpotAuth,
        *,
        on_tokens: Callable[[Token], None],
        now: Callable[[], datetime],
        retry: RetryPolicy,
        deadlines: Deadlines,
    ) -> None:
        self._auth = auth
        self._on_tokens = on_tokens
        self._now = now
        self.retry = retry
        self.deadlines = deadlines
        self.gate = RateGate(
            retry.sleep, retry.monotonic, searches_per_s=hubspot_limits.SEARCH_PER_SECOND
        )
        self.rate = RateInfo()
        self.refreshes = 0
        # Checked here too, where tokens leave: never over plain http to another computer.
        self._http = BoundedHttp(checked_base_url(base_url), deadlines)
        self._waiting_since: float | None = None

    @property
    def auth(self) -> HubSpotAuth:
        return self._auth

    @property
    def base_url(self) -> str:
        return self._http.base_url

    def close(self) -> None:
        self._http.close()

    def waited_s(self) -> float:
        """How long the answer under way has been awaited (0 when none is); any thread."""
        since = self._waiting_since
        return 0.0 if since is None else time.monotonic() - since

    def refresh_auth(self) -> Token:
        """Exchange the refresh token; persist the new pair through ``on_tokens``.

        Raises:
            AuthRequired: no refresh token, or the CRM answered ``invalid_grant``.
        """
        auth = self._auth
        if auth.client is None or auth.refresh_token is None:
            raise AuthRequired(_("the private-app token was refused; connect again"))
        form = {
            "grant_type": "refresh_token",
            "client_id": auth.client.client_id,
            "client_secret": auth.client.client_secret,
            "refresh_token": auth.refresh_token,
        }
        refused = _("HubSpot refused the refresh token (invalid_grant); connect again")
        return self._grant(form, refused)

    def exchange_code(self, code: str, verifier: str, redirect_uri: str) -> Token:
        """Exchange a sign-in's authorization code (with its PKCE verifier) for tokens,
        handed to ``on_tokens`` like refreshed ones.

        Raises:
            AuthRequired: the CRM refused the code (used, expired, or not this sign-in's).
        """
        client = self._auth.client
        if client is None:
            raise AuthRequired(_("signing in needs the OAuth app's client ID and secret"))
        form = {
            "grant_type": "authorization_code",
            "client_id": client.client_id,
            "client_secret": client.client_secret,
            "redirect_uri": redirect_uri,
            "code": code,
            "code_verifier": verifier,
        }
        return self._grant(form, _("HubSpot refused the sign-in (invalid_grant); sign in again"))

    def _grant(self, form: dict[str, str], refused: str) -> Token:
        """One request to the token endpoint (v3: v1 is being retired) and the tokens."""
        auth = self._auth

        def send(ends_at: float) -> httpx.Response:
            response = self._send("POST", "/oauth/v3/token", ends_at, data=form, with_auth=False)
            if response.status_code == 400:
                raise AuthRequired(refused)
            if response.status_code >= 300:
                raise Fatal(
                    _("token refresh failed with HTTP {status}").format(status=response.status_code)
                )
            return response

        body = ok_json(self._answered(send))
        access = body.get("access_token")
        if not isinstance(access, str) or not access:
            raise BadReply(_(messages.DAMAGED_REPLY).format(url=self.base_url))
        token = Token(
            access_token=access,
            refresh_token=body.get("refresh_token") or form.get("refresh_token"),
            expires_at=self._now() + timedelta(seconds=int(body.get("expires_in", 1800))),
        )
        # Persist first: with rotation the old refresh token is already dead [P13].
        self._on_tokens(token)
        self._auth = replace(
            auth,
            access_token=token.access_token,
            refresh_token=token.refresh_token,
            expires_at=token.expires_at,
        )
        self.refreshes += 1
        return token

    def _answered(self, attempt: Callable[[float], httpx.Response]) -> httpx.Response:
        """An answer from the CRM: ``attempt(ends_at)`` retried per the policy, awaited
        ``stall_s`` at most (on the policy's clock), then :class:`NotAnswering`."""
        give_up_at = self.retry.monotonic() + self.deadlines.stall_s

        def once() -> httpx.Response:
            if self.retry.monotonic() >= give_up_at:
                raise self._stalled()
            return attempt(give_up_at)

        outer = self._waiting_since is not None  # a token refresh within a request
        if not outer:
            self._waiting_since = time.monotonic()
        try:
            return self.retry.call(once, give_up_at=give_up_at, out_of_time=self._stalled)
        finally:
            if not outer:
                self._waiting_since = None

    def _stalled(self) -> NotAnswering:
        seconds = f"{self.deadlines.stall_s:g}"
        return NotAnswering(_(messages.STALLED).format(url=self.base_url, seconds=seconds))

    def _send(
        self,
        method: str,
        path: str,
        ends_at: float,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, str] | None = None,
        with_auth: bool = True,
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self._auth.access_token}"} if with_auth else {}
        self.gate.before(search=path.endswith("/search"))
        within = min(self.deadlines.request_s, ends_at - self.retry.monotonic())
        response = self._http.send(
            method, path, within=within, json=json, params=params, data=data, headers=headers
        )
        checkpoints.reached("after_send", f"{method} {path}")
        limits = hubspot_limits.read_limits(response.headers)
        if limits.headers:
            self.rate = self.rate.updated(limits)
            self.gate.observe(limits)
        status = response.status_code
        if status == 429 and self.gate.daily_low():
            raise DailyLimitReached(
                _("{request}: the CRM's daily API limit is used up").format(
                    request=f"{method} {path}"
                )
            )
        if status == 429:
            wait = retry_after_seconds(status, response.headers, hubspot_limits.wait_hint)
            raise RateLimited(
                1.0 if wait is None else wait,
                _("{request}: rate limited").format(request=f"{method} {path}"),
            )
        if status == 511 or (status < 500 and web_page(response)):
            # A sign-in page (captive portal) answers in the API's place: asking again gets
            # the same page, so the run stops and says so.
            raise WebPage(_(messages.WEB_PAGE).format(url=self.base_url))
        if status >= 500:
            raise Transient(_(messages.SERVER_ERROR).format(url=self.base_url, status=status))
        if status == 401 and with_auth:
            raise AuthExpired(f"{method} {path}: HTTP 401")
        return response

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
    ) -> httpx.Response:
        auth = self._auth
        if (
            auth.client is not None
            and auth.expires_at is not None
            and auth.expires_at - self._now() < REFRESH_AHEAD
        ):
            self.refresh_auth()

        def send(ends_at: float) -> httpx.Response:
            return self._send(method, path, ends_at, json=json, params=params)

        try:
            return self._answered(send)
        except AuthExpired:
            if self._auth.client is None:
                raise AuthRequired(
                    _("HubSpot refused the private-app token; connect again")
                ) from None
        # Refresh once, replay once; a second 401 means the grant itself is gone.
        self.refresh_auth()
        try:
            return self._answered(send)
        except AuthExpired:
            raise AuthRequired(_("HubSpot refused a fresh token; connect again")) from None


def web_page(response: httpx.Response) -> bool:
    """Whether a reply is a web page rather than the API's JSON: the API never redirects."""
    if 300 <= response.status_code < 400:
        return True
    if "html" in response.headers.get("content-type", "").lower():
        return True
    return response.content.lstrip()[:1] == b"<"


def ok_json(response: httpx.Response) -> dict[str, Any]:
    """The decoded body of a successful response: a JSON object ({} when empty).

    Raises:
        Fatal: any 4xx the caller did not handle itself.
        BadReply: the body is not a whole JSON object (cut short, damaged).
    """
    if response.status_code >= 400:
        raise Fatal(f"HTTP {response.status_code}: {message(response)}")
    if not response.content:
        return {}
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        url = response.request.url
        site = f"{url.scheme}://{url.netloc.decode('ascii')}"
        raise BadReply(_(messages.DAMAGED_REPLY).format(url=site))
    return body


def message(response: httpx.Response) -> str:
    """HubSpot's error text of a response, for the run log."""
    try:
        body = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    return error_text(body) if isinstance(body, dict) else f"HTTP {response.status_code}"


def error_text(error: Mapping[str, Any]) -> str:
    details = [str(e.get("message", "")) for e in error.get("errors", []) if isinstance(e, dict)]
    text = str(error.get("message", "")) or str(error.get("category", "error"))
    return "; ".join([text, *[d for d in details if d and d != text]])

"""HTTP transport and auth for Salesforce (contract §3 step 0, §3.6; issue #18).

Every request goes through :meth:`SalesforceClient.request`: retries per
:class:`~cs_desktop.sync.retry.RetryPolicy` within the stall limit, each attempt bounded by
the request deadlines (:mod:`cs_desktop.sync.transport`), and Salesforce's answers turned
into the engine's errors:

- 401 ``INVALID_SESSION_ID``: the access token is refreshed once and the request replayed
  once; a second 401 asks the user to connect again (never a loop: simple-salesforce#685);
- 403 ``REQUEST_LIMIT_EXCEEDED``: the org's daily API requests are used up, the run stops
  and the outbox stays as it is [S5];
- 5xx, timeouts, resets: retried; a web page in the API's place stops the run.

Access tokens carry no lifetime (the token endpoint sends no ``expires_in``), so a refresh
happens on a 401 only. The last ``Sforce-Limit-Info`` (``api-usage=18/5000``, read by
:mod:`.limits`) is kept for the run log and the status [S7]. Tokens never appear in messages.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
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
from cs_desktop.sync.hubspot.client import web_page
from cs_desktop.sync.retry import RetryPolicy, retry_after_seconds
from cs_desktop.sync.salesforce.api import TOKEN_PATH
from cs_desktop.sync.salesforce.limits import read_limits
from cs_desktop.sync.transport import BoundedHttp


@dataclass(frozen=True)
class SalesforceAuth:
    """OAuth tokens of one org, with what refreshing them takes.

    Attributes:
        instance_url: the org's own address, where the API is (the token endpoint says it).
        login_url: where tokens are refreshed: ``https://login.salesforce.com`` for
            production orgs, ``https://test.salesforce.com`` for sandboxes, or a My Domain.
        client_secret: empty for a connected app that needs none (PKCE).
    """

    access_token: str
    refresh_token: str | None
    instance_url: str
    login_url: str
    client_id: str
    client_secret: str = ""

    def __repr__(self) -> str:
        return f"SalesforceAuth(instance_url={self.instance_url!r}, login_url={self.login_url!r})"


class SalesforceClient:
    """Authenticated, retried requests to one org; see the module docstring."""

    def __init__(
        self,
        auth: SalesforceAuth,
        *,
        on_tokens: Callable[[Token], None],
        retry: RetryPolicy,
        deadlines: Deadlines,
        now: Callable[[], datetime] = lambda: datetime.now(tz=UTC),
    ) -> None:
        self._auth = auth
        self._now = now
        # How far the org's clock (each answer's Date) is ahead of this computer's.
        self._org_ahead = timedelta(0)
        self._on_tokens = on_tokens
        self.retry = retry
        self.deadlines = deadlines
        self.rate = RateInfo()
        self.refreshes = 0
        # Checked here too, where tokens leave: never over plain http to another computer.
        self._http = BoundedHttp(checked_base_url(auth.instance_url), deadlines)
        self._login: BoundedHttp | None = None
        self._waiting_since: float | None = None

    @property
    def auth(self) -> SalesforceAuth:
        return self._auth

    @property
    def base_url(self) -> str:
        return self._http.base_url

    def close(self) -> None:
        self._http.close()
        if self._login is not None:
            self._login.close()

    def org_now(self) -> datetime:
        """The org's time, as its last answer's ``Date`` told it (this computer's before any
        answer): the deletion feed's window is reckoned by the org's clock."""
        return self._now() + self._org_ahead

    def waited_s(self) -> float:
        since = self._waiting_since
        return 0.0 if since is None else time.monotonic() - since

    # -- tokens ------------------------------------------------------------------------------

    def refresh_auth(self) -> Token:
        """A new access token for the refresh token, handed to ``on_tokens`` first.

        Raises:
            AuthRequired: no refresh token, or Salesforce answered ``invalid_grant``.
        """
        auth = self._auth
        if not auth.refresh_token:
            raise AuthRequired(_("Salesforce refused the session; connect again"))
        form = {
            "grant_type": "refresh_token",
            "client_id": auth.client_id,
            "refresh_token": auth.refresh_token,
        }
        refused = _("Salesforce refused the refresh token (invalid_grant); connect again")
        return self._grant(form, refused)

    def exchange_code(self, code: str, verifier: str, redirect_uri: str) -> Token:
        """Tokens for a browser sign-in's code and its PKCE verifier.

        Raises:
            AuthRequired: Salesforce refused the code (used, expired, not this sign-in's).
        """
        form = {
            "grant_type": "authorization_code",
            "client_id": self._auth.client_id,
            "redirect_uri": redirect_uri,
            "code": code,
            "code_verifier": verifier,
        }
        return self._grant(form, _("Salesforce refused the sign-in (invalid_grant); sign in again"))

    def _grant(self, form: dict[str, str], refused: str) -> Token:
        auth = self._auth
        if auth.client_secret:
            form["client_secret"] = auth.client_secret
        login = self._login_http()

        def send(ends_at: float) -> httpx.Response:
            within = min(self.deadlines.request_s, ends_at - self.retry.monotonic())
            response = login.send("POST", TOKEN_PATH, within=within, data=form)
            self._check(response, "POST " + TOKEN_PATH, with_auth=False)
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
            raise BadReply(_(messages.DAMAGED_REPLY).format(url=login.base_url))
        instance = body.get("instance_url")
        token = Token(
            access_token=access,
            refresh_token=body.get("refresh_token") or form.get("refresh_token"),
            expires_at=None,
            instance_url=str(instance) if instance else None,
        )
        # Persist first: with rotation the old refresh token is already dead [S6][P13].
        self._on_tokens(token)
        self._auth = replace(
            auth,
            access_token=token.access_token,
            refresh_token=token.refresh_token,
            instance_url=token.instance_url or auth.instance_url,
        )
        self.refreshes += 1
        return token

    def _login_http(self) -> BoundedHttp:
        url = checked_base_url(self._auth.login_url)
        if url == self._http.base_url:
            return self._http
        if self._login is None or self._login.base_url != url:
            self._login = BoundedHttp(url, self.deadlines)
        return self._login

    # -- requests ----------------------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """One API request, answered (any status the caller handles: 2xx, 300, 400, 404)."""
        if not self._auth.access_token and self._auth.refresh_token:
            self.refresh_auth()  # a connection opened with its refresh token only

        def send(ends_at: float) -> httpx.Response:
            return self._send(method, path, ends_at, json=json, params=params, headers=headers)

        try:
            return self._answered(send)
        except AuthExpired:
            pass
        # Refresh once, replay once; a second 401 means the grant itself is gone.
        self.refresh_auth()
        try:
            return self._answered(send)
        except AuthExpired:
            raise AuthRequired(_("Salesforce refused a fresh session; connect again")) from None

    def _send(
        self,
        method: str,
        path: str,
        ends_at: float,
        *,
        json: Any,
        params: Mapping[str, Any] | None,
        headers: Mapping[str, str] | None,
    ) -> httpx.Response:
        sent = {"Authorization": f"Bearer {self._auth.access_token}", **(headers or {})}
        within = min(self.deadlines.request_s, ends_at - self.retry.monotonic())
        response = self._http.send(
            method, path, within=within, json=json, params=params, headers=sent
        )
        checkpoints.reached("after_send", f"{method} {path}")
        told = response.headers.get("date")
        if told:
            with contextlib.suppress(TypeError, ValueError):
                self._org_ahead = parsedate_to_datetime(told) - self._now()
        limits = read_limits(response.headers)
        if limits.headers:
            self.rate = self.rate.updated(limits)
        self._check(response, f"{method} {path.split('?')[0]}", with_auth=True)
        return response

    def _check(self, response: httpx.Response, request: str, *, with_auth: bool) -> None:
        status = response.status_code
        codes = error_codes(response)
        if status == 403 and "REQUEST_LIMIT_EXCEEDED" in codes:
            raise DailyLimitReached(
                _("{request}: the CRM's daily API limit is used up").format(request=request)
            )
        if status == 429:
            wait = retry_after_seconds(status, response.headers)
            raise RateLimited(
                1.0 if wait is None else wait, _("{request}: rate limited").format(request=request)
            )
        if status == 511 or (status < 500 and status != 300 and web_page(response)):
            raise WebPage(_(messages.WEB_PAGE).format(url=self.base_url))
        if status >= 500:
            raise Transient(_(messages.SERVER_ERROR).format(url=self.base_url, status=status))
        if status == 401 and with_auth:
            raise AuthExpired(f"{request}: HTTP 401")

    def _answered(self, attempt: Callable[[float], httpx.Response]) -> httpx.Response:
        """``attempt(ends_at)`` retried per the policy, awaited ``stall_s`` at most."""
        give_up_at = self.retry.monotonic() + self.deadlines.stall_s

        def once() -> httpx.Response:
            if self.retry.monotonic() >= give_up_at:
                raise self._stalled()
            return attempt(give_up_at)

        outer = self._waiting_since is not None
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


def errors_of(response: httpx.Response) -> list[dict[str, Any]]:
    """Salesforce's error list (``[{message, errorCode, fields}]``), or the OAuth error."""
    try:
        body = response.json()
    except ValueError:
        return []
    if isinstance(body, dict):
        if "error" in body:  # the token endpoint's
            return [{"errorCode": body.get("error"), "message": body.get("error_description")}]
        body = [body]
    return [e for e in body if isinstance(e, dict)] if isinstance(body, list) else []


def error_codes(response: httpx.Response) -> set[str]:
    return {str(e.get("errorCode", "")) for e in errors_of(response)}


def message(response: httpx.Response) -> str:
    """Salesforce's error text of a response, for the run log."""
    found = [error_text(e) for e in errors_of(response)]
    return "; ".join(found) if found else f"HTTP {response.status_code}"


def error_text(error: Mapping[str, Any]) -> str:
    code = str(error.get("errorCode") or error.get("statusCode") or "")
    text = str(error.get("message") or "")
    fields = ", ".join(str(f) for f in error.get("fields") or [])
    found = f"{code}: {text}" if code and text else code or text
    return f"{found} ({fields})" if fields else found


def ok_json(response: httpx.Response) -> Any:
    """The decoded body of a successful response (a JSON object or list).

    Raises:
        Fatal: any 4xx the caller did not handle itself.
        BadReply: the body is not whole JSON.
    """
    if response.status_code >= 400:
        raise Fatal(f"HTTP {response.status_code}: {message(response)}")
    if not response.content:
        return {}
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict | list):
        url = response.request.url
        site = f"{url.scheme}://{url.netloc.decode('ascii')}"
        raise BadReply(_(messages.DAMAGED_REPLY).format(url=site))
    return body

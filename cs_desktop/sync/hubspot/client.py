"""HTTP transport and auth for HubSpot (contract §3 step 0; research notes §1).

Every request goes through :meth:`HubSpotClient.request`: token refresh ahead of expiry,
one refresh-and-replay on 401 for OAuth, retries per :class:`RetryPolicy`, and the last
``X-HubSpot-RateLimit-*`` headers kept for the run log. Tokens never appear in messages.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

import httpx

from cs_desktop.sync import checkpoints
from cs_desktop.sync.adapter import (
    AuthExpired,
    AuthRequired,
    DailyLimitReached,
    Fatal,
    RateInfo,
    RateLimited,
    Token,
    Transient,
)
from cs_desktop.sync.ratelimit import RateGate
from cs_desktop.sync.retry import RetryPolicy, retry_after_seconds

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
        timeout: float,
    ) -> None:
        self._auth = auth
        self._on_tokens = on_tokens
        self._now = now
        self.retry = retry
        self.gate = RateGate(retry.sleep, retry.monotonic)
        self.rate = RateInfo()
        self.refreshes = 0
        self._http = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout)

    @property
    def auth(self) -> HubSpotAuth:
        return self._auth

    def close(self) -> None:
        self._http.close()

    def refresh_auth(self) -> Token:
        """Exchange the refresh token; persist the new pair through ``on_tokens``.

        Raises:
            AuthRequired: no refresh token, or the CRM answered ``invalid_grant``.
        """
        auth = self._auth
        if auth.client is None or auth.refresh_token is None:
            raise AuthRequired("the private-app token was refused; connect again")
        form = {
            "grant_type": "refresh_token",
            "client_id": auth.client.client_id,
            "client_secret": auth.client.client_secret,
            "refresh_token": auth.refresh_token,
        }

        def send() -> httpx.Response:
            response = self._send("POST", "/oauth/v1/token", data=form, with_auth=False)
            if response.status_code == 400:
                raise AuthRequired(
                    "HubSpot refused the refresh token (invalid_grant); connect again"
                )
            if response.status_code >= 300:
                raise Fatal(f"token refresh failed with HTTP {response.status_code}")
            return response

        body = self.retry.call(send).json()
        token = Token(
            access_token=body["access_token"],
            refresh_token=body.get("refresh_token") or auth.refresh_token,
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

    def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, str] | None = None,
        with_auth: bool = True,
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self._auth.access_token}"} if with_auth else {}
        self.gate.before(search=path.endswith("/search"))
        try:
            response = self._http.request(
                method, path, json=json, params=params, data=data, headers=headers
            )
        except httpx.TimeoutException:
            raise Transient(f"{method} {path}: timed out") from None
        except httpx.TransportError as error:
            raise Transient(f"{method} {path}: {type(error).__name__}") from None
        checkpoints.reached("after_send", f"{method} {path}")
        limits = {k: v for k, v in response.headers.items() if k.lower().startswith("x-hubspot")}
        if limits:
            self.rate.headers = limits
            self.gate.observe(limits)
        status = response.status_code
        if status == 429 and self.gate.daily_low():
            raise DailyLimitReached(f"{method} {path}: the CRM's daily API limit is used up")
        if status == 429:
            wait = retry_after_seconds(status, response.headers)
            raise RateLimited(1.0 if wait is None else wait, f"{method} {path}: rate limited")
        if status >= 500:
            raise Transient(f"{method} {path}: HTTP {status}")
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
        try:
            return self.retry.call(lambda: self._send(method, path, json=json, params=params))
        except AuthExpired:
            if self._auth.client is None:
                raise AuthRequired("HubSpot refused the private-app token; connect again") from None
        # Refresh once, replay once; a second 401 means the grant itself is gone.
        self.refresh_auth()
        try:
            return self.retry.call(lambda: self._send(method, path, json=json, params=params))
        except AuthExpired:
            raise AuthRequired("HubSpot refused a fresh token; connect again") from None


def ok_json(response: httpx.Response) -> Any:
    """The decoded body of a successful response.

    Raises:
        Fatal: any 4xx the caller did not handle itself.
    """
    if response.status_code >= 400:
        raise Fatal(f"HTTP {response.status_code}: {message(response)}")
    return response.json() if response.content else None


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

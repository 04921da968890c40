"""Who may call the sandbox: a private-app token, or OAuth access tokens from
``POST /oauth/v3/token`` (or the retiring ``/oauth/v1/token``); and the rate-limit headers
every response carries.

Sign-in follows HubSpot's authorization-code flow with PKCE: ``GET /oauth/authorize`` stands
in for the consent page (``app.hubspot.com/oauth/authorize``) and grants at once, redirecting
to the app's loopback ``redirect_uri`` with a one-time code; the token endpoint exchanges it
for tokens once its ``redirect_uri`` and ``code_verifier`` (S256 of the ``code_challenge``)
match. The v1 endpoint still takes any code (tests use that shortcut); v3 only codes it issued.
Access tokens expire after ``tokenTtlSeconds`` of the sandbox clock. Tokens and refresh tokens
are kept in the store so that a restarted sandbox still honours them.
"""

from __future__ import annotations

import base64
import hashlib
import math
import secrets
import threading
from collections import deque
from typing import Any
from urllib.parse import urlencode, urlsplit

from crm_sandbox.clock import Clock, iso
from crm_sandbox.errors import ApiError
from crm_sandbox.faults import POLICIES, Settings
from crm_sandbox.store import Store

DEFAULT_PRIVATE_TOKEN = "pat-sandbox-local-0000"
DEFAULT_CLIENT_ID = "cs-desktop-sandbox"
DEFAULT_CLIENT_SECRET = "sandbox-secret"
HUB_ID = 4_242_424
SCOPES = [
    "oauth",
    "crm.objects.companies.read",
    "crm.objects.companies.write",
    "crm.objects.contacts.read",
    "crm.objects.contacts.write",
    "crm.schemas.companies.write",
]
_OAUTH_MAX = 100  # OAuth apps: 100 requests / 10 s (contract, "not confirmed")
_SEARCH_PER_SECOND = 5
_CODE_TTL_MS = 10 * 60_000


def token_error(status: str, message: str, *, grant_error: str = "") -> ApiError:
    """HubSpot's token-endpoint error (``status`` like ``BAD_REFRESH_TOKEN``), carrying the
    OAuth 2.0 ``error`` code too and the ``category`` the OpenAPI ``Error`` schema requires."""
    extra: dict[str, Any] = {"status": status}
    if grant_error:
        extra.update(error=grant_error, error_description=message)
    return ApiError(400, "VALIDATION_ERROR", message, extra=extra)


class Auth:
    """Token issue and checks, and the per-token request counters behind the rate headers."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        settings: Settings,
        *,
        private_token: str = DEFAULT_PRIVATE_TOKEN,
        client_id: str = DEFAULT_CLIENT_ID,
        client_secret: str = DEFAULT_CLIENT_SECRET,
    ) -> None:
        self.store = store
        self.clock = clock
        self.settings = settings
        self.private_token = private_token
        self.client_id = client_id
        self.client_secret = client_secret
        self._lock = threading.Lock()
        self._recent: dict[str, deque[int]] = {}
        self._searches: dict[str, deque[int]] = {}
        self._daily: dict[tuple[str, int], int] = {}

    # -- tokens ------------------------------------------------------------------------------

    def _state(self) -> dict[str, Any]:
        state = self.store.auth_state
        state.setdefault("access", {})
        state.setdefault("refresh", {})
        return state

    def authorize(self, query: dict[str, str]) -> str:
        """Answer the consent page ``GET /oauth/authorize``: the address to send the browser
        back to, with a one-time ``code`` (and the ``state`` it came with).

        Raises:
            ApiError: 400 for an unknown client, a ``redirect_uri`` that is not a loopback
                ``http`` address, or a ``code_challenge`` that is not S256.
        """
        if query.get("client_id") != self.client_id:
            raise token_error("BAD_CLIENT_ID", "missing or unknown client_id")
        redirect = query.get("redirect_uri", "")
        target = urlsplit(redirect)
        if target.scheme != "http" or target.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise token_error(
                "BAD_REDIRECT_URI", "redirect_uri must be a loopback http address (RFC 8252)"
            )
        challenge = query.get("code_challenge", "")
        if challenge and query.get("code_challenge_method", "plain") != "S256":
            raise token_error("BAD_CODE_CHALLENGE", "code_challenge_method must be S256")
        code = secrets.token_urlsafe(24)
        self._state().setdefault("codes", {})[code] = {
            "redirectUri": redirect,
            "challenge": challenge,
            "expiresMs": self.clock.now_ms() + _CODE_TTL_MS,
        }
        back = {"code": code, **({"state": query["state"]} if "state" in query else {})}
        joiner = "&" if target.query else "?"
        return redirect + joiner + urlencode(back)

    def grant(self, form: dict[str, str], *, strict_codes: bool = True) -> dict[str, Any]:
        """Answer ``POST /oauth/v3/token`` (schema ``AccessTokenResponse``); with
        ``strict_codes`` False (v1) an authorization code it never issued is taken too.

        Raises:
            ApiError: 400 with ``BAD_CLIENT_ID``, ``BAD_GRANT_TYPE``, ``BAD_AUTH_CODE`` or
                ``BAD_REFRESH_TOKEN`` (``error=invalid_grant``).
        """
        grant_type = form.get("grant_type", "")
        if form.get("client_id") != self.client_id:
            raise token_error("BAD_CLIENT_ID", "missing or unknown client_id")
        if form.get("client_secret") != self.client_secret:
            raise token_error("BAD_CLIENT_SECRET", "missing or invalid client_secret")
        state = self._state()
        if grant_type == "authorization_code":
            if not form.get("code"):
                raise token_error("BAD_AUTH_CODE", "missing code", grant_error="invalid_grant")
            self._redeem(form, strict=strict_codes)
            refresh = f"na1-{secrets.token_hex(4)}-{secrets.token_hex(2)}-{secrets.token_hex(12)}"
            state["refresh"][refresh] = {"clientId": self.client_id}
        elif grant_type == "refresh_token":
            refresh = form.get("refresh_token", "")
            if refresh not in state["refresh"]:
                raise token_error(
                    "BAD_REFRESH_TOKEN",
                    "missing or unknown refresh token",
                    grant_error="invalid_grant",
                )
            if self.settings.rotateRefreshTokens:
                del state["refresh"][refresh]
                refresh = (
                    f"na1-{secrets.token_hex(4)}-{secrets.token_hex(2)}-{secrets.token_hex(12)}"
                )
                state["refresh"][refresh] = {"clientId": self.client_id}
        else:
            raise token_error("BAD_GRANT_TYPE", f"unsupported grant_type {grant_type!r}")
        access = "CJ" + secrets.token_urlsafe(48)
        ttl = self.settings.tokenTtlSeconds
        state["access"][access] = self.clock.now_ms() + ttl * 1000
        self._forget_expired(state)
        return {
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": ttl,
            "token_type": "bearer",
            "token_use": "access_token",
            "hub_id": HUB_ID,
            "scopes": SCOPES,
        }

    def _redeem(self, form: dict[str, str], *, strict: bool) -> None:
        """Use up an issued code, checking what the app sends back against what it asked.

        Raises:
            ApiError: 400 ``invalid_grant`` for an unknown, used or expired code, another
                ``redirect_uri``, or a ``code_verifier`` that does not hash to the challenge.
        """
        issued = self._state().setdefault("codes", {}).pop(form["code"], None)
        if issued is None:
            if strict:
                raise token_error(
                    "BAD_AUTH_CODE",
                    "unknown or used authorization code",
                    grant_error="invalid_grant",
                )
            return
        if issued["expiresMs"] < self.clock.now_ms():
            raise token_error(
                "BAD_AUTH_CODE", "expired authorization code", grant_error="invalid_grant"
            )
        if form.get("redirect_uri") != issued["redirectUri"]:
            raise token_error(
                "BAD_REDIRECT_URI",
                "redirect_uri does not match the authorization request",
                grant_error="invalid_grant",
            )
        if issued["challenge"]:
            digest = hashlib.sha256(form.get("code_verifier", "").encode("ascii")).digest()
            if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != issued["challenge"]:
                raise token_error(
                    "BAD_CODE_VERIFIER",
                    "code_verifier does not match the code_challenge",
                    grant_error="invalid_grant",
                )

    def revoke(self, refresh: str) -> bool:
        return self._state()["refresh"].pop(refresh, None) is not None

    def expire_all(self) -> None:
        """Every access token issued so far expires now (refresh tokens stay valid)."""
        access = self._state()["access"]
        now = self.clock.now_ms()
        for token in access:
            access[token] = min(access[token], now)

    def check(self, authorization: str | None) -> str:
        """The caller's key for rate counting.

        Raises:
            ApiError: 401 ``INVALID_AUTHENTICATION`` or ``EXPIRED_AUTHENTICATION``.
        """
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise ApiError(
                401,
                "INVALID_AUTHENTICATION",
                "Authentication credentials not found. This API supports OAuth 2.0 "
                "authentication and you can find more details at "
                "https://developers.hubspot.com/docs/methods/auth/oauth-overview",
            )
        if token == self.private_token:
            return "private"
        expires = self._state()["access"].get(token)
        if expires is None:
            raise ApiError(
                401,
                "INVALID_AUTHENTICATION",
                "The OAuth token used to make this call is not valid.",
            )
        now = self.clock.now_ms()
        if now >= expires:
            raise expired_error(now, expires)
        return "oauth:" + token[-12:]

    @staticmethod
    def _forget_expired(state: dict[str, Any]) -> None:
        # Keep the file small; an hour-old expired token answers "not valid" instead.
        access = state["access"]
        newest = max(access.values(), default=0)
        for token, expires in list(access.items()):
            if expires < newest - 3_600_000 * 24:
                del access[token]

    # -- rate limits -------------------------------------------------------------------------

    def count(self, key: str, *, search: bool, enforce: bool) -> dict[str, str]:
        """Count one request for ``key``; the ``X-HubSpot-RateLimit-*`` headers to send.

        Raises:
            ApiError: 429 when limits are enforced and this request is over one.
        """
        settings = self.settings
        now = self.clock.now_ms()
        maximum = (
            min(_OAUTH_MAX, settings.rateLimitMax)
            if key.startswith("oauth")
            else settings.rateLimitMax
        )
        interval = settings.rateLimitIntervalMs
        with self._lock:
            recent = self._recent.setdefault(key, deque())
            while recent and recent[0] <= now - interval:
                recent.popleft()
            day = (key, now // 86_400_000)
            used_today = self._daily.get(day, 0)
            searches = self._searches.setdefault(key, deque())
            while searches and searches[0] <= now - 1000:
                searches.popleft()
            over: tuple[str, int] | None = None
            if enforce:
                if used_today >= settings.dailyLimit:
                    over = ("DAILY", math.ceil((86_400_000 - now % 86_400_000) / 1000))
                elif len(recent) >= maximum:
                    over = ("TEN_SECONDLY_ROLLING", math.ceil((recent[0] + interval - now) / 1000))
                elif search and len(searches) >= _SEARCH_PER_SECOND:
                    over = ("SECONDLY", 1)
            if over is None:
                recent.append(now)
                if search:
                    searches.append(now)
                self._daily[day] = used_today = used_today + 1
            headers = {
                "X-HubSpot-RateLimit-Max": str(maximum),
                "X-HubSpot-RateLimit-Remaining": str(max(0, maximum - len(recent))),
                "X-HubSpot-RateLimit-Interval-Milliseconds": str(interval),
                "X-HubSpot-RateLimit-Daily": str(settings.dailyLimit),
                "X-HubSpot-RateLimit-Daily-Remaining": str(
                    max(0, settings.dailyLimit - used_today)
                ),
            }
        if over is not None:
            raise rate_limited(over[0], max(1, over[1]), headers)
        return headers

    def reset(self) -> None:
        with self._lock:
            self._recent.clear()
            self._searches.clear()
            self._daily.clear()


def expired_error(now: int, expires: int) -> ApiError:
    minutes = max(0, (now - expires) // 60_000)
    return ApiError(
        401,
        "EXPIRED_AUTHENTICATION",
        f"The OAuth token used to make this call expired {minutes} minute(s) ago.",
        extra={"context": {"expire time": [iso(expires)]}},
    )


def rate_limited(policy: str, retry_after: int | None, headers: dict[str, str]) -> ApiError:
    """The documented 429 body [P1], with ``category`` so it also fits the OpenAPI ``Error``."""
    extra_headers = dict(headers)
    if retry_after is not None:
        extra_headers["Retry-After"] = str(retry_after)
    if policy == "DAILY":
        extra_headers["X-HubSpot-RateLimit-Daily-Remaining"] = "0"
    else:
        extra_headers["X-HubSpot-RateLimit-Remaining"] = "0"
    return ApiError(
        429,
        "RATE_LIMITS",
        POLICIES[policy],
        extra={"errorType": "RATE_LIMIT", "policyName": policy, "groupName": "cs-desktop-sandbox"},
        headers=extra_headers,
    )

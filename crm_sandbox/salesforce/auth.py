"""Who may call the Salesforce sandbox, and the org's daily API request allocation.

Sign-in follows the OAuth 2.0 web server flow with PKCE: ``GET /services/oauth2/authorize``
stands in for the login and consent pages and grants at once, redirecting to the app's
loopback ``redirect_uri`` with a one-time code; ``POST /services/oauth2/token`` exchanges it
(``code_verifier`` must hash to the ``code_challenge``) for an access token, a refresh token,
``instance_url`` (the sandbox itself), ``id``, ``issued_at`` and ``signature``. Salesforce
does not say when an access token expires; the sandbox lets one live ``tokenTtlSeconds`` of
its clock, after which calls answer 401 ``INVALID_SESSION_ID``. The same sandbox answers as
the production login host and as the test (sandbox org) one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
from typing import Any
from urllib.parse import urlencode, urlsplit

from crm_sandbox.faults import Settings
from crm_sandbox.salesforce.errors import SfError, oauth_error
from crm_sandbox.salesforce.ids import make_id
from crm_sandbox.salesforce.org import USER_ID, Org
from crm_sandbox.salesforce.schema import ORG_PREFIX

ORG_ID = make_id(ORG_PREFIX, 1)
DEFAULT_CLIENT_ID = "3MVG9cs-desktop-sandbox"
DEFAULT_CLIENT_SECRET = "sandbox-consumer-secret"
# A session id that never expires, for scripts and tests that skip the sign-in.
DEFAULT_SESSION_ID = f"{ORG_ID[:15]}!sandbox-session-0000"
SCOPE = "api refresh_token"
_CODE_TTL_MS = 15 * 60_000


def session_expired() -> SfError:
    return SfError(401, "INVALID_SESSION_ID", "Session expired or invalid")


def limit_exceeded() -> SfError:
    return SfError(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")


class SalesforceAuth:
    """Token issue and checks, and the count of API requests against the daily allocation."""

    def __init__(
        self,
        org: Org,
        settings: Settings,
        *,
        session_id: str = DEFAULT_SESSION_ID,
        client_id: str = DEFAULT_CLIENT_ID,
        client_secret: str = DEFAULT_CLIENT_SECRET,
    ) -> None:
        self.org = org
        self.settings = settings
        self.session_id = session_id
        self.client_id = client_id
        self.client_secret = client_secret
        self._lock = threading.Lock()
        self._daily: dict[int, int] = {}

    def _state(self) -> dict[str, Any]:
        state = self.org.auth_state
        for key in ("access", "refresh", "codes"):
            state.setdefault(key, {})
        return state

    # -- sign-in -----------------------------------------------------------------------------

    def authorize(self, query: dict[str, str]) -> str:
        """The address the consent page sends the browser back to, with a one-time code.

        Raises:
            SfError: 400 ``invalid_client_id``, ``redirect_uri_mismatch`` (not a loopback
                ``http`` address), ``unsupported_response_type`` or ``invalid_request``.
        """
        if query.get("client_id") != self.client_id:
            raise oauth_error("invalid_client_id", "client identifier invalid")
        redirect = query.get("redirect_uri", "")
        target = urlsplit(redirect)
        if target.scheme != "http" or target.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise oauth_error(
                "redirect_uri_mismatch",
                "redirect_uri must match configuration (a loopback http address)",
            )
        if query.get("response_type") != "code":
            raise oauth_error("unsupported_response_type", "response type not supported")
        challenge = query.get("code_challenge", "")
        if challenge and query.get("code_challenge_method", "S256") != "S256":
            raise oauth_error("invalid_request", "code_challenge_method must be S256")
        code = "aPrx" + secrets.token_urlsafe(30)
        self._state()["codes"][code] = {
            "redirectUri": redirect,
            "challenge": challenge,
            "expiresMs": self.org.clock.now_ms() + _CODE_TTL_MS,
        }
        back = {"code": code, **({"state": query["state"]} if "state" in query else {})}
        return redirect + ("&" if target.query else "?") + urlencode(back)

    def grant(self, form: dict[str, str], instance_url: str) -> dict[str, Any]:
        """Answer ``POST /services/oauth2/token`` (authorization_code or refresh_token).

        Raises:
            SfError: 400 with Salesforce's OAuth error: ``invalid_client_id``,
                ``invalid_client``, ``invalid_grant``, ``unsupported_grant_type``.
        """
        if form.get("client_id") != self.client_id:
            raise oauth_error("invalid_client_id", "client identifier invalid")
        secret = form.get("client_secret")
        if secret is not None and secret != self.client_secret:
            raise oauth_error("invalid_client", "invalid client credentials")
        state = self._state()
        grant_type = form.get("grant_type", "")
        refresh: str | None = None
        if grant_type == "authorization_code":
            self._redeem(form)
            refresh = "5Aep861" + secrets.token_urlsafe(60)
            state["refresh"][refresh] = {"clientId": self.client_id}
        elif grant_type == "refresh_token":
            given = form.get("refresh_token", "")
            if given not in state["refresh"]:
                raise oauth_error("invalid_grant", "expired access/refresh token")
            if self.settings.rotateRefreshTokens:
                del state["refresh"][given]
                refresh = "5Aep861" + secrets.token_urlsafe(60)
                state["refresh"][refresh] = {"clientId": self.client_id}
        else:
            raise oauth_error("unsupported_grant_type", "grant type not supported")
        access = f"{ORG_ID[:15]}!" + secrets.token_urlsafe(72)
        now = self.org.clock.now_ms()
        state["access"][access] = now + self.settings.tokenTtlSeconds * 1000
        self._forget_expired(state, now)
        identity = f"{instance_url}/id/{ORG_ID}/{USER_ID}"
        issued = str(now)
        signature = hmac.new(
            self.client_secret.encode(), (identity + issued).encode(), hashlib.sha256
        ).digest()
        granted: dict[str, Any] = {
            "access_token": access,
            "signature": base64.b64encode(signature).decode(),
            "scope": SCOPE,
            "instance_url": instance_url,
            "id": identity,
            "token_type": "Bearer",
            "issued_at": issued,
        }
        if refresh is not None:
            granted["refresh_token"] = refresh
        return granted

    def _redeem(self, form: dict[str, str]) -> None:
        issued = self._state()["codes"].pop(form.get("code", ""), None)
        if issued is None or issued["expiresMs"] < self.org.clock.now_ms():
            raise oauth_error("invalid_grant", "invalid authorization code")
        if form.get("redirect_uri") != issued["redirectUri"]:
            raise oauth_error("redirect_uri_mismatch", "redirect_uri must match configuration")
        verifier = form.get("code_verifier", "")
        if issued["challenge"]:
            digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
            if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != issued["challenge"]:
                raise oauth_error("invalid_grant", "invalid code verifier")
        elif form.get("client_secret") is None:
            raise oauth_error("invalid_client", "invalid client credentials")

    def revoke(self, token: str) -> bool:
        state = self._state()
        found = state["refresh"].pop(token, None) or state["access"].pop(token, None)
        return found is not None

    def expire_all(self) -> None:
        """Every access token issued so far expires now (refresh tokens stay valid)."""
        access = self._state()["access"]
        now = self.org.clock.now_ms()
        for token in access:
            access[token] = min(access[token], now)

    @staticmethod
    def _forget_expired(state: dict[str, Any], now: int) -> None:
        access = state["access"]
        for token, expires in list(access.items()):
            if expires < now - 86_400_000:
                del access[token]

    # -- calls -------------------------------------------------------------------------------

    def check(self, authorization: str | None) -> None:
        """Accept a call's ``Authorization: Bearer`` session id.

        Raises:
            SfError: 401 ``INVALID_SESSION_ID`` for a missing, unknown or expired one.
        """
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() not in ("bearer", "oauth") or not token:
            raise SfError(401, "INVALID_AUTH_HEADER", "INVALID_HEADER_TYPE")
        if token == self.session_id:
            return
        expires = self._state()["access"].get(token)
        if expires is None or self.org.clock.now_ms() >= expires:
            raise session_expired()

    def count(self, *, enforce: bool) -> str:
        """Count one API request against today's allocation; the ``Sforce-Limit-Info`` value.

        Raises:
            SfError: 403 ``REQUEST_LIMIT_EXCEEDED`` when the allocation is spent (and limits
                are enforced).
        """
        day = self.org.clock.now_ms() // 86_400_000
        limit = self.settings.dailyLimit
        with self._lock:
            used = self._daily.get(day, 0)
            if enforce and used >= limit:
                raise limit_exceeded()
            self._daily[day] = used = used + 1
        return f"api-usage={used}/{limit}"

    def usage(self) -> tuple[int, int]:
        """Requests used today, and the allocation."""
        day = self.org.clock.now_ms() // 86_400_000
        with self._lock:
            return self._daily.get(day, 0), self.settings.dailyLimit

    def reset(self) -> None:
        with self._lock:
            self._daily.clear()

"""Signing in to Salesforce through the browser: the consent page asked with PKCE and a
loopback redirect, the code exchanged with its verifier, the org's address kept."""

from __future__ import annotations

import base64
import hashlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest

from cs_desktop.sync.oauth import SignInFailed
from cs_desktop.sync.salesforce.sign_in import sign_in


class _TokenEndpoint:
    """A login server's token endpoint that grants one code, checking its PKCE verifier."""

    def __init__(self) -> None:
        self.challenge = ""
        self.forms: list[dict[str, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers["Content-Length"])
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                outer.forms.append(form)
                digest = hashlib.sha256(form.get("code_verifier", "").encode()).digest()
                proof = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
                if form.get("code") == "code-1" and proof == outer.challenge:
                    status, body = (
                        200,
                        {
                            "access_token": "access-1",
                            "refresh_token": "refresh-1",
                            "instance_url": "https://acme.my.salesforce.com",
                        },
                    )
                else:
                    status, body = 400, {"error": "invalid_grant", "error_description": "no"}
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def login() -> Iterator[_TokenEndpoint]:
    endpoint = _TokenEndpoint()
    yield endpoint
    endpoint.server.shutdown()
    endpoint.server.server_close()


def _consenting(login: _TokenEndpoint, seen: list[str], code: str = "code-1") -> Any:
    """A browser whose user grants access: back to the redirect with a code."""

    def open_it(url: str) -> None:
        seen.append(url)
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        login.challenge = query["code_challenge"]
        back = query["redirect_uri"] + "?" + urlencode({"code": code, "state": query["state"]})
        threading.Thread(target=httpx.get, args=(back,)).start()

    return open_it


def test_signing_in_keeps_the_org_address_and_the_refresh_token(login: _TokenEndpoint) -> None:
    seen: list[str] = []
    kept = sign_in(login.url, "client-1", open_browser=_consenting(login, seen), port=0)
    assert kept.refresh_token == "refresh-1"
    assert kept.instance_url == "https://acme.my.salesforce.com"
    assert kept.login_url == login.url
    consent = urlsplit(seen[0])
    query = parse_qs(consent.query)
    assert consent.path == "/services/oauth2/authorize"
    assert query["scope"] == ["api refresh_token"]
    assert query["code_challenge_method"] == ["S256"] and query["response_type"] == ["code"]
    form = login.forms[0]
    assert form["grant_type"] == "authorization_code" and form["client_id"] == "client-1"
    assert "client_secret" not in form  # a connected app with PKCE needs none
    assert form["redirect_uri"] == query["redirect_uri"][0]


def test_a_code_salesforce_refuses_fails_the_sign_in(login: _TokenEndpoint) -> None:
    seen: list[str] = []
    with pytest.raises(SignInFailed):
        sign_in(login.url, "client-1", open_browser=_consenting(login, seen, "stale"), port=0)

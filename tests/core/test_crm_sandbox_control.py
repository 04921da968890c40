"""The sandbox's control endpoints answer only programs on this computer and never echo a
credential: the request log is redacted, ``info`` holds no token or secret."""

from __future__ import annotations

import json

import httpx
import pytest

from crm_sandbox import DEFAULT_CLIENT_SECRET, Sandbox
from crm_sandbox.control import REDACTED, allowed
from tests.support.crm_sandbox import oauth_form


def test_the_request_log_holds_no_credential(
    sandbox: Sandbox, api: httpx.Client, control: httpx.Client
) -> None:
    granted = httpx.post(
        sandbox.url + "/oauth/v1/token", data=oauth_form(grant_type="authorization_code", code="c")
    ).json()
    httpx.post(
        sandbox.url + "/oauth/v1/token",
        data=oauth_form(grant_type="refresh_token", refresh_token=granted["refresh_token"]),
    )
    api.get("/crm/v3/objects/companies", params={"hapikey": "key-in-a-query"})
    log = control.get("/requests").json()["requests"]
    text = json.dumps(log)
    for secret in (
        sandbox.auth.private_token,
        DEFAULT_CLIENT_SECRET,
        granted["refresh_token"],
        granted["access_token"],
        "key-in-a-query",
    ):
        assert secret not in text
    assert log[-1]["headers"]["authorization"] == f"Bearer {REDACTED}"  # sent, and how
    assert log[1]["body"]["refresh_token"] == REDACTED
    assert log[1]["body"]["grant_type"] == "refresh_token"  # the rest stays readable
    assert log[-1]["query"]["hapikey"] == [REDACTED]


def test_info_names_no_token_or_secret(sandbox: Sandbox, control: httpx.Client) -> None:
    info = control.get("/info").json()
    assert info["url"] == sandbox.url
    assert sandbox.auth.private_token not in json.dumps(info)
    assert DEFAULT_CLIENT_SECRET not in json.dumps(info)


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},  # a web page's request, sent by a browser
        {"Host": "evil.example:8765"},  # a page reaching loopback through DNS rebinding
    ],
)
def test_the_control_endpoints_refuse_requests_from_web_pages(
    sandbox: Sandbox, control: httpx.Client, headers: dict[str, str]
) -> None:
    refused = control.post("/reset", json={}, headers=headers)
    assert refused.status_code == 403
    assert "only programs on this computer" in refused.json()["message"]
    assert control.post("/reset", json={}).status_code == 200


def test_only_loopback_addresses_may_control_the_sandbox() -> None:
    assert allowed("127.0.0.1", "127.0.0.1:8765", None)
    assert allowed("::1", "[::1]:8765", None)
    assert allowed("127.0.0.1", "localhost:8765", None)
    assert not allowed("192.168.1.20", "127.0.0.1:8765", None)
    assert not allowed("127.0.0.1", None, None)

"""The Salesforce sandbox's sign-in, limits, replication windows, faults and test controls,
and ``crm-sandbox --provider salesforce`` with its data across restarts."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx

from crm_sandbox.salesforce import (
    DEFAULT_CLIENT_ID,
    DEFAULT_SESSION_ID,
    SalesforceSandbox,
    run_salesforce_sandbox,
)
from tests.support.salesforce_sandbox import DATA, soql, text_field, upsert, with_local_id

REDIRECT = "http://127.0.0.1:53682/callback"


def _sign_in(sandbox: SalesforceSandbox, verifier: str = "v" * 50) -> httpx.Response:
    challenge = (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )
    consent = httpx.get(
        sandbox.url + "/services/oauth2/authorize",
        params={
            "response_type": "code",
            "client_id": DEFAULT_CLIENT_ID,
            "redirect_uri": REDIRECT,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "state": "s-1",
        },
    )
    assert consent.status_code == 302
    back = parse_qs(urlsplit(consent.headers["Location"]).query)
    assert back["state"] == ["s-1"]
    return httpx.post(
        sandbox.url + "/services/oauth2/token",
        data={
            "grant_type": "authorization_code",
            "code": back["code"][0],
            "client_id": DEFAULT_CLIENT_ID,
            "redirect_uri": REDIRECT,
            "code_verifier": verifier,
        },
    )


def test_web_server_flow_with_pkce_then_refresh(
    sf_sandbox: SalesforceSandbox, sf_control: httpx.Client
) -> None:
    granted = _sign_in(sf_sandbox).json()
    assert granted["instance_url"] == sf_sandbox.url
    assert granted["token_type"] == "Bearer" and granted["issued_at"].isdigit()
    assert granted["id"].startswith(sf_sandbox.url + "/id/00D")
    assert {"access_token", "refresh_token", "signature", "scope"} <= set(granted)
    headers = {"Authorization": f"Bearer {granted['access_token']}"}
    assert httpx.get(sf_sandbox.url + DATA + "/limits", headers=headers).status_code == 200

    sf_control.post("/clock", json={"advance": 7201})  # past the access token's lifetime
    expired = httpx.get(sf_sandbox.url + DATA + "/limits", headers=headers)
    assert expired.status_code == 401
    assert expired.json() == [
        {"message": "Session expired or invalid", "errorCode": "INVALID_SESSION_ID", "fields": []}
    ]
    refreshed = httpx.post(
        sf_sandbox.url + "/services/oauth2/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": granted["refresh_token"],
            "client_id": DEFAULT_CLIENT_ID,
        },
    ).json()
    assert "refresh_token" not in refreshed  # unless the org rotates them
    headers = {"Authorization": f"Bearer {refreshed['access_token']}"}
    assert httpx.get(sf_sandbox.url + DATA + "/limits", headers=headers).status_code == 200
    unknown = httpx.post(
        sf_sandbox.url + "/services/oauth2/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": "nope",
            "client_id": DEFAULT_CLIENT_ID,
        },
    )
    assert unknown.status_code == 400
    assert unknown.json() == {
        "error": "invalid_grant",
        "error_description": "expired access/refresh token",
    }


def test_a_wrong_code_verifier_is_an_invalid_grant(sf_sandbox: SalesforceSandbox) -> None:
    consent = httpx.get(
        sf_sandbox.url + "/services/oauth2/authorize",
        params={
            "response_type": "code",
            "client_id": DEFAULT_CLIENT_ID,
            "redirect_uri": REDIRECT,
            "code_challenge": "x" * 43,
        },
    )
    code = parse_qs(urlsplit(consent.headers["Location"]).query)["code"][0]
    refused = httpx.post(
        sf_sandbox.url + "/services/oauth2/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "client_id": DEFAULT_CLIENT_ID,
            "redirect_uri": REDIRECT,
            "code_verifier": "w" * 50,
        },
    )
    assert refused.json() == {
        "error": "invalid_grant",
        "error_description": "invalid code verifier",
    }
    not_loopback = httpx.get(
        sf_sandbox.url + "/services/oauth2/authorize",
        params={
            "response_type": "code",
            "client_id": DEFAULT_CLIENT_ID,
            "redirect_uri": "https://evil.example/cb",
        },
    )
    assert not_loopback.json()["error"] == "redirect_uri_mismatch"


def test_every_response_carries_the_api_usage_and_the_allocation_runs_out(
    sf_api: httpx.Client, sf_control: httpx.Client
) -> None:
    first = sf_api.get("/limits")
    assert first.headers["Sforce-Limit-Info"] == "api-usage=1/1000000"
    assert first.json()["DailyApiRequests"] == {"Max": 1000000, "Remaining": 999999}
    sf_control.post("/faults", json={"settings": {"enforceRateLimits": True, "dailyLimit": 3}})
    assert sf_api.get("/limits").headers["Sforce-Limit-Info"] == "api-usage=2/3"
    sf_api.get("/limits")
    over = sf_api.get("/limits")
    assert over.status_code == 403
    assert over.json()[0]["errorCode"] == "REQUEST_LIMIT_EXCEEDED"
    assert over.headers["Sforce-Limit-Info"] == "api-usage=3/3"
    no_token = httpx.get(str(sf_api.base_url).rstrip("/") + "/limits")
    assert no_token.status_code == 401 and "Sforce-Limit-Info" in no_token.headers


def test_get_deleted_and_updated_within_the_window(
    sf_api: httpx.Client, sf_control: httpx.Client
) -> None:
    sf_control.post("/clock", json={"now": "2025-05-01T10:00:00Z"})
    kept = sf_api.post("/sobjects/Account", json={"Name": "Kept"}).json()["id"]
    gone = sf_api.post("/sobjects/Account", json={"Name": "Gone"}).json()["id"]
    sf_control.post("/clock", json={"advance": 120})
    sf_api.delete(f"/sobjects/Account/{gone}")
    sf_control.post("/clock", json={"advance": 120})
    window = {"start": "2025-05-01T09:00:00Z", "end": "2025-05-01T10:30:00+00:00"}
    deleted = sf_api.get("/sobjects/Account/deleted/", params=window).json()
    assert deleted["deletedRecords"] == [
        {"id": gone, "deletedDate": "2025-05-01T10:02:00.000+0000"}
    ]
    assert deleted["latestDateCovered"] == "2025-05-01T10:30:00.000+0000"
    assert "earliestDateAvailable" in deleted
    updated = sf_api.get("/sobjects/Account/updated/", params=window).json()
    assert updated == {"ids": [kept], "latestDateCovered": "2025-05-01T10:30:00.000+0000"}
    too_old = sf_api.get(
        "/sobjects/Account/deleted/",
        params={"start": "2025-03-01T00:00:00Z", "end": "2025-05-01T10:00:00Z"},
    )
    assert too_old.status_code == 400
    assert too_old.json()[0]["errorCode"] == "INVALID_REPLICATION_DATE"


def test_faults_speak_salesforce(sf_api: httpx.Client, sf_control: httpx.Client) -> None:
    sf_control.post(
        "/faults",
        json={
            "faults": [
                {"kind": "rate_limit", "path": "*/query", "nth": [1]},
                {"kind": "server_error", "path": "*/query", "nth": [2], "status": 503},
                {"kind": "expired_token", "path": "*/query", "nth": [3]},
            ]
        },
    )
    answers = [sf_api.get("/query", params={"q": "SELECT Id FROM Account"}) for _ in range(4)]
    assert [a.status_code for a in answers] == [403, 503, 401, 200]
    assert [a.json()[0]["errorCode"] for a in answers[:3]] == [
        "REQUEST_LIMIT_EXCEEDED",
        "SERVER_UNAVAILABLE",
        "INVALID_SESSION_ID",
    ]
    log = sf_control.get("/requests").json()["requests"]
    assert [e["faults"] for e in log[-4:]] == [
        ["rate_limit"],
        ["server_error"],
        ["expired_token"],
        [],
    ]
    assert log[-1]["headers"]["authorization"] == "Bearer [redacted]"


def test_apply_then_fail_and_partial_collection_failures(
    sf_api: httpx.Client, sf_control: httpx.Client
) -> None:
    with_local_id(sf_api, "Account")
    sf_control.post(
        "/faults", json={"kind": "apply_then_fail", "path": "/services/data/*/composite/sobjects/*"}
    )
    failed = sf_api.patch(
        "/composite/sobjects/Account/Local_Id__c",
        json={"records": [{"attributes": {"type": "Account"}, "Name": "A", "Local_Id__c": "L-1"}]},
    )
    assert failed.status_code == 502
    assert soql(sf_api, "SELECT Name FROM Account")["totalSize"] == 1  # written all the same
    sf_control.post(
        "/faults",
        json={
            "kind": "batch_errors",
            "category": "CONFLICT",
            "select": {"ids": ["L-3"]},
            "path": "*/composite/*",
        },
    )
    results = upsert(
        sf_api, "Account", {"Name": "B", "Local_Id__c": "L-2"}, {"Name": "C", "Local_Id__c": "L-3"}
    )
    assert results[0]["success"] is True
    assert results[1]["errors"][0]["statusCode"] == "UNABLE_TO_LOCK_ROW"


def test_remote_changes_through_the_controls(
    sf_api: httpx.Client, sf_control: httpx.Client
) -> None:
    reset = sf_control.post(
        "/reset", json={"customFields": [text_field("Contact.Local_Id__c", external_id=True)]}
    )
    assert reset.json() == {"ok": True, "customFields": 1}
    made = sf_control.post(
        "/mutate",
        json={
            "op": "create",
            "type": "Contact",
            "fields": {"LastName": "Ito", "Local_Id__c": "C-1"},
        },
    ).json()
    before = made["SystemModstamp"]
    sf_control.post("/clock", json={"advance": 5})
    touched = sf_control.post(
        "/mutate", json={"op": "touch", "type": "Contact", "id": made["Id"]}
    ).json()
    assert (
        touched["SystemModstamp"] > before
        and touched["LastModifiedDate"] == made["LastModifiedDate"]
    )
    sf_control.post(
        "/mutate",
        json={
            "op": "update",
            "type": "Contact",
            "id": made["Id"],
            "fields": {"Title": "CFO"},
            "bump": False,
        },
    )
    row = sf_api.get("/sobjects/Contact/Local_Id__c/C-1").json()
    assert row["Title"] == "CFO" and row["SystemModstamp"] == touched["SystemModstamp"]
    sf_control.post("/mutate", json={"op": "delete", "type": "Contact", "id": made["Id"]})
    assert soql(sf_api, "SELECT Id FROM Contact")["totalSize"] == 0
    sf_control.post("/mutate", json={"op": "undelete", "type": "Contact", "id": made["Id"]})
    assert soql(sf_api, "SELECT Id FROM Contact")["totalSize"] == 1
    info = sf_control.get("/info").json()
    assert info["provider"] == "salesforce" and DEFAULT_SESSION_ID not in json.dumps(info)


def test_the_org_survives_a_restart(tmp_path: Path) -> None:
    first = run_salesforce_sandbox(0, tmp_path)
    headers = {"Authorization": f"Bearer {DEFAULT_SESSION_ID}"}
    try:
        with httpx.Client(base_url=first.url + DATA, headers=headers) as api:
            with_local_id(api, "Account")
            made = upsert(api, "Account", {"Name": "Acme", "Local_Id__c": "L-1"})[0]["id"]
            gone = api.post("/sobjects/Account", json={"Name": "Gone"}).json()["id"]
            api.delete(f"/sobjects/Account/{gone}")
    finally:
        first.stop()
    second = run_salesforce_sandbox(0, tmp_path)
    try:
        with httpx.Client(base_url=second.url + DATA, headers=headers) as api:
            again = upsert(api, "Account", {"Name": "Acme KK", "Local_Id__c": "L-1"})[0]
            assert again["id"] == made and again["created"] is False
            assert (
                api.get(
                    "/queryAll", params={"q": "SELECT Id FROM Account WHERE IsDeleted = true"}
                ).json()["totalSize"]
                == 1
            )
    finally:
        second.stop()


def test_crm_sandbox_provider_salesforce_starts_answers_and_stops(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "crm_sandbox", "--provider", "salesforce", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        assert "Salesforce REST API v62.0" in first_line
        found = re.search(r"http://127\.0\.0\.1:(\d+)", first_line)
        assert found, first_line
        url = found.group(0)
        banner = "".join(iter(process.stdout.readline, "Press Ctrl+C to stop.\n"))
        assert DEFAULT_SESSION_ID in banner and "/services/oauth2/authorize" in banner
        assert httpx.get(url + "/services/data").json()[0]["url"] == DATA
        answer = httpx.get(
            url + DATA + "/sobjects/Account/describe",
            headers={"Authorization": f"Bearer {DEFAULT_SESSION_ID}"},
        )
        assert answer.status_code == 200
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
        assert process.returncode == 0, err
        assert "stopped" in out
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()

"""The sandbox as HubSpot behaves by default: search lags writes, rate limits are enforced,
one contact per email (409), labelled associations, and OAuth sign-in with PKCE on v3."""

from __future__ import annotations

import base64
import hashlib
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from crm_sandbox import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Sandbox
from tests.support.crm_sandbox import api, control, create_company, sandbox, search_body

__all__ = ["api", "control", "sandbox"]  # fixtures

REDIRECT = "http://127.0.0.1:49152/callback"


def names_found(api: httpx.Client) -> list[str]:
    body = search_body(properties=["name"])
    response = api.post("/crm/v3/objects/companies/search", json=body)
    assert response.status_code == 200, response.text
    return [r["properties"]["name"] for r in response.json()["results"]]


def test_by_default_search_lags_writes_by_seconds(api: httpx.Client, control: httpx.Client) -> None:
    control.post("/clock", json={"now": "2024-06-01T00:00:00Z"})
    create_company(api, name="Fresh")
    assert names_found(api) == []
    control.post("/clock", json={"advance": 5})
    assert names_found(api) == ["Fresh"]


def test_by_default_rate_limits_are_enforced(api: httpx.Client, control: httpx.Client) -> None:
    control.post("/clock", json={"now": "2024-06-01T00:00:00Z"})  # frozen: one instant
    statuses = [
        api.post("/crm/v3/objects/companies/search", json=search_body()).status_code
        for _ in range(6)
    ]
    assert statuses == [200] * 5 + [429]  # five searches a second
    control.post("/clock", json={"advance": 1})
    assert api.post("/crm/v3/objects/companies/search", json=search_body()).status_code == 200


@pytest.mark.crm_sandbox(search_lag=False, rate_limits=False)
def test_a_test_turns_both_off_and_a_reset_keeps_that(
    api: httpx.Client, control: httpx.Client
) -> None:
    control.post("/reset")
    control.post("/clock", json={"now": "2024-06-01T00:00:00Z"})
    create_company(api, name="At once")
    for _ in range(8):
        assert names_found(api) == ["At once"]


def contact(api: httpx.Client, email: str, **more: str) -> httpx.Response:
    return api.post("/crm/v3/objects/contacts", json={"properties": {"email": email, **more}})


def test_a_second_contact_with_an_email_taken_is_refused_as_hubspot_does(
    api: httpx.Client,
) -> None:
    first = contact(api, "dana@acme.test")
    assert first.status_code == 201
    again = contact(api, "  DANA@Acme.test ")
    assert again.status_code == 409
    body = again.json()
    existing = first.json()["id"]
    assert body["status"] == "error"
    assert body["category"] == "CONFLICT"
    assert body["message"] == f"Contact already exists. Existing ID: {existing}"
    assert body["correlationId"]


def test_a_batch_with_an_email_taken_fails_whole(api: httpx.Client) -> None:
    existing = contact(api, "dana@acme.test").json()["id"]
    inputs: list[dict[str, Any]] = [
        {"properties": {"email": "new@acme.test"}},
        {"properties": {"email": "dana@acme.test"}},
    ]
    refused = api.post("/crm/v3/objects/contacts/batch/create", json={"inputs": inputs})
    assert refused.status_code == 409
    assert refused.json()["message"] == f"Contact already exists. Existing ID: {existing}"
    listed = api.get("/crm/v3/objects/contacts", params={"properties": "email"}).json()
    assert [c["properties"]["email"] for c in listed["results"]] == ["dana@acme.test"]
    upsert = [
        {"idProperty": "csm_local_id", "id": "L-1", "properties": {"email": "dana@acme.test"}}
    ]
    clash = api.post("/crm/v3/objects/contacts/batch/upsert", json={"inputs": upsert})
    assert clash.status_code == 409


def test_an_archived_contact_gives_its_email_back(api: httpx.Client) -> None:
    existing = contact(api, "dana@acme.test").json()["id"]
    assert api.delete(f"/crm/v3/objects/contacts/{existing}").status_code == 204
    assert contact(api, "dana@acme.test").status_code == 201


def test_a_contact_keeps_its_own_email_on_update(api: httpx.Client) -> None:
    made = contact(api, "dana@acme.test").json()["id"]
    changed = api.patch(
        f"/crm/v3/objects/contacts/{made}",
        json={"properties": {"email": "dana@acme.test", "jobtitle": "CFO"}},
    )
    assert changed.status_code == 200


def test_the_labelled_association_route_sets_the_primary_company(api: httpx.Client) -> None:
    company = create_company(api, name="Acme")["id"]
    person = contact(api, "dana@acme.test").json()["id"]
    path = f"/crm/v4/objects/contacts/{person}/associations/companies/{company}"
    made = api.put(path, json=[{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 1}])
    assert made.status_code == 201, made.text
    assert made.json() == {
        "fromObjectTypeId": "0-1",
        "fromObjectId": int(person),
        "toObjectTypeId": "0-2",
        "toObjectId": int(company),
        "labels": ["Primary"],
    }
    listed = api.get(f"/crm/v4/objects/contacts/{person}/associations/companies").json()
    assert listed["results"] == [
        {
            "toObjectId": int(company),
            "associationTypes": [
                {"category": "HUBSPOT_DEFINED", "typeId": 279},
                {"category": "HUBSPOT_DEFINED", "typeId": 1, "label": "Primary"},
            ],
        }
    ]
    unlabelled = api.put(
        path, json=[{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 279}]
    )
    assert unlabelled.status_code == 201 and unlabelled.json()["labels"] == ["Primary"]
    user_label = api.put(
        path, json=[{"associationCategory": "USER_DEFINED", "associationTypeId": 77}]
    )
    assert user_label.status_code == 400
    missing = api.put(
        f"/crm/v4/objects/contacts/{person}/associations/companies/999999",
        json=[{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 279}],
    )
    assert missing.status_code == 404


def challenge_of(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def authorize(sandbox: Sandbox, verifier: str, **overrides: str) -> httpx.Response:
    params = {
        "client_id": DEFAULT_CLIENT_ID,
        "redirect_uri": REDIRECT,
        "scope": "oauth crm.objects.companies.read",
        "state": "st-1",
        "code_challenge": challenge_of(verifier),
        "code_challenge_method": "S256",
        **overrides,
    }
    return httpx.get(sandbox.url + "/oauth/authorize", params=params)


def exchange(sandbox: Sandbox, code: str, verifier: str) -> httpx.Response:
    form = {
        "grant_type": "authorization_code",
        "client_id": DEFAULT_CLIENT_ID,
        "client_secret": DEFAULT_CLIENT_SECRET,
        "redirect_uri": REDIRECT,
        "code": code,
        "code_verifier": verifier,
    }
    return httpx.post(sandbox.url + "/oauth/v3/token", data=form)


def test_sign_in_redirects_back_with_a_code_the_v3_endpoint_exchanges_once(
    sandbox: Sandbox,
) -> None:
    verifier = "v" * 64
    consent = authorize(sandbox, verifier)
    assert consent.status_code == 302
    back = urlsplit(consent.headers["location"])
    assert f"{back.scheme}://{back.netloc}{back.path}" == REDIRECT
    query = parse_qs(back.query)
    assert query["state"] == ["st-1"]
    code = query["code"][0]

    assert exchange(sandbox, code, "w" * 64).json().get("error") == "invalid_grant"
    consent = authorize(sandbox, verifier)  # a refused code is used up: ask again
    code = parse_qs(urlsplit(consent.headers["location"]).query)["code"][0]
    granted = exchange(sandbox, code, verifier)
    assert granted.status_code == 200, granted.text
    tokens = granted.json()
    assert tokens["refresh_token"] and tokens["access_token"] and tokens["expires_in"] > 0
    assert exchange(sandbox, code, verifier).status_code == 400  # once only
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert httpx.get(sandbox.url + "/crm/v3/objects/companies", headers=headers).status_code == 200


@pytest.mark.parametrize(
    "override",
    [
        {"client_id": "someone-else"},
        {"redirect_uri": "https://evil.example/callback"},
        {"code_challenge_method": "plain"},
    ],
)
def test_sign_in_refuses_a_bad_request(sandbox: Sandbox, override: dict[str, str]) -> None:
    refused = authorize(sandbox, "v" * 64, **override)
    assert refused.status_code == 400
    assert "location" not in refused.headers


def test_v3_takes_only_codes_it_issued_and_still_refreshes(sandbox: Sandbox) -> None:
    assert exchange(sandbox, "made-up", "v" * 64).status_code == 400
    verifier = "v" * 64
    code = parse_qs(urlsplit(authorize(sandbox, verifier).headers["location"]).query)["code"][0]
    refresh = exchange(sandbox, code, verifier).json()["refresh_token"]
    form = {
        "grant_type": "refresh_token",
        "client_id": DEFAULT_CLIENT_ID,
        "client_secret": DEFAULT_CLIENT_SECRET,
        "refresh_token": refresh,
    }
    assert httpx.post(sandbox.url + "/oauth/v3/token", data=form).status_code == 200

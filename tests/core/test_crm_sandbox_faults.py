"""Scripted faults of the CRM sandbox: each one as a sync engine would meet it."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from crm_sandbox import Sandbox
from tests.support.crm_sandbox import (
    api,
    control,
    create_company,
    oauth_form,
    sandbox,
    search_body,
    upsert_input,
)

__all__ = ["api", "control", "sandbox"]  # fixtures

# Each fault on a portal otherwise instant and unlimited; lag and limits are set where tested.
pytestmark = pytest.mark.crm_sandbox(search_lag=False, rate_limits=False)

UPSERT = "/crm/v3/objects/companies/batch/upsert"


def fault(control: httpx.Client, **spec: Any) -> None:
    response = control.post("/faults", json={"faults": [spec]})
    assert response.status_code == 200, response.text


def settings(control: httpx.Client, **values: Any) -> None:
    response = control.post("/faults", json={"settings": values})
    assert response.status_code == 200, response.text


def count_local_id(api: httpx.Client, local_id: str) -> int:
    filters = [{"propertyName": "csm_local_id", "operator": "EQ", "value": local_id}]
    body = api.post(
        "/crm/v3/objects/companies/search", json=search_body(filterGroups=[{"filters": filters}])
    ).json()
    total: int = body["total"]
    return total


@pytest.mark.parametrize(
    ("policy", "message"),
    [
        ("TEN_SECONDLY_ROLLING", "You have reached your ten_secondly_rolling limit."),
        ("DAILY", "You have reached your daily limit."),
        ("SECONDLY", "You have reached your secondly limit."),
    ],
)
def test_rate_limit_with_retry_after(
    api: httpx.Client, control: httpx.Client, policy: str, message: str
) -> None:
    fault(
        control,
        kind="rate_limit",
        method="POST",
        path="/crm/v3/objects/*/search",
        retryAfter=3,
        policy=policy,
    )
    limited = api.post("/crm/v3/objects/companies/search", json=search_body())
    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "3"
    body = limited.json()
    assert body["errorType"] == "RATE_LIMIT" and body["policyName"] == policy
    assert body["message"] == message and body["correlationId"]
    assert api.post("/crm/v3/objects/companies/search", json=search_body()).status_code == 200


def test_nth_call_selection(api: httpx.Client, control: httpx.Client) -> None:
    fault(
        control,
        kind="server_error",
        status=503,
        method="GET",
        path="/crm/v3/objects/companies",
        nth=[2, 3],
    )
    statuses = [api.get("/crm/v3/objects/companies").status_code for _ in range(4)]
    assert statuses == [200, 503, 503, 200]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_json_and_html(api: httpx.Client, control: httpx.Client, status: int) -> None:
    fault(control, kind="server_error", status=status, body="json")
    fault(control, kind="server_error", status=status, body="html", nth=[2])
    as_json = api.get("/crm/v3/objects/companies")
    assert as_json.status_code == status and as_json.json()["status"] == "error"
    as_html = api.get("/crm/v3/objects/companies")
    assert as_html.status_code == status
    assert as_html.headers["Content-Type"].startswith("text/html")
    assert "<html>" in as_html.text


def test_server_error_applies_nothing(api: httpx.Client, control: httpx.Client) -> None:
    fault(control, kind="server_error", status=500, path=UPSERT)
    assert api.post(UPSERT, json={"inputs": [upsert_input("L-1", "op-1")]}).status_code == 500
    assert count_local_id(api, "L-1") == 0


def test_apply_then_fail_leaves_the_write_applied(api: httpx.Client, control: httpx.Client) -> None:
    fault(control, kind="apply_then_fail", status=502, path=UPSERT, body="html")
    failed = api.post(UPSERT, json={"inputs": [upsert_input("L-1", "op-1", name="Acme")]})
    assert failed.status_code == 502
    assert count_local_id(api, "L-1") == 1
    retried = api.post(UPSERT, json={"inputs": [upsert_input("L-1", "op-1", name="Acme")]})
    assert retried.status_code == 200 and retried.json()["results"][0]["new"] is False
    assert count_local_id(api, "L-1") == 1


def test_timeout_before_applying_applies_nothing(api: httpx.Client, control: httpx.Client) -> None:
    fault(control, kind="delay", when="before", seconds=1.0, path=UPSERT)
    with pytest.raises(httpx.ReadTimeout):
        api.post(UPSERT, json={"inputs": [upsert_input("L-1", "op-1")]}, timeout=0.3)
    time.sleep(1.0)  # past the delay: the abandoned request was dropped, not applied late
    assert count_local_id(api, "L-1") == 0


def test_timeout_after_applying_applies(api: httpx.Client, control: httpx.Client) -> None:
    fault(control, kind="delay", when="after", seconds=1.0, path=UPSERT)
    with pytest.raises(httpx.ReadTimeout):
        api.post(UPSERT, json={"inputs": [upsert_input("L-1", "op-1")]}, timeout=0.3)
    assert count_local_id(api, "L-1") == 1


@pytest.mark.parametrize(("when", "applied"), [("before", 0), ("after", 1)])
def test_connection_reset_mid_body(
    api: httpx.Client, control: httpx.Client, when: str, applied: int
) -> None:
    fault(control, kind="reset", when=when, path=UPSERT)
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        api.post(UPSERT, json={"inputs": [upsert_input("L-1", "op-1", name="x" * 200)]})
    assert count_local_id(api, "L-1") == applied


def test_expired_token_then_refresh_works(sandbox: Sandbox, control: httpx.Client) -> None:
    settings(control, tokenTtlSeconds=60)
    control.post("/clock", json={"now": "2024-06-01T00:00:00Z"})
    granted = httpx.post(
        sandbox.url + "/oauth/v1/token", data=oauth_form(grant_type="authorization_code", code="c")
    ).json()
    assert granted["expires_in"] == 60

    def call(token: str) -> httpx.Response:
        return httpx.get(
            sandbox.url + "/crm/v3/objects/companies", headers={"Authorization": f"Bearer {token}"}
        )

    assert call(granted["access_token"]).status_code == 200
    control.post("/clock", json={"advance": 61})
    expired = call(granted["access_token"])
    assert expired.status_code == 401
    assert expired.json()["category"] == "EXPIRED_AUTHENTICATION"
    refreshed = httpx.post(
        sandbox.url + "/oauth/v1/token",
        data=oauth_form(grant_type="refresh_token", refresh_token=granted["refresh_token"]),
    ).json()
    assert refreshed["refresh_token"] == granted["refresh_token"]  # HubSpot v1 keeps it
    assert call(refreshed["access_token"]).status_code == 200


def test_forced_expiry_and_rotation(sandbox: Sandbox, control: httpx.Client) -> None:
    settings(control, rotateRefreshTokens=True)
    token_url = sandbox.url + "/oauth/v1/token"
    first = httpx.post(token_url, data=oauth_form(grant_type="authorization_code", code="c")).json()
    fault(control, kind="expired_token", path="/crm/v3/objects/*")
    headers = {"Authorization": f"Bearer {first['access_token']}"}
    assert httpx.get(sandbox.url + "/crm/v3/objects/companies", headers=headers).status_code == 401
    assert httpx.get(sandbox.url + "/crm/v3/objects/companies", headers=headers).status_code == 200
    control.post("/faults", json={"expireTokens": True})
    assert httpx.get(sandbox.url + "/crm/v3/objects/companies", headers=headers).status_code == 401
    rotated = httpx.post(
        token_url, data=oauth_form(grant_type="refresh_token", refresh_token=first["refresh_token"])
    ).json()
    assert rotated["refresh_token"] != first["refresh_token"]
    reused = httpx.post(
        token_url, data=oauth_form(grant_type="refresh_token", refresh_token=first["refresh_token"])
    )
    assert reused.status_code == 400 and reused.json()["error"] == "invalid_grant"


def test_token_endpoint_invalid_grant_and_429(sandbox: Sandbox, control: httpx.Client) -> None:
    token_url = sandbox.url + "/oauth/v1/token"
    unknown = httpx.post(token_url, data=oauth_form(grant_type="refresh_token", refresh_token="x"))
    assert unknown.status_code == 400
    assert unknown.json()["error"] == "invalid_grant"
    assert unknown.json()["status"] == "BAD_REFRESH_TOKEN"
    granted = httpx.post(token_url, data=oauth_form(grant_type="authorization_code", code="c"))
    refresh = granted.json()["refresh_token"]
    fault(control, kind="invalid_grant", path="/oauth/v1/token")
    fault(control, kind="rate_limit", path="/oauth/v1/token", nth=[2], retryAfter=5)
    form = oauth_form(grant_type="refresh_token", refresh_token=refresh)
    assert httpx.post(token_url, data=form).json()["error"] == "invalid_grant"
    limited = httpx.post(token_url, data=form)
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "5"
    assert httpx.post(token_url, data=form).status_code == 200
    revoked = httpx.delete(sandbox.url + f"/oauth/v1/refresh-tokens/{refresh}")
    assert revoked.status_code == 204
    assert httpx.post(token_url, data=form).status_code == 400


@pytest.mark.parametrize(
    ("category", "select"),
    [
        ("VALIDATION_ERROR", {"traceIds": ["op-2"]}),
        ("OBJECT_NOT_FOUND", {"indexes": [2]}),
        ("CONFLICT", {"ids": ["L-2"]}),
    ],
)
def test_chosen_batch_inputs_fail_with_207(
    api: httpx.Client, control: httpx.Client, category: str, select: dict[str, list[Any]]
) -> None:
    fault(control, kind="batch_errors", path=UPSERT, category=category, select=select)
    inputs = [upsert_input(f"L-{i}", f"op-{i}", name=f"Co {i}") for i in range(5)]
    response = api.post(UPSERT, json={"inputs": inputs})
    assert response.status_code == 207
    body = response.json()
    assert body["numErrors"] == 1
    assert body["errors"][0]["category"] == category
    assert body["errors"][0]["context"]["objectWriteTraceId"] == ["op-2"]
    assert len(body["results"]) == 4
    assert count_local_id(api, "L-2") == 0


def test_search_lag_hides_fresh_writes(api: httpx.Client, control: httpx.Client) -> None:
    control.post("/clock", json={"now": "2024-06-01T00:00:00Z"})
    old = create_company(api, name="Old")
    control.post("/clock", json={"advance": 60})
    settings(control, searchLagSeconds=5)
    fresh = create_company(api, name="Fresh")
    api.patch(f"/crm/v3/objects/companies/{old['id']}", json={"properties": {"name": "Renamed"}})

    def names() -> list[str]:
        results = api.post(
            "/crm/v3/objects/companies/search", json=search_body(properties=["name"])
        ).json()["results"]
        return [r["properties"]["name"] for r in results]

    assert names() == ["Old"]  # the fresh record is missing, the edit not yet seen
    assert api.get(f"/crm/v3/objects/companies/{fresh['id']}").status_code == 200
    control.post("/clock", json={"advance": 4})
    assert names() == ["Old"]
    control.post("/clock", json={"advance": 1})
    assert names() == ["Renamed", "Fresh"]


def test_a_search_by_modified_date_sees_the_lagging_index(
    api: httpx.Client, control: httpx.Client
) -> None:
    # The sync's own search shape: date range, other filters, ascending by modified date.
    control.post("/clock", json={"now": "2024-06-01T00:00:00Z"})
    first = create_company(api, name="First")
    control.post("/clock", json={"advance": 10})
    second = create_company(api, name="Second")
    control.post("/clock", json={"advance": 60})
    settings(control, searchLagSeconds=5)
    api.patch(f"/crm/v3/objects/companies/{first['id']}", json={"properties": {"name": "Moved"}})
    control.post("/clock", json={"advance": 1})
    api.delete(f"/crm/v3/objects/companies/{second['id']}")
    third = create_company(api, name="Third")
    modified = "hs_lastmodifieddate"

    def names() -> list[str]:
        body = search_body(
            filterGroups=[
                {
                    "filters": [
                        {"propertyName": modified, "operator": "GTE", "value": "0"},
                        {"propertyName": modified, "operator": "LTE", "value": "2024-07-01"},
                        {"propertyName": "name", "operator": "HAS_PROPERTY"},
                    ]
                }
            ],
            sorts=[{"propertyName": modified, "direction": "ASCENDING"}],
            properties=["name"],
        )
        response = api.post("/crm/v3/objects/companies/search", json=body)
        return [r["properties"]["name"] for r in response.json()["results"]]

    assert names() == ["First"]  # the old name; archived at once, created not yet indexed
    control.post("/clock", json={"advance": 5})
    assert names() == ["Moved", "Third"]
    for name, record in (("Third again", third), ("Moved again", first)):
        api.patch(f"/crm/v3/objects/companies/{record['id']}", json={"properties": {"name": name}})
        control.post("/clock", json={"advance": 6})
    assert names() == ["Third again", "Moved again"]  # reordered by the new dates


def test_lowered_search_cap(api: httpx.Client, control: httpx.Client, sandbox: Sandbox) -> None:
    settings(control, searchResultCap=100)
    with sandbox.store.lock:
        for i in range(250):
            sandbox.store.create("companies", {"name": f"Co {i}"})
    page = api.post(
        "/crm/v3/objects/companies/search", json=search_body(limit=100, after="0")
    ).json()
    assert page["total"] == 250 and page["paging"]["next"]["after"] == "100"
    beyond = api.post("/crm/v3/objects/companies/search", json=search_body(after="100"))
    assert beyond.status_code == 400


def test_identical_timestamps(api: httpx.Client, control: httpx.Client) -> None:
    settings(control, identicalTimestamps=True)
    first = create_company(api, name="A")
    control.post("/clock", json={"advance": 5})
    second = create_company(api, name="B")
    assert first["updatedAt"] == second["updatedAt"]
    assert first["id"] != second["id"]


def test_silent_mutation_keeps_the_modified_date(api: httpx.Client, control: httpx.Client) -> None:
    company = create_company(api, name="Acme", csm_health_score="70")
    control.post("/clock", json={"advance": 30})
    silent = control.post(
        "/mutate",
        json={
            "op": "update",
            "type": "companies",
            "id": company["id"],
            "properties": {"csm_health_score": "20"},
            "bump": False,
        },
    )
    assert silent.status_code == 200, silent.text
    got = api.get(
        f"/crm/v3/objects/companies/{company['id']}", params={"properties": "csm_health_score"}
    ).json()
    assert got["properties"]["csm_health_score"] == "20"
    assert got["updatedAt"] == company["updatedAt"]
    assert got["properties"]["hs_lastmodifieddate"] == company["properties"]["hs_lastmodifieddate"]
    loud = control.post(
        "/mutate",
        json={
            "op": "update",
            "type": "companies",
            "id": company["id"],
            "properties": {"name": "B"},
        },
    ).json()
    assert loud["updatedAt"] > company["updatedAt"]


def test_silent_archive_and_association_change(api: httpx.Client, control: httpx.Client) -> None:
    company = create_company(api, name="Acme")
    contact = api.post("/crm/v3/objects/contacts", json={"properties": {"email": "a@x.jp"}}).json()
    linked = control.post(
        "/mutate",
        json={
            "op": "associate",
            "type": "contacts",
            "id": contact["id"],
            "toType": "companies",
            "toId": company["id"],
            "bump": False,
        },
    )
    assert linked.json()["updatedAt"] == contact["updatedAt"]
    links = api.get(f"/crm/v4/objects/contacts/{contact['id']}/associations/companies").json()
    assert [r["toObjectId"] for r in links["results"]] == [int(company["id"])]
    control.post(
        "/mutate", json={"op": "archive", "type": "companies", "id": company["id"], "bump": False}
    )
    archived = api.get(
        f"/crm/v3/objects/companies/{company['id']}", params={"archived": "true"}
    ).json()
    assert archived["archived"] is True and archived["updatedAt"] == company["updatedAt"]


def test_request_log_and_reset(api: httpx.Client, control: httpx.Client) -> None:
    fault(control, kind="server_error", status=500, nth=[1])
    api.post("/crm/v3/objects/companies", json={"properties": {"name": "A"}})
    api.get("/crm/v3/objects/companies?limit=5")
    log = control.get("/requests").json()["requests"]
    assert [(e["method"], e["path"], e["status"]) for e in log] == [
        ("POST", "/crm/v3/objects/companies", 500),
        ("GET", "/crm/v3/objects/companies", 200),
    ]
    assert log[0]["body"] == {"properties": {"name": "A"}} and log[0]["faults"] == ["server_error"]
    assert log[1]["query"] == {"limit": ["5"]}
    assert control.get("/requests", params={"since": log[0]["seq"]}).json()["requests"] == log[1:]
    assert control.get("/faults").json()["faults"][0]["fired"] == 1
    control.post("/reset", json={})
    assert control.get("/requests").json()["requests"] == []
    assert api.get("/crm/v3/objects/companies").json()["results"] == []


def test_bad_fault_specs_are_refused(control: httpx.Client) -> None:
    assert control.post("/faults", json={"faults": [{"kind": "explode"}]}).status_code == 400
    assert (
        control.post(
            "/faults", json={"faults": [{"kind": "server_error", "status": 418}]}
        ).status_code
        == 400
    )
    assert (
        control.post("/faults", json={"settings": {"searchLagSeconds": "soon"}}).status_code == 400
    )
    assert control.post("/clock", json={"when": "now"}).status_code == 400


def test_enforced_rate_limit_counts_requests(api: httpx.Client, control: httpx.Client) -> None:
    settings(control, enforceRateLimits=True, rateLimitMax=3)
    control.post("/clock", json={"now": "2024-06-01T00:00:00Z"})
    statuses = [api.get("/crm/v3/objects/companies").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    control.post("/clock", json={"advance": 10})
    assert api.get("/crm/v3/objects/companies").status_code == 200

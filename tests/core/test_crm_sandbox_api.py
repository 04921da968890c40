"""The CRM sandbox's routes over real HTTP on loopback: the happy paths and HubSpot's limits."""

from __future__ import annotations

import httpx
import pytest

from crm_sandbox import Sandbox
from tests.support.crm_sandbox import (
    api,
    control,
    create_company,
    sandbox,
    search_body,
    upsert_input,
)

__all__ = ["api", "control", "sandbox"]  # fixtures

# The routes' answers, read at once and in bursts: no search lag, no rate limits.
pytestmark = pytest.mark.crm_sandbox(search_lag=False, rate_limits=False)

RATE_HEADERS = (
    "X-HubSpot-RateLimit-Max",
    "X-HubSpot-RateLimit-Remaining",
    "X-HubSpot-RateLimit-Interval-Milliseconds",
    "X-HubSpot-RateLimit-Daily",
    "X-HubSpot-RateLimit-Daily-Remaining",
)


def test_properties_list_read_create_and_conflict(api: httpx.Client) -> None:
    listed = api.get("/crm/v3/properties/companies")
    assert listed.status_code == 200
    by_name = {p["name"]: p for p in listed.json()["results"]}
    assert by_name["csm_local_id"]["hasUniqueValue"] is True
    assert [o["value"] for o in by_name["csm_lifecycle_stage"]["options"]] == [
        "sales",
        "delivery",
        "service",
        "value",
    ]
    assert by_name["csm_health_score"]["type"] == "number"
    one = api.get("/crm/v3/properties/contacts/lastmodifieddate")
    assert one.status_code == 200 and one.json()["type"] == "datetime"
    assert api.get("/crm/v3/properties/companies/nope").status_code == 404

    definition = {
        "name": "csm_tier",
        "label": "Tier",
        "type": "enumeration",
        "fieldType": "select",
        "groupName": "csm",
        "options": [{"label": "A", "value": "a", "hidden": False}],
    }
    created = api.post("/crm/v3/properties/companies", json=definition)
    assert created.status_code == 201, created.text
    again = api.post("/crm/v3/properties/companies", json=definition)
    assert again.status_code == 409
    assert again.json()["category"] == "OBJECT_ALREADY_EXISTS"


def test_bare_portal_lets_the_schema_be_created(api: httpx.Client, control: httpx.Client) -> None:
    control.post("/reset", json={"schema": "bare"})
    assert api.get("/crm/v3/properties/companies/csm_local_id").status_code == 404
    created = api.post(
        "/crm/v3/properties/companies",
        json={
            "name": "csm_local_id",
            "label": "Local id",
            "type": "string",
            "fieldType": "text",
            "groupName": "csm",
            "hasUniqueValue": True,
        },
    )
    assert created.status_code == 201
    assert created.json()["hasUniqueValue"] is True


def test_object_crud_clear_and_archive(api: httpx.Client) -> None:
    company = create_company(api, name="Acme", csm_local_id="L-1", csm_health_score="72")
    company_id = company["id"]
    assert company_id.isdigit()
    assert company["createdAt"].endswith("Z") and company["archived"] is False
    props = company["properties"]
    assert props["hs_object_id"] == company_id
    assert props["createdate"] == props["hs_lastmodifieddate"] == company["createdAt"]

    got = api.get(
        f"/crm/v3/objects/companies/{company_id}", params={"properties": "name,csm_health_score"}
    )
    assert got.json()["properties"]["csm_health_score"] == "72"
    by_local = api.get(
        "/crm/v3/objects/companies/L-1", params={"idProperty": "csm_local_id", "properties": "name"}
    )
    assert by_local.json()["id"] == company_id

    patched = api.patch(
        f"/crm/v3/objects/companies/{company_id}",
        json={"properties": {"name": "Acme KK", "csm_health_score": ""}},
    )
    assert patched.status_code == 200
    assert patched.json()["updatedAt"] >= company["updatedAt"]
    got = api.get(
        f"/crm/v3/objects/companies/{company_id}?properties=name&properties=csm_health_score"
    )
    assert got.json()["properties"]["name"] == "Acme KK"
    assert "csm_health_score" not in got.json()["properties"]  # "" cleared it

    assert api.delete(f"/crm/v3/objects/companies/{company_id}").status_code == 204
    assert api.get(f"/crm/v3/objects/companies/{company_id}").status_code == 404
    archived = api.get(f"/crm/v3/objects/companies/{company_id}", params={"archived": "true"})
    assert archived.json()["archived"] is True and "archivedAt" in archived.json()
    listed = api.get("/crm/v3/objects/companies", params={"archived": "true"}).json()
    assert [r["id"] for r in listed["results"]] == [company_id]
    assert api.delete("/crm/v3/objects/companies/999999").status_code == 404


def test_contacts_carry_lastmodifieddate(api: httpx.Client) -> None:
    created = api.post("/crm/v3/objects/contacts", json={"properties": {"email": "k@example.jp"}})
    props = created.json()["properties"]
    assert props["lastmodifieddate"] == props["hs_lastmodifieddate"] == created.json()["updatedAt"]


def test_invalid_values_are_refused_with_details(api: httpx.Client) -> None:
    response = api.post(
        "/crm/v3/objects/companies",
        json={"properties": {"csm_lifecycle_stage": "churned", "nope": "x", "hs_object_id": "1"}},
    )
    assert response.status_code == 400
    body = response.json()
    assert body["category"] == "VALIDATION_ERROR"
    assert {e["code"] for e in body["errors"]} == {
        "INVALID_OPTION",
        "PROPERTY_DOESNT_EXIST",
        "READ_ONLY_VALUE",
    }


def test_list_pages_with_after_and_limit_at_most_100(api: httpx.Client) -> None:
    ids = [create_company(api, name=f"C{i}")["id"] for i in range(5)]
    seen, after = [], None
    while True:
        params = {"limit": "2", **({"after": after} if after else {})}
        page = api.get("/crm/v3/objects/companies", params=params).json()
        seen += [r["id"] for r in page["results"]]
        after = page.get("paging", {}).get("next", {}).get("after")
        if not after:
            break
    assert seen == ids
    assert api.get("/crm/v3/objects/companies", params={"limit": "101"}).status_code == 400


def test_unique_local_id_is_enforced(api: httpx.Client) -> None:
    first = create_company(api, name="Acme", csm_local_id="L-1")
    clash = api.post(
        "/crm/v3/objects/companies", json={"properties": {"name": "Other", "csm_local_id": "L-1"}}
    )
    assert clash.status_code == 409
    assert clash.json()["category"] == "CONFLICT"
    assert f"Existing ID: {first['id']}" in clash.json()["message"]


def test_batch_upsert_by_local_id_creates_then_updates(api: httpx.Client) -> None:
    url = "/crm/v3/objects/companies/batch/upsert"
    inputs = [upsert_input(f"L-{i}", f"op-{i}", name=f"Co {i}") for i in range(3)]
    first = api.post(url, json={"inputs": inputs})
    assert first.status_code == 200, first.text
    assert [r["new"] for r in first.json()["results"]] == [True, True, True]
    assert first.json()["status"] == "COMPLETE"
    second = api.post(url, json={"inputs": [upsert_input("L-1", "op-9", name="Renamed")]})
    result = second.json()["results"][0]
    assert result["new"] is False and result["properties"]["name"] == "Renamed"
    assert result["objectWriteTraceId"] == "op-9"
    found = api.post(
        "/crm/v3/objects/companies/search",
        json=search_body(
            filterGroups=[
                {"filters": [{"propertyName": "csm_local_id", "operator": "EQ", "value": "L-1"}]}
            ]
        ),
    )
    assert found.json()["total"] == 1


def test_upsert_needs_a_unique_id_property_and_distinct_ids(api: httpx.Client) -> None:
    url = "/crm/v3/objects/companies/batch/upsert"
    by_name = {"inputs": [{"idProperty": "name", "id": "Acme", "properties": {}}]}
    assert api.post(url, json=by_name).status_code == 400
    twice = {"inputs": [upsert_input("L-1", "a"), upsert_input("L-1", "b")]}
    assert api.post(url, json=twice).status_code == 400


def test_batch_routes(api: httpx.Client) -> None:
    base = "/crm/v3/objects/companies/batch"
    created = api.post(
        f"{base}/create",
        json={"inputs": [{"properties": {"name": n}, "associations": []} for n in ("A", "B")]},
    )
    assert created.status_code == 201
    ids = [r["id"] for r in created.json()["results"]]
    updated = api.post(
        f"{base}/update",
        json={"inputs": [{"id": i, "properties": {"csm_health_score": "50"}} for i in ids]},
    )
    assert updated.status_code == 200
    read = api.post(
        f"{base}/read",
        json={
            "inputs": [{"id": i} for i in ids],
            "properties": ["csm_health_score"],
            "propertiesWithHistory": [],
        },
    )
    assert read.status_code == 200
    assert {r["properties"]["csm_health_score"] for r in read.json()["results"]} == {"50"}
    missing = api.post(
        f"{base}/read",
        json={
            "inputs": [{"id": ids[0]}, {"id": "424242"}],
            "properties": [],
            "propertiesWithHistory": [],
        },
    )
    assert missing.status_code == 207
    assert missing.json()["errors"][0]["category"] == "OBJECT_NOT_FOUND"
    assert missing.json()["errors"][0]["context"]["ids"] == ["424242"]
    archived = api.post(f"{base}/archive", json={"inputs": [{"id": i} for i in ids]})
    assert archived.status_code == 204
    assert api.get(f"/crm/v3/objects/companies/{ids[0]}").status_code == 404


@pytest.mark.parametrize("operation", ["read", "create", "update", "upsert", "archive"])
def test_batches_over_100_inputs_are_refused(api: httpx.Client, operation: str) -> None:
    inputs = [upsert_input(f"L-{i}", f"op-{i}") for i in range(101)]
    response = api.post(f"/crm/v3/objects/companies/batch/{operation}", json={"inputs": inputs})
    assert response.status_code == 400
    assert response.json()["category"] == "VALIDATION_ERROR"


def test_partial_batch_reports_each_failure_by_trace_id(api: httpx.Client) -> None:
    create_company(api, name="Taken", csm_local_id="L-taken")
    inputs = [
        {"objectWriteTraceId": "op-1", "properties": {"name": "Fine", "csm_local_id": "L-new"}},
        {"objectWriteTraceId": "op-2", "properties": {"csm_lifecycle_stage": "nope"}},
        {"objectWriteTraceId": "op-3", "properties": {"csm_local_id": "L-taken"}},
    ]
    response = api.post("/crm/v3/objects/companies/batch/create", json={"inputs": inputs})
    assert response.status_code == 207
    body = response.json()
    assert body["numErrors"] == 2
    assert [r["objectWriteTraceId"] for r in body["results"]] == ["op-1"]
    by_trace = {e["context"]["objectWriteTraceId"][0]: e for e in body["errors"]}
    assert by_trace["op-2"]["category"] == "VALIDATION_ERROR"
    assert by_trace["op-3"]["category"] == "CONFLICT"
    update = api.post(
        "/crm/v3/objects/companies/batch/update",
        json={
            "inputs": [{"id": "999999", "objectWriteTraceId": "op-4", "properties": {"name": "x"}}]
        },
    )
    assert update.status_code == 207
    assert update.json()["errors"][0]["category"] == "OBJECT_NOT_FOUND"


def _search(api: httpx.Client, *filters: dict[str, object], **overrides: object) -> httpx.Response:
    groups = [{"filters": list(filters)}] if filters else []
    return api.post(
        "/crm/v3/objects/companies/search", json=search_body(filterGroups=groups, **overrides)
    )


def test_search_operators(api: httpx.Client) -> None:
    for name, score in (("Alpha", "10"), ("Beta", "50"), ("Gamma", "90")):
        create_company(api, name=name, csm_health_score=score)
    create_company(api, name="Delta")

    def names(*filters: dict[str, object]) -> list[str]:
        response = _search(api, *filters, properties=["name"])
        assert response.status_code == 200, response.text
        return [r["properties"]["name"] for r in response.json()["results"]]

    score = "csm_health_score"
    assert names({"propertyName": "name", "operator": "EQ", "value": "beta"}) == ["Beta"]
    assert names({"propertyName": "name", "operator": "NEQ", "value": "Beta"}) == [
        "Alpha",
        "Gamma",
        "Delta",
    ]
    assert names({"propertyName": score, "operator": "GT", "value": "10"}) == ["Beta", "Gamma"]
    assert names({"propertyName": score, "operator": "GTE", "value": "50"}) == ["Beta", "Gamma"]
    assert names({"propertyName": score, "operator": "LT", "value": "50"}) == ["Alpha"]
    assert names({"propertyName": score, "operator": "LTE", "value": "50"}) == ["Alpha", "Beta"]
    between = {"propertyName": score, "operator": "BETWEEN", "value": "20", "highValue": "90"}
    assert names(between) == ["Beta", "Gamma"]
    assert names({"propertyName": "name", "operator": "IN", "values": ["alpha", "gamma"]}) == [
        "Alpha",
        "Gamma",
    ]
    assert names({"propertyName": score, "operator": "HAS_PROPERTY"}) == ["Alpha", "Beta", "Gamma"]


def test_search_sorts_on_one_property_and_filters_on_dates(
    api: httpx.Client, control: httpx.Client
) -> None:
    control.post("/clock", json={"now": "2024-04-01T00:00:00Z"})
    create_company(api, name="Too early")
    control.post("/clock", json={"now": "2024-06-01T00:00:00Z"})
    late = create_company(api, name="Late")
    control.post("/clock", json={"now": "2024-06-02T00:00:00Z"})
    api.patch(f"/crm/v3/objects/companies/{late['id']}", json={"properties": {"name": "Late"}})
    control.post("/clock", json={"now": "2024-06-01T12:00:00Z", "frozen": False})
    early = create_company(api, name="Early")
    control.post("/clock", json={"now": "2024-06-03T00:00:00Z"})
    response = _search(
        api,
        {"propertyName": "hs_lastmodifieddate", "operator": "GTE", "value": "1714521600000"},
        sorts=[{"propertyName": "hs_lastmodifieddate", "direction": "ASCENDING"}],
    )
    assert [r["id"] for r in response.json()["results"]] == [early["id"], late["id"]]
    descending = _search(api, sorts=["-hs_lastmodifieddate"])
    assert [r["id"] for r in descending.json()["results"]][:2] == [late["id"], early["id"]]
    after_noon = _search(
        api,
        {"propertyName": "hs_lastmodifieddate", "operator": "GT", "value": "2024-06-01T18:00:00Z"},
    )
    assert [r["id"] for r in after_noon.json()["results"]] == [late["id"]]


def test_search_excludes_archived_and_limits_page_size(api: httpx.Client) -> None:
    kept = create_company(api, name="Kept")
    gone = create_company(api, name="Gone")
    api.delete(f"/crm/v3/objects/companies/{gone['id']}")
    assert [r["id"] for r in _search(api).json()["results"]] == [kept["id"]]
    assert _search(api, limit=201).status_code == 400


def test_search_pages_up_to_10000_then_400(api: httpx.Client, sandbox: Sandbox) -> None:
    with sandbox.store.lock:
        for i in range(10_050):
            sandbox.store.create("companies", {"name": f"Co {i}"})
    first = _search(api, limit=200, properties=["name"]).json()
    second = _search(api, limit=200, after=first["paging"]["next"]["after"]).json()
    assert first["total"] == 10_050
    assert [r["properties"]["name"] for r in second["results"][:1]] == ["Co 200"]
    # The cursor is an offset, so the last allowed page can be asked for directly.
    last = _search(api, limit=200, after="9800").json()
    assert last["results"][-1]["properties"]["name"] == "Co 9999"
    assert last["paging"]["next"]["after"] == "10000"
    beyond = _search(api, limit=200, after="10000")
    assert beyond.status_code == 400
    assert beyond.json()["category"] == "VALIDATION_ERROR"


def test_associations_v4(api: httpx.Client) -> None:
    company = create_company(api, name="Acme")["id"]
    contact = api.post("/crm/v3/objects/contacts", json={"properties": {"email": "a@x.jp"}}).json()[
        "id"
    ]
    note = api.post(
        "/crm/v3/objects/notes",
        json={"properties": {"hs_timestamp": "1717200000000", "hs_note_body": "Kickoff"}},
    ).json()["id"]

    put = api.put(f"/crm/v4/objects/contacts/{contact}/associations/default/companies/{company}")
    assert put.status_code == 200
    specs = {r["associationSpec"]["associationTypeId"] for r in put.json()["results"]}
    assert specs == {279, 280}
    listed = api.get(f"/crm/v4/objects/companies/{company}/associations/contacts").json()
    assert listed["results"] == [
        {
            "toObjectId": int(contact),
            "associationTypes": [{"category": "HUBSPOT_DEFINED", "typeId": 280}],
        }
    ]

    created = api.post(
        "/crm/v4/associations/notes/companies/batch/create",
        json={
            "inputs": [
                {
                    "from": {"id": note},
                    "to": {"id": company},
                    "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 190}],
                }
            ]
        },
    )
    assert created.status_code == 201, created.text
    assert created.json()["results"][0]["toObjectTypeId"] == "0-2"
    wrong_type = api.post(
        "/crm/v4/associations/notes/contacts/batch/create",
        json={
            "inputs": [
                {
                    "from": {"id": note},
                    "to": {"id": contact},
                    "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 190}],
                }
            ]
        },
    )
    assert wrong_type.status_code == 207
    read = api.post(
        "/crm/v4/associations/companies/notes/batch/read",
        json={"inputs": [{"id": company}]},
    )
    assert read.status_code == 200
    assert read.json()["results"][0]["to"][0] == {
        "toObjectId": int(note),
        "associationTypes": [{"category": "HUBSPOT_DEFINED", "typeId": 189}],
    }
    archived = api.post(
        "/crm/v4/associations/notes/companies/batch/archive",
        json={"inputs": [{"from": {"id": note}, "to": [{"id": company}]}]},
    )
    assert archived.status_code == 204
    unlinked = api.post(
        "/crm/v4/associations/companies/notes/batch/read", json={"inputs": [{"id": company}]}
    )
    assert unlinked.status_code == 207  # a record without links is an error entry

    deleted = api.delete(f"/crm/v4/objects/contacts/{contact}/associations/companies/{company}")
    assert deleted.status_code == 204
    assert (
        api.get(f"/crm/v4/objects/companies/{company}/associations/contacts").json()["results"]
        == []
    )


def test_create_with_associations_and_v3_associations_view(api: httpx.Client) -> None:
    company = create_company(api, name="Acme")["id"]
    contact = api.post(
        "/crm/v3/objects/contacts",
        json={
            "properties": {"email": "b@x.jp"},
            "associations": [
                {
                    "to": {"id": company},
                    "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 279}],
                }
            ],
        },
    ).json()["id"]
    got = api.get(f"/crm/v3/objects/companies/{company}", params={"associations": "contacts"})
    assert got.json()["associations"]["contacts"]["results"] == [
        {"id": contact, "type": "company_to_contact"}
    ]


def test_every_response_carries_rate_limit_headers(api: httpx.Client, sandbox: Sandbox) -> None:
    responses = [
        api.get("/crm/v3/properties/companies"),
        api.post("/crm/v3/objects/companies", json={"properties": {"name": "A"}}),
        api.get("/crm/v3/objects/companies/999999"),
        api.post("/crm/v3/objects/companies/search", json=search_body()),
        httpx.get(sandbox.url + "/crm/v3/objects/companies"),
        httpx.post(sandbox.url + "/oauth/v1/token", data={"grant_type": "refresh_token"}),
    ]
    for response in responses:
        for header in RATE_HEADERS:
            assert header in response.headers, (response.request.url, header)
    assert int(responses[1].headers["X-HubSpot-RateLimit-Remaining"]) < int(
        responses[0].headers["X-HubSpot-RateLimit-Remaining"]
    )


def test_bearer_token_is_required(sandbox: Sandbox) -> None:
    none = httpx.get(sandbox.url + "/crm/v3/objects/companies")
    assert none.status_code == 401 and none.json()["category"] == "INVALID_AUTHENTICATION"
    wrong = httpx.get(
        sandbox.url + "/crm/v3/objects/companies", headers={"Authorization": "Bearer nope"}
    )
    assert wrong.status_code == 401


def test_unknown_routes_and_types(api: httpx.Client) -> None:
    assert api.get("/crm/v3/objects/widgets").status_code == 400
    assert api.get("/crm/v9/nothing").status_code == 404
    assert api.put("/crm/v3/objects/companies").status_code == 405


def test_deals_live_in_pipelines_with_stages_the_portal_numbers(api: httpx.Client) -> None:
    listed = api.get("/crm/v3/pipelines/deals").json()["results"]
    assert [p["id"] for p in listed] == ["default"]
    assert "closedwon" in [s["id"] for s in listed[0]["stages"]]
    body = {
        "label": "Renewals",
        "displayOrder": 1,
        "stages": [
            {"label": "Open", "displayOrder": 0, "metadata": {"probability": "0.5"}},
            {"label": "Won", "displayOrder": 1, "metadata": {"probability": "1.0"}},
        ],
    }
    created = api.post("/crm/v3/pipelines/deals", json=body)
    assert created.status_code == 201, created.text
    pipeline = created.json()
    assert api.post("/crm/v3/pipelines/deals", json=body).status_code == 409
    assert api.get(f"/crm/v3/pipelines/deals/{pipeline['id']}").json() == pipeline
    won = pipeline["stages"][1]["id"]
    deal = {"dealname": "Renewal", "pipeline": pipeline["id"], "dealstage": won}
    assert api.post("/crm/v3/objects/deals", json={"properties": deal}).status_code == 201
    wrong = {**deal, "dealstage": "closedwon"}  # a stage of another pipeline
    refused = api.post("/crm/v3/objects/deals", json={"properties": wrong})
    assert refused.status_code == 400 and refused.json()["errors"][0]["in"] == "dealstage"
    assert api.get("/crm/v3/pipelines/contacts").status_code == 400


def test_tasks_take_hubspots_statuses(api: httpx.Client) -> None:
    task = {"hs_task_subject": "Call back", "hs_timestamp": "1717200000000"}
    done = api.post(
        "/crm/v3/objects/tasks", json={"properties": {**task, "hs_task_status": "COMPLETED"}}
    )
    assert done.status_code == 201, done.text
    bad = api.post("/crm/v3/objects/tasks", json={"properties": {**task, "hs_task_status": "DONE"}})
    assert bad.status_code == 400

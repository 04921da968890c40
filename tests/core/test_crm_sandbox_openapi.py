"""Requests to and responses from the CRM sandbox, checked against HubSpot's own OpenAPI files.

Every exchange below is sent to a running sandbox over loopback, then the request and the
response are validated with openapi-core against the official file for that API (copied into
``shared/crm/hubspot-openapi`` beside the repository). Error bodies are checked too: the files
declare them as the ``Error`` schema under ``*/*``, which openapi-core does not parse as JSON, so
the loader adds an ``application/json`` entry with the same schema; and it drops the empty
``content: {}`` of 204 responses. No schema is changed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest

from crm_sandbox import Sandbox
from cs_desktop.sync.adapter import Kind
from cs_desktop.sync.hubspot.mapping import OBJECT_TYPES
from cs_desktop.sync.hubspot.reading import list_params, scope_of
from tests.support.crm_sandbox import (
    api,
    control,
    create_company,
    oauth_form,
    sandbox,
    search_body,
    upsert_input,
)

openapi_core = pytest.importorskip("openapi_core", reason="openapi-core is a test dependency")
from openapi_core import Config, OpenAPI  # noqa: E402
from openapi_core.testing import MockRequest, MockResponse  # noqa: E402

__all__ = ["api", "control", "sandbox"]  # fixtures

SPEC_DIR = Path(__file__).parents[2].parent / "shared" / "crm" / "hubspot-openapi"
SPEC_FILES = {
    "/crm/v3/objects/companies": "CRM_Companies_v3_companies.json",
    "/crm/v3/objects/contacts": "CRM_Contacts_v3_contacts.json",
    "/crm/v3/objects/notes": "CRM_Notes_v3_notes.json",
    "/crm/v3/objects/meetings": "CRM_Meetings_v3_meetings.json",
    "/crm/v3/objects/calls": "CRM_Calls_v3_calls.json",
    "/crm/v3/properties": "CRM_Properties_v3_properties.json",
    "/crm/v4": "CRM_Associations_v4_associations.json",
    "/oauth/v1": "Auth_Oauth_v1_oauth.json",
    "/oauth/v3": "Auth_Oauth_v3_oauth.json",
}
HOST = "https://api.hubapi.com"  # the files' server; validation matches paths under it

pytestmark = [
    # Exchanges checked one after another, searched at once: no search lag, no rate limits.
    pytest.mark.crm_sandbox(search_lag=False, rate_limits=False),
    pytest.mark.skipif(
        not SPEC_DIR.is_dir(), reason=f"HubSpot OpenAPI files not found at {SPEC_DIR}"
    ),
    # The files list oauth2 among the accepted schemes, which openapi-core cannot check.
    pytest.mark.filterwarnings("ignore:Unsupported scheme type:UserWarning"),
]


def _load(name: str) -> OpenAPI:
    spec = json.loads((SPEC_DIR / name).read_text(encoding="utf-8"))
    for response in spec.get("components", {}).get("responses", {}).values():
        content = response.get("content", {})
        if "*/*" in content and "application/json" not in content:
            content["application/json"] = content["*/*"]
    for operations in spec["paths"].values():
        for operation in operations.values():
            for response in (
                operation.get("responses", {}).values() if isinstance(operation, dict) else ()
            ):
                # "204: content {}" means no body; openapi-core reads an empty map as "a body
                # of no known type" and fails, so the empty map is dropped.
                if response.get("content") == {}:
                    del response["content"]
    # Some files repeat a tag name, which the spec linter rejects; tags do not affect
    # validation, so the lint step is skipped and the schemas are used as published.
    return OpenAPI.from_dict(spec, config=Config(spec_validator_cls=None))


@pytest.fixture(scope="module")
def specs() -> dict[str, OpenAPI]:
    return {prefix: _load(name) for prefix, name in SPEC_FILES.items()}


class Checker:
    """Sends a request to the sandbox and validates the exchange against the right file."""

    def __init__(self, client: httpx.Client, specs: dict[str, OpenAPI]) -> None:
        self.client = client
        self.specs = specs
        self.checked: list[tuple[str, str, int]] = []

    def __call__(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        form: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
        expect: int,
    ) -> Any:
        if form is not None:
            content, content_type = urlencode(form).encode(), "application/x-www-form-urlencoded"
        elif json_body is not None:
            content, content_type = json.dumps(json_body).encode(), "application/json"
        else:
            content, content_type = b"", "application/json"
        response = self.client.request(
            method,
            path,
            content=content or None,
            params=params,
            headers={"Content-Type": content_type} if content else {},
        )
        assert response.status_code == expect, response.text
        spec = next(s for prefix, s in self.specs.items() if path.startswith(prefix))
        request = MockRequest(
            HOST,
            method.lower(),
            path,
            args=params or {},
            headers={"Authorization": self.client.headers.get("Authorization", "")},
            data=content or None,
            content_type=content_type,
        )
        spec.validate_request(request)
        mock = MockResponse(
            response.content,
            status_code=response.status_code,
            content_type=response.headers.get("Content-Type", "application/json").split(";")[0],
        )
        spec.validate_response(request, mock)
        self.checked.append((method, path, response.status_code))
        return response.json() if response.content else None


@pytest.fixture
def check(api: httpx.Client, specs: dict[str, OpenAPI]) -> Iterator[Checker]:
    yield Checker(api, specs)


def test_object_routes_validate(check: Checker, control: httpx.Client) -> None:
    base = "/crm/v3/objects/companies"
    created = check(
        "POST",
        base,
        json_body={"properties": {"name": "Acme", "csm_local_id": "L-1"}, "associations": []},
        expect=201,
    )
    company = created["id"]
    check("GET", base, params={"limit": "1", "properties": "name"}, expect=200)
    check(
        "GET",
        f"{base}/{company}",
        params={"properties": "name", "associations": "contacts"},
        expect=200,
    )
    check("GET", f"{base}/L-1", params={"idProperty": "csm_local_id"}, expect=200)
    check(
        "PATCH",
        f"{base}/{company}",
        json_body={"properties": {"csm_health_score": "72"}},
        expect=200,
    )
    check(
        "POST",
        f"{base}/batch/read",
        json_body={
            "inputs": [{"id": company}],
            "properties": ["name"],
            "propertiesWithHistory": [],
        },
        expect=200,
    )
    check(
        "POST",
        f"{base}/batch/read",
        json_body={"inputs": [{"id": "999999"}], "properties": [], "propertiesWithHistory": []},
        expect=207,
    )
    batch = check(
        "POST",
        f"{base}/batch/create",
        json_body={"inputs": [{"properties": {"name": "B"}, "associations": []}]},
        expect=201,
    )
    check(
        "POST",
        f"{base}/batch/update",
        json_body={
            "inputs": [
                {
                    "id": batch["results"][0]["id"],
                    "properties": {"name": "B2"},
                    "objectWriteTraceId": "op-1",
                }
            ]
        },
        expect=200,
    )
    check(
        "POST",
        f"{base}/batch/upsert",
        json_body={
            "inputs": [upsert_input("L-1", "op-2", name="Acme KK"), upsert_input("L-9", "op-3")]
        },
        expect=200,
    )
    check(
        "POST",
        f"{base}/batch/upsert",
        json_body={"inputs": [upsert_input("L-7", "op-4", csm_lifecycle_stage="nope")]},
        expect=207,
    )
    check(
        "POST",
        f"{base}/search",
        json_body=search_body(
            sorts=["hs_lastmodifieddate"],
            limit=1,
            filterGroups=[{"filters": [{"propertyName": "name", "operator": "HAS_PROPERTY"}]}],
        ),
        expect=200,
    )
    check("DELETE", f"{base}/{company}", expect=204)
    check(
        "POST",
        f"{base}/batch/archive",
        json_body={"inputs": [{"id": batch["results"][0]["id"]}]},
        expect=204,
    )
    check("GET", base, params={"archived": "true"}, expect=200)


@pytest.mark.parametrize("kind", ["contacts", "notes", "meetings", "calls"])
def test_other_object_types_validate(check: Checker, kind: str) -> None:
    base = f"/crm/v3/objects/{kind}"
    props = {"email": "a@x.jp"} if kind == "contacts" else {"hs_timestamp": "1717200000000"}
    created = check("POST", base, json_body={"properties": props, "associations": []}, expect=201)
    check("GET", f"{base}/{created['id']}", expect=200)
    if kind == "contacts":
        props = {"email": "b@x.jp"}  # one contact per email
    check(
        "POST",
        f"{base}/batch/upsert",
        json_body={"inputs": [upsert_input("L-1", "op-1", **props)]},
        expect=200,
    )
    if kind == "contacts":
        taken = {"inputs": [upsert_input("L-2", "op-2", email="A@x.jp")]}
        check("POST", f"{base}/batch/upsert", json_body=taken, expect=409)
    check("POST", f"{base}/search", json_body=search_body(properties=[], sorts=[]), expect=200)


@pytest.mark.parametrize("kind", ["contact", "note"])
def test_a_first_pull_lists_pages_with_their_links_as_the_files_describe(
    check: Checker, kind: Kind
) -> None:
    company = create_company(check.client, name="Acme")["id"]
    type_id = 279 if kind == "contact" else 190  # to a company
    spec = {"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": type_id}
    link = [{"to": {"id": company}, "types": [spec]}]
    plural = OBJECT_TYPES[kind]
    for n in range(3):
        props = {"email": f"{n}@x.jp"} if kind == "contact" else {"hs_timestamp": "1717200000000"}
        created = check.client.post(
            f"/crm/v3/objects/{plural}", json={"properties": props, "associations": link}
        )
        assert created.status_code == 201, created.text
    after = None
    listed = []
    while True:
        params = list_params(scope_of(kind), 2, after)
        page = check("GET", f"/crm/v3/objects/{plural}", params=params, expect=200)
        listed += page["results"]
        after = (page.get("paging") or {}).get("next", {}).get("after")
        if after is None:
            break
    assert len(listed) == 3
    assert all(r["associations"]["companies"]["results"][0]["id"] == company for r in listed)


def test_error_bodies_validate(check: Checker, control: httpx.Client) -> None:
    base = "/crm/v3/objects/companies"
    create_company(check.client, name="Taken", csm_local_id="L-1")
    check("GET", f"{base}/999999", expect=404)
    check("POST", base, json_body={"properties": {"nope": "x"}, "associations": []}, expect=400)
    check(
        "POST",
        base,
        json_body={"properties": {"csm_local_id": "L-1"}, "associations": []},
        expect=409,
    )
    check(
        "POST",
        f"{base}/batch/create",
        json_body={"inputs": [{"properties": {}, "associations": []}] * 101},
        expect=400,
    )
    check(
        "POST",
        f"{base}/search",
        json_body=search_body(after="10000", sorts=["hs_object_id"]),
        expect=400,
    )
    control.post(
        "/faults",
        json={
            "faults": [
                {"kind": "rate_limit", "policy": "TEN_SECONDLY_ROLLING", "nth": [1]},
                {"kind": "rate_limit", "policy": "DAILY", "nth": [2]},
                {"kind": "server_error", "status": 502, "nth": [3]},
                {"kind": "expired_token", "nth": [4]},
            ]
        },
    )
    for status in (429, 429, 502, 401):
        check("GET", base, expect=status)


def test_property_routes_validate(check: Checker) -> None:
    check("GET", "/crm/v3/properties/companies", expect=200)
    check("GET", "/crm/v3/properties/contacts/csm_lifecycle_stage", expect=200)
    definition = {
        "name": "csm_tier",
        "label": "Tier",
        "type": "string",
        "fieldType": "text",
        "groupName": "csm",
        "hasUniqueValue": False,
    }
    check("POST", "/crm/v3/properties/companies", json_body=definition, expect=201)
    check("POST", "/crm/v3/properties/companies", json_body=definition, expect=409)
    check("GET", "/crm/v3/properties/companies/nope", expect=404)
    more = {**definition, "name": "csm_segment", "label": "Segment"}
    batch = "/crm/v3/properties/companies/batch/create"
    check("POST", batch, json_body={"inputs": [more]}, expect=201)
    again = check("POST", batch, json_body={"inputs": [more, definition]}, expect=207)
    assert [e["context"]["name"] for e in again["errors"]] == [["csm_segment"], ["csm_tier"]]


def test_association_routes_validate(check: Checker) -> None:
    company = create_company(check.client, name="Acme")["id"]
    contact = check.client.post(
        "/crm/v3/objects/contacts", json={"properties": {"email": "a@x.jp"}}
    ).json()["id"]
    check(
        "PUT",
        f"/crm/v4/objects/contacts/{contact}/associations/default/companies/{company}",
        expect=200,
    )
    check("GET", f"/crm/v4/objects/companies/{company}/associations/contacts", expect=200)
    spec = [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 279}]
    check(
        "POST",
        "/crm/v4/associations/contacts/companies/batch/create",
        json_body={"inputs": [{"from": {"id": contact}, "to": {"id": company}, "types": spec}]},
        expect=201,
    )
    check(
        "POST",
        "/crm/v4/associations/contacts/companies/batch/create",
        json_body={"inputs": [{"from": {"id": "999999"}, "to": {"id": company}, "types": spec}]},
        expect=207,
    )
    check(
        "POST",
        "/crm/v4/associations/contacts/companies/batch/read",
        json_body={"inputs": [{"id": contact}]},
        expect=200,
    )
    check(
        "POST",
        "/crm/v4/associations/contacts/companies/batch/read",
        json_body={"inputs": [{"id": contact}, {"id": "999999"}]},
        expect=207,
    )
    check(
        "POST",
        "/crm/v4/associations/contacts/companies/batch/associate/default",
        json_body={"inputs": [{"from": {"id": contact}, "to": {"id": company}}]},
        expect=200,
    )
    check(
        "POST",
        "/crm/v4/associations/contacts/companies/batch/archive",
        json_body={"inputs": [{"from": {"id": contact}, "to": [{"id": company}]}]},
        expect=204,
    )
    labelled = [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 1}]
    check(
        "PUT",
        f"/crm/v4/objects/contacts/{contact}/associations/companies/{company}",
        json_body=labelled,
        expect=201,
    )
    check(
        "DELETE", f"/crm/v4/objects/contacts/{contact}/associations/companies/{company}", expect=204
    )


def test_oauth_token_endpoint_validates(check: Checker, control: httpx.Client) -> None:
    granted = check(
        "POST",
        "/oauth/v1/token",
        form=oauth_form(grant_type="authorization_code", code="c"),
        expect=200,
    )
    check(
        "POST",
        "/oauth/v1/token",
        form=oauth_form(grant_type="refresh_token", refresh_token=granted["refresh_token"]),
        expect=200,
    )
    check(
        "POST",
        "/oauth/v1/token",
        form=oauth_form(grant_type="refresh_token", refresh_token="unknown"),
        expect=400,
    )
    control.post("/faults", json={"kind": "rate_limit", "path": "/oauth/v1/token"})
    check(
        "POST",
        "/oauth/v1/token",
        form=oauth_form(grant_type="refresh_token", refresh_token=granted["refresh_token"]),
        expect=429,
    )
    check("DELETE", f"/oauth/v1/refresh-tokens/{granted['refresh_token']}", expect=204)


def test_oauth_v3_token_endpoint_validates(check: Checker, sandbox: Sandbox) -> None:
    redirect = "http://127.0.0.1:49152/callback"
    consent = httpx.get(
        sandbox.url + "/oauth/authorize",
        params={"client_id": oauth_form()["client_id"], "redirect_uri": redirect},
    )
    code = parse_qs(urlsplit(consent.headers["location"]).query)["code"][0]
    form = oauth_form(grant_type="authorization_code", code=code, redirect_uri=redirect)
    granted = check("POST", "/oauth/v3/token", form=form, expect=200)
    check(
        "POST",
        "/oauth/v3/token",
        form=oauth_form(grant_type="refresh_token", refresh_token=granted["refresh_token"]),
        expect=200,
    )
    check("POST", "/oauth/v3/token", form=form, expect=400)  # a code is used once


def test_contract_sort_objects_are_not_in_the_openapi_file(specs: dict[str, OpenAPI]) -> None:
    """The sync contract (and HubSpot's guides) send sorts as ``{propertyName, direction}``;
    the official file types ``sorts`` as a list of strings. The sandbox accepts both; this
    records the mismatch so that a corrected file shows up here."""
    body = json.dumps(search_body()).encode()
    request = MockRequest(
        HOST,
        "post",
        "/crm/v3/objects/companies/search",
        data=body,
        headers={"Authorization": "Bearer x"},
        content_type="application/json",
    )
    with pytest.raises(Exception, match=r"(?i)invalid|not valid"):
        specs["/crm/v3/objects/companies"].validate_request(request)


def test_sandbox_answers_both_sort_forms(api: httpx.Client, sandbox: Sandbox) -> None:
    create_company(api, name="B")
    create_company(api, name="A")
    as_string = api.post(
        "/crm/v3/objects/companies/search", json=search_body(sorts=["name"], properties=["name"])
    ).json()
    as_object = api.post(
        "/crm/v3/objects/companies/search",
        json=search_body(
            sorts=[{"propertyName": "name", "direction": "ASCENDING"}], properties=["name"]
        ),
    ).json()
    assert as_string["results"] == as_object["results"]
    assert [r["properties"]["name"] for r in as_string["results"]] == ["A", "B"]


def test_the_validator_is_not_a_formality(specs: dict[str, OpenAPI]) -> None:
    """A body missing what the file requires, or with a malformed correlation id, is caught."""
    request = MockRequest(
        HOST, "get", "/crm/v3/objects/companies/1", headers={"Authorization": "x"}
    )
    spec = specs["/crm/v3/objects/companies"]
    no_dates = json.dumps({"id": "1", "properties": {}, "archived": False}).encode()
    with pytest.raises(Exception, match=r"(?i)invalid|not valid"):
        spec.validate_response(request, MockResponse(no_dates, status_code=200))
    bad_error = json.dumps(
        {"category": "X", "message": "m", "correlationId": "not-a-uuid"}
    ).encode()
    with pytest.raises(Exception, match=r"(?i)invalid|not valid"):
        spec.validate_response(request, MockResponse(bad_error, status_code=404))

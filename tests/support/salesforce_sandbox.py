"""Fixtures for the Salesforce sandbox tests: a real server on a free loopback port, clients
for its REST API and its controls, and request bodies as Salesforce takes them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from crm_sandbox.salesforce import API_VERSION, SalesforceSandbox, run_salesforce_sandbox
from tests.support.crm_sandbox import plain_settings

DATA = f"/services/data/v{API_VERSION}"


@pytest.fixture
def sf_sandbox() -> Iterator[SalesforceSandbox]:
    """A Salesforce sandbox org without custom fields, its API request limit not enforced."""
    server = run_salesforce_sandbox(0, None, settings=plain_settings())
    yield server
    server.stop()


@pytest.fixture
def sf_api(sf_sandbox: SalesforceSandbox) -> Iterator[httpx.Client]:
    """A client of ``/services/data/vNN.N`` signed in with the sandbox's session id."""
    headers = {"Authorization": f"Bearer {sf_sandbox.auth.session_id}"}
    with httpx.Client(base_url=sf_sandbox.url + DATA, headers=headers, timeout=10) as client:
        yield client


@pytest.fixture
def sf_control(sf_sandbox: SalesforceSandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sf_sandbox.url + "/__emulator", timeout=10) as client:
        yield client


def text_field(full_name: str, *, length: int = 64, external_id: bool = False) -> dict[str, Any]:
    """A Tooling API ``CustomField`` body for a Text field."""
    metadata: dict[str, Any] = {"type": "Text", "label": full_name.split(".")[1], "length": length}
    if external_id:
        metadata.update(externalId=True, unique=True)
    return {"FullName": full_name, "Metadata": metadata}


def add_field(api: httpx.Client, body: dict[str, Any]) -> httpx.Response:
    return api.post("/tooling/sobjects/CustomField", json=body)


def with_local_id(api: httpx.Client, *objects: str) -> None:
    """Give each object an External ID ``Local_Id__c`` field."""
    for name in objects:
        made = add_field(api, text_field(f"{name}.Local_Id__c", external_id=True))
        assert made.status_code == 201, made.text


def records(kind: str, *rows: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"attributes": {"type": kind}, **row} for row in rows]


def upsert(
    api: httpx.Client, kind: str, *rows: dict[str, Any], all_or_none: bool = False
) -> list[dict[str, Any]]:
    response = api.patch(
        f"/composite/sobjects/{kind}/Local_Id__c",
        json={"allOrNone": all_or_none, "records": records(kind, *rows)},
    )
    assert response.status_code == 200, response.text
    result: list[dict[str, Any]] = response.json()
    return result


def soql(api: httpx.Client, text: str, **headers: str) -> dict[str, Any]:
    response = api.get("/query", params={"q": text}, headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body

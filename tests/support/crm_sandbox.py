"""Fixtures for the CRM sandbox tests: a real server on a free loopback port, and clients."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from crm_sandbox import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Sandbox, run_sandbox
from crm_sandbox.faults import Settings


def plain_settings(*, search_lag: bool = False, rate_limits: bool = False) -> Settings:
    """Sandbox settings without HubSpot's search lag and rate limits (each unless kept): for
    a test whose client never waits (a fake clock) or that searches what it just wrote."""
    settings = Settings()
    if not search_lag:
        settings.searchLagSeconds = 0.0
    if not rate_limits:
        settings.enforceRateLimits = False
    return settings


def for_fake_time(server: Sandbox) -> Sandbox:
    """No rate limits on ``server`` from now on (a reset included), for a client whose
    retries and pacing sleep on a fake clock: it never waits the real time the limits count,
    so the portal would refuse what it cannot wait for. The search lag stays."""
    server.faults.baseline.enforceRateLimits = False
    server.faults.settings.enforceRateLimits = False
    server.apply_settings()
    return server


def _started(request: pytest.FixtureRequest) -> Sandbox:
    """A sandbox as HubSpot behaves (search lag, rate limits), unless the test says otherwise
    with ``@pytest.mark.crm_sandbox(search_lag=False, rate_limits=False)``; a reset keeps
    what the test chose."""
    marker = request.node.get_closest_marker("crm_sandbox")
    settings = None
    if marker is not None:
        settings = plain_settings(**{"search_lag": True, "rate_limits": True, **marker.kwargs})
    return run_sandbox(0, None, settings=settings)


@pytest.fixture
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    server = _started(request)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def shared_sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """One sandbox for a module whose tests reset it themselves (property tests: a sandbox
    per example would cost more than the example)."""
    server = _started(request)
    yield server
    server.stop()


@pytest.fixture
def api(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """A client authenticated with the sandbox's private-app token."""
    headers = {"Authorization": f"Bearer {sandbox.auth.private_token}"}
    with httpx.Client(base_url=sandbox.url, headers=headers, timeout=10) as client:
        yield client


@pytest.fixture
def control(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """A client for the ``/__emulator`` endpoints."""
    with httpx.Client(base_url=sandbox.url + "/__emulator", timeout=10) as client:
        yield client


def oauth_form(**fields: str) -> dict[str, str]:
    return {"client_id": DEFAULT_CLIENT_ID, "client_secret": DEFAULT_CLIENT_SECRET, **fields}


def create_company(api: httpx.Client, **properties: str) -> dict[str, Any]:
    response = api.post("/crm/v3/objects/companies", json={"properties": properties})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def upsert_input(local_id: str, trace: str, **properties: str) -> dict[str, Any]:
    return {
        "idProperty": "csm_local_id",
        "id": local_id,
        "objectWriteTraceId": trace,
        "properties": properties,
    }


def search_body(**overrides: Any) -> dict[str, Any]:
    """A complete search request (the OpenAPI file makes every field required)."""
    body: dict[str, Any] = {
        "filterGroups": [],
        "sorts": [{"propertyName": "hs_object_id", "direction": "ASCENDING"}],
        "properties": ["name", "csm_local_id"],
        "limit": 100,
        "after": "0",
    }
    body.update(overrides)
    return body

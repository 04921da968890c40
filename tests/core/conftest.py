"""Fixtures for the core's tests: the sync engine's adapter on the CRM sandbox, with a fake
clock for its retries."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crm_sandbox import Sandbox
from cs_desktop.db import Store
from cs_desktop.sync.connection import open_adapter
from cs_desktop.sync.hubspot import HubSpotAdapter
from cs_desktop.sync.hubspot.connect import connect_hubspot
from cs_desktop.sync.retry import RetryPolicy
from tests.support.crm_sandbox import for_fake_time
from tests.support.hubspot import FakeTime
from tests.support.salesforce import sf_adapter  # noqa: F401 - a fixture


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def hub(store: Store, sandbox: Sandbox, fake_time: FakeTime) -> Iterator[HubSpotAdapter]:
    """An adapter connected to the sandbox with its private-app token; retries sleep on
    ``fake_time``, hence the sandbox enforces no rate limits for it."""
    for_fake_time(sandbox)
    connect_hubspot(store, token=sandbox.auth.private_token, base_url=sandbox.url)
    adapter = open_adapter(
        store, retry=RetryPolicy(sleep=fake_time.sleep, monotonic=fake_time.monotonic)
    )
    yield adapter
    adapter.close()


# Both CRMs in turn, for the sync tests that hold for each.
from tests.support.crm_providers import crm, shared_crm  # noqa: E402

__all__ = ["crm", "shared_crm"]  # fixtures

"""A scripted Salesforce answer for adapter unit tests: ``httpx.MockTransport`` in place of
the network, every request kept for the test to read."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from cs_desktop.sync.retry import RetryPolicy
from cs_desktop.sync.salesforce import SalesforceAdapter, SalesforceAuth
from tests.support.hubspot import FakeTime

INSTANCE = "https://acme.my.salesforce.com"
Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Recorded:
    """The requests sent, and the tokens handed out for persisting."""

    requests: list[httpx.Request] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)

    def paths(self) -> list[str]:
        return [f"{r.method} {r.url.path}" for r in self.requests]

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]


def mocked_adapter(
    handler: Handler, *, now: datetime | None = None
) -> tuple[SalesforceAdapter, Recorded]:
    """An adapter whose requests ``handler`` answers (the token endpoint included)."""
    recorded = Recorded()
    clock = FakeTime()

    def record(request: httpx.Request) -> httpx.Response:
        recorded.requests.append(request)
        return handler(request)

    auth = SalesforceAuth("access-1", "refresh-1", INSTANCE, INSTANCE, "client-id")
    adapter = SalesforceAdapter(
        auth,
        on_tokens=lambda token: recorded.tokens.append(token.access_token),
        now=lambda: now or datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
        retry=RetryPolicy(sleep=clock.sleep, monotonic=clock.monotonic, max_attempts=3),
    )
    # The network is what is replaced.
    http = adapter._client._http
    http._http.close()
    http._http = httpx.Client(base_url=INSTANCE, transport=httpx.MockTransport(record))
    return adapter, recorded


def answer(status: int, body: Any = None, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)

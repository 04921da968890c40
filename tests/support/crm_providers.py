"""Both CRMs behind one face, for sync tests that hold for each: a started sandbox, a store
connected to it with an adapter, and the provider-neutral steps tests take (find and count
remote records by local id, change them as someone else would, script faults, read the
request log).

A test takes the ``crm`` fixture, parametrised over :data:`PROVIDERS`; ``crm.provider``
says which one it runs against where their contracts differ (HubSpot waits out a 429, a
Salesforce org out of API requests stops the run).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from crm_sandbox import Sandbox, run_sandbox
from crm_sandbox.salesforce import (
    DEFAULT_CLIENT_ID as SF_CLIENT_ID,
)
from crm_sandbox.salesforce import (
    SalesforceSandbox,
    run_salesforce_sandbox,
)
from crm_sandbox.server import BaseSandbox
from cs_desktop.db import Store
from cs_desktop.sync.adapter import CrmAdapter, Kind
from cs_desktop.sync.connection import connect, open_adapter
from cs_desktop.sync.deadlines import DEFAULT
from cs_desktop.sync.engine import SyncResult, run_sync
from cs_desktop.sync.hubspot import OBJECT_TYPES, HubSpotAdapter
from cs_desktop.sync.hubspot import mapping as hubspot_mapping
from cs_desktop.sync.hubspot.connect import connect_hubspot
from cs_desktop.sync.merge import Value
from cs_desktop.sync.providers import Credentials, provider_named
from cs_desktop.sync.pull import TOMBSTONES_EVERY
from cs_desktop.sync.retry import RetryPolicy
from cs_desktop.sync.salesforce import SalesforceAdapter
from cs_desktop.sync.salesforce import mapping as salesforce_mapping
from tests.support.crm_sandbox import plain_settings
from tests.support.hubspot import FakeTime

PROVIDERS = ("hubspot", "salesforce")
# Where each CRM takes the writes of a kind's records: a path glob for faults and the log.
WRITE_PATHS = {
    "hubspot": "/crm/v3/objects/*/batch/upsert",
    "salesforce": "/services/data/*/composite/sobjects/*/*",
}
TOKEN_PATHS = {"hubspot": "/oauth/v3/token", "salesforce": "/services/oauth2/token"}


@dataclass
class RemoteRow:
    """A record as the CRM holds it: its id, the app's local id on it, its fields there,
    and those fields as the app's canonical values."""

    remote_id: str
    local_id: str | None
    fields: dict[str, Any]
    values: dict[str, Value]
    archived: bool


@dataclass
class Crm:
    """One CRM behind its sandbox, as a provider-neutral test sees it."""

    provider: str
    server: BaseSandbox
    control: httpx.Client
    fake_time: FakeTime = field(default_factory=FakeTime)
    first_refresh: str = ""  # the refresh token an OAuth connection started with

    # -- connecting --------------------------------------------------------------------------

    def connect(
        self, store: Store, *, oauth: bool = False, timeout: float | None = None
    ) -> CrmAdapter:
        """Connect ``store`` as the app does (its edits are queued from now on) and open its
        adapter; HubSpot with a private-app token unless ``oauth``, Salesforce always through
        the web server flow's refresh token. ``timeout`` shortens every request's deadline."""
        if isinstance(self.server, Sandbox):
            if oauth:
                self.first_refresh = _hubspot_oauth(store, self.server)
            else:
                connect_hubspot(store, token=self.server.auth.private_token, base_url=self.url)
            if timeout is None:
                return open_adapter(store, retry=self.retry())
            opened = open_adapter(store)
            opened.close()
            assert isinstance(opened, HubSpotAdapter)
            return HubSpotAdapter(self.url, opened.auth, retry=self.retry(), timeout=timeout)
        assert isinstance(self.server, SalesforceSandbox)
        self.first_refresh = salesforce_connect(store, self.server)
        deadlines = DEFAULT if timeout is None else DEFAULT.per_request(timeout)
        return open_adapter(store, retry=self.retry(), deadlines=deadlines)

    def retry(self) -> RetryPolicy:
        return RetryPolicy(sleep=self.fake_time.sleep, monotonic=self.fake_time.monotonic)

    def now(self) -> datetime:
        """The CRM's clock (tests move it), which the adapter reads as the world's."""
        return datetime.fromtimestamp(self.server.clock.now_ms() / 1000, tz=UTC)

    @property
    def url(self) -> str:
        return self.server.url

    # -- reading the CRM ---------------------------------------------------------------------

    def rows(self, kind: Kind, *, archived: bool = False) -> list[RemoteRow]:
        """The kind's records in the CRM (archived or deleted ones only when asked)."""
        if isinstance(self.server, Sandbox):
            store = self.server.store
            with store.lock:
                found = [
                    (r.id, r.all_properties(), r.archived)
                    for r in store.records[OBJECT_TYPES[kind]].values()
                ]
            local_key, to_local, mine = "csm_local_id", hubspot_mapping.to_local, _hubspot_kind
        else:
            assert isinstance(self.server, SalesforceSandbox)
            org = self.server.org
            with org.lock:
                found = [
                    (str(r["Id"]), _strings(r), bool(r["IsDeleted"]))
                    for r in org.records[salesforce_mapping.OBJECTS[kind]].values()
                ]
            local_key = salesforce_mapping.LOCAL_ID
            to_local, mine = salesforce_mapping.to_local, _salesforce_kind
        return [
            RemoteRow(rid, props.get(local_key) or None, props, to_local(kind, props), gone)
            for rid, props, gone in found
            if (archived or not gone) and mine(kind, props)
        ]

    def find(self, kind: Kind, local_id: object) -> RemoteRow:
        """The one live remote record carrying ``local_id`` (a uid)."""
        matches = [row for row in self.rows(kind) if row.local_id == str(local_id)]
        assert len(matches) == 1, f"{len(matches)} {kind} records carry {local_id}"
        return matches[0]

    def count(self, kind: Kind) -> int:
        return len(self.rows(kind))

    # -- changing the CRM as someone else would ---------------------------------------------

    def create(self, kind: Kind, **values: Value) -> str:
        """A record made in the CRM, from canonical values; its remote id."""
        remote = self._remote(kind, values)
        if self.provider == "hubspot":
            body: dict[str, Any] = {"op": "create", "type": OBJECT_TYPES[kind]}
            body["properties"] = {k: v or "" for k, v in remote.items()}
            return str(self._mutate(body)["id"])
        obj = salesforce_mapping.OBJECTS[kind]
        made = self._mutate({"op": "create", "type": obj, "fields": remote})
        return str(made["Id"])

    def update(self, kind: Kind, remote_id: str, **values: Value) -> None:
        remote = self._remote(kind, values)
        if self.provider == "hubspot":
            props = {k: v or "" for k, v in remote.items()}
            body = {"op": "update", "type": OBJECT_TYPES[kind], "id": remote_id}
            self._mutate({**body, "properties": props})
        else:
            obj = salesforce_mapping.OBJECTS[kind]
            self._mutate({"op": "update", "type": obj, "id": remote_id, "fields": remote})

    def delete(self, kind: Kind, remote_id: str) -> None:
        """Archive (HubSpot) or delete to the recycle bin (Salesforce)."""
        if self.provider == "hubspot":
            self._mutate({"op": "archive", "type": OBJECT_TYPES[kind], "id": remote_id})
        else:
            obj = salesforce_mapping.OBJECTS[kind]
            self._mutate({"op": "delete", "type": obj, "id": remote_id})

    def _remote(self, kind: Kind, values: Mapping[str, Value]) -> dict[str, Value]:
        if self.provider == "hubspot":
            return HubSpotAdapter.to_remote(kind, values)
        return SalesforceAdapter.to_remote(kind, values)

    def mutate(self, body: dict[str, Any]) -> dict[str, Any]:
        """A raw ``/__emulator/mutate`` in the provider's own terms."""
        return self._mutate(body)

    def _mutate(self, body: dict[str, Any]) -> dict[str, Any]:
        response = self.control.post("/mutate", json=body)
        assert response.status_code == 200, response.text
        made: dict[str, Any] = response.json()
        return made

    # -- the sandbox's controls --------------------------------------------------------------

    def reset(self) -> None:
        """An empty portal or org, no faults, the clock as :func:`started` sets it."""
        self.control.post("/reset", json={})
        if self.provider == "hubspot":
            self.control.post("/clock", json={"offset": -3600})
        self.fake_time = FakeTime()

    def advance(self, seconds: float) -> None:
        self.control.post("/clock", json={"advance": seconds})

    def fault(self, kind: str, path: str | None = None, **spec: Any) -> None:
        """Script one fault; on the kind's write requests unless ``path`` says otherwise."""
        rule = {"kind": kind, "path": path or WRITE_PATHS[self.provider], **spec}
        response = self.control.post("/faults", json={"faults": [rule]})
        assert response.status_code == 200, response.text

    def settings(self, **values: Any) -> None:
        response = self.control.post("/faults", json={"settings": values})
        assert response.status_code == 200, response.text

    def expire_tokens(self) -> None:
        self.control.post("/faults", json={"expireTokens": True})

    def requests(self, path_glob: str | None = None) -> list[dict[str, Any]]:
        """What the CRM received since the log was last cleared, optionally on one path."""
        import fnmatch

        log: list[dict[str, Any]] = self.control.get("/requests").json()["requests"]
        if path_glob is None:
            return log
        return [entry for entry in log if fnmatch.fnmatchcase(entry["path"], path_glob)]

    def writes(self) -> list[dict[str, Any]]:
        """The write requests the CRM received (see :data:`WRITE_PATHS`)."""
        return [e for e in self.requests(WRITE_PATHS[self.provider]) if e["method"] != "GET"]

    def clear_requests(self) -> None:
        self.control.delete("/requests")


def sync(store: Store, adapter: CrmAdapter, *, sweep: bool = False) -> SyncResult:
    """One run that must succeed; ``sweep`` lists deletions though none is due yet."""
    every = timedelta(0) if sweep else TOMBSTONES_EVERY
    result = run_sync(store, adapter, tombstones_every=every)
    assert result.outcome == "ok", result
    return result


def _strings(record: Mapping[str, Any]) -> dict[str, Any]:
    """A Salesforce record's values as the adapter reads them from JSON."""
    return {k: salesforce_mapping.as_text(v) for k, v in record.items()}


def _hubspot_kind(kind: Kind, props: Mapping[str, Any]) -> bool:
    # The records the app wrote carry their kind where kinds share an object type.
    return kind not in hubspot_mapping.MARKED or props.get(hubspot_mapping.RECORD) == kind


def _salesforce_kind(kind: Kind, props: Mapping[str, Any]) -> bool:
    marked = salesforce_mapping.MARKED
    return kind not in marked or props.get(salesforce_mapping.RECORD) == kind


def _hubspot_oauth(store: Store, server: Sandbox) -> str:
    from tests.support.hubspot import oauth_connect

    return oauth_connect(store, server)


def salesforce_connect(store: Store, server: SalesforceSandbox) -> str:
    """Connect ``store`` to the Salesforce sandbox as the app does, through a connected app
    without a secret (PKCE; the org signs in and answers at one URL); the refresh token."""
    refresh = _salesforce_sign_in(server)[1]
    credentials = Credentials(client_id=SF_CLIENT_ID, refresh_token=refresh, sign_in_url=server.url)
    connect(store, provider_named("salesforce"), credentials, base_url=server.url)
    return refresh


def _salesforce_sign_in(server: SalesforceSandbox) -> tuple[str, str]:
    """The web server flow's tokens: (access token, refresh token)."""
    import base64
    import hashlib
    from urllib.parse import parse_qs, urlsplit

    verifier = "v" * 64
    digest = hashlib.sha256(verifier.encode()).digest()
    challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    redirect = "http://127.0.0.1:1/callback"
    consent = httpx.get(
        server.url + "/services/oauth2/authorize",
        params={
            "response_type": "code",
            "client_id": SF_CLIENT_ID,
            "redirect_uri": redirect,
            "code_challenge": challenge,
        },
    )
    code = parse_qs(urlsplit(consent.headers["Location"]).query)["code"][0]
    granted = httpx.post(
        server.url + "/services/oauth2/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "client_id": SF_CLIENT_ID,
            "redirect_uri": redirect,
            "code_verifier": verifier,
        },
    ).json()
    return str(granted["access_token"]), str(granted["refresh_token"])


def started(provider: str) -> BaseSandbox:
    """A sandbox of ``provider`` with neither search lag nor enforced rate limits (the
    adapter waits on a fake clock); a HubSpot portal's clock an hour behind, as the
    ``portal_in_the_past`` fixture sets it."""
    if provider == "hubspot":
        server: BaseSandbox = run_sandbox(0, None, settings=plain_settings())
        server.clock.configure({"offset": -3600})
        return server
    return run_salesforce_sandbox(0, None, settings=plain_settings())


def _crm(provider: str) -> Iterator[Crm]:
    server = started(provider)
    with httpx.Client(base_url=server.url + "/__emulator", timeout=10) as control:
        yield Crm(provider, server, control)
    server.stop()


@pytest.fixture(params=PROVIDERS)
def crm(request: pytest.FixtureRequest) -> Iterator[Crm]:
    """Each CRM in turn, started empty, with a client for its controls."""
    yield from _crm(str(request.param))


@pytest.fixture(params=PROVIDERS, scope="module")
def shared_crm(request: pytest.FixtureRequest) -> Iterator[Crm]:
    """Each CRM in turn, one sandbox for a module whose tests reset it (:meth:`Crm.reset`)."""
    yield from _crm(str(request.param))

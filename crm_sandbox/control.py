"""``/__emulator/*``: the test-only control endpoints (contract §4), and the request log.

They need no token and are never counted, logged or faulted, so a test can set the stage
without disturbing what it measures. Hence they answer only this computer's own programs:
a request from another address, one naming another host (a web page's DNS-rebinding trick) or
one a browser sent for a page (it names an ``Origin``) is refused. The request log they serve
never holds a credential: tokens and secrets are redacted as requests are logged.
"""

from __future__ import annotations

import ipaddress
import threading
from collections import deque
from typing import Any, Protocol

from crm_sandbox import catalog
from crm_sandbox.clock import Clock
from crm_sandbox.errors import ApiError, not_found, validation
from crm_sandbox.faults import Faults
from crm_sandbox.store import Store

LOG_SIZE = 10_000
REDACTED = "[redacted]"
# Fields that carry credentials: the token endpoint's form, and tokens some clients put in
# a query string. Compared in lower case, at the top level of a body or query.
SECRET_FIELDS = frozenset(
    {
        "access_token",
        "client_secret",
        "code",
        "code_verifier",
        "hapikey",
        "password",
        "refresh_token",
        "token",
    }
)
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def allowed(client_ip: str, host_header: str | None, origin: str | None) -> bool:
    """Whether a control request comes from a program on this computer, not a web page."""
    try:
        local = ipaddress.ip_address(client_ip).is_loopback
    except ValueError:
        local = False
    return local and origin is None and _host_name(host_header or "") in LOOPBACK_NAMES


def _hidden(value: Any) -> Any:
    return [REDACTED for _ in value] if isinstance(value, list) else REDACTED


def _host_name(host: str) -> str:
    """The name in a ``Host`` header, without its port (``[::1]:8765`` -> ``::1``)."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def redacted(entry: dict[str, Any]) -> dict[str, Any]:
    """A log entry without credentials: the Authorization header keeps its scheme only."""
    clean = dict(entry)
    headers = dict(clean.get("headers") or {})
    for name, value in headers.items():
        if name.lower() == "authorization":
            scheme = str(value).split(" ", 1)[0] if " " in str(value) else ""
            headers[name] = f"{scheme} {REDACTED}".strip()
    clean["headers"] = headers
    for part in ("body", "query"):
        value = clean.get(part)
        if isinstance(value, dict):
            clean[part] = {
                k: (_hidden(v) if str(k).lower() in SECRET_FIELDS else v) for k, v in value.items()
            }
    return clean


class RequestLog:
    """What the sandbox received, newest last, with a sequence number to read from."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: deque[dict[str, Any]] = deque(maxlen=LOG_SIZE)
        self._seq = 0

    def add(self, entry: dict[str, Any]) -> None:
        """Log a request, its credentials redacted (the log is served to anyone local)."""
        clean = redacted(entry)
        with self._lock:
            self._seq += 1
            self._entries.append({"seq": self._seq, **clean})

    def since(self, seq: int) -> list[dict[str, Any]]:
        with self._lock:
            return [e for e in self._entries if e["seq"] > seq]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


class ControlledSandbox(Protocol):
    """What the control endpoints reach of a running sandbox (``server.Sandbox`` and the
    Salesforce one).

    Named here rather than imported, so that the server depends on its control endpoints and
    not the other way round.
    """

    clock: Clock
    faults: Faults
    log: RequestLog

    def info(self) -> dict[str, Any]: ...

    def reset(self, body: dict[str, Any] | None = None) -> dict[str, Any]: ...

    def apply_settings(self) -> None: ...

    def mutate(self, body: dict[str, Any]) -> Any: ...

    def expire_tokens(self) -> None: ...


def handle(
    sandbox: ControlledSandbox, method: str, name: str, query: dict[str, list[str]], body: Any
) -> tuple[int, Any]:
    """Answer one control request.

    Raises:
        ApiError: 400 for a bad request, 404 for an unknown endpoint.
    """
    try:
        return _route(sandbox, method, name, query, body if body is not None else {})
    except (ValueError, TypeError, KeyError) as error:
        raise validation(f"bad control request: {error}") from None


def _route(
    sandbox: ControlledSandbox, method: str, name: str, query: dict[str, list[str]], body: Any
) -> tuple[int, Any]:
    if name == "" or name == "info":
        return 200, sandbox.info()
    if name == "reset" and method == "POST":
        return 200, sandbox.reset(body)
    if name == "clock":
        if method == "POST":
            sandbox.clock.configure(body)
        return 200, sandbox.clock.describe()
    if name == "faults":
        return _faults(sandbox, method, body)
    if name == "mutate" and method == "POST":
        return 200, sandbox.mutate(body)
    if name == "requests":
        if method == "DELETE":
            sandbox.log.clear()
            return 200, {"requests": []}
        since = int(query.get("since", ["0"])[0])
        return 200, {"requests": sandbox.log.since(since)}
    raise not_found(f"no control endpoint {method} /__emulator/{name}")


def _faults(sandbox: ControlledSandbox, method: str, body: Any) -> tuple[int, Any]:
    if method == "DELETE":
        sandbox.faults.clear()
        sandbox.apply_settings()
    elif method == "POST":
        if not isinstance(body, dict):
            raise ValueError("a JSON object with 'faults' and/or 'settings'")
        specs = body.get("faults", [body] if "kind" in body else [])
        if "settings" in body:
            sandbox.faults.configure(body["settings"])
        sandbox.faults.add(list(specs))
        if body.get("expireTokens"):
            sandbox.expire_tokens()
        sandbox.apply_settings()
    return 200, sandbox.faults.describe()


def mutate_portal(store: Store, body: dict[str, Any]) -> Any:
    """A change made in the HubSpot portal by someone else: ``op`` create, update, archive,
    restore, associate or unassociate; ``bump: false`` keeps ``hs_lastmodifieddate`` as it
    was."""
    op = body["op"]
    kind = catalog.object_type(str(body["type"]))
    if kind is None:
        raise ValueError(f"unknown object type {body['type']!r}")
    bump = bool(body.get("bump", True))
    with store.lock:
        if op == "create":
            record = store.create(kind, store.clean_values(kind, body.get("properties", {})))
            store.save()
            return store.output(record, list(record.properties))
        record_or_none = store.records[kind].get(str(body["id"]))
        if record_or_none is None:
            raise not_found(f"no {kind} record {body['id']}")
        record = record_or_none
        if op == "update":
            store.update(record, store.clean_values(kind, body["properties"]), bump=bump)
        elif op == "archive":
            store.archive(record, bump=bump)
        elif op == "restore":
            store.restore(record, bump=bump)
        elif op in ("associate", "unassociate"):
            to_kind = catalog.object_type(str(body["toType"]))
            if to_kind is None or (kind, to_kind) not in catalog.ASSOCIATION_TYPES:
                raise ValueError(f"{kind} cannot link to {body['toType']!r}")
            change = store.associate if op == "associate" else store.unassociate
            change(kind, record.id, to_kind, str(body["toId"]))
        else:
            raise ApiError(400, "VALIDATION_ERROR", f"unknown op {op!r}")
        store.save()
        return store.output(record, list(record.properties))

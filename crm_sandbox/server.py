"""The sandbox's HTTP server: a loopback-only HubSpot subset with scriptable faults.

One request goes: control endpoint? → route → faults that act before applying (delay, reset,
429, 5xx, 401, invalid_grant) → auth and rate headers → the handler, under the store lock, and
a save → faults that act after applying (apply-then-fail, delay, reset) → the log → the reply.
"""

from __future__ import annotations

import html
import json
import re
import select
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

from crm_sandbox import api, associations, control
from crm_sandbox.auth import (
    DEFAULT_PRIVATE_TOKEN,
    Auth,
    expired_error,
    rate_limited,
    token_error,
)
from crm_sandbox.clock import Clock, iso
from crm_sandbox.errors import ApiError, not_found, validation
from crm_sandbox.faults import Fault, Faults, Fired, Settings
from crm_sandbox.store import Store

HOST = "127.0.0.1"
DEFAULT_PORT = 8765
CONTROL_PREFIX = "/__emulator"
TOKEN_PATH = "/oauth/v1/token"  # being retired by HubSpot; still answered
TOKEN_PATHS = frozenset({TOKEN_PATH, "/oauth/v3/token"})
AUTHORIZE_PATH = "/oauth/authorize"
REVOKE_PATH = "/oauth/v1/refresh-tokens/"
_T = r"(?P<{}>[A-Za-z0-9_-]+)"
_ID = r"(?P<{}>[^/]+)"

Handler = Callable[[api.Call], api.Reply]
_ROUTES: list[tuple[str, re.Pattern[str], Handler]] = []


def _route(method: str, pattern: str, handler: Handler) -> None:
    names = dict.fromkeys(re.findall(r"\{(\w+)\}", pattern))
    regex = pattern
    for name in names:
        regex = regex.replace(
            "{" + name + "}", (_ID if name.endswith("Id") or name == "name" else _T).format(name)
        )
    _ROUTES.append((method, re.compile(f"^{regex}$"), handler))


_route("GET", "/crm/v3/properties/{objectType}", api.list_properties)
_route("POST", "/crm/v3/properties/{objectType}", api.create_property)
_route("POST", "/crm/v3/properties/{objectType}/batch/create", api.batch_create_properties)
_route("GET", "/crm/v3/properties/{objectType}/{name}", api.get_property)
for _op, _handler in {
    "read": api.batch_read,
    "create": api.batch_create,
    "update": api.batch_update,
    "upsert": api.batch_upsert,
    "archive": api.batch_archive,
}.items():
    _route("POST", "/crm/v3/objects/{objectType}/batch/" + _op, _handler)
_route("GET", "/crm/v3/pipelines/{objectType}", api.list_pipelines)
_route("POST", "/crm/v3/pipelines/{objectType}", api.create_pipeline)
_route("GET", "/crm/v3/pipelines/{objectType}/{pipelineId}", api.get_pipeline)
_route("POST", "/crm/v3/objects/{objectType}/search", api.search_objects)
_route("GET", "/crm/v3/objects/{objectType}", api.list_objects)
_route("POST", "/crm/v3/objects/{objectType}", api.create_object)
_route("GET", "/crm/v3/objects/{objectType}/{objectId}", api.get_object)
_route("PATCH", "/crm/v3/objects/{objectType}/{objectId}", api.update_object)
_route("DELETE", "/crm/v3/objects/{objectType}/{objectId}", api.archive_object)
_V4 = (
    "/crm/v4/objects/{fromObjectType}/{fromObjectId}/associations/default"
    "/{toObjectType}/{toObjectId}"
)
_route("PUT", _V4, associations.put_default)
_route(
    "GET",
    "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}",
    associations.list_links,
)
_route(
    "PUT",
    "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}",
    associations.put_labelled,
)
_route(
    "DELETE",
    "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}",
    associations.delete_link,
)
for _op, _handler in {
    "read": associations.batch_read,
    "create": associations.batch_create,
    "archive": associations.batch_archive,
    "associate/default": associations.batch_default,
}.items():
    _route("POST", "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/" + _op, _handler)


@dataclass
class Reply:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    html: bool = False
    cut: bool = False  # send only the first half of the body (its length says so)

    @classmethod
    def error(cls, error: ApiError) -> Reply:
        return cls(error.status, error.body(), dict(error.headers))


class BaseSandbox(ThreadingHTTPServer):
    """What every provider's sandbox has: the HTTP server on loopback, its clock, faults and
    request log. A provider adds its records, its auth and its request handler."""

    daemon_threads = True  # a request sleeping in a "delay" fault must not block shutdown

    def __init__(
        self, port: int, settings: Settings | None, handler: type[BaseHTTPRequestHandler]
    ) -> None:
        self.clock = Clock()
        self.faults = Faults(settings)
        self.log = control.RequestLog()
        self.stopping = threading.Event()  # ends requests held by "hang" and "trickle"
        self._thread: threading.Thread | None = None
        super().__init__((HOST, port), handler)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}"

    # -- what the control endpoints ask of a provider's sandbox ------------------------------

    def info(self) -> dict[str, Any]:
        raise NotImplementedError

    def reset(self, body: dict[str, Any] | None = None) -> dict[str, Any]:
        raise NotImplementedError

    def apply_settings(self) -> None:
        """Bring the parts that read the settings in line after they changed."""

    def mutate(self, body: dict[str, Any]) -> Any:
        raise NotImplementedError

    def expire_tokens(self) -> None:
        raise NotImplementedError

    def start(self) -> Self:
        # A short poll interval keeps stop() quick.
        self._thread = threading.Thread(
            target=self.serve_forever, args=(0.05,), name="crm-sandbox", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)


class Sandbox(BaseSandbox):
    """The running HubSpot sandbox: the HTTP server and the portal, clock, faults and log
    behind it."""

    def __init__(
        self,
        port: int,
        data_dir: Path | None,
        *,
        private_token: str = DEFAULT_PRIVATE_TOKEN,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(port, settings, _Handler)
        try:
            self.store = Store(self.clock, data_dir)
        except BaseException:
            self.server_close()
            raise
        self.auth = Auth(self.store, self.clock, self.faults.settings, private_token=private_token)

    def info(self) -> dict[str, Any]:
        # No token or secret: the control endpoints never echo credentials (the sandbox
        # prints them once, to whoever started it).
        return {
            "url": self.url,
            "provider": "hubspot",
            "clientId": self.auth.client_id,
            "dataDir": str(self.store.data_dir) if self.store.data_dir else None,
        }

    def apply_settings(self) -> None:
        """Bring the parts that read the settings in line after they changed."""
        settings = self.faults.settings
        self.auth.settings = settings
        with self.store.lock:
            if settings.identicalTimestamps and self.store.identical_ms is None:
                self.store.identical_ms = self.clock.now_ms()
            elif not settings.identicalTimestamps:
                self.store.identical_ms = None

    def reset(self, body: dict[str, Any] | None = None) -> dict[str, Any]:
        schema = (body or {}).get("schema", "csm")
        if schema not in ("csm", "bare"):
            raise ValueError("schema is 'csm' or 'bare'")
        with self.store.lock:
            self.store.reset(with_csm_schema=schema == "csm")
            self.store.save()
        self.faults.clear()
        self.clock.reset()
        self.auth.reset()
        self.log.clear()
        self.apply_settings()
        return {"ok": True, "schema": schema}

    def mutate(self, body: dict[str, Any]) -> Any:
        return control.mutate_portal(self.store, body)

    def expire_tokens(self) -> None:
        with self.store.lock:
            self.auth.expire_all()


def run_sandbox(
    port: int = DEFAULT_PORT,
    data_dir: Path | None = None,
    *,
    private_token: str = DEFAULT_PRIVATE_TOKEN,
    settings: Settings | None = None,
) -> Sandbox:
    """Start the sandbox on ``127.0.0.1:port`` (0 = any free port) in a background thread.

    Args:
        port: the TCP port on the loopback interface.
        data_dir: where the portal is kept as JSON; None keeps it in memory only.
        private_token: the private-app token the sandbox accepts.
        settings: the portal's standing conditions, which a reset returns to (default: as
            HubSpot, with search lag and rate limits).

    Returns:
        The running server; call ``stop()`` to end it.
    """
    return Sandbox(port, data_dir, private_token=private_token, settings=settings).start()


class BaseHandler(BaseHTTPRequestHandler):
    """One request to any provider's sandbox: control endpoints, faults, the log and the
    reply. A provider's handler answers the API itself (:meth:`_apply`) and words its
    errors (:meth:`_fault_reply`, :meth:`_failure`, :meth:`_bad_json`)."""

    server: BaseSandbox
    protocol_version = "HTTP/1.1"
    server_version = "cs-desktop-crm-sandbox"
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stall

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the request log at /__emulator/requests replaces stderr noise

    def date_time_string(self, timestamp: float | None = None) -> str:
        # The ``Date`` header follows the portal's clock, as its records' dates do.
        when = self.server.clock.now_ms() / 1000 if timestamp is None else timestamp
        return formatdate(when, usegmt=True)

    # -- one request -------------------------------------------------------------------------

    def _serve(self) -> None:
        sandbox = self.server
        url = urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        query = parse_qs(url.query, keep_blank_values=True)
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            body = self._parse(raw)
        except ApiError as error:
            self._send(Reply.error(error))
            return
        if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
            if not control.allowed(
                self.client_address[0], self.headers.get("Host"), self.headers.get("Origin")
            ):
                refused = "the control endpoints answer only programs on this computer"
                self._send(Reply.error(ApiError(403, "FORBIDDEN", refused)))
                return
            self._control(path[len(CONTROL_PREFIX) + 1 :], query, body)
            return
        fired = sandbox.faults.take(self.command, path)
        entry = {
            "at": iso(sandbox.clock.now_ms()),
            "method": self.command,
            "path": path,
            "query": query,
            "headers": {
                k.lower(): v
                for k, v in self.headers.items()
                if k.lower() in ("authorization", "content-type", "sforce-query-options")
            },
            "body": body,
            "faults": fired.kinds(),
        }
        early = self._before(fired)
        if early == "reset":
            sandbox.log.add({**entry, "status": None})
            return
        reply = early if isinstance(early, Reply) else self._apply(path, query, body, fired)
        after = self._after(fired, reply)
        sandbox.log.add({**entry, "status": reply.status})
        if after == "reset":
            self._reset_mid_body(reply)
            return
        trickle = next((f for f in fired.after if f.kind == "trickle"), None)
        if trickle is not None:
            self._trickle(reply, trickle.seconds)
            return
        self._send(reply)

    def _parse(self, raw: bytes) -> Any:
        if not raw:
            return None
        kind = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        text = raw.decode("utf-8", errors="replace")
        # curl -d labels JSON as a form unless told otherwise: a body that looks like JSON is.
        looks_json = text.lstrip().startswith(("{", "["))
        if kind == "application/x-www-form-urlencoded" and not looks_json:
            return {k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()}
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise self._bad_json(error) from None

    def _control(self, name: str, query: dict[str, list[str]], body: Any) -> None:
        try:
            status, result = control.handle(self.server, self.command, name, query, body)
            self._send(Reply(status, result))
        except ApiError as error:
            self._send(Reply.error(error))

    def _before(self, fired: Fired) -> Reply | str | None:
        for fault in fired.before:
            if fault.kind == "delay":
                time.sleep(fault.seconds)
                if self._client_gone():
                    # The client timed out and hung up: like a request lost in transit,
                    # nothing is applied. A client still waiting gets it applied, late.
                    return "reset"
            elif fault.kind == "reset":
                self._reset_mid_body(Reply(200, {"status": "error", "message": "x" * 512}))
                return "reset"
            elif fault.kind == "hang":
                self._hold(fault.seconds)
                return "reset"
            elif fault.kind == "captive_portal":
                return _sign_in_page(fault.status)
            elif fault.kind == "server_error":
                return self._failure(fault)
            else:
                reply = self._fault_reply(fault)
                if reply is not None:
                    return reply
        return None

    # -- what a provider words its own way ---------------------------------------------------

    def _fault_reply(self, fault: Fault) -> Reply | None:
        """The reply a provider-specific fault (rate limit, expired token, invalid grant,
        truncated JSON) gives before anything is applied; None when it does not apply."""
        raise NotImplementedError

    def _failure(self, fault: Fault) -> Reply:
        """A 5xx, JSON or HTML, as the provider's servers send it."""
        if fault.body == "html":
            return _html_error(fault.status)
        raise NotImplementedError

    def _bad_json(self, error: json.JSONDecodeError) -> ApiError:
        raise NotImplementedError

    def _apply(self, path: str, query: dict[str, list[str]], body: Any, fired: Fired) -> Reply:
        raise NotImplementedError

    def _complete_headers(self, headers: dict[str, str]) -> None:
        """Add the headers every reply carries (rate or usage headers) when missing."""

    def _client_gone(self) -> bool:
        readable, _, _ = select.select([self.connection], [], [], 0)
        if not readable:
            return False
        try:
            return bool(self.connection.recv(1, socket.MSG_PEEK) == b"")
        except OSError:
            return True

    def _after(self, fired: Fired, reply: Reply) -> str | None:
        for fault in fired.after:
            if fault.kind == "apply_then_fail":
                failed = self._failure(fault)
                reply.status, reply.body, reply.html = failed.status, failed.body, failed.html
            elif fault.kind == "delay":
                time.sleep(fault.seconds)
            elif fault.kind == "reset":
                return "reset"
            elif fault.kind == "truncated_json":
                reply.cut = True
        return None

    def _hold(self, seconds: float) -> None:
        """Keep the request unanswered until the client leaves, the sandbox stops, or
        ``seconds`` pass (0: an hour); then drop the connection."""
        ends = time.monotonic() + (seconds or 3600.0)
        while time.monotonic() < ends and not self._client_gone():
            if self.server.stopping.wait(0.05):
                break
        self.close_connection = True

    def _trickle(self, reply: Reply, seconds: float) -> None:
        """Send the whole reply, head included, one byte every ``seconds``."""
        data, content_type = self._encode(reply)
        status = f"HTTP/1.1 {reply.status} {self.responses.get(reply.status, ('',))[0]}"
        lines = [status, f"Server: {self.version_string()}", f"Date: {self.date_time_string()}"]
        lines += [f"{k}: {v}" for k, v in self._header_items(reply, len(data), content_type)]
        raw = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + data
        self.close_connection = True
        for index in range(len(raw)):
            if self._client_gone():
                return
            try:
                self.connection.sendall(raw[index : index + 1])
            except OSError:
                return
            if self.server.stopping.wait(seconds):
                return

    # -- writing -----------------------------------------------------------------------------

    def _encode(self, reply: Reply) -> tuple[bytes, str]:
        if reply.html:
            return str(reply.body).encode(), "text/html; charset=utf-8"
        if reply.body is None:
            return b"", "application/json;charset=utf-8"
        data = json.dumps(reply.body, ensure_ascii=False).encode()
        return (data[: len(data) // 2] if reply.cut else data), "application/json;charset=utf-8"

    def _header_items(self, reply: Reply, length: int, content_type: str) -> list[tuple[str, str]]:
        headers = dict(reply.headers)
        self._complete_headers(headers)
        if reply.status != 204:
            headers.update({"Content-Type": content_type, "Content-Length": str(length)})
        return list(headers.items())

    def _head(self, reply: Reply, length: int, content_type: str) -> None:
        self.send_response(reply.status)
        for name, value in self._header_items(reply, length, content_type):
            self.send_header(name, value)
        self.end_headers()

    def _send(self, reply: Reply) -> None:
        data, content_type = self._encode(reply)
        try:
            self._head(reply, len(data), content_type)
            if reply.status != 204:
                self.wfile.write(data)
            self.wfile.flush()
        except OSError:
            # The client gave up (its timeout was shorter than a "delay" fault): nothing to do.
            self.close_connection = True

    def _reset_mid_body(self, reply: Reply) -> None:
        """Send the head and half the body, then abort the connection with a TCP reset."""
        data, content_type = self._encode(reply)
        data = data if len(data) >= 2 else b'{"status":"partial"}'
        try:
            self._head(reply, len(data), content_type)
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
        except OSError:
            pass
        self.close_connection = True
        # SO_LINGER with a zero timeout turns close() into a RST instead of an orderly FIN.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        fd = self.connection.detach()
        socket.socket(fileno=fd).close()


class _Handler(BaseHandler):
    """The HubSpot API: its routes, OAuth endpoints, rate headers and error shapes."""

    server: Sandbox

    def _fault_reply(self, fault: Fault) -> Reply | None:
        sandbox = self.server
        if fault.kind == "rate_limit":
            headers = sandbox.auth.count("fault", search=False, enforce=False)
            return Reply.error(rate_limited(fault.policy, fault.retryAfter, headers))
        if fault.kind == "expired_token":
            now = sandbox.clock.now_ms()
            return Reply.error(expired_error(now, now - 60_000))
        if fault.kind == "truncated_json":
            return Reply(200, {"results": [], "paging": {"next": {"after": "100"}}}, cut=True)
        if fault.kind == "invalid_grant":
            return Reply.error(
                token_error(
                    "BAD_REFRESH_TOKEN",
                    "missing or unknown refresh token",
                    grant_error="invalid_grant",
                )
            )
        return None

    def _failure(self, fault: Fault) -> Reply:
        if fault.body == "html":
            return _html_error(fault.status)
        error = ApiError(
            fault.status, _STATUS_CATEGORY[fault.status], "internal error, please try again"
        )
        return Reply.error(error)

    def _bad_json(self, error: json.JSONDecodeError) -> ApiError:
        return validation(f"Invalid input JSON on line {error.lineno}, column {error.colno}")

    def _complete_headers(self, headers: dict[str, str]) -> None:
        if not any(h.startswith("X-HubSpot-RateLimit") for h in headers):
            headers.update(self.server.auth.count("anonymous", search=False, enforce=False))

    def _apply(self, path: str, query: dict[str, list[str]], body: Any, fired: Fired) -> Reply:
        sandbox = self.server
        try:
            if path in TOKEN_PATHS and self.command == "POST":
                headers = sandbox.auth.count("anonymous", search=False, enforce=False)
                form = {
                    **{k: v[0] for k, v in query.items()},
                    **(body if isinstance(body, dict) else {}),
                }
                with sandbox.store.lock:
                    granted = sandbox.auth.grant(
                        {k: str(v) for k, v in form.items()}, strict_codes=path != TOKEN_PATH
                    )
                    sandbox.store.save()
                return Reply(200, granted, headers)
            if path == AUTHORIZE_PATH and self.command == "GET":
                with sandbox.store.lock:
                    back = sandbox.auth.authorize({k: v[0] for k, v in query.items()})
                    sandbox.store.save()
                return redirect(back)
            if path.startswith(REVOKE_PATH) and self.command == "DELETE":
                headers = sandbox.auth.count("anonymous", search=False, enforce=False)
                with sandbox.store.lock:
                    if not sandbox.auth.revoke(path[len(REVOKE_PATH) :]):
                        raise not_found("refresh token not found")
                    sandbox.store.save()
                return Reply(204, None, headers)
            handler, params = _find(self.command, path)
            key = sandbox.auth.check(self.headers.get("Authorization"))
            headers = sandbox.auth.count(
                key,
                search=path.endswith("/search"),
                enforce=sandbox.faults.settings.enforceRateLimits,
            )
        except ApiError as error:
            reply = Reply.error(error)
            reply.headers = {
                **sandbox.auth.count("anonymous", search=False, enforce=False),
                **reply.headers,
            }
            return reply
        call = api.Call(
            self.command, params, query, body, sandbox.store, sandbox.faults.settings, fired.batch
        )
        with sandbox.store.lock:
            changes = sandbox.store.changes
            try:
                status, result = handler(call)
                reply = Reply(status, result, headers)
            except ApiError as error:
                reply = Reply.error(error)
                reply.headers.update(headers)
            if sandbox.store.changes != changes:  # searches and reads are POSTs too
                sandbox.store.save()
        return reply


def _find(method: str, path: str) -> tuple[Handler, dict[str, str]]:
    allowed = False
    for route_method, pattern, handler in _ROUTES:
        found = pattern.match(path)
        if found:
            if route_method == method:
                return handler, found.groupdict()
            allowed = True
    if allowed:
        raise ApiError(405, "VALIDATION_ERROR", f"{method} is not allowed on {path}")
    raise not_found(f"No route for {method} {path} in this sandbox")


_STATUS_CATEGORY = {
    500: "INTERNAL_ERROR",
    502: "BAD_GATEWAY",
    503: "SERVICE_UNAVAILABLE",
    504: "GATEWAY_TIMEOUT",
}
_STATUS_TEXT = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


def redirect(location: str) -> Reply:
    """The consent page's answer: access granted, back to the app (RFC 8252 loopback)."""
    page = (
        "<!DOCTYPE html><html><head><title>CRM sandbox: access granted</title></head>"
        f"<body><p>Access granted. <a href='{html.escape(location)}'>Back to the app</a></p>"
        "</body></html>"
    )
    return Reply(302, page, {"Location": location}, html=True)


def _sign_in_page(status: int) -> Reply:
    """What a hotel's or an airport's Wi-Fi answers before its guest signs in."""
    page = (
        "<!DOCTYPE html><html><head><title>Welcome! Sign in to the Wi-Fi</title></head>"
        "<body><form action='/login'><input name='room'><button>Connect</button></form>"
        "</body></html>"
    )
    headers = {"Location": "http://wifi.example/login"} if status == 302 else {}
    return Reply(status, page, headers, html=True)


def _html_error(status: int) -> Reply:
    """The HTML page a load balancer sends for a 5xx."""
    text = _STATUS_TEXT[status]
    page = f"<html><head><title>{status} {text}</title></head><body><h1>{text}</h1></body></html>"
    return Reply(status, page, html=True)

"""The Salesforce sandbox's HTTP server: the REST API subset, OAuth endpoints, and the same
fault injection and ``/__emulator`` controls as the HubSpot sandbox (see ``server.py``)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from crm_sandbox.errors import ApiError
from crm_sandbox.faults import Fault, Fired, Settings
from crm_sandbox.salesforce import api
from crm_sandbox.salesforce.auth import (
    DEFAULT_SESSION_ID,
    SalesforceAuth,
    limit_exceeded,
    session_expired,
)
from crm_sandbox.salesforce.errors import SfError, bad_request, not_found, oauth_error
from crm_sandbox.salesforce.org import Org, RecordProblem
from crm_sandbox.salesforce.schema import ToolingProblem, custom_field, object_name
from crm_sandbox.server import BaseHandler, BaseSandbox, Reply, redirect

DEFAULT_PORT = 8766
OAUTH_PREFIX = "/services/oauth2"
DATA_PREFIX = "/services/data"
_VERSIONED = re.compile(r"^/services/data/v(?P<version>\d+\.\d)(?P<rest>/.*)?$")
OLDEST_VERSION = 31.0

SfHandler = Callable[[api.SfCall], api.Reply]
_ROUTES: list[tuple[str, re.Pattern[str], SfHandler]] = []


def _route(method: str, pattern: str, handler: SfHandler) -> None:
    regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", pattern)
    _ROUTES.append((method, re.compile(f"^{regex}$"), handler))


_route("GET", "", api.resources)
_route("GET", "/limits", api.limits)
_route("GET", "/sobjects", api.global_describe)
_route("GET", "/sobjects/{sobject}", api.object_info)
_route("POST", "/sobjects/{sobject}", api.create_record)
_route("GET", "/sobjects/{sobject}/describe", api.describe)
_route("GET", "/sobjects/{sobject}/deleted", api.get_deleted)
_route("GET", "/sobjects/{sobject}/updated", api.get_updated)
_route("GET", "/sobjects/{sobject}/{recordId}", api.get_record)
_route("PATCH", "/sobjects/{sobject}/{recordId}", api.update_record)
_route("DELETE", "/sobjects/{sobject}/{recordId}", api.delete_record)
_route("GET", "/sobjects/{sobject}/{field}/{value}", api.get_by_external_id)
_route("PATCH", "/sobjects/{sobject}/{field}/{value}", api.upsert_record)
_route("GET", "/query", api.query)
_route("GET", "/query/{locator}", api.query_more)
_route("GET", "/queryAll", api.query_all)
_route("GET", "/queryAll/{locator}", api.query_more)
_route("POST", "/composite/sobjects", api.create_collection)
_route("PATCH", "/composite/sobjects", api.update_collection)
_route("DELETE", "/composite/sobjects", api.delete_collection)
_route("GET", "/composite/sobjects/{sobject}", api.retrieve_collection)
_route("POST", "/composite/sobjects/{sobject}", api.retrieve_collection)
_route("PATCH", "/composite/sobjects/{sobject}/{field}", api.upsert_collection)
_route("POST", "/tooling/sobjects/CustomField", api.create_custom_field)


class SalesforceSandbox(BaseSandbox):
    """The running Salesforce sandbox: the HTTP server and the org, clock, faults and log
    behind it. Its URL is the login host (production and test) and the instance URL."""

    def __init__(
        self,
        port: int,
        data_dir: Path | None,
        *,
        session_id: str = DEFAULT_SESSION_ID,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(port, settings, _Handler)
        try:
            self.org = Org(self.clock, data_dir)
        except BaseException:
            self.server_close()
            raise
        self.auth = SalesforceAuth(self.org, self.faults.settings, session_id=session_id)
        self.locators: dict[str, api.Locator] = {}

    def info(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "provider": "salesforce",
            "apiVersion": api.API_VERSION,
            "clientId": self.auth.client_id,
            "dataDir": str(self.org.data_dir) if self.org.data_dir else None,
        }

    def apply_settings(self) -> None:
        settings = self.faults.settings
        self.auth.settings = settings
        with self.org.lock:
            if settings.identicalTimestamps and self.org.identical_ms is None:
                self.org.identical_ms = self.clock.now_ms()
            elif not settings.identicalTimestamps:
                self.org.identical_ms = None

    def reset(self, body: dict[str, Any] | None = None) -> dict[str, Any]:
        """A fresh org; ``customFields`` (Tooling API ``CustomField`` bodies) made at once."""
        specs = (body or {}).get("customFields", [])
        with self.org.lock:
            self.org.reset()
            self.locators.clear()
            try:
                for spec in specs:
                    self.org.add_custom_field(*custom_field(spec))
            except ToolingProblem as problem:
                raise ValueError(f"customFields: {problem.message}") from None
            self.org.save()
        self.faults.clear()
        self.clock.reset()
        self.auth.reset()
        self.log.clear()
        self.apply_settings()
        return {"ok": True, "customFields": len(specs)}

    def mutate(self, body: dict[str, Any]) -> Any:
        """A change made in the org by someone else: ``op`` create, update, delete,
        undelete, touch (a system change: ``SystemModstamp`` only) or purge (empty the
        recycle bin of ``type``); ``bump: false`` keeps the modification dates."""
        op = str(body["op"])
        kind = object_name(str(body["type"]))
        if kind is None:
            raise ValueError(f"unknown object {body['type']!r}")
        bump = bool(body.get("bump", True))
        org = self.org
        with org.lock:
            try:
                if op == "purge":
                    org.purge(kind)
                    org.save()
                    return {"ok": True}
                if op == "create":
                    record = org.apply(org.plan(kind, dict(body.get("fields", {}))))
                else:
                    found = org.get(str(body["id"]))
                    if found is None or found[0] != kind:
                        raise not_found()
                    record = found[1]
                    if op == "update":
                        org.apply(org.plan(kind, dict(body["fields"]), record), bump=bump)
                    elif op == "delete":
                        org.delete(kind, record, bump=bump)
                    elif op == "undelete":
                        org.undelete(kind, record, bump=bump)
                    elif op == "touch":
                        org.touch(kind, record)
                    else:
                        raise ValueError(f"unknown op {op!r}")
            except RecordProblem as problem:
                raise SfError(400, problem.status_code, problem.message, problem.fields) from None
            org.save()
            return dict(record)

    def expire_tokens(self) -> None:
        with self.org.lock:
            self.auth.expire_all()


def run_salesforce_sandbox(
    port: int = DEFAULT_PORT,
    data_dir: Path | None = None,
    *,
    session_id: str = DEFAULT_SESSION_ID,
    settings: Settings | None = None,
) -> SalesforceSandbox:
    """Start the Salesforce sandbox on ``127.0.0.1:port`` (0 = any free port).

    Args:
        port: the TCP port on the loopback interface.
        data_dir: where the org is kept as JSON; None keeps it in memory only.
        session_id: a session id that never expires, for callers that skip the sign-in.
        settings: the org's standing conditions, which a reset returns to.

    Returns:
        The running server; call ``stop()`` to end it.
    """
    return SalesforceSandbox(port, data_dir, session_id=session_id, settings=settings).start()


class _Handler(BaseHandler):
    server: SalesforceSandbox

    def _fault_reply(self, fault: Fault) -> Reply | None:
        if fault.kind == "rate_limit":
            return Reply.error(limit_exceeded())
        if fault.kind == "expired_token":
            return Reply.error(session_expired())
        if fault.kind == "invalid_grant":
            return Reply.error(oauth_error("invalid_grant", "expired access/refresh token"))
        if fault.kind == "truncated_json":
            body = {"totalSize": 4000, "done": False, "records": [{"Id": "x" * 18}] * 8}
            return Reply(200, body, cut=True)
        return None

    def _failure(self, fault: Fault) -> Reply:
        if fault.body == "html":
            return super()._failure(fault)
        if fault.status == 503:
            error = SfError(503, "SERVER_UNAVAILABLE", "Server temporarily unavailable")
        else:
            error = SfError(
                fault.status,
                "UNKNOWN_EXCEPTION",
                "An unexpected error occurred. Please include this ErrorId if you contact "
                "support: 1387164318-12345 (-1234567890)",
            )
        return Reply.error(error)

    def _bad_json(self, error: json.JSONDecodeError) -> ApiError:
        return bad_request(
            "JSON_PARSER_ERROR",
            f"Unexpected character at [line:{error.lineno}, column:{error.colno}]",
        )

    def _complete_headers(self, headers: dict[str, str]) -> None:
        if "Sforce-Limit-Info" not in headers:
            used, allowed = self.server.auth.usage()
            headers["Sforce-Limit-Info"] = f"api-usage={used}/{allowed}"

    def _apply(self, path: str, query: dict[str, list[str]], body: Any, fired: Fired) -> Reply:
        sandbox = self.server
        form = {
            **{k: v[0] for k, v in query.items()},
            **({k: str(v) for k, v in body.items()} if isinstance(body, dict) else {}),
        }
        try:
            if path.startswith(OAUTH_PREFIX):
                return self._oauth(path[len(OAUTH_PREFIX) :], form)
            if path == DATA_PREFIX and self.command == "GET":
                label = {"version": api.API_VERSION, "label": "Winter '25"}
                return Reply(200, [{**label, "url": f"{DATA_PREFIX}/v{api.API_VERSION}"}])
            handler, params, base = _find(self.command, path)
            sandbox.auth.check(self.headers.get("Authorization"))
            usage = sandbox.auth.count(enforce=sandbox.faults.settings.enforceRateLimits)
        except SfError as error:
            return Reply.error(error)
        headers = {k.lower(): v for k, v in self.headers.items()}
        headers["x-sandbox-usage"] = usage.split("=", 1)[1]
        call = api.SfCall(
            self.command,
            params,
            query,
            body,
            headers,
            sandbox.org,
            sandbox.faults.settings,
            base,
            sandbox.locators,
            fired.batch,
        )
        with sandbox.org.lock:
            changes = sandbox.org.changes
            try:
                status, result = handler(call)
                reply = Reply(status, result)
            except SfError as error:
                reply = Reply.error(error)
            if sandbox.org.changes != changes:
                sandbox.org.save()
        reply.headers["Sforce-Limit-Info"] = usage
        return reply

    def _oauth(self, name: str, form: dict[str, str]) -> Reply:
        sandbox = self.server
        if name == "/authorize" and self.command == "GET":
            with sandbox.org.lock:
                back = sandbox.auth.authorize(form)
                sandbox.org.save()
            return redirect(back)
        if name == "/token" and self.command == "POST":
            with sandbox.org.lock:
                granted = sandbox.auth.grant(form, sandbox.url)
                sandbox.org.save()
            return Reply(200, granted)
        if name == "/revoke" and self.command in ("GET", "POST"):
            with sandbox.org.lock:
                if not sandbox.auth.revoke(form.get("token", "")):
                    raise oauth_error("invalid_token", "invalid token")
                sandbox.org.save()
            return Reply(200, None)
        raise not_found()


def _find(method: str, path: str) -> tuple[SfHandler, dict[str, str], str]:
    versioned = _VERSIONED.match(path)
    if versioned is None:
        raise not_found()
    version = versioned["version"]
    if not OLDEST_VERSION <= float(version) <= float(api.API_VERSION):
        raise not_found()
    rest = versioned["rest"] or ""
    allowed = []
    for route_method, pattern, handler in _ROUTES:
        found = pattern.match(rest)
        if found:
            if route_method == method:
                params = {k: unquote(v) for k, v in found.groupdict().items()}
                return handler, params, f"{DATA_PREFIX}/v{version}"
            allowed.append(route_method)
    if allowed:
        raise SfError(
            405,
            "METHOD_NOT_ALLOWED",
            f"HTTP Method '{method}' not allowed. Allowed are {','.join(allowed)}",
        )
    raise not_found()

"""The HubSpot CRM v3/v4 adapter over httpx (contract §1, §3; research notes §1).

Every request goes through :meth:`HubSpotAdapter._request`: token refresh ahead of expiry,
one refresh-and-replay on 401 for OAuth, retries per :class:`RetryPolicy`, and the last
``X-HubSpot-RateLimit-*`` headers kept for the run log. Tokens never appear in messages.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from cs_desktop.sync import checkpoints
from cs_desktop.sync.adapter import (
    AuthExpired,
    AuthRequired,
    Cursor,
    DailyLimitReached,
    Fatal,
    Kind,
    Link,
    Page,
    RateInfo,
    RateLimited,
    RemoteRecord,
    Token,
    Tombstone,
    Transient,
    WriteError,
    WriteOp,
    WriteResult,
)
from cs_desktop.sync.fields import iso_ms, parse_instant
from cs_desktop.sync.merge import Value
from cs_desktop.sync.ratelimit import RateGate
from cs_desktop.sync.retry import RetryPolicy, retry_after_seconds

OBJECT_TYPES: dict[Kind, str] = {
    "company": "companies",
    "contact": "contacts",
    "note": "notes",
    "meeting": "meetings",
    "call": "calls",
    "email": "emails",
}
# Local field -> HubSpot property, per kind. Contacts' name is split (see _to_props).
PROPERTIES: dict[Kind, dict[str, str]] = {
    "company": {
        "name": "name",
        "domain": "domain",
        "stage": "csm_lifecycle_stage",
        "health_score": "csm_health_score",
    },
    "contact": {"title": "jobtitle", "email": "email", "phone": "phone"},
    "note": {"notes": "hs_note_body", "occurred_at": "hs_timestamp"},
    "meeting": {
        "title": "hs_meeting_title",
        "notes": "hs_meeting_body",
        "occurred_at": "hs_timestamp",
    },
    "call": {"title": "hs_call_title", "notes": "hs_call_body", "occurred_at": "hs_timestamp"},
    "email": {
        "title": "hs_email_subject",
        "notes": "hs_email_text",
        "occurred_at": "hs_timestamp",
    },
}
LOCAL_ID = "csm_local_id"
SEARCH_CAP = 10_000  # HubSpot answers 400 for `after` beyond this [H2]
OVERLAP = timedelta(minutes=5)  # search lags writes [P4][P9]
HORIZON = timedelta(seconds=60)
REFRESH_AHEAD = timedelta(minutes=5)
STAGES = ("sales", "delivery", "service", "value")


def modified_property(kind: Kind) -> str:
    # Contacts only have `lastmodifieddate`; `hs_lastmodifieddate` silently loses data [P10].
    return "lastmodifieddate" if kind == "contact" else "hs_lastmodifieddate"


@dataclass(frozen=True)
class OAuthClient:
    client_id: str
    client_secret: str


@dataclass(frozen=True)
class HubSpotAuth:
    """Either a private-app token, or OAuth tokens with the client to refresh them."""

    access_token: str
    refresh_token: str | None = None
    expires_at: datetime | None = None
    client: OAuthClient | None = None

    def __repr__(self) -> str:
        return f"HubSpotAuth(oauth={self.client is not None}, expires_at={self.expires_at!r})"


class HubSpotAdapter:
    """:class:`~cs_desktop.sync.adapter.CrmAdapter` for HubSpot.

    Args:
        base_url: ``https://api.hubapi.com`` or a sandbox on loopback.
        auth: the credentials; OAuth ones are refreshed and handed to ``on_tokens``.
        on_tokens: persists a refreshed (possibly rotated) token pair; called before use.
        now: the wall clock, for token expiry and the search horizon.
        retry: the retry policy (fake clock in tests).
        timeout: seconds per request.
    """

    provider = "hubspot"
    max_batch = 100

    def __init__(
        self,
        base_url: str,
        auth: HubSpotAuth,
        *,
        on_tokens: Callable[[Token], None] = lambda token: None,
        now: Callable[[], datetime] = lambda: datetime.now(tz=UTC),
        retry: RetryPolicy | None = None,
        timeout: float = 30.0,
    ) -> None:
        self._auth = auth
        self._on_tokens = on_tokens
        self._now = now
        self.retry = retry or RetryPolicy()
        self.gate = RateGate(self.retry.sleep, self.retry.monotonic)
        self.rate = RateInfo()
        self.refreshes = 0
        self._http = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout)

    def close(self) -> None:
        self._http.close()

    # -- transport ---------------------------------------------------------------------------

    def refresh_auth(self) -> Token:
        """Exchange the refresh token; persist the new pair through ``on_tokens``.

        Raises:
            AuthRequired: no refresh token, or the CRM answered ``invalid_grant``.
        """
        auth = self._auth
        if auth.client is None or auth.refresh_token is None:
            raise AuthRequired("the private-app token was refused; connect again")
        form = {
            "grant_type": "refresh_token",
            "client_id": auth.client.client_id,
            "client_secret": auth.client.client_secret,
            "refresh_token": auth.refresh_token,
        }

        def send() -> httpx.Response:
            response = self._send("POST", "/oauth/v1/token", data=form, with_auth=False)
            if response.status_code == 400:
                raise AuthRequired(
                    "HubSpot refused the refresh token (invalid_grant); connect again"
                )
            if response.status_code >= 300:
                raise Fatal(f"token refresh failed with HTTP {response.status_code}")
            return response

        body = self.retry.call(send).json()
        token = Token(
            access_token=body["access_token"],
            refresh_token=body.get("refresh_token") or auth.refresh_token,
            expires_at=self._now() + timedelta(seconds=int(body.get("expires_in", 1800))),
        )
        # Persist first: with rotation the old refresh token is already dead [P13].
        self._on_tokens(token)
        self._auth = replace(
            auth,
            access_token=token.access_token,
            refresh_token=token.refresh_token,
            expires_at=token.expires_at,
        )
        self.refreshes += 1
        return token

    def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, str] | None = None,
        with_auth: bool = True,
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self._auth.access_token}"} if with_auth else {}
        self.gate.before(search=path.endswith("/search"))
        try:
            response = self._http.request(
                method, path, json=json, params=params, data=data, headers=headers
            )
        except httpx.TimeoutException:
            raise Transient(f"{method} {path}: timed out") from None
        except httpx.TransportError as error:
            raise Transient(f"{method} {path}: {type(error).__name__}") from None
        checkpoints.reached("after_send", f"{method} {path}")
        limits = {k: v for k, v in response.headers.items() if k.lower().startswith("x-hubspot")}
        if limits:
            self.rate.headers = limits
            self.gate.observe(limits)
        status = response.status_code
        if status == 429 and self.gate.daily_low():
            raise DailyLimitReached(f"{method} {path}: the CRM's daily API limit is used up")
        if status == 429:
            wait = retry_after_seconds(status, response.headers)
            raise RateLimited(1.0 if wait is None else wait, f"{method} {path}: rate limited")
        if status >= 500:
            raise Transient(f"{method} {path}: HTTP {status}")
        if status == 401 and with_auth:
            raise AuthExpired(f"{method} {path}: HTTP 401")
        return response

    def _request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
    ) -> httpx.Response:
        auth = self._auth
        if (
            auth.client is not None
            and auth.expires_at is not None
            and auth.expires_at - self._now() < REFRESH_AHEAD
        ):
            self.refresh_auth()
        try:
            return self.retry.call(lambda: self._send(method, path, json=json, params=params))
        except AuthExpired:
            if self._auth.client is None:
                raise AuthRequired("HubSpot refused the private-app token; connect again") from None
        # Refresh once, replay once; a second 401 means the grant itself is gone.
        self.refresh_auth()
        try:
            return self.retry.call(lambda: self._send(method, path, json=json, params=params))
        except AuthExpired:
            raise AuthRequired("HubSpot refused a fresh token; connect again") from None

    def _ok_json(self, response: httpx.Response) -> Any:
        if response.status_code >= 400:
            raise Fatal(f"HTTP {response.status_code}: {_message(response)}")
        return response.json() if response.content else None

    # -- schema ------------------------------------------------------------------------------

    def ensure_schema(self) -> None:
        """Create ``csm_local_id`` on every kind and the company fields; existing = fine."""
        for kind, object_type in OBJECT_TYPES.items():
            wanted = [_local_id_property()]
            if kind == "company":
                wanted += [_stage_property(), _health_property()]
            for prop in wanted:
                got = self._request("GET", f"/crm/v3/properties/{object_type}/{prop['name']}")
                if got.status_code == 200:
                    continue
                created = self._request("POST", f"/crm/v3/properties/{object_type}", json=prop)
                if created.status_code not in (200, 201, 409):
                    raise Fatal(
                        f"cannot create {prop['name']} on {object_type}: {_message(created)}"
                    )

    # -- reading -----------------------------------------------------------------------------

    def _record(self, kind: Kind, item: Mapping[str, Any]) -> RemoteRecord:
        # A requested property left out of the answer has no value: it was cleared.
        props: dict[str, str | None] = dict.fromkeys(self._properties(kind))
        props.update(item.get("properties") or {})
        updated = str(item.get("updatedAt") or props.get(modified_property(kind)) or "")
        return RemoteRecord(
            remote_id=str(item["id"]),
            version=updated,
            modified_at=parse_instant(updated) if updated else self._now(),
            archived=bool(item.get("archived", False)),
            props=props,
        )

    def _properties(self, kind: Kind) -> list[str]:
        names = [LOCAL_ID, modified_property(kind), *PROPERTIES[kind].values()]
        if kind == "contact":
            names += ["firstname", "lastname"]
        return names

    def pull_page(self, kind: Kind, cur: Cursor, limit: int) -> Page:
        """One search page of records modified since the cursor (minus the overlap).

        The window start stays fixed while paging by ``after``; before ``after`` would pass
        the 10,000 cap (or when the portal refuses it), the search restarts from the latest
        ``modified_at`` seen. When one instant holds more records than that, it is paged by
        id instead (HubSpot honours one sort only). Records seen twice are echoes the engine
        skips by version.
        """
        if cur.tie_at is not None:
            return self._pull_tie(kind, cur, limit)
        prop = modified_property(kind)
        window = cur.window_start
        if window is None and cur.modified_at is not None:
            window = cur.modified_at - OVERLAP
        filters: list[dict[str, str]] = [
            {"propertyName": prop, "operator": "LTE", "value": _ms(self._now() - HORIZON)}
        ]
        if window is not None:
            filters.append({"propertyName": prop, "operator": "GTE", "value": _ms(window)})
        data = self._search(kind, filters, prop, cur.after, limit)
        if data is None:
            return self._restart(cur, [])
        records = [self._record(kind, item) for item in data.get("results", [])]
        newest = max([r.modified_at for r in records] + _known(cur.modified_at), default=None)
        last_id = records[-1].remote_id if records else cur.last_id
        following = ((data.get("paging") or {}).get("next") or {}).get("after")
        if not following:
            return Page(records, Cursor(newest, last_id), True)
        if int(following) + limit > SEARCH_CAP:
            return self._restart(Cursor(newest, last_id, window, cur.after), records)
        return Page(records, Cursor(newest, last_id, window, int(following)), False)

    def _search(
        self, kind: Kind, filters: list[dict[str, str]], sort: str, after: int, limit: int
    ) -> Any:
        body = {
            "filterGroups": [{"filters": filters}],
            "sorts": [{"propertyName": sort, "direction": "ASCENDING"}],
            "properties": self._properties(kind),
            "limit": min(limit, 200),
            "after": str(after),
        }
        response = self._request("POST", f"/crm/v3/objects/{OBJECT_TYPES[kind]}/search", json=body)
        if response.status_code == 400 and after > 0:
            return None  # paged past the portal's cap
        return self._ok_json(response)

    @staticmethod
    def _restart(cur: Cursor, records: list[RemoteRecord]) -> Page:
        newest = max([r.modified_at for r in records] + _known(cur.modified_at), default=None)
        if newest is None:
            return Page(records, Cursor(None, cur.last_id), True)
        if cur.window_start is not None and newest <= cur.window_start:
            # One instant holds more records than a search returns: page it by id.
            return Page(records, Cursor(newest, cur.last_id, tie_at=newest), False)
        return Page(records, Cursor(newest, cur.last_id, newest, 0), False)

    def _pull_tie(self, kind: Kind, cur: Cursor, limit: int) -> Page:
        assert cur.tie_at is not None
        prop = modified_property(kind)
        filters = [{"propertyName": prop, "operator": "EQ", "value": _ms(cur.tie_at)}]
        if cur.after:
            filters.append(
                {"propertyName": "hs_object_id", "operator": "GT", "value": str(cur.after)}
            )
        data = self._search(kind, filters, "hs_object_id", 0, limit)
        records = [self._record(kind, item) for item in (data or {}).get("results", [])]
        if records and ((data or {}).get("paging") or {}).get("next"):
            last = int(records[-1].remote_id)
            return Page(
                records, Cursor(cur.tie_at, str(last), tie_at=cur.tie_at, after=last), False
            )
        # The instant is exhausted: carry on strictly after it.
        after_tie = cur.tie_at + timedelta(milliseconds=1)
        return Page(records, Cursor(cur.tie_at, cur.last_id, after_tie, 0), False)

    def pull_tombstones(self, kind: Kind, since: datetime) -> list[Tombstone]:
        """Records archived after ``since`` (the archived list; search never shows them)."""
        found: list[Tombstone] = []
        after: str | None = None
        while True:
            params: dict[str, Any] = {"archived": "true", "limit": 100}
            if after:
                params["after"] = after
            data = self._ok_json(
                self._request("GET", f"/crm/v3/objects/{OBJECT_TYPES[kind]}", params=params)
            )
            for item in data.get("results", []):
                stamp = item.get("archivedAt") or item.get("updatedAt")
                when = parse_instant(stamp) if stamp else self._now()
                if when > since:
                    found.append(Tombstone(str(item["id"]), when))
            after = ((data.get("paging") or {}).get("next") or {}).get("after")
            if not after:
                return found

    def read(self, kind: Kind, remote_ids: list[str]) -> list[RemoteRecord]:
        """Current versions of existing records; missing or archived ones are left out."""
        if not remote_ids:
            return []
        body = {"inputs": [{"id": i} for i in remote_ids], "properties": self._properties(kind)}
        response = self._request(
            "POST", f"/crm/v3/objects/{OBJECT_TYPES[kind]}/batch/read", json=body
        )
        if response.status_code == 404:
            return []
        data = self._ok_json(response)
        return [self._record(kind, item) for item in data.get("results", [])]

    # -- writing -----------------------------------------------------------------------------

    def upsert(self, kind: Kind, ops: list[WriteOp]) -> list[WriteResult]:
        """Create-or-update keyed by ``csm_local_id``: a retried create never duplicates."""
        inputs = [
            {
                "idProperty": LOCAL_ID,
                "id": op.local_id,
                "objectWriteTraceId": op.op_id,
                "properties": _clean(op.props),
            }
            for op in ops
        ]
        return self._batch(kind, "upsert", ops, inputs)

    def update(self, kind: Kind, ops: list[WriteOp]) -> list[WriteResult]:
        inputs = [
            {"id": op.remote_id, "objectWriteTraceId": op.op_id, "properties": _clean(op.props)}
            for op in ops
        ]
        return self._batch(kind, "update", ops, inputs)

    def _batch(
        self, kind: Kind, action: str, ops: list[WriteOp], inputs: list[dict[str, Any]]
    ) -> list[WriteResult]:
        response = self._request(
            "POST", f"/crm/v3/objects/{OBJECT_TYPES[kind]}/batch/{action}", json={"inputs": inputs}
        )
        if response.status_code == 400 or response.status_code == 404:
            message = _message(response)
            return [WriteResult(op.op_id, False, error="invalid", message=message) for op in ops]
        data = self._ok_json(response)
        by_trace = {op.op_id: op for op in ops}
        by_local = {op.local_id: op for op in ops}
        by_remote = {op.remote_id: op for op in ops if op.remote_id}
        results: dict[str, WriteResult] = {}
        for item in data.get("results", []):
            props = item.get("properties") or {}
            op = (
                by_trace.get(str(item.get("objectWriteTraceId", "")))
                or by_local.get(str(props.get(LOCAL_ID, "")))
                or by_remote.get(str(item.get("id")))
            )
            if op is not None:
                results[op.op_id] = WriteResult(
                    op.op_id, True, str(item["id"]), str(item.get("updatedAt", ""))
                )
        for error in data.get("errors", []):
            context = error.get("context") or {}
            traces = context.get("objectWriteTraceId") or []
            ids = context.get("ids") or []
            matched = [by_trace[t] for t in traces if t in by_trace] or [
                by_remote.get(i) or by_local[i] for i in ids if i in by_remote or i in by_local
            ]
            category = str(error.get("category", ""))
            kind_of_error: WriteError = _ERRORS.get(category, "invalid")
            for op in matched:
                results.setdefault(
                    op.op_id,
                    WriteResult(
                        op.op_id,
                        False,
                        error=kind_of_error,
                        message=_error_text(error),
                    ),
                )
        # Unreported inputs: unknown outcome; retrying an upsert or update is harmless.
        return [
            results.get(op.op_id)
            or WriteResult(op.op_id, False, error="retryable", message="no result reported")
            for op in ops
        ]

    def archive(self, kind: Kind, remote_ids: list[str]) -> list[WriteResult]:
        """Archive records; already-gone ones count as done (HubSpot answers 204 either way)."""
        inputs = [{"id": i} for i in remote_ids]
        response = self._request(
            "POST", f"/crm/v3/objects/{OBJECT_TYPES[kind]}/batch/archive", json={"inputs": inputs}
        )
        ok = response.status_code in (200, 204, 404)
        message = "" if ok else _message(response)
        return [
            WriteResult(i, ok, i, error=None if ok else "invalid", message=message)
            for i in remote_ids
        ]

    def link(self, links: list[Link]) -> list[WriteResult]:
        results = []
        for item in links:
            response = self._request(
                "PUT",
                f"/crm/v4/objects/{OBJECT_TYPES[item.from_kind]}/{item.from_id}"
                f"/associations/default/{OBJECT_TYPES[item.to_kind]}/{item.to_id}",
            )
            results.append(_link_result(item, response, missing="not_found"))
        return results

    def unlink(self, links: list[Link]) -> list[WriteResult]:
        results = []
        for item in links:
            response = self._request(
                "DELETE",
                f"/crm/v4/objects/{OBJECT_TYPES[item.from_kind]}/{item.from_id}"
                f"/associations/{OBJECT_TYPES[item.to_kind]}/{item.to_id}",
            )
            results.append(_link_result(item, response, missing=None))
        return results

    def read_links(self, kind: Kind, remote_ids: list[str], to: Kind) -> dict[str, set[str]]:
        body = {"inputs": [{"id": i} for i in remote_ids]}
        data = self._ok_json(
            self._request(
                "POST",
                f"/crm/v4/associations/{OBJECT_TYPES[kind]}/{OBJECT_TYPES[to]}/batch/read",
                json=body,
            )
        )
        found: dict[str, set[str]] = {i: set() for i in remote_ids}
        for item in data.get("results", []):
            source = str((item.get("from") or {}).get("id"))
            found.setdefault(source, set()).update(
                str(t.get("toObjectId")) for t in item.get("to", [])
            )
        return found

    # -- field mapping -----------------------------------------------------------------------

    @staticmethod
    def to_remote(kind: Kind, fields: Mapping[str, Value]) -> dict[str, Value]:
        """HubSpot properties for local canonical field values."""
        mapping = PROPERTIES[kind]
        props: dict[str, Value] = {mapping[k]: v for k, v in fields.items() if k in mapping}
        if kind == "contact" and "name" in fields:
            first, _, last = (fields["name"] or "").strip().partition(" ")
            props["firstname"], props["lastname"] = first, last
        return props

    @staticmethod
    def to_local(kind: Kind, props: Mapping[str, str | None]) -> dict[str, Value]:
        """Local canonical field values from HubSpot properties (only those present)."""
        fields: dict[str, Value] = {}
        for local, remote in PROPERTIES[kind].items():
            if remote in props:
                value = props[remote] or None
                if local == "occurred_at" and value:
                    value = iso_ms(parse_instant(value))
                fields[local] = value
        if kind == "contact" and ("firstname" in props or "lastname" in props):
            parts = [props.get("firstname") or "", props.get("lastname") or ""]
            fields["name"] = " ".join(p for p in parts if p)
        if kind == "company" and fields.get("stage") not in (None, *STAGES):
            fields.pop("stage")
        return fields


_ERRORS: dict[str, WriteError] = {
    "OBJECT_NOT_FOUND": "not_found",
    "CONFLICT": "conflict",
    "RATE_LIMITS": "retryable",
}


def _known(value: datetime | None) -> list[datetime]:
    return [] if value is None else [value]


def _clean(props: Mapping[str, Value]) -> dict[str, str]:
    # HubSpot clears a value with "" (companies spec); None is not a property value.
    return {k: "" if v is None else v for k, v in props.items()}


def _ms(value: datetime) -> str:
    return str(int(value.timestamp() * 1000))


def _message(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    return _error_text(body) if isinstance(body, dict) else f"HTTP {response.status_code}"


def _error_text(error: Mapping[str, Any]) -> str:
    details = [str(e.get("message", "")) for e in error.get("errors", []) if isinstance(e, dict)]
    text = str(error.get("message", "")) or str(error.get("category", "error"))
    return "; ".join([text, *[d for d in details if d and d != text]])


def _link_result(item: Link, response: httpx.Response, *, missing: str | None) -> WriteResult:
    if response.status_code < 300 or (response.status_code == 404 and missing is None):
        return WriteResult(item.op_id, True, item.from_id)
    error: WriteError = "not_found" if response.status_code == 404 else "invalid"
    return WriteResult(item.op_id, False, error=error, message=_message(response))


def _local_id_property() -> dict[str, Any]:
    return {
        "name": LOCAL_ID,
        "label": "CS Desktop id",
        "type": "string",
        "fieldType": "text",
        "groupName": "csm",
        "hasUniqueValue": True,
    }


def _stage_property() -> dict[str, Any]:
    return {
        "name": "csm_lifecycle_stage",
        "label": "CS lifecycle stage",
        "type": "enumeration",
        "fieldType": "select",
        "groupName": "csm",
        "options": [
            {"label": s.title(), "value": s, "displayOrder": n} for n, s in enumerate(STAGES)
        ],
    }


def _health_property() -> dict[str, Any]:
    return {
        "name": "csm_health_score",
        "label": "CS health score",
        "type": "number",
        "fieldType": "number",
        "groupName": "csm",
    }

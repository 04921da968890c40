"""Reading changes: search pages by modified date, archived lists, batch reads (contract §3.3).

Search has a hard cap on paging (``after`` ≤ 10,000 [H2]), lags writes [P4][P9] and honours
one sort only; :func:`pull_page` works around all three. A kind's first pull lists it by id
instead (:func:`list_page`): no cap, no search rate limit, links included, and each page costs
the portal a lookup rather than a sorted query.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from cs_desktop.sync.adapter import Cursor, Kind, Page, RemoteRecord, Tombstone
from cs_desktop.sync.fields import ENGAGEMENT_KINDS, PLACED_BY_COMPANY, parse_instant
from cs_desktop.sync.hubspot.associations import read_links
from cs_desktop.sync.hubspot.client import HubSpotClient, ok_json
from cs_desktop.sync.hubspot.mapping import (
    OBJECT_TYPES,
    modified_property,
    properties,
    remote_record,
)

SEARCH_CAP = 10_000  # HubSpot answers 400 for `after` beyond this [H2]
OVERLAP = timedelta(minutes=5)  # search lags writes [P4][P9]
HORIZON = timedelta(seconds=60)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
LIST_PAGE = 100  # the most a list page returns
Clock = Callable[[], datetime]
Filter = dict[str, Any]


@dataclass(frozen=True)
class Scope:
    """What a read covers: the records of an object type, for one kind or for the kinds
    sharing it (which then tell theirs apart, see :mod:`.shared`).

    Attributes:
        kind: the kind the records are read as (the first of those sharing the type).
        names: the properties asked for.
        groups: filter groups, any of which a record matches (each with the read's window).
        links: the kinds a listing asks links to along with the records.
    """

    kind: Kind
    names: tuple[str, ...]
    groups: tuple[tuple[Filter, ...], ...] = ((),)
    links: tuple[Kind, ...] = ()

    @property
    def object_type(self) -> str:
        return OBJECT_TYPES[self.kind]


def scope_of(kind: Kind) -> Scope:
    """The read of one kind that shares its object type with none."""
    return Scope(kind, tuple(properties(kind)), links=listed_links(kind))


def listed_links(kind: Kind) -> tuple[Kind, ...]:
    """The links a first pull needs (a contact's or a task's companies, an engagement's
    companies and contacts, to place them locally), asked for along with the records."""
    if kind in PLACED_BY_COMPANY:
        return ("company",)
    return ("company", "contact") if kind in ENGAGEMENT_KINDS else ()


def pull_page(client: HubSpotClient, scope: Scope, cur: Cursor, limit: int, now: Clock) -> Page:
    """One search page of records modified since the cursor (minus the overlap).

    The window start stays fixed while paging by ``after``; before ``after`` would pass
    the 10,000 cap (or when the portal refuses it), the search restarts from the latest
    ``modified_at`` seen. When one instant holds more records than that, it is paged by
    id instead (HubSpot honours one sort only). Records seen twice are echoes the engine
    skips by version.
    """
    if cur.list_after is not None or cur == Cursor():
        return list_page(client, scope, cur, limit, now)
    if cur.tie_at is not None:
        return _pull_tie(client, scope, cur, limit, now)
    prop = modified_property(scope.kind)
    window = cur.window_start
    if window is None:
        # Fixed from the first page on (a first pull included): re-deriving it from the
        # newest record seen would shift the results under `after` and skip records.
        window = EPOCH if cur.modified_at is None else cur.modified_at - OVERLAP
    filters = [
        {"propertyName": prop, "operator": "LTE", "value": _ms(now() - HORIZON)},
        {"propertyName": prop, "operator": "GTE", "value": _ms(window)},
    ]
    data = _search(client, scope, filters, prop, _after(cur), limit)
    if data is None:
        return _restart(cur, [])
    records = [_record(scope, item, now) for item in data.get("results", [])]
    newest = max([r.modified_at for r in records] + _known(cur.modified_at), default=None)
    last_id = records[-1].remote_id if records else cur.last_id
    following = ((data.get("paging") or {}).get("next") or {}).get("after")
    if not following:
        return Page(records, Cursor(newest, last_id), True)
    if int(following) + limit > SEARCH_CAP:
        return _restart(Cursor(newest, last_id, window, cur.page_token), records)
    return Page(records, Cursor(newest, last_id, window, str(following)), False)


def list_page(client: HubSpotClient, scope: Scope, cur: Cursor, limit: int, now: Clock) -> Page:
    """One page of a kind listed by id, with its links, for a first pull.

    The listing's cursor carries the portal's time when it began (its ``Date``), so the
    searches after it start there: a record changed behind the listing's position while it
    ran is found by them, one changed ahead is listed already changed (and found again, an
    echo skipped by version).
    """
    params = list_params(scope, limit, cur.list_after)
    response = client.request("GET", f"/crm/v3/objects/{scope.object_type}", params=params)
    data = ok_json(response)
    began = cur.modified_at if cur.list_after is not None else _portal_time(response, now)
    listed = data.get("results", [])
    last_id = str(listed[-1]["id"]) if listed else cur.last_id
    records = [_record(scope, item, now) for item in listed]
    links = {to: _inline_links(client, scope.kind, listed, to) for to in scope.links}
    following = ((data.get("paging") or {}).get("next") or {}).get("after")
    if following:
        return Page(records, Cursor(began, last_id, list_after=str(following)), False, links)
    if not listed and cur.list_after is None:
        # The portal holds none of this kind (many use no calls or emails): it stays unlisted,
        # and the next pull lists it again rather than spend one of the 4 searches a second.
        return Page([], Cursor(), True, links)
    return Page(records, Cursor(began, last_id), True, links)


def list_params(scope: Scope, limit: int, after: str | None) -> dict[str, str]:
    """The query of a list page: the synced properties and the links a first pull needs."""
    params = {"limit": str(min(limit, LIST_PAGE)), "properties": ",".join(scope.names)}
    if scope.links:
        params["associations"] = ",".join(OBJECT_TYPES[to] for to in scope.links)
    if after is not None:
        params["after"] = after
    return params


def _portal_time(response: httpx.Response, now: Clock) -> datetime:
    """The portal's clock from the answer's ``Date`` (the local clock if it sent none): the
    records' modified dates come from the portal's clock, not the laptop's."""
    try:
        return parsedate_to_datetime(response.headers["date"]).astimezone(UTC)
    except (KeyError, TypeError, ValueError):
        return now()


def _inline_links(
    client: HubSpotClient, kind: Kind, items: list[Mapping[str, Any]], to: Kind
) -> dict[str, set[str]]:
    """Each listed record's links to ``to``; the few with more than one answer holds (their
    links are paged) are read in a batch instead."""
    found: dict[str, set[str]] = {}
    partial: list[str] = []
    for item in items:
        block = (item.get("associations") or {}).get(OBJECT_TYPES[to]) or {}
        record_id = str(item["id"])
        found[record_id] = {str(link["id"]) for link in block.get("results", [])}
        if (block.get("paging") or {}).get("next"):
            partial.append(record_id)
    if partial:
        found.update(read_links(client, kind, partial, to))
    return found


def _record(scope: Scope, item: Mapping[str, Any], now: Clock) -> RemoteRecord:
    return remote_record(scope.kind, item, now, list(scope.names))


def _after(cur: Cursor) -> int:
    """The search's ``after`` a cursor carries as its page token (0: the first page)."""
    token = cur.page_token
    return int(token) if token is not None and token.isdigit() else 0


def _search(
    client: HubSpotClient,
    scope: Scope,
    filters: list[Filter],
    sort: str,
    after: int,
    limit: int,
) -> Any:
    body = {
        # The window's filters in each group: a record matches the window and any group.
        "filterGroups": [{"filters": [*filters, *group]} for group in scope.groups],
        "sorts": [{"propertyName": sort, "direction": "ASCENDING"}],
        "properties": list(scope.names),
        "limit": min(limit, 200),
        "after": str(after),
    }
    response = client.request("POST", f"/crm/v3/objects/{scope.object_type}/search", json=body)
    if response.status_code == 400 and after > 0:
        return None  # paged past the portal's cap
    return ok_json(response)


def _restart(cur: Cursor, records: list[RemoteRecord]) -> Page:
    newest = max([r.modified_at for r in records] + _known(cur.modified_at), default=None)
    if newest is None:
        return Page(records, Cursor(None, cur.last_id), True)
    if cur.window_start is not None and newest <= cur.window_start:
        # One instant holds more records than a search returns: page it by id.
        return Page(records, Cursor(newest, cur.last_id, tie_at=newest), False)
    return Page(records, Cursor(newest, cur.last_id, newest), False)


def _pull_tie(client: HubSpotClient, scope: Scope, cur: Cursor, limit: int, now: Clock) -> Page:
    assert cur.tie_at is not None
    prop = modified_property(scope.kind)
    filters: list[Filter] = [{"propertyName": prop, "operator": "EQ", "value": _ms(cur.tie_at)}]
    if cur.page_token:
        filters.append({"propertyName": "hs_object_id", "operator": "GT", "value": cur.page_token})
    data = _search(client, scope, filters, "hs_object_id", 0, limit)
    records = [_record(scope, item, now) for item in (data or {}).get("results", [])]
    if records and ((data or {}).get("paging") or {}).get("next"):
        last = int(records[-1].remote_id)
        tied = Cursor(cur.tie_at, str(last), tie_at=cur.tie_at, page_token=str(last))
        return Page(records, tied, False)
    # The instant is exhausted: carry on strictly after it.
    after_tie = cur.tie_at + timedelta(milliseconds=1)
    return Page(records, Cursor(cur.tie_at, cur.last_id, after_tie), False)


def pull_tombstones(
    client: HubSpotClient, kind: Kind, since: datetime, now: Clock
) -> list[Tombstone]:
    """Records archived after ``since`` (the archived list; search never shows them). HubSpot
    cannot filter that list by date: every archived record is listed, with no property but
    its id, and those archived before ``since`` are skipped here."""
    found: list[Tombstone] = []
    after: str | None = None
    while True:
        params: dict[str, Any] = {
            "archived": "true",
            "limit": LIST_PAGE,
            "properties": "hs_object_id",
        }
        if after:
            params["after"] = after
        data = ok_json(
            client.request("GET", f"/crm/v3/objects/{OBJECT_TYPES[kind]}", params=params)
        )
        for item in data.get("results", []):
            stamp = item.get("archivedAt") or item.get("updatedAt")
            when = parse_instant(stamp) if stamp else now()
            if when > since:
                found.append(Tombstone(str(item["id"]), when))
        after = ((data.get("paging") or {}).get("next") or {}).get("after")
        if not after:
            return found


def read(
    client: HubSpotClient, kind: Kind, remote_ids: list[str], now: Clock
) -> list[RemoteRecord]:
    """Current versions of existing records; missing or archived ones are left out."""
    if not remote_ids:
        return []
    body = {"inputs": [{"id": i} for i in remote_ids], "properties": properties(kind)}
    response = client.request("POST", f"/crm/v3/objects/{OBJECT_TYPES[kind]}/batch/read", json=body)
    if response.status_code == 404:
        return []
    data = ok_json(response)
    return [remote_record(kind, item, now) for item in data.get("results", [])]


def _known(value: datetime | None) -> list[datetime]:
    return [] if value is None else [value]


def _ms(value: datetime) -> str:
    return str(int(value.timestamp() * 1000))

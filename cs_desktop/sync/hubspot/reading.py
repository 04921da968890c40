"""Reading changes: search pages by modified date, archived lists, batch reads (contract §3.3).

Search has a hard cap on paging (``after`` ≤ 10,000 [H2]), lags writes [P4][P9] and honours
one sort only; :func:`pull_page` works around all three.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from cs_desktop.sync.adapter import Cursor, Kind, Page, RemoteRecord, Tombstone
from cs_desktop.sync.fields import parse_instant
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
Clock = Callable[[], datetime]


def pull_page(client: HubSpotClient, kind: Kind, cur: Cursor, limit: int, now: Clock) -> Page:
    """One search page of records modified since the cursor (minus the overlap).

    The window start stays fixed while paging by ``after``; before ``after`` would pass
    the 10,000 cap (or when the portal refuses it), the search restarts from the latest
    ``modified_at`` seen. When one instant holds more records than that, it is paged by
    id instead (HubSpot honours one sort only). Records seen twice are echoes the engine
    skips by version.
    """
    if cur.tie_at is not None:
        return _pull_tie(client, kind, cur, limit, now)
    if cur.modified_at is None and cur.window_start is None and not _any_records(client, kind):
        # Nothing of this kind seen yet, and the portal holds none (many use no calls or
        # emails): a list request says so without spending one of the 4 searches a second.
        return Page([], cur, True)
    prop = modified_property(kind)
    window = cur.window_start
    if window is None:
        # Fixed from the first page on (a first pull included): re-deriving it from the
        # newest record seen would shift the results under `after` and skip records.
        window = EPOCH if cur.modified_at is None else cur.modified_at - OVERLAP
    filters = [
        {"propertyName": prop, "operator": "LTE", "value": _ms(now() - HORIZON)},
        {"propertyName": prop, "operator": "GTE", "value": _ms(window)},
    ]
    data = _search(client, kind, filters, prop, cur.after, limit)
    if data is None:
        return _restart(cur, [])
    records = [remote_record(kind, item, now) for item in data.get("results", [])]
    newest = max([r.modified_at for r in records] + _known(cur.modified_at), default=None)
    last_id = records[-1].remote_id if records else cur.last_id
    following = ((data.get("paging") or {}).get("next") or {}).get("after")
    if not following:
        return Page(records, Cursor(newest, last_id), True)
    if int(following) + limit > SEARCH_CAP:
        return _restart(Cursor(newest, last_id, window, cur.after), records)
    return Page(records, Cursor(newest, last_id, window, int(following)), False)


def _search(
    client: HubSpotClient,
    kind: Kind,
    filters: list[dict[str, str]],
    sort: str,
    after: int,
    limit: int,
) -> Any:
    body = {
        "filterGroups": [{"filters": filters}],
        "sorts": [{"propertyName": sort, "direction": "ASCENDING"}],
        "properties": properties(kind),
        "limit": min(limit, 200),
        "after": str(after),
    }
    response = client.request("POST", f"/crm/v3/objects/{OBJECT_TYPES[kind]}/search", json=body)
    if response.status_code == 400 and after > 0:
        return None  # paged past the portal's cap
    return ok_json(response)


def _any_records(client: HubSpotClient, kind: Kind) -> bool:
    path = f"/crm/v3/objects/{OBJECT_TYPES[kind]}"
    data = ok_json(client.request("GET", path, params={"limit": 1}))
    return bool(data.get("results"))


def _restart(cur: Cursor, records: list[RemoteRecord]) -> Page:
    newest = max([r.modified_at for r in records] + _known(cur.modified_at), default=None)
    if newest is None:
        return Page(records, Cursor(None, cur.last_id), True)
    if cur.window_start is not None and newest <= cur.window_start:
        # One instant holds more records than a search returns: page it by id.
        return Page(records, Cursor(newest, cur.last_id, tie_at=newest), False)
    return Page(records, Cursor(newest, cur.last_id, newest, 0), False)


def _pull_tie(client: HubSpotClient, kind: Kind, cur: Cursor, limit: int, now: Clock) -> Page:
    assert cur.tie_at is not None
    prop = modified_property(kind)
    filters = [{"propertyName": prop, "operator": "EQ", "value": _ms(cur.tie_at)}]
    if cur.after:
        filters.append({"propertyName": "hs_object_id", "operator": "GT", "value": str(cur.after)})
    data = _search(client, kind, filters, "hs_object_id", 0, limit)
    records = [remote_record(kind, item, now) for item in (data or {}).get("results", [])]
    if records and ((data or {}).get("paging") or {}).get("next"):
        last = int(records[-1].remote_id)
        return Page(records, Cursor(cur.tie_at, str(last), tie_at=cur.tie_at, after=last), False)
    # The instant is exhausted: carry on strictly after it.
    after_tie = cur.tie_at + timedelta(milliseconds=1)
    return Page(records, Cursor(cur.tie_at, cur.last_id, after_tie, 0), False)


def pull_tombstones(
    client: HubSpotClient, kind: Kind, since: datetime, now: Clock
) -> list[Tombstone]:
    """Records archived after ``since`` (the archived list; search never shows them)."""
    found: list[Tombstone] = []
    after: str | None = None
    while True:
        params: dict[str, Any] = {"archived": "true", "limit": 100}
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

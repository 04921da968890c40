"""Reading changes: SOQL by ``SystemModstamp``, the deleted-records feed, reads by id
(contract §3.3; issue #18).

A pull asks ``SELECT … FROM Obj WHERE SystemModstamp >= <cursor - overlap> ORDER BY
SystemModstamp, Id`` and follows ``nextRecordsUrl`` (the page token travels in the cursor's
``list_after``) until ``done`` [S1][P14]. The order is total, so a run cut short starts
again from the newest stamp it committed, and the records read twice are echoes the engine
skips by version. Deletions come from ``/sobjects/{Obj}/deleted/``, which only reaches 30
days back [S2]: a kind last swept before that raises :class:`FullResyncNeeded`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from cs_desktop.i18n import _
from cs_desktop.sync.adapter import (
    Cursor,
    FullResyncNeeded,
    Kind,
    Page,
    RemoteRecord,
    Tombstone,
    Tombstones,
)
from cs_desktop.sync.salesforce.api import BATCH_MAX, DELETED_WINDOW_DAYS, data_path
from cs_desktop.sync.salesforce.client import SalesforceClient, error_codes, ok_json
from cs_desktop.sync.salesforce.mapping import (
    MODIFIED,
    OBJECTS,
    fields_read,
    is_of_kind,
    kind_filter,
    remote_record,
)
from cs_desktop.sync.values import parse_instant

# A change commits with the stamp of its start: one committed a moment after the last pull
# may bear an older stamp than records that pull saw, so each pull looks that far back.
OVERLAP = timedelta(minutes=2)
# The same for deletions; the deletion feed also truncates to the minute.
DELETED_OVERLAP = timedelta(minutes=10)
# The feed wants its start more than a minute before its end.
FEED_STEP = timedelta(minutes=2)
# Kept clear of the window's edge: a sweep asks for it a moment after the check.
WINDOW = timedelta(days=DELETED_WINDOW_DAYS) - timedelta(hours=1)
QUERY_BATCH = (200, 2000)  # the page sizes Salesforce accepts (Sforce-Query-Options)
Clock = Callable[[], datetime]


def soql_instant(value: datetime) -> str:
    """A SOQL datetime literal: unquoted ISO UTC with ``Z`` (simple-salesforce#500)."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def changes_query(kind: Kind, since: datetime | None) -> str:
    """The SOQL of a kind's records changed since ``since`` (all of them for None)."""
    conditions = [c for c in (kind_filter(kind),) if c]
    if since is not None:
        conditions.append(f"{MODIFIED} >= {soql_instant(since)}")
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    fields = ", ".join(fields_read(kind))
    return f"SELECT {fields} FROM {OBJECTS[kind]}{where} ORDER BY {MODIFIED}, Id"


def pull_page(client: SalesforceClient, kind: Kind, cur: Cursor, limit: int, now: Clock) -> Page:
    """One page of records changed since the cursor (minus :data:`OVERLAP`).

    A first pull lists the kind whole, in the same order. Once it is through, its cursor
    stands where the org's clock stood when it began (minus the overlap), so that the
    first sweep of deletions counts from there; a listing resumed in a later run (its start
    forgotten) ends at the newest stamp it read.
    """
    size = max(QUERY_BATCH[0], min(limit, QUERY_BATCH[1]))
    headers = {"Sforce-Query-Options": f"batchSize={size}"}
    data: Any = None
    began = cur.window_start
    if cur.list_after:
        response = client.request("GET", cur.list_after, headers=headers)
        expired = response.status_code in (400, 404) and "INVALID_QUERY_LOCATOR" in error_codes(
            response
        )
        if not expired:
            data = ok_json(response)
        # A locator lives 15 minutes: an expired one asks again from the cursor's stamp.
    if data is None:
        since = None if cur.modified_at is None else cur.modified_at - OVERLAP
        params = {"q": changes_query(kind, since)}
        response = client.request("GET", data_path("query"), params=params, headers=headers)
        data = ok_json(response)
        if cur == Cursor():
            began = _org_time(response, now)
    items = [item for item in data.get("records", []) if is_of_kind(kind, _props(item))]
    records = [remote_record(kind, item, now) for item in items]
    newest = max([r.modified_at for r in records] + _known(cur.modified_at), default=None)
    last_id = records[-1].remote_id if records else cur.last_id
    following = data.get("nextRecordsUrl")
    if not data.get("done", True) and following:
        return Page(records, Cursor(newest, last_id, began, list_after=str(following)), False)
    if newest is None:
        return Page(records, Cursor(), True)  # none of the kind: listed again next time
    if began is not None:
        newest = max(newest, began - OVERLAP)
    return Page(records, Cursor(newest, last_id), True)


def pull_tombstones(
    client: SalesforceClient, kind: Kind, since: datetime, now: Clock
) -> list[Tombstone]:
    """Records of the kind's object deleted after ``since`` (minus :data:`DELETED_OVERLAP`).

    Raises:
        FullResyncNeeded: ``since`` is older than the feed reaches.
    """
    end = now()
    start = since - DELETED_OVERLAP
    if start < end - WINDOW:
        raise FullResyncNeeded(_too_old(kind, since), end)
    if end - start < FEED_STEP:
        return []  # the feed covers whole minutes: nothing to ask yet
    params = {"start": _feed_instant(start), "end": _feed_instant(end)}
    response = client.request("GET", data_path(f"sobjects/{OBJECTS[kind]}/deleted/"), params=params)
    if response.status_code == 400 and "INVALID_REPLICATION_DATE" in error_codes(response):
        raise FullResyncNeeded(_too_old(kind, since), end)
    data = ok_json(response)
    earliest = data.get("earliestDateAvailable")
    if earliest and parse_instant(str(earliest)) > start:
        raise FullResyncNeeded(_too_old(kind, since), end)
    found = Tombstones(
        Tombstone(str(item["id"]), parse_instant(str(item.get("deletedDate") or "")))
        if item.get("deletedDate")
        else Tombstone(str(item["id"]), end)
        for item in data.get("deletedRecords", [])
    )
    covered = data.get("latestDateCovered")
    found.covered_until = parse_instant(str(covered)) if covered else None
    return found


def read(
    client: SalesforceClient, kind: Kind, remote_ids: list[str], now: Clock
) -> list[RemoteRecord]:
    """Current versions of existing records; deleted ones are left out."""
    found: list[RemoteRecord] = []
    for start in range(0, len(remote_ids), BATCH_MAX):
        chunk = remote_ids[start : start + BATCH_MAX]
        ids = ", ".join(f"'{id_literal(i)}'" for i in chunk)
        soql = f"SELECT {', '.join(fields_read(kind))} FROM {OBJECTS[kind]} WHERE Id IN ({ids})"
        found.extend(
            remote_record(kind, item, now) for item in query_all(client, soql) if item.get("Id")
        )
    return found


def query_all(client: SalesforceClient, soql: str) -> list[dict[str, Any]]:
    """Every record a query finds, following ``nextRecordsUrl``."""
    data = ok_json(client.request("GET", data_path("query"), params={"q": soql}))
    records = list(data.get("records", []))
    while not data.get("done", True) and data.get("nextRecordsUrl"):
        data = ok_json(client.request("GET", str(data["nextRecordsUrl"])))
        records.extend(data.get("records", []))
    return records


def _props(item: dict[str, Any]) -> dict[str, str | None]:
    return {k: None if v is None else str(v) for k, v in item.items() if k != "attributes"}


def id_literal(remote_id: str) -> str:
    # Salesforce ids are alphanumeric: anything else is not one (and never reaches SOQL).
    return "".join(c for c in remote_id if c.isalnum())


def _feed_instant(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _too_old(kind: Kind, since: datetime) -> str:
    return _(
        "Salesforce lists deletions of the last {days} days only, and the {kind} records were "
        "last checked for deletions on {date}: every one is checked again."
    ).format(days=DELETED_WINDOW_DAYS, kind=kind, date=since.date().isoformat())


def _org_time(response: httpx.Response, now: Clock) -> datetime:
    """The org's clock from an answer's ``Date`` (the local clock if it sent none)."""
    try:
        return parsedate_to_datetime(response.headers["date"]).astimezone(UTC)
    except (KeyError, TypeError, ValueError):
        return now()


def _known(value: datetime | None) -> list[datetime]:
    return [] if value is None else [value]

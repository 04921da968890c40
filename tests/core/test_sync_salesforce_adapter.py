"""The Salesforce adapter's own work, against scripted answers: the SOQL it sends, paging,
the deletion feed's window, sObject Collections writes and their per-record outcomes, limits,
sessions and the custom fields check. (The engine against a whole org stand-in is in
test_sync_salesforce.py.)"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs

import httpx
import pytest

from cs_desktop.sync.adapter import (
    AuthRequired,
    Cursor,
    DailyLimitReached,
    FullResyncNeeded,
    WriteOp,
)
from cs_desktop.sync.salesforce.api import data_path
from cs_desktop.sync.salesforce.custom_fields import custom_fields
from cs_desktop.sync.salesforce.reading import changes_query
from cs_desktop.sync.salesforce.schema import MissingFields
from tests.support.salesforce_mock import answer, mocked_adapter

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _soql(request: httpx.Request) -> str:
    return parse_qs(request.url.query.decode())["q"][0]


def test_a_kind_sharing_tasks_is_queried_by_its_marker_in_stamp_then_id_order() -> None:
    since = datetime(2026, 11, 30, 8, 15, 42, 123000, tzinfo=UTC)
    soql = changes_query("goal", since)
    assert soql.startswith("SELECT Id, CSM_Local_Id__c, SystemModstamp, ")
    assert soql.endswith(
        " FROM Task WHERE CSM_Record__c = 'goal' AND SystemModstamp >= 2026-11-30T08:15:42Z"
        " ORDER BY SystemModstamp, Id"
    )
    assert " FROM Task WHERE TaskSubtype = 'Call' ORDER BY" in changes_query("call", None)
    assert changes_query("company", None).endswith(" FROM Account ORDER BY SystemModstamp, Id")


def test_a_pull_follows_next_records_url_and_its_cursor_carries_the_page_token() -> None:
    more = data_path("query/01gD0000002HU6KIAW-200")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == more:
            rows = [
                {"Id": "001B", "Name": "Beta", "SystemModstamp": "2026-11-30T10:00:00.000+0000"}
            ]
            return answer(200, {"done": True, "totalSize": 2, "records": rows})
        rows = [{"Id": "001A", "Name": "Acme", "SystemModstamp": "2026-11-30T09:00:00.000+0000"}]
        body = {"done": False, "totalSize": 2, "records": rows, "nextRecordsUrl": more}
        return answer(200, body, Date="Tue, 01 Dec 2026 09:00:00 GMT")

    adapter, recorded = mocked_adapter(handler)
    first = adapter.pull_page("company", Cursor(), 200)
    assert [r.remote_id for r in first.records] == ["001A"] and not first.done
    assert first.next.list_after == more
    assert adapter.to_local("company", first.records[0].props)["name"] == "Acme"
    second = adapter.pull_page("company", first.next, 200)
    assert [r.remote_id for r in second.records] == ["001B"] and second.done
    # A whole first listing stands where the org's clock stood when it began.
    assert second.next == Cursor(datetime(2026, 12, 1, 8, 58, tzinfo=UTC), "001B")
    assert second.links == {}  # an account links to no company
    assert recorded.requests[0].headers["Sforce-Query-Options"] == "batchSize=200"
    assert recorded.paths()[1] == f"GET {more}"


def test_deletions_older_than_the_feed_reaches_ask_for_a_full_resync_without_a_request() -> None:
    adapter, recorded = mocked_adapter(lambda request: answer(500))
    with pytest.raises(FullResyncNeeded, match="30") as raised:
        adapter.pull_tombstones("company", NOW - timedelta(days=31))
    assert raised.value.resume_at == NOW  # the next sweep starts where the check stood
    # A sweep from where the org's clock has not come yet asks nothing either.
    assert adapter.pull_tombstones("company", NOW + timedelta(minutes=30)) == []
    assert recorded.requests == []


def test_deletions_within_the_window_come_from_the_deleted_feed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {
            "deletedRecords": [{"id": "001A", "deletedDate": "2026-11-30T12:00:00.000+0000"}],
            "earliestDateAvailable": "2026-11-01T00:00:00.000+0000",
            "latestDateCovered": "2026-12-01T08:59:00.000+0000",
        }
        return answer(200, body)

    adapter, recorded = mocked_adapter(handler)
    stones = adapter.pull_tombstones("company", NOW - timedelta(days=2))
    assert [(s.remote_id, s.archived_at.day) for s in stones] == [("001A", 30)]
    request = recorded.requests[0]
    assert request.url.path == data_path("sobjects/Account/deleted/")
    assert request.url.params["start"] == "2026-11-29T08:50:00+00:00"
    assert request.url.params["end"] == "2026-12-01T09:00:00+00:00"


def test_an_upsert_goes_by_external_id_in_collections_and_each_record_has_its_outcome() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return answer(
            200,
            [
                {"id": "00T1", "success": True, "errors": [], "created": True},
                {
                    "success": False,
                    "errors": [{"statusCode": "UNABLE_TO_LOCK_ROW", "message": "x"}],
                },
                {"success": False, "errors": [{"statusCode": "ENTITY_IS_DELETED", "message": "y"}]},
                {
                    "success": False,
                    "errors": [
                        {
                            "statusCode": "FIELD_CUSTOM_VALIDATION_EXCEPTION",
                            "message": "Subject required",
                            "fields": ["Subject"],
                        }
                    ],
                },
            ],
        )

    adapter, recorded = mocked_adapter(handler)
    ops = [WriteOp(f"op-{n}", f"uid-{n}", {"Subject": f"Call {n}"}) for n in range(4)]
    results = adapter.upsert("call", ops)
    assert [(r.ok, r.error) for r in results] == [
        (True, None),
        (False, "retryable"),
        (False, "not_found"),
        (False, "invalid"),
    ]
    assert results[0].remote_id == "00T1"
    assert "Subject required" in results[3].message
    request = recorded.requests[0]
    assert (request.method, request.url.path) == (
        "PATCH",
        data_path("composite/sobjects/Task/CSM_Local_Id__c"),
    )
    body = recorded.bodies()[0]
    assert body["allOrNone"] is False
    assert body["records"][0] == {
        "attributes": {"type": "Task"},
        "Subject": "Call 0",
        "TaskSubtype": "Call",
        "Status": "Completed",
        "CSM_Local_Id__c": "uid-0",
    }


def test_more_than_200_records_go_in_several_requests() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        count = len(httpx.Response(200, content=request.content).json()["records"])
        return answer(200, [{"id": f"001{n}", "success": True, "errors": []} for n in range(count)])

    adapter, recorded = mocked_adapter(handler)
    ops = [WriteOp(f"op-{n}", f"uid-{n}", {"Name": f"Co {n}"}) for n in range(450)]
    assert all(r.ok for r in adapter.upsert("company", ops))
    assert [len(b["records"]) for b in recorded.bodies()] == [200, 200, 50]


def test_the_daily_limit_stops_and_the_limit_header_is_kept() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = [{"errorCode": "REQUEST_LIMIT_EXCEEDED", "message": "TotalRequests Limit exceeded."}]
        return answer(403, body, **{"Sforce-Limit-Info": "api-usage=5001/5000"})

    adapter, recorded = mocked_adapter(handler)
    with pytest.raises(DailyLimitReached):
        adapter.read("company", ["001A"])
    assert len(recorded.requests) == 1  # not retried
    assert adapter.rate.headers == {"Sforce-Limit-Info": "api-usage=5001/5000"}


def test_an_invalid_session_is_refreshed_once_and_the_request_replayed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/services/oauth2/token":
            return answer(
                200, {"access_token": "access-2", "instance_url": "https://acme.my.salesforce.com"}
            )
        if request.headers["Authorization"] == "Bearer access-1":
            return answer(401, [{"errorCode": "INVALID_SESSION_ID", "message": "expired"}])
        return answer(200, {"done": True, "totalSize": 0, "records": []})

    adapter, recorded = mocked_adapter(handler)
    assert adapter.read("company", ["001A"]) == []
    assert recorded.paths() == [
        f"GET {data_path('query')}",
        "POST /services/oauth2/token",
        f"GET {data_path('query')}",
    ]
    assert recorded.tokens == ["access-2"] and adapter.refreshes == 1
    form = parse_qs(recorded.requests[1].content.decode())
    assert form["grant_type"] == ["refresh_token"] and form["refresh_token"] == ["refresh-1"]


def test_a_session_refused_after_its_refresh_asks_to_connect_again_without_a_loop() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/services/oauth2/token":
            return answer(200, {"access_token": "access-2"})
        return answer(401, [{"errorCode": "INVALID_SESSION_ID", "message": "expired"}])

    adapter, recorded = mocked_adapter(handler)
    with pytest.raises(AuthRequired):
        adapter.read("company", ["001A"])
    assert adapter.refreshes == 1 and len(recorded.requests) == 3


def test_fields_that_cannot_be_created_are_named_by_object() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/describe"):
            return answer(200, {"fields": [{"name": "Id"}, {"name": "Name"}]})
        body = [{"errorCode": "INSUFFICIENT_ACCESS", "message": "no Customize Application"}]
        return answer(403, body)

    adapter, recorded = mocked_adapter(handler)
    with pytest.raises(MissingFields) as raised:
        adapter.ensure_schema()
    text = str(raised.value)
    assert "INSUFFICIENT_ACCESS" in text and "resources/salesforce" in text
    for obj in ("Account", "Contact", "Activity", "Opportunity"):
        assert f"{obj}: " in text
    for wanted in custom_fields():
        assert wanted.name in text
    assert {f.full_name for f in raised.value.missing} == {f.full_name for f in custom_fields()}
    created = [r for r in recorded.requests if r.method == "POST"]
    assert len(created) == len(custom_fields())
    assert created[0].url.path == data_path("tooling/sobjects/CustomField")


def test_fields_created_but_still_not_described_are_named_as_hidden() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/describe"):
            return answer(200, {"fields": [{"name": "Id"}]})
        return answer(201, {"id": "00N1", "success": True, "errors": []})

    adapter, _recorded = mocked_adapter(handler)
    with pytest.raises(MissingFields, match="field-level security"):
        adapter.ensure_schema()


def test_fields_already_there_are_neither_created_nor_reported() -> None:
    names = [{"name": f.name} for f in custom_fields()]

    def handler(request: httpx.Request) -> httpx.Response:
        return answer(200, {"fields": [{"name": "Id"}, *names]})

    adapter, recorded = mocked_adapter(handler)
    adapter.ensure_schema()
    assert {r.method for r in recorded.requests} == {"GET"}
    assert len(recorded.requests) == 5  # a describe per object


def test_a_retried_create_is_sent_again_without_the_fields_only_a_create_takes() -> None:
    refusal = {
        "success": False,
        "errors": [
            {
                "statusCode": "INVALID_FIELD_FOR_INSERT_UPDATE",
                "message": "Unable to create/update fields: TaskSubtype.",
                "fields": ["TaskSubtype"],
            }
        ],
    }

    def handler(request: httpx.Request) -> httpx.Response:
        records = httpx.Response(200, content=request.content).json()["records"]
        if "TaskSubtype" in records[0]:
            return answer(200, [refusal])
        return answer(200, [{"id": "00T1", "success": True, "errors": [], "created": False}])

    adapter, recorded = mocked_adapter(handler)
    [result] = adapter.upsert("call", [WriteOp("op-1", "uid-1", {"Subject": "Check-in"})])
    assert (result.ok, result.remote_id) == (True, "00T1")
    second = recorded.bodies()[1]["records"][0]
    assert "TaskSubtype" not in second and second["CSM_Local_Id__c"] == "uid-1"


def test_a_duplicate_rule_names_the_record_the_org_has_already() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        duplicate = {
            "statusCode": "DUPLICATES_DETECTED",
            "message": "You're creating a duplicate record.",
            "duplicateResult": {
                "matchResults": [{"matchRecords": [{"record": {"Id": "003EXISTING"}}]}]
            },
        }
        return answer(200, [{"success": False, "errors": [duplicate]}])

    adapter, _recorded = mocked_adapter(handler)
    ops = [WriteOp("op-1", "uid-1", {"LastName": "Lee", "Email": "ann@acme.test"})]
    [result] = adapter.upsert("contact", ops)
    assert (result.ok, result.error, result.remote_id) == (False, "exists", "003EXISTING")


def test_the_limit_header_becomes_the_day_figures() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {"done": True, "totalSize": 0, "records": []}
        return answer(200, body, **{"Sforce-Limit-Info": "api-usage=18/5000"})

    adapter, _recorded = mocked_adapter(handler)
    adapter.read("company", ["001A"])
    assert (adapter.rate.day_limit, adapter.rate.day_remaining) == (5000, 4982)


def test_an_expired_page_token_asks_again_from_the_cursor_stamp() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith(data_path("query/")):
            return answer(400, [{"errorCode": "INVALID_QUERY_LOCATOR", "message": "expired"}])
        rows = [{"Id": "001B", "Name": "Beta", "SystemModstamp": "2026-11-30T10:00:00.000+0000"}]
        return answer(200, {"done": True, "totalSize": 1, "records": rows})

    adapter, recorded = mocked_adapter(handler)
    stamp = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    cursor = Cursor(stamp, "001A", list_after=data_path("query/01gOLD-200"))
    page = adapter.pull_page("company", cursor, 200)
    assert [r.remote_id for r in page.records] == ["001B"] and page.done
    assert "SystemModstamp >= 2026-11-30T08:58:00Z" in _soql(recorded.requests[1])

"""The Salesforce sandbox answers the REST API as Salesforce documents it: custom fields made
through the Tooling API, SOQL queries with paging, sObject rows and collections, describe."""

from __future__ import annotations

import httpx
import pytest

from tests.support.salesforce_sandbox import (
    add_field,
    records,
    soql,
    text_field,
    upsert,
    with_local_id,
)


def test_an_org_starts_without_custom_fields_and_gains_them_through_the_tooling_api(
    sf_api: httpx.Client,
) -> None:
    unknown = sf_api.post("/sobjects/Account", json={"Name": "Acme", "Health__c": 80})
    assert unknown.status_code == 400
    assert unknown.json() == [
        {
            "message": "No such column 'Health__c' on sobject of type Account",
            "errorCode": "INVALID_FIELD",
            "fields": ["Health__c"],
        }
    ]
    made = add_field(
        sf_api,
        {
            "FullName": "Account.Health__c",
            "Metadata": {"type": "Number", "label": "Health", "precision": 5, "scale": 0},
        },
    )
    assert made.status_code == 201
    assert made.json()["id"].startswith("00N") and made.json()["success"] is True
    stage = {
        "FullName": "Account.Stage__c",
        "Metadata": {
            "type": "Picklist",
            "label": "Stage",
            "valueSet": {
                "restricted": True,
                "valueSetDefinition": {"value": [{"fullName": "sales"}, {"fullName": "value"}]},
            },
        },
    }
    assert add_field(sf_api, stage).status_code == 201
    fields = {f["name"]: f for f in sf_api.get("/sobjects/Account/describe").json()["fields"]}
    assert fields["Health__c"]["type"] == "double" and fields["Health__c"]["custom"] is True
    assert [v["value"] for v in fields["Stage__c"]["picklistValues"]] == ["sales", "value"]
    assert fields["Stage__c"]["restrictedPicklist"] is True
    assert fields["SystemModstamp"]["updateable"] is False

    created = sf_api.post("/sobjects/Account", json={"Name": "Acme", "Health__c": 80})
    assert created.status_code == 201
    bad = sf_api.patch(f"/sobjects/Account/{created.json()['id']}", json={"Stage__c": "gone"})
    assert bad.status_code == 400
    assert bad.json()[0]["errorCode"] == "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"
    again = add_field(sf_api, text_field("Account.Health__c"))
    assert again.status_code == 400 and again.json()[0]["errorCode"] == "DUPLICATE_DEVELOPER_NAME"


def test_activity_fields_belong_to_tasks_and_events(sf_api: httpx.Client) -> None:
    assert (
        add_field(sf_api, text_field("Activity.Local_Id__c", external_id=True)).status_code == 201
    )
    for obj in ("Task", "Event"):
        fields = {f["name"] for f in sf_api.get(f"/sobjects/{obj}/describe").json()["fields"]}
        assert "Local_Id__c" in fields
    again = add_field(sf_api, text_field("Task.Local_Id__c"))
    assert again.json()[0]["errorCode"] == "DUPLICATE_DEVELOPER_NAME"


def test_a_user_without_customize_application_cannot_make_fields(
    sf_api: httpx.Client, sf_control: httpx.Client
) -> None:
    sf_control.post("/faults", json={"settings": {"toolingAccess": False}})
    refused = add_field(sf_api, text_field("Account.Local_Id__c", external_id=True))
    assert refused.status_code == 403
    assert refused.json()[0]["errorCode"] == "INSUFFICIENT_ACCESS_OR_READONLY"


def test_ids_are_18_characters_with_the_object_key_prefix(sf_api: httpx.Client) -> None:
    account = sf_api.post("/sobjects/Account", json={"Name": "Acme"}).json()["id"]
    contact = sf_api.post(
        "/sobjects/Contact", json={"LastName": "Sato", "AccountId": account[:15]}
    ).json()["id"]
    assert len(account) == len(contact) == 18
    assert account.startswith("001") and contact.startswith("003")
    row = sf_api.get(f"/sobjects/Contact/{contact}", params={"fields": "AccountId,Name"}).json()
    assert row["AccountId"] == account  # a 15-character id comes back in its 18-character form
    assert row["attributes"] == {
        "type": "Contact",
        "url": f"/services/data/v62.0/sobjects/Contact/{contact}",
    }


def test_query_pages_with_next_records_url(sf_api: httpx.Client) -> None:
    with_local_id(sf_api, "Account")
    for start in range(0, 450, 200):
        rows = [
            {"Name": f"A{i:03d}", "Local_Id__c": f"L-{i}"}
            for i in range(start, min(start + 200, 450))
        ]
        assert all(r["success"] for r in upsert(sf_api, "Account", *rows))
    first = soql(
        sf_api,
        "SELECT Id, Name FROM Account ORDER BY Name DESC",
        **{"Sforce-Query-Options": "batchSize=200"},
    )
    assert first["totalSize"] == 450 and first["done"] is False and len(first["records"]) == 200
    assert first["records"][0]["Name"] == "A449"
    names = [r["Name"] for r in first["records"]]
    page = first
    while not page["done"]:
        assert page["nextRecordsUrl"].startswith("/services/data/v62.0/query/01g")
        page = sf_api.get(page["nextRecordsUrl"].removeprefix("/services/data/v62.0")).json()
        names += [r["Name"] for r in page["records"]]
    assert names == [f"A{i:03d}" for i in reversed(range(450))]
    whole = soql(sf_api, "SELECT Id FROM Account")
    assert len(whole["records"]) == 450 and whole["done"]  # 2,000 a batch by default
    assert soql(sf_api, "SELECT COUNT() FROM Account")["totalSize"] == 450


def test_where_clauses_compare_as_soql_does(sf_api: httpx.Client) -> None:
    for name, employees, kind in [
        ("Acme", 10, "Customer - Direct"),
        ("beta", 200, None),
        ("Cobalt", None, "Prospect"),
    ]:
        sf_api.post(
            "/sobjects/Account", json={"Name": name, "NumberOfEmployees": employees, "Type": kind}
        )

    def names(where: str) -> list[str]:
        found = soql(sf_api, f"SELECT Name FROM Account WHERE {where} ORDER BY Name")
        return [r["Name"] for r in found["records"]]

    assert names("Name = 'ACME'") == ["Acme"]  # strings compare case-insensitively
    assert names("NumberOfEmployees > 50 OR (Type = null AND Name != 'x')") == ["beta"]
    assert names("Type IN ('Prospect', 'Customer - Direct') AND NOT Name LIKE 'c%'") == ["Acme"]
    assert names("NumberOfEmployees = null") == ["Cobalt"]
    assert names(
        "CreatedDate >= 2020-01-01T00:00:00Z AND CreatedDate < 2999-01-01T00:00:00.000+0000"
    ) == ["Acme", "beta", "Cobalt"]
    ordered = soql(
        sf_api, "SELECT Name FROM Account ORDER BY NumberOfEmployees DESC NULLS LAST, Name LIMIT 2"
    )
    assert [r["Name"] for r in ordered["records"]] == ["beta", "Acme"]


@pytest.mark.parametrize(
    ("text", "code", "says"),
    [
        ("SELECT Id FROM Nothing", "INVALID_TYPE", "sObject type 'Nothing' is not supported"),
        (
            "SELECT Id, Nope FROM Account",
            "INVALID_FIELD",
            "No such column 'Nope' on entity 'Account'",
        ),
        (
            "SELECT Id FROM Account WHERE SystemModstamp > '2024-01-01T00:00:00Z'",
            "INVALID_FIELD",
            "should not be enclosed in quotes",
        ),
        ("SELECT Id FROM Account WHERE Name = 12", "INVALID_FIELD", "should be enclosed in quotes"),
        ("SELECT Id FROM Account WHERE", "MALFORMED_QUERY", "unexpected token: <EOF>"),
        ("SELECT Id FROM Account ORDER Name", "MALFORMED_QUERY", "unexpected token: 'Name'"),
    ],
)
def test_malformed_queries_answer_as_salesforce(
    sf_api: httpx.Client, text: str, code: str, says: str
) -> None:
    response = sf_api.get("/query", params={"q": text})
    assert response.status_code == 400
    error = response.json()[0]
    assert error["errorCode"] == code and says in error["message"]
    assert "ERROR at Row:1:Column:" in error["message"]


def test_upsert_by_external_id_creates_then_updates(sf_api: httpx.Client) -> None:
    with_local_id(sf_api, "Account")
    created = upsert(sf_api, "Account", {"Name": "Acme", "Local_Id__c": "L-1"})
    assert created == [{"id": created[0]["id"], "success": True, "errors": [], "created": True}]
    updated = upsert(sf_api, "Account", {"Name": "Acme KK", "Local_Id__c": "l-1"})
    assert updated == [{"id": created[0]["id"], "success": True, "errors": [], "created": False}]
    twice = upsert(
        sf_api, "Account", {"Name": "A", "Local_Id__c": "L-2"}, {"Name": "B", "Local_Id__c": "L-2"}
    )
    assert [r["success"] for r in twice] == [False, False]
    assert twice[0]["errors"] == [
        {
            "statusCode": "DUPLICATE_VALUE",
            "message": "Duplicate external id specified: L-2",
            "fields": ["Local_Id__c"],
        }
    ]
    too_many = sf_api.patch(
        "/composite/sobjects/Account/Local_Id__c",
        json={
            "records": records(
                "Account", *({"Local_Id__c": f"X{i}", "Name": "x"} for i in range(201))
            )
        },
    )
    assert too_many.status_code == 400 and too_many.json()[0]["errorCode"] == "EXCEEDED_ID_LIMIT"


def test_all_or_none_rolls_every_record_back(sf_api: httpx.Client) -> None:
    with_local_id(sf_api, "Account")
    kept = upsert(sf_api, "Account", {"Name": "Before", "Local_Id__c": "L-1"})[0]["id"]
    results = upsert(
        sf_api,
        "Account",
        {"Name": "After", "Local_Id__c": "L-1"},
        {"Name": "New", "Local_Id__c": "L-2"},
        {"Local_Id__c": "L-3"},  # no Name: fails
        all_or_none=True,
    )
    assert results[2]["errors"][0]["statusCode"] == "REQUIRED_FIELD_MISSING"
    assert [r["errors"][0]["statusCode"] for r in results[:2]] == [
        "ALL_OR_NONE_OPERATION_ROLLED_BACK"
    ] * 2
    assert [r["Name"] for r in soql(sf_api, "SELECT Name FROM Account")["records"]] == ["Before"]
    assert results[0]["id"] == kept


def test_collections_create_update_retrieve_and_delete(sf_api: httpx.Client) -> None:
    made = sf_api.post(
        "/composite/sobjects",
        json={
            "records": records(
                "Account", {"Name": "A"}, {"Name": "B"}, {"Id": "001SB0000000001AAA", "Name": "C"}
            )
        },
    ).json()
    assert [r["success"] for r in made] == [True, True, False]
    assert made[2]["errors"][0]["message"] == "cannot specify Id in an insert call"
    a, b = made[0]["id"], made[1]["id"]
    changed = sf_api.patch(
        "/composite/sobjects",
        json={"records": records("Account", {"Id": a, "Industry": "Banking"}, {"Name": "no id"})},
    ).json()
    assert changed[0] == {"id": a, "success": True, "errors": []}
    assert changed[1]["errors"][0]["statusCode"] == "MISSING_ARGUMENT"
    fetched = sf_api.get(
        "/composite/sobjects/Account", params={"ids": f"{a},{b}", "fields": "Name,Industry"}
    ).json()
    assert [(r["Name"], r["Industry"]) for r in fetched] == [("A", "Banking"), ("B", None)]
    deleted = sf_api.delete("/composite/sobjects", params={"ids": a}).json()
    assert deleted == [{"id": a, "success": True, "errors": []}]
    again = sf_api.delete("/composite/sobjects", params={"ids": a}).json()
    assert again[0]["errors"][0]["statusCode"] == "ENTITY_IS_DELETED"
    assert sf_api.get(
        "/composite/sobjects/Account", params={"ids": a, "fields": "Name"}
    ).json() == [None]
    gone = sf_api.get(f"/sobjects/Account/{a}")
    assert gone.status_code == 404 and gone.json()[0]["errorCode"] == "ENTITY_IS_DELETED"
    bin_ = sf_api.get(
        "/queryAll", params={"q": f"SELECT Id, IsDeleted FROM Account WHERE Id = '{a}'"}
    )
    assert bin_.json()["records"][0]["IsDeleted"] is True  # queryAll sees the recycle bin
    assert soql(sf_api, f"SELECT Id FROM Account WHERE Id = '{a}'")["totalSize"] == 0


def test_single_records_and_their_errors(sf_api: httpx.Client) -> None:
    missing = sf_api.get("/sobjects/Account/001SB0000000009AAA")
    assert missing.status_code == 404
    assert missing.json() == [
        {"message": "The requested resource does not exist", "errorCode": "NOT_FOUND", "fields": []}
    ]
    required = sf_api.post("/sobjects/Opportunity", json={"Name": "Renewal 2025"})
    assert required.status_code == 400
    assert required.json()[0] == {
        "message": "Required fields are missing: [StageName, CloseDate]",
        "errorCode": "REQUIRED_FIELD_MISSING",
        "fields": ["StageName", "CloseDate"],
    }
    account = sf_api.post("/sobjects/Account", json={"Name": "Acme"}).json()["id"]
    deal = sf_api.post(
        "/sobjects/Opportunity",
        json={
            "Name": "Renewal",
            "StageName": "Closed Won",
            "CloseDate": "2025-04-01",
            "AccountId": account,
            "Type": "Renewal",
            "Amount": 1200.5,
        },
    ).json()["id"]
    row = sf_api.get(f"/sobjects/Opportunity/{deal}").json()
    assert (row["IsWon"], row["Amount"], row["CloseDate"], row["Type"]) == (
        True,
        1200.5,
        "2025-04-01",
        "Renewal",
    )
    assert (
        sf_api.patch(
            f"/sobjects/Opportunity/{deal}", json={"StageName": "Perception Analysis"}
        ).status_code
        == 204
    )
    read_only = sf_api.patch(f"/sobjects/Opportunity/{deal}", json={"IsWon": True})
    assert read_only.json()[0]["errorCode"] == "INVALID_FIELD_FOR_INSERT_UPDATE"
    wrong = sf_api.post("/sobjects/Contact", json={"LastName": "X", "AccountId": deal})
    assert wrong.json()[0]["errorCode"] == "FIELD_INTEGRITY_EXCEPTION"
    assert sf_api.delete(f"/sobjects/Account/{account}").status_code == 204
    # Deleting an account takes its opportunities with it.
    assert sf_api.get(f"/sobjects/Opportunity/{deal}").json()[0]["errorCode"] == "ENTITY_IS_DELETED"


def test_events_tasks_and_their_relations(sf_api: httpx.Client) -> None:
    account = sf_api.post("/sobjects/Account", json={"Name": "Acme"}).json()["id"]
    contact = sf_api.post(
        "/sobjects/Contact", json={"LastName": "Sato", "FirstName": "Aki", "AccountId": account}
    ).json()["id"]
    other = sf_api.post("/sobjects/Contact", json={"LastName": "Kim"}).json()["id"]
    event = sf_api.post(
        "/sobjects/Event",
        json={
            "Subject": "QBR",
            "WhatId": account,
            "WhoId": contact,
            "StartDateTime": "2025-03-01T09:00:00Z",
            "DurationInMinutes": 90,
        },
    )
    assert event.status_code == 201, event.text
    row = sf_api.get(f"/sobjects/Event/{event.json()['id']}").json()
    assert (
        row["EndDateTime"] == "2025-03-01T10:30:00.000+0000" and row["ActivityDate"] == "2025-03-01"
    )
    no_end = sf_api.post("/sobjects/Event", json={"StartDateTime": "2025-03-01T09:00:00Z"})
    assert no_end.json()[0]["message"] == "Required fields are missing: [DurationInMinutes]"
    relation = sf_api.post(
        "/sobjects/EventRelation", json={"EventId": event.json()["id"], "RelationId": other}
    )
    assert relation.status_code == 201 and relation.json()["id"].startswith("0RE")
    task = sf_api.post(
        "/sobjects/Task",
        json={
            "Subject": "Call",
            "TaskSubtype": "Call",
            "WhatId": account,
            "ActivityDate": "2025-03-02",
        },
    ).json()["id"]
    assert task.startswith("00T")
    row = sf_api.get(f"/sobjects/Task/{task}").json()
    assert (row["Status"], row["Priority"], row["TaskSubtype"]) == ("Not Started", "Normal", "Call")
    fixed = sf_api.patch(f"/sobjects/Task/{task}", json={"TaskSubtype": "Email"})
    assert fixed.json()[0]["errorCode"] == "INVALID_FIELD_FOR_INSERT_UPDATE"  # set on create only
    relations = soql(
        sf_api,
        f"SELECT RelationId, IsWhat FROM EventRelation WHERE EventId = '{event.json()['id']}'",
    )
    assert [(r["RelationId"], r["IsWhat"]) for r in relations["records"]] == [(other, False)]


def test_describe_lists_the_standard_fields_the_crm_has(sf_api: httpx.Client) -> None:
    names = {o["name"]: o["keyPrefix"] for o in sf_api.get("/sobjects").json()["sobjects"]}
    assert names["Account"] == "001" and names["Event"] == "00U" and names["Task"] == "00T"
    task = {f["name"]: f for f in sf_api.get("/sobjects/Task/describe").json()["fields"]}
    assert {
        "WhatId",
        "WhoId",
        "Subject",
        "ActivityDate",
        "Status",
        "Priority",
        "TaskSubtype",
    } <= set(task)
    assert task["WhatId"]["referenceTo"] == ["Account", "Opportunity"]
    assert sf_api.get("/sobjects/Nothing/describe").status_code == 404


def test_field_names_are_read_case_insensitively_id_included(sf_api: httpx.Client) -> None:
    made = sf_api.post("/sobjects/Account", json={"name": "Acme"}).json()["id"]
    changed = sf_api.patch(
        "/composite/sobjects",
        json={"records": records("Account", {"id": made, "INDUSTRY": "Banking"})},
    ).json()
    assert changed == [{"id": made, "success": True, "errors": []}]
    row = sf_api.get(f"/sobjects/Account/{made}", params={"fields": "name,industry"}).json()
    assert (row["Name"], row["Industry"]) == ("Acme", "Banking")


def test_a_query_cursor_can_be_read_again(sf_api: httpx.Client) -> None:
    sf_api.post(
        "/composite/sobjects",
        json={"records": records("Account", *({"Name": f"A{i:03d}"} for i in range(200)))},
    )
    sf_api.post(
        "/composite/sobjects",
        json={"records": records("Account", *({"Name": f"B{i:03d}"} for i in range(50)))},
    )
    first = soql(
        sf_api,
        "SELECT Name FROM Account ORDER BY Name",
        **{"Sforce-Query-Options": "batchSize=200"},
    )
    more = first["nextRecordsUrl"].removeprefix("/services/data/v62.0")
    last = sf_api.get(more).json()
    assert last["done"] is True and [r["Name"] for r in last["records"]][:1] == ["B000"]
    assert sf_api.get(more).json() == last  # as Salesforce keeps a cursor for a while
    gone = sf_api.get("/query/01gNOPE-200")
    assert gone.status_code == 400 and gone.json()[0]["errorCode"] == "INVALID_QUERY_LOCATOR"

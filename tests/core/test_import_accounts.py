"""Importing accounts: layouts, column maps, parsing, all-or-nothing, re-import."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from cs_desktop.db import Store
from cs_desktop.importer import (
    ImportKind,
    ImportRejected,
    ImportSetupError,
    ImportWriteError,
    import_file,
    parse_column_map,
)
from cs_desktop.models import Account, Stage, StageChange, Tier
from tests.support.import_files import accounts, dump, write_csv

ACCOUNTS = ImportKind.ACCOUNTS

HUBSPOT_HEADER = [
    "Record ID",
    "Company name",
    "Company Domain Name",
    "Company owner",
    "Annual Revenue",
    "Industry",
    "Lifecycle Stage",
    "Create Date",
    "Phone Number",
]
SALESFORCE_HEADER = [
    "Account ID",
    "Account Name",
    "Account Owner",
    "Website",
    "Annual Revenue",
    "Industry",
    "Type",
    "Account Currency",
    "Billing Country",
]
OUR_HEADER = [
    "name",
    "domain",
    "tier",
    "segment",
    "owner",
    "arr",
    "currency",
    "contract_start",
    "renewal_date",
    "stage",
]


def _rejected(store: Store, path: Path, **kwargs: object) -> ImportRejected:
    before = dump(store)
    with pytest.raises(ImportRejected) as caught:
        import_file(store, ACCOUNTS, path, **kwargs)  # type: ignore[arg-type]
    assert dump(store) == before, "a rejected import must not change the store"
    return caught.value


def test_hubspot_export(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "hubspot-companies.csv",
        [
            HUBSPOT_HEADER,
            [
                "101",
                "Acme Corp",
                "acme.com",
                "Jane Doe",
                "5000000",
                "Software",
                "customer",
                "2023-05-04 10:32",
                "+1 555",
            ],
            ["102", "Globex", "www.globex.com", "", "", "", "lead", "", ""],
        ],
    )
    report = import_file(store, ACCOUNTS, path)
    assert (report.layout, report.rows, report.created, report.updated) == ("hubspot", 2, 2, 0)
    found = accounts(store)
    acme = found["Acme Corp"]
    assert acme.external_key == "hubspot:101"
    assert (acme.domain, acme.owner, acme.segment) == ("acme.com", "Jane Doe", "Software")
    # HubSpot's "customer" lifecycle stage is not our stage, its revenue is not our ARR.
    assert acme.stage is Stage.SALES
    assert acme.arr == 0
    assert found["Globex"].domain == "globex.com"
    text_report = report.format()
    assert "'Lifecycle Stage': a sales-funnel stage" in text_report
    assert "'Phone Number'" in text_report


def test_salesforce_report(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "report.csv",
        [
            SALESFORCE_HEADER,
            [
                "001A000001",
                "Initech",
                "Bill Lumbergh",
                "https://initech.example/home",
                "",
                "Tech",
                "Customer",
                "eur",
                "Germany",
            ],
        ],
    )
    report = import_file(store, ACCOUNTS, path)
    assert report.layout == "salesforce"
    initech = accounts(store)["Initech"]
    assert initech.external_key == "salesforce:001A000001"
    assert (initech.domain, initech.owner, initech.currency) == (
        "initech.example",
        "Bill Lumbergh",
        "EUR",
    )
    assert initech.tier is Tier.MID_MARKET  # "Type" is a relationship, not a tier


def test_our_layout_with_friendly_values(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "accounts.csv",
        [
            [
                " Name ",
                "DOMAIN",
                "Tier",
                "Segment",
                "Owner",
                "ARR",
                "Currency",
                "Contract Start",
                "Renewal-Date",
                "Stage",
            ],
            [
                "Acme",
                "acme.com",
                "Mid-Market",
                "Retail",
                "Kim",
                "$1,200,000.50",
                "usd",
                "2024/01/15",
                "01/14/2025",
                "Delivery",
            ],
            [
                "株式会社サンプル",
                "sample.co.jp",
                "Enterprise",
                "",
                "",
                "¥12,000,000",
                "JPY",
                "15.01.2024",
                "2025年1月14日",
                "value",
            ],
        ],
    )
    report = import_file(store, ACCOUNTS, path)
    assert report.layout == "cs-desktop"
    found = accounts(store)
    acme = found["Acme"]
    assert acme.tier is Tier.MID_MARKET
    assert acme.arr == Decimal("1200000.50")
    assert (acme.contract_start, acme.renewal_date) == (date(2024, 1, 15), date(2025, 1, 14))
    assert acme.stage is Stage.DELIVERY
    sample = found["株式会社サンプル"]
    assert sample.arr == Decimal(12_000_000)
    assert (sample.contract_start, sample.renewal_date) == (date(2024, 1, 15), date(2025, 1, 14))
    with store.read() as session:
        history = session.execute(select(StageChange.from_stage, StageChange.to_stage)).all()
    assert sorted(history) == [(None, Stage.DELIVERY), (None, Stage.VALUE)]


def test_column_map_overrides_and_extends(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "hubspot.csv",
        [
            [*HUBSPOT_HEADER, "CS Stage"],
            ["7", "Acme", "acme.com", "", "2,500", "", "customer", "", "", "Service"],
        ],
    )
    column_map = parse_column_map(["Annual Revenue=arr", "cs stage = stage", "Industry=ignore"])
    import_file(store, ACCOUNTS, path, column_map)
    acme = accounts(store)["Acme"]
    assert (acme.arr, acme.stage, acme.segment) == (Decimal(2500), Stage.SERVICE, None)


def test_lifecycle_stage_is_never_our_stage_by_default(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["name", "Lifecycle Stage"], ["Acme", "value"]])
    report = import_file(store, ACCOUNTS, path)
    assert accounts(store)["Acme"].stage is Stage.SALES
    assert any("Lifecycle Stage" in column for column in report.ignored_columns)


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        (["Company"], "expected 'Source Column=field'"),
        (["=name"], "expected 'Source Column=field'"),
        (["Company=nmae"], "unknown field 'nmae'"),
        (["A=name", "a=domain"], "mapped twice"),
    ],
)
def test_bad_column_map(pairs: list[str], message: str) -> None:
    with pytest.raises(ImportSetupError, match=message):
        parse_column_map(pairs)


def test_column_map_errors_name_the_column(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["name", "domain"], ["Acme", "acme.com"]])
    with pytest.raises(ImportSetupError, match="has no column 'Nope'"):
        import_file(store, ACCOUNTS, path, {"Nope": "name"})
    with pytest.raises(ImportSetupError, match="'attendees' is not a field of accounts"):
        import_file(store, ACCOUNTS, path, {"domain": "attendees"})
    with pytest.raises(ImportSetupError, match="both feed 'name'"):
        import_file(store, ACCOUNTS, path, {"domain": "name", "name": "name"})


def test_missing_name_column(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["domain", "owner"], ["acme.com", "Kim"]])
    with pytest.raises(ImportSetupError, match=r"a\.csv: missing required column for name"):
        import_file(store, ACCOUNTS, path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.csv", None, "no such file"),
        ("empty.csv", b"", "the file is empty"),
        ("blank.csv", b"\r\n\r\n", "the file is empty"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "old Excel .xls"),
        ("notes.pdf", b"%PDF", "unknown file format '.pdf'"),
        ("broken.xlsx", b"PK\x03\x04 not really", "not a readable .xlsx"),
        ("twice.csv", b"name,Name\r\nA,B\r\n", "appears 2 times"),
    ],
)
def test_unreadable_files(
    store: Store, tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ImportSetupError, match=message):
        import_file(store, ACCOUNTS, path)


def test_every_bad_row_is_reported_and_nothing_written(store: Store, tmp_path: Path) -> None:
    import_file(store, ACCOUNTS, write_csv(tmp_path / "seed.csv", [["name"], ["Existing"]]))
    path = write_csv(
        tmp_path / "bad.csv",
        [
            ["uid", "name", "domain", "tier", "arr", "renewal_date", "stage"],
            ["", "Good", "good.com", "smb", "10", "2025-01-01", "sales"],
            ["", "Bad date", "", "", "", "2024-02-30", ""],
            ["", "Bad stage", "", "", "", "", "onboarded-ish"],
            ["", "Bad tier", "", "gold", "", "", ""],
            ["", "Bad amount", "", "", "twelve", "", ""],
            ["", "", "no-name.com", "", "", "", ""],
            ["", "x" * 201, "", "", "", "", ""],
            ["", "Ragged", "", ""],
            ["", "Good", "good.com", "", "", "", ""],
            [],
            ["not-a-uuid", "Bad uid", "", "", "", "", ""],
            ["", "Bad domain", "not a domain", "", "", "", ""],
        ],
    )
    rejected = _rejected(store, path)
    by_row = {(p.row, p.column): p for p in rejected.report.problems}
    assert by_row[3, "renewal_date"].value == "2024-02-30"
    assert "is not a valid date" in by_row[3, "renewal_date"].reason
    assert "accepted: sales, delivery, service, value" in by_row[4, "stage"].reason
    assert "accepted: strategic, enterprise, mid_market, smb" in by_row[5, "tier"].reason
    assert "is not an amount" in by_row[6, "arr"].reason
    assert "every account needs a name" in by_row[7, "name"].reason
    assert "at most 200" in by_row[8, "name"].reason
    assert "has 4 cells but the header has 7" in by_row[9, ""].reason
    assert "same account as row 2" in by_row[10, "domain"].reason
    assert "is not a uid" in by_row[12, "uid"].reason  # row 11 is blank and skipped
    assert "is not a domain" in by_row[13, "domain"].reason
    assert len(rejected.report.problems) == 10
    lines = rejected.report.format().splitlines()
    assert lines[0].startswith(f"Nothing imported from {path}")
    assert "row 3, column 'renewal_date': '2024-02-30' is not a valid date (" in lines[1]


def test_duplicate_record_ids_name_both_rows(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "hubspot.csv",
        [HUBSPOT_HEADER[:2], ["5", "Acme"], ["6", "Beta"], ["5", "Acme again"], ["", "No id"]],
    )
    problems = _rejected(store, path).report.problems
    assert [p.format() for p in problems] == [
        "row 4, column 'Record ID': '5' is the same record id as row 2 (each may appear once)",
        "row 5, column 'Record ID': '' is empty (it is how a re-import finds the account again)",
    ]


def test_ambiguous_name_in_store_is_a_problem(store: Store, tmp_path: Path) -> None:
    with store.write() as session:
        session.add_all([Account(name="Acme"), Account(name="ACME")])
    problems = _rejected(store, write_csv(tmp_path / "a.csv", [["name"], ["acme"]])).report
    assert "matches 2 accounts in the store" in problems.problems[0].reason


def test_reimport_updates_instead_of_duplicating(store: Store, tmp_path: Path) -> None:
    header = ["Account ID", "Account Name", "Account Owner", "Website"]
    first = write_csv(
        tmp_path / "v1.csv",
        [header, ["1", "Acme", "Kim", "acme.com"], ["2", "Beta", "Lee", "beta.com"]],
    )
    assert import_file(store, ACCOUNTS, first).created == 2
    second = write_csv(
        tmp_path / "v2.csv",
        [
            header,
            ["1", "Acme Inc", "Sam", "acme.com"],
            ["2", "Beta", "", "beta.com"],
            ["3", "Gamma", "Kim", "gamma.com"],
        ],
    )
    report = import_file(store, ACCOUNTS, second)
    assert (report.created, report.updated) == (1, 2)
    found = accounts(store)
    assert sorted(found) == ["Acme Inc", "Beta", "Gamma"]
    assert (found["Acme Inc"].owner, found["Beta"].owner) == ("Sam", None)
    again = import_file(store, ACCOUNTS, second)
    assert (again.created, again.updated) == (0, 3)
    assert len(accounts(store)) == 3


@pytest.mark.parametrize(
    ("header", "row", "changed"),
    [
        (["name", "domain", "owner"], ["Renamed", "acme.com", "Kim"], "Renamed"),
        (["name", "owner"], ["acme", "Kim"], "acme"),
    ],
)
def test_reimport_keys_by_domain_then_name(
    store: Store, tmp_path: Path, header: list[str], row: list[str], changed: str
) -> None:
    with store.write() as session:
        session.add(Account(name="Acme", domain="acme.com", tier=Tier.SMB, arr=Decimal(7)))
    report = import_file(store, ACCOUNTS, write_csv(tmp_path / "a.csv", [header, row]))
    assert (report.created, report.updated) == (0, 1)
    updated = accounts(store)[changed]
    # Columns the file does not have are left alone.
    assert (updated.owner, updated.tier, updated.arr) == ("Kim", Tier.SMB, Decimal(7))


def test_our_layout_round_trip_by_uid(store: Store, tmp_path: Path) -> None:
    with store.write() as session:
        session.add(Account(name="Acme", domain="acme.com", external_key="hubspot:1"))
    with store.read() as session:
        uid = session.scalars(select(Account.uid)).one()
    path = write_csv(
        tmp_path / "export.csv",
        [["uid", "external_key", "name", "stage"], [str(uid), "hubspot:1", "Acme KK", "value"]],
    )
    report = import_file(store, ACCOUNTS, path)
    assert (report.created, report.updated) == (0, 1)
    acme = accounts(store)["Acme KK"]
    assert (acme.uid, acme.stage, acme.domain) == (uid, Stage.VALUE, "acme.com")
    with store.read() as session:
        change = session.execute(select(StageChange.from_stage, StageChange.to_stage)).one()
    assert tuple(change) == (Stage.SALES, Stage.VALUE)


def test_a_database_error_mid_write_rolls_back(store: Store, tmp_path: Path) -> None:
    # A real failure inside the write: the store refuses the last row only.
    with store.engine.begin() as connection:
        connection.execute(
            text(
                "CREATE TRIGGER refuse_boom BEFORE INSERT ON account WHEN NEW.name = 'Boom' "
                "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"
            )
        )
    rows = [["name"], *([f"Account {i}"] for i in range(500)), ["Boom"]]
    before = dump(store)
    with pytest.raises(ImportWriteError, match="refused by test"):
        import_file(store, ACCOUNTS, write_csv(tmp_path / "a.csv", rows))
    assert dump(store) == before


def test_progress_is_reported(store: Store, tmp_path: Path) -> None:
    rows = [["name"], *([f"Account {i}"] for i in range(1200))]
    seen: list[tuple[int, int]] = []
    import_file(
        store,
        ACCOUNTS,
        write_csv(tmp_path / "a.csv", rows),
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[-1] == (1200, 1200)
    assert seen == sorted(seen)


def test_ten_thousand_accounts_take_seconds(store: Store, tmp_path: Path) -> None:
    rows = [
        ["Record ID", "Company name", "Company Domain Name", "Company owner", "Industry"],
        *(
            [str(i), f"Company {i}", f"company{i}.example", f"Owner {i % 40}", "Software"]
            for i in range(10_000)
        ),
    ]
    path = write_csv(tmp_path / "big.csv", rows)
    started = time.perf_counter()
    report = import_file(store, ACCOUNTS, path)
    first = time.perf_counter() - started
    started = time.perf_counter()
    again = import_file(store, ACCOUNTS, path)
    second = time.perf_counter() - started
    assert (report.created, again.updated) == (10_000, 10_000)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 10_000
    assert first < 20 and second < 20, (first, second)

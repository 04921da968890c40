"""Importing touchpoints: account lookup, attendees, satisfaction, long notes, re-import."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from cs_desktop.db import Store
from cs_desktop.importer import ImportKind, ImportRejected, ImportSetupError, import_file
from cs_desktop.models import Account, Satisfaction, Stakeholder, Touchpoint, TouchpointKind
from tests.support.import_files import dump, write_csv, write_xlsx

TOUCHPOINTS = ImportKind.TOUCHPOINTS
TOKYO = timezone(timedelta(hours=9))
HEADER = [
    "account",
    "kind",
    "occurred_at",
    "title",
    "notes",
    "attendees",
    "product_satisfied",
    "service_satisfied",
    "customer_statement",
    "inferred_need",
    "next_steps",
]


@pytest.fixture
def book(store: Store) -> Store:
    """Three accounts, reachable by external key, uid, domain and name; two stakeholders."""
    with store.write() as session:
        acme = Account(name="Acme", domain="acme.com", external_key="hubspot:1")
        session.add_all(
            [
                acme,
                Account(name="株式会社サンプル", domain="sample.co.jp"),
                Account(name="Globex"),
                Stakeholder(account=acme, name="Yuki Tanaka"),
                Stakeholder(account=acme, name="Sam Lee"),
            ]
        )
    return store


def _touchpoints(store: Store) -> list[Touchpoint]:
    with store.read() as session:
        query = select(Touchpoint).order_by(Touchpoint.id)
        found = list(session.scalars(query))
        for touchpoint in found:
            _ = touchpoint.attendees, touchpoint.account
        return found


def test_touchpoints_with_every_field(book: Store, tmp_path: Path) -> None:
    with book.read() as session:
        globex_uid = session.scalars(select(Account.uid).where(Account.name == "Globex")).one()
    path = write_csv(
        tmp_path / "touchpoints.csv",
        [
            HEADER,
            [
                "hubspot:1",
                "QBR",
                "2025-03-04 10:00",
                "Q1 review",
                "Went well",
                "yuki tanaka; Bob (us)",
                "y",
                "n",
                "Show us case studies",
                "Picture success",
                "Send deck",
            ],
            [
                "sample.co.jp",
                "Onsite visit",
                "2025/03/05 14:30",
                "",
                "訪問",
                "",
                "はい",
                "いいえ",
                "",
                "",
                "",
            ],
            [
                str(globex_uid),
                "電話",
                "03/06/2025 9:15 AM",
                "Call",
                "",
                "",
                "",
                "unknown",
                "",
                "",
                "",
            ],
            [
                "Acme",
                "email",
                "2025-03-07T08:00:00Z",
                "Mail",
                "",
                "Sam Lee、山田",
                "1",
                "0",
                "",
                "",
                "",
            ],
            [
                "globex",
                "support ticket",
                "2025-03-08",
                "Ticket",
                "",
                "",
                "true",
                "false",
                "",
                "",
                "",
            ],
        ],
    )
    report = import_file(book, TOUCHPOINTS, path, timezone=TOKYO)
    assert (report.layout, report.created, report.updated) == ("cs-desktop", 5, 0)
    qbr, visit, call, mail, ticket = _touchpoints(book)
    assert (qbr.account.name, qbr.kind, qbr.title) == ("Acme", TouchpointKind.QBR, "Q1 review")
    assert qbr.occurred_at == datetime(2025, 3, 4, 1, 0, tzinfo=UTC)
    assert [s.name for s in qbr.attendees] == ["Yuki Tanaka"]
    assert qbr.other_attendees == "Bob (us)"
    assert (qbr.product_satisfied, qbr.service_satisfied) == (Satisfaction.YES, Satisfaction.NO)
    assert (qbr.customer_statement, qbr.inferred_need, qbr.next_steps) == (
        "Show us case studies",
        "Picture success",
        "Send deck",
    )
    assert (visit.account.name, visit.kind, visit.title) == (
        "株式会社サンプル",
        TouchpointKind.ONSITE_VISIT,
        "Onsite visit",
    )
    assert (visit.product_satisfied, visit.service_satisfied) == (Satisfaction.YES, Satisfaction.NO)
    assert (call.account.name, call.kind) == ("Globex", TouchpointKind.CALL)
    assert call.occurred_at == datetime(2025, 3, 6, 0, 15, tzinfo=UTC)
    assert call.product_satisfied is Satisfaction.UNKNOWN
    assert mail.occurred_at == datetime(2025, 3, 7, 8, 0, tzinfo=UTC)
    assert ([s.name for s in mail.attendees], mail.other_attendees) == (["Sam Lee"], "山田")
    assert (ticket.kind, ticket.product_satisfied) == (
        TouchpointKind.SUPPORT_CASE,
        Satisfaction.YES,
    )


def test_bad_touchpoint_rows(book: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "touchpoints.csv",
        [
            ["account", "kind", "date", "title", "product_satisfied"],
            ["Nobody Inc", "call", "2025-01-01", "x", ""],
            ["acme.com", "lunch", "2025-01-01", "x", ""],
            ["acme.com", "call", "2025-13-01", "x", ""],
            ["acme.com", "call", "2025-01-01", "t" * 301, ""],
            ["acme.com", "call", "2025-01-01", "x", "maybe"],
            ["", "", "", "x", ""],
            ["acme.com", "call", "2025-01-02", "Same", ""],
            ["Acme", "Call", "2025-01-02", "Same", ""],
        ],
    )
    before = dump(book)
    with pytest.raises(ImportRejected) as caught:
        import_file(book, TOUCHPOINTS, path, timezone=UTC)
    assert dump(book) == before
    lines = [p.format() for p in caught.value.report.problems]
    assert lines[0] == (
        "row 2, column 'account': 'Nobody Inc' is not an account in the store "
        "(by external key, uid, domain or name)"
    )
    assert lines[1].startswith("row 3, column 'kind': 'lunch' is not a known touchpoint kind")
    assert "meeting, call, email, qbr, onsite_visit" in lines[1]
    assert lines[2].startswith("row 4, column 'date': '2025-13-01' is not a valid date")
    assert "at most 300" in lines[3]
    assert lines[4].startswith("row 6, column 'product_satisfied': 'maybe' is not a known answer")
    assert [line[:24] for line in lines[5:8]] == [
        "row 7, column 'account':",
        "row 7, column 'kind': ''",
        "row 7, column 'date': ''",
    ]
    assert lines[8] == (
        "row 9, column 'date': '2025-01-02' is the same touchpoint as row 8 (each may appear once)"
    )
    assert len(lines) == 9


def test_missing_required_touchpoint_columns(book: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", [["account", "title"], ["Acme", "x"]])
    with pytest.raises(ImportSetupError, match="missing required columns for occurred_at"):
        import_file(book, TOUCHPOINTS, path)


def test_five_megabyte_notes(book: Store, tmp_path: Path) -> None:
    notes = ("顧客は導入効果を測りたい。" * 10 + 'Customer wants ROI, "quoted"; fine.\n') * 28_000
    assert len(notes.encode()) > 5_000_000
    path = write_csv(
        tmp_path / "long.csv",
        [
            ["account", "kind", "date", "title", "notes"],
            ["Acme", "note", "2025-01-01", "Long", notes],
        ],
    )
    import_file(book, TOUCHPOINTS, path, timezone=UTC)
    [touchpoint] = _touchpoints(book)
    assert touchpoint.notes == notes.strip()


def test_reimport_updates_touchpoints(book: Store, tmp_path: Path) -> None:
    rows = [
        ["account", "kind", "date", "title", "notes", "attendees"],
        ["Acme", "meeting", "2025-02-01 10:00", "Kickoff", "v1", "Sam Lee"],
        ["Globex", "call", "2025-02-02", "Check-in", "v1", ""],
    ]
    path = write_csv(tmp_path / "t.csv", rows)
    assert import_file(book, TOUCHPOINTS, path, timezone=UTC).created == 2
    rows[1][4] = rows[2][4] = "v2"
    rows[1][5] = "Yuki Tanaka, Guest"
    report = import_file(book, TOUCHPOINTS, write_csv(tmp_path / "t.csv", rows), timezone=UTC)
    assert (report.created, report.updated) == (0, 2)
    kickoff, checkin = _touchpoints(book)
    assert (kickoff.notes, checkin.notes) == ("v2", "v2")
    assert ([s.name for s in kickoff.attendees], kickoff.other_attendees) == (
        ["Yuki Tanaka"],
        "Guest",
    )


def test_reimport_by_external_key_moves_nothing_twice(book: Store, tmp_path: Path) -> None:
    header = ["external_key", "account", "kind", "date", "title"]
    first = write_csv(tmp_path / "a.csv", [header, ["crm:9", "Acme", "call", "2025-01-01", "Old"]])
    import_file(book, TOUCHPOINTS, first, timezone=UTC)
    second = write_csv(tmp_path / "b.csv", [header, ["crm:9", "Acme", "qbr", "2025-01-05", "New"]])
    report = import_file(book, TOUCHPOINTS, second, timezone=UTC)
    assert (report.created, report.updated) == (0, 1)
    [touchpoint] = _touchpoints(book)
    assert (touchpoint.kind, touchpoint.title) == (TouchpointKind.QBR, "New")


def test_touchpoints_from_xlsx_with_datetime_cells(book: Store, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "t.xlsx",
        [
            ["Account", "Type", "Date", "Subject", "Product Satisfaction"],
            ["Acme", "Meeting", datetime(2025, 4, 1, 9, 59, 59, 999_999), "Sync", True],
        ],
        sheet="Touchpoints",
    )
    import_file(book, TOUCHPOINTS, path, timezone=UTC)
    [touchpoint] = _touchpoints(book)
    assert touchpoint.occurred_at == datetime(2025, 4, 1, 10, 0, tzinfo=UTC)
    assert touchpoint.product_satisfied is Satisfaction.YES

"""Hostile import files: each ends in a clear report and an unchanged store, never in bad data.

Mixed or undecodable encodings, control characters, workbook formulas without a saved value,
rows that would duplicate an account by its domain, and other writers during a long import.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from cs_desktop.db import Store, open_store
from cs_desktop.importer import ImportKind, ImportRejected, ImportReport, import_file
from cs_desktop.models import Account, Base, Touchpoint

ACCOUNTS = ImportKind.ACCOUNTS
REPO = Path(__file__).resolve().parents[2]
CLI = (sys.executable, "-m", "cs_desktop")


def row_counts(store: Store) -> dict[str, int]:
    """How many rows each table holds: a failed import must leave every count as it was."""
    with closing(sqlite3.connect(store.path)) as connection:
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in sorted(Base.metadata.tables)
        }


def rejected(
    store: Store, path: Path, kind: ImportKind = ACCOUNTS, **options: object
) -> ImportReport:
    before = row_counts(store)
    with pytest.raises(ImportRejected) as caught:
        import_file(store, kind, path, **options)  # type: ignore[arg-type]
    assert row_counts(store) == before, "a rejected import must leave the store as it was"
    return caught.value.report


def lines(report: ImportReport) -> list[str]:
    return report.format().splitlines()


def stored_accounts(store: Store) -> dict[str, Account]:
    with store.read() as session:
        return {a.name: a for a in session.scalars(select(Account).order_by(Account.id))}


# ---- encodings ---------------------------------------------------------------------------


def test_a_utf8_row_in_a_shift_jis_file_is_refused_not_garbled(
    store: Store, tmp_path: Path
) -> None:
    # Excel on a Japanese Windows saved the file; one row was pasted in from a UTF-8 export.
    path = tmp_path / "accounts.csv"
    path.write_bytes(
        "name,owner\r\n株式会社サンプル,山田 太郎\r\n東京電機工業株式会社,佐藤 花子\r\n".encode(
            "cp932"
        )
        + "Café Müller,Jean\r\n".encode()
        + "さくらソフトウェア,鈴木 一郎\r\n".encode("cp932")
    )
    report = rejected(store, path)
    assert [(p.row, p.column) for p in report.problems] == [(4, "name")]
    [problem] = lines(report)[1:]
    assert problem.startswith(
        "row 4, column 'name': 'Café Müller' is UTF-8 text in a Shift_JIS file"
    )
    assert "save the file as CSV UTF-8" in problem
    assert "ﾃ" not in report.format()  # never the garbled reading


def test_a_windows_1252_row_in_a_utf8_file_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_bytes(
        "name,owner\nSociété Générale,Anaïs\n株式会社サンプル,山田\n".encode()
        + "Café,Zoë\n".encode("cp1252")
        + "Ürün A.Ş.,Çağla\n".encode()
    )
    report = rejected(store, path)
    assert [(p.row, p.column) for p in report.problems] == [(4, "name"), (4, "owner")]
    first = lines(report)[1]
    assert first.startswith("row 4, column 'name': 'Café' is Windows-1252 text in a UTF-8 file")


def test_bytes_in_no_encoding_are_refused_naming_their_row(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    # A lone Shift_JIS lead byte before the delimiter: no character at all.
    path.write_bytes(
        "name,segment\n株式会社サンプル,製造業\n".encode("cp932")
        + b"Broken \x81,x\n"
        + "東京電機工業株式会社,電機\n".encode("cp932")
    )
    report = rejected(store, path)
    assert [(p.row, p.column) for p in report.problems] == [(3, "name")]
    assert "cannot be read as Shift_JIS" in report.problems[0].reason


def test_pure_legacy_files_still_import(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_bytes("name;owner\nMüller GmbH;Jürgen\nCafé Noir;Zoë\n".encode("cp1252"))
    report = import_file(store, ACCOUNTS, path)
    assert (report.encoding, report.created) == ("cp1252", 2)
    assert stored_accounts(store)["Café Noir"].owner == "Zoë"


# ---- control characters ------------------------------------------------------------------


def test_nul_and_escape_sequences_never_reach_the_store(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_bytes(
        b"name,owner,segment\r\n"
        b"Acme\x00 Corp,\x1b[31mKim\x1b[0m,Retail\r\n"
        b"Beta,Lee,\x1b]0;owned\x07Software\r\n"
        b"Gamma,Sam\x7f,Tab\there\r\n"
    )
    report = import_file(store, ACCOUNTS, path)
    found = stored_accounts(store)
    assert sorted(found) == ["Acme Corp", "Beta", "Gamma"]
    assert (found["Acme Corp"].owner, found["Beta"].segment) == ("Kim", "Software")
    assert (found["Gamma"].owner, found["Gamma"].segment) == ("Sam", "Tab\there")
    assert [(n.row, n.column) for n in report.notices] == [
        (2, "name"),
        (2, "owner"),
        (3, "segment"),
        (4, "owner"),
    ]
    text = report.format()
    assert "row 2, column 'name': 'Acme Corp' had control characters removed (NUL)" in text
    assert "row 2, column 'owner': 'Kim' had control characters removed (ESC[31m, ESC[0m)" in text
    assert "\x1b" not in text and "\x00" not in text


def test_tabs_and_line_breaks_in_notes_are_kept(store: Store, tmp_path: Path) -> None:
    with store.write() as session:
        session.add(Account(name="Acme", domain="acme.com"))
    path = tmp_path / "touchpoints.csv"
    path.write_bytes(
        b"account,kind,occurred_at,notes\r\n"
        b'acme.com,call,2025-01-06 09:00,"Agenda:\r\n'
        b'\t1. renewal\x00\r\n\t2. \x1b[1mQBR\x1b[0m"\r\n'
    )
    report = import_file(store, ImportKind.TOUCHPOINTS, path)
    with store.read() as session:
        notes = session.scalars(select(Touchpoint.notes)).one()
    assert notes == "Agenda:\r\n\t1. renewal\r\n\t2. QBR"
    assert [(n.row, n.column) for n in report.notices] == [(2, "notes")]


# ---- workbooks ---------------------------------------------------------------------------


def test_xlsx_formula_without_a_saved_value_is_an_error(store: Store, tmp_path: Path) -> None:
    from openpyxl import Workbook

    # openpyxl (like many generators) writes formulas without the value Excel would save.
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["name", "monthly", "arr"])
    sheet.append(["Acme", 1000, 12000])
    sheet.append(["Beta", 2500, "=B3*12"])
    path = tmp_path / "accounts.xlsx"
    workbook.save(path)
    report = rejected(store, path)
    assert [(p.row, p.column) for p in report.problems] == [(3, "arr")]
    assert lines(report)[-1] == (
        "row 3, column 'arr': '=B3*12' is a formula without a saved value (the program that "
        "wrote the file did not calculate it); open the file in Excel or LibreOffice and save "
        "it, or paste the values"
    )


def test_xlsx_formulas_with_saved_values_import(store: Store, tmp_path: Path) -> None:
    from openpyxl import Workbook, load_workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["name", "arr"])
    sheet.append(["Acme", "=1000*12"])
    path = tmp_path / "accounts.xlsx"
    workbook.save(path)
    _save_cached_values(path, {"B2": "12000"})
    assert load_workbook(path, data_only=True).active["B2"].value == 12000  # type: ignore[index]
    import_file(store, ACCOUNTS, path)
    assert stored_accounts(store)["Acme"].arr == Decimal(12000)


def _save_cached_values(path: Path, values: dict[str, str]) -> None:
    """Add the value Excel saves beside each formula (<v>), as a spreadsheet program would."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    xml = parts[sheet].decode()
    for cell, value in values.items():
        xml = re.sub(
            rf'(<c r="{cell}"[^>]*>)(<f>[^<]*</f>)(<v>\s*</v>|<v/>)?',
            rf"\1\2<v>{value}</v>",
            xml,
        )
    parts[sheet] = xml.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)


# ---- likely duplicates -------------------------------------------------------------------

HUBSPOT = ["Record ID", "Company name", "Company Domain Name", "Company owner"]


def _seed_acme(store: Store) -> None:
    with store.write() as session:
        session.add(Account(name="Acme Corp", domain="acme.com", external_key="hubspot:1"))


def test_a_new_record_with_a_known_domain_is_a_likely_duplicate(
    store: Store, tmp_path: Path
) -> None:
    _seed_acme(store)
    path = tmp_path / "hubspot.csv"
    path.write_text(
        "\n".join(
            [
                ",".join(HUBSPOT),
                "1,Acme Corp,acme.com,Kim",  # the same record: an update
                "2,Beta,beta.com,Lee",
                "7,ACME Corporation,www.ACME.com,Sam",  # another record, the same company
            ]
        ),
        encoding="utf-8",
    )
    report = rejected(store, path)
    assert [(p.row, p.column) for p in report.problems] == [(4, "Company Domain Name")]
    assert lines(report)[1] == (
        "row 4, column 'Company Domain Name': 'www.ACME.com' is the domain of 'Acme Corp' "
        "(hubspot:1), already in the store, but this row is another record (hubspot:7): "
        "likely a duplicate. To update 'Acme Corp' instead, give this row its key "
        "(an external_key column holding 'hubspot:1'); to add a second account, import "
        "with --allow-duplicates"
    )

    allowed = import_file(store, ACCOUNTS, path, allow_duplicates=True)
    assert (allowed.created, allowed.updated) == (2, 1)
    assert [(n.row, n.column) for n in allowed.notices] == [(4, "Company Domain Name")]
    assert "added as a second account with the domain of 'Acme Corp'" in allowed.format()
    assert sorted(stored_accounts(store)) == ["ACME Corporation", "Acme Corp", "Beta"]


def test_the_cli_refuses_likely_duplicates_until_allowed(store: Store, tmp_path: Path) -> None:
    _seed_acme(store)
    path = tmp_path / "hubspot.csv"
    path.write_text(",".join(HUBSPOT) + "\n9,Acme Japan,acme.com,Kim\n", encoding="utf-8")
    store.close()

    def cli(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*CLI, "--db", str(store.path), "import", "accounts", str(path), *extra],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )

    refused = cli()
    assert refused.returncode == 1
    assert "likely a duplicate" in refused.stderr
    assert "Traceback" not in refused.stderr
    allowed = cli("--allow-duplicates")
    assert allowed.returncode == 0, allowed.stderr
    assert "1 created" in allowed.stdout
    reopened = open_store(store.path)
    try:
        assert sorted(stored_accounts(reopened)) == ["Acme Corp", "Acme Japan"]
    finally:
        reopened.close()


# ---- the write lock ----------------------------------------------------------------------


def _many(path: Path, rows: int) -> Path:
    lines = [",".join(HUBSPOT[:3])] + [f"{i},Company {i},c{i}.example" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_bad_file_is_refused_without_waiting_for_the_write_lock(
    store: Store, tmp_path: Path
) -> None:
    path = _many(tmp_path / "bad.csv", 2000)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("x,Bad,not a domain\n")
    with closing(sqlite3.connect(store.path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another program is writing, for a long while
        started = time.monotonic()
        report = rejected(store, path)
        waited = time.monotonic() - started
        other.execute("ROLLBACK")
    assert [(p.row, p.column) for p in report.problems] == [(2002, "Company Domain Name")]
    assert waited < 5, f"checking waited {waited:.1f} s for the write lock"


def test_other_writers_can_write_while_the_file_is_checked(store: Store, tmp_path: Path) -> None:
    path = _many(tmp_path / "accounts.csv", 3000)
    wrote: list[BaseException | None] = []

    def another_writer(done: int, total: int) -> None:
        if wrote or done == 0:
            return
        # Another process's edit during the check: no waiting, no failure.
        try:
            with closing(sqlite3.connect(store.path, timeout=0.5)) as connection:
                connection.execute("BEGIN IMMEDIATE")
                connection.execute(_INSERT_OTHER, ("Edited meanwhile", None))
                connection.execute("COMMIT")
            wrote.append(None)
        except sqlite3.OperationalError as error:
            wrote.append(error)

    report = import_file(store, ACCOUNTS, path, progress=another_writer)
    assert wrote == [None], f"another writer was locked out during the check: {wrote}"
    assert report.created == 3000
    assert len(stored_accounts(store)) == 3001


def test_a_duplicate_written_meanwhile_is_caught_when_writing(store: Store, tmp_path: Path) -> None:
    path = _many(tmp_path / "accounts.csv", 3000)
    wrote: list[str] = []

    def another_writer(done: int, total: int) -> None:
        if not wrote and done:
            # Checking reads one snapshot of the store: this account is not in it.
            with closing(sqlite3.connect(store.path)) as connection:
                connection.execute(_INSERT_OTHER, ("C5 from elsewhere", "c5.example"))
                connection.commit()
            wrote.append("C5 from elsewhere")

    before = row_counts(store)
    with pytest.raises(ImportRejected) as caught:
        import_file(store, ACCOUNTS, path, progress=another_writer)
    assert row_counts(store) == {**before, "account": 1}  # the other program's account only
    report = caught.value.report
    assert [(p.row, p.column, p.kind.value) for p in report.problems] == [
        (7, "Company Domain Name", "likely_duplicate")
    ]
    assert "'C5 from elsewhere'" in report.problems[0].reason
    assert sorted(stored_accounts(store)) == ["C5 from elsewhere"]


_INSERT_OTHER = (
    "INSERT INTO account (uid, name, domain, tier, arr, currency, stage, created_at, "
    "updated_at) VALUES (randomblob(16), ?, ?, 'smb', 0, 'USD', 'sales', 0, 0)"
)

"""``cs-desktop rates import``, ``rates list`` and ``rates currency``, run through ``cli.run``."""

from __future__ import annotations

import io
import sqlite3
from contextlib import closing
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cs_desktop.cli import build_parser, run
from cs_desktop.db import open_store
from cs_desktop.rates import list_rates, load_reporting
from tests.support.factories import add_account

GOOD = """date,from,to,rate,source
2026-01-01,JPY,USD,0.0067,ECB reference rate
2026-01-01,EUR,USD,1.08,ECB reference rate
2026-02-01,JPY,USD,0.0069,ECB reference rate
2026-01-01,USD,CNY,7.2,
"""


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(build_parser().parse_args(list(args)), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "book.sqlite3"
    store = open_store(path)
    add_account(store, "Acme", currency="USD", arr=Decimal(120_000))
    add_account(store, "Tokyo Tech", currency="JPY", arr=Decimal(12_000_000))
    add_account(store, "Initech", currency="USD", arr=Decimal(50_000))
    store.close()
    return path


def _file(tmp_path: Path, text: str, name: str = "rates.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _dump(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT * FROM exchange_rate ORDER BY id").fetchall()


def test_a_good_file_is_imported_and_listed(book: Path, tmp_path: Path) -> None:
    code, out, err = cli("--db", str(book), "rates", "import", str(_file(tmp_path, GOOD)))
    assert code == 0, err
    assert "4 rows, 4 created, 0 updated" in out
    store = open_store(book)
    with store.engine.connect() as connection:
        rates = list_rates(connection)
    store.close()
    assert {(r.from_currency, r.to_currency, r.effective_on, r.rate) for r in rates} == {
        ("JPY", "USD", date(2026, 1, 1), Decimal("0.0067")),
        ("EUR", "USD", date(2026, 1, 1), Decimal("1.08")),
        ("JPY", "USD", date(2026, 2, 1), Decimal("0.0069")),
        ("USD", "CNY", date(2026, 1, 1), Decimal("7.2")),
    }
    # A row without a source notes the file it came from.
    assert {r.source for r in rates} == {"ECB reference rate", "imported from rates.csv"}
    code, out, _ = cli("--db", str(book), "rates", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Reporting currency: USD (the book's most common currency")
    assert lines[1].split() == ["date", "from", "to", "rate", "source"]
    assert "2026-02-01  JPY   USD  0.0069  ECB reference rate" in lines
    assert not any(line.startswith("missing:") for line in lines)


def test_importing_again_updates_instead_of_adding(book: Path, tmp_path: Path) -> None:
    cli("--db", str(book), "rates", "import", str(_file(tmp_path, GOOD)))
    corrected = GOOD.replace("0.0067", "0.0068")
    code, out, err = cli("--db", str(book), "rates", "import", str(_file(tmp_path, corrected)))
    assert code == 0, err
    assert "4 rows, 0 created, 4 updated" in out
    assert len(_dump(book)) == 4
    assert ("0.0068",) in [(row[4],) for row in _dump(book)]


def test_a_bad_row_leaves_the_store_unchanged(book: Path, tmp_path: Path) -> None:
    cli("--db", str(book), "rates", "import", str(_file(tmp_path, GOOD)))
    before = _dump(book)
    bad = (
        "date,from,to,rate\n"
        "2026-03-01,JPY,USD,0.0071\n"  # fine, but not written: all or nothing
        "2026-03-01,EUR,USD,abc\n"
        "2026-03-01,CNY,CNY,1\n"
        "2026-02-30,GBP,USD,1.27\n"
        "2026-03-01,XYZW,USD,1\n"
        "2026-03-01,JPY,USD,0.0072\n"
        "2026-03-02,EUR,USD,-1\n"
        "2026-03-03,EUR,USD,\n"
    )
    code, out, err = cli("--db", str(book), "rates", "import", str(_file(tmp_path, bad, "bad.csv")))
    assert code == 1
    assert out == ""
    assert "Nothing imported from" in err and "8 rows" in err
    assert "row 3, column 'rate': 'abc' is not a rate" in err
    assert "row 4, column 'to': 'CNY' is the same currency as the rate's 'from'" in err
    assert "row 5, column 'date': '2026-02-30'" in err
    assert "row 6, column 'from': 'XYZW' is not a currency code" in err
    assert (
        "row 7, column 'date': '2026-03-01' is the same rate (same pair, same day) as row 2" in err
    )
    assert "row 8, column 'rate': '-1' is not a rate: a rate is more than 0" in err
    assert "row 9, column 'rate': '' is empty (every rate needs it)" in err
    assert "nothing was imported; fix the rows above and retry" in err
    assert _dump(book) == before


def test_a_file_without_the_rate_columns_is_refused(book: Path, tmp_path: Path) -> None:
    path = _file(tmp_path, "day,currency,value\n2026-01-01,JPY,0.0067\n")
    code, _, err = cli("--db", str(book), "rates", "import", str(path))
    assert code == 1
    assert "missing required column" in err and "to_currency" in err
    assert _dump(book) == []


def test_the_list_names_the_rates_the_book_is_missing_today(book: Path) -> None:
    code, out, _ = cli("--db", str(book), "rates", "list")
    assert code == 0
    assert "No exchange rates yet" in out
    assert f"missing: no JPY->USD rate on or before {date.today().isoformat()}" in out


def test_the_reporting_currency_is_shared_with_the_app(book: Path) -> None:
    code, out, _ = cli("--db", str(book), "rates", "currency")
    assert (code, out.split("(")[0].strip()) == (0, "Reporting currency: USD")
    code, out, _ = cli("--db", str(book), "rates", "currency", "jpy")
    assert (code, out.strip()) == (0, "Reporting currency: JPY")
    store = open_store(book)
    with store.engine.connect() as connection:
        reporting = load_reporting(connection)  # what the app reads
    store.close()
    assert (reporting.currency, reporting.chosen) == ("JPY", True)
    code, _, err = cli("--db", str(book), "rates", "currency", "yen")
    assert code == 1
    assert "'yen': Enter an ISO 4217 currency code" in err
    code, out, _ = cli("--db", str(book), "rates", "currency", "--auto")
    assert out.startswith("Reporting currency: USD (the book's most common currency")

"""Property tests: valid rows round-trip; any one corrupted cell rejects the whole file."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cs_desktop.db import Store, open_store
from cs_desktop.importer import ImportKind, ImportRejected, import_file
from cs_desktop.models import Stage, Tier
from tests.support.import_files import accounts, dump, write_csv

HEADER = ["external_key", "name", "domain", "tier", "arr", "renewal_date", "stage", "owner"]
# Printable text of any script, without the control characters a spreadsheet cell can't hold.
cell_text = (
    st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40)
    .map(str.strip)
    .filter(bool)
)

account_rows = st.lists(
    st.tuples(
        cell_text,
        st.from_regex(r"[a-z][a-z0-9]{0,10}\.(com|jp|cn)", fullmatch=True),
        st.sampled_from(list(Tier)),
        st.decimals(min_value=0, max_value=10**9, places=2),
        st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
        st.sampled_from(list(Stage)),
        st.one_of(st.none(), cell_text),
    ),
    min_size=1,
    max_size=8,
    unique_by=lambda row: row[0],
)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig"])
DELIMITERS = st.sampled_from([",", ";", "\t", "|"])


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty store, copied for each example (migrating each time is slow)."""
    path = tmp_path_factory.mktemp("template") / "store.sqlite3"
    open_store(path).close()
    return path


@contextmanager
def _fresh_store(template: Path) -> Iterator[tuple[Store, Path]]:
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(template, Path(folder) / "store.sqlite3")
        store = open_store(Path(folder) / "store.sqlite3")
        try:
            yield store, Path(folder)
        finally:
            store.close()


def _csv_rows(rows: list[tuple[object, ...]]) -> list[list[str]]:
    return [
        [f"k{i}", name, domain, tier.value, f"{arr:,}", day.isoformat(), stage.value, owner or ""]
        for i, (name, domain, tier, arr, day, stage, owner) in enumerate(rows)
    ]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(rows=account_rows, encoding=ENCODINGS, delimiter=DELIMITERS)
def test_valid_rows_round_trip(
    template: Path, rows: list[tuple[object, ...]], encoding: str, delimiter: str
) -> None:
    with _fresh_store(template) as (store, folder):
        path = write_csv(
            folder / "a.csv", [HEADER, *_csv_rows(rows)], encoding=encoding, delimiter=delimiter
        )
        report = import_file(store, ImportKind.ACCOUNTS, path)
        assert (report.created, report.delimiter) == (len(rows), delimiter)
        stored = {a.external_key: a for a in accounts(store).values()}
    for i, (name, domain, tier, arr, day, stage, owner) in enumerate(rows):
        account = stored[f"k{i}"]
        assert (account.name, account.domain, account.tier) == (name, domain, tier)
        assert (account.arr, account.renewal_date, account.stage) == (Decimal(str(arr)), day, stage)
        assert account.owner == owner


CORRUPTIONS = {
    "tier": "platinum",
    "arr": "lots",
    "renewal_date": "2023-02-29",
    "stage": "churned",
    "domain": "not a domain",
    "name": "",
    "external_key": "k0",
}


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(rows=account_rows, data=st.data())
def test_one_corrupted_cell_rejects_everything(
    template: Path, rows: list[tuple[object, ...]], data: st.DataObject
) -> None:
    csv_rows = _csv_rows(rows)
    column = data.draw(st.sampled_from(sorted(CORRUPTIONS)))
    # A repeated key needs an earlier row to repeat: corrupt a later one.
    first = 1 if column == "external_key" else 0
    if first >= len(csv_rows):
        csv_rows.append(list(csv_rows[0]))
    target = data.draw(st.integers(min_value=first, max_value=len(csv_rows) - 1))
    csv_rows[target][HEADER.index(column)] = CORRUPTIONS[column]
    with _fresh_store(template) as (store, folder):
        before = dump(store)
        path = write_csv(folder / "a.csv", [HEADER, *csv_rows])
        try:
            import_file(store, ImportKind.ACCOUNTS, path)
        except ImportRejected as rejected:
            problems = rejected.report.problems
        else:
            raise AssertionError("a corrupted file was imported")
        assert dump(store) == before
    assert [(p.row, p.column) for p in problems] == [(target + 2, column)]

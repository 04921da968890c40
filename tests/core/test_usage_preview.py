"""Choosing how a usage export is read: the preview, the suggested choice, its checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cs_desktop.db import Store
from cs_desktop.importer.usage import PREVIEW_BYTES, PREVIEW_ROWS, Period, import_usage
from cs_desktop.importer.usage_preview import UsageChoice, preview_usage
from tests.support.factories import add_account
from tests.support.import_files import write_csv, write_xlsx

DATA = Path(__file__).parents[1] / "data" / "usage"
WEEKLY_ROLES = {"account": "Account ID", "date": "Week starting"}


def test_a_wide_export_previews_its_columns_and_the_suggested_choice() -> None:
    preview = preview_usage(DATA / "weekly-usage.csv")
    assert preview.headers[:3] == ("Account ID", "Week starting", "Weekly active users")
    assert (preview.row_count, preview.complete, preview.delimiter) == (6, True, ",")
    assert preview.rows[0][:3] == ("1001", "2024-04-01", "84")
    choice = preview.suggested()
    assert choice.roles == WEEKLY_ROLES
    assert choice.sources == {"Feature adoption": ("feature_adoption", None)}
    assert choice.effective_period() is Period.WEEKLY
    assert preview.examples("Licensed seats", choice.roles) == ("120", "60", "40")


def test_a_long_export_offers_its_metrics_with_their_values() -> None:
    preview = preview_usage(DATA / "daily-long.csv")
    choice = preview.suggested()
    assert choice.long and choice.roles["metric"] == "metric"
    assert preview.names(choice.roles) == ("login_rate", "inquiry_count")
    assert choice.sources == {
        "login_rate": ("login_rate", None),
        "inquiry_count": ("inquiry_count", None),
    }
    assert preview.examples("login_rate", choice.roles) == ("0.71", "0.44", "0.30")
    # Without a metric column, the file's columns are what feeds indicators.
    wide = choice.with_roles(preview, {"account": "domain", "date": "date"})
    assert preview.names(wide.roles) == ("metric", "value")
    assert wide.sources == {}


def test_a_big_file_is_previewed_from_its_first_rows(tmp_path: Path) -> None:
    rows = [["Account", "Date", "login_rate"]]
    rows += [[f"Account {i}", "2024-03-01", "0.5"] for i in range(80_000)]
    path = write_csv(tmp_path / "big.csv", rows)
    assert path.stat().st_size > 2 * PREVIEW_BYTES
    preview = preview_usage(path)
    assert not preview.complete
    assert 70_000 < preview.row_count < 90_000
    assert preview.rows[-1][0].startswith("Account ")  # whole rows only


def test_a_workbook_is_previewed_from_its_first_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [["External ID", "Week starting", "Active", "Seats"]]
    rows += [[f"hubspot:{i}", date(2024, 3, 4), i, 80] for i in range(PREVIEW_ROWS + 10)]
    preview = preview_usage(write_xlsx(tmp_path / "weekly.xlsx", rows))
    assert (preview.complete, preview.row_count) == (False, PREVIEW_ROWS + 10)
    assert preview.rows[0] == ("hubspot:0", "2024-03-04", "0", "80")
    assert preview.suggested().effective_period() is Period.WEEKLY


def test_the_choice_is_checked_field_by_field() -> None:
    choice = UsageChoice(
        {"account": "Account", "date": "Account", "metric": "Metric"},
        {"A": ("login_rate", "A"), "B": ("login_rate", None), "Seats": ("roi", "seats")},
    )
    problems = choice.problems()
    assert problems["date"] == "'Account' already holds the account"
    assert problems["value"].startswith("A long file needs both a metric column")
    assert problems["indicators"].splitlines() == [
        "Login rate: 'A' is divided by itself; choose another column",
        "ROI: 'Seats' and 'seats' differ only in case or punctuation, so they read as one "
        "column divided by itself; choose another column",
        "Login rate is read from 'A', 'B': keep one",
    ]
    assert UsageChoice({"account": "A", "date": "D"}).problems() == {
        "indicators": "Map at least one column to an indicator"
    }


def test_a_remembered_choice_comes_back_from_its_map_pairs() -> None:
    preview = preview_usage(DATA / "weekly-usage.csv")
    chosen = UsageChoice(
        WEEKLY_ROLES,
        {"Weekly active users": ("login_rate", "Licensed seats")},
        Period.DAILY,
    )
    assert chosen.pairs() == [
        "Account ID=account",
        "Week starting=date",
        "Weekly active users/Licensed seats=login_rate",
    ]
    assert preview.remembered(chosen.pairs(), "daily") == chosen
    assert preview.remembered(["Nope=account"], "daily") is None


def test_the_import_reads_exactly_the_choice(store: Store, tmp_path: Path) -> None:
    acme = add_account(store, "Acme")
    path = write_csv(
        tmp_path / "u.csv",
        [
            ["Account", "Date", "login_rate", "Active", "Seats", "metric", "value"],
            ["Acme", "2024-03-01", "0.9", "3", "4", "x", "y"],
        ],
    )
    preview = preview_usage(path)
    assert preview.suggested().long  # 'metric' and 'value' look like a long file's
    roles = {"account": "Account", "date": "Date"}
    choice = UsageChoice(roles, {"Active": ("login_rate", "Seats")}, Period.DAILY)
    assert choice.problems() == {}
    import_usage(store, path, choice.usage_map(), period=choice.period)
    with store.engine.connect() as connection:
        stored = connection.exec_driver_sql(
            "SELECT account_id, indicator_key, value FROM health_sample"
        ).all()
    assert [tuple(row) for row in stored] == [(acme, "login_rate", pytest.approx(0.75))]

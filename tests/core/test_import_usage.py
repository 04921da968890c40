"""Usage import: long, wide and weekly exports, ratios, all or nothing, idempotent re-import."""

from __future__ import annotations

import io
import pickle
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from cs_desktop.cli import build_parser, run
from cs_desktop.db import Store
from cs_desktop.health.scorecard import INDICATOR_CATALOG, Source
from cs_desktop.importer import ImportRejected, ImportSetupError
from cs_desktop.importer.usage import (
    Samples,
    UnmatchedAccounts,
    import_usage,
    parse_usage_map,
    spread_weeks,
)
from cs_desktop.indicators import SAMPLE_INDICATORS
from tests.support.factories import add_account
from tests.support.import_files import dump, write_csv, write_xlsx

DATA = Path(__file__).parents[1] / "data" / "usage"


@pytest.fixture
def book(store: Store) -> dict[str, int]:
    return {
        "acme": add_account(store, "Acme", domain="acme.example", external_key="hubspot:101"),
        "globex": add_account(store, "Globex", domain="globex.example"),
    }


def samples(store: Store) -> list[tuple[int, str, str, float]]:
    with store.engine.connect() as connection:
        return [
            tuple(row)  # type: ignore[misc]
            for row in connection.execute(
                text(
                    "SELECT account_id, indicator_key, sample_date, value FROM health_sample "
                    "ORDER BY account_id, indicator_key, sample_date"
                )
            )
        ]


def test_the_catalog_and_the_measured_indicators_agree() -> None:
    measured = {k: i.label for k, i in INDICATOR_CATALOG.items() if i.source is Source.SAMPLE}
    assert dict(SAMPLE_INDICATORS) == measured


def test_wide_daily_export_matched_by_external_id_domain_and_name(
    store: Store, book: dict[str, int], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "wide.csv",
        [
            ["Account", "Date", "Login rate", "feature_adoption", "Plan"],
            ["101", "2024-03-01", "0.5", "0.3", "gold"],
            ["globex.example", "2024-03-01", "60%", "", "silver"],
            ["Acme", "2024-03-02", "0.55", "0.31", "gold"],
        ],
    )
    report = import_usage(store, path)
    assert (report.rows, report.created, report.updated) == (3, 5, 0)
    assert report.layout == "wide, daily"
    assert "'Plan'" in report.ignored_columns
    assert samples(store) == [
        (book["acme"], "feature_adoption", "2024-03-01", 0.3),
        (book["acme"], "feature_adoption", "2024-03-02", 0.31),
        (book["acme"], "login_rate", "2024-03-01", 0.5),
        (book["acme"], "login_rate", "2024-03-02", 0.55),
        (book["globex"], "login_rate", "2024-03-01", 0.6),
    ]


def test_long_export_with_a_ratio_of_two_metrics(
    store: Store, book: dict[str, int], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "long.csv",
        [
            ["account", "date", "metric", "value"],
            ["acme.example", "2024-03-01", "Weekly active users", "30"],
            ["acme.example", "2024-03-01", "Licensed seats", "60"],
            ["acme.example", "2024-03-01", "inquiry_count", "4"],
            ["Globex", "2024-03-02", "Weekly active users", "9"],
            ["Globex", "2024-03-02", "Licensed seats", "10"],
            ["Globex", "2024-03-02", "page views", "1000"],
        ],
    )
    column_map = parse_usage_map(["Weekly active users/Licensed seats=login_rate"])
    report = import_usage(store, path, column_map)
    assert report.layout == "long, daily"
    assert samples(store) == [
        (book["acme"], "inquiry_count", "2024-03-01", 4.0),
        (book["acme"], "login_rate", "2024-03-01", 0.5),
        (book["globex"], "login_rate", "2024-03-02", 0.9),
    ]


def test_weekly_export_gives_each_day_of_the_week_its_value(
    store: Store, book: dict[str, int], tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "weekly.xlsx",
        [
            ["External ID", "Week starting", "Active", "Seats"],
            ["hubspot:101", date(2024, 3, 4), 40, 80],
            ["hubspot:101", date(2024, 3, 11), 60, 80],
        ],
    )
    report = import_usage(store, path, parse_usage_map(["Active/Seats=login_rate"]))
    assert (report.layout, report.created) == ("wide, weekly", 14)
    stored = samples(store)
    assert [row[2] for row in stored] == [
        (date(2024, 3, 4) + timedelta(days=d)).isoformat() for d in range(14)
    ]
    assert [row[3] for row in stored] == [0.5] * 7 + [0.75] * 7


def test_bad_rows_leave_the_store_unchanged_and_are_all_reported(
    store: Store, book: dict[str, int], tmp_path: Path
) -> None:
    good = write_csv(
        tmp_path / "good.csv", [["Account", "Date", "login_rate"], ["Acme", "2024-03-01", "0.4"]]
    )
    import_usage(store, good)
    before = dump(store)
    bad = write_csv(
        tmp_path / "bad.csv",
        [
            ["Account", "Date", "login_rate", "Active", "Seats"],
            ["Acme", "2024-03-02", "0.5", "1", "2"],
            ["Nobody Inc", "2024-03-02", "0.5", "1", "2"],
            ["Globex", "2024-02-30", "0.5", "1", "2"],
            ["Globex", "2024-03-03", "lots", "1", "0"],
            ["Acme", "2024-03-02", "0.6", "1", "2"],
        ],
    )
    with pytest.raises(ImportRejected) as rejected:
        import_usage(store, bad, parse_usage_map(["Active/Seats=event_participation"]))
    assert dump(store) == before
    lines = [p.format() for p in rejected.value.report.problems]
    assert lines == [
        "row 3, column 'Account': 'Nobody Inc' is not an account in the store "
        "(by external id, uid, domain or name)",
        "row 4, column 'Date': '2024-02-30' is not a valid date (day is out of range for "
        "month; expected YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY, DD.MM.YYYY or YYYY年M月D日)",
        "row 5, column 'login_rate': 'lots' is not a number",
        "row 5, column 'Seats': '0' is 0: event_participation is 'Active' divided by it",
        "row 6, column 'Date': '2024-03-02' repeats the account and date of row 2 "
        "(each may appear once)",
    ]


def test_reimport_updates_the_same_account_indicator_and_day(
    store: Store, book: dict[str, int], tmp_path: Path
) -> None:
    rows = [
        ["Account", "Date", "login_rate"],
        ["Acme", "2024-03-01", "0.4"],
        ["Globex", "2024-03-01", "0.2"],
    ]
    path = write_csv(tmp_path / "usage.csv", rows)
    first = import_usage(store, path)
    once = dump(store)
    again = import_usage(store, path)
    assert (first.created, first.updated, first.unchanged) == (2, 0, 0)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert "0 created, 0 updated, 2 unchanged." in again.format()
    assert dump(store) == once  # not even a timestamp moves when nothing changed
    write_csv(path, [*rows[:2], ["Globex", "2024-03-01", "0.25"], ["Acme", "2024-03-02", "0.5"]])
    changed = import_usage(store, path)
    assert (changed.created, changed.updated, changed.unchanged) == (1, 1, 1)
    assert samples(store) == [
        (book["acme"], "login_rate", "2024-03-01", 0.4),
        (book["acme"], "login_rate", "2024-03-02", 0.5),
        (book["globex"], "login_rate", "2024-03-01", 0.25),
    ]


@pytest.mark.parametrize(
    "header",
    [["Account", "Date", "metric", "value"], ["Account", "Date", "login_rate", "feature_adoption"]],
    ids=["long", "wide"],
)
def test_a_file_whose_rows_match_no_account_names_the_column_and_values(
    store: Store, book: dict[str, int], tmp_path: Path, header: list[str]
) -> None:
    names = ["Initech", "Umbrella", "Initech", "Hooli", "Stark", "Wayne", "Tyrell", "Cyberdyne"]
    path = write_csv(
        tmp_path / "usage.csv",
        [header, *([name, "2024-03-01", "login_rate", "0.5"] for name in names)],
    )
    before = dump(store)
    with pytest.raises(UnmatchedAccounts) as refused:
        import_usage(store, path)
    message = str(refused.value)
    assert message == (
        f"{path}: no row matched an account: the column 'Account' holds 'Initech', "
        "'Umbrella', 'Hooli', 'Stark', 'Wayne' and 2 others, none of them an account's "
        "external id, uid, domain or name; import those accounts first, or read the account "
        "from another column"
    )
    assert refused.value.column == "Account"
    # It crosses from the import's process to the app's whole.
    again = pickle.loads(pickle.dumps(refused.value))
    assert (type(again), str(again), again.column) == (UnmatchedAccounts, message, "Account")
    assert dump(store) == before


def test_a_long_file_whose_dates_are_all_bad_lists_them_rather_than_its_metrics(
    store: Store, book: dict[str, int], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "long.csv",
        [["account", "date", "metric", "value"], ["Acme", "2024-13-01", "login_rate", "0.5"]],
    )
    with pytest.raises(ImportRejected) as rejected:
        import_usage(store, path)
    [problem] = rejected.value.report.problems
    assert (problem.row, problem.column, problem.value) == (2, "date", "2024-13-01")


def test_without_automatic_matching_only_the_mapped_indicators_are_read(
    store: Store, book: dict[str, int], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "wide.csv",
        [["Account", "Date", "login_rate", "Tickets"], ["Acme", "2024-03-01", "0.5", "3"]],
    )
    pairs = ["Account=account", "Date=date", "Tickets=inquiry_count"]
    column_map = replace(parse_usage_map(pairs), automatic=False)
    report = import_usage(store, path, column_map)
    assert samples(store) == [(book["acme"], "inquiry_count", "2024-03-01", 3.0)]
    assert "'login_rate'" in report.ignored_columns


def test_unknown_indicator_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ImportSetupError) as refused:
        parse_usage_map(["Logins=logins"])
    assert "'logins' is not an indicator" in str(refused.value)
    assert all(key in str(refused.value) for key in SAMPLE_INDICATORS)


def test_a_file_without_indicator_columns_says_how_to_map_one(
    store: Store, book: dict[str, int], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "u.csv", [["Account", "Date", "Logins"], ["Acme", "2024-03-01", "3"]]
    )
    with pytest.raises(ImportSetupError, match="no column names an indicator"):
        import_usage(store, path)


def test_cli_runs_the_readme_example(store: Store, tmp_path: Path) -> None:
    db = ["--db", str(store.path)]
    out, err = io.StringIO(), io.StringIO()
    parser = build_parser()
    assert (
        run(parser.parse_args([*db, "import", "accounts", str(DATA / "accounts.csv")]), out, err)
        == 0
    )
    args = [
        *db,
        "import",
        "usage",
        str(DATA / "weekly-usage.csv"),
        "--map",
        "Weekly active users/Licensed seats=login_rate",
        "--map",
        "Support tickets=inquiry_count",
    ]
    assert run(parser.parse_args(args), out, err) == 0, err.getvalue()
    assert "6 rows, 126 created, 0 updated, 0 unchanged." in out.getvalue()
    again = io.StringIO()
    assert run(parser.parse_args(args), again, err) == 0, err.getvalue()
    assert "6 rows, 0 created, 0 updated, 126 unchanged." in again.getvalue()
    assert (
        run(parser.parse_args([*db, "import", "usage", str(DATA / "daily-long.csv")]), out, err)
        == 0
    )
    bad = [*db, "import", "usage", str(DATA / "daily-long.csv"), "--map", "value=nps"]
    assert run(parser.parse_args(bad), out, err) == 1
    assert "'nps' is not an indicator" in err.getvalue()


@st.composite
def weekly_samples(draw: st.DrawFn) -> Samples:
    count = draw(st.integers(0, 12))
    accounts = draw(st.lists(st.integers(1, 3), min_size=count, max_size=count))
    keys = draw(st.lists(st.sampled_from(["roi", "login_rate"]), min_size=count, max_size=count))
    days = draw(st.lists(st.integers(0, 30), min_size=count, max_size=count, unique=True))
    values = draw(st.lists(st.floats(0, 10), min_size=count, max_size=count))
    return Samples(
        np.array(accounts, dtype=np.int64),
        np.array(keys, dtype=object),
        np.array(days, dtype=np.int64),
        np.array(values, dtype=np.float64),
    )


@settings(max_examples=150, deadline=None)
@given(weekly_samples())
def test_each_day_takes_the_value_of_the_latest_week_covering_it(weeks: Samples) -> None:
    daily = spread_weeks(weeks)
    expected: dict[tuple[int, str, int], tuple[int, float]] = {}
    for account, key, start, value in zip(
        weeks.account_ids, weeks.keys, weeks.days, weeks.values, strict=True
    ):
        for day in range(int(start), int(start) + 7):
            cell = (int(account), str(key), day)
            if cell not in expected or expected[cell][0] < start:
                expected[cell] = (int(start), float(value))
    got = {
        (int(a), str(k), int(d)): float(v)
        for a, k, d, v in zip(daily.account_ids, daily.keys, daily.days, daily.values, strict=True)
    }
    assert len(got) == len(daily)  # one sample per account, indicator and day
    assert got == {cell: value for cell, (_, value) in expected.items()}

"""``cs-desktop health``, ``health validate`` and ``export portfolio``, run through ``cli.run``."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import jsonschema
import pytest

from cs_desktop.cli import build_parser, run
from cs_desktop.cli_health import ACCOUNT_SCHEMA, EXPORT_COLUMNS, VALIDATION_SCHEMA
from cs_desktop.db import open_store
from cs_desktop.demo import generate_portfolio
from cs_desktop.models import Stage
from tests.support.factories import add_account
from tests.support.health import add_samples


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(build_parser().parse_args(list(args)), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated book with enough renewals to validate the indicators."""
    path = tmp_path_factory.mktemp("cli-health") / "book.sqlite3"
    store = open_store(path)
    generate_portfolio(store, accounts=100, seed=7)
    store.close()
    return path


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """Two accounts: one on exactly half of the service weight, one on inquiries alone (5%)."""
    path = tmp_path / "small.sqlite3"
    store = open_store(path)
    yesterday = date.today() - timedelta(days=1)
    full = add_account(store, "Acme Robotics", domain="acme.example", stage=Stage.SERVICE)
    for key in ("login_rate", "feature_adoption", "goal_achievement_rate", "roi", "feedback_rate"):
        add_samples(store, full, key, (yesterday, 5.0))
    thin = add_account(store, "Thin Data Ltd", stage=Stage.SERVICE)
    add_samples(store, thin, "inquiry_count", (yesterday, 10.0))  # 100 points, 5 of 100 weight
    store.close()
    return path


def test_every_account_on_one_line(small: Path) -> None:
    code, out, _ = cli("--db", str(small), "health")

    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert "Acme Robotics" in lines[0]
    assert "5 of 11 indicators, 50% of the weight" in lines[0]
    assert "Thin Data Ltd" in lines[1]
    assert "Yellow" in lines[1]  # 100 points, but on 5% of the weight: never green
    assert "low confidence" in lines[1]


def test_one_account_as_json_follows_the_schema(small: Path) -> None:
    code, out, _ = cli("--db", str(small), "health", "acme.example", "--json")

    assert code == 0
    record = json.loads(out)
    jsonschema.validate(record, ACCOUNT_SCHEMA)
    assert record["name"] == "Acme Robotics"
    assert record["score"] == 100
    assert record["band"] == "green"
    assert record["confidence"] == {
        "indicators_present": 5,
        "indicators_scored": 11,
        "weight_share": 0.5,
        "threshold": 0.5,
        "low": False,
    }
    by_key = {item["key"]: item for item in record["indicators"]}
    assert by_key["login_rate"] == {
        "key": "login_rate",
        "label": "Login rate",
        "value": 5.0,
        "points": 100.0,
        "weight": 15.0,
        "missing": False,
    }
    assert by_key["dm_meeting_recency"]["missing"] is True
    assert sum(item["weight"] for item in record["indicators"]) == 100


def test_every_account_as_a_json_array(book: Path) -> None:
    code, out, _ = cli("--db", str(book), "health", "--json")

    assert code == 0
    records = json.loads(out)
    assert len(records) == 100
    jsonschema.validate(records, {"type": "array", "items": ACCOUNT_SCHEMA})
    for record in records:
        if record["confidence"]["low"]:
            assert record["band"] != "green"


def test_one_account_as_text_lists_its_indicators(small: Path) -> None:
    code, out, _ = cli("--db", str(small), "health", "thin")

    assert code == 0
    assert out.splitlines()[0] == "Thin Data Ltd (#2), Service stage"
    assert "based on: 1 of 11 indicators, 5% of the weight, low confidence" in out
    assert "Login rate" in out
    assert "missing" in out


def test_an_unknown_or_ambiguous_account_is_refused(small: Path) -> None:
    assert cli("--db", str(small), "health", "Globex")[2] == (
        "cs-desktop: error: no account matches 'Globex'\n"
    )
    code, _, err = cli("--db", str(small), "health", "t")
    assert code == 1
    assert "matches several accounts: Acme Robotics (#1), Thin Data Ltd (#2)" in err


def test_validation_as_json_follows_the_schema(book: Path) -> None:
    code, out, _ = cli("--db", str(book), "health", "validate", "--json")

    assert code == 0
    report = json.loads(out)
    jsonschema.validate(report, VALIDATION_SCHEMA)
    assert report["score"]["enough_data"]
    assert report["score"]["ci_low"] <= report["score"]["auc"] <= report["score"]["ci_high"]


def test_validation_without_renewals_says_not_enough_data(small: Path) -> None:
    code, out, _ = cli("--db", str(small), "health", "validate")

    assert code == 0
    assert "0 renewals" in out.splitlines()[0]
    assert "health score" in out
    assert "not enough data (0 retained, 0 churned)" in out


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_portfolio(small: Path, tmp_path: Path, suffix: str) -> None:
    import pandas as pd

    target = tmp_path / f"portfolio{suffix}"
    code, out, _ = cli("--db", str(small), "export", "portfolio", "--out", str(target))

    assert code == 0
    assert out == f"Portfolio written to {target}: 2 accounts.\n"
    frame = pd.read_csv(target) if suffix == ".csv" else pd.read_excel(target)
    assert list(frame.columns) == list(EXPORT_COLUMNS)
    assert frame["Account"].tolist() == ["Acme Robotics", "Thin Data Ltd"]
    assert frame["Band"].tolist() == ["green", "yellow"]
    assert frame["Low confidence"].tolist() == [False, True]


def test_export_refuses_other_formats(small: Path, tmp_path: Path) -> None:
    target = tmp_path / "portfolio.json"
    code, _, err = cli("--db", str(small), "export", "portfolio", "--out", str(target))

    assert code == 1
    assert err == (
        "cs-desktop: error: cannot write 'portfolio.json': --out must end in .xlsx or .csv "
        "(not .json)\n"
    )
    assert not target.exists()

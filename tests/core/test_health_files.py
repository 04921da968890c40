"""Scorecard and playbook files: the shipped ones load; broken ones fail with a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from cs_desktop.health.playbooks import PlaybookError, RuleKind, load_playbooks
from cs_desktop.health.scorecard import ScorecardError, load_scorecards
from cs_desktop.models import Stage
from tests.support.health import write_scorecards


def test_shipped_scorecards_cover_every_stage_and_weigh_by_stage() -> None:
    cards = load_scorecards()
    assert set(cards.scorecards) == set(Stage)
    delivery = {s.key: s.weight for s in cards.for_stage(Stage.DELIVERY).indicators}
    value = {s.key: s.weight for s in cards.for_stage(Stage.VALUE).indicators}
    assert max(delivery, key=delivery.__getitem__) == "milestone_completion"
    assert max(value, key=value.__getitem__) == "goal_achievement_rate"
    groups = {s.group.value for card in cards.scorecards.values() for s in card.indicators}
    assert {"outcomes", "usage", "communication", "satisfaction"} <= groups


def test_shipped_playbooks_cover_the_four_early_warnings() -> None:
    kinds = {book.rule.kind for book in load_playbooks()}
    assert kinds == set(RuleKind)


@pytest.mark.parametrize(
    ("replace", "by", "message"),
    [
        ("login_rate =", "login_rte =", "unknown indicator 'login_rte'"),
        ("weight = 3", "weight = -3", "weight must be positive"),
        ("linear = [0.0, 1.0] }\nfeature", "linear = [1.0, 0.0] }\nfeature", "low < high"),
        ("points = [100, 50, 0]", "points = [0, 50, 100]", "points must not increase"),
        ("points = [100, 50, 0]", "points = [100, 0]", "one more entry than thresholds"),
        ('stage = "service"', 'stage = "renewal"', "stage must be one of"),
        ('stage = "service"', 'stage = "value"', "already has a scorecard"),
        ("red_below = 40", "red_below = 80", "red_below <= green_from"),
        ("[scorecard.indicators]", "colour = 1\n[scorecard.indicators]", "unknown key(s) colour"),
        ("= [30, 60]", "= [60, 30]", "strictly ascending"),
    ],
)
def test_invalid_scorecard_names_the_file_and_key(
    tmp_path: Path, replace: str, by: str, message: str
) -> None:
    folder = write_scorecards(tmp_path)
    path = folder / "service.toml"
    text = path.read_text(encoding="utf-8")
    assert replace in text
    path.write_text(text.replace(replace, by, 1), encoding="utf-8")
    with pytest.raises(ScorecardError, match=r"service\.toml") as error:
        load_scorecards(folder)
    assert message in str(error.value)


def test_a_stage_without_scorecard_is_refused(tmp_path: Path) -> None:
    folder = write_scorecards(tmp_path)
    (folder / "sales.toml").unlink()
    with pytest.raises(ScorecardError, match="no scorecard for stage"):
        load_scorecards(folder)


def test_broken_toml_is_refused(tmp_path: Path) -> None:
    folder = write_scorecards(tmp_path)
    (folder / "value.toml").write_text("[scorecard\n", encoding="utf-8")
    with pytest.raises(ScorecardError, match=r"value.toml: not valid TOML"):
        load_scorecards(folder)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[playbook]\nkey = "x"\ntitle = "X"\nrule = { kind = "moon" }', "rule.kind must be"),
        (
            '[playbook]\nkey = "x"\ntitle = "X"\nrule = { kind = "score_drop", points = 15 }',
            "takes points, days",
        ),
        (
            '[playbook]\nkey = "x"\ntitle = "X"\nrule = { kind = "unsatisfied_pulses", count = 2 }',
            "at least one",
        ),
    ],
)
def test_invalid_playbook_is_refused(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "bad.toml").write_text(text, encoding="utf-8")
    with pytest.raises(PlaybookError, match=r"bad\.toml") as error:
        load_playbooks(tmp_path)
    assert message in str(error.value)

"""How much data a score stands on, and why a low-confidence score is never green."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cs_desktop.health.dto import Band
from cs_desktop.health.inputs import STAGES, Events, HealthInputs
from cs_desktop.health.portfolio import assemble, stage_weights
from cs_desktop.health.scorecard import ScorecardError, load_scorecards
from cs_desktop.health.service import default_scorecards
from tests.support.health import write_scorecards

CARDS = default_scorecards()
KEYS = CARDS.indicator_keys
TODAY = date(2025, 3, 1)


def _portfolio(stage_codes: list[int], present: np.ndarray, scores: list[float]):
    count = len(stage_codes)
    stage = np.repeat(np.array(stage_codes, dtype=np.int8)[:, None], 2, axis=1)
    inputs = HealthInputs(
        TODAY,
        2,
        np.arange(1, count + 1, dtype=np.int64),
        stage,
        {},
        Events.empty(),
        Events.empty(),
        Events.empty(),
        Events.empty(),
        np.zeros(count, dtype=np.int32),
        complete=False,
    )
    score = np.repeat(np.array(scores, dtype=np.float32)[:, None], 2, axis=1)
    return assemble(inputs, CARDS, score, present)


accounts = st.lists(
    st.tuples(
        st.integers(0, len(STAGES) - 1),
        st.lists(st.booleans(), min_size=len(KEYS), max_size=len(KEYS)),
        st.floats(0, 100, width=32),
    ),
    min_size=1,
    max_size=20,
)


@settings(max_examples=200, deadline=None)
@given(accounts)
def test_confidence_is_the_share_of_the_weight_present(drawn) -> None:
    stages = [stage for stage, _, _ in drawn]
    present = np.array([mask for _, mask, _ in drawn], dtype=bool).T  # (indicator, account)
    portfolio = _portfolio(stages, present, [score for _, _, score in drawn])
    weights = stage_weights(CARDS)

    for row, health in enumerate(portfolio.accounts):
        scored = weights[stages[row]] > 0
        carried = weights[stages[row]][scored & present[:, row]].sum()
        confidence = health.confidence
        assert confidence.scored == scored.sum()
        assert confidence.present == (scored & present[:, row]).sum()
        assert confidence.weight_share == pytest.approx(carried / weights[stages[row]].sum())
        assert 0 <= confidence.weight_share <= 1
        assert confidence.threshold == CARDS.for_stage(STAGES[stages[row]]).low_confidence_below
        assert health.low_confidence == (confidence.weight_share < confidence.threshold)
        if health.low_confidence:
            assert health.band is not Band.GREEN
        assert len(health.missing) == confidence.scored - confidence.present


def test_a_low_confidence_green_score_is_capped_at_yellow() -> None:
    service = STAGES.index(STAGES[2])
    present = np.zeros((len(KEYS), 2), dtype=bool)
    present[KEYS.index("login_rate"), :] = True  # 15 of the service card's 100: low
    more = ("feature_adoption", "goal_achievement_rate", "roi", "question_response_rate")
    present[[KEYS.index(k) for k in more], 1] = True  # 55 of 100: enough

    low, enough = _portfolio([service, service], present, [95.0, 95.0]).accounts

    assert low.low_confidence
    assert low.band is Band.YELLOW
    assert low.score == 95.0  # the score itself is not touched, only how it is shown
    assert (low.confidence.present, low.confidence.scored) == (1, 11)
    assert low.confidence.weight_share == pytest.approx(0.15)
    assert not enough.low_confidence
    assert enough.band is Band.GREEN
    assert enough.confidence.weight_share == pytest.approx(0.55)


@pytest.mark.parametrize("value", ["1.5", "-0.1", '"half"'])
def test_the_threshold_is_validated_on_load(tmp_path: Path, value: str) -> None:
    folder = write_scorecards(tmp_path / "cards")
    card = folder / "service.toml"
    card.write_text(
        card.read_text().replace(
            "[scorecard]\n", f"[scorecard]\nlow_confidence_below = {value}\n", 1
        )
    )

    with pytest.raises(ScorecardError, match=r"service\.toml: .*low_confidence_below"):
        load_scorecards(folder)


def test_the_threshold_defaults_to_half_the_weight(tmp_path: Path) -> None:
    cards = load_scorecards(write_scorecards(tmp_path / "cards"))

    assert {card.low_confidence_below for card in cards.scorecards.values()} == {0.5}

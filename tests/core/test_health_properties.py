"""Properties of the score over random inputs: bounded, monotone, explanations add up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from cs_desktop.health.explain import explain_change
from cs_desktop.health.inputs import SAMPLE_KEYS, Events, HealthInputs
from cs_desktop.health.scorecard import load_scorecards
from cs_desktop.health.service import detail_from_inputs

CARDS = load_scorecards()  # the shipped scorecards
DAYS = 120
TODAY = date(2025, 6, 30)

samples = st.lists(
    st.tuples(st.integers(-21, DAYS - 1), st.floats(-1, 12, allow_nan=False)),
    max_size=12,
    unique_by=lambda sample: sample[0],
)
events = st.lists(st.tuples(st.integers(-200, DAYS - 1), st.sampled_from([0.0, 1.0])), max_size=8)


def _events(items: list[tuple[int, float]]) -> Events:
    ordered = sorted(items)
    return Events(
        np.zeros(len(ordered), np.int32),
        np.array([d for d, _ in ordered], np.int32),
        np.array([v for _, v in ordered], np.float64),
    )


@st.composite
def account_inputs(draw: st.DrawFn) -> HealthInputs:
    stage = np.full((1, DAYS), draw(st.integers(0, 3)), np.int8)
    switch = draw(st.integers(0, DAYS))
    stage[0, switch:] = draw(st.integers(0, 3))
    return HealthInputs(
        TODAY,
        DAYS,
        np.array([1], np.int64),
        stage,
        {key: _events(draw(samples)) for key in SAMPLE_KEYS},
        _events(draw(events)),
        _events(draw(events)),
        _events(draw(events)),
        _events(draw(events)),
        np.array([0], np.int32),
    )


@settings(max_examples=60, deadline=None)
@given(account_inputs())
def test_score_stays_between_0_and_100(inputs: HealthInputs) -> None:
    detail = detail_from_inputs(inputs, CARDS)
    scores = np.array([np.nan if s is None else s for s in detail.scores])
    known = scores[~np.isnan(scores)]
    assert np.all((known >= 0) & (known <= 100.0001))


@settings(max_examples=60, deadline=None)
@given(account_inputs(), st.sampled_from(SAMPLE_KEYS), st.floats(0, 5))
def test_improving_a_positive_indicator_never_lowers_the_score(
    inputs: HealthInputs, key: str, lift: float
) -> None:
    # Every stored indicator is "higher is better" in the shipped scorecards.
    before = detail_from_inputs(inputs, CARDS).scores
    raised = inputs.samples[key]
    better = replace(
        inputs, samples={**inputs.samples, key: replace(raised, values=raised.values + lift)}
    )
    after = detail_from_inputs(better, CARDS).scores
    for old, new in zip(before, after, strict=True):
        assert (old is None) == (new is None)
        if old is not None and new is not None:
            assert new >= old - 1e-3


@settings(max_examples=60, deadline=None)
@given(account_inputs(), st.integers(0, DAYS - 1), st.integers(0, DAYS - 1))
def test_explanation_contributions_sum_to_the_change(
    inputs: HealthInputs, first: int, second: int
) -> None:
    detail = detail_from_inputs(inputs, CARDS)
    start = detail.start
    explanation = explain_change(
        detail, start + timedelta(days=first), start + timedelta(days=second)
    )
    if explanation.change is None:
        assert explanation.contributions == ()
        return
    total = sum(part.change for part in explanation.contributions)
    assert abs(total - explanation.change) < 1e-3

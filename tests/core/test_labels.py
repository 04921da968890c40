"""The domain's words: every value of every enum has a label in every language."""

# Japanese and Chinese use full-width punctuation, which is not a mistake.

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

import pytest

from cs_desktop import labels
from cs_desktop.health.dto import Band
from cs_desktop.health.scorecard import INDICATOR_CATALOG, Group
from cs_desktop.i18n import LANGUAGES, Lang
from cs_desktop.vocabulary import (
    ChurnReason,
    ObjectiveStatus,
    RenewalOutcome,
    RiskCategory,
    RiskStatus,
    Satisfaction,
    Stage,
    StakeholderRole,
    Tier,
    TouchpointKind,
)

LABELLED: list[tuple[type[StrEnum], Callable[..., str]]] = [
    (Stage, labels.stage_label),
    (Tier, labels.tier_label),
    (TouchpointKind, labels.kind_label),
    (StakeholderRole, labels.role_label),
    (ObjectiveStatus, labels.objective_status_label),
    (RenewalOutcome, labels.outcome_label),
    (ChurnReason, labels.churn_reason_label),
    (RiskCategory, labels.risk_category_label),
    (RiskStatus, labels.risk_status_label),
    (Satisfaction, labels.satisfaction_label),
    (Band, labels.band_label),
    (Group, labels.indicator_group_label),
]


@pytest.mark.parametrize(("enum", "label"), LABELLED, ids=lambda x: getattr(x, "__name__", ""))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_value_has_its_own_label_in_every_language(
    enum: type[StrEnum], label: Callable[[Any, Lang], str], lang: Lang
) -> None:
    names = [label(value, lang) for value in enum]
    assert all(name.strip() for name in names)
    assert len(set(names)) == len(names), names  # no two values read alike
    if lang != "en":  # translated, not the English word (acronyms aside)
        english = [label(value, "en") for value in enum]
        assert sum(a == b for a, b in zip(names, english, strict=True)) <= 1, names


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_catalog_indicator_has_a_label(lang: Lang) -> None:
    assert set(labels.INDICATOR_KEYS) == set(INDICATOR_CATALOG)
    names = [labels.indicator_label(key, lang) for key in INDICATOR_CATALOG]
    assert len(set(names)) == len(names)


def test_a_loss_without_a_reason_and_an_unknown_indicator_read_as_words() -> None:
    assert labels.churn_reason_label(None) == "Not recorded"
    assert labels.churn_reason_label(None, "ja") == "未記録"
    assert labels.indicator_label("nps_score") == "Nps score"
    assert labels.band_label(None, "zh-Hant") == "無分數"

"""The workspace names the domain's values with the core's words, in every language.

``ui.account.labels`` keeps its functions for the widgets but has no table of its own: the
core's catalog (``cs_desktop.labels``) is the one home of these words.
"""

# Japanese and Chinese use full-width punctuation, which is not a mistake.

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from cs_desktop import labels as core
from cs_desktop.health.scorecard import INDICATOR_CATALOG, load_scorecards
from cs_desktop.i18n import LANGUAGES, Lang, set_language
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
from ui.account import labels as ui
from ui.health import formatting

PAIRS: list[tuple[type[StrEnum], Callable[[Any], str], Callable[[Any, Lang], str]]] = [
    (Stage, ui.stage_label, core.stage_label),
    (Tier, ui.tier_label, core.tier_label),
    (TouchpointKind, ui.kind_label, core.kind_label),
    (StakeholderRole, ui.role_label, core.role_label),
    (ObjectiveStatus, ui.status_label, core.objective_status_label),
    (RenewalOutcome, ui.outcome_label, core.outcome_label),
    (ChurnReason, ui.reason_label, core.churn_reason_label),
    (RiskCategory, ui.risk_category_label, core.risk_category_label),
    (RiskStatus, ui.risk_status_label, core.risk_status_label),
    (Satisfaction, ui.satisfaction_label, core.satisfaction_label),
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ui_labels_are_the_cores_for_every_value(qapp: QApplication, lang: Lang) -> None:
    set_language(lang)
    for enum, shown, words in PAIRS:
        for value in enum:
            assert shown(value) == words(value, lang), (enum.__name__, value)
    for key in INDICATOR_CATALOG:
        assert ui.indicator_label(key) == core.indicator_label(key, lang)
        assert INDICATOR_CATALOG[key].label == core.indicator_label(key, lang)
    assert ui.reason_label(None) == core.churn_reason_label(None, lang)
    for band in ("red", "yellow", "green", None):
        assert formatting.band_label(band) == core.band_label(band, lang)


def test_every_scorecard_indicator_has_a_label(qapp: QApplication) -> None:
    """The shipped scorecards (resources/scorecards) name only indicators the catalog labels."""
    cards = load_scorecards()
    for card in cards.scorecards.values():
        for spec in card.indicators:
            assert spec.key in INDICATOR_CATALOG, spec.key
            assert ui.indicator_label(spec.key) == spec.label == INDICATOR_CATALOG[spec.key].label


def test_an_imported_indicator_reads_as_words(qapp: QApplication) -> None:
    assert ui.indicator_label("nps_score") == "Nps score"


def test_the_renewal_countdown_counts_in_the_language(qapp: QApplication) -> None:
    today = date(2026, 12, 2)
    assert ui.renewal_countdown(date(2027, 3, 5), today) == ("renews in 93 days", True)
    assert ui.renewal_countdown(date(2026, 12, 1), today) == ("renewal overdue by 1 day", True)
    assert ui.renewal_countdown(None, today) == ("no renewal date", False)
    set_language("ja")
    assert ui.renewal_countdown(date(2027, 12, 2), today) == ("365 日後に更新", False)

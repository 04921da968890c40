"""Indicator names come from the health core's catalog, so the UI cannot name one differently."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from cs_desktop.health.scorecard import INDICATOR_CATALOG, load_scorecards
from ui.account.labels import indicator_label


@pytest.mark.parametrize("key", sorted(INDICATOR_CATALOG))
def test_every_catalog_indicator_has_its_catalog_label(qapp: QApplication, key: str) -> None:
    assert indicator_label(key) == INDICATOR_CATALOG[key].label


def test_every_scorecard_indicator_has_a_label(qapp: QApplication) -> None:
    """The shipped scorecards (resources/scorecards) name only indicators the catalog labels."""
    cards = load_scorecards()
    for card in cards.scorecards.values():
        for spec in card.indicators:
            assert spec.key in INDICATOR_CATALOG, spec.key
            assert indicator_label(spec.key) == spec.label == INDICATOR_CATALOG[spec.key].label


def test_an_imported_indicator_reads_as_words(qapp: QApplication) -> None:
    assert indicator_label("nps_score") == "Nps score"

"""The indicators measured as dated samples, known to every layer that writes or reads them.

The health scorecard (``cs_desktop.health.scorecard.INDICATOR_CATALOG``) describes every
indicator; the ones below are those read from ``health_sample`` rows. The usage import and
"Record a measurement" write exactly these keys, and they sit here, in the core root, because
the importer and health are siblings that must not import each other. A test keeps this list
and the catalog in step.
"""

from __future__ import annotations

from collections.abc import Mapping

from cs_desktop.i18n import _
from cs_desktop.labels import indicator_label

_SAMPLED = (
    "goal_achievement_rate",
    "roi",
    "login_rate",
    "feature_adoption",
    "inquiry_count",
    "question_response_rate",
    "feedback_rate",
    "event_participation",
)
SAMPLE_INDICATORS: Mapping[str, str] = {key: indicator_label(key, "en") for key in _SAMPLED}
"""Indicator key to its English label, for every indicator stored as daily samples.

The English labels are also spellings an import recognises in a file's headers; the label a user
reads comes from :func:`cs_desktop.labels.indicator_label` in their language.
"""

# Indicators whose value may be below zero: a return on investment can be a loss.
SIGNED_INDICATORS = frozenset({"roi"})


def unknown_indicator_message(key: str) -> str:
    """``'login rate' is not a measured indicator; known: goal_achievement_rate, roi, ...``."""
    return _("{key} is not a measured indicator; known: {known}").format(
        key=repr(key), known=", ".join(SAMPLE_INDICATORS)
    )

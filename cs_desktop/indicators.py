"""The indicators measured as dated samples, known to every layer that writes or reads them.

The health scorecard (``cs_desktop.health.scorecard.INDICATOR_CATALOG``) describes every
indicator; the ones below are those read from ``health_sample`` rows. The usage import and
"Record a measurement" write exactly these keys, and they sit here, in the core root, because
the importer and health are siblings that must not import each other. A test keeps this list
and the catalog in step.
"""

from __future__ import annotations

from collections.abc import Mapping

SAMPLE_INDICATORS: Mapping[str, str] = {
    "goal_achievement_rate": "Goal achievement",
    "roi": "ROI",
    "login_rate": "Login rate",
    "feature_adoption": "Feature adoption",
    "inquiry_count": "Inquiries",
    "question_response_rate": "Question response",
    "feedback_rate": "Feedback rate",
    "event_participation": "Event participation",
}
"""Indicator key to its English label, for every indicator stored as daily samples."""

# Indicators whose value may be below zero: a return on investment can be a loss.
SIGNED_INDICATORS = frozenset({"roi"})


def unknown_indicator_message(key: str) -> str:
    """``'login rate' is not an indicator; known: goal_achievement_rate, roi, ...``."""
    return f"{key!r} is not a measured indicator; known: {', '.join(SAMPLE_INDICATORS)}"

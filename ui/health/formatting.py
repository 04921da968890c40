"""Numbers and words of the health views: scores, trends, rates, bands, groups.

Money is shown by :func:`cs_desktop.money.format_money`, with its currency.

Words are translated at call time (not at import), so a language chosen later still applies;
numbers follow the language's locale. The domain's words (bands, indicator groups, stages)
come from the core's ``cs_desktop.labels``.
"""

from __future__ import annotations

from collections.abc import Collection

from cs_desktop import labels
from cs_desktop.vocabulary import Stage
from ui.account.labels import stage_label
from ui.translation import number, translation_context

Confidence = translation_context("Confidence")
Health = translation_context("Health")

BAND_COLOURS = {"red": "#c62828", "yellow": "#b7791f", "green": "#2e7d32"}
_PERCENT_KEYS = ("rate", "adoption", "participation", "satisfaction", "completion")
MINUS = "\u2212"
TIMES = "\u00d7"
EN_DASH = "\u2013"


def band_label(band: object) -> str:
    return labels.band_label(None if band is None else str(band))


def group_label(group: object) -> str:
    return labels.indicator_group_label(str(group))


LOW_CONFIDENCE_COLOUR = "#8a8a8a"


def confidence_text(present: int, scored: int, weight_share: float) -> str:
    """How much data a score stands on: "7 of 11 indicators, 80% of the weight"."""
    return (
        Confidence.tr("%1 of %Ln indicator(s), %2 of the weight", "", scored)
        .replace("%1", number(present))
        .replace("%2", percent(weight_share, 0))
    )


def low_confidence_note(threshold: float) -> str:
    return Confidence.tr(
        "Low confidence: the inputs present carry less than %1 of the weight, "
        "so the score is never shown green."
    ).replace("%1", percent(threshold, 0))


def low_confidence_label() -> str:
    return Confidence.tr("low confidence")


def score_text(score: float | None) -> str:
    return "—" if score is None else f"{score:.0f}"


def signed(value: float | None, digits: int = 1) -> str:
    """``+3.2``, or a real minus sign for a fall; an em dash when unknown."""
    if value is None:
        return "—"
    text = f"{abs(value):.{digits}f}"
    if float(text) == 0:
        return f"±{text}"
    return f"+{text}" if value > 0 else f"{MINUS}{text}"


def percent(value: float | None, digits: int = 1) -> str:
    """A share (0.8) as the language writes a percentage: ``80.0%``."""
    if value is None:
        return "—"
    return Health.tr("%1%", "a percentage").replace("%1", number(100 * value, digits))


def indicator_value(key: str, value: float | None) -> str:
    """A raw indicator value in its own unit: rates as percentages, ROI as a multiple."""
    if value is None:
        return Health.tr("missing")
    if key == "roi":
        return f"{number(value, 1)}{TIMES}"
    if key == "dm_meeting_recency":
        return Health.tr("%Ln day(s)", "", round(value))
    if any(part in key for part in _PERCENT_KEYS):
        return percent(value, 0)
    return number(value, 0)


def stage_names(stages: Collection[Stage]) -> str:
    """``Service or Value`` in lifecycle order."""
    chosen = [stage_label(stage) for stage in Stage if stage in stages]
    if len(chosen) < 2:
        return "".join(chosen)
    return (
        Health.tr("%1 or %2")
        .replace("%1", Health.tr(", ").join(chosen[:-1]))
        .replace("%2", chosen[-1])
    )

"""Numbers and words of the health views: scores, trends, rates, bands, groups, money.

Text goes through ``QCoreApplication.translate`` at call time, as ``ui.account.labels`` does;
the domain's words (bands, indicator groups, stages) come from the core's ``cs_desktop.labels``.
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from cs_desktop import labels
from cs_desktop.vocabulary import Stage

BAND_COLOURS = {"red": "#c62828", "yellow": "#b7791f", "green": "#2e7d32"}
_PERCENT_KEYS = ("rate", "adoption", "participation", "satisfaction", "completion")
MINUS = "\u2212"
TIMES = "\u00d7"
EN_DASH = "\u2013"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def band_label(band: object) -> str:
    return labels.band_label(None if band is None else str(band))


def group_label(group: object) -> str:
    return labels.indicator_group_label(str(group))


def indicator_name(label: str) -> str:
    """An indicator's label from the core (already in the app's language), as shown."""
    return label


LOW_CONFIDENCE_COLOUR = "#8a8a8a"


def confidence_text(present: int, scored: int, weight_share: float) -> str:
    """How much data a score stands on: "7 of 11 indicators, 80% of the weight"."""
    return (
        tr("Confidence", "%1 of %2 indicators, %3% of the weight")
        .replace("%1", str(present))
        .replace("%2", str(scored))
        .replace("%3", f"{100 * weight_share:.0f}")
    )


def low_confidence_note(threshold: float) -> str:
    return tr(
        "Confidence",
        "Low confidence: the inputs present carry less than %1% of the weight, "
        "so the score is never shown green.",
    ).replace("%1", f"{100 * threshold:.0f}")


def low_confidence_label() -> str:
    return tr("Confidence", "low confidence")


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
    return "—" if value is None else f"{100 * value:.{digits}f}%"


def indicator_value(key: str, value: float | None) -> str:
    """A raw indicator value in its own unit: rates as percentages, ROI as a multiple."""
    if value is None:
        return tr("Health", "missing")
    if key == "roi":
        return f"{value:.1f}{TIMES}"
    if key == "dm_meeting_recency":
        return tr("Health", "%1 days").replace("%1", f"{value:.0f}")
    if any(part in key for part in _PERCENT_KEYS):
        return percent(value, 0)
    return f"{value:.0f}"


def amount(value: Decimal | float) -> str:
    return f"{value:,.0f}"


def stage_names(stages: Collection[Stage]) -> str:
    """``Service or Value`` in lifecycle order."""
    chosen = [stage for stage in Stage if stage in stages]
    return f" {tr('Health', 'or')} ".join(labels.stage_label(s) for s in chosen)

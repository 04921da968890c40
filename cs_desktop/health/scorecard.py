"""Scorecards as data: loading and validating ``resources/scorecards/*.toml``.

A scorecard says, for one lifecycle stage, which indicators count, how each raw value becomes
0-100 points (a linear range or thresholds, with a direction) and how much each weighs. The
success model (what a "successful account" is) lives in the same folder. Every problem in a file
is reported with the file and the key at fault, so whoever edits the TOML can fix it.
"""

from __future__ import annotations

import itertools
import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from cs_desktop.i18n import N_, _
from cs_desktop.labels import indicator_label
from cs_desktop.local_text import LocalText, LocalTextError, local_text
from cs_desktop.models import Stage
from cs_desktop.paths import resources_dir


class ScorecardError(ValueError):
    """A scorecard or success model file is invalid; the message names the file and the key."""


class Group(StrEnum):
    OUTCOMES = "outcomes"
    USAGE = "usage"
    COMMUNICATION = "communication"
    SATISFACTION = "satisfaction"
    DELIVERY = "delivery"


class Source(StrEnum):
    """Where an indicator's daily value comes from."""

    SAMPLE = "sample"  # health_sample rows, forward-filled until stale
    DM_RECENCY = "dm_recency"  # days since a decision maker or economic buyer met us
    PRODUCT_PULSE = "product_pulse"  # share of "yes" product pulses in a trailing window
    SERVICE_PULSE = "service_pulse"  # share of "yes" service pulses in a trailing window
    MILESTONES = "milestones"  # share of milestones due so far that are done


@dataclass(frozen=True)
class IndicatorInfo:
    key: str
    group: Group
    source: Source

    @property
    def label(self) -> str:
        """The indicator's name in the app's language (``cs_desktop.labels``)."""
        return indicator_label(self.key)


# The indicators the app knows how to read. A scorecard naming anything else is refused, so a
# typo is an error on load rather than an indicator silently shown as missing forever.
INDICATOR_CATALOG: Mapping[str, IndicatorInfo] = {
    info.key: info
    for info in (
        IndicatorInfo("goal_achievement_rate", Group.OUTCOMES, Source.SAMPLE),
        IndicatorInfo("roi", Group.OUTCOMES, Source.SAMPLE),
        IndicatorInfo("login_rate", Group.USAGE, Source.SAMPLE),
        IndicatorInfo("feature_adoption", Group.USAGE, Source.SAMPLE),
        IndicatorInfo("inquiry_count", Group.USAGE, Source.SAMPLE),
        IndicatorInfo("question_response_rate", Group.COMMUNICATION, Source.SAMPLE),
        IndicatorInfo("feedback_rate", Group.COMMUNICATION, Source.SAMPLE),
        IndicatorInfo("event_participation", Group.COMMUNICATION, Source.SAMPLE),
        IndicatorInfo("dm_meeting_recency", Group.COMMUNICATION, Source.DM_RECENCY),
        IndicatorInfo("product_satisfaction", Group.SATISFACTION, Source.PRODUCT_PULSE),
        IndicatorInfo("service_satisfaction", Group.SATISFACTION, Source.SERVICE_PULSE),
        IndicatorInfo("milestone_completion", Group.DELIVERY, Source.MILESTONES),
    )
}


class Direction(StrEnum):
    HIGHER = "higher"  # a higher raw value is healthier
    LOWER = "lower"  # a lower raw value is healthier (e.g. days since a meeting)


@dataclass(frozen=True)
class Linear:
    """``low`` maps to 0 points and ``high`` to 100 (reversed for ``Direction.LOWER``)."""

    low: float
    high: float


@dataclass(frozen=True)
class Thresholds:
    """Step points: ``bounds`` ascending, ``points`` one longer (one per interval).

    For ``higher`` a value equal to a bound is in the upper interval; for ``lower`` in the lower
    one, so ``bounds = [30, 60]`` with ``lower`` reads "30 days or fewer", "60 or fewer", "more".
    """

    bounds: tuple[float, ...]
    points: tuple[float, ...]


@dataclass(frozen=True)
class IndicatorSpec:
    key: str
    group: Group
    source: Source
    weight: float
    direction: Direction
    normalisation: Linear | Thresholds

    @property
    def label(self) -> str:
        """The indicator's name in the app's language."""
        return indicator_label(self.key)


@dataclass(frozen=True)
class Bands:
    """A score below ``red_below`` is red, at or above ``green_from`` green, yellow between."""

    red_below: float = 40.0
    green_from: float = 70.0


@dataclass(frozen=True)
class Scorecard:
    stage: Stage
    title: LocalText
    indicators: tuple[IndicatorSpec, ...]
    bands: Bands
    source: str  # the file it came from, for messages
    # A score whose present inputs carry less than this share of the weight is low-confidence:
    # it is shown marked as such and never green.
    low_confidence_below: float = 0.5


@dataclass(frozen=True)
class Window:
    """How long inputs stay valid: beyond these, an input counts as missing, never as zero."""

    sample_stale_after_days: int = 21
    pulse_window_days: int = 180


@dataclass(frozen=True)
class SuccessModel:
    """What a "successful account" is (the essays' success model).

    An account is successful on a day when it is in one of ``stages``, its score has been at least
    ``min_score`` on each of the last ``sustained_days`` days, and every raw indicator named in
    ``min_values`` is at least that value (``max_values``: at most).
    """

    title: LocalText
    stages: frozenset[Stage]
    min_score: float
    sustained_days: int
    min_values: Mapping[str, float]
    max_values: Mapping[str, float]


@dataclass(frozen=True)
class ScorecardSet:
    """The scorecard of each stage, the input windows and the success model."""

    scorecards: Mapping[Stage, Scorecard]
    window: Window
    success: SuccessModel

    def for_stage(self, stage: Stage) -> Scorecard:
        return self.scorecards[stage]

    @property
    def indicator_keys(self) -> tuple[str, ...]:
        """Every indicator some stage uses, in catalog order."""
        used = {spec.key for card in self.scorecards.values() for spec in card.indicators}
        return tuple(key for key in INDICATOR_CATALOG if key in used)


def scorecards_dir() -> Path:
    return resources_dir() / "scorecards"


def load_scorecards(directory: Path | None = None) -> ScorecardSet:
    """Read and validate every ``*.toml`` in ``directory`` (default: the shipped scorecards).

    Each file holds either a ``[scorecard]`` for one stage, ``[window]`` settings, or a
    ``[success_model]``. Every stage needs exactly one scorecard.

    Raises:
        ScorecardError: a file cannot be parsed or breaks a rule; the message says where.
    """
    folder = directory or scorecards_dir()
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise ScorecardError(_("{folder}: no scorecard files (*.toml) found").format(folder=folder))
    scorecards: dict[Stage, Scorecard] = {}
    window: Window | None = None
    success: SuccessModel | None = None
    for path in files:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise ScorecardError(
                _("{file}: not valid TOML: {reason}").format(file=path.name, reason=error)
            ) from error
        # [touch_cadence] is My day's (cs_desktop.my_day): the settings file holds both.
        _only_keys(data, {"scorecard", "window", "success_model", "touch_cadence"}, path.name)
        if "scorecard" in data:
            card = _parse_scorecard(data["scorecard"], path.name)
            if card.stage in scorecards:
                raise ScorecardError(
                    _("{file}: stage {stage} already has a scorecard in {other}").format(
                        file=path.name,
                        stage=repr(card.stage.value),
                        other=scorecards[card.stage].source,
                    )
                )
            scorecards[card.stage] = card
        if "window" in data:
            if window is not None:
                raise ScorecardError(
                    _("{file}: [window] is defined in more than one file").format(file=path.name)
                )
            window = _parse_window(data["window"], path.name)
        if "success_model" in data:
            if success is not None:
                raise ScorecardError(
                    _("{file}: [success_model] is defined more than once").format(file=path.name)
                )
            success = _parse_success(data["success_model"], path.name)
    missing = [stage.value for stage in Stage if stage not in scorecards]
    if missing:
        raise ScorecardError(
            _("{folder}: no scorecard for stage(s) {stages}").format(
                folder=folder, stages=", ".join(missing)
            )
        )
    if success is None:
        raise ScorecardError(_("{folder}: no [success_model] defined").format(folder=folder))
    return ScorecardSet(scorecards, window or Window(), success)


def _only_keys(table: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ScorecardError(
            _("{where}: unknown key(s) {keys}; expected {allowed}").format(
                where=where, keys=", ".join(unknown), allowed=", ".join(sorted(allowed))
            )
        )


def _table(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ScorecardError(_("{where}: expected a table").format(where=where))
    return value


def _text(value: object, where: str) -> LocalText:
    try:
        return local_text(value, where)
    except LocalTextError as error:
        raise ScorecardError(str(error)) from None


def _number(table: Mapping[str, Any], key: str, where: str, default: float | None = None) -> float:
    if key not in table:
        if default is None:
            raise ScorecardError(_("{where}: {key} is required").format(where=where, key=key))
        return default
    value = table[key]
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ScorecardError(
            _("{where}: {key} must be a finite number, not {value}").format(
                where=where, key=key, value=repr(value)
            )
        )
    return float(value)


def _numbers(table: Mapping[str, Any], key: str, where: str) -> tuple[float, ...]:
    value = table.get(key)
    if not isinstance(value, list) or not value:
        raise ScorecardError(
            _("{where}: {key} must be a non-empty list of numbers").format(where=where, key=key)
        )
    return tuple(_number({key: item}, key, where) for item in value)


def _parse_scorecard(raw: object, file: str) -> Scorecard:
    table = _table(raw, f"{file}: [scorecard]")
    _only_keys(
        table,
        {"stage", "title", "bands", "indicators", "low_confidence_below"},
        f"{file}: [scorecard]",
    )
    stage_name = table.get("stage")
    try:
        stage = Stage(str(stage_name))
    except ValueError:
        stages = ", ".join(s.value for s in Stage)
        raise ScorecardError(
            _("{file}: scorecard.stage must be one of {stages}, not {stage}").format(
                file=file, stages=stages, stage=repr(stage_name)
            )
        ) from None
    bands_table = _table(table.get("bands", {}), f"{file}: scorecard.bands")
    _only_keys(bands_table, {"red_below", "green_from"}, f"{file}: scorecard.bands")
    bands = Bands(
        _number(bands_table, "red_below", f"{file}: scorecard.bands", 40.0),
        _number(bands_table, "green_from", f"{file}: scorecard.bands", 70.0),
    )
    if not 0 <= bands.red_below <= bands.green_from <= 100:
        raise ScorecardError(
            _("{file}: scorecard.bands needs 0 <= red_below <= green_from <= 100").format(file=file)
        )
    indicators_table = _table(table.get("indicators"), f"{file}: scorecard.indicators")
    if not indicators_table:
        raise ScorecardError(_("{file}: scorecard.indicators is empty").format(file=file))
    specs = tuple(
        _parse_indicator(key, value, f"{file}: scorecard.indicators.{key}")
        for key, value in indicators_table.items()
    )
    low_confidence = _number(table, "low_confidence_below", f"{file}: [scorecard]", 0.5)
    if not 0 <= low_confidence <= 1:
        raise ScorecardError(
            _(
                "{file}: scorecard.low_confidence_below is a share of the weight between 0 and 1 "
                "(0.5 is 50%), not {value}"
            ).format(file=file, value=repr(low_confidence))
        )
    title = _text(table.get("title", stage.value), f"{file}: scorecard.title")
    return Scorecard(stage, title, specs, bands, file, low_confidence)


def _parse_indicator(key: str, raw: object, where: str) -> IndicatorSpec:
    info = INDICATOR_CATALOG.get(key)
    if info is None:
        raise ScorecardError(
            _("{where}: unknown indicator {key}; known: {known}").format(
                where=where, key=repr(key), known=", ".join(INDICATOR_CATALOG)
            )
        )
    table = _table(raw, where)
    _only_keys(table, {"weight", "direction", "linear", "thresholds", "points"}, where)
    weight = _number(table, "weight", where)
    if weight <= 0:
        raise ScorecardError(
            _("{where}: weight must be positive (leave the indicator out instead)").format(
                where=where
            )
        )
    try:
        direction = Direction(table.get("direction", "higher"))
    except ValueError:
        raise ScorecardError(
            _("{where}: direction must be 'higher' or 'lower', not {value}").format(
                where=where, value=repr(table.get("direction"))
            )
        ) from None
    normalisation: Linear | Thresholds
    if ("linear" in table) == ("thresholds" in table):
        raise ScorecardError(
            _("{where}: give exactly one of linear = [low, high] or thresholds").format(where=where)
        )
    if "linear" in table:
        if "points" in table:
            raise ScorecardError(
                _("{where}: points belongs with thresholds, not linear").format(where=where)
            )
        ends = _numbers(table, "linear", where)
        if len(ends) != 2 or not ends[0] < ends[1]:
            raise ScorecardError(
                _("{where}: linear must be [low, high] with low < high").format(where=where)
            )
        normalisation = Linear(ends[0], ends[1])
    else:
        bounds = _numbers(table, "thresholds", where)
        points = _numbers(table, "points", where)
        if any(b >= a for b, a in itertools.pairwise(bounds)):
            raise ScorecardError(
                _("{where}: thresholds must be strictly ascending").format(where=where)
            )
        if len(points) != len(bounds) + 1:
            raise ScorecardError(
                _(
                    "{where}: points needs one more entry than thresholds ({wanted}, got {got})"
                ).format(where=where, wanted=len(bounds) + 1, got=len(points))
            )
        if any(not 0 <= p <= 100 for p in points):
            raise ScorecardError(_("{where}: points must be between 0 and 100").format(where=where))
        rising = all(b >= a for a, b in itertools.pairwise(points))
        falling = all(b <= a for a, b in itertools.pairwise(points))
        if direction is Direction.HIGHER and not rising:
            raise ScorecardError(
                _("{where}: with direction 'higher' points must not decrease").format(where=where)
            )
        if direction is Direction.LOWER and not falling:
            raise ScorecardError(
                _("{where}: with direction 'lower' points must not increase").format(where=where)
            )
        normalisation = Thresholds(bounds, points)
    return IndicatorSpec(key, info.group, info.source, weight, direction, normalisation)


def _parse_window(raw: object, file: str) -> Window:
    where = f"{file}: [window]"
    table = _table(raw, where)
    _only_keys(table, {"sample_stale_after_days", "pulse_window_days"}, where)
    stale = _number(table, "sample_stale_after_days", where, 21)
    pulses = _number(table, "pulse_window_days", where, 180)
    if stale < 0 or pulses < 1 or stale != int(stale) or pulses != int(pulses):
        raise ScorecardError(
            _("{where}: windows are whole, non-negative numbers of days").format(where=where)
        )
    return Window(int(stale), int(pulses))


def _parse_success(raw: object, file: str) -> SuccessModel:
    where = f"{file}: [success_model]"
    table = _table(raw, where)
    _only_keys(
        table, {"title", "stages", "min_score", "sustained_days", "min_values", "max_values"}, where
    )
    stage_names = table.get("stages", [s.value for s in Stage])
    try:
        stages = frozenset(Stage(name) for name in stage_names)
    except (ValueError, TypeError):
        raise ScorecardError(
            _("{where}: stages must list stage names: {value}").format(
                where=where, value=repr(stage_names)
            )
        ) from None
    min_score = _number(table, "min_score", where, 70.0)
    sustained = _number(table, "sustained_days", where, 1)
    if not 0 <= min_score <= 100 or sustained < 1 or sustained != int(sustained):
        raise ScorecardError(
            _("{where}: min_score in 0-100 and sustained_days >= 1 (whole days)").format(
                where=where
            )
        )
    bounds: list[dict[str, float]] = []
    for name in ("min_values", "max_values"):
        values = _table(table.get(name, {}), f"{where}.{name}")
        for key in values:
            if key not in INDICATOR_CATALOG:
                raise ScorecardError(
                    _("{where}: unknown indicator {key}").format(
                        where=f"{where}.{name}", key=repr(key)
                    )
                )
        bounds.append({key: _number(values, key, f"{where}.{name}") for key in values})
    title = (
        _text(table["title"], f"{where}.title")
        if "title" in table
        else LocalText.from_catalog(N_("Successful account"))
    )
    return SuccessModel(title, stages, min_score, int(sustained), bounds[0], bounds[1])

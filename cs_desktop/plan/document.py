"""The account plan as a document model: what a renderer lays out, with every word in place.

Everything here is a frozen dataclass of plain values: fixed words are already translated, user
text is kept exactly as typed (renderers escape it), and the chart is plain numbers. A document
crosses threads freely and renders the same on any page size.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from cs_desktop.health.dto import Band
from cs_desktop.i18n import Lang
from cs_desktop.ids import AccountId
from cs_desktop.plan.audience import Audience
from cs_desktop.vocabulary import RenewalOutcome, Satisfaction, Stage


class Tone(StrEnum):
    """How a cell reads at a glance; renderers pick the colour."""

    PLAIN = "plain"
    GOOD = "good"
    WARN = "warn"
    BAD = "bad"
    MUTED = "muted"


@dataclass(frozen=True)
class Cell:
    text: str
    tone: Tone = Tone.PLAIN


@dataclass(frozen=True)
class Table:
    """Column headings and rows of cells (every row as long as ``columns``)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Fact:
    """One labelled value, such as "Stage: Delivery"."""

    label: str
    value: str
    tone: Tone = Tone.PLAIN


@dataclass(frozen=True)
class Cover:
    """The top of the first page: what this document is and whom it is about."""

    title: str
    account_name: str
    plan_title: str
    plan_summary: str
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class Horizon:
    """The customer's goals for one horizon (3, 6, 12 or 24 months)."""

    months: int
    heading: str
    goals: Table


@dataclass(frozen=True)
class GoalsSection:
    """Journey A: the customer's own goals, by horizon."""

    heading: str
    note: str
    horizons: tuple[Horizon, ...]
    empty_text: str


@dataclass(frozen=True)
class TableSection:
    """A heading, an optional note and facts, then a table (or ``empty_text`` when it has no rows).

    Used for milestones (journey B), renewals, stakeholders and open tasks.
    """

    key: str
    heading: str
    table: Table
    empty_text: str
    note: str = ""
    facts: tuple[Fact, ...] = ()


@dataclass(frozen=True)
class StageSection:
    heading: str
    stage: Stage
    stage_text: str
    summary: str
    since_text: str
    criteria_heading: str
    criteria: tuple[str, ...]
    risks_heading: str  # "" with no risks: the customer's copy leaves them out
    risks: tuple[str, ...]


@dataclass(frozen=True)
class ChartLine:
    """One indicator's stored samples (drawn when there is no score yet)."""

    key: str
    label: str
    dates: tuple[date, ...]
    values: tuple[float, ...]


@dataclass(frozen=True)
class ChartTouchpoint:
    when: datetime
    title: str
    product: Satisfaction
    service: Satisfaction


@dataclass(frozen=True)
class ChartStageChange:
    when: datetime
    to_stage: Stage
    label: str


@dataclass(frozen=True)
class ChartRenewal:
    """A past renewal (with its outcome) or the coming one (``outcome`` None)."""

    when: date
    outcome: RenewalOutcome | None
    label: str


@dataclass(frozen=True)
class ChartLabels:
    caption: str
    samples_caption: str
    empty: str
    stage_change: str
    renewal: str
    touchpoint: str
    bands: tuple[str, str, str]  # red, yellow, green
    moods: tuple[str, str, str, str]  # touchpoint pulses: happy, mixed, unhappy, unknown


@dataclass(frozen=True)
class PlanChart:
    """The health trajectory as numbers: the same inputs the workspace's chart draws.

    ``start`` and ``scores`` form a daily series (``scores[i]`` is the score of ``start + i``
    days, None where there is none); it has the shape of the chart's score trajectory.
    """

    start: date
    scores: tuple[float | None, ...]
    bands: tuple[float, float]
    indicator_series: tuple[ChartLine, ...]
    touchpoints: tuple[ChartTouchpoint, ...]
    stage_changes: tuple[ChartStageChange, ...]
    renewals: tuple[ChartRenewal, ...]
    today: date
    labels: ChartLabels

    @property
    def has_score(self) -> bool:
        return any(score is not None for score in self.scores)


@dataclass(frozen=True)
class HealthSection:
    heading: str
    score: float | None
    band: Band | None
    facts: tuple[Fact, ...]
    no_score_text: str
    chart_heading: str
    chart: PlanChart
    movers: TableSection


@dataclass(frozen=True)
class TouchpointEntry:
    when: date
    when_text: str  # the day as the document's language writes it
    kind_text: str
    title: str
    notes: str
    satisfaction_text: str
    # (label, user text) pairs: customer statement, inferred need, next steps; empty ones left out
    details: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class TouchpointsSection:
    heading: str
    entries: tuple[TouchpointEntry, ...]
    empty_text: str
    label_suffix: str = ": "  # after a detail's label (a full-width colon in Japanese)


Section = GoalsSection | TableSection | StageSection | HealthSection | TouchpointsSection


@dataclass(frozen=True)
class PlanDocument:
    """One account's plan, ready to lay out.

    Attributes:
        today_text: the document's date as its language writes it, for the page header.
        header_text: printed at the top of every page after the first.
        footer_text: printed at the bottom of every page.
        page_label: "Page {page} of {pages}" in the document's language (format it per page).
    """

    lang: Lang
    today: date
    today_text: str
    account_id: AccountId
    account_name: str
    title: str
    header_text: str
    footer_text: str
    page_label: str
    cover: Cover
    sections: tuple[Section, ...]
    audience: Audience = Audience.CUSTOMER
    one_page: bool = False  # laid out smaller until it fits one page (the meeting brief)

    def page_text(self, page: int, pages: int) -> str:
        return self.page_label.format(page=page, pages=pages)

    def health_section(self) -> HealthSection | None:
        """The section with the health chart, if the document has one."""
        for section in self.sections:
            if isinstance(section, HealthSection):
                return section
        return None

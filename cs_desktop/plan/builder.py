"""Building an account's plan document from the store, and finding the account by name or id."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from sqlalchemy import Connection

from cs_desktop.account_detail import HEALTH_HISTORY, AccountDetail, load_account_detail
from cs_desktop.health.dto import AccountHealthDetail, Band, ChangeExplanation
from cs_desktop.health.explain import explain_change
from cs_desktop.health.service import compute_account_health, default_scorecards
from cs_desktop.ids import AccountId
from cs_desktop.money import format_money
from cs_desktop.plan.document import (
    Cell,
    ChartLabels,
    ChartLine,
    ChartRenewal,
    ChartStageChange,
    ChartTouchpoint,
    Cover,
    Fact,
    GoalsSection,
    HealthSection,
    Horizon,
    PlanChart,
    PlanDocument,
    StageSection,
    Table,
    TableSection,
    Tone,
    TouchpointEntry,
    TouchpointsSection,
)
from cs_desktop.plan.i18n import Lang, label, text
from cs_desktop.plan.stages import stage_text
from cs_desktop.vocabulary import (
    OBJECTIVE_HORIZONS_MONTHS,
    ObjectiveStatus,
    RenewalOutcome,
)

# The workspace's chart reads this many recent touchpoints; the plan's chart shows the same.
CHART_TOUCHPOINTS = 100
PLAN_TOUCHPOINTS = 8  # the touchpoints printed with their notes and next steps
NOTE_LIMIT = 600  # characters of a touchpoint note printed; longer notes end with "…"
MOVERS_DAYS = 90  # "what moved the score" compares today with this many days ago
MOVERS_SHOWN = 6
CANDIDATES_SHOWN = 10

GOAL_TONES = {
    ObjectiveStatus.PLANNED: Tone.MUTED,
    ObjectiveStatus.IN_PROGRESS: Tone.PLAIN,
    ObjectiveStatus.ACHIEVED: Tone.GOOD,
    ObjectiveStatus.AT_RISK: Tone.WARN,
    ObjectiveStatus.MISSED: Tone.BAD,
}
OUTCOME_TONES = {
    RenewalOutcome.RENEWED: Tone.GOOD,
    RenewalOutcome.EXPANDED: Tone.GOOD,
    RenewalOutcome.CONTRACTED: Tone.WARN,
    RenewalOutcome.CHURNED: Tone.BAD,
}
BAND_TONES = {Band.RED: Tone.BAD, Band.YELLOW: Tone.WARN, Band.GREEN: Tone.GOOD}


class AccountLookupError(LookupError):
    """The account named on the command line cannot be told apart; the message says why."""


class UnknownAccountError(AccountLookupError):
    pass


class AmbiguousAccountError(AccountLookupError):
    def __init__(self, query: str, candidates: list[tuple[AccountId, str]]) -> None:
        self.candidates = candidates
        shown = "\n".join(
            f"  {account_id:>6}  {name}" for account_id, name in candidates[:CANDIDATES_SHOWN]
        )
        more = len(candidates) - CANDIDATES_SHOWN
        if more > 0:
            shown += f"\n  … and {more} more"
        super().__init__(
            f"{len(candidates)} accounts match {query!r}; name one exactly or give its id:\n{shown}"
        )


def resolve_account(connection: Connection, query: str) -> AccountId:
    """The account ``query`` names: an id, the exact name, or the only name containing it.

    Names compare case-insensitively (Unicode case folding and NFKC, so full-width and
    half-width forms match).

    Raises:
        UnknownAccountError: no account matches.
        AmbiguousAccountError: several do; ``candidates`` lists them (id, name).
    """
    wanted = query.strip()
    if not wanted:
        raise UnknownAccountError("no account given")
    if wanted.isdigit():
        found = connection.exec_driver_sql(
            "SELECT id FROM account WHERE id = ?", (int(wanted),)
        ).first()
        if found is not None:
            return AccountId(found[0])
    key = _fold(wanted)
    rows = [
        (AccountId(row[0]), str(row[1]))
        for row in connection.exec_driver_sql("SELECT id, name FROM account ORDER BY name, id")
    ]
    exact = [row for row in rows if _fold(row[1]) == key]
    if len(exact) == 1:
        return exact[0][0]
    if exact:
        raise AmbiguousAccountError(wanted, exact)
    partial = [row for row in rows if key in _fold(row[1])]
    if len(partial) == 1:
        return partial[0][0]
    if partial:
        raise AmbiguousAccountError(wanted, partial)
    raise UnknownAccountError(f"no account named {wanted!r} (and no account with that id)")


def _fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def plan_file_name(account_name: str, today: date) -> str:
    """``<account name>-plan-<date>.pdf``, safe on Windows, macOS and Linux."""
    name = unicodedata.normalize("NFC", account_name)
    name = re.sub(r'[\x00-\x1f\x7f<>:"/\\|?*]+', "_", name)
    name = " ".join(name.split()).strip(" .")[:80].strip(" .")
    if not name or name.split(".")[0].upper() in _WINDOWS_RESERVED:
        name = f"account {name}".strip()
    return f"{name}-plan-{today.isoformat()}.pdf"


_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{n}" for n in range(1, 10)),
    *(f"LPT{n}" for n in range(1, 10)),
}


def build_plan(
    connection: Connection, account_id: AccountId, *, lang: Lang, today: date
) -> PlanDocument:
    """The plan of one account, in ``lang``, as of ``today``. Thread: any, with its own connection.

    Raises:
        AccountNotFoundError: no such account.
    """
    detail = load_account_detail(
        connection,
        account_id,
        touchpoint_limit=CHART_TOUCHPOINTS,
        health_since=today - HEALTH_HISTORY,
    )
    health = compute_account_health(connection, account_id, today)
    bands = default_scorecards().for_stage(health.health.stage).bands
    return document_from(detail, health, (bands.red_below, bands.green_from), lang, today)


def document_from(
    detail: AccountDetail,
    health: AccountHealthDetail,
    bands: tuple[float, float],
    lang: Lang,
    today: date,
) -> PlanDocument:
    """The document from already-read data (pure: no database)."""
    header = detail.header
    name = header.name
    score = health.health.score
    band = health.health.band
    title = text("document_title", lang)
    plan = detail.plan
    cover = Cover(
        title=title,
        account_name=name,
        plan_title=plan.title if plan is not None else "",
        plan_summary=plan.summary if plan is not None else "",
        facts=(
            Fact(text("prepared_by", lang), header.owner or text("no_owner", lang)),
            Fact(text("prepared_on", lang), today.isoformat()),
            Fact(text("stage", lang), label("stage", header.stage.value, lang)),
            _score_fact(score, band, lang),
            Fact(text("arr", lang), format_money(header.arr, header.currency, lang)),
            Fact(
                text("next_renewal", lang),
                header.renewal_date.isoformat() if header.renewal_date else text("none", lang),
            ),
        ),
    )
    sections = (
        _goals(detail, lang),
        _milestones(detail, lang, today),
        _stage(detail, lang),
        _health(detail, health, bands, lang, today),
        _renewals(detail, lang),
        _stakeholders(detail, lang),
        _touchpoints(detail, lang),
        _tasks(detail, lang, today),
    )
    return PlanDocument(
        lang=lang,
        today=today,
        account_id=header.id,
        account_name=name,
        title=title,
        header_text=f"{name} · {title}",
        footer_text=text("confidential", lang, account=name),
        page_label=text("page_of", lang, page="{page}", pages="{pages}"),
        cover=cover,
        sections=sections,
    )


def _score_fact(
    score: float | None, band: Band | None, lang: Lang, label_key: str = "health"
) -> Fact:
    if score is None:
        return Fact(text(label_key, lang), "—", Tone.MUTED)
    value = f"{score:.0f}"
    if band is not None:
        value += f" ({label('band', band.value, lang)})"
    return Fact(text(label_key, lang), value, BAND_TONES[band] if band else Tone.PLAIN)


def _goals(detail: AccountDetail, lang: Lang) -> GoalsSection:
    objectives = detail.plan.objectives if detail.plan is not None else ()
    months = sorted({*OBJECTIVE_HORIZONS_MONTHS, *(o.horizon_months for o in objectives)})
    columns = (text("goal", lang), text("status", lang))
    horizons = tuple(
        Horizon(
            horizon,
            text("horizon", lang, months=horizon),
            Table(
                columns,
                tuple(
                    (
                        Cell(objective.goal),
                        Cell(
                            label("status", objective.status.value, lang),
                            GOAL_TONES[objective.status],
                        ),
                    )
                    for objective in objectives
                    if objective.horizon_months == horizon
                ),
            ),
        )
        for horizon in months
        if any(objective.horizon_months == horizon for objective in objectives)
    )
    return GoalsSection(
        text("goals", lang),
        text("goals_note", lang, account=detail.header.name),
        horizons,
        text("no_goals", lang),
    )


def _milestones(detail: AccountDetail, lang: Lang, today: date) -> TableSection:
    milestones = detail.plan.milestones if detail.plan is not None else ()
    rows = []
    for milestone in milestones:
        if milestone.done:
            status = Cell(text("done", lang), Tone.GOOD)
        elif milestone.due is not None and milestone.due < today:
            status = Cell(text("overdue", lang), Tone.BAD)
        else:
            status = Cell(text("open", lang))
        due = milestone.due.isoformat() if milestone.due else text("no_due", lang)
        rows.append((Cell(milestone.step), Cell(due), status))
    return TableSection(
        "milestones",
        text("milestones", lang),
        Table((text("step", lang), text("due", lang), text("status", lang)), tuple(rows)),
        text("no_milestones", lang),
        note=text("milestones_note", lang),
    )


def _stage(detail: AccountDetail, lang: Lang) -> StageSection:
    stage = detail.header.stage
    words = stage_text(stage, lang)
    entered = [change for change in detail.stage_changes if change.to_stage == stage]
    since = (
        text("in_stage_since", lang, date=entered[-1].changed_at.date().isoformat())
        if entered
        else ""
    )
    return StageSection(
        heading=text("current_stage", lang),
        stage=stage,
        stage_text=label("stage", stage.value, lang),
        summary=words.summary,
        since_text=since,
        criteria_heading=text("criteria", lang),
        criteria=words.criteria,
        risks_heading=text("risks", lang),
        risks=words.risks,
    )


def _chart(
    detail: AccountDetail,
    health: AccountHealthDetail,
    bands: tuple[float, float],
    lang: Lang,
    today: date,
) -> PlanChart:
    # The same marks chart_data_from_detail gives the workspace's chart.
    renewals = [
        ChartRenewal(row.period_end, row.outcome, label("outcome", row.outcome.value, lang))
        for row in detail.renewals
    ]
    upcoming = detail.header.renewal_date
    if upcoming is not None and all(mark.when != upcoming for mark in renewals):
        renewals.append(ChartRenewal(upcoming, None, text("renewal_due", lang)))
    return PlanChart(
        start=health.start,
        scores=health.scores,
        bands=bands,
        indicator_series=tuple(
            ChartLine(
                series.indicator_key,
                label("indicator", series.indicator_key, lang),
                series.dates,
                series.values,
            )
            for series in detail.health
        ),
        touchpoints=tuple(
            ChartTouchpoint(
                row.occurred_at, row.title, row.product_satisfied, row.service_satisfied
            )
            for row in detail.recent_touchpoints
        ),
        stage_changes=tuple(
            ChartStageChange(
                change.changed_at, change.to_stage, label("stage", change.to_stage.value, lang)
            )
            for change in detail.stage_changes
        ),
        renewals=tuple(renewals),
        today=today,
        labels=ChartLabels(
            caption=text("chart_score", lang),
            samples_caption=text("chart_samples", lang),
            empty=text("chart_empty", lang),
            stage_change=text("legend_stage", lang),
            renewal=text("legend_renewal", lang),
            touchpoint=text("legend_touchpoint", lang),
            bands=(
                label("band", "red", lang),
                label("band", "yellow", lang),
                label("band", "green", lang),
            ),
            moods=(
                label("pulse", "yes", lang),
                label("pulse", "mixed", lang),
                label("pulse", "no", lang),
                label("pulse", "unknown", lang),
            ),
        ),
    )


def _health(
    detail: AccountDetail,
    health: AccountHealthDetail,
    bands: tuple[float, float],
    lang: Lang,
    today: date,
) -> HealthSection:
    score, band = health.health.score, health.health.band
    explanation = _explanation(health, today)
    columns = (text("indicator", lang), text("points", lang), text("effect", lang))
    rows: list[tuple[Cell, ...]] = []
    note = ""
    if explanation is not None and explanation.from_score is not None:
        assert explanation.to_score is not None
        note = text(
            "movers_note",
            lang,
            from_score=f"{explanation.from_score:.0f}",
            from_date=explanation.from_date.isoformat(),
            to_score=f"{explanation.to_score:.0f}",
            to_date=explanation.to_date.isoformat(),
        )
        for part in explanation.contributions[:MOVERS_SHOWN]:
            if abs(part.change) < 0.05:
                continue
            before = "—" if part.from_points is None else f"{part.from_points:.0f}"
            after = "—" if part.to_points is None else f"{part.to_points:.0f}"
            rows.append(
                (
                    Cell(label("indicator", part.key, lang)),
                    Cell(f"{before} → {after}"),
                    Cell(f"{part.change:+.1f}", Tone.GOOD if part.change > 0 else Tone.BAD),
                )
            )
    movers = TableSection(
        "movers",
        text("movers", lang),
        Table(columns, tuple(rows)),
        text("no_movers", lang),
        note=note,
    )
    return HealthSection(
        heading=text("health_section", lang),
        score=score,
        band=band,
        facts=(_score_fact(score, band, lang, "score_today"),),
        no_score_text=text("no_score", lang),
        chart_heading=text("trajectory", lang),
        chart=_chart(detail, health, bands, lang, today),
        movers=movers,
    )


def _explanation(health: AccountHealthDetail, today: date) -> ChangeExplanation | None:
    """The change over the last ``MOVERS_DAYS`` days, from the first scored day in that window."""
    end = min(today, health.today)
    if health.score_on(end) is None:
        return None
    begin = max(health.start, end - timedelta(days=MOVERS_DAYS))
    while begin < end and health.score_on(begin) is None:
        begin += timedelta(days=1)
    if begin >= end:
        return None
    return explain_change(health, begin, end)


def _renewals(detail: AccountDetail, lang: Lang) -> TableSection:
    header = detail.header
    rows = tuple(
        (
            Cell(f"{row.period_start.isoformat()} \N{EN DASH} {row.period_end.isoformat()}"),
            Cell(format_money(row.arr_before, header.currency, lang)),
            Cell(format_money(row.arr_after, header.currency, lang)),
            Cell(label("outcome", row.outcome.value, lang), OUTCOME_TONES[row.outcome]),
        )
        for row in reversed(detail.renewals)
    )
    none = text("none", lang)
    return TableSection(
        "renewals",
        text("renewals", lang),
        Table(
            (
                text("period", lang),
                text("arr_before", lang),
                text("arr_after", lang),
                text("outcome", lang),
            ),
            rows,
        ),
        text("no_renewals", lang),
        facts=(
            Fact(text("arr", lang), format_money(header.arr, header.currency, lang)),
            Fact(
                text("contract_start", lang),
                header.contract_start.isoformat() if header.contract_start else none,
            ),
            Fact(
                text("next_renewal", lang),
                header.renewal_date.isoformat() if header.renewal_date else none,
            ),
        ),
    )


def _stakeholders(detail: AccountDetail, lang: Lang) -> TableSection:
    rows = tuple(
        (
            Cell(person.name),
            Cell(person.title or ""),
            Cell(label("role", person.role.value, lang)),
            Cell(person.email or ""),
        )
        for person in detail.stakeholders
        if person.active
    )
    return TableSection(
        "stakeholders",
        text("stakeholders", lang),
        Table(
            (text("name", lang), text("title", lang), text("role", lang), text("email", lang)),
            rows,
        ),
        text("no_stakeholders", lang),
    )


def _touchpoints(detail: AccountDetail, lang: Lang) -> TouchpointsSection:
    entries = []
    for row in detail.recent_touchpoints[:PLAN_TOUCHPOINTS]:
        notes = row.notes.strip()
        if len(notes) > NOTE_LIMIT:
            notes = notes[: NOTE_LIMIT - 1].rstrip() + "…"
        details = tuple(
            (text(key, lang), value.strip())
            for key, value in (
                ("customer_said", row.customer_statement),
                ("underlying_need", row.inferred_need),
                ("next_steps", row.next_steps),
            )
            if value.strip()
        )
        entries.append(
            TouchpointEntry(
                when=row.occurred_at.date(),
                kind_text=label("kind", row.kind.value, lang),
                title=row.title,
                notes=notes,
                satisfaction_text=text(
                    "satisfaction",
                    lang,
                    product=label("pulse", row.product_satisfied.value, lang),
                    service=label("pulse", row.service_satisfied.value, lang),
                ),
                details=details,
            )
        )
    return TouchpointsSection(
        text("touchpoints", lang), tuple(entries), text("no_touchpoints", lang)
    )


def _tasks(detail: AccountDetail, lang: Lang, today: date) -> TableSection:
    rows = []
    for task in detail.tasks:
        if task.done:
            continue
        if task.due is None:
            due = Cell(text("no_due", lang), Tone.MUTED)
        elif task.due < today:
            due = Cell(f"{task.due.isoformat()} ({text('overdue', lang)})", Tone.BAD)
        else:
            due = Cell(task.due.isoformat())
        rows.append((Cell(task.title), due))
    return TableSection(
        "tasks",
        text("tasks", lang),
        Table((text("task", lang), text("due", lang)), tuple(rows)),
        text("no_tasks", lang),
    )


__all__ = [
    "AccountLookupError",
    "AmbiguousAccountError",
    "UnknownAccountError",
    "build_plan",
    "document_from",
    "format_money",
    "plan_file_name",
    "resolve_account",
]

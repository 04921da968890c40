"""Building an account's plan document from the store, and finding the account by name or id."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from sqlalchemy import Connection

from cs_desktop.account_detail import HEALTH_HISTORY, AccountDetail, load_account_detail
from cs_desktop.formats import format_date
from cs_desktop.health.dto import AccountHealthDetail, Band, ChangeExplanation
from cs_desktop.health.explain import explain_change
from cs_desktop.health.service import compute_account_health, default_scorecards
from cs_desktop.i18n import Lang, _, ngettext, words
from cs_desktop.ids import AccountId
from cs_desktop.labels import (
    band_label,
    indicator_label,
    kind_label,
    mixed_pulses_label,
    objective_status_label,
    outcome_label,
    risk_category_label,
    risk_status_label,
    role_label,
    satisfaction_label,
    stage_label,
)
from cs_desktop.money import format_money
from cs_desktop.plan.audience import Audience, PlanPart, chosen_parts
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
    Section,
    StageSection,
    Table,
    TableSection,
    Tone,
    TouchpointEntry,
    TouchpointsSection,
)
from cs_desktop.plan.stages import stage_text
from cs_desktop.vocabulary import (
    OBJECTIVE_HORIZONS_MONTHS,
    ObjectiveStatus,
    RenewalOutcome,
    RiskStatus,
    Satisfaction,
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
            shown += "\n  " + ngettext("… and {count} more", "… and {count} more", more).format(
                count=more
            )
        count = len(candidates)
        heading = ngettext(
            "{count} account matches {query}; name one exactly or give its id:",
            "{count} accounts match {query}; name one exactly or give its id:",
            count,
        ).format(count=count, query=repr(query))
        super().__init__(f"{heading}\n{shown}")


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
        raise UnknownAccountError(_("no account given"))
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
    raise UnknownAccountError(
        _("no account named {name} (and no account with that id)").format(name=repr(wanted))
    )


def _fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def plan_file_name(
    account_name: str, today: date, audience: Audience = Audience.CUSTOMER, kind: str = "plan"
) -> str:
    """``<account name>-plan-<date>.pdf``, safe on Windows, macOS and Linux.

    The internal copy is ``<account name>-plan-internal-<date>.pdf``, so the two never mix up.
    """
    name = unicodedata.normalize("NFC", account_name)
    name = re.sub(r'[\x00-\x1f\x7f<>:"/\\|?*]+', "_", name)
    name = " ".join(name.split()).strip(" .")[:80].strip(" .")
    if not name or name.split(".")[0].upper() in _WINDOWS_RESERVED:
        name = f"account {name}".strip()
    marked = f"{kind}-internal" if audience is Audience.INTERNAL else kind
    return f"{name}-{marked}-{today.isoformat()}.pdf"


_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{n}" for n in range(1, 10)),
    *(f"LPT{n}" for n in range(1, 10)),
}


def build_plan(
    connection: Connection,
    account_id: AccountId,
    *,
    lang: Lang,
    today: date,
    audience: Audience = Audience.CUSTOMER,
    parts: Iterable[PlanPart] | None = None,
) -> PlanDocument:
    """The plan of one account, in ``lang``, as of ``today``. Thread: any, with its own connection.

    Args:
        audience: the customer's copy (the default) holds nothing internal; see
            :mod:`cs_desktop.plan.audience`.
        parts: the sections wanted (every one the audience may be given when None).

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
    bounds = (bands.red_below, bands.green_from)
    return document_from(detail, health, bounds, lang, today, audience=audience, parts=parts)


def document_from(
    detail: AccountDetail,
    health: AccountHealthDetail,
    bands: tuple[float, float],
    lang: Lang,
    today: date,
    *,
    audience: Audience = Audience.CUSTOMER,
    parts: Iterable[PlanPart] | None = None,
) -> PlanDocument:
    """The document from already-read data (pure: no database)."""
    w = words(lang)
    header = detail.header
    name = header.name
    score = health.health.score
    band = health.health.band
    internal = audience is Audience.INTERNAL
    if internal:
        title = w.pgettext("account plan", "Account plan (internal)")
        footer = w.gettext("Internal: not to be shared with {account}")
    else:
        title = w.pgettext("account plan", "Account plan")
        footer = w.gettext("Prepared for {account}")
    plan = detail.plan
    none = w.pgettext("account plan", "none")
    health_fact = (_score_fact(score, band, lang, w.pgettext("account plan", "Health")),)
    cover = Cover(
        title=title,
        account_name=name,
        plan_title=plan.title if plan is not None else "",
        plan_summary=plan.summary if plan is not None else "",
        facts=(
            Fact(
                w.pgettext("account plan", "Customer Success Manager"),
                header.owner or w.pgettext("account plan", "not assigned"),
            ),
            Fact(w.pgettext("account plan", "Date"), format_date(today, "long", lang)),
            Fact(w.pgettext("account plan", "Stage"), stage_label(header.stage, lang)),
            *(health_fact if internal else ()),
            Fact(
                w.pgettext("account plan", "ARR"), format_money(header.arr, header.currency, lang)
            ),
            Fact(
                w.pgettext("account plan", "Next renewal"),
                format_date(header.renewal_date, "long", lang) if header.renewal_date else none,
            ),
        ),
    )
    builders: dict[PlanPart, Callable[[], Section]] = {
        PlanPart.GOALS: lambda: _goals(detail, lang),
        PlanPart.MILESTONES: lambda: _milestones(detail, lang, today),
        PlanPart.STAGE: lambda: _stage(detail, lang, with_risks=internal),
        PlanPart.NEXT_STEPS: lambda: _next_steps(detail, lang, today),
        PlanPart.HEALTH: lambda: _health(detail, health, bands, lang, today),
        PlanPart.RISKS: lambda: _risks(detail, lang),
        PlanPart.RENEWALS: lambda: _renewals(detail, lang),
        PlanPart.STAKEHOLDERS: lambda: _stakeholders(detail, lang),
        PlanPart.TOUCHPOINTS: lambda: _touchpoints(detail, lang),
        PlanPart.TASKS: lambda: _tasks(detail, lang, today),
    }
    sections = tuple(builders[part]() for part in chosen_parts(audience, parts))
    return PlanDocument(
        lang=lang,
        today=today,
        today_text=_day(today, lang),
        account_id=header.id,
        account_name=name,
        title=title,
        header_text=f"{name} · {title}",
        footer_text=footer.format(account=name),
        # The renderer fills in the numbers.
        page_label=w.gettext("Page {page} of {pages}"),
        cover=cover,
        sections=sections,
        audience=audience,
    )


def _day(day: date, lang: Lang) -> str:
    """A date in a table cell: 2026/12/02 in Japanese, Dec 2, 2026 in English."""
    return format_date(day, "medium", lang)


def _score_fact(score: float | None, band: Band | None, lang: Lang, heading: str) -> Fact:
    if score is None:
        return Fact(heading, "—", Tone.MUTED)
    value = f"{score:.0f}"
    if band is not None:
        value = (
            words(lang)
            .pgettext("account plan", "{score} ({band})")
            .format(score=value, band=band_label(band.value, lang))
        )
    return Fact(heading, value, BAND_TONES[band] if band else Tone.PLAIN)


def _goals(detail: AccountDetail, lang: Lang) -> GoalsSection:
    w = words(lang)
    objectives = detail.plan.objectives if detail.plan is not None else ()
    months = sorted({*OBJECTIVE_HORIZONS_MONTHS, *(o.horizon_months for o in objectives)})
    columns = (w.pgettext("account plan", "Goal"), w.pgettext("account plan", "Status"))
    horizons = tuple(
        Horizon(
            horizon,
            w.ngettext("Within {months} month", "Within {months} months", horizon).format(
                months=horizon
            ),
            Table(
                columns,
                tuple(
                    (
                        Cell(objective.goal),
                        Cell(
                            objective_status_label(objective.status, lang),
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
        w.gettext("The customer's goals"),
        w.gettext("Journey A: what {account} wants to achieve, by horizon.").format(
            account=detail.header.name
        ),
        horizons,
        w.gettext("No goals recorded yet."),
    )


def _milestones(detail: AccountDetail, lang: Lang, today: date) -> TableSection:
    w = words(lang)
    milestones = detail.plan.milestones if detail.plan is not None else ()
    rows = []
    for milestone in milestones:
        if milestone.done:
            status = Cell(w.pgettext("milestone", "Done"), Tone.GOOD)
        elif milestone.due is not None and milestone.due < today:
            status = Cell(w.pgettext("milestone", "Overdue"), Tone.BAD)
        else:
            status = Cell(w.pgettext("milestone", "Open"))
        due = _day(milestone.due, lang) if milestone.due else w.pgettext("due date", "no date")
        rows.append((Cell(milestone.step), Cell(due), status))
    columns = (
        w.pgettext("account plan", "Step"),
        w.pgettext("account plan", "Due"),
        w.pgettext("account plan", "Status"),
    )
    return TableSection(
        "milestones",
        w.gettext("Our delivery milestones"),
        Table(columns, tuple(rows)),
        w.gettext("No milestones recorded yet."),
        note=w.gettext("Journey B: the steps we take to get there."),
    )


def _stage(detail: AccountDetail, lang: Lang, *, with_risks: bool) -> StageSection:
    w = words(lang)
    stage = detail.header.stage
    texts = stage_text(stage, lang)
    entered = [change for change in detail.stage_changes if change.to_stage == stage]
    since = (
        w.gettext("In this stage since {date}").format(
            date=format_date(entered[-1].changed_at.date(), "long", lang)
        )
        if entered
        else ""
    )
    return StageSection(
        heading=w.gettext("Current stage"),
        stage=stage,
        stage_text=stage_label(stage, lang),
        summary=texts.summary,
        since_text=since,
        criteria_heading=w.gettext("What success looks like in this stage"),
        criteria=texts.criteria,
        risks_heading=w.gettext("Risks to watch") if with_risks else "",
        risks=texts.risks if with_risks else (),
    )


def _chart(
    detail: AccountDetail,
    health: AccountHealthDetail,
    bands: tuple[float, float],
    lang: Lang,
    today: date,
) -> PlanChart:
    w = words(lang)
    # The same marks chart_data_from_detail gives the workspace's chart.
    renewals = [
        ChartRenewal(row.period_end, row.outcome, outcome_label(row.outcome, lang))
        for row in detail.renewals
    ]
    upcoming = detail.header.renewal_date
    if upcoming is not None and all(mark.when != upcoming for mark in renewals):
        renewals.append(ChartRenewal(upcoming, None, w.gettext("Renewal due")))
    return PlanChart(
        start=health.start,
        scores=health.scores,
        bands=bands,
        indicator_series=tuple(
            ChartLine(
                series.indicator_key,
                indicator_label(series.indicator_key, lang),
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
            ChartStageChange(change.changed_at, change.to_stage, stage_label(change.to_stage, lang))
            for change in detail.stage_changes
        ),
        renewals=tuple(renewals),
        today=today,
        labels=ChartLabels(
            caption=w.pgettext("account plan", "Health score"),
            samples_caption=w.gettext("Indicator samples (no health score yet)"),
            empty=w.gettext("No health samples recorded yet"),
            stage_change=w.pgettext("chart legend", "stage change"),
            renewal=w.pgettext("chart legend", "renewal"),
            touchpoint=w.pgettext("chart legend", "touchpoint"),
            bands=(
                band_label(Band.RED.value, lang),
                band_label(Band.YELLOW.value, lang),
                band_label(Band.GREEN.value, lang),
            ),
            moods=(
                satisfaction_label(Satisfaction.YES, lang),
                mixed_pulses_label(lang),
                satisfaction_label(Satisfaction.NO, lang),
                satisfaction_label(Satisfaction.UNKNOWN, lang),
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
    w = words(lang)
    score, band = health.health.score, health.health.band
    explanation = score_change(health, today, MOVERS_DAYS)
    columns = (
        w.pgettext("account plan", "Indicator"),
        w.pgettext("account plan", "Points"),
        w.pgettext("account plan", "Effect on score"),
    )
    rows: list[tuple[Cell, ...]] = []
    note = ""
    if explanation is not None and explanation.from_score is not None:
        assert explanation.to_score is not None
        note = w.gettext("From {from_score} on {from_date} to {to_score} on {to_date}.").format(
            from_score=f"{explanation.from_score:.0f}",
            from_date=format_date(explanation.from_date, "long", lang),
            to_score=f"{explanation.to_score:.0f}",
            to_date=format_date(explanation.to_date, "long", lang),
        )
        for part in explanation.contributions[:MOVERS_SHOWN]:
            if abs(part.change) < 0.05:
                continue
            before = "—" if part.from_points is None else f"{part.from_points:.0f}"
            after = "—" if part.to_points is None else f"{part.to_points:.0f}"
            rows.append(
                (
                    Cell(indicator_label(part.key, lang)),
                    Cell(f"{before} → {after}"),
                    Cell(f"{part.change:+.1f}", Tone.GOOD if part.change > 0 else Tone.BAD),
                )
            )
    movers = TableSection(
        "movers",
        w.gettext("What moved the score"),
        Table(columns, tuple(rows)),
        w.gettext("Not enough scored days to explain a change."),
        note=note,
    )
    return HealthSection(
        heading=w.pgettext("account plan", "Health score"),
        score=score,
        band=band,
        facts=(_score_fact(score, band, lang, w.pgettext("account plan", "Score today")),),
        no_score_text=w.gettext("No health score yet: not enough recent data."),
        chart_heading=w.gettext("Trajectory over the last year"),
        chart=_chart(detail, health, bands, lang, today),
        movers=movers,
    )


def score_change(health: AccountHealthDetail, today: date, days: int) -> ChangeExplanation | None:
    """The change over the last ``days`` days, from the first scored day in that window."""
    end = min(today, health.today)
    if health.score_on(end) is None:
        return None
    begin = max(health.start, end - timedelta(days=days))
    while begin < end and health.score_on(begin) is None:
        begin += timedelta(days=1)
    if begin >= end:
        return None
    return explain_change(health, begin, end)


def _renewals(detail: AccountDetail, lang: Lang) -> TableSection:
    w = words(lang)
    header = detail.header
    rows = tuple(
        (
            Cell(
                w.pgettext("account plan", "{start} \N{EN DASH} {end}").format(
                    start=_day(row.period_start, lang), end=_day(row.period_end, lang)
                )
            ),
            Cell(format_money(row.arr_before, header.currency, lang)),
            Cell(format_money(row.arr_after, header.currency, lang)),
            Cell(outcome_label(row.outcome, lang), OUTCOME_TONES[row.outcome]),
        )
        for row in reversed(detail.renewals)
    )
    none = w.pgettext("account plan", "none")
    columns = (
        w.pgettext("account plan", "Period"),
        w.pgettext("account plan", "ARR before"),
        w.pgettext("account plan", "ARR after"),
        w.pgettext("account plan", "Outcome"),
    )
    return TableSection(
        "renewals",
        w.gettext("Renewals and ARR"),
        Table(columns, rows),
        w.gettext("No renewals recorded yet."),
        facts=(
            Fact(
                w.pgettext("account plan", "ARR"), format_money(header.arr, header.currency, lang)
            ),
            Fact(
                w.pgettext("account plan", "Contract start"),
                format_date(header.contract_start, "long", lang) if header.contract_start else none,
            ),
            Fact(
                w.pgettext("account plan", "Next renewal"),
                format_date(header.renewal_date, "long", lang) if header.renewal_date else none,
            ),
        ),
    )


def _stakeholders(detail: AccountDetail, lang: Lang) -> TableSection:
    w = words(lang)
    rows = tuple(
        (
            Cell(person.name),
            Cell(person.title or ""),
            Cell(role_label(person.role, lang)),
            Cell(person.email or ""),
        )
        for person in detail.stakeholders
        if person.active
    )
    columns = (
        w.pgettext("person", "Name"),
        w.pgettext("person", "Job title"),
        w.pgettext("person", "Role"),
        w.pgettext("person", "Email"),
    )
    return TableSection(
        "stakeholders",
        w.pgettext("account plan", "Stakeholders"),
        Table(columns, rows),
        w.gettext("No stakeholders recorded yet."),
    )


def _next_steps(detail: AccountDetail, lang: Lang, today: date) -> TableSection:
    """What was agreed at the recent touchpoints: their day, title and next steps, no notes.

    For the customer's copy: a touchpoint marked internal is left out altogether.
    """
    w = words(lang)
    rows = tuple(
        (Cell(_day(row.occurred_at.date(), lang)), Cell(row.title), Cell(row.next_steps.strip()))
        for row in detail.recent_touchpoints
        if not row.internal and row.next_steps.strip() and row.occurred_at.date() <= today
    )[:PLAN_TOUCHPOINTS]
    columns = (
        w.pgettext("account plan", "Date"),
        w.pgettext("account plan", "Meeting"),
        w.pgettext("account plan", "Next steps"),
    )
    return TableSection(
        "next-steps",
        w.gettext("Agreed next steps"),
        Table(columns, rows),
        w.gettext("No next steps recorded yet."),
        note=w.gettext("What we agreed together at our recent meetings."),
    )


def _risks(detail: AccountDetail, lang: Lang) -> TableSection:
    """The account's risks not yet resolved (internal only)."""
    w = words(lang)
    rows = tuple(
        (
            Cell(risk_category_label(risk.category, lang)),
            Cell(
                risk_status_label(risk.status, lang),
                Tone.BAD if risk.status is RiskStatus.OPEN else Tone.WARN,
            ),
            Cell(_day(risk.found_on, lang)),
            Cell(risk.note),
        )
        for risk in detail.risks
        if risk.status is not RiskStatus.RESOLVED
    )
    columns = (
        w.pgettext("account plan", "Risk"),
        w.pgettext("account plan", "Status"),
        w.pgettext("account plan", "Found"),
        w.pgettext("account plan", "Note"),
    )
    return TableSection(
        "risks",
        w.gettext("Open risks"),
        Table(columns, rows),
        w.gettext("No open risks."),
    )


def _touchpoints(detail: AccountDetail, lang: Lang) -> TouchpointsSection:
    w = words(lang)
    entries = []
    for row in detail.recent_touchpoints[:PLAN_TOUCHPOINTS]:
        notes = row.notes.strip()
        if len(notes) > NOTE_LIMIT:
            notes = notes[: NOTE_LIMIT - 1].rstrip() + "…"
        details = tuple(
            (heading, value.strip())
            for heading, value in (
                (w.pgettext("touchpoint", "Customer said"), row.customer_statement),
                (w.pgettext("touchpoint", "Underlying need"), row.inferred_need),
                (w.pgettext("touchpoint", "Next steps"), row.next_steps),
            )
            if value.strip()
        )
        entries.append(
            TouchpointEntry(
                when=row.occurred_at.date(),
                when_text=_day(row.occurred_at.date(), lang),
                kind_text=(
                    w.pgettext("touchpoint", "{kind} (internal)").format(
                        kind=kind_label(row.kind, lang)
                    )
                    if row.internal
                    else kind_label(row.kind, lang)
                ),
                title=row.title,
                notes=notes,
                satisfaction_text=w.gettext("Product: {product} · Service: {service}").format(
                    product=satisfaction_label(row.product_satisfied, lang),
                    service=satisfaction_label(row.service_satisfied, lang),
                ),
                details=details,
            )
        )
    return TouchpointsSection(
        w.gettext("Recent touchpoints and next steps"),
        tuple(entries),
        w.gettext("No touchpoints recorded yet."),
        label_suffix=w.pgettext("after a label", ": "),
    )


def _tasks(detail: AccountDetail, lang: Lang, today: date) -> TableSection:
    w = words(lang)
    rows = []
    for task in detail.tasks:
        if task.done:
            continue
        if task.due is None:
            due = Cell(w.pgettext("due date", "no date"), Tone.MUTED)
        elif task.due < today:
            overdue = w.pgettext("due date", "{date} (overdue)")
            due = Cell(overdue.format(date=_day(task.due, lang)), Tone.BAD)
        else:
            due = Cell(_day(task.due, lang))
        rows.append((Cell(task.title), due))
    return TableSection(
        "tasks",
        w.gettext("Open tasks"),
        Table((w.pgettext("account plan", "Task"), w.pgettext("account plan", "Due")), tuple(rows)),
        w.gettext("No open tasks."),
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
    "score_change",
]

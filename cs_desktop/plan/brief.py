"""The meeting brief: one page to read before seeing the customer.

:func:`load_brief` reads what a CSM checks before a visit (last touchpoints, open tasks and
risks, goals and milestones, the satisfaction trend, health and why it moved, who attends and
when each was last met) as typed data; :func:`brief_document` lays it out as a one-page
:class:`~cs_desktop.plan.document.PlanDocument`, so the window and the PDF reuse the plan's
renderers. The brief is for the CSM: it is internal and carries everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, func, select

from cs_desktop.account_detail import (
    HEALTH_HISTORY,
    AccountHeader,
    MilestoneRow,
    ObjectiveRow,
    RiskRow,
    TaskRow,
    TouchpointRow,
    load_account_detail,
)
from cs_desktop.formats import format_date, format_datetime
from cs_desktop.health.dto import Band, ChangeExplanation
from cs_desktop.health.service import compute_account_health
from cs_desktop.i18n import Lang, _, words
from cs_desktop.ids import AccountId, StakeholderId, TouchpointId
from cs_desktop.labels import (
    band_label,
    indicator_label,
    kind_label,
    objective_status_label,
    risk_category_label,
    risk_status_label,
    role_label,
    satisfaction_label,
    stage_label,
)
from cs_desktop.models import Touchpoint, touchpoint_attendee
from cs_desktop.money import format_money
from cs_desktop.plan.audience import Audience
from cs_desktop.plan.builder import BAND_TONES, GOAL_TONES, plan_file_name, score_change
from cs_desktop.plan.document import Cell, Cover, Fact, PlanDocument, Table, TableSection, Tone
from cs_desktop.vocabulary import (
    ObjectiveStatus,
    RiskStatus,
    Satisfaction,
    StakeholderRole,
    TouchpointKind,
)

# What one page holds: the latest of each, the rest left to the account's workspace.
TOUCHPOINTS_SHOWN = 4
TASKS_SHOWN = 5
RISKS_SHOWN = 3
PLAN_ROWS_SHOWN = 6
PEOPLE_SHOWN = 6
MOVERS_SHOWN = 3
MOVED_OVER_DAYS = 30
# The satisfaction trend: answers in each window of days before today, newest first.
TREND_WINDOWS: tuple[tuple[int, int], ...] = ((0, 90), (90, 180), (180, 365))


class MeetingNotFoundError(LookupError):
    """The meeting asked for is not a touchpoint of the account."""


@dataclass(frozen=True)
class BriefMeeting:
    touchpoint_id: TouchpointId
    title: str
    occurred_at: datetime
    kind: TouchpointKind


@dataclass(frozen=True)
class PulseWindow:
    """The satisfaction answers taken between ``days_from`` and ``days_to`` days ago."""

    days_from: int
    days_to: int
    product_yes: int
    product_asked: int
    service_yes: int
    service_asked: int


@dataclass(frozen=True)
class BriefPerson:
    stakeholder_id: StakeholderId
    name: str
    title: str
    role: StakeholderRole
    last_met: date | None  # the last past touchpoint they attended
    attending: bool  # on the meeting's attendee list


@dataclass(frozen=True)
class HealthMove:
    """The score today and what moved it over the last ``MOVED_OVER_DAYS`` days."""

    score: float | None
    band: Band | None
    explanation: ChangeExplanation | None


@dataclass(frozen=True)
class MeetingBrief:
    account: AccountHeader
    today: date
    meeting: BriefMeeting | None
    touchpoints: tuple[TouchpointRow, ...]  # the latest past ones, newest first
    open_tasks: tuple[TaskRow, ...]  # soonest due first
    open_risks: tuple[RiskRow, ...]
    goals: tuple[ObjectiveRow, ...]
    milestones: tuple[MilestoneRow, ...]
    satisfaction: tuple[PulseWindow, ...]
    health: HealthMove
    people: tuple[BriefPerson, ...]


def load_brief(
    connection: Connection,
    account_id: AccountId,
    *,
    today: date,
    meeting_id: TouchpointId | None = None,
) -> MeetingBrief:
    """The brief of one account, for ``meeting_id`` or else its next meeting (if it has one).

    Thread: any, with its own connection.

    Raises:
        AccountNotFoundError: no such account.
        MeetingNotFoundError: ``meeting_id`` is not a touchpoint of the account.
    """
    detail = load_account_detail(
        connection, account_id, touchpoint_limit=100, health_since=today - HEALTH_HISTORY
    )
    now_day = today
    past = tuple(row for row in detail.recent_touchpoints if row.occurred_at.date() <= now_day)
    meeting_row = _meeting(detail.recent_touchpoints, meeting_id, now_day)
    if meeting_id is not None and meeting_row is None:
        found = connection.execute(
            select(Touchpoint.id, Touchpoint.kind, Touchpoint.occurred_at, Touchpoint.title).where(
                Touchpoint.id == meeting_id, Touchpoint.account_id == account_id
            )
        ).first()
        if found is None:
            raise MeetingNotFoundError(
                _("touchpoint {id} is not a meeting of this account").format(id=meeting_id)
            )
        meeting = BriefMeeting(TouchpointId(found[0]), found[3], found[2], found[1])
    elif meeting_row is not None:
        meeting = BriefMeeting(
            meeting_row.id, meeting_row.title, meeting_row.occurred_at, meeting_row.kind
        )
    else:
        meeting = None
    attending = set(_attendees(connection, meeting.touchpoint_id)) if meeting else set()
    last_met = _last_met(connection, account_id, today)
    people = [
        BriefPerson(
            person.id,
            person.name,
            person.title or "",
            person.role,
            last_met.get(person.id),
            person.id in attending,
        )
        for person in detail.stakeholders
        if person.active or person.id in attending
    ]
    if attending:
        people = [person for person in people if person.attending]
    health = compute_account_health(connection, account_id, today)
    plan = detail.plan
    return MeetingBrief(
        account=detail.header,
        today=today,
        meeting=meeting,
        touchpoints=past[:TOUCHPOINTS_SHOWN],
        open_tasks=tuple(task for task in detail.tasks if not task.done),
        open_risks=tuple(risk for risk in detail.risks if risk.status is not RiskStatus.RESOLVED),
        goals=plan.objectives if plan is not None else (),
        milestones=plan.milestones if plan is not None else (),
        satisfaction=_pulses(connection, account_id, today),
        health=HealthMove(
            health.health.score, health.health.band, score_change(health, today, MOVED_OVER_DAYS)
        ),
        people=tuple(people),
    )


def _meeting(
    rows: tuple[TouchpointRow, ...], meeting_id: TouchpointId | None, today: date
) -> TouchpointRow | None:
    """The touchpoint asked for, or else the account's next one from ``today`` on."""
    if meeting_id is not None:
        return next((row for row in rows if row.id == meeting_id), None)
    upcoming = [row for row in rows if row.occurred_at.date() >= today]
    return min(upcoming, key=lambda row: row.occurred_at) if upcoming else None


def _attendees(connection: Connection, touchpoint_id: TouchpointId) -> list[StakeholderId]:
    return [
        StakeholderId(value)
        for value in connection.scalars(
            select(touchpoint_attendee.c.stakeholder_id).where(
                touchpoint_attendee.c.touchpoint_id == touchpoint_id
            )
        )
    ]


def _last_met(connection: Connection, account_id: AccountId, today: date) -> dict[int, date]:
    """Each stakeholder's last past touchpoint (those they attended, up to the end of today)."""
    end = datetime.combine(today + timedelta(days=1), datetime.min.time()).astimezone()
    rows = connection.execute(
        select(touchpoint_attendee.c.stakeholder_id, func.max(Touchpoint.occurred_at))
        .join(Touchpoint, Touchpoint.id == touchpoint_attendee.c.touchpoint_id)
        .where(Touchpoint.account_id == account_id, Touchpoint.occurred_at < end)
        .group_by(touchpoint_attendee.c.stakeholder_id)
    )
    return {int(person): when.date() for person, when in rows if when is not None}


def _pulses(connection: Connection, account_id: AccountId, today: date) -> tuple[PulseWindow, ...]:
    oldest = max(end for _start, end in TREND_WINDOWS)
    since = datetime.combine(today - timedelta(days=oldest), datetime.min.time()).astimezone()
    rows = connection.execute(
        select(
            Touchpoint.occurred_at, Touchpoint.product_satisfied, Touchpoint.service_satisfied
        ).where(Touchpoint.account_id == account_id, Touchpoint.occurred_at >= since)
    ).all()
    windows = []
    for start, end in TREND_WINDOWS:
        inside = [
            (product, service)
            for when, product, service in rows
            if start <= (today - when.date()).days < end
        ]
        products = [p for p, _s in inside if p is not Satisfaction.UNKNOWN]
        services = [s for _p, s in inside if s is not Satisfaction.UNKNOWN]
        windows.append(
            PulseWindow(
                start,
                end,
                sum(p is Satisfaction.YES for p in products),
                len(products),
                sum(s is Satisfaction.YES for s in services),
                len(services),
            )
        )
    return tuple(windows)


# -- the page ------------------------------------------------------------------------------


def brief_file_name(account_name: str, today: date) -> str:
    """``<account name>-brief-<date>.pdf``, as safe as the plan's file name."""
    return plan_file_name(account_name, today, kind="brief")


def brief_document(brief: MeetingBrief, lang: Lang) -> PlanDocument:
    """The brief as a one-page document (pure: no database)."""
    w = words(lang)
    header = brief.account
    title = w.pgettext("meeting brief", "Meeting brief")
    meeting = ""
    if brief.meeting is not None:
        when = brief.meeting.occurred_at.astimezone()  # the CSM's own clock
        meeting = w.gettext("{kind}: {title}, {when}").format(
            kind=kind_label(brief.meeting.kind, lang),
            title=brief.meeting.title,
            when=format_datetime(when, "long", lang, time_length="short"),
        )
    none = w.pgettext("account plan", "none")
    cover = Cover(
        title=title,
        account_name=header.name,
        plan_title=meeting,
        plan_summary="",
        facts=(
            Fact(w.pgettext("account plan", "Stage"), stage_label(header.stage, lang)),
            _health_fact(brief.health, lang),
            _moved_fact(brief.health, lang),
            Fact(
                w.pgettext("account plan", "ARR"), format_money(header.arr, header.currency, lang)
            ),
            Fact(
                w.pgettext("account plan", "Next renewal"),
                format_date(header.renewal_date, "long", lang) if header.renewal_date else none,
            ),
            Fact(
                w.pgettext("account plan", "Customer Success Manager"),
                header.owner or w.pgettext("account plan", "not assigned"),
            ),
        ),
    )
    sections = (
        _why_moved(brief.health, lang),
        _people(brief, lang),
        _recent(brief, lang),
        _satisfaction(brief, lang),
        _tasks(brief, lang),
        _risks(brief, lang),
        _plan(brief, lang),
    )
    return PlanDocument(
        lang=lang,
        today=brief.today,
        today_text=format_date(brief.today, "medium", lang),
        account_id=header.id,
        account_name=header.name,
        title=title,
        header_text=f"{header.name} · {title}",
        footer_text=w.gettext("Internal: not to be shared with {account}").format(
            account=header.name
        ),
        page_label=w.gettext("Page {page} of {pages}"),
        cover=cover,
        sections=sections,
        audience=Audience.INTERNAL,
        one_page=True,
    )


def _day(day: date, lang: Lang) -> str:
    return format_date(day, "medium", lang)


def _health_fact(health: HealthMove, lang: Lang) -> Fact:
    w = words(lang)
    heading = w.pgettext("account plan", "Health")
    if health.score is None:
        return Fact(heading, "—", Tone.MUTED)
    value = f"{health.score:.0f}"
    if health.band is not None:
        value = w.pgettext("account plan", "{score} ({band})").format(
            score=value, band=band_label(health.band.value, lang)
        )
    return Fact(heading, value, BAND_TONES[health.band] if health.band else Tone.PLAIN)


def _moved_fact(health: HealthMove, lang: Lang) -> Fact:
    w = words(lang)
    heading = w.ngettext(
        "Change over {days} day", "Change over {days} days", MOVED_OVER_DAYS
    ).format(days=MOVED_OVER_DAYS)
    change = health.explanation.change if health.explanation is not None else None
    if change is None:
        return Fact(heading, "—", Tone.MUTED)
    tone = Tone.GOOD if change >= 0.5 else Tone.BAD if change <= -0.5 else Tone.PLAIN
    return Fact(heading, f"{change:+.0f}", tone)


def _why_moved(health: HealthMove, lang: Lang) -> TableSection:
    w = words(lang)
    explanation = health.explanation
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
        moved = [part for part in explanation.contributions if abs(part.change) >= 0.05]
        for part in moved[:MOVERS_SHOWN]:
            before = "—" if part.from_points is None else f"{part.from_points:.0f}"
            after = "—" if part.to_points is None else f"{part.to_points:.0f}"
            rows.append(
                (
                    Cell(indicator_label(part.key, lang)),
                    Cell(f"{before} → {after}"),
                    Cell(f"{part.change:+.1f}", Tone.GOOD if part.change > 0 else Tone.BAD),
                )
            )
    return TableSection(
        "movers",
        w.gettext("Health and why it moved"),
        Table(
            (
                w.pgettext("account plan", "Indicator"),
                w.pgettext("account plan", "Points"),
                w.pgettext("account plan", "Effect on score"),
            ),
            tuple(rows),
        ),
        w.gettext("Not enough scored days to explain a change."),
        note=note,
    )


def _people(brief: MeetingBrief, lang: Lang) -> TableSection:
    w = words(lang)
    never = w.pgettext("last met", "never")
    rows = tuple(
        (
            Cell(person.name),
            Cell(role_label(person.role, lang)),
            Cell(person.title),
            Cell(
                _day(person.last_met, lang) if person.last_met else never,
                Tone.PLAIN if person.last_met else Tone.MUTED,
            ),
        )
        for person in brief.people[:PEOPLE_SHOWN]
    )
    attending = any(person.attending for person in brief.people)
    return TableSection(
        "people",
        w.gettext("Attending") if attending else w.pgettext("account plan", "Stakeholders"),
        Table(
            (
                w.pgettext("person", "Name"),
                w.pgettext("person", "Role"),
                w.pgettext("person", "Job title"),
                w.pgettext("last met", "Last met"),
            ),
            rows,
        ),
        w.gettext("No stakeholders recorded yet."),
    )


def _recent(brief: MeetingBrief, lang: Lang) -> TableSection:
    w = words(lang)
    rows = tuple(
        (
            Cell(_day(row.occurred_at.date(), lang)),
            Cell(kind_label(row.kind, lang)),
            Cell(row.title),
            Cell(
                w.gettext("Product: {product} · Service: {service}").format(
                    product=satisfaction_label(row.product_satisfied, lang),
                    service=satisfaction_label(row.service_satisfied, lang),
                ),
                Tone.BAD
                if Satisfaction.NO in (row.product_satisfied, row.service_satisfied)
                else Tone.PLAIN,
            ),
        )
        for row in brief.touchpoints
    )
    return TableSection(
        "brief-touchpoints",
        w.gettext("Last touchpoints"),
        Table(
            (
                w.pgettext("account plan", "Date"),
                w.pgettext("account plan", "Kind"),
                w.pgettext("account plan", "Title"),
                w.pgettext("account plan", "Satisfaction"),
            ),
            rows,
        ),
        w.gettext("No touchpoints recorded yet."),
    )


def _answered(yes: int, asked: int, lang: Lang) -> Cell:
    w = words(lang)
    if not asked:
        return Cell(w.pgettext("satisfaction trend", "not asked"), Tone.MUTED)
    text = w.ngettext("{yes} of {asked} satisfied", "{yes} of {asked} satisfied", asked)
    share = yes / asked
    tone = Tone.GOOD if share >= 0.75 else Tone.BAD if share < 0.5 else Tone.WARN
    return Cell(text.format(yes=yes, asked=asked), tone)


def _satisfaction(brief: MeetingBrief, lang: Lang) -> TableSection:
    w = words(lang)
    periods = {
        (0, 90): w.pgettext("satisfaction trend", "Last 3 months"),
        (90, 180): w.pgettext("satisfaction trend", "3 to 6 months ago"),
        (180, 365): w.pgettext("satisfaction trend", "6 to 12 months ago"),
    }
    rows = tuple(
        (
            Cell(periods[(window.days_from, window.days_to)]),
            _answered(window.product_yes, window.product_asked, lang),
            _answered(window.service_yes, window.service_asked, lang),
        )
        for window in brief.satisfaction
    )
    return TableSection(
        "satisfaction",
        w.gettext("Satisfaction trend"),
        Table(
            (
                w.pgettext("satisfaction trend", "Period"),
                w.pgettext("satisfaction trend", "Product"),
                w.pgettext("satisfaction trend", "Service"),
            ),
            rows,
        ),
        w.gettext("No satisfaction answers yet."),
    )


def _tasks(brief: MeetingBrief, lang: Lang) -> TableSection:
    w = words(lang)
    rows = []
    for task in brief.open_tasks[:TASKS_SHOWN]:
        if task.due is None:
            due = Cell(w.pgettext("due date", "no date"), Tone.MUTED)
        elif task.due < brief.today:
            overdue = w.pgettext("due date", "{date} (overdue)")
            due = Cell(overdue.format(date=_day(task.due, lang)), Tone.BAD)
        else:
            due = Cell(_day(task.due, lang))
        rows.append((Cell(task.title), due))
    more = len(brief.open_tasks) - TASKS_SHOWN
    return TableSection(
        "tasks",
        w.gettext("Open tasks"),
        Table((w.pgettext("account plan", "Task"), w.pgettext("account plan", "Due")), tuple(rows)),
        w.gettext("No open tasks."),
        note=w.ngettext("… and {count} more", "… and {count} more", more).format(count=more)
        if more > 0
        else "",
    )


def _risks(brief: MeetingBrief, lang: Lang) -> TableSection:
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
        for risk in brief.open_risks[:RISKS_SHOWN]
    )
    return TableSection(
        "risks",
        w.gettext("Open risks"),
        Table(
            (
                w.pgettext("account plan", "Risk"),
                w.pgettext("account plan", "Status"),
                w.pgettext("account plan", "Found"),
                w.pgettext("account plan", "Note"),
            ),
            rows,
        ),
        w.gettext("No open risks."),
    )


def _plan(brief: MeetingBrief, lang: Lang) -> TableSection:
    """Goals not yet achieved and milestones not yet done, with how far each journey is."""
    w = words(lang)
    goal_word = w.pgettext("meeting brief", "Goal")
    step_word = w.pgettext("meeting brief", "Milestone")
    rows: list[tuple[Cell, ...]] = []
    for goal in brief.goals:
        if goal.status is ObjectiveStatus.ACHIEVED:
            continue
        rows.append(
            (
                Cell(goal.goal),
                Cell(goal_word, Tone.MUTED),
                Cell(objective_status_label(goal.status, lang), GOAL_TONES[goal.status]),
            )
        )
    for step in brief.milestones:
        if step.done:
            continue
        if step.due is not None and step.due < brief.today:
            status = Cell(w.pgettext("milestone", "Overdue"), Tone.BAD)
        else:
            status = Cell(w.pgettext("milestone", "Open"))
        rows.append((Cell(step.step), Cell(step_word, Tone.MUTED), status))
    achieved = sum(goal.status is ObjectiveStatus.ACHIEVED for goal in brief.goals)
    done = sum(step.done for step in brief.milestones)
    return TableSection(
        "plan-status",
        w.gettext("Goals and milestones"),
        Table(
            (
                w.pgettext("meeting brief", "Goal or step"),
                w.pgettext("meeting brief", "Journey"),
                w.pgettext("account plan", "Status"),
            ),
            tuple(rows[:PLAN_ROWS_SHOWN]),
        ),
        w.gettext("Every goal achieved and every milestone done.")
        if brief.goals or brief.milestones
        else w.gettext("No goals recorded yet."),
        facts=(
            Fact(
                w.gettext("Goals achieved"),
                w.gettext("{done} of {total}").format(done=achieved, total=len(brief.goals)),
            ),
            Fact(
                w.gettext("Milestones done"),
                w.gettext("{done} of {total}").format(done=done, total=len(brief.milestones)),
            ),
        ),
    )


__all__ = [
    "BriefMeeting",
    "BriefPerson",
    "HealthMove",
    "MeetingBrief",
    "MeetingNotFoundError",
    "PulseWindow",
    "brief_document",
    "brief_file_name",
    "load_brief",
]

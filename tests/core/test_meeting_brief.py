"""The meeting brief's data: what a CSM reads before a visit, checked against the store."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cs_desktop.db import Store
from cs_desktop.ids import TouchpointId
from cs_desktop.plan.brief import (
    MeetingNotFoundError,
    PulseWindow,
    brief_document,
    brief_file_name,
    load_brief,
)
from cs_desktop.plan.document import TableSection
from cs_desktop.plan.meeting_lookup import meeting_on
from cs_desktop.vocabulary import RiskCategory, TouchpointKind
from tests.support.factories import BASE_TIME, add_account, add_touchpoint
from tests.support.internal_notes import (
    INTERNAL_TEXTS,
    MEETING_TITLE,
    add_account_with_internal_notes,
)
from tests.support.plan import TODAY


def test_the_brief_reads_the_next_meeting_and_who_attends(store: Store) -> None:
    made = add_account_with_internal_notes(store)
    with store.engine.connect() as connection:
        brief = load_brief(connection, made.account_id, today=TODAY)
    assert brief.meeting is not None
    assert (brief.meeting.touchpoint_id, brief.meeting.title) == (made.meeting_id, MEETING_TITLE)
    # Kenji Tanaka attended the escalation call three days ago; 山田 花子 was never met.
    assert [(p.name, p.last_met, p.attending) for p in brief.people] == [
        ("Kenji Tanaka", date(2025, 6, 27), True),
        ("山田 花子", None, True),
    ]


def test_the_brief_has_the_latest_past_touchpoints_open_tasks_and_risks(store: Store) -> None:
    made = add_account_with_internal_notes(store)
    with store.engine.connect() as connection:
        brief = load_brief(connection, made.account_id, today=TODAY)
    assert [row.title for row in brief.touchpoints] == [
        INTERNAL_TEXTS[8],
        "Escalation call",
        "QBR",
        "Weekly sync",
    ]
    assert [task.title for task in brief.open_tasks] == [
        "Prepare the QBR deck",
        INTERNAL_TEXTS[10],
        INTERNAL_TEXTS[12],
        "Plan admin training",
    ]
    assert [risk.category for risk in brief.open_risks] == [RiskCategory.BUDGET]
    assert len(brief.goals) == 3 and len(brief.milestones) == 3


def test_the_satisfaction_trend_counts_the_answers_of_each_window(store: Store) -> None:
    made = add_account_with_internal_notes(store)
    with store.engine.connect() as connection:
        brief = load_brief(connection, made.account_id, today=TODAY)
    # Last 90 days: QBR (yes, yes), weekly sync (yes, no), onsite (yes, yes), escalation (no, no);
    # the internal note and the coming meeting carry no answer.
    assert brief.satisfaction[0] == PulseWindow(0, 90, 3, 4, 2, 4)
    assert brief.satisfaction[1:] == (
        PulseWindow(90, 180, 0, 0, 0, 0),
        PulseWindow(180, 365, 0, 0, 0, 0),
    )


def test_health_says_how_far_it_moved_and_why(store: Store) -> None:
    made = add_account_with_internal_notes(store)
    with store.engine.connect() as connection:
        brief = load_brief(connection, made.account_id, today=TODAY)
    move = brief.health.explanation
    assert brief.health.score is not None and move is not None
    assert move.to_date == TODAY
    assert move.change == pytest.approx(sum(part.change for part in move.contributions), abs=0.01)


def test_a_past_meeting_can_be_prepared_and_a_foreign_one_is_refused(store: Store) -> None:
    made = add_account_with_internal_notes(store)
    other = add_account(store, "Other")
    with store.engine.connect() as connection:
        brief = load_brief(connection, made.account_id, today=TODAY, meeting_id=made.meeting_id)
        assert brief.meeting is not None and brief.meeting.title == MEETING_TITLE
        with pytest.raises(MeetingNotFoundError):
            load_brief(connection, other, today=TODAY, meeting_id=made.meeting_id)
        with pytest.raises(MeetingNotFoundError):
            load_brief(connection, made.account_id, today=TODAY, meeting_id=TouchpointId(10**9))


def test_without_a_meeting_every_active_stakeholder_is_listed(store: Store) -> None:
    account = add_account(store, "Quiet Co")
    with store.engine.connect() as connection:
        brief = load_brief(connection, account, today=TODAY)
    assert brief.meeting is None and brief.people == () and brief.touchpoints == ()
    document = brief_document(brief, "en")
    assert document.one_page
    headings = [s.heading for s in document.sections if isinstance(s, TableSection)]
    assert headings == [
        "Health and why it moved",
        "Stakeholders",
        "Last touchpoints",
        "Satisfaction trend",
        "Open tasks",
        "Open risks",
        "Goals and milestones",
    ]


def test_the_brief_document_is_in_the_chosen_language(store: Store) -> None:
    made = add_account_with_internal_notes(store)
    with store.engine.connect() as connection:
        brief = load_brief(connection, made.account_id, today=TODAY)
    english = brief_document(brief, "en")
    assert english.title == "Meeting brief"
    assert english.cover.plan_title.startswith(f"QBR: {MEETING_TITLE}, July 5, 2025")
    people = next(s for s in english.sections if isinstance(s, TableSection) and s.key == "people")
    assert people.heading == "Attending"
    assert [row[3].text for row in people.table.rows] == ["Jun 27, 2025", "never"]
    japanese = brief_document(brief, "ja")
    assert japanese.title != english.title
    assert brief_file_name("Acme", TODAY) == "Acme-brief-2025-06-30.pdf"


def test_a_meeting_is_found_by_its_day_and_a_busy_day_lists_its_touchpoints(store: Store) -> None:
    account = add_account(store, "Kita Foods")
    visit = add_touchpoint(store, account, "Onsite visit", days=3)
    add_touchpoint(store, account, "Kickoff", days=5)
    add_touchpoint(store, account, "Follow-up call", days=5, kind=TouchpointKind.CALL)
    day = BASE_TIME.date()
    with store.engine.connect() as connection:
        assert meeting_on(connection, account, day + timedelta(days=3)) == visit
        with pytest.raises(MeetingNotFoundError, match="no touchpoint on"):
            meeting_on(connection, account, day + timedelta(days=4))
        with pytest.raises(MeetingNotFoundError) as busy:
            meeting_on(connection, account, day + timedelta(days=5))
    message = str(busy.value)
    assert "2 touchpoints on" in message
    assert "Kickoff" in message and "Follow-up call" in message and "call" in message

"""Calendar capture: .ics meetings become touchpoints of the accounts their attendees belong to."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from cs_desktop.capture.importing import import_calendar
from cs_desktop.capture.inbox import UnmatchedItem
from cs_desktop.capture.items import CaptureError
from cs_desktop.capture.unmatched import assign_unmatched, list_unmatched
from cs_desktop.db import Store
from cs_desktop.ids import AccountId
from cs_desktop.models import Stakeholder, Touchpoint, TouchpointKind, touchpoint_attendee
from tests.support.capture_files import calendar, capture_book, event, write

TODAY = date(2026, 3, 1)


def _touchpoints(store: Store) -> list[Touchpoint]:
    with store.read() as session:
        return list(session.scalars(select(Touchpoint).order_by(Touchpoint.occurred_at)))


def _counts(store: Store) -> tuple[int, int]:
    with store.read() as session:
        touchpoints = session.scalar(select(func.count()).select_from(Touchpoint))
        waiting = session.scalar(select(func.count()).select_from(UnmatchedItem))
    return touchpoints or 0, waiting or 0


def _zones_file(tmp_path: Path) -> Path:
    return write(
        tmp_path / "week.ics",
        calendar(
            event(
                "tokyo-1", ";TZID=Asia/Tokyo:20260302T100000", "定例会議", ["taro@tokyo-tech.co.jp"]
            ),
            event(
                "shanghai-1",
                ";TZID=Asia/Shanghai:20260303T140000",
                "季度回顾 QBR",
                ["someone.new@sh-logistics.cn"],
            ),
            event(
                "taipei-1",
                ";TZID=Asia/Taipei:20260304T093000",
                "導入會議",
                ["mei.lin@taipei-semi.com.tw"],
            ),
            event(
                "london-winter",
                ";TZID=Europe/London:20260305T110000",
                "Store rollout",
                ["olivia@londonretail.co.uk"],
            ),
            event(
                "london-summer",
                ";TZID=Europe/London:20260706T110000",
                "Summer review",
                ["olivia@londonretail.co.uk"],
            ),
        ),
    )


def test_meetings_in_four_zones_land_at_their_instant_on_the_right_accounts(
    store: Store, tmp_path: Path
) -> None:
    accounts = capture_book(store)
    report = import_calendar(store, _zones_file(tmp_path), today=TODAY)
    assert (report.read, report.created, report.unmatched) == (5, 5, 0)
    found = {t.external_key: t for t in _touchpoints(store)}
    expected = {
        "ics:tokyo-1": ("tokyo", datetime(2026, 3, 2, 1, 0, tzinfo=UTC)),
        "ics:shanghai-1": ("shanghai", datetime(2026, 3, 3, 6, 0, tzinfo=UTC)),
        "ics:taipei-1": ("taipei", datetime(2026, 3, 4, 1, 30, tzinfo=UTC)),
        "ics:london-winter": ("london", datetime(2026, 3, 5, 11, 0, tzinfo=UTC)),  # GMT
        "ics:london-summer": ("london", datetime(2026, 7, 6, 10, 0, tzinfo=UTC)),  # BST
    }
    for key, (account, moment) in expected.items():
        assert found[key].account_id == accounts[account]
        assert found[key].occurred_at == moment
    assert found["ics:shanghai-1"].kind is TouchpointKind.QBR  # by its summary
    assert found["ics:tokyo-1"].kind is TouchpointKind.MEETING
    assert found["ics:tokyo-1"].title == "定例会議"


def test_attendees_who_are_stakeholders_are_linked_and_the_others_named(
    store: Store, tmp_path: Path
) -> None:
    capture_book(store)
    import_calendar(store, _zones_file(tmp_path), today=TODAY)
    with store.read() as session:
        tokyo = session.scalars(
            select(Touchpoint).where(Touchpoint.external_key == "ics:tokyo-1")
        ).one()
        linked = session.scalars(
            select(Stakeholder.name)
            .join(touchpoint_attendee)
            .where(touchpoint_attendee.c.touchpoint_id == tokyo.id)
        ).all()
        # Matched by domain only: the newcomer at Shanghai Logistics is named, not linked.
        shanghai = session.scalars(
            select(Touchpoint).where(Touchpoint.external_key == "ics:shanghai-1")
        ).one()
    assert linked == ["Tanaka Taro"]
    assert tokyo.other_attendees == "Casey CSM <csm@ourcompany.example>"
    assert "someone.new@sh-logistics.cn" in shanghai.other_attendees


def test_a_weekly_series_keeps_its_local_time_across_the_london_clock_change(
    store: Store, tmp_path: Path
) -> None:
    accounts = capture_book(store)
    path = write(
        tmp_path / "series.ics",
        calendar(
            event(
                "weekly@london",
                ";TZID=Europe/London:20260316T100000",
                "Weekly check-in",
                ["olivia@londonretail.co.uk"],
                "RRULE:FREQ=WEEKLY;COUNT=5",
                "EXDATE;TZID=Europe/London:20260406T100000",
            ),
            # The 23 March occurrence moved to the afternoon.
            event(
                "weekly@london",
                ";TZID=Europe/London:20260323T150000",
                "Weekly check-in (moved)",
                ["olivia@londonretail.co.uk"],
                "RECURRENCE-ID;TZID=Europe/London:20260323T100000",
            ),
        ),
    )
    report = import_calendar(store, path, today=TODAY)
    assert report.created == 4  # five weeks, one excluded
    moments = [(t.occurred_at, t.title) for t in _touchpoints(store)]
    assert moments == [
        (datetime(2026, 3, 16, 10, 0, tzinfo=UTC), "Weekly check-in"),
        (datetime(2026, 3, 23, 15, 0, tzinfo=UTC), "Weekly check-in (moved)"),
        # British Summer Time from 29 March: 10:00 in London is 09:00 UTC.
        (datetime(2026, 3, 30, 9, 0, tzinfo=UTC), "Weekly check-in"),
        (datetime(2026, 4, 13, 9, 0, tzinfo=UTC), "Weekly check-in"),
    ]
    assert {t.account_id for t in _touchpoints(store)} == {accounts["london"]}
    assert len({t.external_key for t in _touchpoints(store)}) == 4


def test_a_series_without_an_end_is_read_up_to_a_month_ahead(store: Store, tmp_path: Path) -> None:
    capture_book(store)
    path = write(
        tmp_path / "daily.ics",
        calendar(
            event(
                "standup",
                ";TZID=Asia/Tokyo:20260220T090000",
                "Daily stand-up",
                ["taro@tokyo-tech.co.jp"],
                "RRULE:FREQ=DAILY",
            )
        ),
    )
    report = import_calendar(store, path, today=TODAY)
    # 20 Feb to 31 March: 9 days of February, and today plus 30 days.
    assert report.created == 9 + 31
    limited = import_calendar(store, path, since=date(2026, 3, 1), until=date(2026, 3, 3))
    assert (limited.read, limited.unchanged, limited.created) == (3, 3, 0)


def test_an_all_day_event_starts_at_midnight_in_the_zone_given(
    store: Store, tmp_path: Path
) -> None:
    capture_book(store)
    path = write(
        tmp_path / "allday.ics",
        calendar(
            event(
                "offsite",
                ";VALUE=DATE:20260310",
                "Offsite workshop",
                ["taro@tokyo-tech.co.jp"],
                "DTEND;VALUE=DATE:20260311",
            )
        ),
    )
    import_calendar(store, path, zone=ZoneInfo("Asia/Tokyo"), today=TODAY)
    (offsite,) = _touchpoints(store)
    assert offsite.occurred_at == datetime(2026, 3, 9, 15, 0, tzinfo=UTC)
    assert offsite.occurred_at.astimezone(ZoneInfo("Asia/Tokyo")).date() == date(2026, 3, 10)


def test_floating_times_read_in_the_calendar_s_own_zone(store: Store, tmp_path: Path) -> None:
    capture_book(store)
    text = calendar(
        event("g", ":20260302T100000", "Floating", ["taro@tokyo-tech.co.jp"]),
        event(
            "w", ";TZID=Tokyo Standard Time:20260303T100000", "Outlook", ["taro@tokyo-tech.co.jp"]
        ),
    ).replace("PRODID:", "X-WR-TIMEZONE:Asia/Shanghai\r\nPRODID:")
    import_calendar(store, write(tmp_path / "google.ics", text), today=TODAY)
    moments = [t.occurred_at for t in _touchpoints(store)]
    assert moments == [
        datetime(2026, 3, 2, 2, 0, tzinfo=UTC),  # 10:00 in Shanghai
        datetime(2026, 3, 3, 1, 0, tzinfo=UTC),  # Windows' name of Asia/Tokyo
    ]


def test_importing_again_adds_nothing_and_a_moved_meeting_takes_its_new_time(
    store: Store, tmp_path: Path
) -> None:
    capture_book(store)
    path = _zones_file(tmp_path)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "END:VCALENDAR",
            "BEGIN:VEVENT\r\nUID:stranger\r\nDTSTART:20260302T050000Z\r\nSUMMARY:Coffee\r\n"
            "ATTENDEE:mailto:someone@unknown.example\r\nEND:VEVENT\r\nEND:VCALENDAR",
        ),
        encoding="utf-8",
    )
    first = import_calendar(store, path, today=TODAY)
    before = _counts(store)
    again = import_calendar(store, path, today=TODAY)
    assert (first.created, first.unmatched) == (5, 1)
    assert (again.created, again.moved, again.unchanged, again.unmatched) == (0, 0, 5, 1)
    assert _counts(store) == before == (5, 1)

    path.write_text(
        path.read_text(encoding="utf-8").replace("20260302T100000", "20260302T160000"),
        encoding="utf-8",
    )
    moved = import_calendar(store, path, today=TODAY)
    assert (moved.created, moved.moved) == (0, 1)
    tokyo = next(t for t in _touchpoints(store) if t.external_key == "ics:tokyo-1")
    assert tokyo.occurred_at == datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
    assert _counts(store) == (5, 1)


def test_meetings_no_account_matches_wait_and_are_assigned_later(
    store: Store, tmp_path: Path
) -> None:
    accounts = capture_book(store)
    path = write(
        tmp_path / "mixed.ics",
        calendar(
            event("lunch", ":20260302T030000Z", "Lunch with a prospect", ["ceo@prospect.example"]),
            # One attendee of each of two accounts: a tie is no match.
            event(
                "joint",
                ":20260303T030000Z",
                "Joint workshop",
                ["taro@tokyo-tech.co.jp", "olivia@londonretail.co.uk"],
            ),
        ),
    )
    report = import_calendar(store, path, today=TODAY)
    assert (report.created, report.unmatched) == (0, 2)
    with store.read() as session:
        waiting = list_unmatched(session)
    assert [row.title for row in waiting] == ["Joint workshop", "Lunch with a prospect"]
    assert set(waiting[0].candidates) == {accounts["tokyo"], accounts["london"]}
    assert waiting[1].candidates == ()
    assert [p.email for p in waiting[1].people] == [
        "csm@ourcompany.example",
        "ceo@prospect.example",
    ]

    with store.write() as session:
        assigned = assign_unmatched(session, waiting[0].id, accounts["tokyo"])
    (touchpoint,) = _touchpoints(store)
    assert touchpoint.id == assigned.touchpoint_id
    assert (touchpoint.account_id, touchpoint.external_key) == (accounts["tokyo"], "ics:joint")
    with store.read() as session:
        attendees = session.scalars(
            select(touchpoint_attendee.c.stakeholder_id).where(
                touchpoint_attendee.c.touchpoint_id == touchpoint.id
            )
        ).all()
    assert len(attendees) == 1
    assert "olivia@londonretail.co.uk" in touchpoint.other_attendees

    # The assigned meeting stays assigned; the other still waits, and is not added twice.
    again = import_calendar(store, path, today=TODAY)
    assert (again.created, again.unchanged, again.unmatched) == (0, 1, 1)
    assert _counts(store) == (1, 1)


def test_a_waiting_meeting_finds_its_account_once_the_stakeholder_is_on_record(
    store: Store, tmp_path: Path
) -> None:
    accounts = capture_book(store)
    path = write(
        tmp_path / "one.ics",
        calendar(event("intro", ":20260302T030000Z", "Intro", ["new.cfo@somewhere.example"])),
    )
    import_calendar(store, path, today=TODAY)
    with store.write() as session:
        session.add(
            Stakeholder(
                account_id=accounts["taipei"], name="New CFO", email="New.CFO@somewhere.example"
            )
        )
    report = import_calendar(store, path, today=TODAY)
    assert (report.created, report.unmatched) == (1, 0)
    assert _counts(store) == (1, 0)
    assert _touchpoints(store)[0].account_id == AccountId(accounts["taipei"])


def test_cancelled_meetings_are_skipped(store: Store, tmp_path: Path) -> None:
    capture_book(store)
    path = write(
        tmp_path / "cancelled.ics",
        calendar(
            event(
                "off",
                ":20260302T030000Z",
                "Called off",
                ["taro@tokyo-tech.co.jp"],
                "STATUS:CANCELLED",
            )
        ),
    )
    report = import_calendar(store, path, today=TODAY)
    assert (report.created, report.cancelled) == (0, 1)
    assert "1 cancelled meeting was skipped." in report.format()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"date,title\n2026-03-02,hello\n", "is not an iCalendar file"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260302\r\n", "is the file cut short"),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Kickoff\r\n"
            b"DTSTART:notadate\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "the event 'Kickoff' has an unreadable DTSTART",
        ),
    ],
)
def test_a_file_that_is_no_calendar_is_refused_naming_it_and_writes_nothing(
    store: Store, tmp_path: Path, content: bytes, message: str
) -> None:
    capture_book(store)
    path = tmp_path / "broken.ics"
    path.write_bytes(content)
    with pytest.raises(CaptureError, match=message) as refused:
        import_calendar(store, path, today=TODAY)
    assert "broken.ics" in str(refused.value)
    assert _counts(store) == (0, 0)


def test_a_failed_write_leaves_the_store_as_it_was(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    capture_book(store)
    path = _zones_file(tmp_path)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "END:VCALENDAR",
            "BEGIN:VEVENT\r\nUID:nobody\r\nDTSTART:20260302T050000Z\r\nSUMMARY:Coffee\r\n"
            "END:VEVENT\r\nEND:VCALENDAR",
        ),
        encoding="utf-8",
    )
    from cs_desktop.capture import importing

    def fail(*_args: object) -> dict[str, object]:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(importing, "_waiting_values", fail)
    with pytest.raises(RuntimeError):
        import_calendar(store, path, today=TODAY)
    assert _counts(store) == (0, 0)

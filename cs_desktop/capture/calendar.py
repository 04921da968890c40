"""Reading an ``.ics`` calendar into meetings: one item per occurrence, times made exact.

An event with a time zone (``TZID``, a ``VTIMEZONE`` of the file, or UTC) keeps its instant,
daylight saving time included; a floating time and an all-day event (a date) are read in the
zone given, else the calendar's ``X-WR-TIMEZONE``, else this computer's (an all-day event starts
at its day's midnight).
Recurring events (``RRULE``, ``RDATE``, ``EXDATE`` and moved occurrences) are expanded with
:mod:`recurring_ical_events` up to ``until``; events that do not recur are read directly, which
keeps a calendar of thousands of events fast. A cancelled event or occurrence is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from cs_desktop.capture.items import (
    CapturedItem,
    CaptureError,
    Person,
    make_key,
    short_title,
)
from cs_desktop.i18n import _
from cs_desktop.vocabulary import TouchpointKind

# How far past today (or the file's last event) a series without an end is expanded.
HORIZON = timedelta(days=30)
_QBR = re.compile(r"\bQBR\b|quarterly business review|四半期|季度", re.IGNORECASE)


@dataclass(frozen=True)
class CalendarRead:
    """The meetings of a calendar file, and how many of its occurrences were cancelled."""

    items: tuple[CapturedItem, ...]
    cancelled: int


def read_calendar(
    path: Path,
    *,
    zone: tzinfo | None = None,
    since: date | None = None,
    until: date | None = None,
    today: date | None = None,
) -> CalendarRead:
    """Every meeting occurrence of the ``.ics`` file at ``path``.

    Args:
        zone: the zone of floating times and all-day events; None for this computer's.
        since: leave out occurrences before this day.
        until: leave out occurrences after this day; by default, series are expanded up to
            30 days past today or past the file's last event, whichever is later.
        today: the day "today" is (for tests).

    Raises:
        CaptureError: the file cannot be read or is not an iCalendar file.
    """
    import icalendar

    try:
        data = path.read_bytes()
    except OSError as error:
        raise CaptureError(
            _("{path}: cannot be read ({reason})").format(path=path, reason=error.strerror)
        ) from None
    if b"BEGIN:VCALENDAR" not in data[:4096].upper():
        raise CaptureError(
            _("{path}: is not an iCalendar file (it does not start with BEGIN:VCALENDAR)").format(
                path=path
            )
        )
    try:
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
    except (ValueError, IndexError, KeyError) as error:
        raise CaptureError(
            _("{path}: is not a valid iCalendar file ({reason})").format(path=path, reason=error)
        ) from None
    if not calendars:
        raise CaptureError(
            _("{path}: holds no complete calendar (is the file cut short?)").format(path=path)
        )
    reader = _Reader(path, zone, since, until, today or date.today())
    for calendar in calendars:
        reader.read(calendar)
    return CalendarRead(tuple(reader.items), reader.cancelled)


class _Reader:
    def __init__(
        self, path: Path, zone: tzinfo | None, since: date | None, until: date | None, today: date
    ) -> None:
        self.path, self.zone, self.since, self.until, self.today = path, zone, since, until, today
        self.items: list[CapturedItem] = []
        self.cancelled = 0

    def read(self, calendar: Any) -> None:
        given = self.zone
        if given is None:
            # Google writes floating times with the calendar's zone in X-WR-TIMEZONE.
            self.zone = _zone(str(calendar.get("X-WR-TIMEZONE", "")))
        try:
            self._read(calendar)
        finally:
            self.zone = given

    def _read(self, calendar: Any) -> None:
        single: list[Any] = []
        series: dict[str, list[Any]] = {}
        for event in calendar.walk("VEVENT"):
            _refuse_broken(event, self.path)
            uid = str(event.get("UID", ""))
            recurs = any(name in event for name in ("RRULE", "RDATE", "RECURRENCE-ID"))
            if recurs and uid:
                series.setdefault(uid, []).append(event)
            else:
                single.append(event)
        for event in single:
            start = event.get("DTSTART")
            if start is None:
                continue  # no time: nothing happened when
            self._add(event, start.dt, None)
        if series:
            self._expand(calendar, series)

    def _expand(self, calendar: Any, series: dict[str, list[Any]]) -> None:
        import icalendar
        import recurring_ical_events

        recurring = icalendar.Calendar()
        for timezone in calendar.walk("VTIMEZONE"):
            recurring.add_component(timezone)
        starts: list[date] = []
        for events in series.values():
            for event in events:
                recurring.add_component(event)
                if "DTSTART" in event:
                    starts.append(_day(event["DTSTART"].dt))
        first = self.since or (min(starts) if starts else self.today)
        last = self.until or max([self.today, *starts]) + HORIZON
        try:
            occurrences = recurring_ical_events.of(recurring).between(
                first, last + timedelta(days=1)
            )
        except (ValueError, TypeError, KeyError) as error:
            raise CaptureError(
                _("{path}: a recurring event cannot be expanded ({reason})").format(
                    path=self.path, reason=error
                )
            ) from None
        for occurrence in occurrences:
            original = occurrence.get("RECURRENCE-ID")
            start = occurrence["DTSTART"].dt
            self._add(occurrence, start, original.dt if original is not None else start)

    def _add(self, event: Any, start: date | datetime, occurrence: date | datetime | None) -> None:
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            self.cancelled += 1
            return
        moment = self._instant(start)
        day = moment.date()
        if (self.since and day < self.since) or (self.until and day > self.until):
            return
        uid = str(event.get("UID", ""))
        summary = str(event.get("SUMMARY", ""))
        identity = uid or f"{summary}|{moment.isoformat()}"
        if occurrence is not None:
            identity = f"{identity}/{_stamp(self._instant(occurrence))}"
        notes = str(event.get("DESCRIPTION", "")).strip()
        place = str(event.get("LOCATION", "")).strip()
        if place:
            located = _("Location: {place}").format(place=place)
            notes = f"{notes}\n\n{located}" if notes else located
        self.items.append(
            CapturedItem(
                key=make_key("ics", identity),
                kind=TouchpointKind.QBR if _QBR.search(summary) else TouchpointKind.MEETING,
                occurred_at=moment,
                title=short_title(summary, _("Meeting")),
                notes=notes,
                people=tuple(_people(event)),
                source_file=self.path.name,
            )
        )

    def _instant(self, value: date | datetime) -> datetime:
        if not isinstance(value, datetime):
            value = datetime.combine(value, time())
        if value.tzinfo is not None:
            return value.astimezone(UTC)
        if self.zone is not None:
            return value.replace(tzinfo=self.zone).astimezone(UTC)
        return value.astimezone().astimezone(UTC)  # this computer's zone, DST included


# A property whose value cannot be read makes the event's time, or its series, unknowable.
_VITAL = frozenset({"DTSTART", "DTEND", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID"})


def _refuse_broken(event: Any, path: Path) -> None:
    for name, reason in getattr(event, "errors", ()):
        if str(name).upper() in _VITAL:
            raise CaptureError(
                _("{path}: the event {event} has an unreadable {property} ({reason})").format(
                    path=path,
                    event=repr(str(event.get("SUMMARY", event.get("UID", "")))),
                    property=name,
                    reason=reason,
                )
            )


def _zone(name: str) -> tzinfo | None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not name.strip():
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _people(event: Any) -> Iterator[Person]:
    seen: set[str] = set()
    for address in _addresses(event.get("ORGANIZER"), event.get("ATTENDEE")):
        email = str(address).strip()
        if email.lower().startswith("mailto:"):
            email = email[len("mailto:") :]
        email = email.strip()
        name = str(getattr(address, "params", {}).get("CN", "")).strip().strip('"')
        if not email or email.casefold() in seen:
            continue
        seen.add(email.casefold())
        yield Person(name, email)


def _addresses(*values: Any) -> Iterable[Any]:
    for value in values:
        if value is None:
            continue
        if isinstance(value, list):
            yield from value
        else:
            yield value

"""A HubSpot task's due day, read back from the due time a colleague may move.

HubSpot shows and sorts a task by ``hs_timestamp`` (its due time), which it requires; the app's
tasks, goals and milestones have a due day or none. The app writes the day to ``csm_due`` and
to ``hs_timestamp`` as midnight UTC (HubSpot's date convention), and a task with no due day
gets a placeholder time (:func:`placeholder`). Reading back, ``hs_timestamp`` is what counts,
since it is what a colleague changes in HubSpot:

- the time the app wrote for ``csm_due`` (or a placeholder where ``csm_due`` is empty) means
  the day is unchanged;
- any other time is a due time someone set: its day is the due day (a midnight UTC its UTC
  day, as the app writes days; another time the day it falls on where the user is);
- a task made in HubSpot (no ``csm_record``) has no placeholder: its time is its due time.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta

from cs_desktop.sync.values import parse_day, parse_instant

TIMESTAMP = "hs_timestamp"
CREATED = "hs_createdate"
DUE = "csm_due"
RECORD = "csm_record"
# The placeholder's mark: one millisecond past a whole minute, which HubSpot's task editor
# (minutes only) never sets.
_MARK_MS = 1
# Earlier versions wrote the creation time as the placeholder: a time this close to the
# task's creation is taken for one.
_CREATED_SLACK = timedelta(minutes=10)


def placeholder(now: datetime) -> str:
    """The due time written for a task with no due day: its minute, marked."""
    ms = int(now.timestamp() * 1000)
    return str(ms - ms % 60_000 + _MARK_MS)


def due_day(props: Mapping[str, str | None]) -> str | None:
    """The due day (``YYYY-MM-DD``) a task's properties say, or None."""
    stamp = props.get(TIMESTAMP) or None
    written = props.get(DUE) or None
    if stamp is None:
        return written
    try:
        at = parse_instant(stamp)
    except ValueError:
        return written
    marked = bool(props.get(RECORD))
    if written is not None:
        try:
            if at == _midnight(parse_day(written)):
                return parse_day(written).isoformat()
        except ValueError:
            pass
    elif marked and _is_placeholder(at, props.get(CREATED)):
        return None
    return day_of(at).isoformat()


def day_of(at: datetime) -> date:
    """The day a due time falls on: midnight UTC is a day as the app writes it; another time
    is read where the user is."""
    if at == _midnight(at.date()):
        return at.date()
    return at.astimezone().date()


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


def _is_placeholder(at: datetime, created: str | None) -> bool:
    if int(at.timestamp() * 1000) % 60_000 == _MARK_MS:
        return True
    if not created:
        return False
    try:
        return abs(at - parse_instant(created)) <= _CREATED_SLACK
    except ValueError:
        return False

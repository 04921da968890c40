"""Which meeting a brief is for, named the way a user knows it: by its day.

The window picks a meeting by pointing at it; on the command line a touchpoint's id is not
something a user sees, but the day of the meeting is (``today`` and the calendar show it).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection, select

from cs_desktop.formats import format_date, format_datetime
from cs_desktop.i18n import _, ngettext
from cs_desktop.ids import AccountId, TouchpointId
from cs_desktop.labels import kind_label
from cs_desktop.models import Touchpoint
from cs_desktop.plan.brief import MeetingNotFoundError
from cs_desktop.vocabulary import TouchpointKind


def meeting_on(connection: Connection, account_id: AccountId, day: date) -> TouchpointId:
    """The account's one touchpoint on ``day`` (in this computer's time zone, as My day).

    Raises:
        MeetingNotFoundError: none that day, or several (the message lists them with their
            ids, one of which ``--meeting`` then takes).
    """
    start = datetime.combine(day, time.min).astimezone(UTC)
    rows = connection.execute(
        select(Touchpoint.id, Touchpoint.occurred_at, Touchpoint.kind, Touchpoint.title)
        .where(
            Touchpoint.account_id == account_id,
            Touchpoint.occurred_at >= start,
            Touchpoint.occurred_at < start + timedelta(days=1),
        )
        .order_by(Touchpoint.occurred_at, Touchpoint.id)
    ).all()
    if len(rows) == 1:
        return TouchpointId(rows[0][0])
    if not rows:
        raise MeetingNotFoundError(
            _("the account has no touchpoint on {date}").format(date=format_date(day))
        )
    listed = "; ".join(
        _("{id}: {when}, {kind}, {title}").format(
            id=row[0],
            when=format_datetime(row[1].astimezone(), "short"),
            kind=kind_label(TouchpointKind(row[2])),
            title=row[3],
        )
        for row in rows
    )
    raise MeetingNotFoundError(
        ngettext(
            "the account has {count} touchpoint on {date} ({listed}); name one by its id",
            "the account has {count} touchpoints on {date} ({listed}); name one by its id",
            len(rows),
        ).format(count=len(rows), date=format_date(day), listed=listed)
    )

"""Calendar capture: importing an .ics of 5,000 events against icalendar parsing it alone.

The floor is ``icalendar.Calendar.from_ical`` on the same bytes, in the same run: the least
any import of the file could cost. The import parses it the same way, expands the recurring
series, matches every meeting's attendees to 200 accounts' stakeholders and domains, and writes
the touchpoints (and the unmatched meetings) in one transaction, each run into a fresh copy of
the same store. Run alone: ``python -m bench.capture [--events N]``.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from bench.figures import Figure, median_time

_ZONES = ("Asia/Tokyo", "Asia/Shanghai", "Asia/Taipei", "Europe/London", "UTC")
_ACCOUNTS = 200
# One event in this many is a weekly series of ten meetings.
_SERIES_EVERY = 100


def _make_store(path: Path) -> None:
    from sqlalchemy import insert

    from cs_desktop.db import open_store
    from cs_desktop.models import Account, Stakeholder

    store = open_store(path)
    try:
        with store.write() as session:
            session.execute(
                insert(Account),
                [
                    {"name": f"Account {i}", "domain": f"account{i}.example"}
                    for i in range(_ACCOUNTS)
                ],
            )
            session.execute(
                insert(Stakeholder),
                [
                    {
                        "account_id": i + 1,
                        "name": f"Person {j}",
                        "email": f"p{j}@account{i}.example",
                    }
                    for i in range(_ACCOUNTS)
                    for j in range(3)
                ],
            )
    finally:
        store.close()


def write_calendar(path: Path, events: int) -> None:
    start = datetime(2026, 1, 5, 9, 0)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CS Desktop bench//EN"]
    for number in range(events):
        account = number % (_ACCOUNTS + 20)  # some meetings are with no account of the book
        when = start + timedelta(hours=number % 9, days=number // 20)
        zone = _ZONES[number % len(_ZONES)]
        stamp = when.strftime("%Y%m%dT%H%M%S")
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{number}@cs-desktop.example",
            "DTSTAMP:20260101T000000Z",
            f"DTSTART;TZID={zone}:{stamp}",
            f"DTEND;TZID={zone}:{(when + timedelta(minutes=45)).strftime('%Y%m%dT%H%M%S')}",
            f"SUMMARY:Meeting {number} with account {account}",
            f"DESCRIPTION:Agenda item {number}\\, decisions and next steps.",
            "ORGANIZER;CN=Casey CSM:mailto:casey@ourcompany.example",
            f"ATTENDEE;CN=Person 0:mailto:p0@account{account}.example",
            f"ATTENDEE;CN=Someone:mailto:someone{number % 7}@account{account}.example",
        ]
        if number % _SERIES_EVERY == 0:
            lines.append("RRULE:FREQ=WEEKLY;COUNT=10")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


def measure(workdir: Path, events: int = 5_000) -> list[Figure]:
    import icalendar

    from cs_desktop.capture.importing import import_calendar
    from cs_desktop.db import open_store

    folder = workdir / "capture"
    folder.mkdir(parents=True, exist_ok=True)
    ics = folder / "calendar.ics"
    write_calendar(ics, events)
    template = folder / "template.sqlite3"
    if not template.exists():
        _make_store(template)
    data = ics.read_bytes()
    floor = median_time(lambda: icalendar.Calendar.from_ical(data), repeat=3, warmup=1)
    runs = iter(range(100))

    def one_import() -> None:
        copy = folder / f"run-{next(runs)}.sqlite3"
        shutil.copyfile(template, copy)
        store = open_store(copy)
        try:
            import_calendar(store, ics, today=date(2026, 6, 1))
        finally:
            store.close()

    seconds = median_time(one_import, repeat=3, warmup=1)
    return [
        Figure(
            f"import an .ics of {events:,} events (matched, written)",
            seconds,
            floor_seconds=floor,
            floor_name="icalendar parse alone",
            max_ratio=2.0,
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.capture")
    parser.add_argument("--events", type=int, default=5_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cs-desktop-bench-capture-") as workdir:
        for figure in measure(Path(workdir), args.events):
            print(figure.line())


if __name__ == "__main__":
    main()

"""Importing a calendar or mails: matched items become touchpoints, the rest wait, all at once.

Reading comes first (a bad file ends the import before the store is touched); then one
transaction writes every touchpoint and every unmatched item, or nothing. An item whose key is
already a touchpoint is left as it is (for a calendar, a meeting that moved takes its new
time); one already waiting in the unmatched list waits on, unless an account matches it now.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from cs_desktop import note_index
from cs_desktop.capture.calendar import read_calendar
from cs_desktop.capture.inbox import UnmatchedItem
from cs_desktop.capture.items import CapturedItem, CaptureError
from cs_desktop.capture.mail import mail_files, read_mail
from cs_desktop.capture.matching import Match, PeopleIndex
from cs_desktop.chunks import chunks
from cs_desktop.coltypes import utc_now
from cs_desktop.db import Store
from cs_desktop.formats import format_number
from cs_desktop.i18n import _, ngettext
from cs_desktop.importer.batches import execute_in_batches
from cs_desktop.models import Satisfaction, Touchpoint
from cs_desktop.models import touchpoint_attendee as attendee_table

Progress = Callable[[int, int], None]
# A folder of mails reports progress every this many files.
_EVERY = 20


class CaptureSource(StrEnum):
    CALENDAR = "calendar"
    MAIL = "mail"


@dataclass(frozen=True)
class CaptureReport:
    """What an import of a calendar or of mails did.

    Attributes:
        path: the file or folder read.
        source: calendar or mail.
        read: meeting occurrences or mails read.
        created: touchpoints created.
        moved: touchpoints already imported whose meeting has a new time.
        unchanged: items imported before and left as they were: touchpoints already there, and
            items dismissed from the unmatched list.
        unmatched: items of this import waiting in the unmatched list (new or still).
        cancelled: cancelled meetings skipped.
    """

    path: Path
    source: CaptureSource
    read: int
    created: int
    moved: int
    unchanged: int
    unmatched: int
    cancelled: int = 0

    def format(self) -> str:
        if self.source is CaptureSource.CALENDAR:
            items = ngettext("{count} event", "{count} events", self.read)
            summary = _(
                "Imported calendar {path}: {items}; {created} created, {moved} moved, "
                "{unchanged} already there, {unmatched} unmatched."
            )
        else:
            items = ngettext("{count} mail", "{count} mails", self.read)
            summary = _(
                "Imported mail from {path}: {items}; {created} created, {moved} moved, "
                "{unchanged} already there, {unmatched} unmatched."
            )
        lines = [
            summary.format(
                path=self.path,
                items=items.format(count=format_number(self.read)),
                created=format_number(self.created),
                moved=format_number(self.moved),
                unchanged=format_number(self.unchanged),
                unmatched=format_number(self.unmatched),
            )
        ]
        if self.cancelled:
            lines.append(
                ngettext(
                    "{count} cancelled meeting was skipped.",
                    "{count} cancelled meetings were skipped.",
                    self.cancelled,
                ).format(count=format_number(self.cancelled))
            )
        if self.unmatched:
            lines.append(
                ngettext(
                    "{count} item matches no account (or several): it waits in the unmatched "
                    "list ('cs-desktop unmatched', or File > Unmatched meetings and mails).",
                    "{count} items match no account (or several): they wait in the unmatched "
                    "list ('cs-desktop unmatched', or File > Unmatched meetings and mails).",
                    self.unmatched,
                ).format(count=format_number(self.unmatched))
            )
        return "\n".join(lines)


def import_calendar(
    store: Store,
    path: Path,
    *,
    progress: Progress | None = None,
    zone: tzinfo | None = None,
    since: date | None = None,
    until: date | None = None,
    today: date | None = None,
) -> CaptureReport:
    """Import the meetings of the ``.ics`` file at ``path`` (see :func:`read_calendar`).

    Raises:
        CaptureError: the file cannot be read or imported; nothing was written.
    """
    path = Path(path)
    if progress is not None:
        progress(0, 2)
    read = read_calendar(path, zone=zone, since=since, until=until, today=today)
    if progress is not None:
        progress(1, 2)
    report = _write(store, path, CaptureSource.CALENDAR, read.items, read.cancelled)
    if progress is not None:
        progress(2, 2)
    return report


def import_mail(
    store: Store, path: Path | Sequence[Path], *, progress: Progress | None = None
) -> CaptureReport:
    """Import the ``.eml`` or ``.msg`` file at ``path``, every one in the folder ``path``, or
    every one of several files and folders (``path`` a list; the report names their folder).

    Raises:
        CaptureError: a file cannot be read (every such file is named); nothing was written.
    """
    paths = [Path(path)] if isinstance(path, Path | str) else [Path(p) for p in path]
    files = list(dict.fromkeys(file for given in paths for file in mail_files(given)))
    where = paths[0] if len(paths) == 1 else Path(os.path.commonpath(paths))
    items: list[CapturedItem] = []
    problems: list[str] = []
    for done, file in enumerate(files):
        if progress is not None and done % _EVERY == 0:
            progress(done, len(files) + 1)
        try:
            items.append(read_mail(file))
        except CaptureError as error:
            problems.append(str(error))
    if problems:
        raise CaptureError(
            "\n".join(
                [
                    ngettext(
                        "{path}: {count} file cannot be imported; nothing was imported",
                        "{path}: {count} files cannot be imported; nothing was imported",
                        len(problems),
                    ).format(path=where, count=format_number(len(problems))),
                    *problems,
                ]
            )
        )
    report = _write(store, where, CaptureSource.MAIL, items, 0)
    if progress is not None:
        progress(len(files) + 1, len(files) + 1)
    return report


def _write(
    store: Store,
    path: Path,
    source: CaptureSource,
    items: Sequence[CapturedItem],
    cancelled: int,
) -> CaptureReport:
    unique: dict[str, CapturedItem] = {}
    for item in items:
        unique.setdefault(item.key, item)  # a file may hold one event twice: the first counts
    try:
        with store.write() as session:
            counts = write_items(
                session, list(unique.values()), moves=source is CaptureSource.CALENDAR
            )
    except SQLAlchemyError as error:
        detail = getattr(error, "orig", None) or error
        raise CaptureError(
            _("{path}: the store refused the import ({reason}); nothing was written").format(
                path=path, reason=detail
            )
        ) from error
    if counts[0]:
        note_index.catch_up(store)  # until then, search finds the new notes by scanning
    return CaptureReport(path, source, len(items), *counts, cancelled=cancelled)


def write_items(
    session: Session, items: Sequence[CapturedItem], *, moves: bool
) -> tuple[int, int, int, int]:
    """Write ``items`` (unique keys) in the session's transaction.

    Returns:
        (touchpoints created, touchpoints moved, touchpoints or dismissed items left as they
        were, items waiting in the unmatched list).
    """
    keys = [item.key for item in items]
    stored: dict[str, tuple[int, datetime]] = {}
    waiting: dict[str, int] = {}
    dismissed: dict[str, int] = {}
    for chunk in chunks(keys):
        query = select(Touchpoint.external_key, Touchpoint.id, Touchpoint.occurred_at)
        for key, id_, occurred_at in session.execute(
            query.where(Touchpoint.external_key.in_(chunk))
        ):
            if key is not None:
                stored[key] = (id_, occurred_at)
        unmatched = select(
            UnmatchedItem.source_key, UnmatchedItem.id, UnmatchedItem.dismissed_at
        ).where(UnmatchedItem.source_key.in_(chunk))
        for key, id_, dismissed_at in session.execute(unmatched):
            (dismissed if dismissed_at is not None else waiting)[key] = id_
    people = PeopleIndex.load(session)
    now = utc_now()
    creates: list[tuple[CapturedItem, Match]] = []
    moved: list[dict[str, Any]] = []
    resolved: list[int] = []
    new_waiting: list[CapturedItem] = []
    unchanged = still_waiting = 0
    for item in items:
        if item.key in dismissed:
            unchanged += 1
            continue
        if item.key in stored:
            id_, occurred_at = stored[item.key]
            if moves and occurred_at != item.occurred_at:
                moved.append({"id": id_, "occurred_at": item.occurred_at, "updated_at": now})
            else:
                unchanged += 1
            continue
        match = people.match(item.people)
        if match.account_id is not None:
            creates.append((item, match))
            if item.key in waiting:
                resolved.append(waiting[item.key])
        elif item.key in waiting:
            still_waiting += 1
        else:
            new_waiting.append(item)
    if creates:
        _create_touchpoints(session, creates, now)
    if moved:
        execute_in_batches(session, update(Touchpoint), moved)
    for id_chunk in chunks(resolved):
        session.execute(delete(UnmatchedItem).where(UnmatchedItem.id.in_(id_chunk)))
    if new_waiting:
        execute_in_batches(
            session, insert(UnmatchedItem), [_waiting_values(item, now) for item in new_waiting]
        )
    return len(creates), len(moved), unchanged, len(new_waiting) + still_waiting


def _create_touchpoints(
    session: Session, creates: Sequence[tuple[CapturedItem, Match]], now: datetime
) -> None:
    # Ids chosen here (the write lock holds them) instead of INSERT ... RETURNING, which
    # SQLite runs row by row; and the notes join the search index in a batch afterwards
    # (cs_desktop.note_index), as a CRM pull's do.
    first = (session.scalar(select(func.max(Touchpoint.id))) or 0) + 1
    ids = range(first, first + len(creates))
    values = [
        {"id": id_, **touchpoint_values(item, match.account_id or 0, match.others, now)}
        for id_, (item, match) in zip(ids, creates, strict=True)
    ]
    raw: Any = session.connection().connection.driver_connection
    note_index.defer(raw, ids)
    execute_in_batches(session, insert(Touchpoint), values)
    links = [
        {"touchpoint_id": touchpoint_id, "stakeholder_id": stakeholder_id}
        for (_item, match), touchpoint_id in zip(creates, ids, strict=True)
        for stakeholder_id in match.stakeholder_ids
    ]
    if links:
        execute_in_batches(session, insert(attendee_table), links)


def touchpoint_values(
    item: CapturedItem, account_id: int, others: Sequence[str], now: datetime
) -> dict[str, Any]:
    """The columns of the touchpoint ``item`` becomes in ``account_id``."""
    return {
        "uid": uuid.uuid4(),
        "created_at": now,
        "updated_at": now,
        "account_id": account_id,
        "kind": item.kind,
        "occurred_at": item.occurred_at,
        "title": item.title,
        "notes": item.notes,
        "other_attendees": ", ".join(others),
        "product_satisfied": Satisfaction.UNKNOWN,
        "service_satisfied": Satisfaction.UNKNOWN,
        "customer_statement": "",
        "inferred_need": "",
        "next_steps": "",
        "external_key": item.key,
    }


def _waiting_values(item: CapturedItem, now: datetime) -> dict[str, Any]:
    return {
        "source_key": item.key,
        "kind": item.kind,
        "occurred_at": item.occurred_at,
        "title": item.title,
        "notes": item.notes,
        "people": json.dumps([[p.name, p.email] for p in item.people], ensure_ascii=False),
        "source_file": item.source_file,
        "created_at": now,
    }

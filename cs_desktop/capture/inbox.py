"""The unmatched list: meetings and mails no account could be found for, waiting to be assigned.

A captured item that matches no account (or more than one) is kept here, never dropped, until
the CSM assigns it to an account, which turns it into that account's touchpoint, or dismisses
it (an internal meeting), which hides it for good. Its key (the
calendar event's UID and occurrence, or the mail's Message-ID) is the touchpoint's
``external_key`` once assigned, so importing the same file again adds nothing either way.
Local to this store: the list is not sent to the CRM.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cs_desktop.base import Base
from cs_desktop.coltypes import UtcTimestamp, utc_now
from cs_desktop.models import _enum
from cs_desktop.vocabulary import TouchpointKind


class UnmatchedItem(Base):
    """One meeting or mail that waits for the CSM to say whose it is.

    ``people`` holds the participants as JSON: a list of ``[name, email]`` pairs, the organizer
    or sender first.
    """

    __tablename__ = "unmatched_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[TouchpointKind] = mapped_column(_enum(TouchpointKind, "unmatched_kind"))
    occurred_at: Mapped[datetime] = mapped_column(UtcTimestamp, index=True)
    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="")
    people: Mapped[str] = mapped_column(Text, default="[]")
    # The file it was read from, for the list ("calendar.ics", "Re: renewal.eml").
    source_file: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcTimestamp, default=utc_now)
    # Set when the CSM dismissed it (an internal meeting, a newsletter): it leaves the list,
    # and importing it again does not bring it back.
    dismissed_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)

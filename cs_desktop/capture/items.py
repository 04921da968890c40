"""What a calendar event or a mail is once read: the parts a touchpoint is made of."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from cs_desktop.vocabulary import TouchpointKind

# Touchpoint.external_key and UnmatchedItem.source_key hold at most this many characters.
KEY_LENGTH = 200
TITLE_LENGTH = 300


@dataclass(frozen=True)
class Person:
    """Someone on an invitation or a mail: a display name (maybe empty) and an address."""

    name: str
    email: str

    def shown(self) -> str:
        """``Name <address>``, or the address alone."""
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True)
class CapturedItem:
    """One meeting occurrence or one mail, ready to become a touchpoint.

    Attributes:
        key: what identifies it across imports (``ics:UID/occurrence``, ``mail:Message-ID``).
        kind: meeting (or QBR) for an event, email for a mail.
        occurred_at: an aware datetime.
        title: the event's summary or the mail's subject.
        notes: the event's description (and place), or the mail's text.
        people: the organizer or sender first, then attendees or recipients.
        source_file: the name of the file it came from.
    """

    key: str
    kind: TouchpointKind
    occurred_at: datetime
    title: str
    notes: str
    people: tuple[Person, ...]
    source_file: str


class CaptureError(Exception):
    """A file cannot be imported: the message names the file and says what is wrong."""


def make_key(prefix: str, identity: str) -> str:
    """``prefix:identity``, or a digest of it when it would not fit a key column."""
    key = f"{prefix}:{identity}"
    if len(key) <= KEY_LENGTH:
        return key
    return f"{prefix}:sha256:{hashlib.sha256(identity.encode('utf-8')).hexdigest()}"


def short_title(text: str, fallback: str) -> str:
    """One line of at most :data:`TITLE_LENGTH` characters, or ``fallback`` when empty."""
    line = " ".join(text.split())
    if not line:
        return fallback
    return line if len(line) <= TITLE_LENGTH else line[: TITLE_LENGTH - 1] + "…"

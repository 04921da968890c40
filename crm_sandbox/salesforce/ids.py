"""Salesforce record ids and timestamps.

An id is 15 case-sensitive characters (a 3-character key prefix naming the object, then the
record's number) plus a 3-character suffix that makes the 18-character form case-insensitive
safe; APIs answer the 18-character form and accept both. Timestamps go out as
``2024-05-01T12:00:00.000+0000``.
"""

from __future__ import annotations

import string
from datetime import UTC, datetime

_BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
_SUFFIX = string.ascii_uppercase + "012345"
_ID_CHARS = frozenset(string.ascii_letters + string.digits)
POD = "SB"  # stands for the instance part of real ids


def make_id(prefix: str, number: int) -> str:
    """The 18-character id of record ``number`` with key prefix ``prefix``."""
    digits = ""
    while number:
        number, rest = divmod(number, 62)
        digits = _BASE62[rest] + digits
    body = prefix + POD + digits.rjust(10, "0")
    return body + _suffix(body)


def _suffix(body: str) -> str:
    out = ""
    for chunk in range(3):
        flags = 0
        for place, char in enumerate(body[chunk * 5 : chunk * 5 + 5]):
            if "A" <= char <= "Z":
                flags |= 1 << place
        out += _SUFFIX[flags]
    return out


def normalise_id(value: str) -> str | None:
    """The 18-character form of a 15- or 18-character id; None when ``value`` is not one."""
    if len(value) not in (15, 18) or not set(value) <= _ID_CHARS:
        return None
    body = value[:15]
    full = body + _suffix(body)
    if len(value) == 18 and value[15:].upper() != full[15:]:
        return None
    return full


def sf_datetime(ms: int) -> str:
    """``2024-05-01T12:00:00.000+0000``: how Salesforce writes a dateTime."""
    moment = datetime.fromtimestamp(ms / 1000, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}+0000"


def parse_datetime(text: str) -> int:
    """Epoch milliseconds of an ISO-8601 dateTime (``Z``, ``+0000`` or ``+00:00``).

    Raises:
        ValueError: when ``text`` is not one.
    """
    text = text.strip()
    if len(text) >= 5 and text[-5] in "+-" and text[-4:].isdigit():
        text = text[:-2] + ":" + text[-2:]
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if parsed.tzinfo is None or "T" not in text:
        raise ValueError(f"not a dateTime with a time zone: {text!r}")
    return int(parsed.timestamp() * 1000)

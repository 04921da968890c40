"""Timestamps as the store keeps them: aware UTC datetimes <-> integer milliseconds.

Free of SQLAlchemy so that start-up code can convert rows before the ORM is imported.
"""

from __future__ import annotations

from datetime import UTC, datetime


def to_epoch_ms(value: datetime) -> int:
    """Milliseconds since the Unix epoch of an aware datetime."""
    return int(value.timestamp() * 1000)


def from_epoch_ms(value: int) -> datetime:
    """The aware UTC datetime of milliseconds since the epoch."""
    return datetime.fromtimestamp(value / 1000, tz=UTC)


def utc_now() -> datetime:
    """Now, in UTC, truncated to the stored millisecond precision."""
    return from_epoch_ms(to_epoch_ms(datetime.now(tz=UTC)))

"""Compact, exact column types for SQLite.

Why custom types: the store holds millions of health samples, so UUIDs are kept as 16-byte
blobs (not 32-char text) and timestamps as integer UTC milliseconds (not 26-char text), and
money is kept exactly as integer hundredths instead of SQLite's lossy REAL, and exchange rates
(any number of decimals) exactly as decimal text.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Dialect, LargeBinary, String
from sqlalchemy.types import TypeDecorator

from cs_desktop.clock import from_epoch_ms, to_epoch_ms, utc_now

__all__ = [
    "DecimalText",
    "Money",
    "UtcTimestamp",
    "UuidBlob",
    "from_epoch_ms",
    "to_epoch_ms",
    "utc_now",
]


class UuidBlob(TypeDecorator[uuid.UUID]):
    """A UUID stored as 16 raw bytes."""

    impl = LargeBinary(16)
    cache_ok = True

    def process_bind_param(self, value: uuid.UUID | None, dialect: Dialect) -> bytes | None:
        return None if value is None else value.bytes

    def process_result_value(self, value: Any, dialect: Dialect) -> uuid.UUID | None:
        return None if value is None else uuid.UUID(bytes=bytes(value))


class UtcTimestamp(TypeDecorator[datetime]):
    """An aware UTC datetime stored as integer milliseconds since the epoch."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: timestamps must carry a timezone")
        return to_epoch_ms(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else from_epoch_ms(int(value))


class Money(TypeDecorator[Decimal]):
    """An amount with two decimals stored exactly as integer hundredths."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return int((Decimal(value) * 100).to_integral_value())

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(int(value)) / 100


class DecimalText(TypeDecorator[Decimal]):
    """A decimal kept exactly as its text (``0.0066667``); SQLite's REAL would round it."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | str | None, dialect: Dialect) -> str | None:
        return None if value is None else str(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(str(value))

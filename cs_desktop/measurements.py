"""Recording one indicator's value by hand: the measurements no export carries (ROI, goals...).

Like :mod:`cs_desktop.edits`, each function works inside the caller's session (one transaction)
and returns what changed, with what undo needs to put the store back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cs_desktop.changes import Changes
from cs_desktop.edits import EditRejected
from cs_desktop.formats import format_date
from cs_desktop.i18n import _
from cs_desktop.ids import AccountId
from cs_desktop.indicators import SAMPLE_INDICATORS, SIGNED_INDICATORS, unknown_indicator_message
from cs_desktop.labels import indicator_label
from cs_desktop.models import Account, HealthSample


@dataclass(frozen=True)
class Measurement:
    """One indicator's value for one account on one day."""

    account_id: AccountId
    indicator_key: str
    day: date
    value: float


@dataclass(frozen=True)
class RecordedMeasurement:
    """A saved measurement and the value it replaced that day (None when there was none)."""

    measurement: Measurement
    previous: float | None
    changes: Changes


def parse_value(text: str) -> float:
    """A measured value as typed: ``0.42``, ``42%`` (0.42) or ``1,5`` (1.5).

    Raises:
        EditRejected: naming the value field, when the text is not a finite number.
    """
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        raise EditRejected("value: " + _("enter the measured value"))
    percent = cleaned.endswith("%")
    cleaned = cleaned.removesuffix("%")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        problem = _("{text} is not a number").format(text=repr(text.strip()))
        raise EditRejected(f"value: {problem}") from None
    if not math.isfinite(value):
        problem = _("{text} is not a finite number").format(text=repr(text.strip()))
        raise EditRejected(f"value: {problem}")
    return value / 100 if percent else value


def check_measurement(measurement: Measurement, today: date) -> None:
    """Refuse an unknown indicator, a day after ``today`` or an impossible value.

    Raises:
        EditRejected: the message starts with the field at fault (indicator, date, value).
    """
    key = measurement.indicator_key
    if key not in SAMPLE_INDICATORS:
        raise EditRejected(f"indicator: {unknown_indicator_message(key)}")
    if measurement.day > today:
        problem = _("{date} is in the future").format(date=format_date(measurement.day))
        raise EditRejected(f"date: {problem}")
    if not math.isfinite(measurement.value):
        raise EditRejected("value: " + _("must be a finite number"))
    if measurement.value < 0 and key not in SIGNED_INDICATORS:
        problem = _("{indicator} cannot be negative").format(indicator=indicator_label(key))
        raise EditRejected(f"value: {problem}")


def record_measurement(
    session: Session, measurement: Measurement, *, today: date | None = None
) -> RecordedMeasurement:
    """Store the value; one already recorded (or imported) for that day is replaced."""
    check_measurement(measurement, today or date.today())
    if session.get(Account, measurement.account_id) is None:
        raise EditRejected(_("account {id} no longer exists").format(id=measurement.account_id))
    sample = _sample(session, measurement.account_id, measurement.indicator_key, measurement.day)
    previous = None if sample is None else sample.value
    if sample is None:
        session.add(
            HealthSample(
                account_id=measurement.account_id,
                indicator_key=measurement.indicator_key,
                sample_date=measurement.day,
                value=measurement.value,
            )
        )
    else:
        sample.value = measurement.value
    session.flush()
    return RecordedMeasurement(measurement, previous, _changes(measurement.account_id))


def undo_measurement(session: Session, recorded: RecordedMeasurement) -> Changes:
    """Put back what :func:`record_measurement` replaced: the previous value, or no sample."""
    measurement = recorded.measurement
    sample = _sample(session, measurement.account_id, measurement.indicator_key, measurement.day)
    if sample is not None:
        if recorded.previous is None:
            session.delete(sample)
        else:
            sample.value = recorded.previous
        session.flush()
    return _changes(measurement.account_id)


def _sample(session: Session, account_id: int, key: str, day: date) -> HealthSample | None:
    return session.scalars(
        select(HealthSample).where(
            HealthSample.account_id == account_id,
            HealthSample.indicator_key == key,
            HealthSample.sample_date == day,
        )
    ).one_or_none()


def _changes(account_id: AccountId) -> Changes:
    return Changes(accounts=frozenset({account_id}), health=True)

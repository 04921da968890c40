"""Days between the health views' date edits (``QDate``) and the health core (``date``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(value: QDate) -> date:
    """The edit's day as a ``date`` (``QDate.toPython`` is typed as returning ``object``)."""
    return date(value.year(), value.month(), value.day())

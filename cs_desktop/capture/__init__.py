"""Capture without retyping: calendar meetings and mails become touchpoints of their accounts.

``.ics`` calendars (:mod:`~cs_desktop.capture.calendar`) and ``.eml``/``.msg`` mails
(:mod:`~cs_desktop.capture.mail`) are read into items; each is matched to the account whose
stakeholders' addresses or domain its participants have (:mod:`~cs_desktop.capture.matching`),
and written in one transaction (:mod:`~cs_desktop.capture.importing`). An item no account
matches waits in the unmatched list (:mod:`~cs_desktop.capture.unmatched`) until it is assigned.
Note templates per kind of meeting live in :mod:`~cs_desktop.capture.templates`.
"""

"""Salesforce as the sync state knows it: its ``provider`` key and the kinds a pull reads,
in the same order as HubSpot's (companies first, so that what follows finds its account)."""

from __future__ import annotations

from cs_desktop.sync.crm import Crm

SALESFORCE = Crm(
    "salesforce",
    (
        *("company", "contact", "note", "meeting", "call", "email"),
        *("task", "renewal", "forecast", "plan", "goal", "milestone"),
    ),
)

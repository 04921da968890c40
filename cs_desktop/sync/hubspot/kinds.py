"""What the sync state knows HubSpot by: its provider key and the kinds a pull reads."""

from __future__ import annotations

from cs_desktop.sync.crm import Crm

HUBSPOT = Crm(
    "hubspot",
    (
        *("company", "contact", "note", "meeting", "call", "email"),
        *("task", "renewal", "forecast", "plan", "goal", "milestone"),
    ),
)

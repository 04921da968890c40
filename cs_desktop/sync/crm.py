"""Which CRM the sync state belongs to: one object, passed down instead of its name.

Every sync table keys its rows by the CRM's ``provider`` value. An adapter names the CRM it
talks to (:attr:`~cs_desktop.sync.adapter.CrmAdapter.crm`) and a row read back names its own
(:func:`crm_named`), so a second CRM is a second :class:`Crm` with its adapter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# The kinds of CRM record the sync knows; the adapter interface speaks in them too.
Kind = Literal[
    "company",
    "contact",
    "note",
    "meeting",
    "call",
    "email",
    "task",
    "renewal",
    "forecast",
    "plan",
    "goal",
    "milestone",
]


@dataclass(frozen=True)
class Crm:
    """A CRM the app syncs with, as the local sync state knows it.

    Attributes:
        provider: the value of the ``provider`` column of every sync table, stored as it is.
        kinds: what a pull reads, in order: companies first, so that the contacts and
            engagements after them find their accounts.
    """

    provider: str
    kinds: tuple[Kind, ...]


HUBSPOT = Crm(
    "hubspot",
    (
        *("company", "contact", "note", "meeting", "call", "email"),
        *("task", "renewal", "forecast", "plan", "goal", "milestone"),
    ),
)
_BY_PROVIDER = {crm.provider: crm for crm in (HUBSPOT,)}


def crm_named(provider: str) -> Crm:
    """The CRM a stored ``provider`` value names (a connection's, a conflict's)."""
    return _BY_PROVIDER[provider]

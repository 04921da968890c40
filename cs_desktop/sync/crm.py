"""Which CRM the sync state belongs to: one object, passed down instead of its name.

Every sync table keys its rows by the CRM's ``provider`` value. An adapter names the CRM it
talks to (:attr:`~cs_desktop.sync.adapter.CrmAdapter.crm`) and a row read back names its own
(:func:`cs_desktop.sync.providers.crm_named`): each CRM's :class:`Crm` is in its registry
entry (:mod:`cs_desktop.sync.providers`).
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

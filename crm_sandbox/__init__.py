"""CRM sandboxes on loopback, HubSpot's and (``crm_sandbox.salesforce``) Salesforce's: the
subset of each API the sync engine uses, with scriptable faults and a controllable clock, for
tests and demos. Standard library only.

A package of its own: it imports nothing of the app, and the app neither imports nor ships it.
Start it with :func:`run_sandbox`, or ``crm-sandbox`` (``python -m crm_sandbox``).
"""

from __future__ import annotations

from crm_sandbox.auth import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_PRIVATE_TOKEN,
)
from crm_sandbox.server import DEFAULT_PORT, Sandbox, run_sandbox

__all__ = [
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_PORT",
    "DEFAULT_PRIVATE_TOKEN",
    "Sandbox",
    "run_sandbox",
]

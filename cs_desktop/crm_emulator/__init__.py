"""A HubSpot CRM sandbox on loopback: the subset of the API the sync engine uses, with
scriptable faults and a controllable clock, for tests and demos. No Qt, standard library only.

Start it with :func:`run_sandbox` or ``cs-desktop crm-sandbox``.
"""

from __future__ import annotations

from cs_desktop.crm_emulator.auth import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_PRIVATE_TOKEN,
)
from cs_desktop.crm_emulator.server import DEFAULT_PORT, Sandbox, run_sandbox

__all__ = [
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_PORT",
    "DEFAULT_PRIVATE_TOKEN",
    "Sandbox",
    "run_sandbox",
]

"""HubSpot for the sync engine: transport and auth (``client``), kinds and fields
(``mapping``), reading (``reading``), batch writes (``writes``), associations
(``associations``), custom properties (``schema``), its limit headers (``limits``), its
registry entry (``provider``), and the adapter over them.

The names below load on first use, so that the registry can read :mod:`.provider` without
importing httpx (the settings dialog does, on the GUI thread).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cs_desktop.sync.hubspot.adapter import HubSpotAdapter
    from cs_desktop.sync.hubspot.client import HubSpotAuth, OAuthClient
    from cs_desktop.sync.hubspot.mapping import OBJECT_TYPES, modified_property

__all__ = ["OBJECT_TYPES", "HubSpotAdapter", "HubSpotAuth", "OAuthClient", "modified_property"]

_WHERE = {
    "HubSpotAdapter": "adapter",
    "HubSpotAuth": "client",
    "OAuthClient": "client",
    "OBJECT_TYPES": "mapping",
    "modified_property": "mapping",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)

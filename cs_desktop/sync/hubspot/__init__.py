"""HubSpot for the sync engine: transport and auth (``client``), kinds and fields
(``mapping``), reading (``reading``), batch writes (``writes``), associations
(``associations``), custom properties (``schema``), and the adapter over them."""

from __future__ import annotations

from cs_desktop.sync.hubspot.adapter import HubSpotAdapter
from cs_desktop.sync.hubspot.client import HubSpotAuth, OAuthClient
from cs_desktop.sync.hubspot.mapping import OBJECT_TYPES, modified_property

__all__ = ["OBJECT_TYPES", "HubSpotAdapter", "HubSpotAuth", "OAuthClient", "modified_property"]

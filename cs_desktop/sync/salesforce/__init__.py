"""Salesforce for the sync engine: the API's version and paths (``api``), transport and auth
(``client``), kinds and fields (``mapping``), the custom fields (``custom_fields``, created
by ``schema``), reading (``reading``), sObject Collections writes (``writes``), links
(``links``), opportunity stages (``stages``), its limit header (``limits``), its registry
entry (``provider``), and the adapter over them.

The names below load on first use, so that the registry can read :mod:`.provider` without
importing httpx (the settings dialog does, on the GUI thread).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cs_desktop.sync.salesforce.adapter import SalesforceAdapter
    from cs_desktop.sync.salesforce.client import SalesforceAuth

__all__ = ["SalesforceAdapter", "SalesforceAuth"]

_WHERE = {"SalesforceAdapter": "adapter", "SalesforceAuth": "client"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)

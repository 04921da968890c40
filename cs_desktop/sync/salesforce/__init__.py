"""Salesforce for the sync engine: the API's version and paths (``api``), transport and auth
(``client``), kinds and fields (``mapping``), the custom fields (``custom_fields``, created
by ``schema``), reading (``reading``), sObject Collections writes (``writes``), links
(``links``), opportunity stages (``stages``), and the adapter over them."""

from __future__ import annotations

from cs_desktop.sync.salesforce.adapter import SalesforceAdapter
from cs_desktop.sync.salesforce.client import SalesforceAuth

__all__ = ["SalesforceAdapter", "SalesforceAuth"]

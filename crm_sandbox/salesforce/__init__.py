"""A Salesforce org on loopback: the REST API subset the sync engine uses (SOQL queries,
sObject rows and collections, describe, get deleted/updated, limits, Tooling API custom
fields), the OAuth 2.0 web server flow with PKCE, and the HubSpot sandbox's fault injection
and test controls. Standard library only; start it with ``crm-sandbox --provider salesforce``
or :func:`run_salesforce_sandbox`.
"""

from __future__ import annotations

from crm_sandbox.salesforce.api import API_VERSION
from crm_sandbox.salesforce.auth import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_SESSION_ID,
)
from crm_sandbox.salesforce.server import (
    DEFAULT_PORT,
    SalesforceSandbox,
    run_salesforce_sandbox,
)

__all__ = [
    "API_VERSION",
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_PORT",
    "DEFAULT_SESSION_ID",
    "SalesforceSandbox",
    "run_salesforce_sandbox",
]

"""Where the Salesforce REST API is: its version (one place), its paths, its sign-in hosts."""

from __future__ import annotations

API_VERSION = "62.0"  # Winter '25; every path of the adapter goes through :func:`data_path`
PRODUCTION_LOGIN = "https://login.salesforce.com"
SANDBOX_LOGIN = "https://test.salesforce.com"  # sandbox orgs sign in here
TOKEN_PATH = "/services/oauth2/token"
AUTHORIZE_PATH = "/services/oauth2/authorize"
BATCH_MAX = 200  # records per sObject Collections request [S3]
DELETED_WINDOW_DAYS = 30  # how far back /deleted/ answers [S2]


def data_path(path: str) -> str:
    """The REST path of ``path`` (``query``, ``sobjects/Account/describe``) in our version."""
    return f"/services/data/v{API_VERSION}/{path.lstrip('/')}"

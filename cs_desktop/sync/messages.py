"""What the sync tells the user when something goes wrong: every message in one place.

Each is a whole sentence or two with named fields (``str.format``), so that a translation
can reorder them; callers never glue fragments together. Each names what happened and what
to do, and none may hold a secret (tokens never reach a message).
"""

from __future__ import annotations

from cs_desktop.i18n import N_

# -- reaching the CRM ------------------------------------------------------------------------
OFFLINE = N_(
    "Cannot reach the CRM at {url}. Check your internet connection; your changes are kept "
    "and are sent at the next sync."
)
NO_ANSWER = N_(
    "The CRM at {url} did not answer within {seconds} seconds. It may be down or your "
    "connection may be failing; your changes are kept and are sent at the next sync."
)
CONNECTION_LOST = N_(
    "The connection to the CRM at {url} broke off. Your changes are kept; the sync tries again."
)
SERVER_ERROR = N_(
    "The CRM at {url} answered with a server error (HTTP {status}). Nothing is lost: the next "
    "sync continues where this one stopped."
)
REQUEST_TOO_SLOW = N_("The CRM at {url} did not send a complete answer within {seconds} seconds.")
STALLED = N_(
    "The CRM at {url} has not answered for {seconds} seconds, so the sync stopped. Nothing is "
    "lost: the next sync continues where this one stopped. If this keeps happening, check "
    "your internet connection."
)
RUN_TOO_LONG = N_(
    "The sync stopped after {minutes} minutes, the limit for a routine sync. Nothing is lost: "
    "the next sync continues where this one stopped."
)
WEB_PAGE = N_(
    "The CRM address {url} answered with a web page instead of the API. Are you behind a "
    "sign-in page (hotel or airport Wi-Fi)? Sign in with your web browser, then sync again. "
    "Nothing is lost."
)
DAMAGED_REPLY = N_(
    "The CRM at {url} sent a reply that was cut short or damaged, so the sync stopped. This "
    "happens behind some sign-in pages and proxies: check your connection, then sync again. "
    "Nothing is lost."
)
INTERRUPTED = N_(
    "This sync was interrupted (the app was closed or stopped); the next sync continued "
    "where it stopped."
)
UNEXPECTED_STOP = N_(
    "The sync stopped on an unexpected error. Nothing is lost: the next sync continues where "
    "this one stopped."
)

# -- while a run waits (the status line) -----------------------------------------------------
WAITING = N_("waiting for the CRM ({seconds} s)…")
RESUMED = N_("the CRM answered; syncing…")

# -- the CRM's address -----------------------------------------------------------------------
NOT_A_URL = N_(
    "“{url}” is not a web address. Enter the CRM's API address, such as https://api.hubapi.com."
)
BAD_SCHEME = N_(
    "“{url}” must start with https:// (or http:// for a sandbox on this computer, such as "
    "http://127.0.0.1:8765)."
)
PLAIN_HTTP_REMOTE = N_(
    "{url} is not on this computer, so it must start with https://: over plain http:// your "
    "token would travel unencrypted. Plain http:// is allowed only for a sandbox on this "
    "computer, such as http://127.0.0.1:8765."
)
URL_WITH_PASSWORD = N_(
    "Remove the user name or password from the address {url}: the token goes in its own field."
)

# -- checking credentials (Test connection, and before Connect saves anything) --------------
CREDENTIALS_OK = N_("{crm} at {url} accepted the credentials.")
TOKEN_REFUSED = N_(
    "{crm} at {url} refused the private-app token. Check that you copied the whole token and "
    "that the private app is still installed. Nothing was saved."
)
OAUTH_REFUSED = N_(
    "{crm} at {url} refused the OAuth credentials (client ID, secret or refresh token). "
    "Check them, or sign in to the app again to get a new refresh token. Nothing was saved."
)
CHECK_OFFLINE = N_(
    "Cannot reach {url} to check the credentials. Check the address and your internet "
    "connection. Nothing was saved."
)
CHECK_NO_ANSWER = N_(
    "{url} did not answer within {seconds} seconds while the credentials were checked. Check "
    "the address, or try again later. Nothing was saved."
)
CHECK_WEB_PAGE = N_(
    "{url} answered with a web page instead of the API. Check the address; behind a sign-in "
    "page (hotel or airport Wi-Fi), sign in with your web browser first. Nothing was saved."
)
CHECK_RATE_LIMITED = N_(
    "{crm} at {url} asks to wait {seconds} seconds before the next request. Try again in a "
    "moment. Nothing was saved."
)
CHECK_NOT_THE_CRM = N_(
    "{url} did not answer as {crm}'s API does ({detail}). Check the address. Nothing was saved."
)

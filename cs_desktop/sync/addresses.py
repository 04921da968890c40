"""The CRM's address, checked before anything is sent to it or saved.

Why plain ``http://`` only for loopback: the token travels in every request's header, so over
plain http to another machine anyone on the path (a café's Wi-Fi, a proxy) could read it. A
sandbox on this computer never leaves it, so ``http://127.0.0.1:8765`` stays allowed.
"""

from __future__ import annotations

import ipaddress

import httpx

from cs_desktop.i18n import _
from cs_desktop.sync import messages
from cs_desktop.sync.adapter import CrmError


class BadAddress(CrmError):
    """The CRM's address cannot be used; the message says why and what to enter."""


def checked_base_url(text: str) -> str:
    """``text`` as the CRM's base URL (without a trailing slash).

    Raises:
        BadAddress: not a web address, not http(s), a user name or password in it, or plain
            http to another computer.
    """
    url_text = text.strip()
    try:
        url = httpx.URL(url_text)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise BadAddress(_(messages.NOT_A_URL).format(url=url_text)) from None
    if url.scheme not in ("http", "https"):
        if url.scheme and url.host:
            raise BadAddress(_(messages.BAD_SCHEME).format(url=url_text))
        raise BadAddress(_(messages.NOT_A_URL).format(url=url_text))
    bad_port = url.port is not None and not 0 < url.port < 65536
    if not url.host or bad_port or url.query or url.fragment or " " in url_text:
        raise BadAddress(_(messages.NOT_A_URL).format(url=url_text))
    if url.userinfo:
        raise BadAddress(_(messages.URL_WITH_PASSWORD).format(url=_without_userinfo(url)))
    if url.scheme == "http" and not is_loopback(url.host):
        raise BadAddress(_(messages.PLAIN_HTTP_REMOTE).format(url=url_text))
    return url_text.rstrip("/")


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this computer: ``localhost`` or a loopback IP address."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _without_userinfo(url: httpx.URL) -> str:
    # The message must not repeat a password typed into the address.
    return str(url.copy_with(username=None, password=None))

"""CRM secrets in the system keychain, never in the store, a log or an argument list.

Why refuse some backends (platform-notes, "keyring with no desktop session"): the fail
backend raises on every call, the null backend silently drops secrets, and ``keyrings.alt``
writes them to a plaintext file. With any of those we keep the secret in memory for this
session only, and only when the caller says that is acceptable.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from cs_desktop.i18n import N_, _
from cs_desktop.keychain import backend_name, is_secure

SERVICE = "cs-desktop-crm"
NO_KEYCHAIN = N_(
    "no system keychain is available, so the CRM credentials cannot be stored safely; "
    "they can be kept for this session only"
)

# Secrets the user allowed to live in memory only, keyed by (service, account).
_session_only: dict[tuple[str, str], str] = {}


class CredentialsRefused(Exception):
    """The secret was not stored; the message says why and what the user can do."""


class Secret(str):
    """A string that never shows itself in a repr, a log line or a traceback's locals."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "Secret('***')"


@dataclass(frozen=True)
class KeychainStatus:
    secure: bool
    backend: str
    reason: str


def keychain_status(backend: KeyringBackend | None = None) -> KeychainStatus:
    """Whether the active keyring backend keeps secrets safely across sessions."""
    backend = backend or keyring.get_keyring()
    name = backend_name(backend)
    if not is_secure(backend):
        return KeychainStatus(False, name, _(NO_KEYCHAIN))
    return KeychainStatus(True, name, "")


def save_secret(account: str, secret: str, *, allow_session_only: bool = False) -> bool:
    """Store ``secret`` for ``account``.

    Returns:
        True when it is in the system keychain, False when kept in memory for this session.

    Raises:
        CredentialsRefused: no safe keychain and ``allow_session_only`` is False, or the
            keychain refused the write.
    """
    status = keychain_status()
    if not status.secure:
        if not allow_session_only:
            raise CredentialsRefused(status.reason)
        _session_only[(SERVICE, account)] = secret
        return False
    try:
        keyring.set_password(SERVICE, account, secret)
    except KeyringError as error:
        # The keyring's message may name the backend but never the secret.
        raise CredentialsRefused(
            _("the system keychain refused the credentials: {reason}").format(reason=error)
        ) from None
    _session_only.pop((SERVICE, account), None)
    return True


def load_secret(account: str) -> Secret | None:
    """The stored secret for ``account``, from the session memory or the keychain."""
    kept = _session_only.get((SERVICE, account))
    if kept is not None:
        return Secret(kept)
    if not keychain_status().secure:
        return None
    try:
        value = keyring.get_password(SERVICE, account)
    except KeyringError:
        return None
    return None if value is None else Secret(value)


def delete_secret(account: str) -> None:
    """Forget the secret everywhere (disconnect)."""
    _session_only.pop((SERVICE, account), None)
    if keychain_status().secure:
        with contextlib.suppress(KeyringError):  # already gone
            keyring.delete_password(SERVICE, account)


def kept_for_session_only(account: str) -> bool:
    """Whether the secret of ``account`` lives in memory only (it is lost when the app quits)."""
    return (SERVICE, account) in _session_only

"""The system keychain: whether the active keyring backend keeps secrets safely.

Why refuse some backends (platform-notes, "keyring with no desktop session"): the fail
backend raises on every call, the null backend silently drops secrets, and ``keyrings.alt``
writes them to a plaintext file. The CRM's credentials and the store's key both ask here.
"""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend

_UNSAFE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def backend_name(backend: KeyringBackend | None = None) -> str:
    backend = backend or keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def is_secure(backend: KeyringBackend | None = None) -> bool:
    """Whether ``backend`` (the active one by default) keeps secrets safely across sessions."""
    backend = backend or keyring.get_keyring()
    parts = list(getattr(backend, "backends", [])) or [backend]
    if any(type(part).__module__.startswith(_UNSAFE_MODULES) for part in parts):
        return False
    try:
        priority = float(backend.priority)
    except Exception:  # a backend whose priority check itself fails is not usable
        priority = 0.0
    return priority >= 1

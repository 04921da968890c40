"""Credentials live in the keychain only; unsafe backends are refused."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from cs_desktop.sync import credentials
from tests.support.keychain import MemoryKeyring

pytestmark = pytest.mark.usefixtures("memory_keyring")


def test_a_real_keychain_keeps_the_secret(memory_keyring: MemoryKeyring) -> None:
    assert credentials.save_secret("hubspot:portal", "pat-123") is True
    assert credentials.load_secret("hubspot:portal") == "pat-123"
    assert "pat-123" not in repr(credentials.load_secret("hubspot:portal"))
    credentials.delete_secret("hubspot:portal")
    assert credentials.load_secret("hubspot:portal") is None


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_no_keychain_is_refused_with_a_clear_message(backend: KeyringBackend) -> None:
    keyring.set_keyring(backend)
    with pytest.raises(credentials.CredentialsRefused, match="no system keychain"):
        credentials.save_secret("hubspot:portal", "pat-123")
    assert credentials.load_secret("hubspot:portal") is None


def test_session_only_memory_when_the_user_accepts_it() -> None:
    keyring.set_keyring(fail.Keyring())
    assert credentials.save_secret("hubspot:portal", "pat-123", allow_session_only=True) is False
    assert credentials.load_secret("hubspot:portal") == "pat-123"


def test_a_plaintext_file_backend_counts_as_no_keychain() -> None:
    plaintext = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    assert not credentials.keychain_status(plaintext()).secure

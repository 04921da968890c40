"""Credentials live in the keychain only; unsafe backends are refused."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from cs_desktop.sync import credentials


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
    credentials._session_only.clear()


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

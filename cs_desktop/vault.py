"""Encrypted stores: which key opens which file, the keychain that keeps it, recovery keys.

A store's key is 32 random bytes kept in the system keychain, one entry per store (named by
the file's full path), never on disk in clear; or, where there is no keychain, a passphrase the
user types. Once a key opened a store in this process it is remembered in memory for that
path (and handed to child processes through their spawn arguments), so the engine, backups,
restores and start-up's quick reads all key their connections the same way.

The keychain is not a backup: the recovery key (the same 32 bytes, written as 14 groups of
four letters and digits with a checksum) is shown once when encryption is turned on, to print
or save; a backup restored on another computer asks for it.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import secrets
import threading
from contextlib import closing
from pathlib import Path

from cs_desktop.cipher import (
    DATABASE_ERRORS,
    KEY_BYTES,
    StoreKey,
    connect,
    is_plain_sqlite,
    looks_encrypted,
)
from cs_desktop.i18n import N_, _
from cs_desktop.store_errors import (
    KEY_MISSING,
    KEYCHAIN_KEY_WRONG,
    WRONG_KEY,
    StoreKeyMissingError,
    StoreWrongKeyError,
)

__all__ = [
    "KEYCHAIN_SERVICE",
    "PLAIN_NEW_STORES_ENV",
    "StoreKey",
    "is_encrypted",
    "key_for_new_store",
    "key_from_recovery",
    "keychain_available",
    "known_key",
    "recovery_key",
    "remember_key",
    "store_key",
    "unlock",
]

KEYCHAIN_SERVICE = "cs-desktop-store"
# Set (to anything) for new stores to be plain even where a keychain exists: scripted setups
# and the test suite, which encrypts stores only where it means to.
PLAIN_NEW_STORES_ENV = "CS_DESKTOP_PLAIN_STORES"
NO_KEYCHAIN_FOR_STORE = N_(
    "no system keychain is available to keep the store's key: encrypt it with a passphrase "
    "instead (cs-desktop db encrypt --passphrase, or the checkbox in Preferences)"
)
NOT_A_RECOVERY_KEY = N_(
    "that looks like a recovery key but one of its letters is wrong (a typo?): check it "
    "against the printed or saved copy"
)
_CHECK_BYTES = 3  # 32 + 3 bytes are exactly 56 base32 letters: 14 groups of four
_GROUP = 4

_known: dict[str, StoreKey] = {}
_lock = threading.Lock()


def _name(path: Path | str) -> str:
    return str(Path(path).expanduser().resolve())


# -- keys known in this process --------------------------------------------------------------
def remember_key(path: Path | str, key: StoreKey | None) -> None:
    """Use ``key`` for the file at ``path`` from now on in this process (None: it is plain)."""
    with _lock:
        if key is None:
            _known.pop(_name(path), None)
        else:
            _known[_name(path)] = key


def known_key(path: Path | str) -> StoreKey | None:
    """The key remembered for ``path`` in this process, without asking the keychain."""
    with _lock:
        return _known.get(_name(path))


def is_encrypted(path: Path) -> bool:
    """Whether the file at ``path`` is an encrypted store (or looks like one)."""
    return not is_plain_sqlite(path) and (known_key(path) is not None or looks_encrypted(path))


def store_key(path: Path, *, for_store: Path | None = None) -> StoreKey | None:
    """The key that opens the file at ``path``: None when it is plain, new or not a store.

    ``for_store``: the store ``path`` is a backup of, whose key it was most likely written
    with (a backup from before the store's key changed needs its recovery key instead).

    Raises:
        StoreKeyMissingError: the file is encrypted and no key for it is known here.
    """
    path = Path(path)
    if not is_encrypted(path):
        return None
    key = known_key(path) or keychain_key(path)
    if key is not None:
        return key
    if for_store is not None:
        key = known_key(for_store) or keychain_key(for_store)
        if key is not None and opens(path, key):
            return key
    raise StoreKeyMissingError(path, _(KEY_MISSING).format(path=path))


def unlock(path: Path, key: StoreKey, *, from_keychain: bool = False) -> None:
    """Check that ``key`` opens ``path``, then remember it for this process.

    Raises:
        StoreWrongKeyError: it does not.
    """
    if not opens(path, key):
        message = KEYCHAIN_KEY_WRONG if from_keychain else WRONG_KEY
        raise StoreWrongKeyError(path, _(message).format(path=path))
    remember_key(path, key)


def opens(path: Path, key: StoreKey | None) -> bool:
    """Whether ``key`` reads the file at ``path`` (its schema; nothing is written)."""
    try:
        with closing(connect(f"{path.resolve().as_uri()}?mode=ro", key=key, uri=True)) as db:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DATABASE_ERRORS:
        return False
    return True


# -- the keychain ----------------------------------------------------------------------------
def keychain_available() -> bool:
    """Whether a safe system keychain can keep store keys here."""
    from cs_desktop.keychain import is_secure

    return is_secure()


def keychain_key(path: Path | str) -> StoreKey | None:
    """The key the keychain keeps for the store at ``path``, if any."""
    import keyring

    if not keychain_available():
        return None
    try:
        value = keyring.get_password(KEYCHAIN_SERVICE, _name(path))
    except Exception:  # a failing backend holds no key we can use: the user is asked for it
        return None
    if value is None or len(value) != 2 * KEY_BYTES:
        return None
    return StoreKey(value)


def save_to_keychain(path: Path | str, key: StoreKey) -> None:
    """Keep ``key`` (a random one) in the keychain for the store at ``path``.

    Raises:
        KeyringError: the keychain refused it.
    """
    import keyring

    keyring.set_password(KEYCHAIN_SERVICE, _name(path), key.secret)


def delete_from_keychain(path: Path | str) -> None:
    import keyring
    from keyring.errors import KeyringError

    with contextlib.suppress(KeyringError):  # already gone
        keyring.delete_password(KEYCHAIN_SERVICE, _name(path))


def new_key() -> StoreKey:
    return StoreKey.from_bytes(secrets.token_bytes(KEY_BYTES))


def key_for_new_store(path: Path) -> StoreKey | None:
    """The key a store about to be created at ``path`` gets: a new one, kept in the keychain.

    None (a plain store) where no safe keychain exists or :data:`PLAIN_NEW_STORES_ENV` is set.
    """
    chosen = known_key(path)  # a passphrase the user gave for it
    if chosen is not None:
        return chosen
    if os.environ.get(PLAIN_NEW_STORES_ENV) or not keychain_available():
        return None
    from keyring.errors import KeyringError

    key = new_key()
    try:
        save_to_keychain(path, key)
    except KeyringError:
        return None
    remember_key(path, key)
    return key


# -- recovery keys ---------------------------------------------------------------------------
def recovery_key(key: StoreKey) -> str:
    """``key`` written to be printed or saved: ``ABCD-EFGH-...`` (14 groups, checksummed).

    A passphrase is its own recovery key.
    """
    if key.passphrase:
        return key.secret
    raw = bytes.fromhex(key.secret)
    letters = base64.b32encode(raw + _checksum(raw)).decode("ascii")
    return "-".join(letters[i : i + _GROUP] for i in range(0, len(letters), _GROUP))


def key_from_recovery(text: str) -> StoreKey:
    """The key a recovery key or a passphrase stands for.

    Raises:
        ValueError: ``text`` has a recovery key's shape but a letter is wrong.
    """
    letters = "".join(text.split()).replace("-", "").upper()
    size = len(base64.b32encode(bytes(KEY_BYTES + _CHECK_BYTES)))
    if len(letters) == size and all(c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" for c in letters):
        data = base64.b32decode(letters)
        raw, check = data[:KEY_BYTES], data[KEY_BYTES:]
        if _checksum(raw) != check:
            raise ValueError(_(NOT_A_RECOVERY_KEY))
        return StoreKey.from_bytes(raw)
    return StoreKey(text, passphrase=True)


def _checksum(raw: bytes) -> bytes:
    return hashlib.sha256(raw).digest()[:_CHECK_BYTES]

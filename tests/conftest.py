"""Fixtures for every test. Qt runs offscreen: with no display the qapp fixture would abort
otherwise. Plain code that tests call lives in :mod:`tests.support`."""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# New stores are plain even under the memory keychain: tests encrypt a store where they mean
# to (the ``encrypted_store`` fixture). Child processes inherit it.
os.environ["CS_DESKTOP_PLAIN_STORES"] = "1"

from collections.abc import Iterator
from pathlib import Path

import httpx
import keyring
import pytest

from crm_sandbox import Sandbox
from cs_desktop import vault
from cs_desktop.db import Store, open_store
from cs_desktop.i18n import language_for_locale, set_language
from cs_desktop.sync import credentials

# Tests speak plain HTTP to a sandbox on loopback and never need the certificate authorities,
# which httpx parses for each client it makes (20-25 ms of CPU, hundreds of clients a run).
# An empty folder of them is read lazily: a client costs half a millisecond, and an HTTPS
# request a test made by mistake would fail. Child processes inherit it.
os.environ.pop("SSL_CERT_FILE", None)
os.environ["SSL_CERT_DIR"] = tempfile.mkdtemp(prefix="cs-desktop-tests-no-ca-")
atexit.register(shutil.rmtree, os.environ["SSL_CERT_DIR"], ignore_errors=True)

# A failed assertion in tests.support explains itself as one in a test module does.
pytest.register_assert_rewrite("tests.support")

# The CRM sandbox: a real server on a free loopback port, and its clients.
from tests.support.crm_sandbox import api, control, sandbox, shared_sandbox  # noqa: E402
from tests.support.keychain import MemoryKeyring  # noqa: E402
from tests.support.salesforce_sandbox import sf_api, sf_control, sf_sandbox  # noqa: E402
from tests.support.vault import TEST_KEY, encrypted_copy  # noqa: E402

__all__ = [  # fixtures
    "api",
    "control",
    "sandbox",
    "sf_api",
    "sf_control",
    "sf_sandbox",
    "shared_sandbox",
]


@pytest.fixture(scope="session")
def migrated_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty store made through the migrations, once per test process: copying it is ten
    times quicker than migrating again. Copy it; never open this file."""
    path = tmp_path_factory.mktemp("migrated") / "store.sqlite3"
    open_store(path).close()
    assert not path.with_name(path.name + "-wal").exists()  # all of it is in the one file
    return path


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--encrypted-stores",
        action="store_true",
        help="the store fixture is an encrypted store (SQLCipher), its key in a memory keychain",
    )


@pytest.fixture(scope="session")
def encrypted_store_file(migrated_store_file: Path) -> Path:
    """``migrated_store_file`` encrypted with :data:`tests.support.vault.TEST_KEY`. Copy it."""
    path = migrated_store_file.with_name("encrypted.sqlite3")
    encrypted_copy(migrated_store_file, path)
    return path


@pytest.fixture
def store(
    request: pytest.FixtureRequest, tmp_path: Path, migrated_store_file: Path
) -> Iterator[Store]:
    """A real, file-backed store created through the migrations (a copy of one made so).

    With ``--encrypted-stores`` it is encrypted (see ``encrypted_store``).
    """
    if request.config.getoption("--encrypted-stores"):
        yield request.getfixturevalue("encrypted_store")
        return
    path = tmp_path / "store.sqlite3"
    shutil.copyfile(migrated_store_file, path)
    opened = open_store(path)
    yield opened
    opened.close()


@pytest.fixture
def encrypted_store(
    tmp_path: Path, encrypted_store_file: Path, memory_keyring: MemoryKeyring
) -> Iterator[Store]:
    """An encrypted store (SQLCipher) whose key the memory keychain holds, as the app's would."""
    path = tmp_path / "store.sqlite3"
    shutil.copyfile(encrypted_store_file, path)
    vault.save_to_keychain(path, TEST_KEY)
    opened = open_store(path)
    yield opened
    opened.close()
    vault.remember_key(path, None)


@pytest.fixture(autouse=True)
def _isolated_user_store(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No test may touch the developer's real store, nor write to their log.
    user = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("CS_DESKTOP_DB", str(user / "default.sqlite3"))
    monkeypatch.setenv("CS_DESKTOP_LOG_DIR", str(user / "log"))


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests read English: commands run in a child process too, whatever the machine's locale,
    and a test that switches the core's language leaves English behind for the next one."""
    if language_for_locale(os.environ.get("LC_ALL", "")) != "en":
        monkeypatch.setenv("LC_ALL", "C.UTF-8")
    monkeypatch.setenv("LC_MESSAGES", "C.UTF-8")
    set_language("en")
    yield
    set_language("en")


@pytest.fixture(autouse=True)
def _collect_cyclic_garbage() -> Iterator[None]:
    yield
    # Once a TaskRunner exists the app collects cycles from a Qt timer on the GUI thread
    # (ui.tasks.GuiThreadCollector); between tests no event loop runs it, so collect here.
    if not gc.isenabled():
        (young, middle, old), (most_young, most_middle, most_old) = (
            gc.get_count(),
            gc.get_threshold(),
        )
        if young > most_young:
            gc.collect(2 if middle > most_middle and old > most_old else int(middle > most_middle))


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The system keychain, in memory for this test (sync modules use it for every test)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
    credentials._session_only.clear()


@pytest.fixture
def portal_in_the_past(sandbox: Sandbox) -> None:
    # Search only returns records older than a minute (its index lags): the portal's clock
    # runs an hour behind, and tests advance it to let writes age.
    with httpx.Client(base_url=sandbox.url) as client:
        client.post("/__emulator/clock", json={"offset": -3600})

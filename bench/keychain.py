"""A keychain for benchmark processes: the app's processes started by the benchmark (cold
start, imports) find an encrypted store's key here, as they would in the system keychain.

Selected with ``PYTHON_KEYRING_BACKEND=bench.keychain.BenchKeyring``; the keys live in the
JSON file ``$CS_DESKTOP_BENCH_KEYCHAIN`` inside the benchmark's own temporary folder, next to
the throwaway stores they open. Never used by the app itself.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

FILE_ENV = "CS_DESKTOP_BENCH_KEYCHAIN"


class BenchKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _load(self) -> dict[str, str]:
        path = Path(os.environ[FILE_ENV])
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._load()
        items[f"{service}\n{username}"] = password
        Path(os.environ[FILE_ENV]).write_text(json.dumps(items))

    def delete_password(self, service: str, username: str) -> None:
        items = self._load()
        items.pop(f"{service}\n{username}", None)
        Path(os.environ[FILE_ENV]).write_text(json.dumps(items))


def use_bench_keychain(workdir: Path) -> None:
    """This process and its children keep store keys in ``workdir``'s keychain file."""
    import keyring

    os.environ[FILE_ENV] = str(workdir / "bench-keychain.json")
    os.environ["PYTHON_KEYRING_BACKEND"] = f"{__name__}.BenchKeyring"
    keyring.set_keyring(BenchKeyring())

"""Shared fixtures. Qt runs offscreen: with no display the qapp fixture would abort otherwise."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from cs_desktop.db import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A real, file-backed store created through the migrations."""
    opened = open_store(tmp_path / "store.sqlite3")
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _isolated_user_store(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No test may touch the developer's real store.
    monkeypatch.setenv("CS_DESKTOP_DB", str(tmp_path_factory.mktemp("user") / "default.sqlite3"))

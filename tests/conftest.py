"""Shared fixtures. Qt runs offscreen: with no display the qapp fixture would abort otherwise."""

from __future__ import annotations

import gc
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
    # No test may touch the developer's real store, nor write to their log.
    user = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("CS_DESKTOP_DB", str(user / "default.sqlite3"))
    monkeypatch.setenv("CS_DESKTOP_LOG_DIR", str(user / "log"))


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

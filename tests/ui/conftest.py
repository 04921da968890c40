"""Fixtures of the Qt layer's tests: the window speaks English unless a test says otherwise.

The core's language is reset to English by ``_english`` in tests/conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ui.translation import apply_language, current_language


@pytest.fixture(scope="session", autouse=True)
def _english_window(qapp: QApplication) -> None:
    # English's catalog holds its plural forms ("1 day", "2 days"): loaded as the app does.
    apply_language("en")


@pytest.fixture(autouse=True)
def _back_to_english(_english_window: None, _english: None) -> Iterator[None]:
    yield
    if current_language() != "en":  # a test switched the language: later ones read English
        apply_language("en")
        QApplication.processEvents()

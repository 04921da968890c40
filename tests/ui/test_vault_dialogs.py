"""The encrypted store in the app: the key found or asked for at start, the Preferences
checkbox applied at the next start, and the recovery key shown once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QDialog

from cs_desktop import vault
from cs_desktop.db import Store
from tests.support.vault import TEST_KEY
from ui import vault_dialogs
from ui.main.main_window import MainWindow
from ui.vault_dialogs import ENCRYPT_SETTING, RecoveryKeyDialog, prepare_store


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def shown_keys(monkeypatch) -> list[str]:
    """The recovery keys the app showed (the dialog answers at once)."""
    shown: list[str] = []

    def exec_(dialog: RecoveryKeyDialog) -> int:
        shown.append(dialog.field.text())
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(RecoveryKeyDialog, "exec", exec_)
    return shown


def _typed_at_the_prompt(monkeypatch, answers: list[str]) -> list[str]:
    """Answer the key prompt with ``answers`` in turn (then Cancel); the errors it showed."""
    errors: list[str] = []
    queue: Iterator[str] = iter(answers)

    def exec_(dialog: vault_dialogs.KeyPromptDialog) -> int:
        if dialog.error.text():
            errors.append(dialog.error.text())
        answer = next(queue, None)
        if answer is None:
            return QDialog.DialogCode.Rejected.value
        dialog.key.setText(answer)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(vault_dialogs.KeyPromptDialog, "exec", exec_)
    return errors


def test_an_encrypted_store_opens_with_the_keychain_key(qapp, encrypted_store, settings) -> None:
    path = encrypted_store.path
    encrypted_store.close()
    vault.remember_key(path, None)
    assert prepare_store(path, settings)
    assert vault.known_key(path) == TEST_KEY


def test_without_a_keychain_key_the_app_asks_for_the_recovery_key(
    qapp, encrypted_store, memory_keyring, settings, monkeypatch
) -> None:
    path = encrypted_store.path
    encrypted_store.close()
    vault.remember_key(path, None)
    memory_keyring.items.clear()
    errors = _typed_at_the_prompt(monkeypatch, ["not it", vault.recovery_key(TEST_KEY)])
    assert prepare_store(path, settings)
    assert errors and "does not open the store" in errors[0]
    assert vault.keychain_key(path) == TEST_KEY, "kept for the next start"


def test_cancelling_the_key_prompt_leaves(
    qapp, encrypted_store, memory_keyring, settings, monkeypatch
) -> None:
    path = encrypted_store.path
    encrypted_store.close()
    vault.remember_key(path, None)
    memory_keyring.items.clear()
    _typed_at_the_prompt(monkeypatch, [])
    assert not prepare_store(path, settings)


def test_the_preferences_checkbox_encrypts_the_store_at_the_next_start(
    qtbot, store: Store, memory_keyring, settings, shown_keys
) -> None:
    if vault.is_encrypted(store.path):
        pytest.skip("the store fixture is encrypted in this run")
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.portfolio_loaded, timeout=10_000):
        window.show()
    dialog = window.show_preferences()
    boxes = [box for box in dialog.findChildren(QCheckBox) if "Encrypt" in box.text()]
    assert len(boxes) == 1 and not boxes[0].isChecked()
    boxes[0].setChecked(True)
    dialog.accept()
    assert settings.value(ENCRYPT_SETTING) == "on"
    window.runner.shutdown()
    window.close()
    store.close()

    assert prepare_store(store.path, settings)  # the next start
    assert vault.is_encrypted(store.path)
    assert len(shown_keys) == 1 and vault.key_from_recovery(shown_keys[0]) == vault.keychain_key(
        store.path
    )
    assert settings.value(ENCRYPT_SETTING) is None, "applied once"


def test_a_new_store_is_encrypted_where_a_keychain_exists(
    qapp, memory_keyring, tmp_path, settings, shown_keys, monkeypatch
) -> None:
    monkeypatch.delenv(vault.PLAIN_NEW_STORES_ENV)
    path = tmp_path / "new.sqlite3"
    assert prepare_store(path, settings)
    assert len(shown_keys) == 1
    from cs_desktop.db import open_store

    open_store(path).close()
    assert vault.is_encrypted(path)
    assert vault.recovery_key(vault.keychain_key(path)) == shown_keys[0]  # type: ignore[arg-type]


def test_the_recovery_key_can_be_saved_to_a_file(qapp, tmp_path) -> None:
    dialog = RecoveryKeyDialog(vault.recovery_key(TEST_KEY))
    target = tmp_path / "key.txt"
    dialog.save_to_file(str(target))
    assert target.read_text().strip() == vault.recovery_key(TEST_KEY)


def test_unticking_encryption_warns_first(qapp, encrypted_store, settings, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.vault_dialogs import encryption_row

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    warned: list[str] = []

    def warning(parent, title, text, *args) -> QMessageBox.StandardButton:
        warned.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    box, apply = encryption_row(settings, encrypted_store.path)
    assert box.isChecked()
    box.setChecked(False)
    apply()
    assert settings.value(ENCRYPT_SETTING) is None, "No: nothing changes"
    apply()
    assert settings.value(ENCRYPT_SETTING) == "off"
    assert len(warned) == 2 and "in clear" in warned[0]

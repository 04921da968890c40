"""The encrypted store in the app: the key asked for at start, the recovery key shown once, the
Preferences checkbox, and turning encryption on or off before the store opens.

The checkbox in Edit > Preferences records the wish (:data:`ENCRYPT_SETTING`); the store is
converted the next time the app starts, before anything opens it (a converted file replaces
the open one, which no connection may hold then). A new store is encrypted from the start
where the system keychain can keep its key; without one the app says so and offers a
passphrase.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cs_desktop import vault
from cs_desktop.cipher import StoreKey
from cs_desktop.errors import user_message
from cs_desktop.store_errors import StoreKeyError

ENCRYPT_SETTING = "store/encrypt"  # "on" / "off": applied at the next start, then removed
T = TypeVar("T")
log = logging.getLogger(__name__)


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once after encryption is turned on: copy, save or print it."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save the recovery key"))
        self.recovery_key = recovery_key
        advice = QLabel(
            self.tr(
                "The store is encrypted: its key is in this computer's keychain. Print this "
                "recovery key or save it somewhere other than this computer. Restoring a "
                "backup on another computer asks for it, and the keychain is not a backup.",
            )
        )
        advice.setWordWrap(True)
        self.field = QLineEdit(recovery_key)
        self.field.setReadOnly(True)
        self.field.setAccessibleName(self.tr("Recovery key"))
        self.field.setMinimumWidth(self.field.fontMetrics().horizontalAdvance(recovery_key) + 24)
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery_key))
        save = QPushButton(self.tr("&Save to a file…"))
        save.clicked.connect(self.save_to_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(advice)
        layout.addWidget(self.field)
        layout.addWidget(buttons)

    def save_to_file(self, target: str | None = None) -> None:
        """Write the key to a file the user picks (a USB stick, a password manager's import)."""
        if target is None:
            target, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the recovery key"),
                self.tr("cs-desktop-recovery-key.txt"),
            )
        if target:
            Path(target).write_text(self.recovery_key + "\n", encoding="utf-8")


class KeyPromptDialog(QDialog):
    """Asks for a store's recovery key or passphrase (the keychain has no key for it)."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open the encrypted store"))
        text = QLabel(message)
        text.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(highlight)")
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setAccessibleName(self.tr("Recovery key or passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Recovery key or &passphrase:"), self.key)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)


class PassphraseDialog(QDialog):
    """A new passphrase, typed twice (where no keychain can keep a random key)."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypt the store with a passphrase"))
        text = QLabel(message)
        text.setWordWrap(True)
        self.first, self.second = QLineEdit(), QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.first, self.second):
            field.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def passphrase(self) -> str:
        return self.first.text()

    def _check(self) -> None:
        ok = bool(self.first.text()) and self.first.text() == self.second.text()
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(ok)


def encryption_row(settings: QSettings, store_path: Path) -> tuple[QCheckBox, Callable[[], None]]:
    """The Preferences checkbox "Encrypt the store" and what OK does with it."""
    box = QCheckBox(box_text())
    wish = settings.value(ENCRYPT_SETTING)
    encrypted = vault.is_encrypted(store_path)
    box.setChecked(wish == "on" if wish in ("on", "off") else encrypted)
    if vault.keychain_available():
        box.setToolTip(box_text(keychain=True))
    else:
        box.setToolTip(box_text(keychain=False))

    def apply() -> None:
        if box.isChecked() == encrypted:
            settings.remove(ENCRYPT_SETTING)
            return
        if not box.isChecked():
            from cs_desktop.encryption import DECRYPT_WARNING
            from cs_desktop.i18n import _

            answer = QMessageBox.warning(
                box.window(),
                QCoreApplication.translate("Vault", "Turn encryption off?"),
                _(DECRYPT_WARNING).format(path=store_path),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        settings.setValue(ENCRYPT_SETTING, "on" if box.isChecked() else "off")

    return box, apply


def box_text(*, keychain: bool | None = None) -> str:
    if keychain is None:
        return QCoreApplication.translate(
            "Vault", "&Encrypt the store on this computer (applied when CS Desktop next starts)"
        )
    if keychain:
        return QCoreApplication.translate(
            "Vault", "Its key goes to the system keychain; you get a recovery key to keep."
        )
    return QCoreApplication.translate(
        "Vault",
        "No system keychain is available here: the store is encrypted with a passphrase "
        "you type at each start.",
    )


def prepare_store(db_path: Path, settings: QSettings) -> bool:
    """Before the store opens: apply the Preferences' wish, then find or ask for its key.

    Returns False when the user gave up (the app then leaves).
    """
    try:
        if not db_path.exists():
            _new_store(db_path)
        wish = settings.value(ENCRYPT_SETTING)
        if wish in ("on", "off"):
            settings.remove(ENCRYPT_SETTING)
            if wish == "on" and db_path.exists() and not vault.is_encrypted(db_path):
                if not _encrypt(db_path):
                    return False
            elif wish == "off" and vault.is_encrypted(db_path) and _unlock(db_path):
                _busy(
                    QCoreApplication.translate("Vault", "Decrypting the store…"),
                    lambda: _decrypt(db_path),
                )
        return _unlock(db_path)
    except Exception as error:
        message = user_message(error)
        if message is None:
            raise
        log.warning("the store %s could not be prepared: %s", db_path, message)
        QMessageBox.critical(
            None, QCoreApplication.translate("Vault", "CS Desktop cannot open the store"), message
        )
        return False


def _new_store(db_path: Path) -> None:
    if os.environ.get(vault.PLAIN_NEW_STORES_ENV):
        return
    key = vault.key_for_new_store(db_path)
    if key is not None:
        RecoveryKeyDialog(vault.recovery_key(key)).exec()
        return
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("Vault", "No system keychain"),
        QCoreApplication.translate(
            "Vault",
            "No system keychain is available to keep the new store's key. Encrypt the store "
            "with a passphrase you type at each start? Without one, it is a plain file "
            "anyone with this disk can read.",
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        dialog = PassphraseDialog(
            QCoreApplication.translate(
                "Vault", "Choose the store's passphrase (it cannot be recovered)."
            )
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            vault.remember_key(db_path, StoreKey(dialog.passphrase(), passphrase=True))


def _encrypt(db_path: Path) -> bool:
    from cs_desktop.encryption import encrypt_store

    passphrase = None
    if not vault.keychain_available():
        dialog = PassphraseDialog(
            QCoreApplication.translate(
                "Vault",
                "No system keychain is available to keep the store's key: choose a passphrase "
                "instead. You type it at each start; it cannot be recovered.",
            )
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return True  # the store stays plain, and opens as before
        passphrase = dialog.passphrase()
    converted = _busy(
        QCoreApplication.translate("Vault", "Encrypting the store…"),
        lambda: encrypt_store(db_path, passphrase=passphrase),
    )
    if converted.recovery_key is not None:
        RecoveryKeyDialog(converted.recovery_key).exec()
    return True


def _decrypt(db_path: Path) -> None:
    from cs_desktop.encryption import decrypt_store

    decrypt_store(db_path)


def _unlock(db_path: Path) -> bool:
    """Find the store's key (the keychain) or ask for it until it opens; False on Cancel."""
    try:
        key = vault.store_key(db_path)
        if key is not None and key is not vault.known_key(db_path):
            vault.unlock(db_path, key, from_keychain=True)
        return True
    except StoreKeyError as error:
        message = str(error)
    dialog = KeyPromptDialog(message)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            vault.unlock(db_path, vault.key_from_recovery(dialog.key.text()))
        except (ValueError, StoreKeyError) as error:
            dialog.error.setText(str(error))
            dialog.key.selectAll()
            continue
        if vault.keychain_available():
            key = vault.known_key(db_path)
            if key is not None and not key.passphrase:
                vault.save_to_keychain(db_path, key)  # next time it opens by itself
        return True
    return False


def _busy(label: str, work: Callable[[], T]) -> T:
    """Run ``work`` on a thread behind a busy progress dialog (no window is open yet)."""
    progress = QProgressDialog(label, "", 0, 0)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.show()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="cs-vault") as pool:
        done: Future[T] = pool.submit(work)
        while not done.done():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.02)
    progress.close()
    return done.result()


__all__ = [
    "ENCRYPT_SETTING",
    "KeyPromptDialog",
    "PassphraseDialog",
    "RecoveryKeyDialog",
    "encryption_row",
    "prepare_store",
]

"""The encryption commands: ``db encrypt [--passphrase]``, ``db decrypt --yes``,
``db recovery-key``; and the key every command asks for when the keychain has none.

Registered by :mod:`cs_desktop.cli` (:func:`add_db_commands`, :func:`db_handler`,
:func:`unlock`). Secrets come from a hidden prompt or standard input, never from the command
line or the environment, which end up in shell history, process lists and logs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from cs_desktop import vault
from cs_desktop.cli_base import EXIT_FAILED, EXIT_OK, CommandGroup, Handler, UserError, store_path
from cs_desktop.encryption import DECRYPT_WARNING
from cs_desktop.i18n import N_, _
from cs_desktop.store_errors import StoreKeyMissingError

ENCRYPT, DECRYPT, RECOVERY_KEY = "encrypt", "decrypt", "recovery-key"
RECOVERY_ADVICE = N_(
    "Recovery key (print it, or save it somewhere other than this computer: restoring a backup "
    "on another computer asks for it, and the keychain is not a backup):"
)


def add_db_commands(db_commands: CommandGroup[argparse.ArgumentParser]) -> None:
    """Add ``encrypt``, ``decrypt`` and ``recovery-key`` to ``cs-desktop db``."""
    encrypt = db_commands.add_parser(
        ENCRYPT,
        help=_("encrypt the store in place (its key goes to the system keychain)"),
    )
    encrypt.add_argument(
        "--passphrase",
        action="store_true",
        help=_("use a passphrase you type instead of the keychain (where there is none)"),
    )
    decrypt = db_commands.add_parser(
        DECRYPT, help=_("turn the store's encryption off (it becomes readable by anyone)")
    )
    decrypt.add_argument(
        "--yes", action="store_true", help=_("yes, write the store in clear on this disk")
    )
    db_commands.add_parser(
        RECOVERY_KEY, help=_("show the encrypted store's recovery key, to print or save")
    )


def db_handler(check: Handler) -> Handler:
    """The ``db`` command: the encryption commands here, ``check`` for ``db check``."""

    def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
        if args.db_command == ENCRYPT:
            return _encrypt(args, out, err)
        if args.db_command == DECRYPT:
            return _decrypt(args, out, err)
        if args.db_command == RECOVERY_KEY:
            return _recovery_key(args, out)
        return check(args, out, err)

    return run


def unlock(args: argparse.Namespace, err: TextIO) -> None:
    """Before a command: ask for the key of an encrypted store (or backup) the keychain lacks.

    Raises:
        StoreKeyMissingError: there is no terminal or standard input to ask.
        StoreWrongKeyError: the key given does not open it.
        UserError: a recovery key with a typo.
    """
    path = store_path(args)
    files: list[tuple[Path, Path | None]] = [(path, None)]
    restore = getattr(args, "restore", None)
    if restore:
        files.append((Path(restore).expanduser(), path))
    for file, owner in files:
        if not file.is_file():
            continue
        try:
            vault.store_key(file, for_store=owner)
        except StoreKeyMissingError as missing:
            print(missing, file=err)
            text = _read_secret(_("Recovery key or passphrase: "), missing)
            try:
                key = vault.key_from_recovery(text)
            except ValueError as typo:
                raise UserError(str(typo)) from None
            vault.unlock(file, key)


def _encrypt(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop.encryption import encrypt_store

    path = store_path(args)
    passphrase = None
    if args.passphrase:
        passphrase = _read_secret(_("New passphrase: "), UserError(_("no passphrase given")))
        if sys.stdin.isatty():
            again = _read_secret(_("The passphrase again: "), UserError(_("no passphrase given")))
            if again != passphrase:
                raise UserError(_("the two passphrases differ; nothing was changed"))
    converted = encrypt_store(path, passphrase=passphrase)
    print(_("The store {path} is encrypted.").format(path=path), file=out)
    if converted.backups:
        print(
            _("Its backups were encrypted too: {count}.").format(count=len(converted.backups)),
            file=out,
        )
    if converted.recovery_key is not None:
        print(_("Its key is in this computer's keychain."), file=out)
        print(_(RECOVERY_ADVICE), file=out)
        print(f"  {converted.recovery_key}", file=out)
    else:
        print(_("It opens with the passphrase: keep it safe, it cannot be recovered."), file=out)
    return EXIT_OK


def _decrypt(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop.encryption import decrypt_store

    path = store_path(args)
    warning = _(DECRYPT_WARNING).format(path=path)
    print(_("cs-desktop: warning: {message}").format(message=warning), file=err)
    if not args.yes:
        print(_("Nothing was changed; run it again with --yes to go on."), file=err)
        return EXIT_FAILED
    decrypt_store(path)
    print(_("The store {path} is no longer encrypted.").format(path=path), file=out)
    return EXIT_OK


def _recovery_key(args: argparse.Namespace, out: TextIO) -> int:
    path = store_path(args)
    key = vault.store_key(path)
    if key is None:
        raise UserError(_("The store {path} is not encrypted.").format(path=path))
    if key.passphrase:
        raise UserError(
            _("The store {path} opens with its passphrase, its own recovery key.").format(path=path)
        )
    print(_(RECOVERY_ADVICE), file=out)
    print(f"  {vault.recovery_key(key)}", file=out)
    return EXIT_OK


def _read_secret(prompt: str, missing: Exception) -> str:
    """A secret from a hidden ``prompt``, or the first line of standard input (no terminal)."""
    import getpass

    if sys.stdin is None:
        raise missing
    value = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline()
    value = value.strip()
    if not value:
        raise missing
    return value


def warn_if_created_plain(path: Path, err: TextIO) -> None:
    """Say so when the command just created a plain store because no keychain could keep a key.

    New stores are encrypted where a keychain exists; without one a store is not left plain
    silently (the app offers a passphrase; here the user is told how to add one).
    """
    import os

    if not path.exists() or vault.is_encrypted(path) or os.environ.get(vault.PLAIN_NEW_STORES_ENV):
        return
    print(
        _(
            "Note: {path} is not encrypted: this computer has no system keychain to keep its "
            "key. Encrypt it with a passphrase: cs-desktop --db {path} db encrypt --passphrase"
        ).format(path=path),
        file=err,
    )

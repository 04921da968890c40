"""Encrypted stores against plain ones, measured in the same run: search, account detail,
cold start and an import, each on an encrypted copy of the generated store and on the plain
store (target: within 1.3x); and the conversion of the whole store, checked by the checksum
of its full dump before encryption and after decryption.

Run alone: ``python -m bench.vault --accounts 1000`` (generates the store first).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import tempfile
import time
from contextlib import closing
from pathlib import Path

from bench.figures import Figure
from bench.keychain import use_bench_keychain
from cs_desktop import vault
from cs_desktop.cipher import connect
from cs_desktop.encryption import convert_file, dump_checksum

MAX_RATIO = 1.3
IMPORT_ROWS = 100_000


def measure(store: Path, workdir: Path, import_rows: int = IMPORT_ROWS) -> list[Figure]:
    from bench.importing import run_import, write_accounts_csv
    from bench.queries import measure_account_detail, measure_search
    from bench.startup import measure_startup

    use_bench_keychain(workdir)
    os.environ[vault.PLAIN_NEW_STORES_ENV] = "1"  # each store here is encrypted on purpose
    encrypted, conversion = _encrypted_copy(store, workdir)
    figures = conversion
    for plain, secret in zip(measure_search(store), measure_search(encrypted), strict=True):
        figures.append(_against_plain(secret, plain))
    figures.append(_against_plain(measure_account_detail(encrypted), measure_account_detail(store)))
    figures.append(_against_plain(measure_startup(encrypted), measure_startup(store)))

    source = write_accounts_csv(workdir / f"vault-accounts-{import_rows}.csv", import_rows)
    plain_target = _fresh(workdir / "vault-import-plain.sqlite3", encrypted=False)
    secret_target = _fresh(workdir / "vault-import-encrypted.sqlite3", encrypted=True)
    plain_run = run_import(plain_target, source)
    secret_run = run_import(secret_target, source)
    figures.append(
        Figure(
            f"import {import_rows:,} accounts from CSV into an encrypted store",
            secret_run.seconds,
            plain_run.seconds,
            max_ratio=MAX_RATIO,
            floor_name="the same import into a plain store",
        )
    )
    return figures


def _against_plain(encrypted: Figure, plain: Figure) -> Figure:
    return Figure(
        f"{encrypted.name} [encrypted]",
        encrypted.seconds,
        plain.seconds,
        max_ratio=MAX_RATIO,
        floor_name="the same on the plain store",
    )


def _encrypted_copy(store: Path, workdir: Path) -> tuple[Path, list[Figure]]:
    """An encrypted copy of ``store`` (its key in the bench keychain); the conversion's figures."""
    encrypted = workdir / f"encrypted-{store.name}"
    _remove(encrypted)
    with closing(sqlite3.connect(store)) as plain:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(store, encrypted)
    key = vault.new_key()
    vault.save_to_keychain(encrypted, key)
    started = time.perf_counter()
    before = convert_file(encrypted, None, key)
    encrypt_s = time.perf_counter() - started
    vault.remember_key(encrypted, key)

    decrypted = workdir / f"decrypted-{store.name}"
    _remove(decrypted)
    shutil.copyfile(encrypted, decrypted)
    started = time.perf_counter()
    convert_file(decrypted, key, None)
    decrypt_s = time.perf_counter() - started
    with closing(sqlite3.connect(decrypted)) as plain:
        after = dump_checksum(plain)
    _remove(decrypted)
    if after != before:
        raise RuntimeError("the decrypted copy's rows differ from the store's")
    size = encrypted.stat().st_size / 1e6
    return encrypted, [
        Figure(f"encrypt the store in place ({size:,.0f} MB, checked; no target)", encrypt_s),
        Figure(
            f"decrypt it again; dump checksum before and after equal ({before[:12]}…)",
            decrypt_s,
        ),
    ]


def _fresh(path: Path, *, encrypted: bool) -> Path:
    from cs_desktop.db import open_store

    _remove(path)
    open_store(path).close()
    if encrypted:
        key = vault.new_key()
        vault.save_to_keychain(path, key)
        convert_file(path, None, key)
        vault.remember_key(path, key)
        with closing(connect(path, key=key)) as check:
            check.execute("SELECT count(*) FROM account").fetchone()
    return path


def _remove(path: Path) -> None:
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--accounts", type=int, default=1000)
    parser.add_argument("--import-rows", type=int, default=IMPORT_ROWS)
    parser.add_argument("--workdir", type=Path, help="where stores go (default: temp)")
    args = parser.parse_args()
    from bench.generation import run as generate

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="cs-desktop-bench-vault-"))
    store = workdir / f"generated-{args.accounts}.sqlite3"
    if not store.exists():
        generate(workdir, args.accounts)
    for figure in measure(store, workdir, args.import_rows):
        print(figure.line(), flush=True)


if __name__ == "__main__":
    main()

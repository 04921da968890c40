"""Backups of a store: written aside, checked, then renamed; automatic ones kept beside the store.

A copy is written under a hidden temporary name next to its target with SQLite's online
backup API (a consistent snapshot, even while the app writes), read back with SQLite's quick
check, and only then renamed to its target: a backup killed midway leaves no file that looks
finished. The app keeps the last :data:`KEEP_DAILY` daily backups and :data:`KEEP_UPGRADE`
copies taken before schema upgrades in the ``backups`` folder beside the store.

Thread contract: every function here does file I/O for seconds on a big store (3 s to copy
and 5 s to check 1.2 GB): call them from a worker, never from the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from cs_desktop.cipher import DATABASE_ERRORS, ERRORS, StoreKey, connect
from cs_desktop.i18n import _
from cs_desktop.store_errors import (
    COPY_FAILED,
    TARGET_EXISTS,
    TARGET_READ_ONLY,
    UNREADABLE_PARTS,
    BackupError,
    DamagedCopyError,
    StoreDamagedError,
    check_found,
    translate,
)
from cs_desktop.store_files import (
    make_folder,
    partial_name,
    publish,
    read_only_reason,
    remove_partial,
    snapshot_uri,
    sweep_stale_partials,
    unused_name,
)
from cs_desktop.vault import known_key, remember_key

BACKUPS_FOLDER = "backups"
KEEP_DAILY = 7
KEEP_UPGRADE = 3
DEFAULT_SUFFIX = ".sqlite3"

BackupKind = Literal["daily", "upgrade"]


@dataclass(frozen=True)
class BackupFile:
    """An automatic backup of a store, as the restore dialog and ``backup --list`` show it."""

    path: Path
    kind: BackupKind
    taken_at: datetime
    size: int


def backups_folder(store_path: Path) -> Path:
    """Where a store's automatic backups are kept: ``backups/`` beside it."""
    return Path(store_path).parent / BACKUPS_FOLDER


def backup_store(engine: Any, target: Path, *, own_folder: bool = False) -> Path:
    """Copy the store behind ``engine`` to ``target``; safe while the store is in use.

    ``own_folder``: ``target`` is in the app's backups folder, where what any backup killed
    midway left is swept away.

    Returns:
        ``target``, once it holds a complete copy that passed SQLite's quick check.

    Raises:
        BackupError: ``target`` exists, its folder cannot be written, or the copy does not
            read back although the store is sound.
        DamagedCopyError: the store itself is damaged. The copy is kept at ``target`` for
            salvage; the error says it is damaged too.
        StoreError: a full disk or a failing one, or a store SQLite cannot read at all.
    """
    target = Path(target)
    if target.exists():
        raise BackupError(_(TARGET_EXISTS).format(path=target))
    reason = make_folder(target.parent) or read_only_reason(target)
    if reason is not None:
        raise BackupError(_(TARGET_READ_ONLY).format(path=target, reason=reason))
    sweep_stale_partials(target, whole_folder=own_folder)
    partial = partial_name(target)
    raw = engine.raw_connection()
    try:
        source: Any = raw.driver_connection
        store_path = _file_of(source)
        # An encrypted store's copy is encrypted with the same key: a backup shows no more.
        key = known_key(store_path)
        try:
            write_copy(source, partial, key)
        except ERRORS as error:
            raise _copy_error(error, store_path, target) from error
        problem = copy_damage(partial, key)
        if problem is not None:
            damage = damage_found(source)  # the copy is page for page: is the store sound?
            if damage is None:
                raise BackupError(
                    _(COPY_FAILED).format(path=store_path, copy=target, detail=problem)
                )
            publish(partial, target)
            raise DamagedCopyError(store_path, damage, target)
        publish(partial, target)
        remember_key(target, key)  # it opens here as its store does
    finally:
        raw.close()
        remove_partial(partial)
    return target


def daily_backup(engine: Any, store_path: Path, *, today: date | None = None) -> Path | None:
    """Today's automatic backup of the store, unless it exists already; keeps the last seven.

    Returns:
        The backup written, or None when today's was already there.

    Raises:
        StoreDamagedError: the store is damaged; no damaged copy is kept as a daily backup.
        StoreError: the backup could not be written (full disk, read-only folder...).
    """
    store_path = Path(store_path)
    day = (today or date.today()).isoformat()
    suffix = store_path.suffix or DEFAULT_SUFFIX
    target = backups_folder(store_path) / f"{store_path.stem}.daily-{day}{suffix}"
    if target.exists():
        return None
    try:
        backup_store(engine, target, own_folder=True)
    except DamagedCopyError as damaged:
        target.unlink(missing_ok=True)  # it would push a good backup out of the seven
        raise StoreDamagedError(damaged.path, damaged.detail) from None
    _keep_newest(_daily_backups(store_path), KEEP_DAILY)
    return target


def upgrade_backup(
    engine: Any, store_path: Path, revision: str, folder: Path | None = None
) -> Path:
    """A copy of the store before it is upgraded from ``revision``; keeps the last three."""
    store_path = Path(store_path)
    stamp = datetime.now(tz=UTC).strftime("%Y%m%dT%H%M%SZ")
    suffix = store_path.suffix or DEFAULT_SUFFIX
    folder = folder or backups_folder(store_path)
    name = f"{store_path.stem}.before-upgrade-from-{revision}.{stamp}{suffix}"
    target = unused_name(folder / name)  # two upgrades within a second
    try:
        backup_store(engine, target, own_folder=folder == backups_folder(store_path))
    except DamagedCopyError as damaged:
        target.unlink(missing_ok=True)
        raise StoreDamagedError(damaged.path, damaged.detail) from None
    _keep_newest(_upgrade_backups(store_path, folder), KEEP_UPGRADE)
    return target


def list_backups(store_path: Path) -> list[BackupFile]:
    """The store's automatic backups, newest first (also those older versions put beside it)."""
    store_path = Path(store_path)
    found = [
        *((path, "daily") for path in _daily_backups(store_path)),
        *((path, "upgrade") for path in _upgrade_backups(store_path)),
        *((path, "upgrade") for path in _upgrade_backups(store_path, store_path.parent)),
    ]
    listed = []
    for path, kind in found:
        try:
            stat = path.stat()
        except OSError:
            continue  # removed meanwhile
        taken_at = datetime.fromtimestamp(stat.st_mtime).astimezone()
        listed.append(BackupFile(path, kind, taken_at, stat.st_size))  # type: ignore[arg-type]
    return sorted(listed, key=lambda backup: (backup.taken_at, backup.path.name), reverse=True)


def write_copy(source: Any, target: Path, key: StoreKey | None = None) -> None:
    """Copy the database of ``source`` into a new file ``target`` (one consistent snapshot).

    ``key``: the one ``source`` is keyed with (a page copy keeps the encryption).
    """
    with closing(connect(target, key=key)) as destination:
        # All pages in one step: a copy made in steps starts over whenever the app writes.
        source.backup(destination)
        # A copy in rollback-journal mode is one file, and reading it leaves no -wal/-shm
        # beside it; a store opened from it goes back to WAL on its first open.
        destination.execute("PRAGMA journal_mode = DELETE")


def copy_damage(path: Path, key: StoreKey | None = None) -> str | None:
    """What is wrong with the file at ``path`` (opened read-only), or None when it is sound."""
    try:
        with closing(connect(snapshot_uri(path), key=key, uri=True)) as copy:
            return damage_found(copy)
    except DATABASE_ERRORS as error:
        return _(UNREADABLE_PARTS).format(reason=error)


def damage_found(connection: Any) -> str | None:
    """What SQLite's quick check finds wrong, in a phrase; None when every page is sound.

    The quick check reads every b-tree page (not whether indexes agree with their tables).
    """
    try:
        problems = [str(row[0]) for row in connection.execute("PRAGMA quick_check")]
    except DATABASE_ERRORS as error:  # a page so broken the check cannot go on
        return _(UNREADABLE_PARTS).format(reason=error)
    if problems == ["ok"]:
        return None
    return check_found(len(problems), problems[0].splitlines()[-1])


def _file_of(connection: Any) -> Path:
    rows = connection.execute("PRAGMA database_list").fetchall()
    return Path(next(str(row[2]) for row in rows if row[1] == "main"))


def _copy_error(error: Exception, store_path: Path, target: Path) -> Exception:
    # A full or failing disk is the target's; anything else is about reading the store.
    writing = translate(error, target)
    if writing is not None and not isinstance(writing, StoreDamagedError):
        return writing
    return translate(error, store_path) or error


def _daily_backups(store_path: Path) -> list[Path]:
    suffix = store_path.suffix or DEFAULT_SUFFIX
    return sorted(backups_folder(store_path).glob(f"{store_path.stem}.daily-*{suffix}"))


def _upgrade_backups(store_path: Path, folder: Path | None = None) -> list[Path]:
    suffix = store_path.suffix or DEFAULT_SUFFIX
    pattern = f"{store_path.stem}.before-upgrade-from-*{suffix}"
    # The name ends in the time (UTC) it was taken: sort on that, not on the revision.
    return sorted(
        (folder or backups_folder(store_path)).glob(pattern),
        key=lambda path: path.name.removesuffix(suffix).rsplit(".", 1)[-1],
    )


def _keep_newest(oldest_first: Iterable[Path], keep: int) -> None:
    paths = list(oldest_first)
    for path in paths[: max(0, len(paths) - keep)]:
        path.unlink(missing_ok=True)

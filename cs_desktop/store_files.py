"""The store's files on disk: can they be written, and files written aside then renamed."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from cs_desktop.i18n import _
from cs_desktop.store_errors import FILE_READ_ONLY, FOLDER_READ_ONLY, NO_FOLDER

PARTIAL_SUFFIX = ".partial"
# SQLite's companions of a store file: the write-ahead log and its index.
WAL_SUFFIX, SHM_SUFFIX = "-wal", "-shm"
# On Windows a dead writer cannot be told from a live one by its id: wait this long.
_STALE_PARTIAL_S = 24 * 3600


def read_only_reason(path: Path) -> str | None:
    """Why ``path`` (a file, existing or to create) cannot be written, or None if it can.

    Asks the operating system (``access``), which also knows read-only file systems; root
    passes permission checks but not a read-only mount.
    """
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    # The folder first: SQLite writes its -wal and -shm files there even to read.
    if not os.access(folder, os.W_OK):
        return _(FOLDER_READ_ONLY).format(folder=folder)
    if path.exists() and not os.access(path, os.W_OK):
        return _(FILE_READ_ONLY)
    return None


def snapshot_uri(path: Path) -> str:
    """A read-only URI for a file nobody writes now (a backup, a copy being checked).

    "immutable" keeps SQLite from creating -wal/-shm files beside it, unless a -wal there still
    holds committed pages, which only a normal read-only open replays.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = Path(f"{path}{WAL_SUFFIX}")
    if not (wal.exists() and wal.stat().st_size > 0):
        uri += "&immutable=1"
    return uri


def make_folder(folder: Path) -> str | None:
    """Create ``folder`` if needed; why it cannot be, or None once it exists."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return _(NO_FOLDER).format(folder=folder, reason=error.strerror or error)
    return None


def partial_name(target: Path) -> Path:
    """Where ``target`` is written before it is complete and checked: hidden, this process's."""
    return target.with_name(f".{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")


def remove_partial(partial: Path) -> None:
    """Remove a partial file and the rollback journal SQLite may have left beside it."""
    for leftover in (partial, Path(f"{partial}-journal")):
        leftover.unlink(missing_ok=True)


def sweep_stale_partials(target: Path, *, whole_folder: bool = False) -> None:
    """Remove what writers of ``target`` killed midway left (a process that no longer runs).

    ``whole_folder``: those of any file in its folder (one of the app's own, like backups/).
    """
    name = "*" if whole_folder else target.name
    for leftover in target.parent.glob(f".{name}.*{PARTIAL_SUFFIX}"):
        pid = leftover.name.removesuffix(PARTIAL_SUFFIX).rsplit(".", 1)[-1]
        if pid.isdigit() and _is_stale(int(pid), leftover):
            remove_partial(leftover)


def _is_stale(pid: int, leftover: Path) -> bool:
    if pid == os.getpid():
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would end that process there
        try:
            return time.time() - leftover.stat().st_mtime > _STALE_PARTIAL_S
        except OSError:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, another user's
        return False
    return False


def unused_name(path: Path) -> Path:
    """``path``, or the same name with a number added when it is taken."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def publish(partial: Path, target: Path) -> None:
    """Give the complete, checked ``partial`` its name, durably (the rename survives a crash)."""
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    sync_folder(target.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; elsewhere the rename itself is)."""
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)

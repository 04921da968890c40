"""What to tell the user about an error: what happened and what to do, or nothing for a bug.

The CLI and the window both ask :func:`user_message`. Every message is one whole sentence (or
two) with named placeholders, marked for the catalog here and translated when it is built.
"""

from __future__ import annotations

import errno
import json
import socket
import sys

from cs_desktop.cipher import ERRORS
from cs_desktop.i18n import N_, _

# -- the file system (OSError), with and without the path involved ----------------------------
NO_SPACE = N_(
    "There is no space left on the disk holding {path}. Free some disk space, or choose "
    "another folder, and try again."
)
TOO_BIG = N_(
    "{path} cannot grow any larger here (the disk is full, or files are limited in size). Free "
    "some disk space, or choose another folder, and try again."
)
NO_SPACE_ANYWHERE = N_("There is no space left on the disk. Free some disk space and try again.")
DENIED = N_(
    "Access to {path} was denied. Choose another folder, or ask for permission to use this one."
)
DENIED_ANYWHERE = N_(
    "Access to a file was denied. Choose another folder, or ask for permission to use it."
)
READ_ONLY = N_("{path} is on a read-only disk or file system. Choose another folder.")
READ_ONLY_ANYWHERE = N_("A file is on a read-only disk or file system. Choose another folder.")
MISSING = N_("{path} does not exist. Check the name, or choose an existing folder.")
NOT_A_FOLDER = N_("A part of {path} is a file, not a folder. Choose a folder.")
IS_A_FOLDER = N_("{path} is a folder. Give the name of a file in it.")
NAME_TOO_LONG = N_("The name {path} is too long for this file system. Choose a shorter name.")
ALREADY_THERE = N_("{path} already exists. Choose another name.")
IN_USE = N_("{path} is in use by another program. Close it there and try again.")
DISK_FAILED = N_(
    "The disk holding {path} could not be read or written (input/output error): it may be "
    "failing or disconnected. Check it and try again."
)
DISK_FAILED_ANYWHERE = N_(
    "A disk could not be read or written (input/output error): it may be failing or "
    "disconnected. Check it and try again."
)
TOO_MANY_FILES = N_("Too many files are open. Close other programs and try again.")
FILE_FAILED = N_(
    "{path} could not be used: {reason}. Check the file and its folder, and try again."
)
SYSTEM_FAILED = N_(
    "The operating system refused an operation: {reason}. Try again; if it happens again, "
    "restart the computer."
)

# -- the network ----------------------------------------------------------------------------
UNREACHABLE = N_(
    "The server at {host} could not be reached ({reason}). Check the network connection, then "
    "try again."
)
UNREACHABLE_ANYWHERE = N_(
    "A server could not be reached ({reason}). Check the network connection, then try again."
)
TOO_SLOW = N_(
    "The server at {host} did not answer in time. Check the network connection, then try again."
)
TOO_SLOW_ANYWHERE = N_(
    "A server did not answer in time. Check the network connection, then try again."
)

# -- data that could not be read -------------------------------------------------------------
NOT_JSON = N_(
    "Some data could not be read: it is not valid JSON ({reason}). If this happened while "
    "syncing, something other than the CRM may have answered (a captive portal or a proxy): "
    "check the network connection, then try again."
)
NOT_TEXT = N_(
    "Some text could not be read: it is not in the {encoding} encoding. Save the file as "
    "UTF-8 and try again."
)
NO_MEMORY = N_("There is not enough memory to finish this. Close other programs and try again.")

# -- the store (SQLite), by SQLite's primary result code --------------------------------------
STORE_FULL = N_(
    "There is no space left on the disk holding the store: nothing of the unfinished step was "
    "written. Free some disk space and try again."
)
STORE_READ_ONLY = N_(
    "The store cannot be written: the file or its folder is read-only. Check their "
    "permissions, or copy the store to a folder you can write and use that copy."
)
STORE_CANNOT_OPEN = N_(
    "The store cannot be opened: its folder is missing or cannot be written. Check the path "
    "and its permissions, or choose another store."
)
STORE_BUSY = N_(
    "The store is busy: another program or another copy of CS Desktop is writing to it. Wait "
    "a moment and try again."
)
STORE_DISK_FAILED = N_(
    "The store could not be read or written (input/output error): its disk may be full, failing "
    "or disconnected. Free some disk space or check the disk, then try again; 'cs-desktop db "
    "check' tells whether the store is intact."
)
STORE_DAMAGED = N_(
    "The store is damaged ({reason}). Run 'cs-desktop db check' to see what is wrong, and "
    "restore a backup."
)


_TEMPLATES_BY_ERRNO_NAME: dict[str, tuple[str, str | None]] = {
    "ENOSPC": (NO_SPACE, NO_SPACE_ANYWHERE),
    "EDQUOT": (NO_SPACE, NO_SPACE_ANYWHERE),
    "EFBIG": (TOO_BIG, NO_SPACE_ANYWHERE),
    "EACCES": (DENIED, DENIED_ANYWHERE),
    "EPERM": (DENIED, DENIED_ANYWHERE),
    "EROFS": (READ_ONLY, READ_ONLY_ANYWHERE),
    "ENOENT": (MISSING, None),
    "ENOTDIR": (NOT_A_FOLDER, None),
    "EISDIR": (IS_A_FOLDER, None),
    "ENAMETOOLONG": (NAME_TOO_LONG, None),
    "EEXIST": (ALREADY_THERE, None),
    "EBUSY": (IN_USE, None),
    "ETXTBSY": (IN_USE, None),
    "EIO": (DISK_FAILED, DISK_FAILED_ANYWHERE),
    "EMFILE": (TOO_MANY_FILES, TOO_MANY_FILES),
    "ENFILE": (TOO_MANY_FILES, TOO_MANY_FILES),
}
# By number, for the names this platform has (Windows lacks some).
_BY_ERRNO = {
    getattr(errno, name): templates
    for name, templates in _TEMPLATES_BY_ERRNO_NAME.items()
    if hasattr(errno, name)
}
_NETWORK_ERRNOS = frozenset(
    getattr(errno, name)
    for name in ("ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH")
    if hasattr(errno, name)
)

_BY_SQLITE_CODE = {
    "SQLITE_FULL": STORE_FULL,
    "SQLITE_READONLY": STORE_READ_ONLY,
    "SQLITE_PERM": STORE_READ_ONLY,
    "SQLITE_CANTOPEN": STORE_CANNOT_OPEN,
    "SQLITE_BUSY": STORE_BUSY,
    "SQLITE_LOCKED": STORE_BUSY,
    "SQLITE_IOERR": STORE_DISK_FAILED,
    "SQLITE_CORRUPT": STORE_DAMAGED,
    "SQLITE_NOTADB": STORE_DAMAGED,
    "SQLITE_NOMEM": NO_MEMORY,
}

# Our own exception types carry messages written for the user; anything else that is not an
# error of the environment below is a bug.
_OWN_PACKAGES = ("cs_desktop", "ui")


def user_message(error: BaseException) -> str | None:
    """The message for an error the user can act on, or ``None`` for an unexpected one (a bug).

    Understood: the app's own exceptions (their text is for the user), file-system and network
    errors, the store's errors of the disk or the file (full, read-only, busy, damaged), replies
    or files that do not parse, and running out of memory.
    """
    if type(error).__module__.split(".")[0] in _OWN_PACKAGES:
        return str(error) or None
    sqlite_error = _sqlite_error(error)
    if sqlite_error is not None:
        return _store_message(sqlite_error)
    network = _network_message(error)
    if network is not None:
        return network
    if isinstance(error, OSError):
        return os_error_message(error)
    if isinstance(error, json.JSONDecodeError):
        where = _("{reason} at line {line}, column {column}").format(
            reason=error.msg, line=error.lineno, column=error.colno
        )
        return _(NOT_JSON).format(reason=where)
    if isinstance(error, UnicodeDecodeError):
        return _(NOT_TEXT).format(encoding=error.encoding)
    if isinstance(error, MemoryError):
        return _(NO_MEMORY)
    return None


def os_error_message(error: OSError) -> str:
    """What an OSError means for the user, naming the file or folder involved."""
    if error.errno is None:  # raised with a message of its own
        return str(error)
    path = error.filename
    reason = error.strerror or str(error)
    network = isinstance(error, ConnectionError | TimeoutError | socket.gaierror)
    if network or error.errno in _NETWORK_ERRNOS:
        return _(UNREACHABLE_ANYWHERE).format(reason=reason)
    with_path, without_path = _BY_ERRNO.get(error.errno, (FILE_FAILED, None))
    if path is not None:
        return _(with_path).format(path=path, reason=reason)
    return _(without_path or SYSTEM_FAILED).format(reason=reason)


def _sqlite_error(error: BaseException) -> Exception | None:
    # SQLAlchemy wraps the driver's error and keeps it as ``orig``.
    for candidate in (error, getattr(error, "orig", None)):
        if isinstance(candidate, ERRORS):
            return candidate
    return None


def _store_message(error: Exception) -> str | None:
    name = getattr(error, "sqlite_errorname", "") or ""
    primary = "_".join(name.split("_")[:2])  # SQLITE_IOERR_WRITE -> SQLITE_IOERR
    template = _BY_SQLITE_CODE.get(primary)
    return None if template is None else _(template).format(reason=error)


def _network_message(error: BaseException) -> str | None:
    httpx = sys.modules.get("httpx")  # not loaded: the error cannot be one of its
    if httpx is None or not isinstance(error, httpx.TransportError):
        return None
    try:
        host = error.request.url.host
    except RuntimeError:  # raised without a request
        host = ""
    if isinstance(error, httpx.TimeoutException):
        return _(TOO_SLOW).format(host=host) if host else _(TOO_SLOW_ANYWHERE)
    reason = str(error) or type(error).__name__
    if host:
        return _(UNREACHABLE).format(host=host, reason=reason)
    return _(UNREACHABLE_ANYWHERE).format(reason=reason)

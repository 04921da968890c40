"""The log file support reads: a rotating file in the user's log folder, with secrets redacted.

The app and every command write to the same file (``cs-desktop.log``, 1 MB x 5), at INFO: the
start with the version and the store, the commands run, sync runs, and errors with their
tracebacks. A folder that cannot be written never stops the app: it says so once on stderr and
carries on without a file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import platform
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from cs_desktop import __version__
from cs_desktop.i18n import N_, _
from cs_desktop.paths import APP_NAME

LOG_DIR_ENV_VAR = "CS_DESKTOP_LOG_DIR"
LOG_FILE_NAME = "cs-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
REDACTED = "[redacted]"

NO_LOG_FILE = N_(
    "cs-desktop: warning: cannot write a log file in {folder} ({reason}); carrying on without one"
)
LOG_FILE_FAILED = N_(
    "cs-desktop: warning: the log file {path} cannot be written any more ({reason})"
)

log = logging.getLogger(__name__)

_SECRETS = (
    # HubSpot private-app tokens, and refresh tokens (region, then hex groups)
    re.compile(r"\bpat-[A-Za-z0-9-]{4,}"),
    re.compile(r"\b[a-z]{2}\d-[0-9a-f]{4,}(?:-[0-9a-f]{2,}){2,}"),
    # Authorization header values, after their scheme (the lookaheads skip what an earlier
    # pattern redacted)
    re.compile(r"(?i)(\b(?:bearer|basic)\s+)[A-Za-z0-9._~+/=-]+"),
    re.compile(
        r"(?i)(\bauthorization[\"']?\s*[:=]\s*[\"']?(?:[A-Za-z]+\s+)?+)"
        r"(?!\[redacted\])[^\s\"',;}]+"
    ),
    # name = value, name: value, "name": "value" for anything named like a secret
    re.compile(
        r"(?i)([\"']?\b[\w-]*(?:token|secret|password|passwd|api[_-]?key)[\"']?\s*[:=]\s*)"
        r"(?!\[redacted\])(?:\"[^\"]*\"|'[^']*'|[^\s\"'&,;})\]]+)"
    ),
    # Anything that looks random enough to be a key: 32+ URL-safe characters mixing
    # upper case, lower case and digits (not paths, hex digests, UUIDs or identifiers).
    re.compile(r"(?<![\w-])(?=[\w-]*[A-Z])(?=[\w-]*[a-z])(?=[\w-]*\d)[\w-]{32,}(?![\w-])"),
)


def redact(text: str) -> str:
    """``text`` with every token, secret or password replaced by ``[redacted]``."""
    for pattern in _SECRETS:
        text = pattern.sub(_keep_name, text)
    return text


def _keep_name(match: re.Match[str]) -> str:
    # A pattern's first group, when it has one, is the name before the secret: keep it.
    return (match.group(1) if match.re.groups else "") + REDACTED


class RedactSecrets(logging.Filter):
    """Redacts secrets in a record's message and traceback before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call: the handler reports it when formatting
            return True
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _LogFile(RotatingFileHandler):
    """The app's handler; a write that fails (disk full) is said once and then ignored."""

    said_failed = False

    def handleError(self, record: logging.LogRecord) -> None:
        if not self.said_failed:
            self.said_failed = True
            reason = sys.exc_info()[1]
            _say(_(LOG_FILE_FAILED).format(path=self.baseFilename, reason=reason))


_FORMAT = "%(asctime)s %(levelname)s [%(process)d %(threadName)s] %(name)s: %(message)s"
_current: Path | None = None
_previous_level: int | None = None  # the root logger's level before start_logging


def log_dir() -> Path:
    """``$CS_DESKTOP_LOG_DIR``, or the user's log folder (on Linux ``~/.local/state/...``)."""
    from_env = os.environ.get(LOG_DIR_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def log_file() -> Path | None:
    """The log file this process writes, or ``None`` when it has none."""
    return _current


def start_logging(what: str) -> Path | None:
    """Log INFO and above to the log file (again: replaces the previous set-up).

    Args:
        what: what this process is, for the first line ("app", "command search").

    Returns:
        The log file, or ``None`` when its folder cannot be written (said once on stderr).
    """
    global _current, _previous_level
    stop_logging()
    root = logging.getLogger()
    path = log_dir() / LOG_FILE_NAME
    handler: logging.Handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError as error:
        _say(_(NO_LOG_FILE).format(folder=path.parent, reason=error.strerror or error))
        handler, _current = _NoLogFile(), None
    else:
        _current = path
    handler.addFilter(_not_every_request)
    handler.addFilter(RedactSecrets())
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    _previous_level = root.level
    root.setLevel(logging.INFO)
    # Not platform.platform(): it reads the interpreter's binary to find libc (~25 ms).
    log.info(
        "CS Desktop %s, %s, Python %s on %s %s %s",
        __version__,
        what,
        platform.python_version(),
        platform.system(),
        platform.release(),
        platform.machine(),
    )
    return _current


def _not_every_request(record: logging.LogRecord) -> bool:
    # httpx logs each request at INFO: noise for support (the sync logs what failed).
    return record.levelno >= logging.WARNING or not record.name.startswith(("httpx", "httpcore"))


def _say(line: str) -> None:
    # A windowed app on Windows has no console: sys.stderr is None there.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(line + "\n")


def stop_logging() -> None:
    """Close the log file (tests, and before a process ends)."""
    global _current, _previous_level
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _LogFile | _NoLogFile)]:
        root.removeHandler(handler)
        handler.close()
    if _previous_level is not None:
        root.setLevel(_previous_level)
    _current, _previous_level = None, None


class _NoLogFile(logging.NullHandler):
    """Stands in for the file, so Python's last-resort handler prints no tracebacks."""

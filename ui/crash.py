"""Unexpected errors in the app: logged with their traceback, shown in a dialog, app kept running.

:func:`install` replaces ``sys.excepthook`` (exceptions raised in slots and on the GUI thread)
and ``threading.excepthook`` (worker threads), and sends Qt's own warnings and errors to the log.
Only :func:`ui.app.run_app` installs it: under pytest, pytest-qt's hook stays, so an exception in
a slot still fails the test.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtWidgets import QApplication

from cs_desktop import __version__
from cs_desktop.app_log import log_file, redact
from ui.crash_dialog import CrashDialog, CrashReport
from ui.single_dialog import SingleDialog

log = logging.getLogger(__name__)
_qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def crash_report(error: BaseException, where: str = "") -> CrashReport:
    """The summary and the details (traceback, versions) of ``error``, secrets redacted."""
    first_line = (str(error).strip().splitlines() or [""])[0][:300]
    summary = f"{type(error).__name__}: {first_line}" if first_line else type(error).__name__
    versions = (
        f"CS Desktop {__version__}, Python {platform.python_version()}, PySide6 {pyside_version}"
        f" (Qt {qVersion()}), {platform.platform()}"
    )
    details = [
        versions,
        f"{datetime.now(tz=UTC):%Y-%m-%d %H:%M:%S} UTC{f', in {where}' if where else ''}",
        f"log file: {log_file() or 'none'}",
        "",
        *traceback.format_exception(error),
    ]
    return CrashReport(redact(summary), redact("\n".join(line.rstrip("\n") for line in details)))


class CrashReporter(QObject):
    """Logs unexpected errors from any thread and shows them on the GUI thread, one dialog at
    a time (later ones are counted in it)."""

    reported = Signal(object)  # CrashReport; may be emitted on any thread

    def __init__(self) -> None:
        super().__init__()
        self.dialog = SingleDialog(self._make_dialog)
        self._pending: CrashReport | None = None
        # Queued even on the GUI thread: the dialog opens after the failing slot has returned,
        # never inside it.
        self.reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)
        self._previous: tuple[Any, Any, Any] | None = None

    def install(self) -> None:
        """Become the handler of unexpected errors and of Qt's messages (GUI thread)."""
        previous_qt = qInstallMessageHandler(qt_message_to_log)
        self._previous = (sys.excepthook, threading.excepthook, previous_qt)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        """Give the hooks back to what :meth:`install` found (tests)."""
        if self._previous is not None:
            sys.excepthook, threading.excepthook, previous_qt = self._previous
            qInstallMessageHandler(previous_qt)
            self._previous = None

    def excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(error, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("Unexpected error", exc_info=(kind, error, tb))
        self.reported.emit(crash_report(error))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        error = args.exc_value
        if error is None or isinstance(error, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "a thread"
        log.error(
            "Unexpected error in %s", name, exc_info=(args.exc_type, error, args.exc_traceback)
        )
        self.reported.emit(crash_report(error, where=name))

    def _on_reported(self, report: CrashReport) -> None:
        shown = self.dialog.current
        if shown is not None:
            shown.add_another(report)
            return
        self._pending = report
        self.dialog.show()

    def _make_dialog(self) -> CrashDialog:
        assert self._pending is not None
        report, self._pending = self._pending, None
        return CrashDialog(report, log_file(), QApplication.activeWindow())


def qt_message_to_log(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's qWarning, qCritical and qFatal go to the log (after a fatal one Qt aborts)."""
    where = f" ({context.file}:{context.line})" if context.file else ""
    _qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)

"""An unexpected error in the window: logged, shown in a dialog with "Copy details", app alive.

The app's hooks are installed only by ``run_app``; these tests install them for themselves
(pytest-qt's own capture is off where they do) and give the previous hooks back afterwards.
"""

from __future__ import annotations

import errno
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal, qCritical
from PySide6.QtGui import QGuiApplication

from cs_desktop import __version__
from cs_desktop.app_log import start_logging, stop_logging
from cs_desktop.db import Store
from ui.crash import CrashReporter
from ui.crash_dialog import CrashDialog
from ui.tasks import ChangeHub, TaskRunner, message_for

TOKEN = "pat-na1-6b0b2d54-3a43-4f0a-a4bb-7d0b6e7c9a11"
app_hooks = pytest.mark.qt_no_exception_capture  # the app's hook is what is under test


class Emitter(QObject):
    fired = Signal()


@pytest.fixture
def log_path() -> Iterator[Path]:
    path = start_logging("app")
    assert path is not None
    yield path
    stop_logging()


@pytest.fixture
def reporter(qtbot, log_path: Path) -> Iterator[CrashReporter]:
    installed = CrashReporter()
    installed.install()
    yield installed
    installed.uninstall()
    if installed.dialog.current is not None:
        installed.dialog.current.close()


@pytest.fixture
def runner(store: Store) -> Iterator[TaskRunner]:
    made = TaskRunner(store, ChangeHub())
    yield made
    made.shutdown()


def shown_dialog(qtbot, reporter: CrashReporter) -> CrashDialog:
    qtbot.waitUntil(lambda: reporter.dialog.current is not None, timeout=5_000)
    dialog = reporter.dialog.current
    assert dialog is not None and dialog.isVisible()
    return dialog


@app_hooks
def test_a_bug_in_a_slot_shows_the_dialog_and_copy_details_copies_the_traceback(
    qtbot, reporter: CrashReporter, log_path: Path
) -> None:
    emitter = Emitter()

    def on_fired() -> None:
        raise ValueError(f"no stage for the account (token {TOKEN})")

    emitter.fired.connect(on_fired)
    emitter.fired.emit()
    dialog = shown_dialog(qtbot, reporter)
    assert dialog.summary.text() == "ValueError: no stage for the account (token [redacted])"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Traceback (most recent call last)" in copied and "in on_fired" in copied
    assert f"CS Desktop {__version__}, Python" in copied and "PySide6" in copied
    assert f"log file: {log_path}" in copied
    assert dialog.copy_button.text() == "Copied"
    log = log_path.read_text(encoding="utf-8")
    assert "ERROR" in log and "Unexpected error" in log and "in on_fired" in log
    assert TOKEN not in copied and TOKEN not in log

    emitter.fired.emit()  # the app still runs; a second error is counted in the open dialog
    qtbot.waitUntil(lambda: dialog.more_label.isVisible(), timeout=5_000)
    assert reporter.dialog.current is dialog
    assert "1 more unexpected error" in dialog.more_label.text()


@app_hooks
def test_a_bug_on_a_worker_thread_shows_the_dialog(
    qtbot, reporter: CrashReporter, log_path: Path
) -> None:
    def work() -> None:
        raise ZeroDivisionError("health weight sum is 0")

    thread = threading.Thread(target=work, name="cs-test-worker")
    thread.start()
    thread.join()
    dialog = shown_dialog(qtbot, reporter)
    assert dialog.summary.text() == "ZeroDivisionError: health weight sum is 0"
    assert "Unexpected error in cs-test-worker" in log_path.read_text(encoding="utf-8")


@app_hooks
def test_a_bug_in_a_background_job_shows_the_dialog(
    qtbot, reporter: CrashReporter, runner: TaskRunner
) -> None:
    def job(_connection: object) -> None:
        raise KeyError("tier")

    failures: list[tuple[str, str]] = []
    runner.failed.connect(lambda what, message: failures.append((what, message)))
    runner.read("Load portfolio", job, lambda _result: None)
    dialog = shown_dialog(qtbot, reporter)
    assert dialog.summary.text() == "KeyError: 'tier'"
    assert failures == []  # a bug is not dressed up as a message


def test_a_fault_in_a_background_job_is_a_message_saying_what_to_do(
    qtbot, runner: TaskRunner, log_path: Path
) -> None:
    def job(_connection: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "/home/me/backup.sqlite3")

    with qtbot.waitSignal(runner.failed, timeout=5_000) as failed:
        runner.read("Backup", job, lambda _result: None)
    assert failed.args == [
        "Backup",
        "There is no space left on the disk holding /home/me/backup.sqlite3. Free some disk "
        "space, or choose another folder, and try again.",
    ]
    assert "Backup failed: There is no space left" in log_path.read_text(encoding="utf-8")


@app_hooks
def test_a_failure_shown_in_place_says_what_to_do_or_reports_the_bug(
    qtbot, reporter: CrashReporter
) -> None:
    refused = PermissionError(errno.EACCES, "Permission denied", "/srv/plans")
    assert message_for(refused).startswith("Access to /srv/plans was denied.")
    assert reporter.dialog.current is None
    try:
        {}["renewal"]
    except KeyError as error:
        assert message_for(error) == "KeyError: 'renewal'"
    assert shown_dialog(qtbot, reporter).summary.text() == "KeyError: 'renewal'"


def test_without_the_app_hook_a_bug_in_a_background_job_fails_the_test(
    qtbot, runner: TaskRunner
) -> None:
    def job(_connection: object) -> None:
        raise KeyError("tier")

    with qtbot.captureExceptions() as exceptions:
        runner.read("Load portfolio", job, lambda _result: None)
        qtbot.waitUntil(lambda: bool(exceptions), timeout=5_000)
    assert isinstance(exceptions[0][1], KeyError)


@app_hooks
def test_qt_critical_messages_go_to_the_log(reporter: CrashReporter, log_path: Path) -> None:
    qCritical("the paint device is gone")
    assert "ERROR" in log_path.read_text(encoding="utf-8")
    assert "qt: the paint device is gone" in log_path.read_text(encoding="utf-8")

"""Heavy store jobs run in a child process: results, progress, errors and cancel come back."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cs_desktop import write_hooks
from cs_desktop.child_jobs import ChildJobDied, JobCancelled, run_in_child
from cs_desktop.db import Store
from cs_desktop.importer import ImportKind, ImportRejected, import_file
from cs_desktop.models import Account
from tests.support.import_files import write_csv

HEADER = ["name", "domain", "tier", "arr", "currency", "renewal_date", "stage"]


def _accounts_file(path: Path, rows: int, *, bad_row: int | None = None) -> Path:
    body = [
        [f"Child {i}", f"child{i}.example", "smb", 1000 + i, "USD", "2027-01-31", "service"]
        for i in range(rows)
    ]
    if bad_row is not None:
        body[bad_row][5] = "2027-02-30"
    return write_csv(path, [HEADER, *body])


def _account_count(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Account)) or 0


def test_an_import_in_a_child_writes_the_rows_and_reports_progress(
    store: Store, tmp_path: Path
) -> None:
    reports: list[tuple[int, int]] = []
    report = run_in_child(
        store.path,
        import_file,
        {"kind": ImportKind.ACCOUNTS, "path": _accounts_file(tmp_path / "a.csv", 300)},
        progress=lambda done, total: reports.append((done, total)),
    )
    assert (report.created, report.updated) == (300, 0)
    assert _account_count(store) == 300
    assert reports, "no progress came back"
    assert reports[-1][0] == reports[-1][1]  # the last report is the finish
    assert all(done <= total for done, total in reports)


def test_a_rejected_import_comes_back_with_its_report_and_writes_nothing(
    store: Store, tmp_path: Path
) -> None:
    path = _accounts_file(tmp_path / "a.csv", 50, bad_row=7)
    with pytest.raises(ImportRejected) as rejected:
        run_in_child(store.path, import_file, {"kind": ImportKind.ACCOUNTS, "path": path})
    problems = rejected.value.report.problems
    assert [(problem.row, problem.column) for problem in problems] == [(9, "renewal_date")]
    assert _account_count(store) == 0


def slow_counting_job(store: Store, progress: Any, *, steps: int, started: str) -> int:
    """Writes one account, then reports progress slowly: long enough to be cancelled."""
    import time

    from cs_desktop.models import Account as ChildAccount

    with store.write() as session:
        session.add(ChildAccount(name="Written before the cancel"))
        session.flush()
        Path(started).touch()
        for step in range(steps):
            time.sleep(0.02)
            progress(step, steps)
    return steps


def test_cancel_stops_the_child_and_its_transaction_rolls_back(
    store: Store, tmp_path: Path
) -> None:
    started = tmp_path / "started"
    cancel = threading.Event()

    def cancel_once_started() -> bool:
        if started.exists():
            cancel.set()
        return cancel.is_set()

    with pytest.raises(JobCancelled):
        run_in_child(
            store.path,
            slow_counting_job,
            {"steps": 10_000, "started": str(started)},
            cancelled=cancel_once_started,
        )
    assert started.exists()
    assert _account_count(store) == 0


def dying_job(store: Store, progress: Any) -> None:
    from cs_desktop.models import Account as ChildAccount

    with store.write() as session:
        session.add(ChildAccount(name="Never committed"))
        session.flush()
        os._exit(9)  # as if killed: no answer, no commit


def test_a_child_that_dies_is_reported_and_wrote_nothing(store: Store) -> None:
    with pytest.raises(ChildJobDied, match="exit code 9"):
        run_in_child(store.path, dying_job, {})
    assert _account_count(store) == 0


HOOK_MARK_VAR = "CS_DESKTOP_TEST_HOOK_MARK"


def mark_the_write() -> None:
    """A store write hook that leaves the id of the process it ran in."""
    Path(os.environ[HOOK_MARK_VAR]).write_text(str(os.getpid()))


def test_the_child_runs_the_write_hooks_registered_here(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mark = tmp_path / "hook-ran"
    monkeypatch.setenv(HOOK_MARK_VAR, str(mark))
    monkeypatch.setattr(write_hooks, "_hooks", [])
    write_hooks.register_write_hook(mark_the_write)
    run_in_child(
        store.path,
        import_file,
        {"kind": ImportKind.ACCOUNTS, "path": _accounts_file(tmp_path / "a.csv", 3)},
    )
    assert int(mark.read_text()) not in (os.getpid(), 0)


class _Unpicklable(Exception):
    def __init__(self, detail: str, handle: object) -> None:
        super().__init__(detail)
        self.handle = handle


def failing_job(store: Store, progress: Any) -> None:
    raise _Unpicklable("the disk is full", threading.Lock())


def test_an_error_that_cannot_cross_processes_still_comes_back_as_text(store: Store) -> None:
    with pytest.raises(RuntimeError, match="the disk is full"):
        run_in_child(store.path, failing_job, {})

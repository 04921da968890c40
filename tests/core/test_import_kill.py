"""A killed import leaves the store whole: all of the file or none of it, never half."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from cs_desktop.db import open_store
from tests.support.import_files import write_csv

ROWS = 20_000
REPO = Path(__file__).resolve().parents[2]
# The child keeps SQLite's page cache tiny so that pages spill into the WAL while the one
# transaction is still open: the kill then lands in the middle of the write, not after it.
CHILD = """
import sys
from pathlib import Path
from sqlalchemy import event
from cs_desktop.db import open_store
from cs_desktop.importer import ImportKind, import_file

store = open_store(sys.argv[1])
event.listen(store.engine, "connect", lambda conn, _: conn.execute("PRAGMA cache_size = -64"))
store.engine.dispose()
import_file(store, ImportKind.ACCOUNTS, Path(sys.argv[2]))
print("done", flush=True)
"""


@pytest.mark.slow
def test_kill_9_during_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    store_path = tmp_path / "store.sqlite3"
    open_store(store_path).close()
    csv_path = write_csv(
        tmp_path / "accounts.csv",
        [
            ["Record ID", "Company name", "Company Domain Name", "Company owner", "Industry"],
            *(
                [str(i), f"Company {i}", f"c{i}.example", f"Owner {i % 50}", "Software " * 5]
                for i in range(ROWS)
            ),
        ],
    )
    wal = Path(f"{store_path}-wal")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(store_path), str(csv_path)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    threshold = random.randint(64, 1024) * 1024
    deadline = time.monotonic() + 60
    try:
        while (not wal.exists() or wal.stat().st_size < threshold) and child.poll() is None:
            assert time.monotonic() < deadline, "the import never started writing"
            time.sleep(0.002)
        still_writing = child.poll() is None
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    output = child.stdout.read() if child.stdout else b""
    assert still_writing, f"the import ended before it could be killed: {output!r}"
    assert child.returncode == -signal.SIGKILL

    with closing(sqlite3.connect(store_path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        count = connection.execute("SELECT count(*) FROM account").fetchone()[0]
    assert count in (0, ROWS)
    store = open_store(store_path)
    store.close()

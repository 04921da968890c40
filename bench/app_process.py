"""Run an in-app benchmark in a process of its own, on a copy of a store, and read its JSON."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any


def run_on_copy(module: str, store: Path, *arguments: str, timeout: float = 1800) -> Any:
    """``python -m module COPY arguments...``: its last JSON line.

    The app benchmarks write into the store (imports, edits): a copy lets later runs start
    the same. Qt runs offscreen unless QT_QPA_PLATFORM says otherwise.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    copy = store.with_name(f"{module.rsplit('.', 1)[-1]}-copy.sqlite3")
    copy.unlink(missing_ok=True)
    with closing(sqlite3.connect(store)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    result = subprocess.run(
        [sys.executable, "-m", module, str(copy), *arguments],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"{module} failed: {result.stdout}{result.stderr}")
    return json.loads(lines[-1])

"""First connect of a populated store (issue #16): queueing every row of the sample store,
then its first push, each against a floor measured in the same run.

``python -m bench.sync_connect [--accounts 200] [--workdir DIR]``, or ``python -m bench
--sections sync``. The store is the sample portfolio (``cs-desktop demo``, seed 7); the
sandbox runs in its own process on loopback with an empty portal.

- Queueing: ``connect_hubspot`` (its one check request included). Floor: a bare ``sqlite3``
  ``executemany`` of the very rows it wrote (sync records and outbox) into empty copies of
  their tables, in one transaction: the writing no queueing can avoid.
- First push: the push alone, ``push()`` on the connected store. Floor: the requests it made
  (from the sandbox's request log) replayed in order through a bare ``httpx.Client``. The
  replay runs after the push, against records the push created: upserts and associations
  are idempotent, so the sandbox does the same work again.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import Figure
from bench.store_floor import acknowledged_floor, written_floor
from bench.sync import log_seq, replay, running_portal

SAMPLE_ACCOUNTS = 200
SAMPLE_SEED = 7
QUEUE_MAX_S = 2.0
PUSH_MAX_RATIO = 1.5


def sample_store(workdir: Path, accounts: int) -> Path:
    """The sample portfolio, generated once per work folder (the copy each run starts from)."""
    from cs_desktop.db import open_store
    from cs_desktop.demo import generate_portfolio

    path = workdir / f"sample-{accounts}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for stale in workdir.glob(partial.name + "*"):
            stale.unlink()
        store = open_store(partial)
        try:
            generate_portfolio(store, accounts=accounts, seed=SAMPLE_SEED)
        finally:
            store.close()
        partial.replace(path)
    return path


def empty_portal(workdir: Path) -> Path:
    path = workdir / "crm-portal-empty.json"
    document = {"version": 1, "nextId": 1001, "properties": {}, "records": [], "links": []}
    path.write_text(json.dumps({**document, "auth": {}}), encoding="utf-8")
    return path


def measure(workdir: Path, accounts: int = SAMPLE_ACCOUNTS) -> list[Figure]:
    import keyring
    from keyring.backends.null import Keyring as NullKeyring
    from sqlalchemy import func, select, text

    from cs_desktop.db import open_store
    from cs_desktop.sync.connection import open_adapter
    from cs_desktop.sync.hubspot.connect import connect_hubspot
    from cs_desktop.sync.push import CLAIMED_REQUESTS, push

    template = sample_store(workdir, accounts)
    db_path = workdir / f"connect-{accounts}.sqlite3"
    for stale in workdir.glob(db_path.name + "*"):
        stale.unlink()
    shutil.copyfile(template, db_path)
    keyring.set_keyring(NullKeyring())  # never the user's keychain
    store = open_store(db_path)
    figures: list[Figure] = []
    try:
        with store.read() as session:
            rows = sum(
                int(session.scalar(text(f"SELECT count(*) FROM {table}")) or 0)
                for table in ("account", "stakeholder", "touchpoint", "touchpoint_attendee")
            )
        with running_portal(empty_portal(workdir)) as portal:
            started, cpu = time.perf_counter(), time.process_time()
            connected = connect_hubspot(
                store, token=portal.token, base_url=portal.url, allow_session_only=True
            )
            queue_s, queue_cpu = time.perf_counter() - started, time.process_time() - cpu
            floor_s, written = written_floor(db_path, workdir, ("sync_record", "outbox"))
            figures.append(
                Figure(
                    f"first connect: queue {rows:,} rows of the {accounts}-account sample store "
                    f"as {connected.waiting:,} changes (CPU {queue_cpu:.2f} s)",
                    queue_s,
                    floor_s,
                    max_seconds=QUEUE_MAX_S,
                    floor_name=f"bare sqlite3 executemany of the {written:,} rows written",
                )
            )
            adapter = open_adapter(store)
            try:
                adapter.ensure_schema()  # a run's first step, not the push's
                before = workdir / "before-push.sqlite3"
                with sqlite3.connect(db_path) as live, sqlite3.connect(before) as copy:
                    live.backup(copy)
                since = log_seq(portal)
                started, cpu = time.perf_counter(), time.process_time()
                counts = push(store, adapter, lambda: False)
                push_s, push_cpu = time.perf_counter() - started, time.process_time() - cpu
            finally:
                adapter.close()
            from cs_desktop.sync.state import Outbox

            with store.read() as session:
                left = session.scalar(
                    select(func.count()).select_from(Outbox).where(Outbox.state != "done")
                )
            if counts.failed or left:
                raise RuntimeError(f"the first push left {left} changes: {counts.errors[:3]}")
            requests = portal.control("GET", "requests")["requests"]
            requests = [r for r in requests if int(r["seq"]) > since]
            if not requests or int(requests[0]["seq"]) != since + 1:
                raise RuntimeError("the sandbox's request log overflowed")
            floor_s = replay(portal, requests)
            figures.append(
                Figure(
                    f"first push of the {accounts}-account sample store: {counts.pushed:,} "
                    f"changes in {len(requests):,} requests (client CPU {push_cpu:.2f} s)",
                    push_s,
                    floor_s,
                    max_ratio=PUSH_MAX_RATIO,
                    floor_name="bare httpx replay of the same requests",
                )
            )
            # Informative: the writing a crash-safe push cannot avoid, counted in as well.
            claim = adapter.max_batch * CLAIMED_REQUESTS  # as the push claims creates and links
            written_s, ops = acknowledged_floor(before, db_path, workdir, claim)
            figures.append(
                Figure(
                    "the same push against both floors",
                    push_s,
                    floor_s + written_s,
                    floor_name=(
                        f"bare httpx {floor_s:.1f} s + bare sqlite3 claims and acknowledgements "
                        f"of {ops:,} ops, a transaction each per batch, {written_s:.1f} s"
                    ),
                )
            )
    finally:
        store.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sync_connect")
    parser.add_argument("--accounts", type=int, default=SAMPLE_ACCOUNTS)
    parser.add_argument("--workdir", type=Path, help="where files are written (default: temp)")
    args = parser.parse_args(argv)
    workdir: Path = args.workdir or Path(tempfile.mkdtemp(prefix="cs-desktop-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    figures = measure(workdir, args.accounts)
    for figure in figures:
        print(figure.line(), flush=True)
    return 0 if all(figure.within_target for figure in figures) else 1


if __name__ == "__main__":
    sys.exit(main())

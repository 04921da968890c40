"""What finding deletions costs a routine sync (issue #16, item 6).

HubSpot has no feed of deletions: the only way to learn that a record was archived in the CRM
is to list the kind's archived records, a request per hundred, all of them every time (the list
cannot be filtered by date). This measures that on the benchmark portal with a share of each
kind archived (as a portal's 90-day recycle bin holds): one sweep of every kind, and a routine
sync (no local or remote change) that sweeps, as every run did before, against one that does
not, as runs between two hourly sweeps do now; first with a limit no run reaches (the client's
own cost over loopback), then under a private app's published limit, which the client paces
itself to.

``python -m bench.sync_tombstones [--sync-scale 0.1] [--archived 0.1] [--workdir DIR]``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.figures import Figure
from bench.sync import PORTAL_OFFSET_S, Scale, running_portal, write_portal

RUNS = 3  # routine syncs timed each way; the median is reported
HUBSPOT_LIMIT = " under HubSpot's 190 requests / 10 s"


def archive_share(path: Path, share: float, seed: int = 16) -> dict[str, int]:
    """Archive ``share`` of each kind's records in a saved portal (a day after their last
    change); how many of each kind."""
    document = json.loads(path.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    for record in document["records"]:
        if rng.random() < share:
            record["archivedMs"] = record["updatedMs"] + 86_400_000
            counts[record["kind"]] = counts.get(record["kind"], 0) + 1
    path.write_text(json.dumps(document), encoding="utf-8")
    return counts


def _archived_lists(requests: list[dict[str, Any]]) -> int:
    return sum(1 for r in requests if r["method"] == "GET" and r["query"].get("archived"))


def measure(workdir: Path, scale_factor: float = 0.1, share: float = 0.1) -> list[Figure]:
    import keyring
    from keyring.backends.null import Keyring as NullKeyring

    from cs_desktop.db import open_store
    from cs_desktop.sync.connection import open_adapter
    from cs_desktop.sync.engine import run_sync
    from cs_desktop.sync.hubspot.connect import connect_hubspot
    from cs_desktop.sync.pull import EPOCH

    scale = Scale.of(scale_factor)
    seed_file = workdir / f"crm-portal-archived-{scale.companies}.json"
    write_portal(seed_file, scale)
    archived = archive_share(seed_file, share)
    keyring.set_keyring(NullKeyring())
    db_path = workdir / f"tombstones-{scale.companies}.sqlite3"
    for stale in workdir.glob(db_path.name + "*"):
        stale.unlink()
    store = open_store(db_path)
    label = f"{sum(archived.values()):,} archived records ({share:.0%} of {scale.label})"
    figures = []
    try:
        with running_portal(seed_file) as portal:
            portal.control("POST", "clock", json={"offset": PORTAL_OFFSET_S})
            connect_hubspot(store, token=portal.token, base_url=portal.url, allow_session_only=True)
            adapter = open_adapter(store)
            try:
                first = run_sync(store, adapter)
                if first.outcome != "ok":
                    raise RuntimeError(f"initial pull failed: {first}")
                portal.control("DELETE", "requests")
                started = time.perf_counter()
                for kind in adapter.crm.kinds:
                    adapter.pull_tombstones(kind, EPOCH)
                sweep_s = time.perf_counter() - started
                sweep_requests = _archived_lists(portal.control("GET", "requests")["requests"])
                figures.append(
                    Figure(f"one sweep of {label}: {sweep_requests} list requests", sweep_s)
                )
                for limits, name, every in (
                    ("", "sweeping every run (before)", timedelta(0)),
                    ("", "between hourly sweeps (now)", timedelta(hours=1)),
                    (HUBSPOT_LIMIT, "sweeping every run (before)", timedelta(0)),
                    (HUBSPOT_LIMIT, "between hourly sweeps (now)", timedelta(hours=1)),
                ):
                    if limits:
                        # What a private app may send: the client paces itself to it.
                        portal.control("POST", "faults", json={"settings": {"rateLimitMax": 190}})
                    times, lists = [], []
                    for _ in range(RUNS):
                        portal.control("DELETE", "requests")
                        started = time.perf_counter()
                        result = run_sync(store, adapter, tombstones_every=every)
                        times.append(time.perf_counter() - started)
                        if result.outcome != "ok":
                            raise RuntimeError(f"routine sync failed: {result}")
                        log = portal.control("GET", "requests")["requests"]
                        lists.append(_archived_lists(log))
                    figures.append(
                        Figure(
                            f"routine sync{limits}, {name}: "
                            f"{statistics.median(lists):.0f} archived-list requests",
                            statistics.median(times),
                        )
                    )
            finally:
                adapter.close()
    finally:
        store.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sync_tombstones")
    parser.add_argument("--sync-scale", type=float, default=0.1, help="1.0 = the issue's size")
    parser.add_argument("--archived", type=float, default=0.1, help="share of records archived")
    parser.add_argument("--workdir", type=Path, help="where files are written (default: temp)")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="cs-desktop-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    for figure in measure(workdir, args.sync_scale, args.archived):
        print(figure.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""CRM sync figures (issues #5 and #16): the initial pull against a bare httpx loop making the
same requests (client CPU per 1,000 records printed), and one incremental sync of local edits
and remote changes against what its search pacing alone takes. The first connect of a
populated store is :mod:`bench.sync_connect`.

``python -m bench.sync [--sync-scale 0.1] [--workdir DIR]``, or ``python -m bench --sections
sync``. The sandbox runs in its own process on loopback (its CPU is not the client's GIL),
loaded from a generated portal file; everything the sync reads goes over the HTTP API.

The floor replays the requests the sync made (taken from the sandbox's request log), in order,
through a bare ``httpx.Client``, decoding each JSON body and discarding it: what a loop that
fetched the same pages would cost, without touching the database. It runs after the pull, so
the sandbox is at least as warm for it as for the sync. Before the incremental sync every
object type is searched once, untimed (see :func:`warm_search`).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from bench.figures import Figure
from bench.store_floor import written_floor

FULL = {"companies": 10_000, "contacts": 20_000, "engagements": 200_000}
ENGAGEMENT_MIX = {"notes": 0.4, "meetings": 0.3, "calls": 0.3}
STAGES = ("sales", "delivery", "service", "value")
LOCAL_EDITS = 50
REMOTE_CHANGES = 50
PULL_MAX_RATIO = 2.0
PULL_TABLES = (
    "account",
    "stakeholder",
    "touchpoint",
    "touchpoint_attendee",
    "sync_record",
    "sync_base",
)
INCREMENTAL_SLACK_S = 0.3  # over the search pacing, issue #16
PORTAL_OFFSET_S = -3600  # the portal's clock runs an hour behind: its writes are searchable


@dataclass(frozen=True)
class Scale:
    companies: int
    contacts: int
    engagements: int

    @classmethod
    def of(cls, factor: float) -> Scale:
        return cls(*(max(1, round(FULL[key] * factor)) for key in FULL))

    @property
    def label(self) -> str:
        return (
            f"{self.companies:,} companies, {self.contacts:,} contacts, "
            f"{self.engagements:,} engagements"
        )


# -- the generated portal --------------------------------------------------------------------


def _link(a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    # The sandbox keeps one link per pair, whichever end comes first.
    first, second = sorted((a, b))
    return [*first, *second]


def write_portal(path: Path, scale: Scale, seed: int = 5) -> None:
    """A portal in the sandbox's save format: records modified over two years up to two days
    ago, every contact linked to a company, every engagement to a company and a contact."""
    rng = random.Random(seed)
    newest = int(time.time() * 1000) - 2 * 86_400_000
    span = 2 * 365 * 86_400_000
    records: list[dict[str, Any]] = []
    links: list[list[str]] = []
    next_id = 1001

    def add(kind: str, properties: dict[str, str]) -> str:
        nonlocal next_id
        updated = newest - rng.randrange(span)
        record_id = str(next_id)
        next_id += 1
        records.append(
            {
                "id": record_id,
                "kind": kind,
                "properties": properties,
                "createdMs": updated - rng.randrange(86_400_000),
                "updatedMs": updated,
                "archivedMs": None,
            }
        )
        return record_id

    companies = [
        add(
            "companies",
            {
                "name": f"Company {n:05d}",
                "domain": f"company{n:05d}.example",
                "csm_lifecycle_stage": rng.choice(STAGES),
            },
        )
        for n in range(scale.companies)
    ]
    contacts_of: dict[str, list[str]] = {c: [] for c in companies}
    for n in range(scale.contacts):
        company = companies[n % len(companies)]
        contact = add(
            "contacts",
            {
                "firstname": f"First{n}",
                "lastname": f"Last{n}",
                "email": f"person{n}@company{n % len(companies):05d}.example",
                "jobtitle": rng.choice(("CTO", "Head of Support", "Buyer", "Engineer")),
                "phone": f"+49 30 {n:07d}",
            },
        )
        contacts_of[company].append(contact)
        links.append(_link(("contacts", contact), ("companies", company)))
    body = "Discussed the rollout, open tickets and the next quarterly review. " * 3
    kinds = list(ENGAGEMENT_MIX)
    weights = list(ENGAGEMENT_MIX.values())
    for n in range(scale.engagements):
        kind = rng.choices(kinds, weights)[0]
        when = datetime.fromtimestamp((newest - rng.randrange(span)) / 1000, tz=UTC)
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        properties = {
            "notes": {"hs_note_body": body, "hs_timestamp": stamp},
            "meetings": {
                "hs_meeting_title": f"Meeting {n}",
                "hs_meeting_body": body,
                "hs_timestamp": stamp,
            },
            "calls": {"hs_call_title": f"Call {n}", "hs_call_body": body, "hs_timestamp": stamp},
        }[kind]
        engagement = add(kind, properties)
        company = rng.choice(companies)
        links.append(_link((kind, engagement), ("companies", company)))
        if contacts_of[company]:
            contact = rng.choice(contacts_of[company])
            links.append(_link((kind, engagement), ("contacts", contact)))
    document = {
        "version": 1,
        "nextId": next_id,
        "properties": {},
        "records": records,
        "links": links,
        "auth": {},
    }
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(document), encoding="utf-8")
    temporary.replace(path)


@dataclass(frozen=True)
class Portal:
    url: str
    token: str

    def api(self) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.token}"}
        return httpx.Client(base_url=self.url, headers=headers, timeout=120)

    def control(self, method: str, name: str, **kwargs: Any) -> Any:
        response = httpx.request(method, f"{self.url}/__emulator/{name}", timeout=120, **kwargs)
        response.raise_for_status()
        return response.json()


@contextmanager
def running_portal(
    seed_file: Path, *, serve: tuple[str, ...] = ("bench.sync_sandbox",)
) -> Iterator[Portal]:
    """A sandbox in a child process (``python -m`` ``serve``, then the seed file), serving
    the generated portal; it prints its address and token, and stops when its input ends."""
    process = subprocess.Popen(
        [sys.executable, "-m", *serve, str(seed_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise RuntimeError(f"the CRM sandbox ({serve[0]}) did not start")
        info = json.loads(line)
        yield Portal(info["url"], info["token"])
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# -- the measured runs -----------------------------------------------------------------------


def replay(portal: Portal, requests: list[dict[str, Any]]) -> float:
    """Seconds a bare httpx loop takes to make ``requests`` and decode every answer."""
    with portal.api() as client:
        started = time.perf_counter()
        for request in requests:
            response = client.request(
                request["method"],
                request["path"],
                params=request["query"] or None,
                json=request["body"],
            )
            if response.content:
                response.json()
        return time.perf_counter() - started


def _local_edits(store: Any, count: int) -> tuple[int, int]:
    """Stage moves and new touchpoints with an attendee, one transaction each, as the
    workspace makes them; capture queues them in the outbox. Returns how many, and the
    highest account id edited."""
    from sqlalchemy import select

    from cs_desktop.edits import TouchpointDraft, add_touchpoint, change_stage
    from cs_desktop.ids import AccountId, StakeholderId
    from cs_desktop.models import Account, Stage, Stakeholder, TouchpointKind

    with store.read() as session:
        accounts = session.execute(select(Account.id, Account.stage).order_by(Account.id)).all()
        people = dict(
            session.execute(
                select(Stakeholder.account_id, Stakeholder.id).order_by(Stakeholder.id.desc())
            ).all()
        )
    edited = 0
    for n, (account_id, stage) in enumerate(accounts[:count]):
        with store.write() as session:
            if n % 2 == 0:
                target = next(s for s in Stage if s != stage)
                change_stage(session, AccountId(account_id), target, "benchmark: renewal signed")
            else:
                attendee = people.get(account_id)
                add_touchpoint(
                    session,
                    TouchpointDraft(
                        account_id=AccountId(account_id),
                        kind=TouchpointKind.MEETING,
                        occurred_at=datetime.now(tz=UTC) - timedelta(hours=n),
                        title=f"Check-in {n}",
                        notes="Walked through the adoption dashboard.",
                        attendee_ids=(StakeholderId(attendee),) if attendee else (),
                    ),
                )
        edited += 1
    return edited, max((a for a, _ in accounts[:count]), default=0)


def _remote_changes(portal: Portal, store: Any, count: int, untouched_after: int) -> int:
    """Someone else edits companies and contacts in the CRM: those of accounts with an id
    above ``untouched_after``, which the local edits left alone."""
    from sqlalchemy import select

    from cs_desktop.models import Account, Stakeholder
    from cs_desktop.sync.state import Entity, SyncRecord

    with store.read() as session:
        companies = session.scalars(
            select(SyncRecord.remote_id)
            .join(Account, Account.uid == SyncRecord.local_uid)
            .where(SyncRecord.entity == Entity.COMPANY, Account.id > untouched_after)
            .order_by(Account.id)
            .limit(count)
        ).all()
        contacts = session.scalars(
            select(SyncRecord.remote_id)
            .join(Stakeholder, Stakeholder.uid == SyncRecord.local_uid)
            .where(SyncRecord.entity == Entity.CONTACT, Stakeholder.account_id > untouched_after)
            .order_by(Stakeholder.id)
            .limit(count)
        ).all()
    changes = [
        {"type": "companies", "id": remote_id, "properties": {"name": f"Renamed company {n}"}}
        for n, remote_id in enumerate(companies[: count - count // 2])
    ] + [
        {"type": "contacts", "id": remote_id, "properties": {"jobtitle": f"VP {n}"}}
        for n, remote_id in enumerate(contacts[: count // 2])
    ]
    for change in changes:
        portal.control("POST", "mutate", json={"op": "update", **change})
    return len(changes)


def warm_search(portal: Portal) -> None:
    """Search every object type once, as the sync's searches ask (by modification date,
    ascending). The sandbox sorts a type's records for its first such search (80,000 notes:
    most of a second on a busy machine), where HubSpot's index is always built; the initial
    pull lists and never searches, so without this the timed incremental sync would pay
    for that sort in the sandbox. Not timed."""
    from crm_sandbox.catalog import OBJECT_TYPES, modified_property

    with portal.api() as client:
        for object_type in OBJECT_TYPES:
            modified = modified_property(object_type)
            client.post(
                f"/crm/v3/objects/{object_type}/search",
                json={
                    "filterGroups": [
                        {"filters": [{"propertyName": modified, "operator": "GTE", "value": "0"}]}
                    ],
                    "sorts": [{"propertyName": modified, "direction": "ASCENDING"}],
                    "limit": 1,
                },
            ).raise_for_status()


def log_seq(portal: Portal) -> int:
    """The sequence number of the last request the sandbox logged (0 when none)."""
    entries = portal.control("GET", "requests")["requests"]
    return int(entries[-1]["seq"]) if entries else 0


def search_pacing(searches: int) -> float:
    """Seconds the client's search pacing alone takes to let ``searches`` searches through
    (measured, not computed: the same gate the sync uses, on the real clock)."""
    from cs_desktop.sync.hubspot.limits import SEARCH_PER_SECOND
    from cs_desktop.sync.ratelimit import RateGate

    gate = RateGate(time.sleep, time.monotonic, searches_per_s=SEARCH_PER_SECOND)
    started = time.perf_counter()
    for _ in range(searches):
        gate.before(search=True)
    return time.perf_counter() - started


def measure(workdir: Path, scale_factor: float = 1.0) -> list[Figure]:
    import keyring
    from keyring.backends.null import Keyring as NullKeyring
    from sqlalchemy import func, select

    from cs_desktop.db import open_store
    from cs_desktop.models import Account, Stakeholder
    from cs_desktop.sync.connection import open_adapter
    from cs_desktop.sync.engine import run_sync
    from cs_desktop.sync.hubspot.connect import connect_hubspot

    scale = Scale.of(scale_factor)
    seed_file = workdir / f"crm-portal-{scale.companies}.json"
    if not seed_file.exists():
        write_portal(seed_file, scale)
    # Never the user's keychain: the token is kept for this process only.
    keyring.set_keyring(NullKeyring())
    db_path = workdir / f"sync-{scale.companies}.sqlite3"
    for stale in workdir.glob(db_path.name + "*"):
        stale.unlink()
    store = open_store(db_path)
    figures = []
    try:
        with running_portal(seed_file) as portal:
            portal.control("POST", "clock", json={"offset": PORTAL_OFFSET_S})
            connect_hubspot(store, token=portal.token, base_url=portal.url, allow_session_only=True)
            adapter = open_adapter(store)
            try:
                started, cpu = time.perf_counter(), time.process_time()
                first = run_sync(store, adapter)
                pull_s, pull_cpu = time.perf_counter() - started, time.process_time() - cpu
                if first.outcome != "ok":
                    raise RuntimeError(f"initial pull failed: {first}")
                requests = portal.control("GET", "requests")["requests"]
                if not requests or requests[0]["seq"] != 1:
                    raise RuntimeError("the sandbox's request log overflowed")
                floor_s = replay(portal, requests)
                written_s, written = written_floor(db_path, workdir, PULL_TABLES)
                with store.read() as session:
                    accounts = session.scalar(select(func.count()).select_from(Account))
                    people = session.scalar(select(func.count()).select_from(Stakeholder))
                per_thousand = pull_cpu / max(1, first.pulled) * 1000
                figures.append(
                    Figure(
                        f"initial pull of {scale.label} "
                        f"({accounts:,} accounts, {people:,} stakeholders kept; client CPU "
                        f"{pull_cpu:.1f} s, {per_thousand:.3f} s per 1,000 records)",
                        pull_s,
                        floor_s,
                        max_ratio=PULL_MAX_RATIO,
                        floor_name=f"bare httpx, same {len(requests):,} requests",
                    )
                )
                # Informative: what is left once the writing no pull can avoid is counted.
                figures.append(
                    Figure(
                        "the same pull against both floors",
                        pull_s,
                        floor_s + written_s,
                        floor_name=(
                            f"bare httpx {floor_s:.1f} s + bare sqlite3 executemany of the "
                            f"{written:,} rows it wrote, full-text index included, "
                            f"{written_s:.1f} s"
                        ),
                    )
                )
                warm_search(portal)
                edits, last_edited = _local_edits(store, LOCAL_EDITS)
                changes = _remote_changes(portal, store, REMOTE_CHANGES, last_edited)
                since = log_seq(portal)
                started = time.perf_counter()
                second = run_sync(store, adapter)
                incremental_s = time.perf_counter() - started
                if second.outcome != "ok" or second.waiting:
                    raise RuntimeError(f"incremental sync failed: {second}")
                made = portal.control("GET", "requests", params={"since": since})["requests"]
                searches = sum(1 for r in made if r["path"].endswith("/search"))
                pacing_s = search_pacing(searches)
                figures.append(
                    Figure(
                        f"incremental sync of {edits} local edits and {changes} remote changes "
                        f"({second.pushed} pushed, {second.pulled} pulled, {searches} searches)",
                        incremental_s,
                        pacing_s,
                        max_seconds=pacing_s + INCREMENTAL_SLACK_S,
                        floor_name=f"the 4-a-second pacing of {searches} searches alone",
                    )
                )
            finally:
                adapter.close()
    finally:
        store.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sync")
    parser.add_argument("--sync-scale", type=float, default=1.0, help="1.0 = the issue's size")
    parser.add_argument("--workdir", type=Path, help="where files are written (default: temp)")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="cs-desktop-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    figures = measure(workdir, args.sync_scale)
    for figure in figures:
        print(figure.line(), flush=True)
    return 0 if all(figure.within_target for figure in figures) else 1


if __name__ == "__main__":
    sys.exit(main())

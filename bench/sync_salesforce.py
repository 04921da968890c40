"""CRM sync figure for Salesforce (issue #18): the initial pull from the Salesforce sandbox,
of the same size as :mod:`bench.sync`'s HubSpot portal, against a bare httpx loop making the
same requests in the same run.

``python -m bench.sync_salesforce [--sync-scale 0.1] [--workdir DIR]``, or ``python -m bench
--sections sync_salesforce``. The sandbox runs in its own process on loopback, loaded from a
generated org file (the app's custom fields already in it); everything the sync reads goes
over the REST API. The floor replays the requests the sync made, query cursors and their
batch size included, through a bare ``httpx.Client``, decoding each JSON body.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from bench.figures import Figure
from bench.sync import ENGAGEMENT_MIX, PULL_MAX_RATIO, STAGES, Portal, Scale, running_portal

ORG_FORMAT = 1


def _org_fields() -> dict[str, list[dict[str, Any]]]:
    """The app's custom fields, as the org file keeps them (Activity's on Task and Event)."""
    from crm_sandbox.salesforce.schema import (
        ACTIVITY,
        ACTIVITY_OBJECTS,
        OBJECTS,
        custom_field,
        field_to_json,
    )
    from cs_desktop.sync.salesforce.custom_fields import custom_fields

    found: dict[str, list[dict[str, Any]]] = {name: [] for name in OBJECTS}
    for wanted in custom_fields():
        owner, definition = custom_field(
            {"FullName": wanted.full_name, "Metadata": wanted.metadata()}
        )
        for target in ACTIVITY_OBJECTS if owner == ACTIVITY else (owner,):
            found[target].append(field_to_json(definition))
    return found


def write_org(path: Path, scale: Scale, seed: int = 5) -> None:
    """An org in the Salesforce sandbox's save format, shaped as :func:`bench.sync.write_portal`
    shapes the HubSpot portal: records modified over two years up to two days ago, every
    contact at an account, every engagement (notes and calls as Tasks, meetings as Events)
    related to an account and one of its contacts."""
    from crm_sandbox.salesforce.ids import make_id, sf_datetime
    from crm_sandbox.salesforce.org import USER_ID

    rng = random.Random(seed)
    newest = int(time.time() * 1000) - 2 * 86_400_000
    span = 2 * 365 * 86_400_000
    records: list[dict[str, Any]] = []
    number = 1

    def add(kind: str, prefix: str, values: dict[str, Any]) -> str:
        nonlocal number
        updated = newest - rng.randrange(span)
        record_id = make_id(prefix, number)
        number += 1
        stamp = sf_datetime(updated)
        record = {
            "Id": record_id,
            "IsDeleted": False,
            "CreatedDate": sf_datetime(updated - rng.randrange(86_400_000)),
            "CreatedById": USER_ID,
            "LastModifiedDate": stamp,
            "LastModifiedById": USER_ID,
            "SystemModstamp": stamp,
            "OwnerId": USER_ID,
            **values,
        }
        records.append({"type": kind, "values": record})
        return record_id

    accounts = [
        add(
            "Account",
            "001",
            {
                "Name": f"Company {n:05d}",
                "Website": f"company{n:05d}.example",
                "CSM_Lifecycle_Stage__c": rng.choice(STAGES),
            },
        )
        for n in range(scale.companies)
    ]
    contacts_of: dict[str, list[str]] = {a: [] for a in accounts}
    for n in range(scale.contacts):
        account = accounts[n % len(accounts)]
        contact = add(
            "Contact",
            "003",
            {
                "AccountId": account,
                "FirstName": f"First{n}",
                "LastName": f"Last{n}",
                "Name": f"First{n} Last{n}",
                "Email": f"person{n}@company{n % len(accounts):05d}.example",
                "Title": rng.choice(("CTO", "Head of Support", "Buyer", "Engineer")),
                "Phone": f"+49 30 {n:07d}",
            },
        )
        contacts_of[account].append(contact)
    body = "Discussed the rollout, open tickets and the next quarterly review. " * 3
    kinds = list(ENGAGEMENT_MIX)
    weights = list(ENGAGEMENT_MIX.values())
    for n in range(scale.engagements):
        kind = rng.choices(kinds, weights)[0]
        when = newest - rng.randrange(span)
        account = rng.choice(accounts)
        who = rng.choice(contacts_of[account]) if contacts_of[account] else None
        related = {"WhatId": account, "WhoId": who, "Description": body}
        if kind == "meetings":
            start, end = sf_datetime(when), sf_datetime(when + 3_600_000)
            values = {
                "Subject": f"Meeting {n}",
                "StartDateTime": start,
                "ActivityDateTime": start,
                "EndDateTime": end,
                "DurationInMinutes": 60,
                "ActivityDate": start[:10],
                "IsAllDayEvent": False,
            }
            add("Event", "00U", {**related, **values})
            continue
        subject = f"Call {n}" if kind == "calls" else f"Note {n}"
        values = {
            "Subject": subject,
            "ActivityDate": sf_datetime(when)[:10],
            "Status": "Completed",
            "Priority": "Normal",
            "IsClosed": True,
            "TaskSubtype": "Call" if kind == "calls" else "Task",
            "CSM_Occurred_At__c": sf_datetime(when),
            **({"CSM_Record__c": "note"} if kind == "notes" else {}),
        }
        add("Task", "00T", {**related, **values})
    document = {
        "version": ORG_FORMAT,
        "nextNumber": number,
        "custom": _org_fields(),
        "records": records,
        "deletedMs": {},
        "deletedWith": {},
        "purgedMs": {},
        "auth": {},
    }
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(document), encoding="utf-8")
    temporary.replace(path)


def serve(seed_file: Path) -> int:
    """The sandbox's side (``--serve SEED``): load the org, print its address and session id
    as one JSON line, serve until stdin closes. No API request limit: the figure is the
    client's own cost, and the floor replays the same number of requests."""
    from crm_sandbox.faults import Settings
    from crm_sandbox.salesforce import SalesforceSandbox

    settings = Settings()
    settings.enforceRateLimits = False
    sandbox = SalesforceSandbox(0, None, settings=settings)
    sandbox.org.load(seed_file)
    sandbox.start()
    print(json.dumps({"url": sandbox.url, "token": sandbox.auth.session_id}), flush=True)
    sys.stdin.read()
    sandbox.stop()
    return 0


def running_org(seed_file: Path) -> AbstractContextManager[Portal]:
    """The Salesforce sandbox in a child process, serving the generated org."""
    return running_portal(seed_file, serve=("bench.sync_salesforce", "--serve"))


def replay(portal: Portal, requests: list[dict[str, Any]]) -> float:
    """Seconds a bare httpx loop takes to make ``requests`` (with the query batch size the
    sync asked for) and decode every answer."""
    with portal.api() as client:
        started = time.perf_counter()
        for request in requests:
            options = request["headers"].get("sforce-query-options")
            response = client.request(
                request["method"],
                request["path"],
                params=request["query"] or None,
                json=request["body"],
                headers={"Sforce-Query-Options": options} if options else None,
            )
            if response.content:
                response.json()
        return time.perf_counter() - started


def measure(workdir: Path, scale_factor: float = 1.0) -> list[Figure]:
    from sqlalchemy import func, select

    from cs_desktop.db import open_store
    from cs_desktop.models import Account, Stakeholder
    from cs_desktop.sync.engine import run_sync
    from cs_desktop.sync.salesforce import SalesforceAdapter, SalesforceAuth

    scale = Scale.of(scale_factor)
    seed_file = workdir / f"crm-org-{scale.companies}.json"
    if not seed_file.exists():
        write_org(seed_file, scale)
    db_path = workdir / f"sync-salesforce-{scale.companies}.sqlite3"
    for stale in workdir.glob(db_path.name + "*"):
        stale.unlink()
    store = open_store(db_path)
    try:
        with running_org(seed_file) as org:
            auth = SalesforceAuth(org.token, None, org.url, org.url, "bench")
            adapter = SalesforceAdapter(auth)
            try:
                started, cpu = time.perf_counter(), time.process_time()
                first = run_sync(store, adapter)
                pull_s, pull_cpu = time.perf_counter() - started, time.process_time() - cpu
            finally:
                adapter.close()
            if first.outcome != "ok":
                raise RuntimeError(f"initial pull failed: {first}")
            requests = org.control("GET", "requests")["requests"]
            if not requests or requests[0]["seq"] != 1:
                raise RuntimeError("the sandbox's request log overflowed")
            floor_s = replay(org, requests)
        with store.read() as session:
            accounts = session.scalar(select(func.count()).select_from(Account))
            people = session.scalar(select(func.count()).select_from(Stakeholder))
    finally:
        store.close()
    per_thousand = pull_cpu / max(1, first.pulled) * 1000
    return [
        Figure(
            f"Salesforce initial pull of {scale.label} "
            f"({accounts:,} accounts, {people:,} stakeholders kept; client CPU "
            f"{pull_cpu:.1f} s, {per_thousand:.3f} s per 1,000 records)",
            pull_s,
            floor_s,
            max_ratio=PULL_MAX_RATIO,
            floor_name=f"bare httpx, same {len(requests):,} requests",
        )
    ]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sync_salesforce")
    parser.add_argument("--sync-scale", type=float, default=1.0, help="1.0 = the issue's size")
    parser.add_argument("--workdir", type=Path, help="where files are written (default: temp)")
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)  # the sandbox's process
    args = parser.parse_args()
    if args.serve:
        return serve(args.serve)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="cs-desktop-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    figures = measure(workdir, args.sync_scale)
    for figure in figures:
        print(figure.line(), flush=True)
    return 0 if all(figure.within_target for figure in figures) else 1


if __name__ == "__main__":
    sys.exit(main())

"""Pull (contract §3.3): CRM changes by kind, merged field by field, pages written whole.

A transaction holds whole pages and the cursor after them: one page, or, when the next page
is in before the current one is written (a first pull, which the database paces), the pages
that arrive within :data:`BATCH_S`. Fewer commits, and the full-text index merges fewer
segments; a crash or a cancel still leaves the store at a page boundary.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, insert, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from cs_desktop.chunks import chunks
from cs_desktop.coltypes import utc_now
from cs_desktop.db import Store
from cs_desktop.i18n import _
from cs_desktop.models import SuccessPlan
from cs_desktop.sync import capture, checkpoints, engagements
from cs_desktop.sync.adapter import (
    CrmAdapter,
    Cursor,
    FullResyncNeeded,
    Kind,
    Page,
    RemoteRecord,
    SharesReads,
    Tombstone,
)
from cs_desktop.sync.bases import base_of
from cs_desktop.sync.conflicts import add_delete_conflict
from cs_desktop.sync.crm import Crm
from cs_desktop.sync.cursors import checked_at, cursor_row
from cs_desktop.sync.engagements import EngagementLinks
from cs_desktop.sync.fields import (
    ENGAGEMENT_KINDS,
    ENTITY_OF_KIND,
    IN_PLAN,
    MODELS,
    PLACED_BY_COMPANY,
    PLAN_REF,
    apply,
    as_stored,
    columns,
    snapshot,
)
from cs_desktop.sync.full_resync import gone_records
from cs_desktop.sync.link_ends import LinkEnds
from cs_desktop.sync.lookups import linked_accounts, local_row, local_rows
from cs_desktop.sync.merge_local import merge_into_local
from cs_desktop.sync.pending import has_pending, unsent_fields
from cs_desktop.sync.progress import Report, SyncProgress, ignore
from cs_desktop.sync.scores import moves_scores
from cs_desktop.sync.state import (
    Entity,
    RecordState,
    SyncBase,
    SyncCursor,
    SyncRecord,
)
from cs_desktop.sync.uids import parse_uid
from cs_desktop.sync.values import fallback, native

PAGE = 200
BATCH_S = 0.25  # how long one transaction may keep taking pages that are in (edits wait)
FIRST_PULL_BATCH_S = 1.0
PAGES_AT_ONCE = 10  # pages already in, merged into one write
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# HubSpot has no feed of deletions: a record archived in the CRM is found only by listing the
# kind's archived records (its recycle bin, 90 days deep), a request per hundred. Doing that
# every run made each routine sync list thousands of records it had seen before; a sweep per
# kind once an hour keeps a deletion's delay short at a fraction of the cost. An edit of a
# record archived meanwhile is caught on push anyway (its update finds it gone).
TOMBSTONES_EVERY = timedelta(hours=1)
SWEPT = "swept:"  # the sync_cursor row of a kind's last sweep: SWEPT + kind


@dataclass
class PullCounts:
    pulled: int = 0
    conflicts: int = 0
    skipped: int = 0
    companies_created: int = 0  # engagements waiting for their company may be placed now
    left_waiting: set[str] = field(default_factory=set)  # engagements with no known company
    # Whether what was written may move a health score (see scores.moves_scores): rows
    # created or deleted, or a field a score reads taken.
    scores_moved: bool = False
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Fetched:
    page: Page
    links: dict[str, set[str]]  # contacts, tasks, deals: their companies, to place new ones
    engagement_links: EngagementLinks  # engagements only: their companies and contacts


def pull(
    store: Store,
    adapter: CrmAdapter,
    cancelled: Callable[[], bool],
    report: Report = ignore,
    *,
    now: datetime | None = None,
    tombstones_every: timedelta = TOMBSTONES_EVERY,
) -> PullCounts:
    """Pull every kind's changes, and its tombstones when a sweep is due (see
    :data:`TOMBSTONES_EVERY`); cursors advance with committed pages only. ``report`` hears how
    many records of the kind were written after each transaction.

    Args:
        now: the time sweeps are reckoned by (default: the computer's clock).
        tombstones_every: how long after a kind's last sweep of archived records the next
            one is due (0: every run).
    """
    counts = PullCounts()
    crm = adapter.crm
    now = now or utc_now()
    with store.read() as session:
        # Each kind's cursor is written by its own pull only: all can be read up front.
        rows = list(session.scalars(select(SyncCursor).where(SyncCursor.provider == crm.provider)))
    saved = {
        row.kind: (
            Cursor(row.modified_at, row.last_id, list_after=row.list_after),
            row.tombstones_since or EPOCH,
        )
        for row in rows
    }
    swept = {row.kind: row.modified_at for row in rows if row.kind.startswith(SWEPT)}
    start = {kind: saved.get(kind, (Cursor(), EPOCH)) for kind in crm.kinds}
    if isinstance(adapter, SharesReads):
        adapter.begin_pull({kind: start[kind][0] for kind in crm.kinds})
    due = {
        kind: not _listing(start[kind][0])
        and _sweep_due(swept.get(SWEPT + kind), now, tombstones_every)
        for kind in crm.kinds
    }
    ahead = _Ahead(adapter, start, due)
    try:
        for kind in crm.kinds:
            with store.read() as session:
                # A kind pulled before may have records: only a first pull is worth the check.
                fresh = kind not in saved and not _has_records(session, crm, kind)
                created: set[str] | None = set() if fresh else None
            # A first pull (the kind is listed) writes for longer between commits: it then
            # rewrites fewer index pages, and nobody waits for it yet.
            first = _listing(start[kind][0])
            budget = FIRST_PULL_BATCH_S if first else BATCH_S
            ends = LinkEnds(crm) if first and kind in ENGAGEMENT_KINDS else None
            done = False
            received = 0
            while not done:
                if cancelled():
                    return counts  # what was fetched ahead is dropped: no cursor moved for it
                # Every row a first pull refers to is looked up in its own transaction.
                with store.write(check_references=not first, bulk=first) as session:
                    session.info[capture.APPLYING] = True
                    began = time.monotonic()
                    while not done:
                        fetched = _merged(ahead.take_ready(kind, PAGES_AT_ONCE))
                        received += len(fetched.page.records)
                        _apply_page(session, adapter, kind, fetched, created, counts, ends)
                        checkpoints.reached("mid_page", kind)
                        done = fetched.page.done
                        # A page that is in already joins this transaction, for a while.
                        if not ahead.ready() or time.monotonic() - began >= budget:
                            break
                        if cancelled():
                            break
                    _save_cursor(session, crm, kind, fetched.page.next)
                if received:
                    report(SyncProgress("receiving", kind, received))
            if due[kind]:
                since = start[kind][1]
                try:
                    stones = ahead.tombstones(kind)
                except FullResyncNeeded as too_old:
                    # The CRM's deletion feed no longer reaches back to the last sweep.
                    stones = gone_records(store, adapter, kind, now)
                    since = too_old.resume_at or now
                _apply_tombstones(store, adapter, kind, stones, since, counts)
                checked_at(store, crm, SWEPT + kind, now)
            elif first and fetched.page.next != Cursor():
                # A kind just listed holds no record archived before its listing began:
                # its first sweep looks only past that, and not before it is due. (A kind
                # the CRM holds none of stays unlisted, and is listed again next time.)
                _listed_since(store, crm, kind, now)
    finally:
        ahead.close()
    return counts


def _listing(cursor: Cursor) -> bool:
    """Whether a kind's pull lists it whole (its first pull, or one resumed)."""
    return cursor == Cursor() or cursor.list_after is not None


def _sweep_due(last: datetime | None, now: datetime, every: timedelta) -> bool:
    """Whether a kind's archived records are to be listed in this run: never swept, swept
    ``every`` ago, or the clock went back."""
    return last is None or now - last >= every or now < last


def _listed_since(store: Store, crm: Crm, kind: Kind, now: datetime) -> None:
    """After a kind's first listing: its tombstones count from when the listing began (the
    CRM's time, its cursor's ``modified_at``), and its first sweep is due from ``now``."""
    with store.write() as session:
        row = cursor_row(session, crm, kind)
        row.tombstones_since = row.modified_at
        cursor_row(session, crm, SWEPT + kind).modified_at = now


class _Ahead:
    """Fetches the page after the one being written (after a kind's last page: its tombstones
    and the next kind's first page) on one worker thread, so the CRM's answer time and the
    database's write time overlap; only that thread talks to the CRM while pages are read."""

    def __init__(
        self,
        adapter: CrmAdapter,
        start: dict[Kind, tuple[Cursor, datetime]],
        due: dict[Kind, bool],
    ) -> None:
        self._adapter = adapter
        self._kinds = adapter.crm.kinds
        self._start = start
        self._due = due
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crm-pull")
        first = self._kinds[0]
        self._next: Future[_Fetched] = self._pool.submit(_fetch, adapter, first, start[first][0])
        self._tombstones: dict[Kind, Future[list[Tombstone]]] = {}

    def take(self, kind: Kind) -> _Fetched:
        """The next page of ``kind`` (waiting for it), and the request for the one after."""
        fetched = self._next.result()
        page = fetched.page
        if not page.done:
            self._next = self._pool.submit(_fetch, self._adapter, kind, page.next)
            return fetched
        if self._due[kind]:
            since = self._start[kind][1]
            self._tombstones[kind] = self._pool.submit(self._adapter.pull_tombstones, kind, since)
        following = self._kinds.index(kind) + 1
        if following < len(self._kinds):
            after = self._kinds[following]
            self._next = self._pool.submit(_fetch, self._adapter, after, self._start[after][0])
        return fetched

    def take_ready(self, kind: Kind, most: int) -> list[_Fetched]:
        """The next page of ``kind``, and those after it that are in already, up to ``most``:
        written together, they cost one query and one insert per table instead of each."""
        taken = [self.take(kind)]
        while len(taken) < most and not taken[-1].page.done and self.ready():
            taken.append(self.take(kind))
        return taken

    def ready(self) -> bool:
        return self._next.done()

    def tombstones(self, kind: Kind) -> list[Tombstone]:
        return self._tombstones.pop(kind).result()

    def close(self) -> None:
        # A cancelled or failed run drops what was queued ahead; a request under way ends.
        self._pool.shutdown(cancel_futures=True)


def _merged(pages: list[_Fetched]) -> _Fetched:
    """Consecutive pages of one kind as one: their records in order, the last one's cursor."""
    if len(pages) == 1:
        return pages[0]
    last = pages[-1].page
    records = [record for fetched in pages for record in fetched.page.records]
    links: dict[str, set[str]] = {}
    found = EngagementLinks()
    for fetched in pages:
        links.update(fetched.links)
        found.companies.update(fetched.engagement_links.companies)
        found.contacts.update(fetched.engagement_links.contacts)
    return _Fetched(Page(records, last.next, last.done), links, found)


def _fetch(adapter: CrmAdapter, kind: Kind, cur: Cursor) -> _Fetched:
    page = adapter.pull_page(kind, cur, PAGE)
    if kind in PLACED_BY_COMPANY:
        return _Fetched(page, _links(adapter, kind, page, "company"), EngagementLinks())
    if kind in ENGAGEMENT_KINDS:
        companies = _links(adapter, kind, page, "company")
        return _Fetched(
            page, {}, EngagementLinks(companies, _links(adapter, kind, page, "contact"))
        )
    return _Fetched(page, {}, EngagementLinks())


def _links(adapter: CrmAdapter, kind: Kind, page: Page, to: Kind) -> dict[str, set[str]]:
    """The page's links to ``to``: those that came with it, else read in batches."""
    if to in page.links:
        return dict(page.links[to])
    found: dict[str, set[str]] = {}
    for chunk in chunks((r.remote_id for r in page.records), adapter.max_batch):
        found.update(adapter.read_links(kind, chunk, to))
    return found


def _has_records(session: Session, crm: Crm, kind: Kind) -> bool:
    query = select(SyncRecord.id).where(
        SyncRecord.provider == crm.provider, SyncRecord.entity == ENTITY_OF_KIND[kind]
    )
    if kind in ENGAGEMENT_KINDS:
        # Engagement kinds share one entity: only this kind's, or touchpoints not acked yet
        # (a scan of the touchpoints' records, hence only on a kind's first pull).
        query = query.where(or_(SyncRecord.remote_kind == kind, SyncRecord.remote_kind.is_(None)))
    return session.scalar(query.limit(1)) is not None


def _save_cursor(session: Session, crm: Crm, kind: str, cur: Cursor) -> None:
    position = {
        "modified_at": cur.modified_at,
        "last_id": cur.last_id,
        "list_after": cur.list_after,
    }
    session.execute(
        sqlite_insert(_table(SyncCursor))
        .values(provider=crm.provider, kind=kind, full_resync_needed=False, **position)
        .on_conflict_do_update(index_elements=["provider", "kind"], set_=position)
    )


def _apply_page(
    session: Session,
    adapter: CrmAdapter,
    kind: Kind,
    fetched: _Fetched,
    created: set[str] | None,
    counts: PullCounts,
    ends: LinkEnds | None = None,
) -> None:
    """Merge a page into existing records and create the new ones, with a few queries for
    the whole page rather than several per record.

    ``created`` is None, or, when the kind had no sync records as its pull began, the remote
    ids created since: only those can be known, so other pages need no lookup at all.
    ``ends``: where a first pull of engagements places them (see :mod:`.link_ends`).
    """
    records = fetched.page.records
    crm = adapter.crm
    entity = ENTITY_OF_KIND[kind]
    if created is None:
        known = _known(session, crm, entity, records)
    else:
        again = [r for r in records if r.remote_id in created]
        known = _known(session, crm, entity, again) if again else {}
    # The local rows that changes (not echoes) will be merged into, in one query.
    moved = []
    for remote in records:
        record = known.get(remote.remote_id)
        base = None if record is None else base_of(session, crm, entity, record.local_uid)
        if record is not None and (base is None or base.remote_version != remote.version):
            moved.append(record.local_uid)
    rows = local_rows(session, entity, moved)
    new: dict[str, RemoteRecord] = {}
    for remote in records:
        record = known.get(remote.remote_id)
        if record is None:
            new[remote.remote_id] = remote  # seen twice (search paging): the later is newer
        else:
            row = rows.get(record.local_uid)
            _apply_remote(session, adapter, kind, record, remote, row, counts)
    if new:
        made = _create_local(session, adapter, kind, list(new.values()), fetched, counts, ends)
        if created is not None:
            created.update(made)
        if kind == "company":
            counts.companies_created += len(made)


def _known(
    session: Session, crm: Crm, entity: Entity, records: list[RemoteRecord]
) -> dict[str, SyncRecord]:
    """The sync records of a page's remote ids, their merge bases loaded along."""
    ids = [r.remote_id for r in records]
    found = {
        str(record.remote_id): record
        for record in session.scalars(
            select(SyncRecord).where(
                SyncRecord.provider == crm.provider,
                SyncRecord.entity == entity,
                SyncRecord.remote_id.in_(ids),
            )
        )
    }
    # Our own creates whose acknowledgement was lost (timeout after apply): found by uid.
    lost = {}
    for remote in records:
        uid = parse_uid(remote.props.get("csm_local_id"))
        if remote.remote_id not in found and uid is not None:
            lost[uid] = remote.remote_id
    if lost:
        for record in session.scalars(
            select(SyncRecord).where(
                SyncRecord.provider == crm.provider,
                SyncRecord.entity == entity,
                SyncRecord.local_uid.in_(list(lost)),
            )
        ):
            record.remote_id = lost[record.local_uid]
            found[record.remote_id] = record
    if found:
        # Into the identity map, where base_of() then finds them without a query. The map
        # holds objects weakly: the list keeps them for the page's session.
        session.info["pulled_bases"] = session.scalars(
            select(SyncBase).where(
                SyncBase.provider == crm.provider,
                SyncBase.entity == entity,
                SyncBase.local_uid.in_([r.local_uid for r in found.values()]),
            )
        ).all()
    return found


def _apply_remote(
    session: Session,
    adapter: CrmAdapter,
    kind: Kind,
    record: SyncRecord,
    remote: RemoteRecord,
    obj: Any,
    counts: PullCounts,
) -> None:
    """Merge one pulled record into its local row ``obj`` (None: the row is gone)."""
    crm = adapter.crm
    entity = ENTITY_OF_KIND[kind]
    base = base_of(session, crm, entity, record.local_uid)
    if base is not None and base.remote_version == remote.version:
        return  # the echo of our own write, or a record seen on the previous page [P15]
    remote_values = as_stored(kind, adapter.to_local(kind, remote.props))
    if record.deleted_at is not None:
        counts.conflicts += add_delete_conflict(
            session, crm, entity, record, deleted_here=True, remote_version=remote.version
        )
        return
    # A clean record has nothing in the outbox: no query for the common case.
    clean = record.sync_state == RecordState.CLEAN
    edited = set() if clean else unsent_fields(session, crm, entity, record.local_uid)
    record.remote_kind = kind
    result, new_conflicts = merge_into_local(
        session,
        crm,
        entity,
        record,
        remote_values,
        remote.version,
        base=base,
        edited=edited,
        row=lambda: obj,
    )
    if result.take_remote:
        counts.pulled += 1
        if moves_scores(entity, result.take_remote):
            counts.scores_moved = True
    counts.conflicts += new_conflicts


def _create_local(
    session: Session,
    adapter: CrmAdapter,
    kind: Kind,
    remotes: list[RemoteRecord],
    fetched: _Fetched,
    counts: PullCounts,
    ends: LinkEnds | None,
) -> list[str]:
    """Records made in the CRM become local rows, inserted in bulk; returns the remote ids
    of the rows created. Engagements become touchpoints (see :mod:`.engagements`)."""
    if kind in ENGAGEMENT_KINDS:
        pulled = [(remote, adapter.to_local(kind, remote.props)) for remote in remotes]
        made, waiting = engagements.create_touchpoints(
            session, adapter.crm, kind, pulled, fetched.engagement_links, ends
        )
        counts.pulled += len(made)
        counts.scores_moved |= bool(made)
        counts.skipped += len(waiting)
        counts.left_waiting.update(waiting)
        return made
    entity = ENTITY_OF_KIND[kind]
    links = fetched.links
    placed = kind in PLACED_BY_COMPANY
    accounts = linked_accounts(session, adapter.crm, links) if placed else {}
    model = MODELS[entity]
    # The synced columns with their defaults: the snapshot must match the inserted row.
    blank = {name: _default(model, name) for name in columns(entity)}
    plans = _plans(session, adapter, kind, remotes) if entity in IN_PLAN else {}
    created: list[tuple[dict[str, Any], RemoteRecord]] = []
    refs: dict[str, str] = {}  # remote id -> the plan's uid, for the snapshot
    for remote in remotes:
        values = as_stored(kind, adapter.to_local(kind, remote.props))
        row = SimpleNamespace(**blank)
        row.uid = parse_uid(remote.props.get("csm_local_id")) or uuid.uuid4()
        if kind == "company":
            values["name"] = values.get("name") or _("(no name)")
        elif placed:
            row.account_id = accounts.get(remote.remote_id)
            if row.account_id is None or _taken(session, model, row.account_id):
                counts.skipped += 1
                continue
        elif entity in IN_PLAN:
            plan = plans.get(values.get(PLAN_REF) or "")
            if plan is None:
                counts.skipped += 1  # its plan is not here (deleted, or not the app's)
                continue
            row.plan_id = plan
            refs[remote.remote_id] = values[PLAN_REF] or ""
        apply(entity, row, values)
        if any(
            getattr(row, name) is None and not model.__table__.c[name].nullable
            for name in columns(entity)
        ):
            counts.skipped += 1  # a required value is missing: not one the app made
            continue
        created.append((vars(row), remote))
    if not created:
        return []
    # Core inserts (column defaults still apply): the ORM's bulk path costs more per row.
    session.execute(insert(_table(model)), [values for values, _ in created])
    records, bases = [], []
    for inserted, remote in created:
        known = {PLAN_REF: refs[remote.remote_id]} if remote.remote_id in refs else {}
        current = json.dumps(snapshot(entity, {**inserted, **known}), sort_keys=True)
        records.append(
            {
                "entity": entity,
                "local_uid": inserted["uid"],
                "provider": adapter.crm.provider,
                "remote_id": remote.remote_id,
                "remote_kind": kind,
                "sync_state": RecordState.CLEAN,
                "local_version": 0,
                "local_json": current,
            }
        )
        bases.append(
            {
                "entity": entity,
                "local_uid": inserted["uid"],
                "provider": adapter.crm.provider,
                "remote_version": remote.version,
                "base_json": current,
            }
        )
    session.execute(insert(_table(SyncRecord)), records)
    session.execute(insert(_table(SyncBase)), bases)
    counts.pulled += len(created)
    counts.scores_moved = True
    return [remote.remote_id for _, remote in created]


def _plans(
    session: Session, adapter: CrmAdapter, kind: Kind, remotes: list[RemoteRecord]
) -> dict[str, int]:
    """The local plans the goals or milestones of ``remotes`` name: plan uid -> id."""
    wanted = set()
    for remote in remotes:
        uid = parse_uid(adapter.to_local(kind, remote.props).get(PLAN_REF))
        if uid is not None:
            wanted.add(uid)
    found = session.execute(
        select(SuccessPlan.uid, SuccessPlan.id).where(SuccessPlan.uid.in_(list(wanted)))
    )
    return {str(uid): plan_id for uid, plan_id in found}


def _taken(session: Session, model: Any, account_id: int) -> bool:
    """Whether the account has its one row of a kind it may have only one of (a forecast)."""
    column = model.__table__.c["account_id"]
    if not column.unique:
        return False
    found = session.execute(select(column).where(column == account_id).limit(1)).first()
    return found is not None


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def _default(model: type[Any], name: str) -> Any:
    """A column's value when the CRM has none: its default, empty text where it is
    required, else None."""
    column = model.__table__.c[name]
    return None if column.nullable else native(column, fallback(column))


def _apply_tombstones(
    store: Store,
    adapter: CrmAdapter,
    kind: Kind,
    tombstones: list[Tombstone],
    since: datetime,
    counts: PullCounts,
) -> None:
    crm = adapter.crm
    entity = ENTITY_OF_KIND[kind]
    with store.write() as session:
        session.info[capture.APPLYING] = True
        if kind in ENGAGEMENT_KINDS:
            ids = [stone.remote_id for stone in tombstones]
            engagements.forget_unplaced(session, crm, kind, ids)
        for stone in tombstones:
            record = session.scalars(
                select(SyncRecord).where(
                    SyncRecord.provider == crm.provider,
                    SyncRecord.entity == entity,
                    SyncRecord.remote_id == stone.remote_id,
                )
            ).first()
            if record is None or record.deleted_at is not None:
                continue
            if has_pending(session, crm, entity, record.local_uid):
                counts.conflicts += add_delete_conflict(
                    session, crm, entity, record, deleted_here=False, remote_version=None
                )
                continue
            obj = local_row(session, entity, record.local_uid)
            if obj is not None:
                session.delete(obj)
            record.deleted_at = stone.archived_at
            record.sync_state = RecordState.CLEAN
            counts.pulled += 1
            counts.scores_moved = True
        newest = max((s.archived_at for s in tombstones), default=since)
        covered = getattr(tombstones, "covered_until", None)
        if covered is not None:
            newest = max(newest, covered)
        cursor_row(session, crm, kind).tombstones_since = newest

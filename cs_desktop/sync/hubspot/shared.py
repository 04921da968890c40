"""One read per HubSpot object type shared by several kinds.

Tasks hold the app's tasks, success plans, goals and milestones; deals its renewals and
forecasts. Searches are the scarce request (4 a second [H9]), so each such object type is
searched (or listed, on a first pull) once per pull, and its records are handed to their kinds
by ``csm_record`` (:func:`kind_of`): a :class:`Stream` per object type, read by whichever of
its kinds asks first and drained by each in turn.

Cursors: the kinds of a type share one position. A pull starts the type's read where the
earliest of them stands (:func:`start_of`; a kind still to be listed has the whole type
listed again), and each kind, once it has taken its last record, stands where the read
ended. Until then a kind's pages keep the cursor it started from, so that a run stopped
between two of its pages reads them again rather than skips them.

Records made in HubSpot without ``csm_record``: a task is a task of the account its company
is (the pull places it by its company, and skips it when the company is not synced); a deal
is taken only in the renewals pipeline (:func:`.pipelines.kind_of`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime

from cs_desktop.sync.adapter import Cursor, Kind, Page, RemoteRecord, Tombstone
from cs_desktop.sync.hubspot import pipelines, reading
from cs_desktop.sync.hubspot.client import HubSpotClient
from cs_desktop.sync.hubspot.mapping import MARKED, OBJECT_TYPES, RECORD, properties
from cs_desktop.sync.hubspot.pipelines import Pipeline

# The kinds sharing each object type, in the order a pull reads them.
SHARED: dict[str, tuple[Kind, ...]] = {}
for _kind in MARKED:
    SHARED.setdefault(OBJECT_TYPES[_kind], ())
    SHARED[OBJECT_TYPES[_kind]] += (_kind,)
TASK_KINDS = SHARED["tasks"]
TOMBSTONES_REUSED_S = 60.0  # how long a type's archived list answers for its other kinds
Clock = Callable[[], datetime]


def kind_of(
    object_type: str, props: Mapping[str, str | None], pipeline: Pipeline | None
) -> Kind | None:
    """The kind a task or deal is (None: not one the app takes)."""
    if object_type == "deals":
        return pipelines.kind_of(props, pipeline)
    marked = props.get(RECORD)
    if not marked:
        return "task"  # made in HubSpot: a task of its company's account
    return next((kind for kind in TASK_KINDS if kind == marked), None)


def scope(object_type: str, pipeline: Pipeline | None) -> reading.Scope:
    """The read of an object type for all the kinds sharing it: the app's records (their
    ``csm_record``) and those made in HubSpot it takes (none there; for deals, in the
    renewals pipeline)."""
    kinds = SHARED[object_type]
    names = list(dict.fromkeys(name for kind in kinds for name in properties(kind)))
    ours = {"propertyName": RECORD, "operator": "IN", "values": list(kinds)}
    unmarked = {"propertyName": RECORD, "operator": "NOT_HAS_PROPERTY"}
    groups: tuple[tuple[reading.Filter, ...], ...] = ((ours,),)
    if object_type == "tasks":
        groups += ((unmarked,),)
    elif pipeline is not None:
        groups += (
            (unmarked, {"propertyName": "pipeline", "operator": "EQ", "value": pipeline.id}),
        )
    links = tuple(dict.fromkeys(to for kind in kinds for to in reading.listed_links(kind)))
    return reading.Scope(kinds[0], tuple(names), groups, links)


def start_of(cursors: list[Cursor]) -> Cursor:
    """Where the read of a type its kinds share starts: where they all stand, else the whole
    type listed when one of them is still to be listed, else the earliest."""
    if all(cur == cursors[0] for cur in cursors):
        return cursors[0]
    if any(cur == Cursor() or cur.list_after is not None for cur in cursors):
        return Cursor()
    return min(cursors, key=lambda cur: cur.modified_at or reading.EPOCH)


@dataclass
class Stream:
    """One read of an object type, its records waiting for their kinds."""

    object_type: str
    position: Cursor
    joins: dict[Kind, Cursor]  # the cursor each kind presents to take its share
    waiting: dict[Kind, list[RemoteRecord]]
    links: dict[Kind, dict[str, set[str]]] = field(default_factory=dict)
    end: Cursor | None = None  # where the read ended, once it has
    drained: set[Kind] = field(default_factory=set)
    scope: reading.Scope | None = None  # made by the first read (a deal's asks the pipeline)


class SharedReads:
    """The reads of the object types several kinds share, for one adapter."""

    def __init__(
        self, client: HubSpotClient, now: Clock, pipeline: Callable[[], Pipeline | None]
    ) -> None:
        self._client = client
        self._now = now
        self._pipeline = pipeline
        self._streams: dict[str, Stream] = {}
        self._archived: dict[str, tuple[list[Tombstone], float]] = {}

    def begin(self, cursors: Mapping[Kind, Cursor]) -> None:
        """A pull begins, its kinds at ``cursors``: each shared type is read once for all."""
        self._archived.clear()
        self._streams.clear()
        for object_type, kinds in SHARED.items():
            joins = {kind: cursors[kind] for kind in kinds if kind in cursors}
            if joins:
                self._open(object_type, start_of(list(joins.values())), joins)

    def page(self, kind: Kind, cur: Cursor, limit: int) -> Page:
        """The kind's next page of its type's read (started here when none is under way for
        it at ``cur``)."""
        object_type = OBJECT_TYPES[kind]
        stream = self._streams.get(object_type)
        if stream is None or kind in stream.drained or stream.joins.get(kind) != cur:
            stream = self._open(object_type, cur, dict.fromkeys(SHARED[object_type], cur))
        waiting = stream.waiting[kind]
        while stream.end is None and len(waiting) < limit:
            self._read(stream, limit)
        taken, waiting[:limit] = waiting[:limit], []
        links = {
            to: {r.remote_id: found.get(r.remote_id, set()) for r in taken}
            for to, found in stream.links.items()
        }
        if stream.end is not None and not waiting:
            stream.drained.add(kind)
            return Page(taken, stream.end, True, links)
        return Page(taken, cur, False, links)

    def tombstones(self, kind: Kind, since: datetime) -> list[Tombstone]:
        """The type's records archived after ``since``: its archived list is read once for
        the kinds sharing it (which record was which kind, only the kinds' own ids tell)."""
        object_type = OBJECT_TYPES[kind]
        listed = self._archived.get(object_type)
        if listed is None or time.monotonic() > listed[1]:
            stones = reading.pull_tombstones(self._client, kind, reading.EPOCH, self._now)
            listed = (stones, time.monotonic() + TOMBSTONES_REUSED_S)
            self._archived[object_type] = listed
        return [stone for stone in listed[0] if stone.archived_at > since]

    def _open(self, object_type: str, start: Cursor, joins: dict[Kind, Cursor]) -> Stream:
        stream = Stream(object_type, start, joins, {kind: [] for kind in SHARED[object_type]})
        self._streams[object_type] = stream
        return stream

    def _read(self, stream: Stream, limit: int) -> None:
        deals = stream.object_type == "deals"
        pipeline = self._pipeline() if deals else None
        if stream.scope is None:
            stream.scope = scope(stream.object_type, pipeline)
        page = reading.pull_page(self._client, stream.scope, stream.position, limit, self._now)
        for record in page.records:
            props = dict(record.props)
            if deals:
                pipelines.read_back(props, pipeline)
            kind = kind_of(stream.object_type, props, pipeline)
            if kind is not None:
                stream.waiting[kind].append(replace(record, props=props))
        for to, found in page.links.items():
            stream.links.setdefault(to, {}).update(found)
        stream.position = page.next
        if page.done:
            stream.end = page.next

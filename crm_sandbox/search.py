"""``POST /crm/v3/objects/{type}/search``: filters, one sort, offset paging, the result cap.

Search reads the portal's search index, which may lag the writes (a setting), never shows
archived records, and refuses to page past the cap (10,000 in HubSpot [H2]).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from crm_sandbox import catalog
from crm_sandbox.clock import iso, parse_instant
from crm_sandbox.errors import validation
from crm_sandbox.store import Record, Snapshot, Store

MAX_LIMIT = 200
MAX_GROUPS = 5
MAX_FILTERS = 25
OPERATORS = frozenset(
    {
        "EQ",
        "NEQ",
        "GT",
        "GTE",
        "LT",
        "LTE",
        "BETWEEN",
        "IN",
        "HAS_PROPERTY",
        "NOT_HAS_PROPERTY",
        "NOT_IN",
        "CONTAINS_TOKEN",
        "NOT_CONTAINS_TOKEN",
    }
)


def search(store: Store, kind: str, body: Any, *, lag_ms: int, cap: int) -> dict[str, Any]:
    """Run one search request against the index as it stood ``lag_ms`` ago.

    Raises:
        ApiError: 400 for a malformed request, a limit over 200 or ``after`` past the cap.
    """
    if not isinstance(body, dict):
        raise validation("The search request must be a JSON object")
    limit = _integer(body.get("limit", 10), "limit")
    if not 0 < limit <= MAX_LIMIT:
        raise validation(f"limit must be between 1 and {MAX_LIMIT}", field="limit")
    offset = _integer(body.get("after") or 0, "after")
    if offset >= cap:
        # HubSpot's message when paging reaches the hard cap of the search index.
        raise validation(
            f"Paging past {cap} results is not supported: narrow the filters instead "
            f"(after={offset}).",
            code="SEARCH_LIMIT_EXCEEDED",
            field="after",
        )
    groups = body.get("filterGroups") or []
    match = _compile(store, kind, groups, body.get("query"))
    sort_key = _sort_key(store, kind, body.get("sorts") or [])
    as_of = store.clock.now_ms() - lag_ms
    wanted = body.get("properties") or None
    ranged = _by_modified_range(store, kind, body, as_of)
    if ranged is not None:
        total = len(ranged)
        page = ranged[offset : offset + limit]
    else:
        hits: list[tuple[Record, Snapshot]] = []
        for record in store.records[kind].values():
            snapshot = store.indexed(record, as_of)
            if snapshot is None or record.archived:
                continue
            if match(_View(record, snapshot)):
                hits.append((record, snapshot))
        hits.sort(key=sort_key)
        total = len(hits)
        page = hits[offset : offset + limit]
    response: dict[str, Any] = {
        "total": total,
        "results": [store.output(r, wanted, snapshot=s) for r, s in page],
    }
    if offset + limit < total:
        response["paging"] = {"next": {"after": str(offset + limit)}}
    return response


_RANGE = frozenset({"EQ", "GT", "GTE", "LT", "LTE", "BETWEEN"})


def _by_modified_range(
    store: Store, kind: str, body: dict[str, Any], as_of: int
) -> list[tuple[Record, Snapshot]] | None:
    """The hits of the sync's own search shape without a scan: one filter group whose
    filters on the modification date are ranges, sorted by that date ascending. The range
    comes from :meth:`Store.modified_between`; the few records written within the lag are
    taken out of it and put back as the lagging index holds them. Any other filter is checked
    on those hits only. None for any other request (the scan answers it)."""
    modified = catalog.modified_property(kind)
    groups = body.get("filterGroups") or []
    sorts = body.get("sorts") or []
    if (
        body.get("query")
        or len(groups) != 1
        or sorts[:1] != [{"propertyName": modified, "direction": "ASCENDING"}]
    ):
        return None
    low, high = 0, 2**63
    others = []
    try:
        for spec in groups[0].get("filters") or []:
            operator = spec.get("operator")
            if spec.get("propertyName") != modified or operator not in _RANGE:
                others.append(_filter(store, kind, spec))
                continue
            value = parse_instant(spec.get("value"))
            if operator in ("EQ", "GTE", "BETWEEN"):
                low = max(low, value)
            if operator == "GT":
                low = max(low, value + 1)
            if operator in ("EQ", "LTE"):
                high = min(high, value)
            if operator == "LT":
                high = min(high, value - 1)
            if operator == "BETWEEN":
                high = min(high, parse_instant(spec.get("highValue")))
    except ValueError:
        return None  # the scan reports the bad value
    ranged = store.modified_between(kind, low, high)
    if store.current_as_of(kind, as_of):
        hits = [(r, r.index[-1]) for r in ranged]
    else:
        lagging = store.written_after(kind, as_of)
        hits = [(r, r.index[-1]) for r in ranged if r.id not in lagging]
        for record_id in lagging:
            record = store.records[kind][record_id]
            seen = store.indexed(record, as_of)
            # As the scan does: an archived record leaves search at once.
            if seen is not None and not record.archived and low <= seen.updated_ms <= high:
                hits.append((record, seen))
        hits.sort(key=lambda hit: (hit[1].updated_ms, int(hit[0].id)))
    if not others:
        return hits
    return [(r, s) for r, s in hits if all(test(_View(r, s)) for test in others)]


class _View:
    """A record's values as the index holds them; the derived ones only when asked for,
    since a search may look at ten thousand records."""

    __slots__ = ("record", "snapshot")

    def __init__(self, record: Record, snapshot: Snapshot) -> None:
        self.record = record
        self.snapshot = snapshot

    def get(self, name: str, default: str = "") -> str:
        record = self.record
        if name == "hs_object_id":
            return record.id
        if name in ("hs_lastmodifieddate", "lastmodifieddate"):
            if name == "lastmodifieddate" and record.kind != "contacts":
                return default
            return iso(self.snapshot.updated_ms)
        if name in ("createdate", "hs_createdate") and name == catalog.created_property(
            record.kind
        ):
            return iso(record.created_ms)
        return (self.snapshot.properties or {}).get(name, default)

    def typed(self, name: str) -> str | int:
        """Like :meth:`get`, but the derived dates as epoch ms: no formatting and re-parsing."""
        if name in ("hs_lastmodifieddate", "lastmodifieddate") and self.get(name):
            return self.snapshot.updated_ms
        if name == catalog.created_property(self.record.kind):
            return self.record.created_ms
        return self.get(name)

    def values(self) -> list[str]:
        derived = self.record.system_properties()
        return [*(self.snapshot.properties or {}).values(), *derived.values()]


def _integer(value: Any, name: str) -> int:
    try:
        return int(str(value))
    except ValueError:
        raise validation(f"{name} must be a whole number", field=name) from None


def _comparable(store: Store, kind: str, name: str) -> Callable[[str], Any]:
    definition = store.property_defs(kind).get(name)
    type_ = definition["type"] if definition else "string"
    if type_ == "number":
        return float
    if type_ in ("date", "datetime"):
        return parse_instant
    return str.lower


def _compile(store: Store, kind: str, groups: Any, query: Any) -> Callable[[_View], bool]:
    if not isinstance(groups, list) or len(groups) > MAX_GROUPS:
        raise validation(f"filterGroups must be a list of at most {MAX_GROUPS} groups")
    if sum(len(g.get("filters") or []) for g in groups if isinstance(g, dict)) > MAX_FILTERS:
        raise validation(f"At most {MAX_FILTERS} filters are allowed across all groups")
    tests = [[_filter(store, kind, f) for f in (g.get("filters") or [])] for g in groups]
    needle = str(query).lower() if query else ""

    def match(values: _View) -> bool:
        if needle and not any(needle in v.lower() for v in values.values()):
            return False
        return not tests or any(all(t(values) for t in group) for group in tests)

    return match


def _filter(store: Store, kind: str, spec: Any) -> Callable[[_View], bool]:
    if not isinstance(spec, dict) or "propertyName" not in spec:
        raise validation("Each filter needs propertyName and operator")
    name = str(spec["propertyName"])
    operator = str(spec.get("operator", ""))
    if operator not in OPERATORS:
        raise validation(f"Unknown filter operator {operator!r}", field="operator")
    if operator == "HAS_PROPERTY":
        return lambda values: values.get(name, "") != ""
    if operator == "NOT_HAS_PROPERTY":
        return lambda values: values.get(name, "") == ""
    convert = _comparable(store, kind, name)

    def converted(raw: Any) -> Any:
        try:
            return convert(str(raw))
        except ValueError:
            raise validation(f"{raw!r} is not a valid value for {name}", field=name) from None

    if operator in ("IN", "NOT_IN"):
        wanted = {converted(v) for v in spec.get("values") or []}
        inside = operator == "IN"
        return lambda values: (
            _safe(convert, values.typed(name)) in wanted
            if inside
            else (_safe(convert, values.typed(name)) not in wanted)
        )
    if operator in ("CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN"):
        token = str(spec.get("value", "")).lower().strip("*")
        contains = operator == "CONTAINS_TOKEN"
        return lambda values: (token in values.get(name, "").lower()) == contains
    low = converted(spec.get("value"))
    high = converted(spec.get("highValue")) if operator == "BETWEEN" else None
    compare: dict[str, Callable[[Any], bool]] = {
        "EQ": lambda v: v == low,
        "NEQ": lambda v: v != low,
        "GT": lambda v: v > low,
        "GTE": lambda v: v >= low,
        "LT": lambda v: v < low,
        "LTE": lambda v: v <= low,
        "BETWEEN": lambda v: low <= v <= high,
    }
    test = compare[operator]

    def check(values: _View) -> bool:
        value = _safe(convert, values.typed(name))
        if value is None:
            # A record without the property matches only "not equal".
            return operator == "NEQ"
        return test(value)

    return check


def _safe(convert: Callable[[str], Any], raw: str | int | None) -> Any:
    if isinstance(raw, int):
        return raw
    if not raw:
        return None
    try:
        return convert(raw)
    except ValueError:
        return None


def _sort_key(
    store: Store, kind: str, sorts: Any
) -> Callable[[tuple[Record, Snapshot]], tuple[Any, ...]]:
    """HubSpot honours one sort; later ones are ignored [research notes]. A sort is
    ``{"propertyName", "direction"}`` or, as the OpenAPI file types it, a string: ``"name"``
    ascending, ``"-name"`` descending. Ties fall back to the id, ascending."""
    if not isinstance(sorts, list) or not sorts:
        return lambda hit: (int(hit[0].id),)
    first = sorts[0]
    if isinstance(first, str):
        descending = first.startswith("-")
        name = first.lstrip("-")
    elif isinstance(first, dict) and "propertyName" in first:
        name = str(first["propertyName"])
        descending = str(first.get("direction", "ASCENDING")).upper() == "DESCENDING"
    else:
        raise validation("A sort is a property name or {propertyName, direction}", field="sorts")
    convert = _comparable(store, kind, name)

    def key(hit: tuple[Record, Snapshot]) -> tuple[Any, ...]:
        value = _safe(convert, _View(hit[0], hit[1]).typed(name))
        missing = value is None
        if descending:
            return (missing, _Reversed(value), int(hit[0].id))
        return (missing, value if not missing else 0, int(hit[0].id))

    return key


class _Reversed:
    """Wraps a value so that sorting ascending orders it descending."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Reversed) -> bool:
        if self.value is None or other.value is None:
            return False
        return bool(self.value > other.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reversed) and self.value == other.value

    __hash__ = None  # type: ignore[assignment]

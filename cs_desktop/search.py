"""Search across everything written at touchpoints, and across account names.

Touchpoint text is indexed by FTS5 with the trigram tokenizer (migration 0002), which matches
any run of three or more characters: English words, and Japanese or Chinese text that has no
spaces between words. Terms of one or two characters cannot use a trigram index, so they are
matched with LIKE instead (on top of the index when the query also has longer terms).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, text

from cs_desktop.coltypes import from_epoch_ms
from cs_desktop.formats import format_number
from cs_desktop.i18n import N_, _
from cs_desktop.ids import AccountId, TouchpointId
from cs_desktop.vocabulary import Stage, Tier, TouchpointKind

# Marks around matched text in snippets; control characters never typed in notes, so the
# views can escape the text and then turn these into highlighting.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
ELLIPSIS = "…"
TRIGRAM = 3
SEARCHED_COLUMNS = ("title", "notes", "customer_statement", "inferred_need", "next_steps")
# With the trigram tokenizer a snippet "token" is about one character: 64 is the maximum.
SNIPPET_TOKENS = 64

# bm25 ranking costs time in proportion to the number of matching notes (~300 ms for a term
# found in 160,000 notes). A term matching more notes than this is too common for relevance
# to say much: those searches return the latest entered notes, found by walking the index
# backwards, which takes under a millisecond.
RANKED_HITS_MAX = 2000

# Bounds on what one search may ask. SQLite refuses LIKE patterns over 50,000 bytes, and every
# distinct term is one more index lookup or LIKE per row: 10,000 three-letter terms kept a search
# busy for 400 s. Within these bounds the slowest search measured on 52,000 touchpoints (32
# one-letter terms, 170 ms) costs 2.5 times a search for one two-letter word (68 ms, a scan); a
# 500-character phrase takes 60 ms. More is refused at once with a message, never silently cut.
MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 32
NOTHING_TO_SEARCH = N_("type something to search for")
QUERY_TOO_LONG = N_(
    "the search text is too long ({length} characters): search for at most {limit} characters"
)
TOO_MANY_TERMS = N_(
    "the search text has too many words ({count}): search for at most {limit} different words"
)

_TERM = re.compile(r'"([^"]*)"|(\S+)')


class QueryError(ValueError):
    """The search text holds nothing to search for, or more than a search may ask."""


@dataclass(frozen=True)
class TouchpointHit:
    touchpoint_id: TouchpointId
    account_id: AccountId
    account_name: str
    occurred_at: datetime
    kind: TouchpointKind
    title: str
    snippet: str


@dataclass(frozen=True)
class AccountHit:
    account_id: AccountId
    name: str
    tier: Tier
    stage: Stage


@dataclass(frozen=True)
class ParsedQuery:
    """Terms of three or more characters go to the index; shorter ones to LIKE."""

    indexed: tuple[str, ...]
    short: tuple[str, ...]

    def fts_expression(self) -> str:
        # Every term is a quoted phrase, so user text can never be read as FTS5 syntax.
        return " AND ".join('"' + term.replace('"', '""') + '"' for term in self.indexed)


def check_query_length(query: str) -> None:
    """Raise :class:`QueryError` for a text longer than ``MAX_QUERY_CHARS``."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(
            _(QUERY_TOO_LONG).format(
                length=format_number(len(query)), limit=format_number(MAX_QUERY_CHARS)
            )
        )


def parse_query(query: str) -> ParsedQuery:
    """Split search text into terms; ``"quoted words"`` stay together as one phrase.

    A term given twice counts once.

    Raises:
        QueryError: no terms, a text over ``MAX_QUERY_CHARS`` or over ``MAX_QUERY_TERMS`` terms.
    """
    check_query_length(query)
    found = (quoted or bare for quoted, bare in _TERM.findall(query))
    terms = list(dict.fromkeys(term.strip() for term in found if term.strip()))
    if not terms:
        raise QueryError(_(NOTHING_TO_SEARCH))
    if len(terms) > MAX_QUERY_TERMS:
        raise QueryError(_(TOO_MANY_TERMS).format(count=len(terms), limit=MAX_QUERY_TERMS))
    indexed = tuple(term for term in terms if len(term) >= TRIGRAM)
    short = tuple(term for term in terms if len(term) < TRIGRAM)
    return ParsedQuery(indexed, short)


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _short_term_filter(parsed: ParsedQuery, params: dict[str, object]) -> str:
    clauses = []
    for index, term in enumerate(parsed.short):
        name = f"short{index}"
        params[name] = _like_pattern(term)
        any_column = " OR ".join(
            f"t.{column} LIKE :{name} ESCAPE '\\'" for column in SEARCHED_COLUMNS
        )
        clauses.append(f"({any_column})")
    return " AND ".join(clauses)


def count_index_hits(connection: Connection, match: object, cap: int | None = None) -> int:
    """How many notes match, counting no further than ``cap`` (cheap for common terms)."""
    cap = RANKED_HITS_MAX + 1 if cap is None else cap
    return int(
        connection.exec_driver_sql(
            "SELECT count(*) FROM (SELECT rowid FROM touchpoint_fts "
            "WHERE touchpoint_fts MATCH :match LIMIT :cap)",
            {"match": match, "cap": cap},
        ).scalar_one()
    )


def indexed_search_sql(where: list[str], *, ranked: bool) -> str:
    """The index query: best first (``ranked``), or latest entered first for common terms."""
    order = "touchpoint_fts.rank" if ranked else "touchpoint_fts.rowid DESC"
    return (
        "SELECT t.id, t.account_id, a.name, t.occurred_at, t.kind, t.title, "
        f"snippet(touchpoint_fts, -1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', "
        f"'{ELLIPSIS}', {SNIPPET_TOKENS}) "
        "FROM touchpoint_fts JOIN touchpoint t ON t.id = touchpoint_fts.rowid "
        "JOIN account a ON a.id = t.account_id "
        "WHERE touchpoint_fts MATCH :match "
        + "".join(f"AND {clause} " for clause in where)
        + f"ORDER BY {order} LIMIT :limit"
    )


def search_touchpoints(
    connection: Connection,
    query: str,
    *,
    limit: int = 50,
    account_id: AccountId | None = None,
) -> list[TouchpointHit]:
    """The touchpoints matching every term of ``query``.

    Best matches first; for terms too common to rank (see ``RANKED_HITS_MAX``) and for
    one- or two-character terms (LIKE), the newest first.

    Raises:
        QueryError: the query has no terms, or too many (see :func:`parse_query`).
    """
    parsed = parse_query(query)
    params: dict[str, object] = {"limit": limit}
    where: list[str] = []
    if account_id is not None:
        where.append("t.account_id = :account_id")
        params["account_id"] = account_id
    if not parsed.indexed:
        # Only short terms: a scan of every touchpoint, indexed or not.
        return _like_search(connection, parsed.short, where, params)
    if parsed.short:
        where.append(_short_term_filter(parsed, params))
    params["match"] = parsed.fts_expression()
    ranked = count_index_hits(connection, params["match"]) <= RANKED_HITS_MAX
    # Straight to the driver: these queries take a millisecond or two, and SQLAlchemy's
    # statement handling would otherwise be most of a search's time.
    rows = connection.exec_driver_sql(indexed_search_sql(where, ranked=ranked), params).all()
    hits = [_hit(row, row[6]) for row in rows]
    waiting = _unindexed_hits(connection, parsed, account_id, limit)
    if not ranked or waiting:
        # Ranked hits stay first; those still waiting for the index have no rank.
        hits = hits if ranked else sorted(hits, key=lambda hit: hit.occurred_at, reverse=True)
        hits = (hits + waiting)[:limit]
    return hits


def _like_search(
    connection: Connection,
    terms: tuple[str, ...],
    where: list[str],
    params: dict[str, object],
    source: str = "touchpoint t",
) -> list[TouchpointHit]:
    """Touchpoints of ``source`` holding every term (LIKE), newest first: a common term
    stops the scan after ``limit`` hits."""
    params = dict(params)
    like = _short_term_filter(ParsedQuery((), terms), params)
    sql = (
        "SELECT t.id, t.account_id, a.name, t.occurred_at, t.kind, t.title, "
        + ", ".join(f"t.{column}" for column in SEARCHED_COLUMNS)
        + f" FROM {source} JOIN account a ON a.id = t.account_id WHERE "
        + " AND ".join([*where, like])
        + " ORDER BY t.occurred_at DESC LIMIT :limit"
    )
    rows = connection.exec_driver_sql(sql, params).all()
    return [_hit(row, like_snippet(row[6:], terms)) for row in rows]


def _unindexed_hits(
    connection: Connection, parsed: ParsedQuery, account_id: AccountId | None, limit: int
) -> list[TouchpointHit]:
    """Matches among touchpoints still waiting to join the index (:mod:`.note_index`)."""
    if connection.exec_driver_sql("SELECT 1 FROM touchpoint_unindexed LIMIT 1").first() is None:
        return []
    params: dict[str, object] = {"limit": limit}
    where = []
    if account_id is not None:
        where.append("t.account_id = :account_id")
        params["account_id"] = account_id
    source = "touchpoint_unindexed u JOIN touchpoint t ON t.id = u.id"
    return _like_search(connection, parsed.indexed + parsed.short, where, params, source)


def _hit(row: object, snippet: str) -> TouchpointHit:
    id_, account_id, account_name, occurred_ms, kind, title = row[:6]  # type: ignore[index]
    return TouchpointHit(
        touchpoint_id=TouchpointId(id_),
        account_id=AccountId(account_id),
        account_name=account_name,
        occurred_at=from_epoch_ms(occurred_ms),
        kind=TouchpointKind(kind),
        title=title,
        snippet=snippet,
    )


def like_snippet(
    texts: tuple[str, ...] | list[str], terms: tuple[str, ...], width: int = 40
) -> str:
    """A snippet around the first occurrence of a term, with every term highlighted."""
    lowered_terms = [term.lower() for term in terms]
    for body in texts:
        lowered = body.lower()
        positions = [lowered.find(term) for term in lowered_terms if term in lowered]
        if not positions:
            continue
        first = min(positions)
        start, end = max(0, first - width), min(len(body), first + width)
        piece = body[start:end]
        for term in sorted(set(terms), key=len, reverse=True):
            piece = re.sub(
                re.escape(term),
                lambda match: f"{HIGHLIGHT_START}{match.group(0)}{HIGHLIGHT_END}",
                piece,
                flags=re.IGNORECASE,
            )
        return (ELLIPSIS if start else "") + piece + (ELLIPSIS if end < len(body) else "")
    return ""


def search_accounts(connection: Connection, query: str, *, limit: int = 20) -> list[AccountHit]:
    """Accounts whose name or domain contains the query, names starting with it first."""
    check_query_length(query)
    needle = query.strip()
    if not needle:
        raise QueryError(_(NOTHING_TO_SEARCH))
    rows = connection.execute(
        text(
            "SELECT id, name, tier, stage FROM account "
            "WHERE name LIKE :pattern ESCAPE '\\' OR domain LIKE :pattern ESCAPE '\\' "
            "ORDER BY (name LIKE :prefix ESCAPE '\\') DESC, name LIMIT :limit"
        ),
        {"pattern": _like_pattern(needle), "prefix": _like_pattern(needle)[1:], "limit": limit},
    ).all()
    return [AccountHit(AccountId(r[0]), r[1], Tier(r[2]), Stage(r[3])) for r in rows]

"""Full-text search over touchpoints in English, Japanese and Chinese."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import delete, update

from cs_desktop.models import Touchpoint
from cs_desktop.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    QueryError,
    like_snippet,
    parse_query,
    search_accounts,
    search_touchpoints,
)
from tests.support.factories import add_account, add_touchpoint


@pytest.fixture
def portfolio(store):
    tokyo = add_account(store, "東京テック株式会社", domain="tokyo-tech.co.jp")
    shanghai = add_account(store, "上海云帆科技有限公司")
    acme = add_account(store, "Acme Corp", domain="acme.example")
    add_touchpoint(
        store, tokyo, "定例会議", "導入支援のオンボーディング会議を実施した。活用状況を確認する。"
    )
    add_touchpoint(store, shanghai, "续约电话", "客户希望在上线后安排培训。", days=1)
    add_touchpoint(
        store,
        acme,
        "Kickoff",
        "Onboarding plan agreed with the champion.",
        days=2,
        customer_statement="Show us case studies from other companies",
        inferred_need="Help them picture success in their own company",
    )
    add_touchpoint(store, acme, "QBR", "Renewal risk: adoption is low in EU.", days=3)
    return store


def titles(store, query: str, **kwargs) -> list[str]:
    with store.engine.connect() as connection:
        return [hit.title for hit in search_touchpoints(connection, query, **kwargs)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("onboarding", ["Kickoff"]),
        ("ONBOARD", ["Kickoff"]),  # case-insensitive, part of a word
        ("オンボーディング", ["定例会議"]),
        ("活用状況", ["定例会議"]),
        ("上线", ["续约电话"]),  # two characters: LIKE fallback
        ("培训", ["续约电话"]),
        ("case studies", ["Kickoff"]),  # statement field
        ("picture success", ["Kickoff"]),  # inferred need field
        ('"adoption is low"', ["QBR"]),
        ("renewal EU", ["QBR"]),  # a long and a short term together
        ("nothing-like-this", []),
    ],
)
def test_finds_english_japanese_and_chinese(portfolio, query: str, expected: list[str]) -> None:
    assert sorted(titles(portfolio, query)) == sorted(expected)


def test_snippets_highlight_the_match(portfolio) -> None:
    with portfolio.engine.connect() as connection:
        (hit,) = search_touchpoints(connection, "オンボーディング")
        (short_hit,) = search_touchpoints(connection, "上线")
    assert f"{HIGHLIGHT_START}オンボーディング{HIGHLIGHT_END}" in hit.snippet
    assert hit.account_name == "東京テック株式会社"
    assert f"{HIGHLIGHT_START}上线{HIGHLIGHT_END}" in short_hit.snippet


@pytest.mark.parametrize("query", ['"', "AND OR NOT", "NEAR(a b)", "col:value", "*", "^start"])
def test_fts_syntax_in_user_text_is_searched_literally(portfolio, query: str) -> None:
    titles(portfolio, query)  # must not raise an FTS5 syntax error


def test_empty_query_is_a_clear_error(portfolio) -> None:
    with pytest.raises(QueryError, match="type something"):
        titles(portfolio, "   ")


def test_a_search_text_over_the_limit_is_refused_at_once(portfolio) -> None:
    huge = "a" * 100_000  # SQLite refused it (LIKE pattern too complex) with a traceback
    started = time.perf_counter()
    with pytest.raises(QueryError, match=r"too long \(100,000 characters\).*at most 500"):
        titles(portfolio, huge)
    with portfolio.engine.connect() as connection, pytest.raises(QueryError, match="too long"):
        search_accounts(connection, huge)
    assert time.perf_counter() - started < 1


def test_too_many_different_words_are_refused_and_a_repeated_word_counts_once(portfolio) -> None:
    # 10,000 three-letter words kept one search busy for 400 s.
    with pytest.raises(QueryError, match=r"too many words \(40\).*at most 32"):
        titles(portfolio, " ".join(f"w{number:02d}" for number in range(40)))
    assert titles(portfolio, " ".join(["onboarding"] * 40)) == ["Kickoff"]


def test_index_follows_edits_and_deletes(portfolio) -> None:
    with portfolio.write() as session:
        session.execute(
            update(Touchpoint).where(Touchpoint.title == "QBR").values(notes="解約リスクあり")
        )
    assert titles(portfolio, "adoption") == []
    assert titles(portfolio, "解約リスク") == ["QBR"]
    with portfolio.write() as session:
        session.execute(delete(Touchpoint).where(Touchpoint.title == "QBR"))
    assert titles(portfolio, "解約リスク") == []


def test_search_within_one_account(portfolio) -> None:
    with portfolio.engine.connect() as connection:
        acme = search_accounts(connection, "acme")[0].account_id
        hits = search_touchpoints(connection, "onboarding", account_id=acme)
    assert [hit.title for hit in hits] == ["Kickoff"]


def test_account_search_by_name_and_domain(portfolio) -> None:
    with portfolio.engine.connect() as connection:
        assert [a.name for a in search_accounts(connection, "東京")] == ["東京テック株式会社"]
        assert [a.name for a in search_accounts(connection, "tokyo-tech")] == ["東京テック株式会社"]
        assert search_accounts(connection, "100%") == []


def test_short_term_search_returns_newest_first_and_respects_limit(store) -> None:
    account = add_account(store, "Many notes")
    for day in range(30):
        add_touchpoint(store, account, f"Visit {day}", "現場で確認", days=day)
    found = titles(store, "現場", limit=5)
    assert found == [f"Visit {day}" for day in range(29, 24, -1)]


@given(st.text(min_size=1, max_size=30))
def test_any_text_parses_or_is_rejected_clearly(query: str) -> None:
    try:
        parsed = parse_query(query)
    except QueryError:
        assert not query.split()
        return
    assert all(len(term) >= 3 for term in parsed.indexed)
    assert all(len(term) < 3 for term in parsed.short)
    assert parsed.indexed or parsed.short


@given(
    st.text(alphabet="abcあい漢字 ", min_size=1, max_size=20), st.sampled_from(["あい", "ab", "字"])
)
def test_like_snippet_highlights_every_shown_term(body: str, term: str) -> None:
    snippet = like_snippet((body,), (term,))
    if term.lower() in body.lower():
        assert f"{HIGHLIGHT_START}" in snippet
    else:
        assert snippet == ""


def test_terms_too_common_to_rank_return_the_newest_notes(store, monkeypatch) -> None:
    import cs_desktop.search as search

    account = add_account(store, "Busy account")
    add_touchpoint(store, account, "Old renewal", "renewal renewal renewal", days=-400)
    for day in range(12):
        add_touchpoint(store, account, f"Call {day}", "renewal discussion", days=day)
    ranked = titles(store, "renewal", limit=3)
    assert ranked[0] == "Old renewal"  # the densest match ranks first while ranking is cheap
    monkeypatch.setattr(search, "RANKED_HITS_MAX", 5)
    assert titles(store, "renewal", limit=3) == ["Call 11", "Call 10", "Call 9"]

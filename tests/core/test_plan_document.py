"""The account plan's document model: content, translations, empty accounts, account lookup."""

from __future__ import annotations

from pathlib import Path

import pytest

from cs_desktop.db import Store
from cs_desktop.models import Stage
from cs_desktop.plan import (
    LANGUAGES,
    AmbiguousAccountError,
    UnknownAccountError,
    build_plan,
    check_lang,
    plan_file_name,
    resolve_account,
)
from cs_desktop.plan.audience import Audience
from cs_desktop.plan.document import (
    GoalsSection,
    HealthSection,
    PlanDocument,
    StageSection,
    TableSection,
    Tone,
    TouchpointsSection,
)
from cs_desktop.plan.stages import StageTextError, load_stage_texts
from tests.support.factories import add_account
from tests.support.plan import GOALS, INJECTION, JAPANESE_NOTE, TODAY, add_plan_account


def _sections(document: PlanDocument) -> dict[str, object]:
    found: dict[str, object] = {}
    for section in document.sections:
        key = section.key if isinstance(section, TableSection) else type(section).__name__
        found[key] = section
    return found


def test_plan_has_every_part_with_the_accounts_data(store: Store) -> None:
    account = add_plan_account(store)
    with store.engine.connect() as connection:
        document = build_plan(
            connection, account, lang="en", today=TODAY, audience=Audience.INTERNAL
        )
    assert document.account_name == "東京テック株式会社 Tokyo Tech"
    facts = {fact.label: fact.value for fact in document.cover.facts}
    assert facts["Customer Success Manager"] == "Aiko Sato"
    assert facts["Stage"] == "Service"
    assert facts["ARR"] == "$120,000"
    sections = _sections(document)
    goals = sections["GoalsSection"]
    assert isinstance(goals, GoalsSection)
    assert [h.months for h in goals.horizons] == [3, 6, 12]
    assert goals.horizons[0].goals.rows[0][0].text == GOALS[0]
    assert goals.horizons[0].goals.rows[0][1].tone is Tone.GOOD
    milestones = sections["milestones"]
    assert isinstance(milestones, TableSection)
    statuses = [row[2].text for row in milestones.table.rows]
    assert statuses == ["Done", "Overdue", "Open"]
    stage = sections["StageSection"]
    assert isinstance(stage, StageSection)
    assert stage.stage_text == "Service"
    assert stage.since_text == "In this stage since November 15, 2024"
    assert stage.criteria and stage.risks
    health = sections["HealthSection"]
    assert isinstance(health, HealthSection)
    assert health.score is not None
    assert health.chart.has_score
    assert len(health.chart.scores) > 365
    assert [mark.label for mark in health.chart.renewals] == ["Expanded", "Renewal due"]
    tasks = sections["tasks"]
    assert isinstance(tasks, TableSection)
    assert [row[0].text for row in tasks.table.rows] == [
        "Prepare the QBR deck",
        "Plan admin training",
    ]
    assert tasks.table.rows[0][1].tone is Tone.BAD  # overdue
    touchpoints = sections["TouchpointsSection"]
    assert isinstance(touchpoints, TouchpointsSection)
    assert touchpoints.entries[0].notes == JAPANESE_NOTE
    assert dict(touchpoints.entries[0].details)["Next steps"] == "Send two case studies by Friday"


def test_account_without_plan_or_touchpoints_says_so(store: Store) -> None:
    account = add_account(store, "Empty Co")
    with store.engine.connect() as connection:
        document = build_plan(
            connection, account, lang="en", today=TODAY, audience=Audience.INTERNAL
        )
    sections = _sections(document)
    goals = sections["GoalsSection"]
    assert isinstance(goals, GoalsSection)
    assert goals.horizons == ()
    assert goals.empty_text == "No goals recorded yet."
    for key in ("milestones", "renewals", "stakeholders", "tasks"):
        section = sections[key]
        assert isinstance(section, TableSection)
        assert section.table.rows == ()
        assert section.empty_text
    touchpoints = sections["TouchpointsSection"]
    assert isinstance(touchpoints, TouchpointsSection)
    assert touchpoints.entries == ()
    health = sections["HealthSection"]
    assert isinstance(health, HealthSection)
    assert health.score is None
    assert not health.chart.has_score
    assert document.cover.plan_title == ""


@pytest.mark.parametrize(
    ("lang", "goals_heading", "stage"),
    [
        ("en", "The customer's goals", "Service"),
        ("ja", "お客様の目標", "運用"),
        ("zh-Hant", "客戶的目標", "服務"),
        ("zh-Hans", "客户的目标", "服务"),
    ],
)
def test_headings_are_in_the_chosen_language(
    store: Store, lang: str, goals_heading: str, stage: str
) -> None:
    account = add_plan_account(store)
    with store.engine.connect() as connection:
        document = build_plan(connection, account, lang=check_lang(lang), today=TODAY)
    goals = _sections(document)["GoalsSection"]
    assert isinstance(goals, GoalsSection)
    assert goals.heading == goals_heading
    stage_section = _sections(document)["StageSection"]
    assert isinstance(stage_section, StageSection)
    assert stage_section.stage_text == stage
    assert document.page_text(2, 5).count("2") == 1 and "5" in document.page_text(2, 5)


def test_every_stage_text_exists_in_every_language() -> None:
    texts = load_stage_texts()
    assert len(texts) == len(Stage) * len(LANGUAGES)


def test_an_incomplete_stages_file_names_what_is_missing(tmp_path: Path) -> None:
    broken = tmp_path / "stages.toml"
    broken.write_text('[sales.en]\nsummary = "x"\ncriteria = ["a"]\nrisks = ["b"]\n', "utf-8")
    with pytest.raises(StageTextError, match=r"\[delivery\.en\] is missing"):
        load_stage_texts(broken)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="choose one of en, ja, zh-Hans, zh-Hant"):
        check_lang("fr")


def test_resolve_account_by_id_exact_name_or_unique_part(store: Store) -> None:
    tokyo = add_account(store, "Tokyo Tech")
    tokyo_trading = add_account(store, "Tokyo Trading")
    osaka = add_account(store, "大阪システム")
    with store.engine.connect() as connection:
        assert resolve_account(connection, str(osaka)) == osaka
        assert resolve_account(connection, "tokyo tech") == tokyo
        assert resolve_account(connection, "Trading") == tokyo_trading
        assert resolve_account(connection, "大阪") == osaka
        with pytest.raises(AmbiguousAccountError) as ambiguous:
            resolve_account(connection, "tokyo")
        assert {name for _id, name in ambiguous.value.candidates} == {"Tokyo Tech", "Tokyo Trading"}
        assert "Tokyo Tech" in str(ambiguous.value) and "Tokyo Trading" in str(ambiguous.value)
        with pytest.raises(UnknownAccountError, match="no account named 'Kyoto'"):
            resolve_account(connection, "Kyoto")


def test_accounts_with_the_same_name_are_ambiguous(store: Store) -> None:
    add_account(store, "Acme")
    add_account(store, "Acme")
    with store.engine.connect() as connection, pytest.raises(AmbiguousAccountError, match="2"):
        resolve_account(connection, "acme")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Acme Corp.", "Acme Corp-plan-2025-06-30.pdf"),
        ("東京テック株式会社", "東京テック株式会社-plan-2025-06-30.pdf"),
        ('a/b\\c:d*e?"f<g>h|i', "a_b_c_d_e_f_g_h_i-plan-2025-06-30.pdf"),
        ("CON", "account CON-plan-2025-06-30.pdf"),
        ("...", "account-plan-2025-06-30.pdf"),
    ],
)
def test_plan_file_name_is_safe(name: str, expected: str) -> None:
    assert plan_file_name(name, TODAY) == expected


def test_user_text_is_kept_as_typed(store: Store) -> None:
    account = add_account(store, INJECTION)
    with store.engine.connect() as connection:
        document = build_plan(connection, account, lang="en", today=TODAY)
    assert document.account_name == INJECTION
    assert document.cover.account_name == INJECTION

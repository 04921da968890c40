"""The account plan PDF as a reader gets it: text, pages, fonts, looks, escaping, sizes.

Page images are compared with a committed one at low resolution with a tolerance; regenerate
it after a deliberate change of layout with ``CS_DESKTOP_UPDATE_APPROVALS=1 pytest tests/ui``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from cs_desktop.account_detail import HEALTH_HISTORY, load_account_detail
from cs_desktop.db import Store, open_store
from cs_desktop.health.service import compute_account_health, default_scorecards
from cs_desktop.ids import AccountId
from cs_desktop.models import Touchpoint, TouchpointKind
from cs_desktop.plan import build_plan
from cs_desktop.plan.audience import Audience
from cs_desktop.plan.document import PlanDocument
from tests.support.factories import add_account
from tests.support.plan import (
    GOALS,
    INJECTION,
    JAPANESE_NOTE,
    TODAY,
    add_plan_account,
)
from ui.account.chart_data import chart_data_from_detail
from ui.plan.chart import chart_data_for
from ui.plan.export import ExportOptions, export_plans
from ui.plan.pdf_writer import PlanRenderError, render_plan_pdf
from ui.tasks import LongTask

APPROVED = Path(__file__).resolve().parent.parent / "data" / "plan" / "plan-page1-en-a4.png"
APPROVAL_DPI = 30
UPDATE_ENV = "CS_DESKTOP_UPDATE_APPROVALS"
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftoppm, pdffonts) is not installed",
)


class Accounts:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.full = add_plan_account(store)
        self.empty = add_account(store, "Empty Co")
        self.injected = add_account(store, INJECTION)
        with store.write() as session:
            session.add(
                Touchpoint(
                    account_id=self.injected,
                    kind=TouchpointKind.NOTE,
                    occurred_at=datetime(2025, 6, 1, tzinfo=UTC),
                    title="<h1>Title</h1>",
                    notes=INJECTION,
                    next_steps="</p></td></table><p style='color:red'>escaped",
                )
            )

    def document(
        self, account_id: AccountId, lang: str = "en", audience: Audience = Audience.INTERNAL
    ) -> PlanDocument:
        """The plan with every section (the internal copy) unless ``audience`` says otherwise."""
        with self.store.engine.connect() as connection:
            return build_plan(
                connection,
                account_id,
                lang=lang,  # type: ignore[arg-type]
                today=TODAY,
                audience=audience,
            )


@pytest.fixture(scope="module")
def accounts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Accounts]:
    store = open_store(tmp_path_factory.mktemp("plan") / "plan.sqlite3")
    yield Accounts(store)
    store.close()


def pdf_text(path: Path) -> str:
    # Qt writes tabs between words; compare whitespace-normalised.
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def has(text: str, needle: str) -> bool:
    """Whether ``needle`` is in ``text``, ignoring whitespace.

    Extraction puts a space where a line changes script (東京テック株式会社 Tokyo comes out as
    "東京 テック 株式会社 Tokyo"), so whitespace cannot be compared for mixed Japanese text.
    """
    return "".join(needle.split()) in "".join(text.split())


def test_text_is_selectable_and_has_the_plan(qapp, accounts: Accounts, tmp_path: Path) -> None:
    path = render_plan_pdf(accounts.document(accounts.full), tmp_path / "plan.pdf")
    text = pdf_text(path)
    assert has(text, "東京テック株式会社 Tokyo Tech")
    assert has(text, JAPANESE_NOTE)
    for goal in GOALS:
        assert has(text, goal)
    for heading in (
        "The customer's goals",
        "Our delivery milestones",
        "Current stage",
        "Health score",
        "What moved the score",
        "Renewals and ARR",
        "Stakeholders",
        "Recent touchpoints and next steps",
        "Open tasks",
    ):
        assert has(text, heading)
    assert has(text, "Send two case studies by Friday")
    reader = PdfReader(path)
    pages = len(reader.pages)
    assert pages >= 2
    assert has(text, f"Page {pages} of {pages}")
    assert reader.metadata is not None and "Tokyo Tech" in str(reader.metadata.title)


@needs_poppler
def test_every_page_renders(qapp, accounts: Accounts, tmp_path: Path) -> None:
    path = render_plan_pdf(accounts.document(accounts.full, "ja"), tmp_path / "plan.pdf")
    subprocess.run(
        ["pdftoppm", "-r", "20", "-png", str(path), str(tmp_path / "page")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(PdfReader(path).pages)
    for image in images:
        loaded = QImage(str(image))
        assert not loaded.isNull() and loaded.width() > 100


@needs_poppler
def test_page_one_looks_as_approved(qapp, accounts: Accounts, tmp_path: Path) -> None:
    path = render_plan_pdf(accounts.document(accounts.full), tmp_path / "plan.pdf")
    subprocess.run(
        [
            *("pdftoppm", "-r", str(APPROVAL_DPI), "-gray", "-png", "-f", "1", "-l", "1"),
            *("-singlefile", str(path), str(tmp_path / "page1")),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    rendered = tmp_path / "page1.png"
    if os.environ.get(UPDATE_ENV):
        APPROVED.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(rendered, APPROVED)
    assert APPROVED.exists(), f"no approved image: run with {UPDATE_ENV}=1 to create it"
    actual = QImage(str(rendered)).convertToFormat(QImage.Format.Format_Grayscale8)
    expected = QImage(str(APPROVED)).convertToFormat(QImage.Format.Format_Grayscale8)
    assert actual.size() == expected.size()
    total, different = 0, 0
    for y in range(actual.height()):
        for x in range(actual.width()):
            delta = abs(actual.pixelColor(x, y).value() - expected.pixelColor(x, y).value())
            total += delta
            different += delta > 96
    pixels = actual.width() * actual.height()
    # Font hinting and antialiasing differ a little between machines; layout changes do not.
    assert total / pixels < 6.0
    assert different / pixels < 0.02


def test_user_text_prints_literally(qapp, accounts: Accounts, tmp_path: Path) -> None:
    path = render_plan_pdf(accounts.document(accounts.injected), tmp_path / "plan.pdf")
    text = pdf_text(path)
    assert has(text, '<script>alert("x")</script> <b>bold?</b> & <img src=x>')
    assert has(text, "<h1>Title</h1>")
    assert has(text, "</p></td></table><p style='color:red'>escaped")


def test_account_with_nothing_recorded_still_makes_a_document(
    qapp, accounts: Accounts, tmp_path: Path
) -> None:
    path = render_plan_pdf(accounts.document(accounts.empty), tmp_path / "plan.pdf")
    text = pdf_text(path)
    for expected in (
        "Empty Co",
        "The customer's goals",
        "No goals recorded yet.",
        "No milestones recorded yet.",
        "No health score yet",
        "No health samples recorded yet",
        "No renewals recorded yet.",
        "No stakeholders recorded yet.",
        "No touchpoints recorded yet.",
        "No open tasks.",
        "Page 1 of",
    ):
        assert has(text, expected)


@pytest.mark.parametrize(
    ("lang", "headings"),
    [
        ("ja", ("お客様の目標", "現在のステージ", "ヘルススコア", "未完了のタスク", "ページ")),
        ("zh-Hant", ("客戶的目標", "目前階段", "健康度分數", "待辦任務", "頁")),
        ("zh-Hans", ("客户的目标", "当前阶段", "健康度分数", "待办任务", "页")),
    ],
)
def test_headings_print_in_the_chosen_language(
    qapp, accounts: Accounts, tmp_path: Path, lang: str, headings: tuple[str, ...]
) -> None:
    path = render_plan_pdf(accounts.document(accounts.full, lang), tmp_path / "plan.pdf")
    text = pdf_text(path)
    for heading in headings:
        assert has(text, heading)
    assert has(text, JAPANESE_NOTE)


def test_japanese_text_extracts_as_typed(qapp, accounts: Accounts, tmp_path: Path) -> None:
    # Qt alone would write 入 and 長 as the look-alike Kangxi radicals ⼊ and ⻑.
    text = pdf_text(render_plan_pdf(accounts.document(accounts.full, "ja"), tmp_path / "p.pdf"))
    assert has(text, "導入計画を確認しました")
    assert has(text, "業務部長")
    assert not [char for char in text if 0x2E80 <= ord(char) < 0x2FE0]


def test_a4_and_letter(qapp, accounts: Accounts, tmp_path: Path) -> None:
    document = accounts.document(accounts.full)
    a4 = PdfReader(render_plan_pdf(document, tmp_path / "a4.pdf", page_size="A4")).pages[0]
    letter = PdfReader(render_plan_pdf(document, tmp_path / "l.pdf", page_size="Letter")).pages[0]
    assert (round(float(a4.mediabox.width)), round(float(a4.mediabox.height))) == (595, 842)
    assert (round(float(letter.mediabox.width)), round(float(letter.mediabox.height))) == (612, 792)
    with pytest.raises(ValueError, match="A4 or Letter"):
        render_plan_pdf(document, tmp_path / "x.pdf", page_size="A3")  # type: ignore[arg-type]


@needs_poppler
def test_japanese_plan_embeds_a_cjk_font(qapp, accounts: Accounts, tmp_path: Path) -> None:
    path = render_plan_pdf(accounts.document(accounts.full, "ja"), tmp_path / "plan.pdf")
    fonts = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    cjk = [line for line in fonts.splitlines() if "CJK" in line]
    if not cjk:
        pytest.skip("no CJK font installed (fonts-noto-cjk)")
    assert all(line.split()[-5] == "yes" for line in cjk)  # the "emb" column


def test_chart_draws_what_the_workspace_chart_draws(qapp, accounts: Accounts) -> None:
    document = accounts.document(accounts.full)
    health_section = document.health_section()
    assert health_section is not None
    with accounts.store.engine.connect() as connection:
        detail = load_account_detail(connection, accounts.full, health_since=TODAY - HEALTH_HISTORY)
        health = compute_account_health(connection, accounts.full, TODAY)
    bands = default_scorecards().for_stage(health.health.stage).bands
    on_screen = chart_data_from_detail(detail, TODAY).with_score(
        health, (bands.red_below, bands.green_from)
    )
    assert chart_data_for(health_section.chart) == on_screen


def test_renders_on_worker_threads_in_parallel(qapp, accounts: Accounts, tmp_path: Path) -> None:
    documents = [accounts.document(accounts.full, lang) for lang in ("en", "ja", "zh-Hans")]
    with ThreadPoolExecutor(max_workers=3) as pool:
        paths = list(
            pool.map(
                lambda item: render_plan_pdf(item[1], tmp_path / f"plan-{item[0]}.pdf"),
                enumerate(documents),
            )
        )
    for path, name in zip(paths, ("Tokyo Tech",) * 3, strict=True):
        assert has(pdf_text(path), name)


def test_unwritable_target_is_a_clear_error(qapp, accounts: Accounts, tmp_path: Path) -> None:
    with pytest.raises(PlanRenderError, match="does not exist"):
        render_plan_pdf(accounts.document(accounts.empty), tmp_path / "missing" / "plan.pdf")
    assert not list(tmp_path.iterdir())


class _Runner:
    def __init__(self, store: Store) -> None:
        self.store = store


def test_batch_export_writes_one_file_per_account_and_stops_on_cancel(
    qapp, accounts: Accounts, tmp_path: Path
) -> None:
    ids = [accounts.full, accounts.empty, accounts.injected, AccountId(999_999)]
    task = LongTask("export")
    reports: list[tuple[int, int]] = []
    task.progress.connect(lambda done, total: reports.append((done, total)))
    result = export_plans(
        _Runner(accounts.store),  # type: ignore[arg-type]
        ids,
        tmp_path,
        ExportOptions("en", "A4"),
        task,
        TODAY,
    )
    assert len(result.written) == 3
    assert {path.parent for path in result.written} == {tmp_path}
    assert [account for account, _message in result.failed] == [AccountId(999_999)]
    assert reports[-1] == (4, 4)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        path.name for path in result.written
    )

    cancelled = LongTask("export")
    cancelled.cancel()
    result = export_plans(
        _Runner(accounts.store),  # type: ignore[arg-type]
        ids,
        tmp_path / "..",
        ExportOptions("en", "A4"),
        cancelled,
        TODAY,
    )
    assert result.cancelled and result.written == ()


def test_same_name_accounts_get_distinct_files(qapp, accounts: Accounts, tmp_path: Path) -> None:
    twin = add_account(accounts.store, "Empty Co")
    result = export_plans(
        _Runner(accounts.store),  # type: ignore[arg-type]
        [accounts.empty, twin],
        tmp_path,
        ExportOptions("ja", "Letter"),
        LongTask("export"),
        TODAY,
    )
    assert len({path.name for path in result.written}) == 2
    assert replace(accounts.document(twin), account_id=accounts.empty).account_name == "Empty Co"

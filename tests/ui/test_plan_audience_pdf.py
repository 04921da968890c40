"""Plans safe to share, as printed: the customer's PDF holds nothing internal, headings keep
their tables, the meeting brief fits one page, and the preview shows the pages saved."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument

from cs_desktop.db import Store, open_store
from cs_desktop.plan import build_plan
from cs_desktop.plan.audience import Audience
from cs_desktop.plan.brief import brief_document, load_brief
from cs_desktop.plan.document import PlanDocument
from tests.support.internal_notes import (
    AGREED_STEP,
    INTERNAL_TEXTS,
    InternalAccount,
    add_account_with_internal_notes,
)
from tests.support.plan import TODAY
from ui.plan.pdf_writer import (
    keep_headings_with_content,
    orphaned_headings,
    render_plan,
    render_plan_pdf,
)
from ui.plan.plan_html import BODY_CELL, H2, HEAD_CELL

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) is not installed"
)


class Books:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.made: InternalAccount = add_account_with_internal_notes(store)

    def plan(self, audience: Audience, lang: str = "en") -> PlanDocument:
        with self.store.engine.connect() as connection:
            return build_plan(
                connection,
                self.made.account_id,
                lang=lang,  # type: ignore[arg-type]
                today=TODAY,
                audience=audience,
            )

    def brief(self, lang: str = "en") -> PlanDocument:
        with self.store.engine.connect() as connection:
            brief = load_brief(connection, self.made.account_id, today=TODAY)
        return brief_document(brief, lang)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Books]:
    store = open_store(tmp_path_factory.mktemp("audience") / "store.sqlite3")
    yield Books(store)
    store.close()


def squeezed(text: str) -> str:
    """Text with no whitespace: pypdf puts tabs between words, and spaces where scripts meet."""
    return "".join(text.split())


def pdf_text(path: Path) -> str:
    return squeezed("".join(page.extract_text() for page in PdfReader(path).pages))


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_customers_pdf_holds_none_of_the_internal_notes(
    qapp, books: Books, tmp_path: Path, lang: str
) -> None:
    customer = pdf_text(render_plan_pdf(books.plan(Audience.CUSTOMER, lang), tmp_path / "c.pdf"))
    assert [text for text in INTERNAL_TEXTS if squeezed(text) in customer] == []
    assert squeezed(AGREED_STEP) in customer
    internal = pdf_text(render_plan_pdf(books.plan(Audience.INTERNAL, lang), tmp_path / "i.pdf"))
    assert [text for text in INTERNAL_TEXTS if squeezed(text) not in internal] == []


def _filler_then_section(lines: int) -> str:
    filler = "".join(f"<p>Filler line {index}</p>" for index in range(lines))
    facts = (
        '<table width="100%"><tr><td>ARR<br/>$120,000</td><td>Next renewal<br/>soon</td></tr>'
        "</table>"
    )
    rows = "".join(
        f'<tr><td style="{BODY_CELL}">2024-0{n}</td><td style="{BODY_CELL}">Renewed</td></tr>'
        for n in range(1, 6)
    )
    table = (
        f'<table width="100%"><thead><tr><th style="{HEAD_CELL}">Period</th>'
        f'<th style="{HEAD_CELL}">Outcome</th></tr></thead><tbody>{rows}</tbody></table>'
    )
    return f'{filler}<h2 style="{H2}">Renewals and ARR</h2>{facts}{table}<p>After</p>'


def test_a_heading_never_ends_a_page_without_its_table(qapp) -> None:
    # The heading is moved down a line at a time across the end of the first page: wherever it
    # falls, its table's column headings and first row share its page.
    separated_before = 0
    for lines in range(30, 60):
        text = QTextDocument()
        text.setPageSize(QSizeF(400, 600))
        text.setHtml(_filler_then_section(lines))
        separated_before += bool(orphaned_headings(text))
        keep_headings_with_content(text)
        assert orphaned_headings(text) == [], lines
    assert separated_before  # the layout without the rule does separate them


def test_no_page_of_a_long_plan_ends_with_a_heading(qapp, books: Books, tmp_path: Path) -> None:
    document = books.plan(Audience.INTERNAL, "ja")
    headings = {squeezed(section.heading) for section in document.sections}
    reader = PdfReader(render_plan_pdf(document, tmp_path / "plan.pdf"))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        lines = [squeezed(line) for line in page.extract_text().splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith("Internal")]  # the footer
        assert not any(line in headings for line in body[-3:]), body[-3:]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_brief_is_one_page(qapp, books: Books, tmp_path: Path, lang: str) -> None:
    path = render_plan_pdf(books.brief(lang), tmp_path / "brief.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = squeezed(reader.pages[0].extract_text())
    assert squeezed("Kenji Tanaka") in text
    assert squeezed(INTERNAL_TEXTS[10]) in text  # the overdue task, for the team


def test_the_preview_shows_the_pages_that_are_saved(qapp, books: Books, tmp_path: Path) -> None:
    document = books.plan(Audience.CUSTOMER)
    rendered = render_plan(document, preview_dpi=40)
    path = render_plan_pdf(document, tmp_path / "plan.pdf")
    assert len(rendered.pages) == len(PdfReader(path).pages)
    first = rendered.pages[0]
    assert (first.width(), first.height()) == (331, 468)  # A4 at 40 dpi
    # Not blank: the account's name is printed in dark ink near the top.
    dark = [
        (x, y)
        for x in range(0, 331, 2)
        for y in range(30, 80, 2)
        if first.pixelColor(x, y).lightness() < 100
    ]
    assert len(dark) > 20


@needs_poppler
@pytest.mark.parametrize("audience", list(Audience))
def test_every_page_renders_with_poppler(
    qapp, books: Books, tmp_path: Path, audience: Audience
) -> None:
    for lang in ("en", "ja"):
        path = render_plan_pdf(books.plan(audience, lang), tmp_path / f"{lang}.pdf")
        subprocess.run(
            ["pdftoppm", "-r", "20", "-png", str(path), str(tmp_path / f"{lang}-page")],
            check=True,
            capture_output=True,
            timeout=60,
        )
        assert len(list(tmp_path.glob(f"{lang}-page-*.png"))) == len(PdfReader(path).pages)

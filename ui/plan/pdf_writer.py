"""Rendering a :class:`PlanDocument` to PDF with QTextDocument and QPdfWriter.

The document is laid out once at the page's text size, then every page is painted by hand with
its header and footer ("Page 2 of 5"): ``QTextDocument.print_()`` would add its own margins and
numbers and miscount pages. Text stays text (selectable, searchable), fonts are embedded as
subsets, and the chart is drawn as vectors (see :mod:`ui.plan.chart`).

Thread contract: :func:`render_plan_pdf` may run on any thread, GUI or worker, as long as a
QGuiApplication (or QApplication) exists in the process; it uses no widgets. Several threads may
render different plans at once.
"""

from __future__ import annotations

import contextlib
import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from cs_desktop import __version__
from cs_desktop.errors import os_error_message
from cs_desktop.plan.document import PlanDocument
from ui.plan.chart import install_chart, retire_chart
from ui.plan.fonts import font_families, plan_font
from ui.plan.pdf_text import fix_cjk_text, ideograph_map
from ui.plan.plan_html import ACCENT, MUTED, RULE, plan_html

PageSize = Literal["A4", "Letter"]
PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
DPI = 300
BODY_POINTS = 9.5
MARGIN_MM = 18.0  # left, right
TOP_MM = 22.0  # the running header sits in the top margin
BOTTOM_MM = 20.0  # the footer sits in the bottom margin
KEEP_WITH_HEADING = 0.08  # of a page: the least a heading takes with it to its page
KEEP_AT_MOST = 0.6  # of a page: a heading's group longer than this may break after its start
# A one-page document (the meeting brief) is shrunk step by step until it fits.
ONE_PAGE_SCALES = (1.0, 0.94, 0.88, 0.82, 0.76, 0.7, 0.64)


def render_failed(path: Path) -> str:
    return QCoreApplication.translate(
        "PlanPdf", "{path} could not be rendered: Qt refused to draw the PDF. Try again."
    ).format(path=path)


class PlanRenderError(OSError):
    """The PDF could not be written (folder missing or not writable, disk full).

    Its text says what happened and what to do, naming the PDF (never its temporary file).
    """


def _mm(value: float) -> float:
    return value / 25.4 * DPI


@dataclass(frozen=True)
class RenderedPlan:
    """A document rendered: the PDF's bytes and, when asked for, each page as an image."""

    pdf: bytes
    pages: tuple[QImage, ...] = ()


@dataclass
class _Layout:
    text: QTextDocument
    page: QRect  # the whole sheet, in PDF pixels
    body: QRectF  # where the text goes on each sheet
    scale: float  # < 1 when a one-page document was shrunk to fit
    pages: int


def render_plan_pdf(document: PlanDocument, path: Path, *, page_size: PageSize = "A4") -> Path:
    """Write ``document`` as a PDF at ``path`` (replaced atomically); returns ``path``.

    Raises:
        PlanRenderError: the file cannot be written.
        ValueError: unknown ``page_size``.
    """
    path = Path(path)
    if not path.parent.is_dir():
        missing = FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
        raise PlanRenderError(os_error_message(missing))
    rendered = render_plan(document, page_size=page_size, failed=path)
    write_atomically(path, rendered.pdf)
    return path


def render_plan(
    document: PlanDocument,
    *,
    page_size: PageSize = "A4",
    preview_dpi: int | None = None,
    failed: Path | None = None,
) -> RenderedPlan:
    """``document`` as PDF bytes and, with ``preview_dpi``, its pages as images of that resolution.

    The images are painted from the same layout as the PDF, so a preview shows exactly the
    pages that will be saved.

    Raises:
        PlanRenderError: Qt refused to draw (``failed`` names the file in the message).
        ValueError: unknown ``page_size``.
    """
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r}: choose A4 or Letter")
    # QTextDocument starts layout timers; a thread from concurrent.futures has no event
    # dispatcher for them and Qt warns on every one. Creating an event loop gives the thread one
    # (the timers never need to fire: layout is forced synchronously below).
    QEventLoop()
    # Rendered in memory: QPdfWriter does not report a failed write (a full disk left a
    # truncated PDF that was announced as written), Python's file calls do.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(f"{document.account_name} — {document.title}")
    writer.setCreator(f"CS Desktop {__version__}")
    families = font_families(document.lang)
    health = document.health_section()
    text = QTextDocument()
    chart = install_chart(text, health.chart, families) if health is not None else None
    failure = failed or Path(document.account_name)
    try:
        layout = _lay_out(document, text, writer)
        painter = QPainter()
        if not painter.begin(writer):
            raise PlanRenderError(render_failed(failure))
        try:
            for index in range(layout.pages):
                if index:
                    writer.newPage()
                _paint_page(painter, document, layout, index)
        finally:
            painter.end()
        images = (
            tuple(
                _page_image(document, layout, index, preview_dpi) for index in range(layout.pages)
            )
            if preview_dpi
            else ()
        )
    finally:
        if chart is not None:
            retire_chart(chart)
        del chart
    data = bytes(buffer.data().data())  # complete: ending the painter finished the PDF
    if not data:
        raise PlanRenderError(render_failed(failure))
    return RenderedPlan(fix_cjk_text(data, ideograph_map(families)), images)


def _lay_out(document: PlanDocument, text: QTextDocument, writer: QPdfWriter) -> _Layout:
    """Lay ``document`` out on the writer's pages; a one-page document shrinks until it fits."""
    page = writer.pageLayout().fullRectPixels(DPI)
    body = QRectF(
        _mm(MARGIN_MM),
        _mm(TOP_MM),
        page.width() - 2 * _mm(MARGIN_MM),
        page.height() - _mm(TOP_MM) - _mm(BOTTOM_MM),
    )
    text.documentLayout().setPaintDevice(writer)
    text.setDefaultFont(plan_font(document.lang, BODY_POINTS))
    text.setDocumentMargin(0)
    text.setHtml(plan_html(document))
    scales = ONE_PAGE_SCALES if document.one_page else (1.0,)
    for scale in scales:
        # Laid out on a page 1/scale as large, then painted scaled: everything shrinks alike.
        text.setPageSize(QSizeF(body.width() / scale, body.height() / scale))
        if text.pageCount() == 1:
            break
    keep_headings_with_content(text)
    return _Layout(text, page, body, scale, text.pageCount())


def _paint_page(painter: QPainter, document: PlanDocument, layout: _Layout, index: int) -> None:
    _page_furniture(painter, document, index + 1, layout.pages, layout.page, layout.body)
    size = layout.text.pageSize()
    painter.save()
    painter.translate(layout.body.left(), layout.body.top())
    painter.scale(layout.scale, layout.scale)
    painter.translate(0, -index * size.height())
    layout.text.drawContents(painter, QRectF(0, index * size.height(), size.width(), size.height()))
    painter.restore()


def _page_image(document: PlanDocument, layout: _Layout, index: int, dpi: int) -> QImage:
    """Page ``index`` painted on an image of ``dpi`` (a preview of the PDF's page)."""
    factor = dpi / DPI
    image = QImage(
        max(1, round(layout.page.width() * factor)),
        max(1, round(layout.page.height() * factor)),
        QImage.Format.Format_RGB32,
    )
    # The image claims the PDF's resolution, so fonts get the sizes the layout measured with.
    dots_per_metre = round(DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(factor, factor)
    _paint_page(painter, document, layout, index)
    painter.end()
    return image


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it to ``path``.

    Raises:
        PlanRenderError: the file cannot be written; nothing is left behind.
    """
    partial = path.with_name(f".{path.name}.part")
    try:
        with partial.open("wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, path)
    except OSError as error:
        with contextlib.suppress(OSError):  # e.g. a read-only file system
            partial.unlink(missing_ok=True)
        named = OSError(error.errno, error.strerror, str(path))  # the PDF, not the .part
        raise PlanRenderError(os_error_message(named)) from error


def keep_headings_with_content(
    text: QTextDocument, keep: float = KEEP_WITH_HEADING, at_most: float = KEEP_AT_MOST
) -> None:
    """Move a heading to the next page when what must follow it would not start on its page.

    A heading takes with it to its page the start of what it heads: when a table with column
    headings comes before anything else it heads (facts and notes may stand between), the
    table's column headings and its first row; otherwise the first paragraph. A heading
    followed by sub-headings takes theirs along the same way. Beyond that it keeps ``keep`` of
    a page, and never asks for more than ``at_most`` of one (longer, it may break inside).
    QTextDocument has no ``page-break-after: avoid``; this sets ``page-break-before`` instead.
    """
    layout = text.documentLayout()
    page_height = text.pageSize().height()
    # Lay the whole document out first: rectangles read from a partly laid-out document are
    # stale, and the blocks read early are then skipped when painting.
    layout.documentSize()
    block = text.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if not level:
            block = block.next()
            continue
        top = layout.blockBoundingRect(block).top()
        page = int(top // page_height)
        bottom = _group_bottom(text, block, top, keep * page_height, at_most * page_height)
        if int((bottom - 1) // page_height) > page:
            # The headings (and a note under one) leading straight into this one go along.
            first = _lead_in(block)
            if layout.blockBoundingRect(first).top() > page * page_height + 1:
                cursor = QTextCursor(first)
                block_format = first.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(block_format)
                layout.documentSize()
        block = block.next()


def _lead_in(heading: QTextBlock) -> QTextBlock:
    """The first of the headings right above ``heading``, with a note under any of them.

    Moving ``heading`` to the next page without them would leave them ending this one.
    """
    first = heading
    previous = first.previous()
    while previous.isValid():
        if previous.blockFormat().headingLevel():
            first = previous
        else:
            above = previous.previous()
            in_table = QTextCursor(previous).currentTable() is not None
            if in_table or not above.isValid() or not above.blockFormat().headingLevel():
                break
            first = above  # a heading's note, as "Journey A: ..." under its heading
        previous = first.previous()
    return first


def _group_bottom(
    text: QTextDocument, heading: QTextBlock, top: float, keep: float, at_most: float
) -> float:
    """Where what must stay on the heading's page ends (see :func:`keep_headings_with_content`)."""
    layout = text.documentLayout()
    level = heading.blockFormat().headingLevel()
    bottom = layout.blockBoundingRect(heading).bottom()
    waiting_for_table = _heads_a_table(heading)
    waiting = True
    following = heading.next()
    while following.isValid():
        following_level = following.blockFormat().headingLevel()
        if following_level and following_level <= level:
            break
        rect = layout.blockBoundingRect(following)
        if rect.bottom() - top > at_most:
            break
        bottom = max(bottom, rect.bottom())
        if following_level:  # a sub-heading: now its own start must come along
            waiting_for_table, waiting = _heads_a_table(following), True
        elif waiting_for_table:
            if _in_table_body(following):
                waiting_for_table = waiting = False
        else:
            waiting = False
        if not waiting and bottom - top >= keep:
            break
        following = following.next()
    return bottom


def _heads_a_table(heading: QTextBlock) -> bool:
    """Whether a table with column headings follows ``heading`` before the next heading."""
    following = heading.next()
    while following.isValid() and not following.blockFormat().headingLevel():
        table = QTextCursor(following).currentTable()
        if table is not None and table.format().headerRowCount() > 0:
            return True
        following = following.next()
    return False


def orphaned_headings(text: QTextDocument) -> list[str]:
    """The headings whose start of content (as kept above) is not on the heading's own page.

    Empty for a well laid-out document; the tests read it.
    """
    layout = text.documentLayout()
    page_height = text.pageSize().height()
    layout.documentSize()
    orphans = []
    block = text.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            page = int(layout.blockBoundingRect(block).top() // page_height)
            start = _content_start(block)
            if start is not None:
                start_page = int((layout.blockBoundingRect(start).bottom() - 1) // page_height)
                if start_page != page:
                    orphans.append(block.text())
        block = block.next()
    return orphans


def _content_start(heading: QTextBlock) -> QTextBlock | None:
    """The block that must share the heading's page: its table's first row, or what follows."""
    wants_table = _heads_a_table(heading)
    following = heading.next()
    while following.isValid():
        if following.blockFormat().headingLevel():
            return following if not wants_table else None
        if not wants_table:
            return following
        if _in_table_body(following):
            return following
        following = following.next()
    return None


def _in_table_body(block: QTextBlock) -> bool:
    """Whether ``block`` is in a row under the column headings of a table that has them."""
    cursor = QTextCursor(block)
    table = cursor.currentTable()
    if table is None:
        return False
    headings = table.format().headerRowCount()
    return headings > 0 and table.cellAt(cursor).row() >= headings


def _page_furniture(
    painter: QPainter,
    document: PlanDocument,
    number: int,
    pages: int,
    page: QRect,
    body: QRectF,
) -> None:
    """The running header (from page 2), the footer and the page number."""
    painter.save()
    font = plan_font(document.lang, 7.5)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    rule = QPen(QColor(RULE), _mm(0.25))
    if number > 1:
        baseline = body.top() - _mm(6)
        painter.setPen(QColor(ACCENT))
        painter.drawText(QPointF(body.left(), baseline), _elide(metrics, document.header_text,
                                                               body.width() * 0.7))  # fmt: skip
        date_text = document.today_text
        painter.setPen(QColor(MUTED))
        painter.drawText(
            QPointF(body.right() - metrics.horizontalAdvance(date_text), baseline), date_text
        )
        painter.setPen(rule)
        painter.drawLine(
            QPointF(body.left(), baseline + _mm(2)), QPointF(body.right(), baseline + _mm(2))
        )
    top = page.height() - _mm(BOTTOM_MM) + _mm(7)
    painter.setPen(rule)
    painter.drawLine(QPointF(body.left(), top), QPointF(body.right(), top))
    baseline = top + _mm(2) + metrics.ascent()
    painter.setPen(QColor(MUTED))
    painter.drawText(
        QPointF(body.left(), baseline), _elide(metrics, document.footer_text, body.width() * 0.7)
    )
    label = document.page_text(number, pages)
    painter.drawText(QPointF(body.right() - metrics.horizontalAdvance(label), baseline), label)
    painter.restore()


def _elide(metrics: QFontMetricsF, text: str, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)

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
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
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


def render_plan_pdf(document: PlanDocument, path: Path, *, page_size: PageSize = "A4") -> Path:
    """Write ``document`` as a PDF at ``path`` (replaced atomically); returns ``path``.

    Raises:
        PlanRenderError: the file cannot be written.
        ValueError: unknown ``page_size``.
    """
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r}: choose A4 or Letter")
    # QTextDocument starts layout timers; a thread from concurrent.futures has no event
    # dispatcher for them and Qt warns on every one. Creating an event loop gives the thread one
    # (the timers never need to fire: layout is forced synchronously below).
    QEventLoop()
    path = Path(path)
    if not path.parent.is_dir():
        missing = FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
        raise PlanRenderError(os_error_message(missing))
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

    page = writer.pageLayout().fullRectPixels(DPI)
    body = QRectF(
        _mm(MARGIN_MM),
        _mm(TOP_MM),
        page.width() - 2 * _mm(MARGIN_MM),
        page.height() - _mm(TOP_MM) - _mm(BOTTOM_MM),
    )
    families = font_families(document.lang)
    text = QTextDocument()
    text.documentLayout().setPaintDevice(writer)
    text.setDefaultFont(plan_font(document.lang, BODY_POINTS))
    text.setDocumentMargin(0)
    text.setPageSize(QSizeF(body.width(), body.height()))
    health = document.health_section()
    chart = install_chart(text, health.chart, families) if health is not None else None
    text.setHtml(plan_html(document))
    keep_headings_with_content(text)
    pages = text.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise PlanRenderError(render_failed(path))
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            _page_furniture(painter, document, index + 1, pages, page, body)
            painter.save()
            painter.translate(body.left(), body.top() - index * body.height())
            text.drawContents(
                painter, QRectF(0, index * body.height(), body.width(), body.height())
            )
            painter.restore()
    finally:
        painter.end()
        if chart is not None:
            retire_chart(chart)
        del chart
    data = bytes(buffer.data().data())  # complete: ending the painter finished the PDF
    if not data:
        raise PlanRenderError(render_failed(path))
    write_atomically(path, fix_cjk_text(data, ideograph_map(families)))
    return path


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


def keep_headings_with_content(text: QTextDocument, keep: float = KEEP_WITH_HEADING) -> None:
    """Move a heading to the next page when what follows it would not start on the same page.

    A heading keeps with it at least ``keep`` of a page of what follows (or all of it, up to
    the next section), so no heading ends a page alone and the chart stays under its title.
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
        bottom = layout.blockBoundingRect(block).bottom()
        following = block.next()
        while following.isValid():
            following_level = following.blockFormat().headingLevel()
            if following_level and following_level <= level:
                break
            bottom = layout.blockBoundingRect(following).bottom()
            if bottom - top >= keep * page_height:
                break
            following = following.next()
        if top > page * page_height + 1 and int((bottom - 1) // page_height) > page:
            cursor = QTextCursor(block)
            block_format = block.blockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(block_format)
            layout.documentSize()
        block = block.next()


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

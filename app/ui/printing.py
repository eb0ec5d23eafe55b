"""Printing a PDF through Qt: every page rendered by QtPdf at about 300 dpi onto a QPrinter.

`print_pdf` runs on a worker thread (via the TaskRunner): Qt allows painting on a QPrinter
outside the GUI thread, and QtPdf serialises its use of pdfium internally. Each page is drawn at
its real size, centred on the paper, and scaled down only when the paper is smaller (A4 on
Letter), so a printed report measures the same as the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300  # a 600 dpi A4 page would need ~139 MB of image memory


class PrintError(Exception):
    """The PDF could not be opened or the printer could not be started."""


def prepare_printer(printer: QPrinter, path: Path, document: QPdfDocument | None = None) -> int:
    """Set up `printer` for the PDF at `path`: paper and orientation of its first page, page range.

    Returns the number of pages (0 if the PDF cannot be read). The print dialog shows these
    settings and the user may still change them.
    """
    own = document is None
    doc = document or QPdfDocument()
    try:
        if own and doc.load(str(path)) != QPdfDocument.Error.None_:
            return 0
        count = doc.pageCount()
        if count:
            size = doc.pagePointSize(0)
            page_size = QPageSize(
                size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
            )
            printer.setPageSize(page_size)
            printer.setPageOrientation(
                QPageLayout.Orientation.Landscape
                if size.width() > size.height()
                else QPageLayout.Orientation.Portrait
            )
            printer.setFromTo(1, count)
            printer.setPrintRange(QPrinter.PrintRange.AllPages)
        printer.setDocName(path.stem)
        return count
    finally:
        if own:
            doc.close()


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """0-based page numbers the print dialog asked for, copies included when the driver can't."""
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(count, printer.toPage() or count)
    pages = list(range(first - 1, last))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def print_pdf(
    path: Path,
    printer: QPrinter,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    dpi: int = PRINT_DPI,
) -> int:
    """Print the PDF at `path` on `printer`; returns the number of pages sent.

    `progress(done, total)` is called after each page; `cancelled()` is checked before each.
    Raises PrintError when the PDF cannot be read or the printer cannot start.
    """
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() == 0:
            raise PrintError(f"cannot read {path}")
        pages = pages_to_print(printer, document.pageCount())
        if not pages:
            return 0
        # The PDF's own margins already hold the layout: map pages onto the whole sheet.
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError("the printer could not be started")
        sent = 0
        try:
            for position, page in enumerate(pages):
                if cancelled is not None and cancelled():
                    printer.abort()
                    break
                if position:
                    printer.newPage()
                _draw_page(document, page, printer, painter, dpi)
                sent += 1
                if progress is not None:
                    progress(sent, len(pages))
        finally:
            painter.end()
        return sent
    finally:
        document.close()


def _draw_page(
    document: QPdfDocument, page: int, printer: QPrinter, painter: QPainter, dpi: int
) -> None:
    points = document.pagePointSize(page)
    resolution = min(dpi, printer.resolution())
    pixels = QSize(
        round(points.width() / 72 * resolution), round(points.height() / 72 * resolution)
    )
    image = document.render(page, pixels)
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    # The page at its real size in device pixels, shrunk only if the sheet is smaller.
    device = QSizeF(
        points.width() / 72 * printer.resolution(), points.height() / 72 * printer.resolution()
    )
    scale = min(1.0, paper.width() / device.width(), paper.height() / device.height())
    width, height = device.width() * scale, device.height() * scale
    target = QRectF(
        paper.x() + (paper.width() - width) / 2,
        paper.y() + (paper.height() - height) / 2,
        width,
        height,
    )
    painter.drawImage(target, image)

"""Printing a rich-text document to a PDF file, written whole or not at all, on the paper the person's
locale uses (A4, or Letter where that is the paper in use)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from neuroguide import APP_NAME
from neuroguide.core.translation import tr
from neuroguide.system.private_files import write_private


def print_to_pdf(document: QTextDocument, out: Path, title: str, page: QPageSize.PageSizeId) -> None:
    """Raise OSError if the file cannot be written (a missing folder, a full or read-only disk); a
    half-written file never takes the name."""
    # Written by Python, so a full disk raises here instead of leaving a short file behind; 0600.
    write_private(out, pdf_bytes(document, title, page))


def pdf_bytes(document: QTextDocument, title: str, page: QPageSize.PageSizeId) -> bytes:
    """``document`` printed, as the bytes of a PDF file."""
    layout = QPageLayout(QPageSize(page), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15))
    return _written(title, layout, 150, document.print_)


def _written(title: str, layout: QPageLayout, resolution: int, draw: Callable[[QPdfWriter], None]) -> bytes:
    """What ``draw`` puts on a PDF writer of these pages, as the bytes of a PDF file."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    writer.setPageLayout(layout)
    writer.setResolution(resolution)
    draw(writer)
    del writer  # finishes the document
    buffer.close()
    return bytes(data.data())


class PrintError(RuntimeError):
    """The pages could not be begun: the printer (or the writer) would not start."""


# Where Letter is the paper in the shops (ISO 3166 codes); everywhere else A4.
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "CR", "GT", "DO", "PR", "VE", "PA", "SV"})
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def paper_of_locale(environ: Mapping[str, str] | None = None) -> str:
    """ "letter" or "a4": the paper the person's locale uses, from LC_ALL, else LC_PAPER (as the
    system's own print dialogs read it), else LANG; without any, from the locale Qt found."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        value = environ.get(name, "")
        found = re.match(r"[a-z]{2,3}_([A-Z]{2})", value)
        if found:
            return "letter" if found.group(1) in LETTER_TERRITORIES else "a4"
    territory = QLocale.territoryToCode(QLocale.system().territory())
    return "letter" if territory in LETTER_TERRITORIES else "a4"


def paged_pdf_bytes(
    documents: Sequence[Callable[[], QTextDocument]],
    title: str,
    paper: str,
    footer: Callable[[int, int], str],
) -> bytes:
    """The documents ``documents`` make, one after another, each from a new page, laid out on pages of
    ``paper`` ("a4" or "letter") with ``footer(page, pages)`` at the foot of each, as the bytes of a
    PDF file. A document's width is the page's, so what is sized in it (the chart) is sized against
    the paper."""
    return _written(
        title, page_layout(paper), RESOLUTION, lambda writer: print_pages(writer, documents, footer)
    )


def print_pages(
    writer: QPagedPaintDevice,
    documents: Sequence[Callable[[], QTextDocument]],
    footer: Callable[[int, int], str],
) -> None:
    """Lay the documents out on ``writer``'s pages (a PDF writer's, or a printer's set to
    ``RESOLUTION``). Only one document is alive at a time: with several, each is laid out once to
    count the pages and again to print them."""
    body = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_height = RESOLUTION * 0.3  # a line of 8 points, and room above it
    page = QSizeF(body.width(), body.height() - footer_height)

    def laid_out(make: Callable[[], QTextDocument]) -> QTextDocument:
        document = make()
        document.documentLayout().setPaintDevice(writer)
        document.setPageSize(page)
        document.setDocumentMargin(0)
        return document

    kept = [laid_out(documents[0])]
    pages = kept[0].pageCount() + sum(laid_out(make).pageCount() for make in documents[1:])
    painter = QPainter(writer)
    if not painter.isActive():  # a printer that is gone or refuses: said, never a blank job
        raise PrintError(tr("the printer could not be started"))
    small = QFont(painter.font())
    small.setPointSizeF(8)
    done = 0
    for make in documents:
        document = kept.pop() if kept else laid_out(make)
        for number in range(document.pageCount()):
            if done:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            document.drawContents(painter, QRectF(0, number * page.height(), page.width(), page.height()))
            painter.restore()
            done += 1
            painter.setFont(small)
            painter.drawText(
                QRectF(0, page.height(), body.width(), footer_height),
                int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter),
                footer(done, pages),
            )
    painter.end()


RESOLUTION = 300  # dots per inch of the layout: the chart is drawn this sharp


def page_layout(paper: str) -> QPageLayout:
    """A page of ``paper`` ("a4" or "letter") with margins that suit both, in millimetres."""
    return QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait, QMarginsF(15, 12, 15, 12))

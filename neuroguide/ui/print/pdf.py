"""Printing a rich-text document to a PDF file, written whole or not at all, on the paper the person's
locale uses (A4, or Letter where that is the paper in use)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from neuroguide import APP_NAME
from neuroguide.system.private_files import write_private


def print_to_pdf(document: QTextDocument, out: Path, title: str, page: QPageSize.PageSizeId) -> None:
    """Raise OSError if the file cannot be written (a missing folder, a full or read-only disk); a
    half-written file never takes the name."""
    # Written by Python, so a full disk raises here instead of leaving a short file behind; 0600.
    write_private(out, pdf_bytes(document, title, page))


def pdf_bytes(document: QTextDocument, title: str, page: QPageSize.PageSizeId) -> bytes:
    """``document`` printed, as the bytes of a PDF file."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    writer.setPageLayout(
        QPageLayout(QPageSize(page), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15))
    )
    writer.setResolution(150)
    document.print_(writer)
    del writer  # finishes the document
    buffer.close()
    return bytes(data.data())


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
    document: QTextDocument, title: str, paper: str, footer: Callable[[int, int], str]
) -> bytes:
    """``document`` laid out on pages of ``paper`` ("a4" or "letter"), each with ``footer(page, pages)``
    at its foot, as the bytes of a PDF file. The document's own width is the page's, so what is
    sized in it (the chart) is sized against the paper."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(paper))
    body = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_height = RESOLUTION * 0.3  # a line of 8 points, and room above it
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(QSizeF(body.width(), body.height() - footer_height))
    document.setDocumentMargin(0)
    pages = document.pageCount()
    painter = QPainter(writer)
    small = QFont(painter.font())
    small.setPointSizeF(8)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.save()
        height = document.pageSize().height()
        painter.translate(0, -page * height)
        document.drawContents(painter, QRectF(0, page * height, body.width(), height))
        painter.restore()
        painter.setFont(small)
        painter.drawText(
            QRectF(0, body.height() - footer_height, body.width(), footer_height),
            int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter),
            footer(page + 1, pages),
        )
    painter.end()
    del writer  # finishes the document
    buffer.close()
    return bytes(data.data())


RESOLUTION = 300  # dots per inch of the layout: the chart is drawn this sharp


def page_layout(paper: str) -> QPageLayout:
    """A page of ``paper`` ("a4" or "letter") with margins that suit both, in millimetres."""
    return QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait, QMarginsF(15, 12, 15, 12))

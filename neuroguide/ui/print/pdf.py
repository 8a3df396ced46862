"""Printing a rich-text document to a PDF file, written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

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

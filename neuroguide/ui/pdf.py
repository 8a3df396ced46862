"""Printing a rich-text document to a PDF file, written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from neuroguide import APP_NAME


def print_to_pdf(document: QTextDocument, out: Path, title: str, page: QPageSize.PageSizeId) -> None:
    """Raise OSError if the file cannot be written; a half-written file never takes the name."""
    partial = out.with_name(out.name + ".part")
    partial.open("wb").close()  # a missing or read-only folder is said plainly, not as a painter warning
    writer = QPdfWriter(str(partial))
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    writer.setPageLayout(
        QPageLayout(QPageSize(page), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15))
    )
    writer.setResolution(150)
    document.print_(writer)
    del writer  # finishes the file
    if not partial.exists():
        raise OSError(f"{out.parent} cannot be written to")
    partial.replace(out)

"""The Learn page: honest answers to the questions people ask, each with links to its sources (by title
and publisher, from assets/sources.toml)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from neuroguide.core.learn import Section
from neuroguide.core.sources import shipped_sources
from neuroguide.core.translation import fill, tr
from neuroguide.ui.kit.temperatures import shown
from neuroguide.ui.kit.widgets import Button, ReadingColumn, page_header, scrolling, text_label


class LearnPage(QWidget):
    leave = Signal()

    def __init__(self, sections: list[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top, self.back_button = page_header(
            tr("Learn"), tr("Routines"), tr("Back to the routines"), self.leave
        )
        outer.addLayout(top)
        body = ReadingColumn()  # lines short enough to follow back to the next, centred on a wide window
        body.setObjectName("page")
        column = QVBoxLayout(body)
        column.setSpacing(12)
        self.source_buttons: list[tuple[Button, str]] = []  # each with the address it opens
        sources = shipped_sources()
        for section in sections:
            column.addWidget(text_label(tr(section.title), "lead", bold=True))
            for paragraph in section.body:
                column.addWidget(text_label(shown(tr(paragraph))))
            column.addWidget(text_label(tr("Sources:"), "small", muted=True))
            for key in section.sources:
                source = sources.get(key)
                if source is None:  # tests/test_sources.py keeps every cited key in the table
                    continue
                # Its title and publisher, in words that wrap however long they are, beside a full-size
                # button to open it: a big target, named for whose page or journal it opens.
                row = QHBoxLayout()
                row.addWidget(text_label(f"{source.title}. {source.publisher}.", "small"), 1)
                link = Button(
                    tr("Open"),
                    fill(tr("Open %1, source for %2, in your browser"), source.publisher, section.title),
                    icon="external",
                    icon_after=True,
                )
                link.setAccessibleDescription(source.title)
                url = source.link
                link.setToolTip(url)
                link.clicked.connect(lambda _checked=False, url=url: QDesktopServices.openUrl(QUrl(url)))
                row.addWidget(link, 0, Qt.AlignmentFlag.AlignVCenter)
                column.addLayout(row)
                self.source_buttons.append((link, url))
        column.addStretch(1)
        scroll = scrolling(body, tr("Questions and answers"), focusable=True)  # to scroll by keyboard
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(scroll, 1)

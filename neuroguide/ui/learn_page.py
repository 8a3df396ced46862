"""The Learn page: honest answers to the questions people ask, each with links to its sources."""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from neuroguide.core.learn import Section
from neuroguide.ui.widgets import Button, text_label


def tr(text: str) -> str:
    return QCoreApplication.translate("LearnPage", text)


def site_name(url: str) -> str:
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


class LearnPage(QWidget):
    leave = Signal()

    def __init__(self, sections: list[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self.back_button = Button(tr("◀ Routines"), tr("Back to the routines"))
        self.back_button.clicked.connect(self.leave)
        top.addWidget(self.back_button)
        top.addWidget(text_label(tr("Learn"), "title", bold=True), 1)
        outer.addLayout(top)
        body = QWidget()
        body.setObjectName("page")
        column = QVBoxLayout(body)
        column.setSpacing(10)
        self.source_labels: list[QLabel] = []
        for section in sections:
            column.addWidget(text_label(tr(section.title), "lead", bold=True))
            for paragraph in section.body:
                column.addWidget(text_label(tr(paragraph)))
            # The site's name, not a bare number: it says where the link goes and is a bigger target.
            links = " · ".join(
                f'<a href="{html.escape(url)}">{html.escape(site_name(url))}</a>' for url in section.sources
            )
            sources = QLabel(tr("Sources: %1").replace("%1", links))
            sources.setWordWrap(True)
            sources.setTextFormat(Qt.TextFormat.RichText)
            sources.setOpenExternalLinks(True)  # opened in the person's browser; nothing is fetched here
            sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            sources.setAccessibleName(tr("Sources for: %1").replace("%1", section.title))
            column.addWidget(sources)
            self.source_labels.append(sources)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll, 1)

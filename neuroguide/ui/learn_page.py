"""The Learn page: honest answers to the questions people ask, each with links to its sources."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from neuroguide.core.learn import Section
from neuroguide.ui.widgets import Button, page_header, text_label


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
        top, self.back_button = page_header(
            tr("Learn"), tr("Routines"), tr("Back to the routines"), self.leave
        )
        outer.addLayout(top)
        body = QWidget()
        body.setObjectName("page")
        column = QVBoxLayout(body)
        column.setSpacing(12)
        self.source_buttons: list[tuple[Button, str]] = []
        for section in sections:
            column.addWidget(text_label(tr(section.title), "lead", bold=True))
            for paragraph in section.body:
                column.addWidget(text_label(tr(paragraph)))
            column.addWidget(text_label(tr("Sources:"), "small", muted=True))
            for url in section.sources:
                # A full-size button per source, named by its site: a big target that says where it goes.
                link = Button(
                    site_name(url),
                    tr("%1, source for %2, opens in your browser")
                    .replace("%1", site_name(url))
                    .replace("%2", section.title),
                    icon="external",
                    icon_after=True,
                )
                link.setToolTip(url)
                link.clicked.connect(lambda _checked=False, url=url: QDesktopServices.openUrl(QUrl(url)))
                column.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
                self.source_buttons.append((link, url))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(tr("Questions and answers"))  # it takes focus, to scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll, 1)

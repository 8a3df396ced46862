"""Window titles: what shows, then the app's name once, at the end ("History — NeuroGuide").

Qt shows a title that ends with the application's display name as it is, and adds the name to any
other, after each platform's own dash: "NeuroGuide — Robert" was shown as "NeuroGuide — Robert —
NeuroGuide". Every title made here ends with the name, so Qt adds nothing, on every platform.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from neuroguide import APP_NAME

DASH = " \u2014 "


def window_title(*parts: str) -> str:
    """The parts that are given, then the app's name."""
    return DASH.join([*(part for part in parts if part), APP_NAME])


class PageTitles(QObject):
    """Each page of a window brings back its own title when it shows again: the history's must not
    stay over the library. A page's title is the one the window had when the page was left, or the
    one given with ``name``."""

    def __init__(self, window: QWidget, pages: QStackedWidget) -> None:
        super().__init__(window)
        self.window, self.pages = window, pages
        self.shown: QWidget | None = None
        window.setWindowTitle(APP_NAME)
        pages.currentChanged.connect(self._page_shown)

    def name(self, page: QWidget, *parts: str) -> None:
        """``page``'s title, shown at once if it is the page showing."""
        page.setProperty("window_title", window_title(*parts))
        if page is self.pages.currentWidget():
            self.window.setWindowTitle(window_title(*parts))

    def _page_shown(self) -> None:
        left, page = self.shown, self.pages.currentWidget()
        self.shown = page
        if left is not None:
            left.setProperty("window_title", self.window.windowTitle())
        if page is not None and page.property("window_title"):
            self.window.setWindowTitle(str(page.property("window_title")))

"""The app's colours and text size, kept as the person chose them.

"Follow my computer" follows the desktop's dark and high-contrast preferences as they change, while
the app runs; a text size from 100% to 200% scales every page from the desktop's own text size.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget

from neuroguide.core.settings import Settings
from neuroguide.ui.kit import style, window_size

KEYS = ("appearance", "text_size")


class Appearance(QObject):
    def __init__(
        self,
        settings: Settings,
        parent: QObject | None = None,
        desktop: Callable[[], style.Theme] | None = None,
    ) -> None:
        """``desktop`` tells what the desktop asks for now (Qt's style hints unless given)."""
        super().__init__(parent)
        self.settings = settings
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.app = app
        self.desktop = desktop or (lambda: style.system_theme(app))
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._on_desktop_change)
        hints.accessibility().contrastPreferenceChanged.connect(self._on_desktop_change)
        settings.observe(KEYS, lambda _value: self.apply())
        self.apply()

    def apply(self) -> None:
        appearance = self.settings.text("appearance")
        chosen = self.desktop() if appearance == "system" else style.THEMES.get(appearance, style.LIGHT)
        percent = self.settings.whole("text_size")
        if chosen is style.theme() and percent == style.text_percent():
            return  # nothing to change: restyling every widget is not free
        style.apply(self.app, chosen, percent)
        for window in self.app.topLevelWidgets():
            if isinstance(window, QDialog) and window.isVisible():
                grow_to_fit(window)  # larger text: an open dialog needs more room, as if opened now

    def _on_desktop_change(self) -> None:
        if self.settings.text("appearance") == "system":
            self.apply()


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` as large as its content now needs, within the screen's free area and kept on
    it; never smaller than the person made it. Larger text widens what a scroll area holds: the window
    grows by what its widest scroll area would otherwise scroll sideways."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    short = 0
    for area in window.findChildren(QScrollArea):
        content = area.widget()
        if content is not None and area.isVisible():
            short = max(short, content.minimumSizeHint().width() - area.viewport().width())
    wanted = window.sizeHint().expandedTo(window.size() + QSize(short, 0))
    window.resize(wanted.boundedTo(window_size.room(window).size()))
    window_size.keep_inside(window)

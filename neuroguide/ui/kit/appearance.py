"""The app's colours and text size, kept as the person chose them.

"Follow my computer" follows the desktop's dark and high-contrast preferences as they change, while
the app runs; a text size from 100% to 200% scales every page from the desktop's own text size, and
Ctrl+Plus, Ctrl+Minus and Ctrl+0 change it from anywhere in the app, as in a browser.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget

from neuroguide.core.settings import Settings
from neuroguide.ui.kit import style, window_size

KEYS = ("appearance", "text_size")
SIZES = (100, 125, 150, 175, 200)  # the text sizes Settings offers, which the keys step through


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
        if isinstance(parent, QWidget):
            self._give_text_size_keys(parent)
        # each window gets the keys as it gets the focus: a modal dialog blocks the main window's
        app.focusChanged.connect(self._on_focus)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            self._give_text_size_keys(new.window())

    def _give_text_size_keys(self, window: QWidget) -> None:
        if window.property("text_size_keys"):
            return
        window.setProperty("text_size_keys", True)
        larger, smaller = QKeySequence.StandardKey.ZoomIn, QKeySequence.StandardKey.ZoomOut
        keys = ((larger, 1), (QKeySequence("Ctrl+="), 1), (smaller, -1), (QKeySequence("Ctrl+0"), 0))
        for key, step in keys:
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.activated.connect(lambda step=step: self.step_text_size(step))

    def step_text_size(self, step: int) -> None:
        """One size larger (1) or smaller (-1) of those Settings offers, or back to 100 % (0)."""
        now = self.settings.whole("text_size")
        if step == 0:
            wanted = SIZES[0]
        elif step > 0:
            wanted = next((size for size in SIZES if size > now), SIZES[-1])
        else:
            wanted = next((size for size in reversed(SIZES) if size < now), SIZES[0])
        if wanted != now:
            self.settings.set("text_size", wanted)

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

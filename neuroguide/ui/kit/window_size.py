"""Windows and dialogs sized from the screen they open on, never larger than it, and the size a person
last gave each one remembered (in the ``window_sizes`` setting).

A window taller than a laptop's screen puts its bottom row, Stop and Continue included, out of reach,
so the size asked for is only a wish: the screen's free area, less the window manager's frame, wins.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the main window is sized before the settings are read: they are not loaded for it
    from neuroguide.core.settings import Settings

SETTING = "window_sizes"
# The frame a window manager adds before it has said how large its frame is: a title bar and borders.
GUESSED_FRAME = QMargins(8, 40, 8, 8)
SMALLEST = QSize(320, 240)  # never asked for less than this, whatever the screen says

_store: list[weakref.ref[Settings]] = []  # the settings sizes are kept in, once the app has them


def remember_sizes_in(settings: Settings) -> None:
    """Keep each named window's size in ``settings`` from now on (the last one given wins; let go of
    with them)."""
    _store[:] = [weakref.ref(settings)]


def _settings() -> Settings | None:
    return _store[0]() if _store else None


def fit_to_screen(window: QWidget, width: int, height: int, name: str = "") -> None:
    """Open ``window`` at ``width`` by ``height``, or the size it had when last closed if it has a
    ``name``, but never larger than the screen's free area less the frame. It stays resizable; once
    shown it is moved or shrunk back inside the screen if its frame runs past an edge."""
    wanted = QSize(width, height)
    settings = _settings()
    if name and settings is not None:
        kept = settings.record(SETTING).get(name)
        if isinstance(kept, list) and len(kept) == 2 and all(isinstance(side, int) for side in kept):
            wanted = QSize(kept[0], kept[1])
    wanted = wanted.boundedTo(_room(window, GUESSED_FRAME).size())
    window.resize(wanted.expandedTo(SMALLEST))
    if window.findChild(_KeepOnScreen) is None:
        _KeepOnScreen(window, name)


def room(window: QWidget) -> QRect:
    """Where ``window`` may lie on its screen: the free area less its frame (as measured, or guessed)."""
    return _room(window, _frame(window))


def _room(window: QWidget, frame: QMargins) -> QRect:
    """The screen's free area (no panels or docks) that the window itself may take, less its frame:
    the screen it opens on (its parent's, for a dialog)."""
    return window.screen().availableGeometry().marginsRemoved(frame)


def _frame(window: QWidget) -> QMargins:
    """The window manager's frame around ``window``, once it is known, or a fair guess before."""
    outer, inner = window.frameGeometry(), window.geometry()
    frame = QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )
    return frame if frame.top() > 0 else GUESSED_FRAME


def keep_inside(window: QWidget) -> None:
    """Shrink ``window`` to the screen's free area and move it onto the screen where it runs off."""
    frame = _frame(window)
    free = _room(window, frame)
    size = window.size().boundedTo(free.size()).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)
    inner = window.geometry()
    x = min(max(inner.x(), free.x()), free.right() + 1 - inner.width())
    y = min(max(inner.y(), free.y()), free.bottom() + 1 - inner.height())
    if (x, y) != (inner.x(), inner.y()):
        window.move(x - frame.left(), y - frame.top())


class _KeepOnScreen(QObject):
    """Puts its window back inside the screen when it is shown (the window manager may place it
    partly off), and keeps, under its name, each size the person gives it (a resize that comes from
    the window system once the window is placed: dragging its edge, say)."""

    def __init__(self, window: QWidget, name: str) -> None:
        super().__init__(window)
        self.window = window
        self.name = name
        self.placed = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show:
            self.placed = False
            keep_inside(self.window)
        elif kind == QEvent.Type.Move and not self.placed and self.window.isVisible():
            self.placed = True  # the window manager's own placing, with its frame now known
            keep_inside(self.window)
        elif kind == QEvent.Type.Resize and event.spontaneous() and self.placed and self.name:
            self._remember()
        return False

    def _remember(self) -> None:
        settings = _settings()
        if settings is None or not self.window.isVisible():
            return
        if self.window.isMaximized() or self.window.isFullScreen():
            return  # the size to come back to is the ordinary one
        sizes = settings.record(SETTING)
        size = [self.window.width(), self.window.height()]
        if sizes.get(self.name) != size:
            sizes[self.name] = size
            settings.set(SETTING, sizes)

"""Line icons for the buttons: one drawn set (assets/icons/ui), tinted to the theme when loaded.

Each drawing strokes and fills with ``currentColor``. It is shipped drawn ahead as a large mask
(neuroguide.ui.kit.pictures) and, each time a button is painted, drawn at exactly the pixels that
button shows it at: its size times the device pixel ratio of the screen it is on, whatever that ratio
is (1, 1.5, 2) and again when the window moves to another screen. The mask is shrunk to that size, or
the drawing rendered when the mask is too small, so a smaller bitmap is never blown up. Icons are kept
once made: pages ask for the same few again and again; their drawings are kept in Qt's pixmap cache,
which NeuroGuide empties when it goes to wait in the background. Like any pixmap, they are made on the
GUI thread.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPixmap, QPixmapCache
from PySide6.QtWidgets import QApplication, QCalendarWidget, QStyleOption, QToolButton

from neuroguide.core.resources import icon_mask_path
from neuroguide.ui.kit.pictures import MASK_SIDE, draw_icon_mask, load, shrunk

log = logging.getLogger(__name__)

# The whole set. A page asking for any other name is a mistake, and the tests would catch it.
NAMES = (
    "back",
    "next",
    "play",
    "pause",
    "stop",
    "repeat",
    "add-time",
    "history",
    "settings",
    "people",
    "learn",
    "warning",
    "check",
    "close",
    "speaker",
    "speaker-off",
    "bell",
    "export",
    "report",
    "marker",
    "external",
    "search",
    "hand",
    "foot",
)
SIZES = (24, 32, 48)  # logical px: a button's icon, and the same at 150 % and 200 % text
RATIOS = (1.0, 2.0)  # drawn ahead; any other screen's ratio is drawn when first painted there

_reported: set[str] = set()  # damaged drawings already logged, so the log says it once


def icon_names() -> tuple[str, ...]:
    """Every icon in the set, in the order they are listed above."""
    return NAMES


def icon(
    name: str,
    colour: QColor | str,
    sizes: tuple[int, ...] = SIZES,
    ratios: tuple[float, ...] = RATIOS,
) -> QIcon:
    """The icon ``name`` drawn in ``colour``; shared, so change a copy, never the icon itself.

    ``sizes`` are the sizes it lists, drawn ahead at ``ratios``; any size on any screen is drawn when
    it is painted. An unknown name raises KeyError (a mistake in the code). A mask that is missing or
    damaged on disk gives an empty icon and a warning in the log: the button still shows its words.
    """
    if name not in NAMES:
        raise KeyError(f"no icon named {name!r}")
    tint = QColor(colour)
    if not tint.isValid():
        raise ValueError(f"not a colour: {colour!r}")
    return _icon(name, tint.name(QColor.NameFormat.HexArgb), sizes, ratios)


@cache
def _icon(name: str, argb: str, sizes: tuple[int, ...], ratios: tuple[float, ...]) -> QIcon:
    engine = LineIcon(name, QColor(argb), sizes)
    for size in sizes:
        for ratio in ratios:
            side = round(size * ratio)
            drawn = _drawn(name, side, ratio, engine.tint)
            if drawn.isNull():
                return QIcon()  # damaged: said in the log
            QPixmapCache.insert(engine.cache_key(side, ratio, QIcon.Mode.Normal), drawn)
    return QIcon(engine)


def calendar_arrows(calendar: QCalendarWidget, colour: QColor | str) -> None:
    """Qt's calendar's month arrows drawn as two of these icons in ``colour``: the style's own are
    bitmaps of at most 32 px, blown up on a dense screen, and black whatever the theme."""
    backward, forward = ("next", "back") if calendar.isRightToLeft() else ("back", "next")
    for name, object_name in ((backward, "qt_calendar_prevmonth"), (forward, "qt_calendar_nextmonth")):
        arrow = calendar.findChild(QToolButton, object_name)
        if arrow is not None:
            arrow.setIcon(icon(name, colour, (arrow.iconSize().width(),)))


class LineIcon(QIconEngine):
    """One icon in one colour, drawn at whatever pixels a painter asks for (Qt's own pixmap icons
    blow their nearest picture up when a screen is denser than any they hold)."""

    def __init__(self, name: str, tint: QColor, sizes: tuple[int, ...]) -> None:
        super().__init__()
        self.name = name
        self.tint = QColor(tint)
        self.sizes = sizes

    def clone(self) -> QIconEngine:
        return LineIcon(self.name, self.tint, self.sizes)

    def key(self) -> str:
        return "neuroguide-line-icon"

    def iconName(self) -> str:
        return self.name

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(size, size) for size in self.sizes]

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.drawing(size, 1.0, mode)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        return self.drawing(size, scale, mode)

    def drawing(self, size: QSize, scale: float, mode: QIcon.Mode = QIcon.Mode.Normal) -> QPixmap:
        """The icon ``size`` logical px square at ``scale`` device pixels a logical pixel; empty when its
        drawing is damaged. (Qt's calls above come here.)"""
        side = round(min(size.width(), size.height()) * scale)
        if side <= 0:
            return QPixmap()
        key = self.cache_key(side, scale, mode)
        found = QPixmap()
        if QPixmapCache.find(key, found):
            return found
        drawn = _drawn(self.name, side, scale, self.tint)
        if drawn.isNull():
            return drawn
        if mode in (QIcon.Mode.Disabled, QIcon.Mode.Selected):  # greyed as the style greys any icon
            drawn = QApplication.style().generatedIconPixmap(mode, drawn, QStyleOption())
            drawn.setDevicePixelRatio(scale)
        QPixmapCache.insert(key, drawn)
        return drawn

    def cache_key(self, side: int, scale: float, mode: QIcon.Mode) -> str:
        """The drawing's name in Qt's pixmap cache; Active looks as Normal."""
        look = mode.name if mode in (QIcon.Mode.Disabled, QIcon.Mode.Selected) else "Normal"
        colour = self.tint.name(QColor.NameFormat.HexArgb)
        return f"neuroguide-icon/{self.name}/{colour}/{side}@{scale:g}/{look}"

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        drawn = self.drawing(rect.size(), scale, mode)
        side = drawn.width() / scale if scale > 0 else 0
        painter.drawPixmap(
            round(rect.x() + (rect.width() - side) / 2), round(rect.y() + (rect.height() - side) / 2), drawn
        )


def _drawn(name: str, side: int, ratio: float, tint: QColor) -> QPixmap:
    # The mask is read again for each new size rather than kept: a small file, against 80 KB of
    # pixels an icon for as long as NeuroGuide runs.
    path = icon_mask_path(name)
    mask = load(path)
    if mask is None:
        return _damaged(name, f"{path} is missing or not a picture Qt can read")
    if side <= MASK_SIDE:
        ink = shrunk(mask, QSize(side, side))
    else:  # larger than drawn ahead: rendered, never a smaller picture blown up
        try:
            ink = draw_icon_mask(name, side)
        except (OSError, UnicodeDecodeError, ValueError) as error:
            return _damaged(name, f"cannot draw it at {side} px: {error}")
    return _pixmap(ink, ratio, tint)


def _pixmap(ink: QImage, ratio: float, tint: QColor) -> QPixmap:
    image = ink.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    # the ink takes the colour and keeps the mask's coverage; a see-through colour fades the whole
    # icon evenly, so the places where strokes meet are no darker than the rest
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), tint)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _damaged(name: str, reason: str) -> QPixmap:
    if name not in _reported:
        _reported.add(name)
        log.warning("icon %r left out: %s", name, reason)
    return QPixmap()

"""Line icons for the buttons: one drawn set (assets/icons/ui), tinted to the theme when loaded.

Each drawing strokes and fills with ``currentColor``; that word is swapped for the colour asked for,
and the drawing is rendered at the sizes buttons use, so Qt never has to scale a small bitmap up.
Icons are kept once made: pages ask for the same few again and again. Like any pixmap, they are
made on the GUI thread.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from neuroguide.resources import icon_path

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
RATIOS = (1.0, 2.0)  # 2.0 keeps the strokes sharp on high-density screens

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

    ``sizes`` and ``ratios`` are drawn ahead; a button asks for just the one it shows, since every
    picture drawn ahead is memory kept. An unknown name raises KeyError (a mistake in the code). A
    drawing that is missing or damaged on disk gives an empty icon and a warning in the log: the
    button still shows its words.
    """
    if name not in NAMES:
        raise KeyError(f"no icon named {name!r}")
    tint = QColor(colour)
    if not tint.isValid():
        raise ValueError(f"not a colour: {colour!r}")
    return _icon(name, tint.name(QColor.NameFormat.HexArgb), sizes, ratios)


@cache
def _icon(name: str, argb: str, sizes: tuple[int, ...], ratios: tuple[float, ...]) -> QIcon:
    tint = QColor(argb)
    path = icon_path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return _damaged(name, f"cannot read {path}: {error}")
    # SVG colours have no alpha: draw opaque, then fade the whole picture in _pixmap
    renderer = QSvgRenderer(QByteArray(text.replace("currentColor", tint.name()).encode()))
    if not renderer.isValid():
        return _damaged(name, f"{path} is not a drawing Qt can read")
    result = QIcon()
    for size in sizes:
        for ratio in ratios:
            result.addPixmap(_pixmap(renderer, size, ratio, tint.alpha()))
    return result


def _pixmap(renderer: QSvgRenderer, size: int, ratio: float, alpha: int) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    if alpha < 255:
        # faded after drawing, not stroke by stroke, or the places where strokes meet come out darker
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
        painter.fillRect(QRectF(0, 0, size, size), QColor(0, 0, 0, alpha))
    painter.end()
    return pixmap


def _damaged(name: str, reason: str) -> QIcon:
    if name not in _reported:
        _reported.add(name)
        log.warning("icon %r left out: %s", name, reason)
    return QIcon()

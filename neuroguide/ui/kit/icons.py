"""Line icons for the buttons: one drawn set (assets/icons/ui), tinted to the theme when loaded.

Each drawing strokes and fills with ``currentColor``. It is shipped drawn ahead as a large mask
(neuroguide.ui.kit.pictures), shrunk to each size a button uses, so Qt never scales a small bitmap up,
and filled with the colour asked for. Icons are kept once made: pages ask for the same few again and
again. Like any pixmap, they are made on the GUI thread.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap

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
    mask that is missing or damaged on disk gives an empty icon and a warning in the log: the button
    still shows its words.
    """
    if name not in NAMES:
        raise KeyError(f"no icon named {name!r}")
    tint = QColor(colour)
    if not tint.isValid():
        raise ValueError(f"not a colour: {colour!r}")
    return _icon(name, tint.name(QColor.NameFormat.HexArgb), sizes, ratios)


@cache
def _icon(name: str, argb: str, sizes: tuple[int, ...], ratios: tuple[float, ...]) -> QIcon:
    # The mask is read again for each colour rather than kept: a few small files, against 80 KB of
    # pixels an icon for as long as NeuroGuide runs.
    path = icon_mask_path(name)
    mask = load(path)
    if mask is None:
        return _damaged(name, f"{path} is missing or not a picture Qt can read")
    result = QIcon()
    for size in sizes:
        for ratio in ratios:
            side = round(size * ratio)
            if side <= MASK_SIDE:
                ink = shrunk(mask, QSize(side, side))
            else:  # larger than drawn ahead: rendered, never a smaller picture blown up
                try:
                    ink = draw_icon_mask(name, side)
                except (OSError, UnicodeDecodeError, ValueError) as error:
                    return _damaged(name, f"cannot draw it at {side} px: {error}")
            result.addPixmap(_pixmap(ink, ratio, QColor(argb)))
    return result


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


def _damaged(name: str, reason: str) -> QIcon:
    if name not in _reported:
        _reported.add(name)
        log.warning("icon %r left out: %s", name, reason)
    return QIcon()

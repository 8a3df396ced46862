"""How large the pictures that grow with the text beside them are: the library's cards, the welcome's
panel. (Each is drawn at the size shown times the screen's density: illustration.CardPicture.)"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics

from neuroguide.ui.kit.pictures import CARD_PICTURE

PICTURE_LINES = 6.25  # a card's picture is as tall as this many lines of its text: 120 px at 12 pt
PICTURE_MAX = QSize(CARD_PICTURE.width() * 2, CARD_PICTURE.height() * 2)  # from 200 % text on


def picture_size(metrics: QFontMetrics, lines: float = PICTURE_LINES) -> QSize:
    """A card's picture, growing with the text it sits beside (``lines`` of it tall), from its drawn
    size to twice that."""
    height = round(lines * metrics.lineSpacing())
    height = max(CARD_PICTURE.height(), min(PICTURE_MAX.height(), height))
    return QSize(round(height * CARD_PICTURE.width() / CARD_PICTURE.height()), height)

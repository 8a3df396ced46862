"""Pictures of the drawings that grow with the text beside them: the library's cards, the welcome's
panel. Each is drawn at the size shown times the screen's density, so it stays crisp."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics, QImage, QPixmap

from neuroguide.core.resources import card_picture_path
from neuroguide.core.routine import Illustration
from neuroguide.ui.kit import style
from neuroguide.ui.kit.illustration import CardPictures, thumbnail
from neuroguide.ui.kit.pictures import CARD_PICTURE, CARD_RATIOS

PICTURE_LINES = 6.25  # a card's picture is as tall as this many lines of its text: 120 px at 12 pt
PICTURE_MAX = QSize(CARD_PICTURE.width() * 2, CARD_PICTURE.height() * 2)  # from 200 % text on


def picture_size(metrics: QFontMetrics, lines: float = PICTURE_LINES) -> QSize:
    """A card's picture, growing with the text it sits beside (``lines`` of it tall), from its drawn
    size to twice that."""
    height = round(lines * metrics.lineSpacing())
    height = max(CARD_PICTURE.height(), min(PICTURE_MAX.height(), height))
    return QSize(round(height * CARD_PICTURE.width() / CARD_PICTURE.height()), height)


class GrowingPictures(CardPictures):
    """Card pictures at any size, each drawn at the size shown times the screen's density: from a
    picture drawn ahead that is at least that large (shrunk, never blown up), else from the SVG."""

    def picture(self, illustration: Illustration, size: QSize, device_pixel_ratio: float) -> QPixmap:
        key = (illustration, size.width(), size.height(), device_pixel_ratio, style.theme())
        drawn = self._drawn.get(key)
        if drawn is None:
            needed = size * device_pixel_ratio

            def large_enough(_path: object) -> QImage | None:
                for ratio in CARD_RATIOS:
                    image = self._base(card_picture_path(illustration.base, ratio))
                    if (
                        image is not None
                        and image.width() >= needed.width()
                        and image.height() >= needed.height()
                    ):
                        return image
                return None  # larger than any drawn ahead: rendered from the SVG

            drawn = thumbnail(illustration, size, device_pixel_ratio, large_enough)
            self._drawn[key] = drawn
        return drawn

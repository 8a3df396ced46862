"""Step illustrations: a base drawing (SVG) with the step's marks (neuroguide.ui.kit.marks) and the
giving hand (neuroguide.ui.kit.giving_hand) drawn over it.

Arrows show strokes, circles show small circular movements, points show where to rest a fingertip and
zones tint an area. While a step runs, a dot travels along each mark at the step's pace and the giving
hand moves along the first mark; with motion turned off both are drawn still, at the mark's start.
Drawings are of the right side; the left side is drawn as their mirror image. The player renders the
SVG; a library card starts from the drawing drawn ahead at its size (neuroguide.ui.kit.pictures), so
showing the library needs no SVG renderer. Cards show no giving hand: at their size it would hide the
marks it stands for.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import QFontInfo, QGuiApplication, QImage, QPainter, QPaintEvent, QPixmap, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from neuroguide.core.places import support_point
from neuroguide.core.resources import card_picture_path, illustration_path
from neuroguide.core.routine import HandPose, Illustration, Mark
from neuroguide.core.translation import tr
from neuroguide.ui.kit import giving_hand, marks, pictures, style

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

FRAME_MS = 40  # 25 frames a second is smooth enough for slow strokes
DEFAULT_PACE = 12  # strokes a minute when a step gives none


@cache
def renderer(base: str) -> QSvgRenderer:
    from PySide6.QtSvg import QSvgRenderer  # loaded with the first step shown, not with the library

    return QSvgRenderer(str(illustration_path(base)))


def drawing_rect(base: str, area: QRectF) -> QRectF:
    """Where the drawing goes inside ``area``: as large as fits, aspect kept, centred."""
    return pictures.fitted(renderer(base).viewBoxF().size(), area)


def paint(
    painter: QPainter,
    area: QRectF,
    illustration: Illustration,
    mirrored: bool,
    phase: float | None,
    hand: HandPose = "none",
    em: float | None = None,
) -> None:
    """Draw the base, its marks and the giving hand in ``hand``'s pose on the first mark; ``phase`` (0 to
    1 through one stroke) animates them, None is still. Marks are sized for text ``em`` px high (the
    application's text when None)."""
    target = drawing_rect(illustration.base, area)
    size = marks.mark_size(area, text_px() if em is None else em)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mirrored:  # the marks and hands with it
        painter.translate(target.center().x() * 2, 0)
        painter.scale(-1, 1)
    renderer(illustration.base).render(painter, target)
    for mark in illustration.marks:
        marks.paint_mark(painter, target, mark, phase, size)
    _paint_hands(painter, target, illustration, hand, phase, size)
    painter.restore()


def text_px() -> float:
    """The application's text size, px."""
    return float(QFontInfo(QGuiApplication.font()).pixelSize())


HAND_LENGTH = 0.45  # of the drawing's short side: about as large as the hand or foot drawn
HAND_SLANT = -25.0  # degrees: a hand resting on a spot comes from the lower right, fingers up and left


def _paint_hands(
    painter: QPainter,
    target: QRectF,
    illustration: Illustration,
    pose: HandPose,
    phase: float | None,
    size: marks.MarkSize,
) -> None:
    """The supporting hand, still, where the step names; the giving hand on the first mark."""
    length = HAND_LENGTH * min(target.width(), target.height())
    support = support_point(illustration)
    if support is not None:  # the fingers reach in over the limb from its edge, as a hand holds
        spot = marks.point(target, support)
        inwards = target.center() - spot
        degrees = math.degrees(math.atan2(inwards.x(), -inwards.y()))
        giving_hand.paint_hand(painter, "support", spot, length, degrees, size.pen)
    if pose != "none" and illustration.marks:
        at, degrees = hand_place(target, illustration.marks[0], phase)
        giving_hand.paint_hand(painter, pose, at, length, degrees, size.pen)


def hand_place(target: QRectF, mark: Mark, phase: float | None) -> tuple[QPointF, float]:
    """Where the giving hand touches on ``mark`` and how it is turned (degrees clockwise from fingers
    up): along an arrow fingers first, from its start; round a circle; on a point; over a zone's
    middle."""
    if mark.kind == "arrow":
        path = marks.stroke(target, mark)
        along = 0.0 if phase is None else phase
        return path.pointAtPercent(along), 90 - path.angleAtPercent(min(along, 0.999))
    if mark.kind == "circle":
        return marks.circle_at(target, mark, phase or 0.0), HAND_SLANT
    if mark.kind == "point":
        assert mark.at is not None
        return marks.point(target, mark.at), HAND_SLANT
    middle = QPolygonF([marks.point(target, xy) for xy in mark.points]).boundingRect().center()
    return middle, HAND_SLANT


def thumbnail(
    illustration: Illustration,
    size: QSize,
    device_pixel_ratio: float = 1.0,
    read_base: Callable[[Path], QImage | None] = pictures.load,
) -> QPixmap:
    """The first step's picture for a library card, still, ``size`` logical px at ``device_pixel_ratio``
    pixels a logical pixel: the base drawn ahead, shrunk when drawn for a denser screen, the marks on top.
    Without a picture drawn ahead at least as large (a denser screen, a larger card, a damaged install)
    the SVG is rendered instead: a smaller picture is never blown up. ``read_base`` reads a picture
    drawn ahead (CardPictures keeps each it read)."""
    pixmap = QPixmap(size * device_pixel_ratio)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    area = QRectF(0, 0, size.width(), size.height())
    painter = QPainter(pixmap)
    drawn = _drawn_ahead(illustration.base, size, device_pixel_ratio, read_base)
    if drawn is None:
        paint(painter, area, illustration, False, None)
    else:
        base, at, box = drawn
        # where the SVG would put it, on whole pixels: pixel for pixel
        painter.drawImage(QRectF(at.topLeft() / device_pixel_ratio, at.size() / device_pixel_ratio), base)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        sized = marks.mark_size(area, text_px())
        for mark in illustration.marks:
            marks.paint_mark(painter, pictures.fitted(box, area), mark, None, sized)
    painter.end()
    return pixmap


def _drawn_ahead(
    base: str, size: QSize, ratio: float, read_base: Callable[[Path], QImage | None]
) -> tuple[QImage, QRectF, QSizeF] | None:
    """The least dense card picture drawn ahead that holds ``base``'s drawing at least as large as a
    card of ``size`` at ``ratio`` shows it, shrunk to just that; with where the whole picture goes on
    the card (device px) and the drawing's size in its SVG. None when none is large enough or fits
    whole pixels, or one is damaged."""
    wanted = QRectF(0, 0, size.width() * ratio, size.height() * ratio)
    for drawn_ratio in sorted(pictures.CARD_RATIOS):
        ahead = pictures.CARD_PICTURE * drawn_ratio
        if ahead.width() < wanted.width() and ahead.height() < wanted.height():
            continue  # too small whatever the drawing's shape: not even read
        image = read_base(card_picture_path(base, drawn_ratio))
        box = pictures.view_box(image) if image is not None else QSizeF()
        if image is None or box.isEmpty():
            return None
        there = pictures.fitted(box, QRectF(image.rect()))
        here = pictures.fitted(box, wanted)
        scale = here.width() / there.width()
        if scale > 1 + 1e-6:
            continue  # it would be blown up
        whole = image.size()
        if scale < 1 - 1e-6:
            image = pictures.shrunk(image, QSize(round(whole.width() * scale), round(whole.height() * scale)))
        at = QRectF(here.topLeft() - there.topLeft() * scale, QSizeF(whole) * scale)
        if any(abs(edge - round(edge)) > 0.01 for edge in (at.x(), at.y(), at.width(), at.height())):
            continue  # shrunk by an odd factor or placed between pixels, it would be soft
        return image, at, box
    return None


class CardPictures:
    """The pictures of one library's cards: each picture drawn ahead is read from disk once, and each
    card picture (a base with its marks, for one size, screen and theme) drawn once, however many cards
    show it; the cards share it. Only the two latest looks (size, screen and theme) are kept: a card
    that grows with the text or moves to a denser screen leaves no old drawings behind. Kept by the
    library page, and let go with it."""

    LOOKS_KEPT = 2

    def __init__(self) -> None:
        self._read: dict[Path, QImage | None] = {}
        self._drawn: dict[tuple[int, int, float, style.Theme], dict[Illustration, QPixmap]] = {}

    def picture(self, illustration: Illustration, size: QSize, device_pixel_ratio: float) -> QPixmap:
        look = (size.width(), size.height(), device_pixel_ratio, style.theme())
        drawn = self._drawn.pop(look, {})
        self._drawn[look] = drawn  # the latest look last
        while len(self._drawn) > self.LOOKS_KEPT:
            del self._drawn[next(iter(self._drawn))]
        if illustration not in drawn:
            drawn[illustration] = thumbnail(illustration, size, device_pixel_ratio, self._base)
        return drawn[illustration]

    def _base(self, path: Path) -> QImage | None:
        if path not in self._read:
            self._read[path] = pictures.load(path)
        return self._read[path]

    @property
    def files_read(self) -> int:
        return len(self._read)


class CardPicture(QWidget):
    """A card's picture that is drawn when painted, for the size it has then and the screen it is on:
    moved to a screen of another pixel ratio, or grown with the text, it is drawn again at the new
    pixels (a QLabel would blow up the picture it was given). Clicks go to the card beneath."""

    def __init__(
        self, pictures: CardPictures, illustration: Illustration, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._pictures = pictures
        self.illustration = illustration
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def pixmap(self) -> QPixmap:
        """The picture as it is painted now (as a QLabel's pixmap)."""
        return self._pictures.picture(self.illustration, self.size(), self.devicePixelRatioF())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.pixmap())
        painter.end()


class IllustrationView(QWidget):
    """Shows one step's illustration; animates its marks while ``set_running(True)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 200)
        self._illustration: Illustration | None = None
        self._mirrored = False
        self._hand: HandPose = "none"
        self._pace = DEFAULT_PACE
        self._running = False
        self.still = False  # the person asked for no motion: the marks are drawn, not animated
        # Animation frames, not a deadline: drawn at real time's pace, so not one of app.timers' wake-ups
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.update)
        self.setAccessibleName(tr("Illustration of the step"))

    def show_step(
        self,
        illustration: Illustration,
        mirrored: bool,
        pace: int | None,
        description: str,
        hand: HandPose = "none",
    ) -> None:
        """Show a step's picture, with the giving hand in ``hand``'s pose (giving_hand.pose_for)."""
        self._illustration = illustration
        self._hand = hand
        self._mirrored = mirrored
        self._pace = pace or DEFAULT_PACE
        self.setAccessibleDescription(description)
        self.update()

    def set_running(self, running: bool) -> None:
        self._running = running and not self.still
        if self._running and self._illustration is not None and self._illustration.marks:
            self._timer.start()
        else:
            self._timer.stop()
        self.update()

    @property
    def animating(self) -> bool:
        return self._timer.isActive()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._illustration is None:
            return
        painter = QPainter(self)
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        phase = None
        if self._running:
            # from the clock, not from counting frames: a late frame never slows the animation
            stroke_seconds = 60.0 / self._pace
            phase = (time.monotonic() % stroke_seconds) / stroke_seconds
        em = QFontInfo(self.font()).pixelSize()
        paint(painter, area, self._illustration, self._mirrored, phase, self._hand, em)
        painter.end()

"""Step illustrations: a base drawing (SVG) with the step's marks drawn over it.

Arrows show strokes, circles show small circular movements, points show where to rest a fingertip and
zones shade an area. While a step runs, a dot travels along each mark at the step's pace. Drawings are
of the right side; the left side is drawn as their mirror image. The player renders the SVG; a library
card starts from the drawing drawn ahead at its size (neuroguide.ui.kit.pictures), so showing the
library needs no SVG renderer.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from neuroguide.core.resources import card_picture_path, illustration_path
from neuroguide.core.routine import Illustration, Mark
from neuroguide.core.translation import tr
from neuroguide.ui.kit import pictures, style

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
    painter: QPainter, area: QRectF, illustration: Illustration, mirrored: bool, phase: float | None
) -> None:
    """Draw the base and its marks; ``phase`` (0 to 1 through one stroke) animates them, None is still."""
    target = drawing_rect(illustration.base, area)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mirrored:
        painter.translate(target.center().x() * 2, 0)
        painter.scale(-1, 1)
    renderer(illustration.base).render(painter, target)
    for mark in illustration.marks:
        _paint_mark(painter, target, mark, phase)
    painter.restore()


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
        for mark in illustration.marks:
            _paint_mark(painter, pictures.fitted(box, area), mark, None)
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


def _point(target: QRectF, xy: tuple[float, float]) -> QPointF:
    return QPointF(target.left() + xy[0] * target.width(), target.top() + xy[1] * target.height())


def _paint_mark(painter: QPainter, target: QRectF, mark: Mark, phase: float | None) -> None:
    unit = min(target.width(), target.height())
    pen = QPen(
        QColor(style.theme().mark), max(2.0, unit * 0.018), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap
    )
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    dot = max(4.0, unit * 0.028)
    if mark.kind == "zone":
        painter.setPen(QPen(QColor(style.LIGHT.accent), max(1.5, unit * 0.006), Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(style.colour(style.theme().mark_zone)))
        painter.drawPolygon(QPolygonF([_point(target, xy) for xy in mark.points]))
        return
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if mark.kind == "arrow":
        points = [_point(target, xy) for xy in mark.points]
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)
        _arrow_head(painter, points[-2], points[-1], unit * 0.05)
        if phase is not None:
            _dot(painter, path.pointAtPercent(phase), dot)
    elif mark.kind == "circle":
        assert mark.at is not None
        centre = _point(target, mark.at)
        radius = mark.radius * target.width()
        painter.drawEllipse(centre, radius, radius)
        # a small head on the circle shows the direction of the movement (clockwise)
        head = QPointF(centre.x() + radius, centre.y())
        _arrow_head(painter, QPointF(head.x(), head.y() - 1), head, unit * 0.035)
        if phase is not None:
            angle = 2 * math.pi * phase
            _dot(
                painter,
                QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)),
                dot,
            )
    elif mark.kind == "point":
        assert mark.at is not None
        centre = _point(target, mark.at)
        painter.setBrush(QBrush(QColor(style.theme().mark)))
        painter.drawEllipse(centre, dot * 1.2, dot * 1.2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # a ring that slowly breathes in and out while the step runs
        ring = dot * (2.4 + (0.8 * math.sin(2 * math.pi * phase) if phase is not None else 0.0))
        painter.drawEllipse(centre, ring, ring)


def _arrow_head(painter: QPainter, start: QPointF, end: QPointF, size: float) -> None:
    angle = math.atan2(end.y() - start.y(), end.x() - start.x())
    left = QPointF(end.x() - size * math.cos(angle - 0.45), end.y() - size * math.sin(angle - 0.45))
    right = QPointF(end.x() - size * math.cos(angle + 0.45), end.y() - size * math.sin(angle + 0.45))
    painter.save()
    painter.setBrush(QBrush(painter.pen().color()))
    painter.drawPolygon(QPolygonF([end, left, right]))
    painter.restore()


def _dot(painter: QPainter, at: QPointF, size: float) -> None:
    painter.save()
    painter.setPen(QPen(QColor("white"), size * 0.35))
    painter.setBrush(QBrush(QColor(style.LIGHT.accent)))
    painter.drawEllipse(at, size, size)
    painter.restore()


class IllustrationView(QWidget):
    """Shows one step's illustration; animates its marks while ``set_running(True)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 200)
        self._illustration: Illustration | None = None
        self._mirrored = False
        self._pace = DEFAULT_PACE
        self._running = False
        self.still = False  # the person asked for no motion: the marks are drawn, not animated
        # Animation frames, not a deadline: drawn at real time's pace, so not one of app.timers' wake-ups
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.update)
        self.setAccessibleName(tr("Illustration of the step"))

    def show_step(
        self, illustration: Illustration, mirrored: bool, pace: int | None, description: str
    ) -> None:
        self._illustration = illustration
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
        paint(painter, area, self._illustration, self._mirrored, phase)
        painter.end()

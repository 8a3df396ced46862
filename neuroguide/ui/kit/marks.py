"""The marks drawn over a step's picture: arrows for strokes, circles for small circular movements,
points for where to rest a fingertip, zones for an area to look at or cover.

Marks are sized from the screen, not from the drawing: a pen some logical px wide, from the text's
size, so a wide short drawing (the forearm) gets arrows as bold as a tall one, and larger text gets
bolder marks. Only a small picture (a library card) caps them, so they never swamp it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from neuroguide.core.routine import Mark, Point
from neuroguide.ui.kit import style

PEN_EMS = 0.32  # the pen, in the text's pixel size: 4 px beside 12 px text, 6.4 px beside 20 px
PEN_MOST = 0.022  # of the picture's short side: a small card's marks stay in proportion
PEN_LEAST = 3.0  # px: never thinner, once the picture is 250 px or more on its short side
HALO = 0.9  # pen widths of light paper around each stroke, so it stands clear of the drawing's lines


@dataclass(frozen=True)
class MarkSize:
    pen: float  # px
    head: float  # an arrowhead's length, px
    dot: float  # the travelling dot's radius, px


def mark_size(area: QRectF, em: float) -> MarkSize:
    """The marks' size for a picture shown in ``area`` beside text ``em`` px high."""
    short = min(area.width(), area.height())
    pen = max(min(em * PEN_EMS, short * PEN_MOST), min(PEN_LEAST, short * PEN_LEAST / 250))
    return MarkSize(pen=pen, head=pen * 3.6, dot=pen * 1.5)


def point(target: QRectF, xy: Point) -> QPointF:
    return QPointF(target.left() + xy[0] * target.width(), target.top() + xy[1] * target.height())


def stroke(target: QRectF, mark: Mark) -> QPainterPath:
    """An arrow's line, through its points."""
    points = [point(target, xy) for xy in mark.points]
    path = QPainterPath(points[0])
    for each in points[1:]:
        path.lineTo(each)
    return path


def circle_at(target: QRectF, mark: Mark, phase: float) -> QPointF:
    """Where a circle's movement is, ``phase`` of the way round (clockwise, from the right)."""
    assert mark.at is not None
    centre = point(target, mark.at)
    radius = mark.radius * target.width()
    angle = 2 * math.pi * phase
    return QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle))


def zone_outline(target: QRectF, points: tuple[Point, ...]) -> QPainterPath:
    """A zone's area with its corners rounded off: a soft patch, not a box."""
    corners = [point(target, xy) for xy in points]
    middles = [(a + b) / 2 for a, b in zip(corners, corners[1:] + corners[:1], strict=True)]
    path = QPainterPath(middles[-1])
    for corner, middle in zip(corners, middles, strict=True):
        path.quadTo(corner, middle)
    path.closeSubpath()
    return path


def paint_mark(painter: QPainter, target: QRectF, mark: Mark, phase: float | None, size: MarkSize) -> None:
    theme = style.theme()
    if mark.kind == "zone":
        edge = QPen(style.colour(theme.mark_zone_line), max(1.5, size.pen * 0.55))
        edge.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(edge)
        painter.setBrush(QBrush(style.colour(theme.mark_zone)))
        painter.drawPath(zone_outline(target, mark.points))
        return
    if mark.kind == "arrow":
        path = stroke(target, mark)
        ends = (point(target, mark.points[-2]), point(target, mark.points[-1]))
        _with_halo(
            painter, size, lambda: painter.drawPath(path), lambda: _arrow_head(painter, *ends, size.head)
        )
        if phase is not None:
            _dot(painter, path.pointAtPercent(phase), size.dot)
    elif mark.kind == "circle":
        assert mark.at is not None
        centre = point(target, mark.at)
        radius = mark.radius * target.width()
        # a head on the circle shows the movement's direction (clockwise)
        head = QPointF(centre.x() + radius, centre.y())
        _with_halo(
            painter,
            size,
            lambda: painter.drawEllipse(centre, radius, radius),
            lambda: _arrow_head(painter, QPointF(head.x(), head.y() - 1), head, size.head * 0.85),
        )
        if phase is not None:
            _dot(painter, circle_at(target, mark, phase), size.dot)
    elif mark.kind == "point":
        assert mark.at is not None
        centre = point(target, mark.at)
        # a ring that slowly breathes in and out while the step runs, round a solid spot
        ring = size.dot * (2.2 + (0.6 * math.sin(2 * math.pi * phase) if phase is not None else 0.0))
        _with_halo(
            painter,
            size,
            lambda: painter.drawEllipse(centre, ring, ring),
            lambda: _spot(painter, centre, size.dot * 1.1),
        )


def _with_halo(painter: QPainter, size: MarkSize, *draws: Callable[[], object]) -> None:
    """Each drawing twice: wide in light paper, then in the mark's colour."""
    theme = style.theme()
    for colour, width in (
        (style.colour(theme.paper), size.pen * (1 + 2 * HALO)),
        (QColor(theme.mark), size.pen),
    ):
        pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for draw in draws:
            draw()


def _arrow_head(painter: QPainter, start: QPointF, end: QPointF, size: float) -> None:
    angle = math.atan2(end.y() - start.y(), end.x() - start.x())
    left = QPointF(end.x() - size * math.cos(angle - 0.5), end.y() - size * math.sin(angle - 0.5))
    right = QPointF(end.x() - size * math.cos(angle + 0.5), end.y() - size * math.sin(angle + 0.5))
    painter.save()
    painter.setBrush(QBrush(painter.pen().color()))
    painter.drawPolygon(QPolygonF([end, left, right]))
    painter.restore()


def _spot(painter: QPainter, at: QPointF, radius: float) -> None:
    painter.save()
    painter.setBrush(QBrush(painter.pen().color()))
    painter.drawEllipse(at, radius, radius)
    painter.restore()


def _dot(painter: QPainter, at: QPointF, radius: float) -> None:
    painter.save()
    painter.setPen(QPen(QColor("white"), radius * 0.4))
    painter.setBrush(QBrush(QColor(style.LIGHT.accent)))
    painter.drawEllipse(at, radius, radius)
    painter.restore()

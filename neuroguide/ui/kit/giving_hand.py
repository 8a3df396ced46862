"""The giving hand: a simple drawn hand over a step's picture, in the pose the step's technique uses
(a flat hand gliding, a thumb making circles, a fingertip resting, a finger and thumb squeezing, a
hand holding still). It shows where the hand goes and how it touches; the marks say which way.

Each pose is an outline drawn through points, in a frame where the spot that touches is at the origin
and the fingers point up (towards -y); ``paint_hand`` turns, sizes and places it.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen, QTransform

from neuroguide.core.routine import HAND_FOR, HandPose, Illustration, Technique
from neuroguide.ui.kit import style

LINE = 0.55  # the hand's outline, in mark pen widths: quieter than the marks
DETAIL = 0.35  # the folds between fingers and the nails, in mark pen widths
UNITS = 130.0  # the outlines below are drawn this many units long, the touching spot at (0, 0)
Points = tuple[tuple[float, float], ...]

# Each pose: its outline from the wrist's one side round to the other (the wrist is left open), then
# its inner lines (the folds between fingers, curled fingers, a nail), in units, fingers up.
# fmt: off
POSES: dict[HandPose, tuple[Points, tuple[Points, ...]]] = {
    # a flat hand seen from above, fingers together: the flat of the fingers glides on the spot
    "flat": (
        (
            (-18, 100), (-22, 70), (-22, 40), (-21, 10), (-20, -3), (-16, -8), (-12, -5), (-11, -18),
            (-8, -26), (-4, -27), (-1, -22), (0, -29), (4, -33), (8, -30), (9, -23), (11, -25), (15, -26),
            (18, -22), (19, -12), (19, 20), (20, 33), (27, 23), (32, 18), (37, 20), (37, 27), (32, 38),
            (26, 54), (21, 68), (20, 82), (18, 100),
        ),
        (
            ((-11, -4), (-11, 8), (-11, 20)),
            ((-1, -21), (-1, 0), (-1, 20)),
            ((9, -22), (9, 0), (9, 20)),
            ((30, 21), (34, 22), (34, 26)),
        ),
    ),
    # a loose fist, the thumb's pad on the spot
    "thumb": (
        (
            (6, 100), (4, 76), (-2, 60), (-5, 44), (-7, 28), (-7, 12), (-5, 1), (0, -4), (5, -2), (7, 6),
            (9, 20), (14, 22), (18, 20), (23, 23), (27, 22), (31, 26), (34, 32), (36, 46), (34, 60),
            (30, 76), (28, 100),
        ),
        (
            ((11, 32), (20, 31), (32, 35)),
            ((11, 42), (22, 42), (34, 45)),
            ((11, 52), (22, 53), (33, 56)),
            ((-3, 3), (0, 0), (3, 3)),
        ),
    ),
    # a fist with the index finger reaching out, its tip on the spot
    "fingertip": (
        (
            (6, 100), (4, 78), (-4, 66), (-8, 54), (-8, 44), (-5, 38), (-5, 24), (-5, 10), (-4, 1), (0, -3),
            (4, 0), (6, 10), (7, 24), (12, 26), (17, 25), (22, 28), (27, 27), (31, 31), (33, 40), (33, 56),
            (30, 70), (28, 100),
        ),
        (
            ((8, 36), (20, 36), (32, 40)),
            ((8, 46), (20, 47), (33, 50)),
            ((-6, 46), (0, 52), (6, 56)),
            ((-3, 3), (0, 0), (3, 3)),
        ),
    ),
    # the thumb and index finger either side of the spot, squeezing gently
    "squeeze": (
        (
            (-12, 100), (-14, 70), (-17, 54), (-18, 40), (-20, 22), (-19, 6), (-13, -5), (-7, -5), (-5, 1),
            (-9, 9), (-7, 19), (0, 26), (7, 19), (9, 9), (6, 1), (7, -4), (13, -4), (18, 6), (20, 24),
            (24, 44), (23, 62), (20, 100),
        ),
        (
            ((-16, 44), (-4, 46), (10, 48)),
            ((-16, 56), (-2, 58), (12, 60)),
            ((-12, -1), (-10, 0), (-8, -1)),
            ((8, 0), (10, 1), (12, 0)),
        ),
    ),
    # an open hand, fingers a little apart, the palm resting on the spot and holding it steady
    "support": (
        (
            (-18, 52), (-22, 26), (-24, 6), (-29, -10), (-33, -22), (-31, -28), (-26, -27), (-20, -14),
            (-16, -12), (-17, -34), (-14, -41), (-9, -39), (-7, -17), (-4, -16), (-4, -43), (0, -47),
            (5, -44), (5, -17), (8, -16), (11, -38), (15, -41), (19, -37), (16, -12), (18, 0), (27, -10),
            (33, -13), (37, -8), (29, 10), (23, 26), (18, 52),
        ),
        (
            ((-16, -12), (-14, -4)),
            ((-4, -16), (-3, -6)),
            ((8, -16), (8, -6)),
        ),
    ),
}
# fmt: on


def pose_for(illustration: Illustration, technique: Technique | None) -> HandPose:
    """The hand a step shows: its illustration's own, else its technique's; none without either."""
    if illustration.hand is not None:
        return illustration.hand
    return HAND_FOR[technique] if technique is not None else "none"


def _smooth(points: Points, tension: float = 1 / 6) -> QPainterPath:
    """A smooth path through ``points`` (Catmull-Rom as cubic curves)."""
    path = QPainterPath(QPointF(*points[0]))
    for i in range(len(points) - 1):
        p0 = points[max(i - 1, 0)]
        p1, p2 = points[i], points[i + 1]
        p3 = points[min(i + 2, len(points) - 1)]
        path.cubicTo(
            QPointF(p1[0] + (p2[0] - p0[0]) * tension, p1[1] + (p2[1] - p0[1]) * tension),
            QPointF(p2[0] - (p3[0] - p1[0]) * tension, p2[1] - (p3[1] - p1[1]) * tension),
            QPointF(*p2),
        )
    return path


@cache
def shape(pose: HandPose) -> tuple[QPainterPath, QPainterPath]:
    """A pose's outline (open at the wrist) and its inner lines, in units, touching at the origin."""
    outline, lines = POSES[pose]
    inner = QPainterPath()
    for line in lines:
        inner.addPath(_smooth(line))
    return _smooth(outline), inner


def paint_hand(
    painter: QPainter, pose: HandPose, at: QPointF, length: float, degrees: float, pen_width: float
) -> None:
    """Draw ``pose`` touching ``at``, ``length`` px long, its fingers turned ``degrees`` from up
    (clockwise), see-through so that the mark beneath still reads."""
    if pose == "none":
        return
    place = QTransform()
    place.translate(at.x(), at.y())
    place.rotate(degrees)
    place.scale(length / UNITS, length / UNITS)
    outline, inner = (place.map(path) for path in shape(pose))
    theme = style.theme()
    ink = style.colour(theme.hand_line)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(style.colour(theme.hand)))
    closed = QPainterPath(outline)
    closed.closeSubpath()
    painter.drawPath(closed)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for path, width in ((outline, LINE), (inner, DETAIL)):
        pen = QPen(ink, max(1.0, pen_width * width), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(path)
    painter.restore()

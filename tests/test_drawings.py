"""The base drawings and what is drawn over them: every named place is on the drawing, marks are
sized for the screen (never a hairline), and the giving hand sits on the step's first mark, moves
with it, and is mirrored for the left side."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from neuroguide.core.places import drawings, inside, placed_illustration
from neuroguide.core.resources import illustration_bases
from neuroguide.core.routine import HandPose, Illustration, Mark
from neuroguide.ui.kit import giving_hand, illustration, marks

BASES = sorted(illustration_bases())
POSES: tuple[HandPose, ...] = ("flat", "thumb", "fingertip", "squeeze", "support")


def drawn(
    base: str,
    size: tuple[int, int],
    marks_: tuple[Mark, ...] = (),
    hand: HandPose = "none",
    phase: float | None = None,
    mirrored: bool = False,
    support: str | None = None,
) -> QImage:
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    shown = placed_illustration(Illustration(base, marks_, support=support))
    illustration.paint(painter, QRectF(0, 0, *size), shown, mirrored, phase, hand, 16)
    painter.end()
    return image


def at(image: QImage, base: str, xy: tuple[float, float], mirrored: bool = False) -> QColor:
    target = illustration.drawing_rect(base, QRectF(image.rect()))
    x = target.left() + (1 - xy[0] if mirrored else xy[0]) * target.width()
    return image.pixelColor(int(x), int(target.top() + xy[1] * target.height()))


def centroid(outline: tuple[tuple[float, float], ...]) -> tuple[float, float]:
    """The centre of a polygon's area (shoelace)."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(outline, outline[1:] + outline[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return (cx / (3 * area), cy / (3 * area))


def changed(first: QImage, second: QImage, around: QPointF, reach: int = 6) -> int:
    """How many pixels differ in the square ``reach`` px either side of ``around``."""
    count = 0
    for y in range(int(around.y()) - reach, int(around.y()) + reach + 1):
        for x in range(int(around.x()) - reach, int(around.x()) + reach + 1):
            if first.valid(x, y) and first.pixel(x, y) != second.pixel(x, y):
                count += 1
    return count


@pytest.mark.parametrize("base", BASES)
def test_each_region_is_drawn_where_it_is_named(qapp: QApplication, base: str) -> None:
    image = drawn(base, (600, 600))
    for name, outline in drawings()[base].regions.items():
        middle = centroid(outline)
        assert inside(middle, outline), (base, name)
        assert at(image, base, middle).alpha() == 255, f"no drawing under the middle of {base}'s {name}"


@pytest.mark.parametrize("base", BASES)
def test_each_landmark_lies_on_the_drawing(qapp: QApplication, base: str) -> None:
    image = drawn(base, (600, 600))
    for name, xy in drawings()[base].landmarks.items():
        assert at(image, base, xy).alpha() == 255, f"{base}'s {name} is off the drawing"


def test_the_ankle_bone_and_the_grooves_are_where_the_anatomy_is() -> None:
    """The ankle circles sit on the ankle bone, above the foot; the back-of-hand glides run between
    the knuckles, not on them."""
    leg = drawings()["lower-leg"].landmarks
    assert leg["ankle-outer"][1] < leg["top"][1] and leg["ankle-outer"][0] < leg["ankle-front"][0]
    top = drawings()["foot-top"].landmarks
    assert top["ankle-outer"][1] > 0.8 and top["ankle-outer"][0] > top["ankle-front"][0]
    back = drawings()["hand-back"].landmarks
    for n in (1, 2, 3):
        left, right = back[f"knuckle-{n}"][0], back[f"knuckle-{n + 1}"][0]
        assert left < back[f"groove-{n}-knuckle"][0] < right
        assert left < back[f"groove-{n}"][0] < right


@pytest.mark.parametrize("size", [(400, 400), (900, 300), (200, 200)])
@pytest.mark.parametrize("base", BASES)
def test_marks_are_bold_on_every_shape_of_picture(base: str, size: tuple[int, int]) -> None:
    area = QRectF(0, 0, *size).adjusted(8, 8, -8, -8)
    for em in (12.0, 16.0, 32.0):
        sized = marks.mark_size(area, em)
        assert sized.pen >= 3, (base, size, em, sized.pen)
        assert sized.head >= 3 * sized.pen and sized.dot >= sized.pen
    assert marks.mark_size(area, 32).pen > marks.mark_size(area, 12).pen  # larger text, bolder marks


def test_the_forearms_arrow_is_as_bold_as_the_foots(qapp: QApplication) -> None:
    """Measured in the picture: a stroke across a short wide drawing is at least 3 px thick."""
    arrow = (Mark("arrow", through=("elbow", "wrist")),)
    image = drawn("forearm", (900, 300), arrow)
    plain = drawn("forearm", (900, 300))
    target = illustration.drawing_rect("forearm", QRectF(image.rect()))
    middle = marks.point(target, drawings()["forearm"].landmarks["forearm"])
    thick = sum(
        1
        for y in range(int(middle.y()) - 20, int(middle.y()) + 21)
        if image.pixelColor(int(middle.x()), y).red() - image.pixelColor(int(middle.x()), y).blue() > 120
        and image.pixel(int(middle.x()), y) != plain.pixel(int(middle.x()), y)
    )
    assert thick >= 3, thick


def test_a_zone_is_a_soft_tint_with_a_solid_edge(qapp: QApplication) -> None:
    zone = (Mark("zone", region="arch"),)
    plain, tinted = drawn("foot-sole", (400, 400)), drawn("foot-sole", (400, 400), zone)
    middle = centroid(drawings()["foot-sole"].regions["arch"])
    before, after = at(plain, "foot-sole", middle), at(tinted, "foot-sole", middle)
    assert after.blue() - after.red() > before.blue() - before.red() + 10  # tinted blue...
    assert after.lightness() > 150  # ...softly: the drawing still shows through
    # the edge is solid: along a line across the zone the edge colour never breaks into dashes
    outline = marks.zone_outline(
        illustration.drawing_rect("foot-sole", QRectF(0, 0, 400, 400)),
        drawings()["foot-sole"].regions["arch"],
    )
    edge_pixels = [outline.pointAtPercent(t / 60) for t in range(60)]
    assert all(
        tinted.pixel(int(p.x()), int(p.y())) != plain.pixel(int(p.x()), int(p.y())) for p in edge_pixels
    )


@pytest.mark.parametrize("pose", POSES)
def test_the_giving_hand_is_drawn_on_the_first_mark(qapp: QApplication, pose: HandPose) -> None:
    arrow = (Mark("arrow", through=("toe-base", "ankle-front")),)
    none = drawn("foot-top", (400, 400), arrow, "none")
    with_hand = drawn("foot-top", (400, 400), arrow, pose)
    target = illustration.drawing_rect("foot-top", QRectF(0, 0, 400, 400))
    start = marks.point(target, drawings()["foot-top"].landmarks["toe-base"])
    assert changed(none, with_hand, start, 10) > 20, pose
    far = marks.point(target, drawings()["foot-top"].landmarks["ankle-front"])
    assert changed(none, with_hand, far, 4) == 0  # only there, not over the whole picture


def test_the_giving_hand_follows_the_stroke(qapp: QApplication) -> None:
    arrow = (Mark("arrow", through=("elbow", "wrist")),)
    target = illustration.drawing_rect("forearm", QRectF(0, 0, 900, 300))
    path = marks.stroke(target, placed_illustration(Illustration("forearm", arrow)).marks[0])
    for phase in (0.2, 0.8):
        still = drawn("forearm", (900, 300), arrow, "none", phase)
        moving = drawn("forearm", (900, 300), arrow, "flat", phase)
        here, there = path.pointAtPercent(phase), path.pointAtPercent(1.2 - phase)
        assert changed(still, moving, here + QPointF(0, 8), 4) > 10, phase
        assert changed(still, moving, there + QPointF(0, 8), 4) == 0, phase


def test_the_giving_hand_goes_round_a_circle(qapp: QApplication) -> None:
    circle = (Mark("circle", on="ankle-outer", radius=0.08),)
    mark = placed_illustration(Illustration("lower-leg", circle)).marks[0]
    target = illustration.drawing_rect("lower-leg", QRectF(0, 0, 400, 400))
    for phase in (0.0, 0.5):
        spot, _ = illustration.hand_place(target, mark, phase)
        assert spot == marks.circle_at(target, mark, phase)
    assert illustration.hand_place(target, mark, 0.0)[0] != illustration.hand_place(target, mark, 0.5)[0]


def test_the_giving_hand_is_mirrored_for_the_left_side(qapp: QApplication) -> None:
    point = (Mark("point", on="thumb-web"),)
    right = drawn("hand-back", (400, 400), point, "fingertip")
    left = drawn("hand-back", (400, 400), point, "fingertip", mirrored=True)
    flipped = left.flipped(Qt.Orientation.Horizontal)
    assert unlike(flipped, right) < 0.5 < unlike(left, right)


def unlike(first: QImage, second: QImage) -> float:
    """The mean difference of the two pictures' alpha and red, over every other pixel (0-255)."""
    total, count = 0, 0
    for y in range(0, first.height(), 2):
        for x in range(0, first.width(), 2):
            one, two = first.pixelColor(x, y), second.pixelColor(x, y)
            total += abs(one.alpha() - two.alpha()) + abs(one.red() - two.red())
            count += 2
    return total / count


def test_the_supporting_hand_is_drawn_still_where_the_step_names(qapp: QApplication) -> None:
    circle = (Mark("circle", on="ankle-outer", radius=0.08),)
    alone = drawn("lower-leg", (400, 400), circle, "none")
    held = drawn("lower-leg", (400, 400), circle, "none", support="calf")
    target = illustration.drawing_rect("lower-leg", QRectF(0, 0, 400, 400))
    calf = marks.point(target, drawings()["lower-leg"].landmarks["calf"])
    assert changed(alone, held, calf, 8) > 20
    now, later = (drawn("lower-leg", (400, 400), circle, "none", phase, support="calf") for phase in (0, 0.6))
    assert changed(now, later, calf, 8) == 0  # it holds still while the other hand moves


def test_the_pose_comes_from_the_illustration_then_the_technique() -> None:
    plain = Illustration("foot-top")
    assert giving_hand.pose_for(plain, "glide") == "flat"
    assert giving_hand.pose_for(plain, "circle") == "thumb"
    assert giving_hand.pose_for(plain, "check") == "none"
    assert giving_hand.pose_for(Illustration("foot-top", hand="squeeze"), "glide") == "squeeze"
    assert giving_hand.pose_for(Illustration("foot-top", hand="none"), "glide") == "none"


def test_a_still_view_draws_the_hand_still(qapp: QApplication) -> None:
    view = illustration.IllustrationView()
    view.resize(400, 400)
    view.still = True
    arrow = placed_illustration(
        Illustration("foot-top", (Mark("arrow", through=("toe-base", "ankle-front")),))
    )
    view.show_step(arrow, False, 12, "glide", "flat")
    view.set_running(True)
    assert not view.animating
    first, second = view.grab().toImage(), view.grab().toImage()
    assert first == second
    view.show_step(arrow, False, 12, "glide", "none")
    assert view.grab().toImage() != first  # the hand was there

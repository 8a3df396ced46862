"""Crisp at every screen density: at device pixel ratios 1, 1.5 and 2 the library, the player on a
step and the history are drawn at the screen's own pixels, and every icon and picture they show is
drawn at exactly its size times the ratio, never a smaller bitmap blown up; moved to a screen of
another ratio, they are drawn again for it.

Each ratio runs in a program of its own (tests/hidpi_probe.py), since Qt fixes the scale when it
starts: the offscreen platform with QT_SCALE_FACTOR (one screen) or QT_SCREEN_SCALE_FACTORS (two
screens of different ratios). Pictures at 1.5 are kept in pytest's ``screens`` folder, to be looked at.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.virtual_display import CHECKOUT, checkout_first

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from neuroguide.core.library import Library

LOGICAL = (1280, 800)  # the screen in logical px, whatever its ratio: the windows are laid out alike
WAIT_S = 30  # one program, from Qt's start to its last check
PROBE = Path(__file__).with_name("hidpi_probe.py")


def _probe(tmp_path: Path, screens: list[dict[str, object]], env: dict[str, str], out: Path | None) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": screens}))
    clean = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    clean |= (
        checkout_first() | env | {"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "HOME": str(tmp_path)}
    )
    command = [sys.executable, str(PROBE), str(tmp_path / "data"), *([str(out)] if out else [])]
    done = subprocess.run(command, env=clean, cwd=CHECKOUT, capture_output=True, text=True, timeout=WAIT_S)
    lines = done.stdout.splitlines()
    assert done.returncode == 0 and lines[-1:] == ["done"], done.stdout + done.stderr
    assert lines[:-1] == [], "\n".join(lines[:-1])


def _screen(name: str, x: int, ratio: float) -> dict[str, object]:
    width, height = (round(side * ratio) for side in LOGICAL)
    return {"name": name, "x": x, "y": 0, "width": width, "height": height, "logicalDpi": 96}


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_every_page_is_drawn_at_the_screens_pixels(tmp_path: Path, screens: Path, ratio: float) -> None:
    out = screens / "hidpi-150" if ratio == 1.5 else None
    if out is not None:
        out.mkdir(exist_ok=True)
    _probe(tmp_path, [_screen("screen", 0, ratio)], {"QT_SCALE_FACTOR": f"{ratio:g}"}, out)


def test_moved_to_a_denser_screen_everything_is_drawn_again(tmp_path: Path) -> None:
    laptop = _screen("laptop", 0, 1.5)
    monitor = _screen("monitor", int(str(laptop["width"])), 2.0)
    _probe(tmp_path, [laptop, monitor], {"QT_SCREEN_SCALE_FACTORS": "laptop=1.5;monitor=2"}, None)


def test_a_card_larger_than_its_pictures_drawn_ahead_is_rendered_not_blown_up(
    qapp: QApplication, shipped: Library
) -> None:
    from PySide6.QtCore import QSize

    from neuroguide.ui.kit import illustration, pictures
    from tests.hidpi_probe import SMEARED, smeared

    for routine in shipped.routines:
        drawing = routine.first_illustration
        # a card grown with the text on a dense screen, a wider one, a taller one, one on a 1.25 screen
        looks = (
            (QSize(144, 180), 2.0),
            (QSize(160, 120), 1.5),
            (QSize(96, 240), 1.0),
            (pictures.CARD_PICTURE, 1.25),
        )
        for size, ratio in looks:
            card = illustration.thumbnail(drawing, size, ratio)
            assert card.devicePixelRatio() == ratio and card.size() == size * ratio
            assert smeared(card, drawing) < SMEARED, (routine.id, size, ratio)


def test_a_library_keeps_the_card_pictures_of_two_looks_at_most(qapp: QApplication, shipped: Library) -> None:
    from neuroguide.ui.kit.illustration import CardPictures
    from neuroguide.ui.kit.pictures import CARD_PICTURE

    drawing = next(iter(shipped.routines)).first_illustration
    kept = CardPictures()
    first = kept.picture(drawing, CARD_PICTURE, 1.5)
    assert kept.picture(drawing, CARD_PICTURE, 1.5) is first  # shared, however many cards show it
    kept.picture(drawing, CARD_PICTURE, 2.0)
    assert kept.picture(drawing, CARD_PICTURE, 1.5) is first  # moved back: still there
    kept.picture(drawing, CARD_PICTURE * 2, 1.0)
    kept.picture(drawing, CARD_PICTURE, 2.0)
    assert kept.picture(drawing, CARD_PICTURE, 1.5) is not first  # three looks on: drawn again


@pytest.mark.parametrize("ratio", [1.25, 1.5, 2.0, 3.0])
def test_an_icon_is_drawn_at_the_pixels_of_any_ratio(qapp: QApplication, ratio: float) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from neuroguide.ui.kit import icons, pictures

    made = icons.icon("foot", "#1f2328", (24,), (1.0,))  # drawn ahead at 1 only
    side = round(24 * ratio)
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
        pixmap = made.pixmap(QSize(24, 24), ratio, mode)
        assert pixmap.devicePixelRatio() == ratio and pixmap.size() == QSize(side, side)
    # the drawing at those very pixels, not the 24 px one blown up
    drawn = made.pixmap(QSize(24, 24), ratio).toImage()
    mask = pictures.shrunk(pictures.draw_icon_mask("foot"), QSize(side, side))
    alphas = [
        (drawn.pixelColor(x, y).alpha(), mask.pixelColor(x, y).alpha())
        for y in range(side)
        for x in range(side)
    ]
    assert all(abs(shown - drawing) <= 8 for shown, drawing in alphas)
    assert sum(shown == 255 for shown, _ in alphas) > side  # and something drawn

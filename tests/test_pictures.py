"""Pictures drawn ahead: shipped for every drawing, the same as the SVG renders today, and enough for
NeuroGuide to show its library without loading an SVG renderer at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from neuroguide.core.library import Library
from neuroguide.core.resources import (
    app_icon_picture_path,
    assets_dir,
    card_picture_path,
    icon_mask_path,
    illustration_bases,
)
from neuroguide.ui.kit import icons, illustration, pictures
from neuroguide.ui.kit.icons import icon_names

STALE = "out of date with its SVG: run scripts/make-pictures"


def difference(first: QImage, second: QImage) -> tuple[float, int]:
    """Mean and largest difference over every channel of every pixel (0-255)."""
    assert first.size() == second.size()
    a = first.convertToFormat(QImage.Format.Format_ARGB32)
    b = second.convertToFormat(QImage.Format.Format_ARGB32)
    total, largest, count = 0, 0, 0
    for y in range(a.height()):
        for x in range(a.width()):
            one, two = a.pixelColor(x, y), b.pixelColor(x, y)
            for left, right in (
                (one.alpha(), two.alpha()),
                (one.red(), two.red()),
                (one.green(), two.green()),
                (one.blue(), two.blue()),
            ):
                gap = abs(left - right)
                total += gap
                largest = max(largest, gap)
                count += 1
    return total / count, largest


def test_every_drawing_has_its_pictures_and_nothing_else_is_shipped() -> None:
    masks = {path.name for path in (assets_dir() / "icons" / "ui" / "masks").iterdir()}
    assert masks == {icon_mask_path(name).name for name in icon_names()}
    cards = {path.name for path in (assets_dir() / "illustrations" / "cards").iterdir()}
    wanted = {card_picture_path(base, ratio).name for base in illustration_bases() for ratio in (1, 2)}
    assert cards == wanted
    app = {path.name for path in (assets_dir() / "icons" / "app").iterdir()}
    assert app == {app_icon_picture_path(side).name for side in pictures.APP_ICON_SIDES}


def test_the_script_draws_them_all_again(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pictures, "icon_mask_path", lambda name: tmp_path / f"mask-{name}.png")
    monkeypatch.setattr(pictures, "card_picture_path", lambda base, n: tmp_path / f"card-{base}-{n}.png")
    monkeypatch.setattr(pictures, "app_icon_picture_path", lambda side: tmp_path / f"app-{side}.png")
    written = pictures.make_all()
    assert len(written) == len(icon_names()) + 2 * len(illustration_bases()) + len(pictures.APP_ICON_SIDES)
    again = pictures.load(tmp_path / "card-hand-back-2.png")
    assert again is not None and again.size() == pictures.CARD_PICTURE * 2
    assert pictures.view_box(again) == pictures.view_box(pictures.draw_card_picture("hand-back", 2))
    shipped = pictures.load(icon_mask_path("play"))
    assert shipped is not None and difference(shipped, pictures.load(tmp_path / "mask-play.png")) == (0, 0)


@pytest.mark.parametrize("name", icon_names())
def test_each_icon_mask_is_its_svg_as_drawn_today(qapp: QApplication, name: str) -> None:
    shipped = pictures.load(icon_mask_path(name))
    assert shipped is not None
    mean, largest = difference(shipped, pictures.draw_icon_mask(name))
    assert mean < 0.5 and largest <= 16, f"{icon_mask_path(name)} is {STALE}"


def test_the_app_icon_is_its_svg_as_drawn_today(qapp: QApplication) -> None:
    for side in pictures.APP_ICON_SIDES:
        shipped = pictures.load(app_icon_picture_path(side))
        assert shipped is not None and shipped.size() == QSize(side, side)
        mean, largest = difference(shipped, pictures.draw_app_icon(side))
        assert mean < 0.5 and largest <= 16, f"{app_icon_picture_path(side)} is {STALE}"
    made = pictures.app_icon()
    assert [size.width() for size in made.availableSizes()] == list(pictures.APP_ICON_SIDES)


def test_an_icon_looks_as_if_rendered_at_its_size(qapp: QApplication) -> None:
    """Shrunk from its mask, each icon at a button's sizes matches the SVG rendered at that size."""
    for name in icon_names():
        for side in (19, 24, 38, 76):
            made = icons.icon(name, "#000000", (side,), (1.0,)).pixmap(QSize(side, side), 1.0).toImage()
            mean, _ = difference(made, pictures.draw_icon_mask(name, side))
            assert mean < 2, (name, side, mean)


def test_an_icon_larger_than_its_mask_is_rendered_not_blown_up(qapp: QApplication) -> None:
    side = pictures.MASK_SIDE + 56
    made = icons.icon("hand", "#000000", (side,), (1.0,)).pixmap(QSize(side, side), 1.0).toImage()
    assert difference(made, pictures.draw_icon_mask("hand", side)) == (0, 0)


@pytest.mark.parametrize("base", sorted(illustration_bases()))
def test_each_card_picture_is_its_svg_as_drawn_today(qapp: QApplication, base: str) -> None:
    for ratio in pictures.CARD_RATIOS:
        shipped = pictures.load(card_picture_path(base, ratio))
        assert shipped is not None
        drawn = pictures.draw_card_picture(base, ratio)
        assert shipped.size() == drawn.size(), f"{card_picture_path(base, ratio)} is {STALE}"
        mean, largest = difference(shipped, drawn)
        assert mean < 0.5 and largest <= 16, f"{card_picture_path(base, ratio)} is {STALE}"
        assert shipped.size() == pictures.CARD_PICTURE * ratio  # the whole card's picture, at its density
        assert (
            pictures.view_box(shipped) == pictures.view_box(drawn)
            and not pictures.view_box(shipped).isEmpty()
        )


def rendered_from_svg(shipped: Library, routine_id: str, ratio: float) -> QImage:
    routine = shipped.get(routine_id)
    assert routine is not None
    pixmap = QPixmap(pictures.CARD_PICTURE * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    area = QRectF(0, 0, pictures.CARD_PICTURE.width(), pictures.CARD_PICTURE.height())
    illustration.paint(painter, area, routine.first_illustration, False, None)
    painter.end()
    return pixmap.toImage()


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0, 3.0])
def test_a_card_looks_as_if_drawn_from_the_svg(qapp: QApplication, shipped: Library, ratio: float) -> None:
    for routine in shipped.routines:
        card = illustration.thumbnail(routine.first_illustration, pictures.CARD_PICTURE, ratio)
        assert card.devicePixelRatio() == ratio
        assert card.size() == pictures.CARD_PICTURE * ratio
        mean, _ = difference(card.toImage(), rendered_from_svg(shipped, routine.id, ratio))
        # the same drawing, the marks in the same places: no more than soft edges differ (a little
        # more on a screen of another density, where the double-density picture is shrunk)
        assert mean < (1 if ratio in pictures.CARD_RATIOS else 2), (routine.id, ratio, mean)


@pytest.mark.parametrize("damage", ["missing", "no view box"])
def test_without_its_picture_a_card_is_drawn_from_the_svg(
    qapp: QApplication, shipped: Library, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, damage: str
) -> None:
    routine = shipped.get("hand-relief")
    assert routine is not None and routine.first_illustration.marks
    stand_in = tmp_path / "card.png"
    if damage == "no view box":  # the picture without the drawing's size: the marks could not be placed
        plain = QImage(pictures.CARD_PICTURE, QImage.Format.Format_ARGB32)
        plain.fill(Qt.GlobalColor.red)
        assert plain.save(str(stand_in))
    monkeypatch.setattr(illustration, "card_picture_path", lambda base, ratio: stand_in)
    card = illustration.thumbnail(routine.first_illustration, pictures.CARD_PICTURE, 1.0)
    mean, largest = difference(card.toImage(), rendered_from_svg(shipped, routine.id, 1.0))
    assert mean == 0 and largest == 0


def test_showing_the_library_loads_no_svg_renderer(tmp_path: Path) -> None:
    """The whole start, to the library painted with its card pictures and button icons."""
    (tmp_path / "settings.json").write_text('{"welcomed": true}')
    code = (
        "import atexit, sys\n"
        "import neuroguide.ui.kit.illustration as drawing\n"
        "made = []\n"
        "def counted(*args): made.append(args); return thumbnail(*args)\n"
        "thumbnail, drawing.thumbnail = drawing.thumbnail, counted\n"
        "def report():\n"
        "    maps = open('/proc/self/maps').read()\n"
        "    print('svg', 'PySide6.QtSvg' in sys.modules or 'libQt6Svg' in maps, 'pictures', len(made))\n"
        "atexit.register(report)\n"
        "from neuroguide.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path)!r}]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NEUROGUIDE_EXIT_AFTER_FIRST_PAINT="1")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    words = result.stdout.split()
    assert words[words.index("svg") + 1] == "False"
    assert int(words[words.index("pictures") + 1]) >= 4  # the cards' pictures were drawn

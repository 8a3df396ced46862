"""The line icons: one drawn family, tinted to any colour, kept once made, and never a crash."""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from neuroguide.core.resources import assets_dir, icon_path
from neuroguide.ui.kit import icons, style

SVG = "{http://www.w3.org/2000/svg}"
SHAPES = {"path", "circle", "rect", "line", "polyline", "polygon", "ellipse", "g"}
NAMES = icons.icon_names()


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    icons._icon.cache_clear()
    icons._reported.clear()
    yield
    icons._icon.cache_clear()
    icons._reported.clear()


def alpha_of(image: QImage) -> list[int]:
    return [image.pixelColor(x, y).alpha() for y in range(image.height()) for x in range(image.width())]


def rendered(name: str, colour: QColor | str, size: int = 48) -> QImage:
    pixmap = icons.icon(name, colour).pixmap(QSize(size, size), 1.0)
    assert pixmap.size() == QSize(size, size), name
    return pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)


def test_the_set_on_disk_is_the_set_in_the_code() -> None:
    on_disk = {path.stem for path in (assets_dir() / "icons" / "ui").glob("*.svg")}
    assert on_disk == set(NAMES)
    assert len(NAMES) == len(set(NAMES))
    for needed in ("back", "next", "play", "pause", "stop", "hand", "foot", "warning", "external"):
        assert needed in NAMES


@pytest.mark.parametrize("name", NAMES)
def test_each_drawing_is_a_plain_24_grid_line_icon_in_current_colour(name: str) -> None:
    path = icon_path(name)
    text = path.read_text(encoding="utf-8")
    assert QSvgRenderer(str(path)).isValid()
    assert "<!--" not in text and "style=" not in text
    # no colour of its own: the loader tints currentColor, anything else would stay as drawn
    assert not re.search(r"#[0-9a-fA-F]{3}|rgb\(|\bblack\b|\bwhite\b", text)
    root = ET.fromstring(text)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 24 24"
    # one pen for the whole family, set once on the drawing
    assert root.get("stroke") == "currentColor" and root.get("fill") == "none"
    assert root.get("stroke-width") == "2"
    assert root.get("stroke-linecap") == "round" and root.get("stroke-linejoin") == "round"
    for element in root.iter():
        if element is root:
            continue
        assert element.tag.removeprefix(SVG) in SHAPES, (name, element.tag)  # no editor metadata
        for attribute in ("fill", "stroke"):
            assert element.get(attribute) in (None, "none", "currentColor"), (name, element.attrib)
        assert element.get("stroke-width") is None, name


@pytest.mark.parametrize("name", NAMES)
def test_each_icon_is_drawn_in_the_colour_asked_for(qapp: QApplication, name: str) -> None:
    tint = QColor(style.LIGHT.mark)
    image = rendered(name, tint)
    painted = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 0:
                continue
            painted += 1
            if pixel.alpha() >= 96:  # softer edge pixels lose a little precision to premultiplying
                assert abs(pixel.red() - tint.red()) <= 3, (name, x, y, pixel.name())
                assert abs(pixel.green() - tint.green()) <= 3, (name, x, y, pixel.name())
                assert abs(pixel.blue() - tint.blue()) <= 3, (name, x, y, pixel.name())
    assert 150 < painted < 48 * 48 * 0.6, (name, painted)  # something drawn, and not a filled square


@pytest.mark.parametrize("name", ["hand", "warning", "history"])
def test_a_see_through_colour_fades_the_whole_icon_evenly(qapp: QApplication, name: str) -> None:
    # the colour's own transparency, evenly: no stroke, and no place where strokes meet, more opaque
    alphas = alpha_of(rendered(name, QColor(20, 30, 40, 128)))
    assert max(alphas) in (127, 128, 129), name


def test_the_icon_comes_at_button_sizes_and_sharp_on_dense_screens(qapp: QApplication) -> None:
    made = icons.icon("play", style.LIGHT.text)
    for size in icons.SIZES:
        assert QSize(size, size) in made.availableSizes()
        sharp = made.pixmap(QSize(size, size), 2.0)
        assert sharp.size() == QSize(2 * size, 2 * size) and sharp.devicePixelRatio() == 2.0


def test_no_two_icons_look_alike(qapp: QApplication) -> None:
    for size in (24, 48):
        pictures = {name: alpha_of(rendered(name, style.LIGHT.text, size)) for name in NAMES}
        for index, first in enumerate(NAMES):
            for second in NAMES[index + 1 :]:
                differ = sum(abs(a - b) > 64 for a, b in zip(pictures[first], pictures[second], strict=True))
                # apart at a glance: at least a stroke as long as the icon is wide, not a stray edge
                assert differ >= size, (first, second, size, differ)


def test_the_same_name_and_colour_give_the_same_icon(qapp: QApplication) -> None:
    first = icons.icon("bell", "#1d5fa8")
    assert icons.icon("bell", QColor(style.LIGHT.accent)) is first
    assert icons.icon("bell", style.LIGHT.text) is not first
    assert icons.icon("check", style.LIGHT.accent) is not first


def test_an_unknown_name_or_colour_is_a_mistake_in_the_code(qapp: QApplication) -> None:
    with pytest.raises(KeyError):
        icons.icon("sparkles", style.LIGHT.text)
    with pytest.raises(ValueError, match="not a colour"):
        icons.icon("play", "not-a-colour")


@pytest.mark.parametrize(
    "damage",
    [
        icons.icon_mask_path("play").read_bytes()[:200],
        b"\xff\xfe\x00garbage",
        None,
    ],
    ids=["cut short", "not a picture", "missing"],
)
def test_a_damaged_mask_gives_an_empty_icon_and_one_warning(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    damage: bytes | None,
) -> None:
    broken = tmp_path / "play.png"
    if damage is not None:
        broken.write_bytes(damage)
    real = icons.icon_mask_path
    monkeypatch.setattr(icons, "icon_mask_path", lambda name: broken if name == "play" else real(name))
    with caplog.at_level(logging.WARNING, logger="neuroguide.ui.kit.icons"):
        assert icons.icon("play", style.LIGHT.text).isNull()
        assert icons.icon("play", style.LIGHT.accent).isNull()
        assert not icons.icon("pause", style.LIGHT.text).isNull()  # the others are untouched
    # said once, though asked for twice
    assert [record.getMessage().split(":")[0] for record in caplog.records] == ["icon 'play' left out"]


def test_render_the_contact_sheet_to_png(screens: Path, qapp: QApplication) -> None:
    """Every icon at 24 and 48 px with its name, dark on light and light on dark (in ``screens``)."""
    columns, cell_width, cell_height, margin = 4, 190, 78, 16
    rows = -(-len(NAMES) // columns)
    panel_width = columns * cell_width + 2 * margin
    panel_height = rows * cell_height + 2 * margin
    themes = ((style.LIGHT.text, style.LIGHT.background), (style.DARK.text, style.DARK.background))
    sheet = QImage(panel_width * len(themes), panel_height, QImage.Format.Format_ARGB32)
    painter = QPainter(sheet)
    font = QFont(qapp.font())
    font.setPointSizeF(10)
    painter.setFont(font)
    for panel, (ink, paper) in enumerate(themes):
        left = panel * panel_width
        painter.fillRect(QRectF(left, 0, panel_width, panel_height), QColor(paper))
        painter.setPen(QColor(ink))
        for index, name in enumerate(NAMES):
            x = left + margin + (index % columns) * cell_width
            y = margin + (index // columns) * cell_height
            made: QIcon = icons.icon(name, ink)
            painter.drawPixmap(x, y + 12, made.pixmap(QSize(24, 24), 1.0))
            painter.drawPixmap(x + 36, y, made.pixmap(QSize(48, 48), 1.0))
            painter.drawText(QPointF(x + 96, y + 30), name)
    painter.end()
    assert sheet.pixelColor(0, 0) == QColor(style.LIGHT.background)
    assert sheet.save(str(screens / "icons.png"))

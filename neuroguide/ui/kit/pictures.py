"""Pictures drawn ahead from the SVG drawings and shipped beside them, so that the library and its
buttons show without an SVG renderer: the first drawing Qt renders from SVG costs about 2 MB of
memory for as long as NeuroGuide runs, most of it while it only waits in the background.

- Icon masks: each line icon as black ink on nothing, at 6x its 24 px grid (assets/icons/ui/masks/);
  a button's icon is this mask shrunk to its size and tinted (neuroguide.ui.kit.icons).
- Card pictures: each base drawing placed on a library card's picture exactly as the SVG would be,
  for ordinary and for double-density screens (assets/illustrations/cards/), with the drawing's own
  size kept in the file (VIEW_BOX), so a card draws the step's marks over it where they belong
  (neuroguide.ui.kit.illustration). Exact sizes: a larger picture shrunk would cost its full size in
  memory while it is read.

- The app's own icon, for the system tray, at the sizes trays use (assets/icons/app/).

Shrinking a larger icon mask gives the same picture as rendering at the smaller size, to within about
1 of 255 in coverage on average. The SVGs stay the sources: ``scripts/make-pictures`` draws these
again after a drawing changes, and a test fails while any of them is out of date.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter

from neuroguide.core.resources import (
    APP_ICON_SIDES,
    app_icon_path,
    app_icon_picture_path,
    card_picture_path,
    icon_mask_path,
    icon_path,
    illustration_path,
)

MASK_SIDE = 144  # px: 6x the 24 px grid, larger than any button's icon at 200 % text on a 2x screen
CARD_PICTURE = QSize(96, 120)  # logical px: the picture on a library card
CARD_RATIOS = (1, 2)  # drawn for ordinary and double-density screens; others shrink the 2x one
VIEW_BOX = "view-box"  # the text kept in a card picture: its drawing's width and height in the SVG


def load(path: Path) -> QImage | None:
    """A picture drawn ahead, or None when it is missing or damaged."""
    image = QImage(str(path))
    return None if image.isNull() else image


def shrunk(image: QImage, size: QSize) -> QImage:
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def app_icon() -> QIcon:
    """NeuroGuide's icon from its pictures drawn ahead; from the SVG if none is there."""
    result = QIcon()
    for side in APP_ICON_SIDES:
        path = app_icon_picture_path(side)
        if path.is_file():
            result.addFile(str(path), QSize(side, side))
    return result if result.availableSizes() else QIcon(str(app_icon_path()))


def view_box(picture: QImage) -> QSizeF:
    """The size of a card picture's drawing in its SVG (empty if the file does not say)."""
    width, _, height = picture.text(VIEW_BOX).partition(" ")
    try:
        return QSizeF(float(width), float(height))
    except ValueError:
        return QSizeF()


def fitted(size: QSizeF, area: QRectF) -> QRectF:
    """A picture of ``size`` as large as fits in ``area``, aspect kept, centred."""
    if size.isEmpty():
        return area
    scale = min(area.width() / size.width(), area.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)


def draw_icon_mask(name: str, side: int = MASK_SIDE) -> QImage:
    """The icon ``name`` rendered from its SVG in black (``currentColor``), ``side`` px square."""
    text = icon_path(name).read_text(encoding="utf-8").replace("currentColor", "#000000")
    return _render(text.encode(), QSize(side, side), None)


def draw_card_picture(base: str, ratio: int) -> QImage:
    """The base drawing ``base`` rendered from its SVG onto a card's picture at ``ratio`` pixels a
    logical pixel, placed as the player places it: as large as fits, aspect kept, centred."""
    size = QSize(CARD_PICTURE.width() * ratio, CARD_PICTURE.height() * ratio)
    return _render(illustration_path(base).read_bytes(), size, QRectF(0, 0, size.width(), size.height()))


def draw_app_icon(side: int) -> QImage:
    return _render(app_icon_path().read_bytes(), QSize(side, side), None)


def _render(data: bytes, size: QSize, fit_in: QRectF | None) -> QImage:
    from PySide6.QtSvg import QSvgRenderer  # only here: the app itself loads pictures drawn ahead

    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise ValueError("not a drawing Qt can read")
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    target = QRectF(0, 0, size.width(), size.height())
    if fit_in is not None:
        box = renderer.viewBoxF().size()
        image.setText(VIEW_BOX, f"{box.width():g} {box.height():g}")
        target = fitted(box, fit_in)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, target)
    painter.end()
    return image


def make_all() -> list[Path]:
    """Draw every picture again from its SVG; returns the files written."""
    from neuroguide.core.resources import illustration_bases
    from neuroguide.ui.kit.icons import icon_names

    written = []
    for name in icon_names():
        written.append(_save(draw_icon_mask(name), icon_mask_path(name)))
    for base in sorted(illustration_bases()):
        for ratio in CARD_RATIOS:
            written.append(_save(draw_card_picture(base, ratio), card_picture_path(base, ratio)))
    for side in APP_ICON_SIDES:
        written.append(_save(draw_app_icon(side), app_icon_picture_path(side)))
    return written


def _save(image: QImage, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), quality=0):  # PNG by its name; 0: most compressed, lossless anyway
        raise OSError(f"could not write {path}")
    return path

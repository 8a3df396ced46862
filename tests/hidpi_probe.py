"""Run as a program by tests/test_hidpi.py, in a Qt whose screens have the ratio being tried: opens the
library, the player on a step and the history (or, given two screens, moves the window from one to the
other) and prints one line for each thing not drawn at the screen's pixels, then "done".

    python tests/hidpi_probe.py DATA_FOLDER [PICTURES_FOLDER]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from neuroguide.core.routine import Illustration
from neuroguide.ui.kit import illustration
from neuroguide.ui.kit.icons import LineIcon
from neuroguide.ui.kit.illustration import CardPicture, CardPictures
from neuroguide.ui.main_window import MainWindow

SMEARED = 0.02  # the share of a picture's painted pixels that may be off its drawing (see smeared)
Painted = list[tuple[str, QSize, float, QPixmap]]  # an icon's name, asked size and ratio, what it gave


def main(data: Path, out: Path | None) -> None:
    from neuroguide.app.history_bridge import HistoryBridge
    from neuroguide.core.clock import FakeClock
    from neuroguide.core.settings import Settings
    from neuroguide.system.datadir import load_routine_library, settings_path
    from neuroguide.ui.kit import style
    from neuroguide.ui.startup import fractional_scaling
    from tests.history_seed import seed

    fractional_scaling()  # as ui/shell.py does
    app = QApplication([])
    if QGuiApplication.highDpiScaleFactorRoundingPolicy() != Qt.HighDpiScaleFactorRoundingPolicy.PassThrough:
        print("the screen's scale is rounded, not passed through", flush=True)
    style.apply(app)
    data.mkdir(exist_ok=True)
    seed(data, 60, datetime(2026, 3, 1, 9))
    settings = Settings.load(settings_path(data))
    settings.set("safety_check", False)
    window = MainWindow()
    clock = FakeClock(datetime(2026, 3, 1, 10))
    window.populate(load_routine_library(data), settings, clock, history=lambda: HistoryBridge(data))
    window.show()
    probe = Probe(app, out)
    if len(app.screens()) > 1:
        moved(probe, window)
    else:
        pages(probe, window)
    window.shut_down()
    print("done", flush=True)


def pages(probe: Probe, window: MainWindow) -> None:
    probe.look(window, "library")
    start(probe, window, "foot-care")
    probe.look(window, "player")
    window.show_library()
    window.show_history()
    history = window.history
    assert history is not None
    probe.wait_for(lambda: history.page.chart.series is not None)
    probe.look(window, "history")


def moved(probe: Probe, window: MainWindow) -> None:
    """On the 1.5 screen, then moved onto the 2 one: the icons and a card's picture are drawn again.
    (The library's own cards are QLabels given a picture once: see the report.)"""
    from neuroguide.ui.kit.pictures import CARD_PICTURE

    routine = window.library.get("foot-care")
    assert routine is not None
    card = CardPicture(CardPictures(), routine.first_illustration)
    card.setFixedSize(CARD_PICTURE)
    card.show()
    for screen in probe.app.screens():
        for shown in (window, card):
            shown.move(screen.geometry().topLeft() + QPoint(20, 20))
        probe.settle()
        if window.screen() is not screen or window.devicePixelRatioF() != screen.devicePixelRatio():
            probe.say(f"the window did not move to {screen.name()}")
        probe.look(window, f"library on {screen.name()}", labels=False)
        probe.look(card, f"a card's picture on {screen.name()}")
    start(probe, window, "hand-relief")
    probe.look(window, "player on the monitor")
    card.close()
    card.deleteLater()


def start(probe: Probe, window: MainWindow, routine_id: str) -> None:
    """The routine on its first step, its check-in skipped."""
    from neuroguide.ui.dialogs.checkin import CheckInDialog

    window.start_routine(routine_id)
    checkin = probe.wait_for(lambda: window.findChild(CheckInDialog))
    assert isinstance(checkin, CheckInDialog)
    probe.look(checkin, "check-in")
    checkin.skip_button.click()
    probe.wait_for(window.player_page.isVisible)


class Probe:
    """Looks at what a window painted, and keeps pictures of it."""

    def __init__(self, app: QApplication, out: Path | None) -> None:
        self.app = app
        self.out = out

    def say(self, problem: str) -> None:
        print(problem, flush=True)

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def wait_for(self, ready: Callable[[], object]) -> object:
        """Until ``ready`` gives something, handling Qt's events as they come (the history's thread
        answers through them); at most ten seconds."""
        deadline = time.monotonic() + 10
        beat = QTimer()  # wakes the wait now and then, in case nothing else does
        beat.start(50)
        try:
            while not (found := ready()) and time.monotonic() < deadline:
                self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        finally:
            beat.stop()
        self.settle()
        return found

    def look(self, window: QWidget, what: str, labels: bool = True) -> None:
        """``window`` as painted now: at its screen's ratio, each icon drawn at its pixels, each
        picture pixel for pixel and as sharp as its drawing. ``labels``: look at QLabels' pictures."""
        self.settle()
        ratio = window.devicePixelRatioF()
        if ratio != window.screen().devicePixelRatio():
            self.say(f"{what}: drawn at {ratio}, its screen is {window.screen().devicePixelRatio()}")
        with painted_icons() as icons:
            grab = window.grab()
        if grab.devicePixelRatio() != ratio or not close(grab.size(), window.size(), ratio):
            self.say(f"{what}: grabbed {px(grab)} for {window.width()}x{window.height()}")
        for problem in icon_problems(window, ratio, icons):
            self.say(f"{what}: {problem}")
        image = grab.toImage()
        for widget, pixmap in pictures_in(window, labels):
            for problem in picture_problems(window, image, widget, pixmap, ratio):
                self.say(f"{what}: {widget.objectName() or type(widget).__name__}'s picture {problem}")
        if self.out is not None:
            assert grab.save(str(self.out / f"{what}.png"))


@contextmanager
def painted_icons() -> Iterator[Painted]:
    """Every one of NeuroGuide's icons drawn meanwhile."""
    seen: Painted = []
    # Qt's calls into the engine all come through drawing (PySide keeps the overrides it first found,
    # so those could not be watched)
    real = LineIcon.drawing

    def noted(self: LineIcon, size: QSize, scale: float, mode: QIcon.Mode = QIcon.Mode.Normal) -> QPixmap:
        pixmap = real(self, size, scale, mode)
        seen.append((self.name, QSize(size), scale, pixmap))
        return pixmap

    LineIcon.drawing = noted  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        LineIcon.drawing = real  # type: ignore[method-assign]


def icon_problems(window: QWidget, ratio: float, painted: Painted) -> Iterator[str]:
    """NeuroGuide's icons on the buttons in sight, as they were painted; others (Qt's own) must
    hold a picture at least as large as they are shown, to be shrunk rather than blown up."""
    for button in window.findChildren(QAbstractButton):
        made = button.icon()
        if made.isNull() or not button.isVisible() or button.visibleRegion().isEmpty():
            continue
        size = button.iconSize()
        if not made.name():
            if not any(min(s.width(), s.height()) >= size.width() * ratio for s in made.availableSizes()):
                yield f"{button.objectName()!r}'s icon would be blown up to {size.width() * ratio} px"
            continue
        seen = [
            got for name, asked, scale, got in painted if (name, asked, scale) == (made.name(), size, ratio)
        ]
        if not seen:
            yield f"{made.name()!r} on {button.text()!r} was not drawn at {ratio}"
        for got in seen:
            if got.devicePixelRatio() != ratio or not close(got.size(), size, ratio):
                yield f"{made.name()!r} was drawn {px(got)} for {size.width()} px"


def pictures_in(window: QWidget, labels: bool) -> Iterator[tuple[QWidget, QPixmap]]:
    """The pictures in sight: card pictures and, with ``labels``, QLabels' pictures."""
    cards: list[CardPicture] = [window] if isinstance(window, CardPicture) else []
    cards += window.findChildren(CardPicture)
    found: list[tuple[QWidget, QPixmap]] = [(card, card.pixmap()) for card in cards]
    found += [(label, label.pixmap()) for label in window.findChildren(QLabel)] if labels else []
    for widget, pixmap in found:
        if not pixmap.isNull() and widget.isVisible() and not widget.visibleRegion().isEmpty():
            yield widget, pixmap


def picture_problems(
    window: QWidget, grab: QImage, widget: QWidget, pixmap: QPixmap, ratio: float
) -> Iterator[str]:
    if pixmap.devicePixelRatio() != ratio:
        yield f"is for a ratio of {pixmap.devicePixelRatio()}, not {ratio}"
    elif isinstance(widget, QLabel) and widget.hasScaledContents():
        if not close(pixmap.size(), widget.contentsRect().size(), ratio):
            yield f"{px(pixmap)} is stretched over {widget.width()}x{widget.height()}"
    elif pixmap.deviceIndependentSize().toSize() != widget.size():
        yield f"is {px(pixmap)}, its place {widget.width()}x{widget.height()}"
    else:
        at = widget.mapTo(window, QPoint(0, 0)) if widget is not window else QPoint(0, 0)
        # a card scrolled partly out of sight is compared where it shows
        shown = widget.visibleRegion().boundingRect()
        seen = QRectF(shown.x() * ratio, shown.y() * ratio, shown.width() * ratio, shown.height() * ratio)
        if not pixel_for_pixel(grab, pixmap.toImage(), at.x() * ratio, at.y() * ratio, seen):
            yield "is not on the screen pixel for pixel"
    drawing = illustration_of(widget)
    if drawing is not None and (share := smeared(pixmap, drawing)) > SMEARED:
        yield f"is blurred: {share:.1%} of it is off its drawing"


def illustration_of(widget: QWidget) -> Illustration | None:
    """The drawing a card's picture shows (a library card knows its routine)."""
    if isinstance(widget, CardPicture):
        return widget.illustration
    routine = getattr(widget.parentWidget(), "routine", None)
    drawing = getattr(routine, "first_illustration", None)
    return drawing if isinstance(drawing, Illustration) else None


def smeared(pixmap: QPixmap, drawing: Illustration) -> float:
    """The share of ``pixmap``'s painted pixels far (48 of 255 in a channel) from ``drawing`` rendered
    from its SVG at the same pixels: under 0.3 % for the shipped cards shrunk from a denser picture,
    5 % to 11 % for one blown up from a smaller one."""
    reference = QPixmap(pixmap.size())
    reference.setDevicePixelRatio(pixmap.devicePixelRatio())
    reference.fill(Qt.GlobalColor.transparent)
    painter = QPainter(reference)
    illustration.paint(painter, QRectF(QPointF(0, 0), pixmap.deviceIndependentSize()), drawing, False, None)
    painter.end()
    premultiplied = QImage.Format.Format_ARGB32_Premultiplied
    first, second = (
        bytes(picture.toImage().convertToFormat(premultiplied).constBits()) for picture in (pixmap, reference)
    )
    far = painted = 0
    for i in range(0, len(first), 4):
        painted += bool(first[i + 3] or second[i + 3])
        far += max(abs(a - b) for a, b in zip(first[i : i + 4], second[i : i + 4], strict=True)) > 48
    return far / max(painted, 1)


def pixel_for_pixel(grab: QImage, picture: QImage, x: float, y: float, seen: QRectF | None = None) -> bool:
    """Whether ``picture``'s opaque pixels are in ``grab`` unchanged at about (x, y) device px: a
    picture scaled on its way to the screen has its edges smeared. ``seen``: the part of the picture
    in sight, in its own device px (all of it when not given)."""
    grab = grab.convertToFormat(QImage.Format.Format_ARGB32)
    picture = picture.convertToFormat(QImage.Format.Format_ARGB32)
    seen = seen if seen is not None else QRectF(0, 0, picture.width(), picture.height())
    opaque = [
        (u, v, rgb(picture, u, v))
        for v in range(0, picture.height(), 2)
        for u in range(0, picture.width(), 2)
        if picture.pixelColor(u, v).alpha() == 255 and seen.contains(QPointF(u + 0.5, v + 0.5))
    ]
    for dx, dy in ((0, 0), (-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (1, 1), (-1, 1), (1, -1)):
        left, top = round(x) + dx, round(y) + dy
        same = sum(
            grab.valid(left + u, top + v)
            and all(abs(a - b) <= 2 for a, b in zip(rgb(grab, left + u, top + v), colour, strict=True))
            for u, v, colour in opaque
        )
        if same >= 0.98 * len(opaque):
            return True
    return False


def rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    colour = image.pixelColor(x, y)
    return colour.red(), colour.green(), colour.blue()


def close(pixels: QSize, logical: QSize, ratio: float) -> bool:
    """``pixels`` is ``logical`` times ``ratio``, to a pixel."""
    return (
        abs(pixels.width() - logical.width() * ratio) <= 1
        and abs(pixels.height() - logical.height() * ratio) <= 1
    )


def px(pixmap: QPixmap) -> str:
    return f"{pixmap.width()}x{pixmap.height()} px at {pixmap.devicePixelRatio():g}"


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)

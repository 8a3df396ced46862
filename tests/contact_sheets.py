"""Contact sheets of the routines: a picture of the player at every step of a routine, both sides, and
the question a check step ends with, as a person sees them in a 1280x720 window, at 100 % and 200 %
text. One sheet a routine and text size, and a README.md that lists them.

    python -m tests.contact_sheets <folder> [routine-id ...] [--text PERCENT ...]

Without routine ids, every routine that comes with the app; without --text, at 100 and 200 %. Each
sheet is drawn in a process of its own (as many at once as the machine has cores), on Qt's offscreen
platform, walking the session as tests/screen_probe.py does. Run it again whenever a routine or a
picture changes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

from tests.screen_probe import Probe

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from neuroguide.core.library import Library
    from neuroguide.ui.main_window import MainWindow

PERCENTS = (100, 200)
WINDOW = (1280, 720)  # what a laptop's screen shows of a window
TILE = (480, 270)  # a window's picture on the sheet
COLUMNS = 4
GAP = 10
LABEL = 30  # the band above each picture: the step's number, title and side
HEADER = 48  # the routine's title and the text size, above the pictures
SCREEN = Path(__file__).with_name("offscreen_screen.json")  # a desktop's screen: room for the window


@dataclass(frozen=True)
class Sheet:
    """What one run drew: a routine at one text size."""

    routine_id: str
    percent: int
    path: Path
    tiles: int
    seconds: float


def tile_box(index: int) -> QRect:
    """Where the ``index``-th window picture lies on a sheet (its label is above it)."""
    from PySide6.QtCore import QRect

    row, column = divmod(index, COLUMNS)
    x = GAP + column * (TILE[0] + GAP)
    y = HEADER + row * (LABEL + TILE[1] + GAP) + LABEL
    return QRect(x, y, *TILE)


def sheet_name(routine_id: str, percent: int) -> str:
    return f"{routine_id}-{percent}.png"


class TileProbe(Probe):
    """Walks a session as the screen probe does, keeping a labelled picture of the window at each step
    and question instead of checking it."""

    def __init__(self, app: QApplication, out: Path) -> None:
        super().__init__(app, out)
        self.tiles: list[tuple[str, QImage]] = []

    def check(self, view: object, name: str) -> None:
        """Nothing: tests/test_fits_the_screen.py checks the steps."""

    def shot(self, name: str) -> None:
        if not name.startswith("step-"):
            return  # the check-in and the end page after the session are not steps
        from PySide6.QtCore import Qt

        from neuroguide.ui.pages.player.words import side_words

        window = _main_window()
        for _ in range(4):  # the layouts' own requests after a step's new words, as a person's screen has
            self.app.processEvents()
        player = window.player_page
        assert player.driver is not None
        step = player.driver.progress().step
        assert step is not None
        # the side first, as the player's badge says it: a long title is cut short, never the side
        parts = [side_words(step), "Its question" if name.endswith("-question") else "", step.title()]
        label = f"{step.number}. " + "  \N{EM DASH}  ".join(part for part in parts if part)
        picture = window.grab().toImage()
        self.tiles.append((label, picture.scaled(*TILE, mode=Qt.TransformationMode.SmoothTransformation)))


def _main_window() -> MainWindow:
    from PySide6.QtWidgets import QApplication

    from neuroguide.ui.main_window import MainWindow

    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow) and window.isVisible():
            return window
    raise LookupError("no main window is showing")


def render(routine_id: str, percent: int, out: Path) -> Sheet:
    """One routine's sheet at ``percent`` text, drawn in this process (Qt's application made once)."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from neuroguide.core.clock import FakeClock
    from neuroguide.core.settings import Settings
    from neuroguide.system.datadir import load_routine_library, settings_path
    from neuroguide.ui.kit import style

    started = time.perf_counter()
    if QApplication.instance() is None:
        qInstallMessageHandler(_without_offscreen_notes)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    style.apply(app, style.LIGHT, percent)
    with tempfile.TemporaryDirectory(prefix="sheet-") as folder:
        data = Path(folder)
        settings = Settings.load(settings_path(data))
        settings.set("window_sizes", {"main": list(WINDOW)})  # the main window opens at this size
        settings.save()
        probe = TileProbe(app, data)
        probe.case = f"{routine_id}-{percent}"
        probe.session(data, FakeClock(), routine_id)
        routine = load_routine_library(data).get(routine_id)
    assert routine is not None, f"no routine {routine_id!r}"
    heading = f"{routine.title}  \N{EM DASH}  text at {percent} %, {routine.minutes} min"
    path = out / sheet_name(routine_id, percent)
    save_compact(compose(heading, probe.tiles), path)
    return Sheet(routine_id, percent, path, len(probe.tiles), time.perf_counter() - started)


def _without_offscreen_notes(_kind: object, _context: object, message: str) -> None:
    """Qt's messages, less the offscreen platform's note on every window it cannot size by hints."""
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr, flush=True)


def compose(heading: str, tiles: Sequence[tuple[str, QImage]]) -> QImage:
    """The tiles in rows of COLUMNS, each under its label, under the heading."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    rows = -(-len(tiles) // COLUMNS)
    sheet = QImage(
        GAP + COLUMNS * (TILE[0] + GAP),
        HEADER + rows * (LABEL + TILE[1] + GAP),
        QImage.Format.Format_RGB32,
    )
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    font = QFont()
    font.setPixelSize(24)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(QRect(GAP, 0, sheet.width() - 2 * GAP, HEADER), flags, heading)
    font.setPixelSize(17)
    painter.setFont(font)
    for index, (label, picture) in enumerate(tiles):
        box = tile_box(index)
        words = QRect(box.x(), box.y() - LABEL, box.width(), LABEL)
        painter.drawText(
            words, flags, painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, box.width())
        )
        painter.drawImage(box.topLeft(), picture)
        painter.setPen(QColor("#888888"))
        painter.drawRect(box.adjusted(-1, -1, 0, 0))  # the window's edge, on a white page
        painter.setPen(QColor("black"))
    painter.end()
    return sheet


def save_compact(image: QImage, path: Path) -> None:
    """A PNG of 256 colours at most: ImageMagick's, when it is there, or Qt's own."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    convert = shutil.which("magick") or shutil.which("convert")
    if convert is None:
        flags = Qt.ImageConversionFlag.DiffuseDither | Qt.ImageConversionFlag.PreferDither
        assert image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path))
        return
    full = path.with_suffix(".full.png")
    assert image.save(str(full))
    try:
        subprocess.run(
            [convert, str(full), "-dither", "None", "-colors", "256", "-strip", f"PNG8:{path}"],
            check=True,
        )
    finally:
        full.unlink()


def readme(library: Library, out: Path) -> str:
    """The index of the sheets in ``out``: each routine, its steps and minutes, and its sheets."""
    lines = [
        "# The routines, step by step",
        "",
        "Pictures of the player at every step of each routine that comes with the app, on both sides,",
        "and at the question a check ends with, in a 1280x720 window at 100 % and 200 % text. Drawn by",
        "`scripts/contact-sheets` (`python -m tests.contact_sheets docs/routines`): run it again after",
        "changing a routine or a picture.",
        "",
        "| Routine | Steps | Minutes | Sheets |",
        "| --- | --- | --- | --- |",
    ]
    for routine in library.routines:
        sheets = [
            f"[{percent} %]({sheet_name(routine.id, percent)})"
            for percent in PERCENTS
            if (out / sheet_name(routine.id, percent)).exists()
        ]
        steps = len(routine.plan())
        lines.append(
            f"| {routine.title} (`{routine.id}`) | {steps} | {routine.minutes} | {', '.join(sheets)} |"
        )
    return "\n".join(lines) + "\n"


def _own_folders(base: Path) -> None:
    """Qt offscreen on a desktop's screen, with config, cache and runtime folders of its own: nothing
    the app does while drawing reaches the person's home."""
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        folder = base / name.lower()
        folder.mkdir(mode=0o700, exist_ok=True)
        os.environ[name] = str(folder)


def main(out: Path, routine_ids: Sequence[str], percents: Sequence[int] = PERCENTS) -> list[Sheet]:
    from neuroguide.core.library import load_library
    from neuroguide.core.resources import illustration_bases, routines_dir

    started = time.perf_counter()
    library = load_library([routines_dir()], illustration_bases())
    wanted = list(routine_ids) or [routine.id for routine in library.routines]
    unknown = [name for name in wanted if library.get(name) is None]
    if unknown:
        raise SystemExit(f"no such routine: {', '.join(unknown)}")
    out.mkdir(parents=True, exist_ok=True)
    jobs = [(routine_id, percent) for routine_id in wanted for percent in percents]
    with tempfile.TemporaryDirectory(prefix="sheets-home-") as home:
        _own_folders(Path(home))
        # fresh processes, not forked ones: each starts its own Qt
        workers = min(len(jobs), os.cpu_count() or 1)
        with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
            futures = [pool.submit(render, routine_id, percent, out) for routine_id, percent in jobs]
            sheets = []
            for future in futures:
                sheet = future.result()
                sheets.append(sheet)
                size = sheet.path.stat().st_size // 1024
                print(
                    f"{sheet.path.name}: {sheet.tiles} pictures in {sheet.seconds:.1f} s, {size} KB",
                    flush=True,
                )
    (out / "README.md").write_text(readme(library, out), encoding="utf-8")
    print(f"{len(sheets)} sheets in {time.perf_counter() - started:.1f} s ({workers} at once)")
    return sheets


def _arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.contact_sheets", description=__doc__)
    parser.add_argument("folder", type=Path, help="where the sheets and README.md go")
    parser.add_argument("routines", nargs="*", help="routine ids (every shipped routine without)")
    parser.add_argument(
        "--text", type=int, action="append", choices=PERCENTS, help="a text size in percent (both without)"
    )
    return parser.parse_args(argv)


if __name__ == "__main__":
    arguments = _arguments(sys.argv[1:])
    main(arguments.folder, arguments.routines, arguments.text or PERCENTS)

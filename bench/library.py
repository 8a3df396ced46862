"""The routine library with 500 of the person's own routines, against the shipped four, in one run.

Each sample is a fresh process (so that its memory is its own), in turns: the shipped four, then the
500, and again. In each, the routines are read from a data folder as the app reads them (timed, and
reported: the files are read on a thread of their own while the window first paints), then the
window is filled in and shown, to the library page's first paint (budget 1.5x the shipped four);
peak resident memory of the process to that moment (budget 1.2x); and, for the 500, the time from
the top of the list to the last routine's card on screen, scrolling a viewport at a time.

The 500 are valid routine files made from the shipped ones (their steps, pictures and marks), each
with an id and title of its own, in a temporary data folder's ``routines`` folder.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # for summary
sys.path.insert(0, str(HERE.parent))  # for neuroguide, run from a checkout

from summary import record  # noqa: E402

OWN_ROUTINES = 500
FIGURES = ("read_ms", "shown_ms", "peak_mb", "scrolled_ms")


def write_own_routines(data_dir: Path, count: int) -> None:
    """``count`` valid routine files in the data folder, made from the shipped routines."""
    from neuroguide.core.resources import routines_dir
    from neuroguide.system.datadir import user_routines_dir

    shipped = [path.read_text(encoding="utf-8") for path in sorted(routines_dir().glob("*.toml"))]
    folder = user_routines_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        text = re.sub(
            r'^id = "[^"]+"', f'id = "own-{number:03d}"', shipped[number % len(shipped)], count=1, flags=re.M
        )
        text = re.sub(r'^title = "([^"]+)"', rf'title = "\1 ({number + 1})"', text, count=1, flags=re.M)
        (folder / f"own-{number:03d}.toml").write_text(text, encoding="utf-8")


def child(data_dir: Path) -> None:
    """One sample, in this process: print its figures as JSON."""
    import resource
    import time

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QScrollArea

    from neuroguide.core.clock import SystemClock
    from neuroguide.core.settings import Settings
    from neuroguide.system.datadir import load_routine_library, settings_path
    from neuroguide.ui.kit import style
    from neuroguide.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    style.apply(app)
    started = time.perf_counter()
    library = load_routine_library(data_dir)
    read_ms = 1000 * (time.perf_counter() - started)
    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    started = time.perf_counter()
    window = MainWindow()
    window.resize(1100, 760)
    window.populate(library, Settings.load(settings_path(data_dir)), SystemClock())
    window.show()
    page = window.library_page
    probe = FirstPaint()
    page.installEventFilter(probe)
    while not painted:
        app.processEvents()
    app.processEvents()  # the paint finished, as the app's own probe counts it: the next turn
    shown_ms = 1000 * (time.perf_counter() - started)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    last = library.routines[-1].id
    started = time.perf_counter()
    area = page.findChild(QScrollArea)  # the list's (the page's only one)
    assert area is not None
    bar = area.verticalScrollBar()
    for _ in range(10 * len(library.routines)):
        card = next((card for card in page.cards if card.routine.id == last), None)
        if card is not None and card.isVisible() and not card.visibleRegion().isEmpty():
            break
        bar.setValue(bar.value() + bar.pageStep())
        app.processEvents()
        app.processEvents()
    scrolled_ms = 1000 * (time.perf_counter() - started)
    print(json.dumps(dict(zip(FIGURES, (read_ms, shown_ms, peak_mb, scrolled_ms), strict=True))))
    window.close()


def sample(data_dir: Path) -> dict[str, float]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="samples of each, in turns (default 7)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child)
        return 0
    with tempfile.TemporaryDirectory() as shipped_dir, tempfile.TemporaryDirectory() as own_dir:
        sides = {"shipped": Path(shipped_dir), "own": Path(own_dir)}
        for folder in sides.values():
            (folder / "settings.json").write_text(json.dumps({"welcomed": True}))
        write_own_routines(sides["own"], OWN_ROUTINES)
        for folder in sides.values():
            sample(folder)  # warm the file cache and the bytecode before counting
        found: dict[str, list[dict[str, float]]] = {name: [] for name in sides}
        for _ in range(args.runs):
            for name, folder in sides.items():  # in turns, so the machine's drift falls on both
                found[name].append(sample(folder))

    def median(name: str, figure: str) -> float:
        return statistics.median(run[figure] for run in found[name])

    print(f"library: {OWN_ROUTINES} own routines against the shipped four, {args.runs} runs each in turns, "
          f"{os.cpu_count()} cores; medians")  # fmt: skip
    print(f"{'figure':<44}{'500 own':>11}{'shipped 4':>11}{'ratio':>8}{'budget':>8}  met")
    rows = (
        ("routine files read (own thread)", "read_ms", "ms", 0.0),
        ("library page shown (window filled to paint)", "shown_ms", "ms", 1.5),
        ("peak memory", "peak_mb", "MB", 1.2),
        ("scrolled to the last routine", "scrolled_ms", "ms", 0.0),
    )
    for label, figure, unit, budget in rows:
        value, reference = median("own", figure), median("shipped", figure)
        ratio = value / reference if reference else float("nan")
        met = ("yes" if ratio <= budget else "NO") if budget else "-"
        limit = f"{budget:>7.1f}x" if budget else f"{'-':>8}"
        print(f"{label:<44}{value:>8.1f} {unit}{reference:>8.1f} {unit}{ratio:>8.2f}{limit}  {met}")
        record(f"library: {label}", value, unit, reference if budget else None, budget or None)
    return 0


if __name__ == "__main__":
    sys.exit(main())

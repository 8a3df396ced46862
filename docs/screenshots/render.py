"""Draw the screenshots of the AppStream metainfo: the library, a session in progress, the safety
questions before a session and the history, in a 1280×720 window at 100 % text, in the light theme
and in English, on a fake clock and a temporary data folder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render.py [OUT-FOLDER]

Run from a checkout; without OUT-FOLDER the pictures go next to this script.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

WIDTH, HEIGHT = 1280, 720
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/London"))


def draw(out: Path, data: Path) -> list[Path]:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

    from neuroguide.app.history_bridge import HistoryBridge
    from neuroguide.core.clock import FakeClock
    from neuroguide.core.settings import Settings
    from neuroguide.system.datadir import load_routine_library, settings_path
    from neuroguide.ui.dialogs.screening import ScreeningDialog
    from neuroguide.ui.main_window import MainWindow
    from tests.history_seed import seed

    seed(data, 42, NOW, seed=10)  # six weeks of sessions and check-ins up to yesterday, feet every week
    clock = FakeClock(NOW)
    settings = Settings.load(settings_path(data))
    for key, value in (("language", "en"), ("welcomed", True), ("ask_before_session", False)):
        settings.set(key, value)
    window = MainWindow()
    window.populate(load_routine_library(data), settings, clock, history=lambda: HistoryBridge(data))
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()
    written: list[Path] = []

    def shot(name: str, shown: QWidget = window, unfocused: bool = False) -> None:
        for _ in range(3):
            QApplication.processEvents()
        focused = shown.focusWidget()
        if unfocused and focused is not None:  # a focus ring on the first "No" would look like an answer
            focused.clearFocus()
        path = out / f"{name}.png"
        shown.grab().save(str(path))
        written.append(path)

    shot("library")

    assert window.history is not None
    window.show_history()  # before any session today, which the history would show
    page = window.history.page
    deadline = time.monotonic() + 20
    while page.view is None and time.monotonic() < deadline:  # read on the history's own thread
        QApplication.processEvents()
    assert page.view is not None, "the history was not read"
    for _ in range(3):  # laid out with what was read
        QApplication.processEvents()
    area = page.findChild(QScrollArea)
    assert area is not None
    inner = area.widget()
    assert inner is not None
    top = page.calendar.mapTo(inner, QPoint(0, 0)).y()
    bottom = page.summary.mapTo(inner, QPoint(0, page.summary.height())).y()
    spare = area.viewport().height() - (bottom - top)  # scrolled to the calendar and the chart, whole
    area.verticalScrollBar().setValue(top - max(0, spare) // 2)
    shot("history")
    window.show_library()

    window.start_routine("foot-care")  # the safety questions come first, nothing answered
    dialog = window.prompts.screening
    assert isinstance(dialog, ScreeningDialog) and dialog.isVisible()
    assert not any(button.isChecked() for row in dialog.rows for button in row.buttons)
    dialog.setGeometry(0, 0, WIDTH, HEIGHT)
    shot("safety", dialog, unfocused=True)
    dialog.reject()  # "Not now"

    settings.set("safety_check", False)
    settings.set("reduce_motion", True)  # the picture's hand drawn at its start, not where real time has it
    window.start_routine("foot-care")
    driver = window.player_page.driver
    assert driver is not None
    clock.advance(settings.whole("lead_in_seconds"))  # past "get ready", into the first step
    driver.wake()
    while (step := driver.progress().step) is not None and step.step.id != "sole-circles":
        if window.player_page.found_bar.isVisible():  # the skin check's question: nothing found
            window.player_page.found_buttons["nothing"].click()
        else:
            driver.do(driver.engine.next)
    clock.advance(25)  # 25 s into its 90
    driver.wake()
    shot("player")

    window.end_session()
    window.quit_when_closed = False
    window.shut_down()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return written


def main(out: Path, scratch: Path) -> None:
    """Qt, the app's home and its data in ``scratch``, never the person's own."""
    screen = {"name": "laptop", "x": 0, "y": 0, "width": WIDTH + 80, "height": HEIGHT + 80, "logicalDpi": 96}
    (scratch / "screen.json").write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={scratch / 'screen.json'}"
    os.environ["HOME"] = os.environ["XDG_CONFIG_HOME"] = str(scratch)
    os.environ["XDG_DATA_HOME"] = os.environ["XDG_CACHE_HOME"] = str(scratch)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_TIME", "LC_NUMERIC", "LC_MEASUREMENT"):
        os.environ.pop(name, None)
    os.environ["LANG"] = "C.UTF-8"
    os.environ["TZ"] = "Europe/London"  # the seeded sessions' local times
    time.tzset()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from neuroguide.core import translation
    from neuroguide.ui.kit import style

    app = QApplication([])
    translation.use(QCoreApplication.translate)  # as the app does (ui/shell.py)
    style.apply(app, style.LIGHT, 100)
    out.mkdir(parents=True, exist_ok=True)
    data = scratch / "data"
    data.mkdir()
    for path in draw(out, data):
        print(path)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the checkout's neuroguide and tests
    with tempfile.TemporaryDirectory(prefix="neuroguide-screenshots-") as folder:
        main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent, Path(folder))
    sys.exit(0)

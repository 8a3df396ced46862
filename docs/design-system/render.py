"""Draw the pictures in docs/design-system.md: the library, the welcome's two steps, Learn and the
marker dialog with its calendar open, at 100 % and 200 % text, in a 1280×720 window.

    QT_QPA_PLATFORM=offscreen python docs/design-system/render.py OUT-FOLDER PREFIX

Run from a checkout (it imports the neuroguide found first); the same script draws the "before"
pictures from an older checkout, so the two sets compare like with like.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

WIDTH, HEIGHT = 1280, 720


def draw(out: Path, prefix: str, percent: int, data: Path) -> None:
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from neuroguide.app.history_bridge import HistoryBridge
    from neuroguide.core.clock import FakeClock
    from neuroguide.core.settings import Settings
    from neuroguide.system.datadir import load_routine_library, settings_path
    from neuroguide.ui.dialogs.marker import MarkerDialog
    from neuroguide.ui.main_window import MainWindow

    clock = FakeClock(datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/London")))
    settings = Settings.load(settings_path(data))
    settings.set("welcomed", True)
    window = MainWindow()
    window.populate(load_routine_library(data), settings, clock, history=lambda: HistoryBridge(data))
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()

    def shot(name: str) -> None:
        for _ in range(3):
            QApplication.processEvents()
        window.grab().save(str(out / f"{prefix}-{name}-{percent}.png"))

    shot("library")
    window.show_learn()
    shot("learn")
    window.show_history()
    shot("history")
    window.show_welcome()
    shot("welcome")
    assert window.welcome is not None
    window.welcome.next_button.click()
    shot("welcome-questions")
    window.welcome.skip_button.click()
    marker = MarkerDialog(window, lambda day, words: None)
    marker.day.setDate(QDate(2026, 3, 10))
    marker.show()
    marker.day.setFocus()
    QTest.keyClick(marker.day, Qt.Key.Key_F4)  # opens the calendar
    for _ in range(3):
        QApplication.processEvents()
    popup = marker.day.calendarWidget().window()
    dialog, calendar = marker.grab(), popup.grab()
    both = QPixmap(max(dialog.width(), calendar.width()) + 16, dialog.height() + calendar.height() + 16)
    both.fill(Qt.GlobalColor.white)
    painter = QPainter(both)
    painter.drawPixmap(0, 0, dialog)
    painter.drawPixmap(16, dialog.height() + 16, calendar)
    painter.end()
    both.save(str(out / f"{prefix}-marker-{percent}.png"))
    popup.close()
    marker.close()
    window.quit_when_closed = False
    window.shut_down()
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def main(out: Path, prefix: str) -> None:
    scratch = Path(tempfile.mkdtemp())
    screen = {"name": "laptop", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT + 80, "logicalDpi": 96}
    (scratch / "screen.json").write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={scratch / 'screen.json'}"
    os.environ["HOME"] = str(scratch)
    from PySide6.QtWidgets import QApplication

    from neuroguide.ui.kit import style

    app = QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    for percent in (100, 200):
        style.apply(app, style.LIGHT, percent)
        data = scratch / f"data-{percent}"
        data.mkdir()
        draw(out, prefix, percent, data)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
    sys.exit(0)

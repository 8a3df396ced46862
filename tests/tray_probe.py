"""Run in its own process by test_reminders.py, on a virtual display with a system tray (trayer):
the reminder through the tray, reported as JSON. Its one argument is the data folder to use."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from neuroguide.app.history_bridge import HistoryBridge
from neuroguide.app.reminders import ReminderController
from neuroguide.core.clock import FakeClock
from neuroguide.core.settings import Settings
from neuroguide.system.datadir import load_routine_library
from neuroguide.ui.dialogs.reminder import ReminderWindow
from neuroguide.ui.kit.pictures import app_icon


def main() -> int:
    app = QApplication(sys.argv[:1])
    data_dir = Path(sys.argv[1])
    loop = QEventLoop()
    for _ in range(1000):  # trayer has just been started: at most 10 s for it to claim the tray
        if QSystemTrayIcon.isSystemTrayAvailable():
            break
        QTimer.singleShot(10, loop.quit)
        loop.exec()
    settings = Settings(None)
    settings.set("reminder_on", True)
    clock = FakeClock(datetime(2026, 6, 1, 7, 59, tzinfo=ZoneInfo("Europe/London")))
    bridge = HistoryBridge(data_dir)
    reminders = ReminderController(
        settings,
        clock,
        bridge,
        load_routine_library(data_dir),
        zone=ZoneInfo("Europe/London"),
        window=(window := ReminderWindow()),
        tray_icon=app_icon(),
    )
    for _ in range(200):
        if reminders.state is not None:
            break
        QTimer.singleShot(10, loop.quit)
        loop.exec()
    report: dict[str, object] = {"uses_tray": reminders.uses_tray}
    tray = reminders.tray
    if tray is not None:
        report["visible"] = tray.isVisible()
        report["tooltip"] = tray.toolTip()
        report["icon_sizes"] = [size.width() for size in tray.icon().availableSizes()]
        menu = tray.contextMenu()
        report["menu"] = [action.text() for action in menu.actions() if action.text()]
        started: list[str] = []
        reminders.start_requested.connect(started.append)
        balloons: list[str] = []
        tray.showMessage = lambda title, *_rest: balloons.append(title)  # type: ignore[method-assign]
        clock.advance(60)
        reminders.check()
        report["window_shown"] = window.isVisible()
        report["balloons"] = balloons  # none: a balloon would cover the window's buttons
        window.snooze_buttons[10].click()
        report["snoozed_tooltip"] = tray.toolTip()
        report["snoozed_menu"] = menu.actions()[0].text()
        clock.advance(10 * 60)
        reminders.check()  # the snooze is over: the reminder is back
        next(action for action in menu.actions() if action.text().startswith("Start")).trigger()
        report["started"] = started
    reminders.shutdown()
    bridge.close()
    # the tray's icon comes drawn ahead: waiting in the tray loads no SVG renderer
    report["svg_loaded"] = "libQt6Svg" in Path("/proc/self/maps").read_text()
    print(json.dumps(report))
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())

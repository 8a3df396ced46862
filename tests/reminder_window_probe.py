"""Run in its own process by test_reminders.py, on a virtual display with a window manager: the
reminder window at a text size, with the manager's real frame, reported as JSON. Its arguments: the
text size in percent and, if given, where to save a picture of the screen."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from neuroguide.ui.dialogs.reminder import ReminderWindow
from neuroguide.ui.kit import style


def wait_for(test: object, seconds: float) -> bool:
    """Let Qt run until ``test()`` holds (the window manager answers in its own time)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if test():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main() -> int:
    app = QApplication(sys.argv[:1])
    style.apply(app, None, int(sys.argv[1]))
    window = ReminderWindow()
    window.show_reminder(
        "You missed your 08:00 routine",
        "Morning foot care (12 min) is still waiting, whenever you are ready.",
    )
    framed = wait_for(lambda: window.frameGeometry().size() != window.size(), 10)
    window.bring_forward()  # shown again, as a snoozed reminder is: now with the frame measured
    wait_for(lambda: False, 0.5)
    report = {
        "framed": framed,
        "available": rect(window.screen().availableGeometry()),
        "frame": rect(window.frameGeometry()),
        "buttons": [rect(QRect(b.mapToGlobal(b.rect().topLeft()), b.size())) for b in window.buttons],
        "columns": window.columns,
    }
    print(json.dumps(report), flush=True)
    if len(sys.argv) > 2:  # a picture of the whole screen, for a person to look at
        window.screen().grabWindow(0).save(sys.argv[2])
    window.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())

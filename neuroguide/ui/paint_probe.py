"""For bench/: when the window and its first page were first painted, and the memory then."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from neuroguide.app.reminders import ReminderController
    from neuroguide.ui.main_window import MainWindow


class PaintTimes(QObject):
    """For bench/: prints the monotonic time of the window's first paint, then of its first page's
    first paint (the library, or the welcome on a first run; started in the background for reminders,
    of the moment all is ready), and quits. With NEUROGUIDE_SETTLE_MS it waits that long first, then
    prints its resident memory."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:  # counted once painted: on the next turn of the event loop
            watched.removeEventFilter(self)
            if watched is self._window:
                QTimer.singleShot(0, lambda: self.stamp("first-paint"))
            else:
                QTimer.singleShot(0, lambda: self.ready("ready-paint"))
        return False

    def stamp(self, label: str) -> None:
        print(f"{label} {time.monotonic():.6f}", flush=True)

    def ready(self, label: str) -> None:
        self.stamp(label)
        QTimer.singleShot(int(os.environ.get("NEUROGUIDE_SETTLE_MS") or 0), self._done)

    def ready_with(self, reminders: ReminderController | None) -> None:
        """Ready once the reminders know from the history what today holds: their first answer."""
        if reminders is None or reminders.state is not None:
            QTimer.singleShot(0, lambda: self.ready("tray-ready"))
            return

        def answered() -> None:
            if reminders.state is not None:
                reminders.changed.disconnect(answered)
                QTimer.singleShot(0, lambda: self.ready("tray-ready"))

        reminders.changed.connect(answered)

    def _done(self) -> None:
        if os.environ.get("NEUROGUIDE_SETTLE_MS"):
            print(f"settled-rss-kib {resident_kib()}", flush=True)
        QApplication.quit()


def resident_kib() -> int:
    """This process's resident memory now (Linux), in KiB; 0 where /proc is not there."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)

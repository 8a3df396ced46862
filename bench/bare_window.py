"""The reference: a bare PySide6 window (QApplication + QMainWindow + QLabel).

Prints the monotonic time of its first paint, then quits, exactly as NeuroGuide does when
NEUROGUIDE_EXIT_AFTER_FIRST_PAINT is set; with NEUROGUIDE_SETTLE_MS it waits that long first, then
prints its resident memory, as NeuroGuide does.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted)
        return False

    def painted(self) -> None:
        print(f"first-paint {time.monotonic():.6f}", flush=True)
        QTimer.singleShot(int(os.environ.get("NEUROGUIDE_SETTLE_MS") or 0), self.done)

    def done(self) -> None:
        if os.environ.get("NEUROGUIDE_SETTLE_MS"):
            status = Path("/proc/self/status").read_text().splitlines()
            rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
            print(f"settled-rss-kib {rss}", flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1100, 760)
    probe = FirstPaint(window)
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

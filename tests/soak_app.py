"""Run in its own process by tests/soak.py: NeuroGuide as it starts for a person (its own composition
root, log, voice and history, on the real clock), on the data folder given as the argument.

Once the library is filled in, it starts the routine named by the second argument, and again each
time a session ends. Every 100 ms, from the event loop, it prints one line:
``tick MONOTONIC PHASE COUNTDOWN`` (the countdown as the page shows it, or while the step is read,
the reading time's). A line that comes late is a
window that was stuck; a countdown that stands still while the phase runs is a session that froze.
Keys come from outside, through the X server, as a person's would.

With a third argument ``once``, it runs one session, then goes back to the library, closes the window
(with reminders on, NeuroGuide stays in the background) and prints ``in-tray``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from neuroguide import APP_NAME
from neuroguide.ui.kit import style
from neuroguide.ui.pages.player import PlayerPage
from neuroguide.ui.shell import Shell, start_log


def main() -> int:
    data_dir, routine_id = Path(sys.argv[1]), sys.argv[2]
    once = sys.argv[3:] == ["once"]
    start_log(data_dir)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setQuitOnLastWindowClosed(False)
    style.apply(app, style.first_paint_theme(app))
    shell = Shell(data_dir, None)
    window = shell.open(first=True)

    restarting = [False]

    def tick() -> None:
        page = window.pages.currentWidget()
        phase, countdown = "library", "-"
        if isinstance(page, PlayerPage) and page.driver is not None:
            phase = page.driver.engine.phase.value
            # While the step is read, the page counts down in its status line ("starts in 2 s").
            shown = page.status.text() if phase == "lead-in" else page.countdown.text()
            countdown = shown.replace(" ", "_") or "-"
            if phase in ("finished", "stopped"):
                phase = "over"
                if once:
                    beat.stop()
                    window.show_library()
                    window.close()
                    print("in-tray", flush=True)
                    return
                if not restarting[0]:
                    restarting[0] = True
                    QTimer.singleShot(1000, again)
        print(f"tick {time.monotonic():.3f} {phase} {countdown}", flush=True)

    def again() -> None:
        restarting[0] = False
        window.start_routine(routine_id)

    beat = QTimer()
    beat.setInterval(100)
    beat.timeout.connect(tick)
    QTimer.singleShot(1500, lambda: (window.start_routine(routine_id), beat.start()))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

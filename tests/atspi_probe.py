"""Run in its own process by test_atspi.py, on a virtual display with the accessibility bus: the main
window as the app shows it, on the data folder given as the argument.

Prints "ready" once the window is filled in, then takes one command a line on standard input and
answers "shown NAME" once that view is up: "library", "learn", "player" (a session of foot care),
"history" or "settings" (the dialog, over the library). "pause" presses the player's Pause button, as
Space does, and answers "done pause" once pressed. "quit", or the end of input, ends it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from neuroguide import APP_NAME
from neuroguide.app.history_bridge import HistoryBridge
from neuroguide.core.clock import FakeClock
from neuroguide.core.settings import Settings
from neuroguide.system.datadir import load_routine_library, settings_path
from neuroguide.ui.kit import style
from neuroguide.ui.main_window import MainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)  # what a screen reader lists the application as
    app.setApplicationDisplayName(APP_NAME)
    style.apply(app)
    data_dir = Path(sys.argv[1])
    settings = Settings.load(settings_path(data_dir))
    for key, value in (("safety_check", False), ("ask_before_session", False), ("welcomed", True)):
        settings.set(key, value)
    window = MainWindow()
    window.populate(
        load_routine_library(data_dir), settings, FakeClock(), history=lambda: HistoryBridge(data_dir)
    )
    window.show()

    def settings_over_library() -> None:
        window.show_library()
        window.open_settings()

    views: dict[str, Callable[[], None]] = {
        "library": window.show_library,
        "learn": window.show_learn,
        "player": lambda: window.start_routine("foot-care"),
        "history": window.show_history,
        "settings": settings_over_library,
    }

    actions: dict[str, Callable[[], None]] = {
        "pause": lambda: window.player_page.pause_button.click(),  # the page is built when first shown
    }

    def answer() -> None:
        line = sys.stdin.readline()
        command = line.strip()
        if command in actions:
            actions[command]()
            print(f"done {command}", flush=True)
        elif command in views:
            for dialog in window.findChildren(QDialog):
                dialog.close()  # the last view's dialog, if it had one
            views[command]()
            # Answered on the next turn of the event loop, once the switch has been processed.
            QTimer.singleShot(0, lambda: print(f"shown {command}", flush=True))
        elif not line or command == "quit":
            commands.setEnabled(False)
            window.shut_down()
            app.quit()
        else:
            print(f"unknown command {command!r}", flush=True)

    commands = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    commands.activated.connect(answer)
    QTimer.singleShot(0, lambda: print("ready", flush=True))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

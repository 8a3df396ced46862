"""Run on a real X display: the titles the window manager is given for the titles the app sets, with
the application's display name set as the app sets it. One JSON line: [[set, shown], ...]."""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtWidgets import QApplication, QWidget

from neuroguide import APP_NAME
from neuroguide.ui.kit.titles import window_title


def shown_title(window: QWidget) -> str:
    """_NET_WM_NAME, as the window manager reads it."""
    out = subprocess.run(
        ["xprop", "-id", str(int(window.winId())), "-notype", "_NET_WM_NAME"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.split("=", 1)[1].strip().strip('"')


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)  # as ui/shell.py does
    window = QWidget()
    window.resize(300, 200)
    window.show()
    found = []
    for title in (window_title(), window_title("Robert"), window_title("History"), window_title("Settings")):
        window.setWindowTitle(title)
        app.processEvents()
        found.append([title, shown_title(window)])
    print(json.dumps(found))


if __name__ == "__main__":
    main()

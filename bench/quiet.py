"""Keeps the offscreen platform's notices out of the figures.

Without a display Qt draws off screen, and that platform says "This plugin does not support ..." each
time a window is resized or raised: dozens of lines between the tables, about nothing measured. Every
other message still goes to standard error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

OFFSCREEN_NOTICE = "This plugin does not support"
Handler = Callable[[QtMsgType, QMessageLogContext, str], None]


def hush_offscreen_notices() -> None:
    previous: Handler | None = None

    def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(OFFSCREEN_NOTICE):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handle)

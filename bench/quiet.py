"""Keeps the offscreen platform's notices out of the figures.

Without a display Qt draws off screen, and that platform says "This plugin does not support ..." each
time a window is resized or raised: dozens of lines between the tables, about nothing measured. Every
other message still goes to standard error.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

OFFSCREEN_NOTICE = "This plugin does not support"


def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if not message.startswith(OFFSCREEN_NOTICE):
        print(message, file=sys.stderr)


def hush_offscreen_notices() -> None:
    qInstallMessageHandler(_handle)

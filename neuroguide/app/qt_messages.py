"""Qt's own messages into Python logging, and so into the capped, collapsing log (neuroguide/system/logs.py).

Without this Qt writes every message to standard error itself, once per call: a Qt bug that warns in
a loop filled a session log by a gigabyte a minute.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

Handler = Callable[[QtMsgType, QMessageLogContext, str], None]


def logger_name(category: str | None) -> str:
    """Qt's logging category as a logger under "qt": "qt.multimedia.ffmpeg" stays, "default" is "qt"."""
    if not category or category == "default":
        return "qt"
    return category if category == "qt" or category.startswith("qt.") else f"qt.{category}"


def install() -> Callable[[], None]:
    """From now on Qt's messages are logged; returns what puts the handler before this one back.

    A handler that was there before (pytest-qt's, in the tests) is still given every message.
    """
    previous: Handler | None = None

    def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        # an exception raised into Qt from here can end the app, and there is nowhere to say it
        with contextlib.suppress(Exception):
            level = LEVELS.get(kind, logging.WARNING)
            logger = logging.getLogger(logger_name(context.category))
            if logger.isEnabledFor(level):
                logger.log(level, message)
            if previous is not None:
                previous(kind, context, message)

    previous = qInstallMessageHandler(handle)

    def restore() -> None:
        qInstallMessageHandler(previous)

    return restore

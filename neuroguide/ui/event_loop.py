"""Hooks into the Qt event loop: a callback after the window's first paint, an end on SIGTERM, and
the module sources let go of once the window is up."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

from neuroguide import APP_NAME


class QuitOnTerminate(QObject):
    """SIGTERM (a logout, ``kill``, a service manager) ends NeuroGuide as Quit does, so its socket and
    locks are let go of. Python runs a signal handler only between its own bytecodes, and the Qt event
    loop runs none while it waits: the signal also writes a byte to a pipe the event loop watches."""

    def __init__(self, on_signal: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        import signal

        from PySide6.QtCore import QSocketNotifier

        self._on_signal = on_signal
        self._read, write = os.pipe()
        os.set_blocking(self._read, False)
        os.set_blocking(write, False)
        self._write = write
        self._notifier = QSocketNotifier(self._read, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        signal.set_wakeup_fd(write, warn_on_full_buffer=False)
        signal.signal(signal.SIGTERM, self._on_terminate)

    def _on_terminate(self, _signum: int, _frame: object) -> None:
        QTimer.singleShot(0, self._end)  # not here: the handler may have interrupted the log itself

    def _end(self) -> None:
        logging.getLogger("neuroguide").info("%s was asked to end (SIGTERM)", APP_NAME)
        self._on_signal()

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            os.read(self._read, 512)  # the handler itself has run by now: this is Python code


def forget_module_sources() -> None:
    """Let go of the source text of the modules imported so far: PySide6 reads the whole source of
    every module imported after it (looking for ``from __feature__ import``) and Python's linecache
    keeps it, over a megabyte of text that NeuroGuide never shows. A traceback reads it again."""
    import linecache

    linecache.clearcache()


class AfterFirstPaint(QObject):
    """Runs a callback once: on the next turn of the event loop after the widget's first paint."""

    def __init__(self, widget: QObject, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.run)
        return False

    def run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()

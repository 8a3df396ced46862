"""Runs a session engine from the Qt event loop: one precise single-shot timer, set to the next due moment.

The timer is only a wake-up call. What is due is decided by the engine from its clock, so a late wake-up
never shifts the routine. The timer comes from the app's ``Timers``, so tests drive the same code by
moving a fake clock and firing ``FakeTimers`` (or calling ``wake``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec

from PySide6.QtCore import QObject, Signal

from neuroguide.app.timers import Timers
from neuroguide.core.session import Progress, SessionEngine

P = ParamSpec("P")


class SessionDriver(QObject):
    ticked = Signal()  # time moved: redraw countdowns

    def __init__(self, engine: SessionEngine, timers: Timers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._timer = timers.timer("session", self, precise=True)
        self._timer.timeout.connect(self.wake)  # who hears the engine's events is the runner's to say

    def progress(self) -> Progress:
        return self.engine.progress()

    def do(self, command: Callable[P, None], /, *args: P.args, **kwargs: P.kwargs) -> None:
        """Run one of the engine's commands (``driver.do(driver.engine.next)``), then set the wake-up
        for whatever is due next."""
        command(*args, **kwargs)
        self.ticked.emit()
        wait = self.engine.seconds_to_next_change()
        if wait is None:
            self._timer.stop()
        else:
            self._timer.start_in(wait)

    def wake(self) -> None:
        self.do(self.engine.poll)

    def shutdown(self) -> None:
        self._timer.stop()

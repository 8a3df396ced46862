"""Runs a session engine from the Qt event loop: one precise single-shot timer, set to the next due moment.

The timer is only a wake-up call. What is due is decided by the engine from its clock, so a late wake-up
never shifts the routine, and tests drive the same code by moving a fake clock and calling ``wake``.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from neuroguide.core.session import Progress, SessionEngine


class SessionDriver(QObject):
    happened = Signal(object)  # each neuroguide.core.session.Event, as it happens
    ticked = Signal()  # time moved: redraw countdowns

    def __init__(self, engine: SessionEngine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.wake)
        engine.subscribe(self.happened.emit)

    def progress(self) -> Progress:
        return self.engine.progress()

    def wake(self) -> None:
        self._then_wake(self.engine.poll)

    # Each command changes the engine, then sets the wake-up for whatever is due next.

    def start(self) -> None:
        self._then_wake(self.engine.start)

    def toggle_pause(self) -> None:
        self._then_wake(self.engine.toggle_pause)

    def pause(self) -> None:
        self._then_wake(self.engine.pause)

    def resume(self) -> None:
        self._then_wake(self.engine.resume)

    def next(self) -> None:
        self._then_wake(self.engine.next)

    def back(self) -> None:
        self._then_wake(self.engine.back)

    def repeat(self) -> None:
        self._then_wake(self.engine.repeat)

    def add_time(self) -> None:
        self._then_wake(self.engine.add_time)

    def answer(self, found: frozenset[str]) -> None:
        self._then_wake(lambda: self.engine.answer(found))

    def leave_out_current_place(self) -> None:
        self._then_wake(self.engine.leave_out_current_place)

    def stop(self, reason: str = "") -> None:
        self._then_wake(lambda: self.engine.stop(reason))

    def _then_wake(self, command: Callable[[], None]) -> None:
        command()
        self._after_change()

    def shutdown(self) -> None:
        self._timer.stop()

    def _after_change(self) -> None:
        self.ticked.emit()
        wait = self.engine.seconds_to_next_change()
        if wait is None:
            self._timer.stop()
        else:
            # round up: waking a millisecond late is harmless, waking early only means waking twice
            self._timer.start(max(0, math.ceil(wait * 1000)))

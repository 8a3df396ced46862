"""Runs a session engine from the Qt event loop: one precise single-shot timer, set to the next due moment.

The timer is only a wake-up call. What is due is decided by the engine from its clock, so a late wake-up
never shifts the routine, and tests drive the same code by moving a fake clock and calling ``wake``.
"""

from __future__ import annotations

import math

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
        self.engine.poll()
        self._after_change()

    def start(self) -> None:
        self.engine.start()
        self._after_change()

    def toggle_pause(self) -> None:
        self.engine.toggle_pause()
        self._after_change()

    def pause(self) -> None:
        self.engine.pause()
        self._after_change()

    def resume(self) -> None:
        self.engine.resume()
        self._after_change()

    def next(self) -> None:
        self.engine.next()
        self._after_change()

    def back(self) -> None:
        self.engine.back()
        self._after_change()

    def repeat(self) -> None:
        self.engine.repeat()
        self._after_change()

    def add_time(self) -> None:
        self.engine.add_time()
        self._after_change()

    def answer(self, found: frozenset[str]) -> None:
        self.engine.answer(found)
        self._after_change()

    def leave_out_current_place(self) -> None:
        self.engine.leave_out_current_place()
        self._after_change()

    def stop(self, reason: str = "") -> None:
        self.engine.stop(reason)
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

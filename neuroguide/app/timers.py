"""One timer factory: every wake-up in the app is made here, so tests can replace them all.

A timer is only a wake-up call; what is due is decided from the injected clock by whoever set it, so a
late wake-up never shifts anything. ``Timers`` makes real Qt timers; ``FakeTimers`` (in the manner of
qutebrowser's ``usertypes.Timer`` and its stub) makes timers that fire only when a test moves the
``FakeClock`` past their deadline and calls ``FakeTimers.fire_due``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance

from neuroguide.core.clock import Clock


class WakeUp(Protocol):
    """What the app needs of a timer."""

    @property
    def timeout(self) -> SignalInstance: ...

    def start_in(self, seconds: float) -> None:
        """Fire once, ``seconds`` from now; starting again replaces the earlier deadline."""
        ...

    def stop(self) -> None: ...

    def is_active(self) -> bool: ...


class Timer(QObject):
    """A named single-shot wake-up on a real Qt timer."""

    timeout = Signal()

    def __init__(self, name: str, parent: QObject | None = None, precise: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        if precise:
            self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.timeout)

    def start_in(self, seconds: float) -> None:
        # whole milliseconds, rounded up: waking a moment late is harmless, waking early means twice
        self._timer.start(max(0, math.ceil(seconds * 1000)))

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()


class Timers:
    """Makes the app's timers. The clock is the one every deadline is measured on."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def timer(self, name: str, parent: QObject | None = None, precise: bool = False) -> WakeUp:
        return Timer(name, parent, precise)

    def later(self, parent: QObject, seconds: float, call: Callable[[], None], name: str = "later") -> None:
        """Call ``call`` once, ``seconds`` from now, unless ``parent`` is gone by then."""
        timer = self.timer(name, parent)

        def fire() -> None:
            call()
            if isinstance(timer, QObject):
                timer.deleteLater()  # used once: not kept on the parent for the rest of its life

        timer.timeout.connect(fire)
        timer.start_in(seconds)


class FakeTimer(QObject):
    """A wake-up that fires only when its owner ``FakeTimers`` is told the clock has moved."""

    timeout = Signal()

    def __init__(self, timers: FakeTimers, name: str, parent: QObject | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._timers = timers
        self.deadline: float | None = None

    def start_in(self, seconds: float) -> None:
        self.deadline = self._timers.clock.monotonic() + max(0.0, seconds)

    def stop(self) -> None:
        self.deadline = None

    def is_active(self) -> bool:
        return self.deadline is not None


class FakeTimers(Timers):
    """Timers for tests: nothing fires by itself; ``fire_due`` fires whatever the clock has reached."""

    def __init__(self, clock: Clock) -> None:
        super().__init__(clock)
        self.made: list[FakeTimer] = []

    def timer(self, name: str, parent: QObject | None = None, precise: bool = False) -> WakeUp:
        made = FakeTimer(self, name, parent)
        self.made.append(made)
        return made

    def active(self) -> list[FakeTimer]:
        return [timer for timer in self.made if _alive(timer) and timer.is_active()]

    def fire_due(self) -> int:
        """Fire, earliest first, every timer whose deadline the clock has reached; how many fired."""
        fired = 0
        while True:
            now = self.clock.monotonic()
            due = sorted(
                (t for t in self.active() if t.deadline is not None and t.deadline <= now),
                key=lambda t: t.deadline or 0.0,
            )
            if not due:
                return fired
            due[0].deadline = None
            due[0].timeout.emit()
            fired += 1


def _alive(timer: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(timer)
